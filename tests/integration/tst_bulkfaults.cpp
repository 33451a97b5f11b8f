// Bulk operations through a bad network: a 2,000-cycle work order split into 300 batches and
// two technicians assigned to each, while a quarter of the writes are refused, cut, lost after
// the server acted, or never answered. "Retry failed" (WriteRun::retryFailed, as the wizards'
// button calls it) must end with exactly the planned batches and relations on the server:
// nothing missing, nothing created twice. And through a slow network: never more than 4
// requests at a time, counted where it matters, at the server — for a run alone, and for the
// board's load, its technician fetches, a wizard's reads and a run all at once (one queue).

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/httpcall.h"
#include "common/serverstate.h"
#include "common/simprocess.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitplan.h"
#include "models/planning/writerun.h"
#include "models/batchstore.h"
#include "models/requestqueue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::await;
using TestSupport::SimProcess;

namespace {

constexpr char kWorkOrder[] = "wo-latitude-2000";
constexpr char kFastLane[] = "queue-fast-lane";
constexpr qint64 kCycles = 2000;
constexpr int kBatches = 300;
constexpr int kMaxRetries = 12;
// A quarter of all writes go wrong. Refusals (500, 502, 503, 429) are not carried out; reset,
// truncate and lost are carried out and then the answer is damaged or missing.
constexpr char kWriteFaults[] = "latency=1,jitter=4,500=0.03,502=0.03,503=0.03,429=0.03,reset=0.04,truncate=0.03,"
                                "lost=0.05,methods=POST|PATCH|DELETE,retry-after=0,seed=77";
// And a few writes are carried out and never answered at all: the client times out.
constexpr char kHangs[] = "9:hang,120:hang,333:hang";

// Start, then "Retry failed" until nothing is left to retry. Returns the rounds it took.
int runUntilDone(WriteRun *run)
{
    constexpr int kRunTimeoutMs = 300000;
    if (!TestSupport::runToEnd(run, false, kRunTimeoutMs))
        return -1;
    int rounds = 0;
    while (run->count(ItemState::Failed) > 0) {
        if (++rounds > kMaxRetries || !run->canRetry() || !TestSupport::runToEnd(run, true, kRunTimeoutMs))
            return -1;
    }
    return rounds;
}

} // namespace

class TestBulkFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitThenAssignThroughFaults();
    void atMostFourRequestsInFlight();
    void atMostFourForBoardPlanningAndRunTogether();

private:
    bool arm(const QJsonObject &body);
    bool resetStats();
    int peakAtServer();
    QJsonObject faultState();
    QUrl faultsUrl() const { return QUrl(m_sim.baseUrl().toString() + QStringLiteral("/_sim/faults")); }
    QList<Batch> batchesOfWorkOrder()
    {
        return TestSupport::batchesOfWorkOrder(*m_client, this, QString::fromLatin1(kWorkOrder));
    }
    QStringList technicianIds(const QString &batchId) { return TestSupport::technicianIds(*m_client, this, batchId); }

    QNetworkAccessManager m_nam;
    SimProcess m_sim;
    std::unique_ptr<NiagaraClient> m_client;
};

void TestBulkFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("empty"), {QStringLiteral("--test-admin")}, &error), qPrintable(error));
    m_client = std::make_unique<NiagaraClient>(&m_nam);
    m_client->setBaseUrl(m_sim.baseUrl());
    m_client->setBearerToken(m_sim.managerToken());
    RetryPolicy policy = m_client->retryPolicy();
    policy.attemptTimeout = std::chrono::milliseconds(2000); // the hung writes: no 30 s waits
    policy.baseDelay = std::chrono::milliseconds(20);
    m_client->setRetryPolicy(policy);
}

bool TestBulkFaults::arm(const QJsonObject &body)
{
    return TestSupport::httpCall(m_nam, "PUT", faultsUrl(), QString(), QJsonDocument(body).toJson()).status == 204;
}

bool TestBulkFaults::resetStats()
{
    const QUrl statsUrl(m_sim.baseUrl().toString() + QStringLiteral("/_sim/stats"));
    return TestSupport::httpCall(m_nam, "DELETE", statsUrl, QString()).status == 204;
}

