// The planning service against niagara-sim over loopback: splits (one PATCH per size, POST for
// the odd batch), technicians, undo (with 423 for cycles in flight), the undo window, partial
// failure with "Retry failed" (no duplicates, every item's outcome reported), cancellation,
// a work order that changed under the plan, assignments (add, replace, undo) and a technician's
// refusal, deleting batches from the board (one run, 404 = already gone, no reload) and one
// batch's relations as a model (BatchRelationsModel: loads, a switch mid-load, refresh,
// removals, no access, gone). Every check reads the server's state back with plain client calls.

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/httpcall.h"
#include "common/serverstate.h"
#include "common/simprocess.h"
#include "models/planning/planningservice.h"
#include "models/relations/batchrelationsmodel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::await;
using TestSupport::SimProcess;

namespace {

constexpr char kIpad[] = "wo-ipad-500";
constexpr char kChromebook[] = "wo-chromebook-120";
constexpr char kMacbook[] = "wo-macbook-40";
constexpr char kFastLane[] = "queue-fast-lane";
constexpr int kRunTimeoutMs = 120000;

// Counts the requests the client sends, by method, so a test can say "exactly one PATCH".
class CountingNetwork final : public QNetworkAccessManager
{
public:
    QHash<QByteArray, int> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QByteArray method;
        switch (op) {
        case GetOperation: method = "GET"; break;
        case PostOperation: method = "POST"; break;
        case DeleteOperation: method = "DELETE"; break;
        case CustomOperation: method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
        default: method = "OTHER"; break;
        }
        ++sent[method];
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

SplitInput splitInput(const QString &workOrder, qint64 needed, qint64 size)
{
    SplitInput in;
    in.workOrderId = workOrder;
    in.workOrderLabel = workOrder;
    in.queueId = QString::fromLatin1(kFastLane);
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = needed;
    in.sizing = SizingMode::BatchSize;
    in.sizingValue = size;
    return in;
}

bool runToEnd(WriteRun *run, bool retry = false)
{
    return TestSupport::runToEnd(run, retry, kRunTimeoutMs);
}

QString describe(const WriteRun *run)
{
    QStringList lines;
    if (!run->abortReason().isEmpty())
        lines << QStringLiteral("aborted: ") + run->abortReason();
    for (const WriteItem &item : run->items()) {
        if (item.state != ItemState::Succeeded)
            lines << item.description() + QStringLiteral(" -> ") + QString::number(int(item.state)) + QLatin1Char(' ')
                    + item.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPlanningSim final : public QObject
{
    Q_OBJECT

private:
    CountingNetwork m_nam;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<NiagaraClient> m_client;
    QList<User> m_users;

    QList<Batch> batchesOf(const QString &workOrder) { return TestSupport::batchesOfWorkOrder(*m_client, this, workOrder); }
    QStringList technicianIds(const QString &batchId) { return TestSupport::technicianIds(*m_client, this, batchId); }

    bool startSim(const QStringList &args = {})
    {
        // A new process and database each time: a restart on the old one would keep its batches.
        m_client.reset();
        m_sim = std::make_unique<SimProcess>();
        QString error;
        if (!m_sim->start(QStringLiteral("empty"), args, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<NiagaraClient>(&m_nam);
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setBearerToken(m_sim->managerToken());
        const auto users = await<Page<User>>([&](auto cb) { return m_client->listUsers({}, this, cb); });
        if (!users.ok())
            return false;
        m_users = users.value->items;
        return true;
    }

    QList<User> technicians(int n) const
    {
        // Skip the two managers: the seed lists them first.
        return m_users.mid(2, n);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(startSim());
        m_nam.sent.clear();
    }

    void splitFiftyByTenInOnePatchWithThreeTechnicians_thenUndo()
    {
        PlanningService service(m_client.get());
        const auto census = await<Census>([&](auto cb) { service.census(this, cb); });
        QVERIFY(census.ok());
        QCOMPARE(census.value->workOrders.value(QString::fromLatin1(kIpad)).batchedCycles, 0);

        SplitInput in = splitInput(QString::fromLatin1(kIpad), 500, 10);
        const QList<User> techs = technicians(3);
        for (const User &u : techs)
            in.technicianIds.append(u.id);
        in.technicianMode = TechnicianMode::AllBatches;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY(plan.isValid());
        WriteRun *run = service.createSplitRun(plan, CreationMode::Bulk, techs);
        QCOMPARE(run->items().size(), 50 + 150);
        const QList<PlannedRequest> requests = run->plannedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, u"PATCH"_qs);
        QVERIFY2(requests.first().summary.contains(u"50 batch") && requests.first().summary.contains(u"of 10 cycles"),
                 qPrintable(requests.first().summary));

        QSignalSpy progress(run, &WriteRun::progress);
        QSignalSpy serverChanged(&service, &PlanningService::serverChanged);
        m_nam.sent.clear();
        QVERIFY(runToEnd(run));
        QVERIFY2(run->count(ItemState::Succeeded) == 200, qPrintable(describe(run)));
        QCOMPARE(m_nam.sent.value("PATCH"), 1);
        QCOMPARE(m_nam.sent.value("POST"), 0); // the PATCH carried the technicians
        QCOMPARE(progress.last().at(0).toInt(), 200);
        QCOMPARE(serverChanged.count(), 1);

        const QList<Batch> onServer = batchesOf(QString::fromLatin1(kIpad));
        QCOMPARE(onServer.size(), 50);
        QStringList expectedTechs;
        for (const User &u : techs)
            expectedTechs.append(u.id);
        expectedTechs.sort();
        QSet<QString> linked;
        for (const WriteItem &item : run->items()) {
            if (item.action == WriteItem::Action::CreateBatch)
                linked.insert(item.batchId);
        }
        for (const Batch &b : onServer) {
            QCOMPARE(b.numberCycles, 10);
            QVERIFY(linked.contains(b.id)); // every created batch is known to the run (for undo)
        }
        // Technician rows name their batch as the server does.
        for (const WriteItem &item : run->items()) {
            if (item.action != WriteItem::Action::AddTechnician)
                continue;
            const WriteItem &batch = run->items().at(item.plannedIndex);
            QCOMPARE(item.batchId, batch.batchId);
            QCOMPARE(item.batchLabel, batch.batchLabel);
        }
        QCOMPARE(technicianIds(onServer.first().id), expectedTechs);
        QCOMPARE(technicianIds(onServer.last().id), expectedTechs);

        QVERIFY(service.canUndo(run));
        WriteRun *undo = service.createUndoRun(run);
        QVERIFY(undo);
        QVERIFY(!service.canUndo(run)); // once
        QCOMPARE(undo->items().size(), 50);
        QVERIFY(runToEnd(undo));
        QVERIFY2(undo->count(ItemState::Succeeded) == 50, qPrintable(describe(undo)));
        QCOMPARE(batchesOf(QString::fromLatin1(kIpad)).size(), 0);
    }

    void oddBatchGoesByPostWithLabelAndOrder_roundRobinTechnicians()
    {
        PlanningService service(m_client.get());
        SplitInput in = splitInput(QString::fromLatin1(kChromebook), 120, 50);
        in.labelPattern = u"CB {n} of {total}"_qs;
        in.firstOrder = 7;
        const QList<User> techs = technicians(2);
        in.technicianIds = {techs.at(0).id, techs.at(1).id};
        in.technicianMode = TechnicianMode::RoundRobin;
        const SplitPlan plan = SplitPlan::compute(in); // 2 × 50 + 1 × 20
        WriteRun *run = service.createSplitRun(plan, CreationMode::Bulk, techs);
        const QList<PlannedRequest> requests = run->plannedRequests();
        QStringList methods;
        for (const PlannedRequest &r : requests)
            methods.append(r.method);
        QCOMPARE(methods, (QStringList{u"PATCH"_qs, u"POST"_qs, u"POST"_qs, u"POST"_qs, u"POST"_qs}));
        QVERIFY(runToEnd(run));
        QVERIFY2(run->count(ItemState::Succeeded) == 6, qPrintable(describe(run)));

        const QList<Batch> onServer = batchesOf(QString::fromLatin1(kChromebook));
        QCOMPARE(onServer.size(), 3);
        const auto odd = std::find_if(onServer.cbegin(), onServer.cend(), [](const Batch &b) { return b.numberCycles == 20; });
        QVERIFY(odd != onServer.cend());
        QCOMPARE(odd->label, u"CB 3 of 3"_qs);
        QCOMPARE(odd->order.toString(), u"9"_qs);
        // Round robin: technician 1, 2, 1 in plan order.
        for (const WriteItem &item : run->items()) {
            if (item.action != WriteItem::Action::CreateBatch)
                continue;
            const QString expected = techs.at(item.plannedIndex % 2).id;
            QCOMPARE(technicianIds(item.batchId), QStringList{expected});
        }
    }

    void lostAnswersAndFailuresThenRetryLeavesNoDuplicates()
    {
        // Write 2 is carried out but its answer lost; write 4 is refused with 503.
        QVERIFY(startSim({u"--fail-writes"_qs, u"2:lost,4:503"_qs}));
        PlanningService service(m_client.get());
        service.setMaxInFlight(1); // a deterministic order of writes
        const SplitPlan plan = SplitPlan::compute(splitInput(QString::fromLatin1(kChromebook), 120, 20));
        WriteRun *run = service.createSplitRun(plan, CreationMode::Individual);
        QVERIFY(runToEnd(run));
        QVERIFY2(run->count(ItemState::Failed) == 2, qPrintable(describe(run)));
        QCOMPARE(run->count(ItemState::Succeeded), 4);
        QVERIFY(run->canRetry());
        for (const WriteItem &item : run->items()) {
            if (item.state == ItemState::Failed)
                QVERIFY2(!item.message.isEmpty(), "a failed item says why");
        }
        QCOMPARE(batchesOf(QString::fromLatin1(kChromebook)).size(), 5); // the lost one exists

        QVERIFY(runToEnd(run, true));
        QVERIFY2(run->count(ItemState::Succeeded) == 6, qPrintable(describe(run)));
        const int found = static_cast<int>(std::count_if(run->items().cbegin(), run->items().cend(), [](const WriteItem &i) {
            return i.message.contains(u"Found on the server");
        }));
        QCOMPARE(found, 1);
        const QList<Batch> onServer = batchesOf(QString::fromLatin1(kChromebook));
        QCOMPARE(onServer.size(), 6);
        qint64 cycles = 0;
        QSet<QString> ids;
        for (const Batch &b : onServer) {
            cycles += b.numberCycles;
            ids.insert(b.id);
        }
        QCOMPARE(cycles, 120);
        QSet<QString> linked;
        for (const WriteItem &item : run->items())
            linked.insert(item.batchId);
        QCOMPARE(linked, ids);
    }

    void lostPatchIsFoundNotResent()
    {
        QVERIFY(startSim({u"--fail-writes"_qs, u"1:lost"_qs}));
        PlanningService service(m_client.get());
        SplitInput in = splitInput(QString::fromLatin1(kIpad), 500, 25);
        const QList<User> techs = technicians(1);
        in.technicianIds = {techs.first().id};
        in.technicianMode = TechnicianMode::AllBatches;
        WriteRun *run = service.createSplitRun(SplitPlan::compute(in), CreationMode::Bulk, techs);
        QVERIFY(runToEnd(run));
        QCOMPARE(run->count(ItemState::Succeeded), 0);
        QCOMPARE(run->count(ItemState::Failed), 40);
        m_nam.sent.clear();
        QVERIFY(runToEnd(run, true));
        QVERIFY2(run->count(ItemState::Succeeded) == 40, qPrintable(describe(run)));
        QCOMPARE(m_nam.sent.value("PATCH"), 0);
        QCOMPARE(m_nam.sent.value("POST"), 0);
        const QList<Batch> onServer = batchesOf(QString::fromLatin1(kIpad));
        QCOMPARE(onServer.size(), 20);
        for (const Batch &b : onServer)
            QCOMPARE(technicianIds(b.id), QStringList{techs.first().id});
    }

    void timeoutAfterTheServerActedIsReconciled()
    {
        QVERIFY(startSim({u"--fail-writes"_qs, u"1:hang"_qs}));
        RetryPolicy fast = m_client->retryPolicy();
        fast.attemptTimeout = std::chrono::milliseconds(1500);
        m_client->setRetryPolicy(fast);
        PlanningService service(m_client.get());
        WriteRun *run = service.createSplitRun(SplitPlan::compute(splitInput(QString::fromLatin1(kMacbook), 40, 10)),
                                               CreationMode::Bulk);
        QVERIFY(runToEnd(run));
        QCOMPARE(run->count(ItemState::Failed), 4);
        QVERIFY2(run->items().first().message.contains(u"may have carried it out"), qPrintable(run->items().first().message));
        QVERIFY(runToEnd(run, true));
        QVERIFY2(run->count(ItemState::Succeeded) == 4, qPrintable(describe(run)));
        QCOMPARE(batchesOf(QString::fromLatin1(kMacbook)).size(), 4);
    }

    void cancelThenRetryCompletesExactlyOnce()
    {
        PlanningService service(m_client.get());
        service.setMaxInFlight(2);
        WriteRun *run = service.createSplitRun(SplitPlan::compute(splitInput(QString::fromLatin1(kIpad), 500, 10)),
                                               CreationMode::Individual);
        QSignalSpy progress(run, &WriteRun::progress);
        QSignalSpy finished(run, &WriteRun::finished);
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 3, kRunTimeoutMs);
        run->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
        QVERIFY(run->wasCancelled());
        QCOMPARE(run->count(ItemState::Running), 0);
        QVERIFY(run->count(ItemState::NotAttempted) > 0);
        QVERIFY(run->count(ItemState::Succeeded) >= 3);
        QVERIFY(run->count(ItemState::Succeeded) < 50);
        QVERIFY(run->canRetry());
        QVERIFY(runToEnd(run, true));
        QVERIFY2(run->count(ItemState::Succeeded) == 50, qPrintable(describe(run)));
        QCOMPARE(batchesOf(QString::fromLatin1(kIpad)).size(), 50);
    }

    void changedWorkOrderStopsBeforeWriting()
    {
        PlanningService service(m_client.get());
        const SplitPlan plan = SplitPlan::compute(splitInput(QString::fromLatin1(kMacbook), 40, 10));
        // Someone else batches 10 of the 40 cycles after the plan was made.
        const auto other = await<Batch>([&](auto cb) {
            return m_client->createBatch(NewBatch{QString::fromLatin1(kMacbook), QString::fromLatin1(kFastLane), 10, {}, {}, {}},
                                         this, cb);
        });
        QVERIFY(other.ok());
        WriteRun *run = service.createSplitRun(plan, CreationMode::Bulk);
        m_nam.sent.clear();
        QVERIFY(runToEnd(run));
        QVERIFY2(run->abortReason().contains(u"changed"), qPrintable(run->abortReason()));
        QCOMPARE(run->count(ItemState::NotAttempted), 4);
        QCOMPARE(m_nam.sent.value("PATCH") + m_nam.sent.value("POST"), 0);
        QCOMPARE(batchesOf(QString::fromLatin1(kMacbook)).size(), 1);
        QVERIFY(!service.canUndo(run));
    }

    void technicianIsRefusedAndTheRefusalRemembered()
    {
        m_client->setBearerToken(m_sim->technicianToken());
        PlanningService service(m_client.get());
        service.setCurrentUserId(u"priya"_qs);
        QSignalSpy refusals(&service, &PlanningService::refusalsChanged);
        WriteRun *run = service.createSplitRun(SplitPlan::compute(splitInput(QString::fromLatin1(kMacbook), 40, 10)),
                                               CreationMode::Bulk);
        QVERIFY(runToEnd(run));
        QCOMPARE(run->count(ItemState::Failed), 4);
        const QString message = run->items().first().message;
        QVERIFY2(message.contains(u"Fast Lane") && message.contains(u"batch:update"), qPrintable(message));
        QCOMPARE(refusals.count(), 1);
        const auto refusal = service.refusal(PlanningAction::Split, QString::fromLatin1(kFastLane));
        QVERIFY(refusal);
        QCOMPARE(*refusal, message);
        QVERIFY(!service.refusal(PlanningAction::Assign, QString::fromLatin1(kFastLane)));
        QVERIFY(!service.refusal(PlanningAction::Split, u"queue-rework"_qs));
        service.setCurrentUserId(u"someone-else"_qs); // remembered per user
        QVERIFY(!service.refusal(PlanningAction::Split, QString::fromLatin1(kFastLane)));
        m_client->setBearerToken(m_sim->managerToken());
        QCOMPARE(batchesOf(QString::fromLatin1(kMacbook)).size(), 0);
    }

    void assignAddReplaceAndUndo()
    {
        PlanningService service(m_client.get());
        const QList<User> techs = technicians(4);
        // Three batches, each with technician 0.
        const auto created = await<Done>([&](auto cb) {
            return m_client->createBatches(BatchSeries{QString::fromLatin1(kMacbook), QString::fromLatin1(kFastLane), 10, 3,
                                                       {techs.at(0).id}},
                                           this, cb);
        });
        QVERIFY(created.ok());
        QList<AssignmentTarget> targets;
        for (const Batch &b : batchesOf(QString::fromLatin1(kMacbook)))
            targets.append({b.id, b.label, b.queue.id, b.queue.label, {}});
        QCOMPARE(targets.size(), 3);
        auto loaded = await<QList<AssignmentTarget>>([&](auto cb) { service.loadAssignmentTargets(targets, this, cb); });
        QVERIFY(loaded.ok());
        for (const AssignmentTarget &t : *loaded.value)
            QCOMPARE(t.technicians.size(), 1);

        // Add technicians 0 and 1: 0 is already there, so only 1 is added.
        const QList<User> addUsers{techs.at(0), techs.at(1)};
        QCOMPARE(PlanningService::assignmentItems(*loaded.value, addUsers, AssignMode::Add).size(), 3);
        WriteRun *add = service.createAssignmentRun(*loaded.value, addUsers, AssignMode::Add);
        QVERIFY(runToEnd(add));
        QVERIFY2(add->count(ItemState::Succeeded) == 3, qPrintable(describe(add)));
        QStringList both{techs.at(0).id, techs.at(1).id};
        both.sort();
        for (const AssignmentTarget &t : std::as_const(*loaded.value))
            QCOMPARE(technicianIds(t.batchId), both);

        // Replace with technicians 2 and 3: two removals and two additions per batch.
        loaded = await<QList<AssignmentTarget>>([&](auto cb) { service.loadAssignmentTargets(targets, this, cb); });
        QVERIFY(loaded.ok());
        const QList<User> replaceUsers{techs.at(2), techs.at(3)};
        WriteRun *replace = service.createAssignmentRun(*loaded.value, replaceUsers, AssignMode::Replace);
        QCOMPARE(replace->items().size(), 12);
        QCOMPARE(replace->plannedRequests().size(), 12);
        QVERIFY(runToEnd(replace));
        QVERIFY2(replace->count(ItemState::Succeeded) == 12, qPrintable(describe(replace)));
        QStringList replaced{techs.at(2).id, techs.at(3).id};
        replaced.sort();
        for (const AssignmentTarget &t : std::as_const(*loaded.value))
            QCOMPARE(technicianIds(t.batchId), replaced);

        // Undo the replacement: the previous two technicians come back.
        WriteRun *undo = service.createUndoRun(replace);
        QVERIFY(undo);
        QVERIFY(runToEnd(undo));
        QVERIFY2(undo->count(ItemState::Succeeded) == 12, qPrintable(describe(undo)));
        for (const AssignmentTarget &t : std::as_const(*loaded.value))
            QCOMPARE(technicianIds(t.batchId), both);
    }

    void undoWindowCloses()
    {
        PlanningService service(m_client.get());
        QDateTime now = QDateTime::currentDateTimeUtc();
        service.setClock([&now] { return now; });
        WriteRun *run = service.createSplitRun(SplitPlan::compute(splitInput(QString::fromLatin1(kMacbook), 40, 20)),
                                               CreationMode::Bulk);
        QVERIFY(runToEnd(run));
        QVERIFY(service.canUndo(run));
        QCOMPARE(service.undoDeadline(run), now.addSecs(600));
        now = now.addSecs(599);
        QVERIFY(service.canUndo(run));
        now = now.addSecs(2);
        QVERIFY(!service.canUndo(run));
        QVERIFY(!service.createUndoRun(run));
    }

    void undoReportsBatchesWithCyclesInFlight()
    {
        // Fast simulated work, paused through the sim's test-admin endpoint before the undo: the
        // batches locked at the server are then known exactly, and the outcome cannot race.
        QVERIFY(startSim({u"--simulate-work"_qs, u"0.05"_qs, u"--test-admin"_qs}));
        PlanningService service(m_client.get());
        WriteRun *run = service.createSplitRun(SplitPlan::compute(splitInput(QString::fromLatin1(kMacbook), 40, 10)),
                                               CreationMode::Bulk);
        QVERIFY(runToEnd(run));
        QCOMPARE(run->count(ItemState::Succeeded), 4);
        const auto inFlight = [](const Batch &b) {
            return b.cycles[StatusCategory::InProgress] + b.cycles[StatusCategory::Verifying] > 0;
        };
        // Wait until the shop floor has started work on at least one of them, then stop it.
        const auto workStarted = [&] {
            const QList<Batch> batches = batchesOf(QString::fromLatin1(kMacbook));
            return std::any_of(batches.cbegin(), batches.cend(), inFlight);
        };
        QTRY_VERIFY_WITH_TIMEOUT(workStarted(), 30000);
        QNetworkAccessManager admin;
        const TestSupport::HttpReply paused =
            TestSupport::httpCall(admin, "PUT", QUrl(m_sim->baseUrl().toString() + u"/_sim/work"_qs), QString(),
                                  R"({"running": false})");
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json.value(u"running"_qs).toBool(true), false);

        // The floor stands still: these are the batches the server must refuse to delete.
        QSet<QString> locked;
        QHash<QString, CycleCounts> countsBefore;
        for (const Batch &b : batchesOf(QString::fromLatin1(kMacbook))) {
            countsBefore.insert(b.id, b.cycles);
            if (inFlight(b))
                locked.insert(b.id);
        }
        QVERIFY(!locked.isEmpty());

        WriteRun *undo = service.createUndoRun(run);
        QVERIFY(undo);
        QVERIFY(runToEnd(undo));
        QCOMPARE(undo->count(ItemState::Failed), int(locked.size()));
        QCOMPARE(undo->count(ItemState::Succeeded), 4 - int(locked.size()));
        for (const WriteItem &item : undo->items()) {
            QVERIFY2(item.state == (locked.contains(item.batchId) ? ItemState::Failed : ItemState::Succeeded),
                     qPrintable(item.description() + u": "_qs + item.message));
            if (item.state == ItemState::Failed)
                QVERIFY2(item.message.contains(u"in progress") || item.message.contains(u"locked")
                             || item.message.contains(u"being worked"),
                         qPrintable(item.message));
        }
        // Exactly the locked ones are left on the server, untouched while the work was paused.
        QSet<QString> left;
        for (const Batch &b : batchesOf(QString::fromLatin1(kMacbook))) {
            QVERIFY2(b.cycles == countsBefore.value(b.id), qPrintable(u"the floor moved: "_qs + b.id));
            left.insert(b.id);
        }
        QCOMPARE(left, locked);
    }

    void deleteBatchesIsOneRunWithPerItemResults()
    {
        PlanningService service(m_client.get());
        const auto created = await<Done>([&](auto cb) {
            return m_client->createBatches(BatchSeries{QString::fromLatin1(kMacbook), QString::fromLatin1(kFastLane), 10, 3, {}},
                                           this, cb);
        });
        QVERIFY(created.ok());
        const QList<Batch> batches = batchesOf(QString::fromLatin1(kMacbook));
        QCOMPARE(batches.size(), 3);
        // Someone else deleted the first one already: 404 means it is gone, which is success.
        QVERIFY(await<Done>([&](auto cb) { return m_client->deleteBatch(batches.at(0).id, this, cb); }).ok());

        QList<DeletionTarget> targets;
        for (const Batch &b : batches)
            targets.append({b.id, b.label, b.queue.id, b.queue.label, b.workOrder.id});
        targets.append(targets.at(1)); // selected twice: deleted once
        WriteRun *run = service.createDeleteRun(targets);
        QCOMPARE(run->kind(), WriteRun::Kind::Delete);
        QCOMPARE(run->items().size(), 3);
        QCOMPARE(run->plannedRequests().size(), 3);
        QSignalSpy deleted(&service, &PlanningService::batchesDeleted);
        QSignalSpy serverChanged(&service, &PlanningService::serverChanged);
        m_nam.sent.clear();
        QVERIFY(runToEnd(run));
        QVERIFY2(run->count(ItemState::Succeeded) == 3, qPrintable(describe(run)));
        QVERIFY2(run->items().at(0).message.contains(u"Already deleted"), qPrintable(run->items().at(0).message));
        QVERIFY(run->items().at(1).message.isEmpty());
        // Three DELETEs and nothing else: no page of /batches is read again afterwards.
        QCOMPARE(m_nam.sent.value("DELETE"), 3);
        QCOMPARE(m_nam.sent.value("GET"), 0);
        QCOMPARE(serverChanged.count(), 0);
        QCOMPARE(deleted.count(), 1);
        QStringList ids = deleted.first().first().toStringList();
        ids.sort();
        QStringList expected{batches.at(0).id, batches.at(1).id, batches.at(2).id};
        expected.sort();
        QCOMPARE(ids, expected);
        QVERIFY(batchesOf(QString::fromLatin1(kMacbook)).isEmpty());
        QVERIFY(!service.canUndo(run)); // a deletion is not undone
    }

    void technicianMayNotDelete()
    {
        PlanningService service(m_client.get());
        const auto created = await<Batch>([&](auto cb) {
            return m_client->createBatch(NewBatch{QString::fromLatin1(kMacbook), QString::fromLatin1(kFastLane), 10, {}, {}, {}},
                                         this, cb);
        });
        QVERIFY(created.ok());
        const Batch batch = *created.value;
        m_client->setBearerToken(m_sim->technicianToken());
        service.setCurrentUserId(u"the-technician"_qs);
        QVERIFY(service.permissions()->may(PlanningAction::Delete, batch.queue.id));
        QSignalSpy deleted(&service, &PlanningService::batchesDeleted);
        WriteRun *run = service.createDeleteRun({{batch.id, batch.label, batch.queue.id, batch.queue.label, {}}});
        QVERIFY(runToEnd(run));
        m_client->setBearerToken(m_sim->managerToken());
        QCOMPARE(run->count(ItemState::Failed), 1);
        QCOMPARE(deleted.count(), 0);
        // The refusal is remembered for this action and queue, and answered before the next click.
        QVERIFY(!service.permissions()->may(PlanningAction::Delete, batch.queue.id));
        QVERIFY(service.permissions()->reasonIfNot(PlanningAction::Delete, batch.queue.id).contains(u"batch:delete"));
        QVERIFY(service.permissions()->may(PlanningAction::Assign, batch.queue.id));
        QCOMPARE(batchesOf(QString::fromLatin1(kMacbook)).size(), 1);
    }

    void relationsModelLoadsSwitchesRefreshesAndTellsNoAccessFromGone()
    {
        const QList<User> techs = technicians(3);
        // Two batches in the Fast Lane with technicians 0 and 1, one in Rework with technician 2.
        QVERIFY(await<Done>([&](auto cb) {
                    return m_client->createBatches(BatchSeries{QString::fromLatin1(kMacbook), QString::fromLatin1(kFastLane),
                                                               10, 2, {techs.at(0).id, techs.at(1).id}},
                                                   this, cb);
                }).ok());
        const auto rework = await<Batch>([&](auto cb) {
            return m_client->createBatch(NewBatch{QString::fromLatin1(kChromebook), u"queue-rework"_qs, 10, {}, {}, {}}, this, cb);
        });
        QVERIFY(rework.ok());
        const QList<Batch> fast = batchesOf(QString::fromLatin1(kMacbook));
        QCOMPARE(fast.size(), 2);

        BatchRelationsModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy settled(&model, &BatchRelationsModel::settled);
        const auto userIds = [&model] {
            QStringList ids;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row).data(BatchRelationsModel::RelationRole).toString() == u"technician")
                    ids << model.index(row).data(BatchRelationsModel::EntityIdRole).toString();
            }
            ids.sort();
            return ids;
        };