int TestBulkFaults::peakAtServer()
{
    const QUrl statsUrl(m_sim.baseUrl().toString() + QStringLiteral("/_sim/stats"));
    const QJsonObject stats = TestSupport::httpCall(m_nam, "GET", statsUrl, QString()).json;
    qInfo().noquote() << QJsonDocument(stats).toJson(QJsonDocument::Compact);
    return stats.value(QStringLiteral("peak_in_flight")).toInt(-1);
}

QJsonObject TestBulkFaults::faultState()
{
    return TestSupport::httpCall(m_nam, "GET", faultsUrl(), QString()).json;
}

void TestBulkFaults::splitThenAssignThroughFaults()
{
    const auto users = await<Page<User>>([&](auto cb) { return m_client->listUsers({}, this, cb); });
    QVERIFY(users.ok());
    // Priya (index 2) and James (index 3) both work the Fast Lane (sim/README.md).
    const QList<User> technicians = users.value->items.mid(2, 2);
    QCOMPARE(technicians.size(), 2);

    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QLatin1String(kWriteFaults)},
                            {QStringLiteral("fail_writes"), QLatin1String(kHangs)}}));
    PlanningService service(m_client.get());

    // --- split: 2,000 cycles into 300 batches, one POST each (labels and queue order planned)
    SplitInput in;
    in.workOrderId = QString::fromLatin1(kWorkOrder);
    in.workOrderLabel = QStringLiteral("Image 2000 Latitude 5440");
    in.queueId = QString::fromLatin1(kFastLane);
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = kCycles;
    in.sizing = SizingMode::BatchCount;
    in.sizingValue = kBatches;
    in.remainder = RemainderPolicy::SpreadEvenly;
    const SplitPlan plan = SplitPlan::compute(in);
    QCOMPARE(plan.batches().size(), qsizetype(kBatches));
    WriteRun *split = service.createSplitRun(plan, CreationMode::Individual);
    const int splitRounds = runUntilDone(split);
    QVERIFY2(splitRounds >= 0, "the split did not complete within the retries");
    QVERIFY2(splitRounds > 0, "no write failed: the faults were not felt");
    QCOMPARE(split->count(ItemState::Succeeded), kBatches);

    // The server holds exactly the plan: every planned label once, the cycles add up, and the
    // run knows every batch it made.
    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QString()}, {QStringLiteral("fail_writes"), QString()}}));
    const QList<Batch> made = batchesOfWorkOrder();
    QCOMPARE(made.size(), qsizetype(kBatches));
    QMap<QString, qint64> plannedCycles;
    for (const PlannedBatch &p : plan.batches())
        plannedCycles.insert(p.label, p.numberCycles);
    QMap<QString, qint64> madeCycles;
    qint64 cycles = 0;
    QSet<QString> madeIds;
    for (const Batch &b : made) {
        QVERIFY2(!madeCycles.contains(b.label), qPrintable(QStringLiteral("created twice: ") + b.label));
        madeCycles.insert(b.label, b.numberCycles);
        cycles += b.numberCycles;
        madeIds.insert(b.id);
    }
    QCOMPARE(madeCycles, plannedCycles);
    QCOMPARE(cycles, kCycles);
    QSet<QString> linked;
    for (const WriteItem &item : split->items())
        linked.insert(item.batchId);
    QCOMPARE(linked, madeIds);

    // --- assign both technicians to the 300 batches, through the faults again
    QList<AssignmentTarget> targets;
    for (const Batch &b : made)
        targets.append({b.id, b.label, b.queue.id, b.queue.label, {}});
    const auto loaded = await<QList<AssignmentTarget>>([&](auto cb) { service.loadAssignmentTargets(targets, this, cb); },
                                                        120000);
    QVERIFY(loaded.ok());
    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QLatin1String(kWriteFaults)},
                            {QStringLiteral("fail_writes"), QLatin1String(kHangs)}}));
    WriteRun *assign = service.createAssignmentRun(*loaded.value, technicians, AssignMode::Add);
    QCOMPARE(assign->items().size(), qsizetype(2 * kBatches));
    const int assignRounds = runUntilDone(assign);
    QVERIFY2(assignRounds >= 0, "the assignment did not complete within the retries");
    QVERIFY2(assignRounds > 0, "no write failed: the faults were not felt");
    QCOMPARE(assign->count(ItemState::Succeeded), 2 * kBatches);

    const QJsonObject state = faultState();
    const QJsonObject injected = state.value(QStringLiteral("injected")).toObject();
    qInfo().noquote() << "split took" << splitRounds << "retries, the assignment" << assignRounds << "; injected:"
                      << QJsonDocument(injected).toJson(QJsonDocument::Compact);
    for (const char *kind : {"500", "502", "503", "429", "reset", "truncate", "lost"})
        QVERIFY2(injected.value(QLatin1String(kind)).toInteger() > 0, kind);

    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QString()}, {QStringLiteral("fail_writes"), QString()}}));
    QStringList both{technicians.at(0).id, technicians.at(1).id};
    both.sort();
    for (const Batch &b : made)
        QCOMPARE(technicianIds(b.id), both); // each exactly once
    QCOMPARE(batchesOfWorkOrder().size(), qsizetype(kBatches)); // and nothing else appeared
}

void TestBulkFaults::atMostFourRequestsInFlight()
{
    // The sim counts API requests from arrival until its answer is written (GET /_sim/stats).
    // With 40 ms latency on every answer the run's requests overlap: a run that keeps its
    // promise peaks at exactly 4, one that keeps fewer going never reaches it.
    const QUrl statsUrl(m_sim.baseUrl().toString() + QStringLiteral("/_sim/stats"));
    auto resetStats = [&] { return TestSupport::httpCall(m_nam, "DELETE", statsUrl, QString()).status == 204; };
    auto peak = [&] {
        const QJsonObject stats = TestSupport::httpCall(m_nam, "GET", statsUrl, QString()).json;
        qInfo().noquote() << QJsonDocument(stats).toJson(QJsonDocument::Compact);
        return stats.value(QStringLiteral("peak_in_flight")).toInt(-1);
    };
    const auto users = await<Page<User>>([&](auto cb) { return m_client->listUsers({}, this, cb); });
    QVERIFY(users.ok());
    const QList<User> technician = users.value->items.mid(2, 1);
    QCOMPARE(technician.size(), 1);
    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QStringLiteral("latency=40")},
                            {QStringLiteral("fail_writes"), QString()}}));
    PlanningService service(m_client.get());
    QCOMPARE(service.maxInFlight(), 4);

    // Split: 40 cycles into 40 batches, one POST each.
    SplitInput in;
    in.workOrderId = QStringLiteral("wo-macbook-40");
    in.workOrderLabel = QStringLiteral("MacBook 40");
    in.queueId = QString::fromLatin1(kFastLane);
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = 40;
    in.sizing = SizingMode::BatchCount;
    in.sizingValue = 40;
    in.remainder = RemainderPolicy::SpreadEvenly;
    const SplitPlan plan = SplitPlan::compute(in);
    QCOMPARE(plan.batches().size(), qsizetype(40));
    QVERIFY(resetStats());
    WriteRun *split = service.createSplitRun(plan, CreationMode::Individual);
    QVERIFY(TestSupport::runToEnd(split, false, 120000));
    QCOMPARE(split->count(ItemState::Succeeded), 40);
    QCOMPARE(peak(), 4);

    // Reading the batches' technicians before an assignment: 40 GETs, the same limit.
    QList<AssignmentTarget> targets;
    for (const WriteItem &item : split->items())
        targets.append({item.batchId, item.batchLabel, QString::fromLatin1(kFastLane), QStringLiteral("Fast Lane"), {}});
    QCOMPARE(targets.size(), qsizetype(40));
    QVERIFY(resetStats());
    const auto loaded = await<QList<AssignmentTarget>>([&](auto cb) { service.loadAssignmentTargets(targets, this, cb); },
                                                        120000);
    QVERIFY(loaded.ok());
    QCOMPARE(peak(), 4);

    // Assigning a technician to each: 40 POSTs of relations.
    QVERIFY(resetStats());
    WriteRun *assign = service.createAssignmentRun(*loaded.value, technician, AssignMode::Add);
    QVERIFY(TestSupport::runToEnd(assign, false, 120000));
    QCOMPARE(assign->count(ItemState::Succeeded), 40);
    QCOMPARE(peak(), 4);
    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QString()}, {QStringLiteral("fail_writes"), QString()}}));
}