        model.setBatch(fast.at(0).id);
        QCOMPARE(model.state(), BatchRelationsModel::State::Loading);
        QVERIFY(settled.wait(30000));
        QCOMPARE(model.state(), BatchRelationsModel::State::Loaded);
        QCOMPARE(userIds(), technicianIds(fast.at(0).id));
        QCOMPARE(userIds().size(), 2);
        QCOMPARE(model.totalCount(), model.rowCount());

        // A switch while the first answer is under way: only the second batch's rows arrive.
        settled.clear();
        model.setBatch(fast.at(0).id + u"-none"_qs); // would be 404 if it were answered
        QCOMPARE(model.rowCount(), 0);               // another batch's rows are never shown
        model.setBatch(fast.at(1).id);
        QVERIFY(settled.wait(30000));
        QTest::qWait(50); // a late answer for the abandoned batch would arrive by now
        QCOMPARE(settled.count(), 1);
        QCOMPARE(model.batchId(), fast.at(1).id);
        QCOMPARE(model.state(), BatchRelationsModel::State::Loaded);
        QCOMPARE(userIds(), technicianIds(fast.at(1).id));

        // A relation removed on the server goes on refresh; the other rows stay, in order.
        const int rowsBefore = model.rowCount();
        int technicianRow = -1;
        QStringList kept;
        for (int row = 0; row < rowsBefore; ++row) {
            if (technicianRow < 0 && model.index(row).data(BatchRelationsModel::RelationRole).toString() == u"technician")
                technicianRow = row;
            else
                kept << model.index(row).data(BatchRelationsModel::RelationIdRole).toString();
        }
        QVERIFY(technicianRow >= 0);
        const QString removedId = model.index(technicianRow).data(BatchRelationsModel::RelationIdRole).toString();
        QVERIFY(await<Done>([&](auto cb) { return m_client->deleteRelation(fast.at(1).id, removedId, this, cb); }).ok());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        settled.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), rowsBefore); // rows stay while it reloads
        QVERIFY(settled.wait(30000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), technicianRow);
        QCOMPARE(inserted.count(), 0);
        QStringList now;
        for (int row = 0; row < model.rowCount(); ++row)
            now << model.index(row).data(BatchRelationsModel::RelationIdRole).toString();
        QCOMPARE(now, kept);

        // The technician may not read a Rework batch: no access, which is not "gone".
        m_client->setBearerToken(m_sim->technicianToken());
        settled.clear();
        model.setBatch(rework.value->id);
        QVERIFY(settled.wait(30000));
        m_client->setBearerToken(m_sim->managerToken());
        QCOMPARE(model.state(), BatchRelationsModel::State::NoAccess);
        QCOMPARE(model.rowCount(), 0);

        // Deleted on the server: gone.
        QVERIFY(await<Done>([&](auto cb) { return m_client->deleteBatch(fast.at(1).id, this, cb); }).ok());
        settled.clear();
        model.setBatch(fast.at(1).id);
        QVERIFY(settled.wait(30000));
        QCOMPARE(model.state(), BatchRelationsModel::State::Gone);
        QVERIFY(!model.errorText().isEmpty());

        model.clear();
        QCOMPARE(model.state(), BatchRelationsModel::State::Idle);
        QCOMPARE(model.rowCount(), 0);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestPlanningSim)
#include "tst_planningsim.moc"