void TestBulkFaults::atMostFourForBoardPlanningAndRunTogether()
{
    // The composition root's wiring: one queue for the board's store and the planning service
    // (and, through it, its runs). Each has a loop of its own to fill; together they must still
    // keep at most 4 requests at the server. 120 batches at least (seed revision: no embedded
    // technicians, so the store reads every batch's relations), more after the earlier functions.
    const auto padded = await<Done>([&](auto cb) {
        return m_client->createBatches(BatchSeries{QStringLiteral("wo-chromebook-120"), QString::fromLatin1(kFastLane), 1, 120, {}},
                                       this, cb);
    });
    QVERIFY2(padded.ok(), qPrintable(padded.error.message()));
    RequestQueue requests;
    BatchStore store;
    store.setClient(m_client.get());
    store.setRequestQueue(&requests);
    store.setPageSize(25);
    PlanningService service(m_client.get());
    service.setRequestQueue(&requests);
    QCOMPARE(service.maxInFlight(), 4);

    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QStringLiteral("latency=40")},
                            {QStringLiteral("fail_writes"), QString()}}));
    QVERIFY(resetStats());
    QSignalSpy loaded(&store, &BatchStore::loadFinished);
    store.reload();
    QVERIFY(loaded.wait(60000));
    const qint64 batches = store.size();
    QVERIFY(batches >= 120);
    // The technician fetches have begun in the background; now the board reloads (a page walk),
    // the assignment wizard reads 40 batches' technicians and a split writes 40 batches.
    QVERIFY(store.pendingTechnicianFetches() > 100);
    store.reload();
    QList<AssignmentTarget> targets;
    store.forEach([&](const BatchRecord &r) {
        if (targets.size() < 40)
            targets.append({r.id, r.label, r.queueId, QString(), {}});
    });
    std::optional<Outcome<QList<AssignmentTarget>>> read;
    service.loadAssignmentTargets(targets, this, [&read](Outcome<QList<AssignmentTarget>> outcome) { read = outcome; });
    SplitInput in;
    in.workOrderId = QStringLiteral("wo-ipad-500");
    in.workOrderLabel = QStringLiteral("iPad 500");
    in.queueId = QString::fromLatin1(kFastLane);
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = 500;
    in.sizing = SizingMode::BatchCount;
    in.sizingValue = 40;
    in.remainder = RemainderPolicy::SpreadEvenly;
    WriteRun *split = service.createSplitRun(SplitPlan::compute(in), CreationMode::Individual);
    split->start();
    QVERIFY(store.isLoading());
    QVERIFY(requests.queued() > 0); // more wanted to go than the bound lets through

    QTRY_VERIFY_WITH_TIMEOUT(split->isFinished() && read && !store.isLoading(), 120000);
    QCOMPARE(split->count(ItemState::Succeeded), 40);
    QVERIFY(read->ok());
    QCOMPARE(read->value->size(), qsizetype(40));
    // The user's split went before the background fetches: those were still coming.
    QVERIFY(store.pendingTechnicianFetches() > 0);
    // All of it together: 4 at the most, and 4 reached (the bound, not less, was used).
    QCOMPARE(peakAtServer(), 4);
    // As on a server switch: the store's fetches still waiting never start, and the queue
    // empties once the ones under way are answered.
    store.cancelLoad();
    QCOMPARE(requests.queued(&store), 0);
    QCOMPARE(requests.queued(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(requests.inFlight(), 0, 30000);
    QCOMPARE(store.pendingTechnicianFetches(), 0);
    QCOMPARE(requests.peakInFlight(), 4);
    QVERIFY(peakAtServer() <= 4);
    QVERIFY(arm(QJsonObject{{QStringLiteral("faults"), QString()}, {QStringLiteral("fail_writes"), QString()}}));
}

QTEST_GUILESS_MAIN(TestBulkFaults)
#include "tst_bulkfaults.moc"
