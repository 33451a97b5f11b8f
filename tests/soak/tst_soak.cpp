// Soak: 12,000 batches loaded through 10 % injected faults while the floor keeps moving.
//
// niagara-sim (real HTTP, later API revision) holds 12,000 batches; --faults refuses, cuts,
// drops and delays one GET in ten. The board's own data path (BatchStore -> BatchTreeModel,
// under QAbstractItemModelTester from the first page on) refreshes again and again while a
// second client inserts and deletes batches and the sim's simulated work changes cycles.
// Once the floor stops, one more refresh must make the board equal what the sim has stored
// (read from its database, not through the client under test); and the process must not grow
// over the five refresh cycles after the first load.

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "common/awaitoutcome.h"
#include "common/httpcall.h"
#include "common/simprocess.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <map>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::await;
using TestSupport::SimProcess;

namespace {

constexpr int kBatches = 12000;
constexpr int kSeriesSize = 500; // PATCH /batches creates at most 500 at once
// One GET in ten goes wrong, in every way the sim knows that a GET can go wrong. Delays are
// short so that the test spends its time on loads, not on sleeping.
constexpr char kFaults[] = "latency=1,jitter=3,500=0.02,502=0.015,503=0.015,429=0.01,reset=0.01,truncate=0.015,"
                           "lost=0.015,retry-after=0,methods=GET,seed=2026";
constexpr int kChurnIntervalMs = 2000; // one batch created and one deleted
constexpr int kLiveRefreshes = 2;
// After the first load: the live refreshes, the one once the floor stopped, and two more.
constexpr int kMemoryRefreshes = 5;

const QString kQueues[] = {QStringLiteral("queue-fast-lane"), QStringLiteral("queue-rework")};
const QString kWorkOrders[] = {QStringLiteral("wo-ipad-500"), QStringLiteral("wo-chromebook-120"),
                               QStringLiteral("wo-macbook-40")};

// Before memory is measured: what the finished load run left to free is freed (its objects'
// deleteLater()s, the decoded pages the store hands to the thread pool), not slept on.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QThreadPool::globalInstance()->waitForDone();
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// What the board must show of a batch, as the server has it.
struct Expected
{
    QString label, queueId, workOrderId;
    qint64 numberCycles = 0;
    CycleCounts cycles;
    QDateTime updated;
};

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soak();

private:
    // Raw admin request to the sim (no client: these are test controls, not the API).
    bool admin(const QByteArray &verb, const QString &path, const QJsonObject &body, QJsonObject *answer = nullptr);
    // reload() until a load finishes: with faults on, a load may still fail after its retries,
    // and the board then keeps what it had and is refreshed again, as the main window does.
    // Returns the number of failed loads on the way; -1 if none finished in `attempts`.
    int refreshUntilLoaded(BatchStore &store, int attempts = 6);
    // What the sim has stored, read from its database (the floor must stand still); with the
    // labels of its queues and work orders by id in `groupLabels`.
    std::map<QString, Expected> serverTruth(QHash<QString, QString> *groupLabels, QString *error);

    QNetworkAccessManager m_nam;
    SimProcess m_sim;
};

bool TestSoak::admin(const QByteArray &verb, const QString &path, const QJsonObject &body, QJsonObject *answer)
{
    const TestSupport::HttpReply reply = TestSupport::httpCall(
        m_nam, verb, QUrl(m_sim.baseUrl().toString() + path), QString(),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    if (answer)
        *answer = reply.json;
    return reply.status == 200 || reply.status == 204;
}

int TestSoak::refreshUntilLoaded(BatchStore &store, int attempts)
{
    int failures = 0;
    for (int i = 0; i < attempts; ++i) {
        QSignalSpy finished(&store, &BatchStore::loadFinished);
        QSignalSpy failed(&store, &BatchStore::loadFailed);
        store.reload();
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 180000))
            return -1;
        if (!finished.isEmpty())
            return failures;
        ++failures;
        qInfo() << "load failed (as the board would show it):"
                << qvariant_cast<ApiError>(failed.first().first()).message();
    }
    return -1;
}

std::map<QString, Expected> TestSoak::serverTruth(QHash<QString, QString> *groupLabels, QString *error)
{
    std::map<QString, Expected> truth;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak-truth"));
        db.setDatabaseName(m_sim.databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const bool opened = db.open();
        QSqlQuery q(db);
        if (!opened
            || !q.exec(QStringLiteral("SELECT batch_id, label, queue_id, work_order_id, number_cycles, pending, "
                                      "in_progress, verifying, complete, blocked, cancelled, updated FROM batches"))) {
            *error = db.lastError().text() + q.lastError().text();
        }
        while (q.next()) {
            Expected e;
            e.label = q.value(1).toString();
            e.queueId = q.value(2).toString();
            e.workOrderId = q.value(3).toString();
            e.numberCycles = q.value(4).toLongLong();
            const StatusCategory order[] = {StatusCategory::Pending,  StatusCategory::InProgress,
                                            StatusCategory::Verifying, StatusCategory::Complete,
                                            StatusCategory::Blocked,  StatusCategory::Cancelled};
            for (int i = 0; i < 6; ++i)
                e.cycles[order[i]] = q.value(5 + i).toLongLong();
            e.updated = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
            if (!truth.emplace(q.value(0).toString(), e).second)
                *error = QStringLiteral("the sim stores batch %1 twice").arg(q.value(0).toString());
        }
        QSqlQuery groups(db);
        if (!groups.exec(QStringLiteral("SELECT queue_id, label FROM queues UNION ALL "
                                        "SELECT work_order_id, label FROM work_orders")))
            *error += groups.lastError().text();
        while (groups.next())
            groupLabels->insert(groups.value(0).toString(), groups.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak-truth"));
    return truth;
}

void TestSoak::soak()
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("empty"),
                         {QStringLiteral("--api-revision"), QStringLiteral("later"), QStringLiteral("--test-admin"),
                          QStringLiteral("--simulate-work"), QStringLiteral("15")},
                         &error),
             qPrintable(error));

    // The second client: another manager at another desk, adding and removing batches.
    NiagaraClient writer(&m_nam);
    writer.setBaseUrl(m_sim.baseUrl());
    writer.setBearerToken(m_sim.tokenFor(QString::fromLatin1(TestSupport::kSecondManagerEmail)));

    // --- 12,000 batches (before any fault is armed)
    for (int i = 0; i < kBatches / kSeriesSize; ++i) {
        const auto created = await<Done>([&](auto cb) {
            return writer.createBatches(BatchSeries{kWorkOrders[i % 3], kQueues[i % 2], 1 + i % 12, kSeriesSize, {}},
                                        this, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
    }
    qInfo() << "populated" << kBatches << "batches in" << clock.elapsed() << "ms";

    // --- the board, with the client settings of the app except for shorter back-off waits
    NiagaraClient reader(&m_nam);
    reader.setBaseUrl(m_sim.baseUrl());
    reader.setBearerToken(m_sim.managerToken());
    RetryPolicy policy; // the app's attempts and timeouts...
    policy.baseDelay = std::chrono::milliseconds(20); // ...but the test should not sleep
    reader.setRetryPolicy(policy);
    BatchStore store;
    store.setClient(&reader);
    // The tester checks the whole tree (12,000 rows) on every model signal: whole pages per
    // slice keep the number of signals, and so the test's time, within bounds. With the app's
    // 32-batch slices the first load sends 884 signals instead of 247, and the soak takes 235 s
    // instead of 172 (it passes either way). The proxies are checked under the tester with
    // smaller models in tst_batchproxies.
    store.setSliceSize(100);
    BatchTreeModel model(&store);
    // Every change the model announces is checked, from the first page on. Qt's tester walks
    // the whole tree (up to 12,000 rows by 8 columns) on each signal.
    QAbstractItemModelTester treeTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int modelSignals = 0;
    const auto countSignal = [&modelSignals] { ++modelSignals; };
    connect(&model, &QAbstractItemModel::dataChanged, this, countSignal);
    connect(&model, &QAbstractItemModel::rowsInserted, this, countSignal);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, countSignal);

    QVERIFY(admin("PUT", QStringLiteral("/_sim/faults"), QJsonObject{{QStringLiteral("faults"), QLatin1String(kFaults)}}));

    // --- the first load, through the faults
    QElapsedTimer loadClock;
    loadClock.start();
    int failedLoads = refreshUntilLoaded(store);
    QVERIFY(failedLoads >= 0);
    QCOMPARE(store.size(), qsizetype(kBatches));
    qInfo() << "first load:" << loadClock.elapsed() << "ms," << modelSignals << "model signals," << failedLoads
            << "failed attempts before";
    modelSignals = 0;
    // --- live refreshes while batches come and go and cycles move
    QSet<QString> created, deleted;
    int writesInFlight = 0;
    int writeFailures = 0;
    QStringList deletable;
    store.forEach([&](const BatchRecord &r) { deletable.append(r.id); });
    QRandomGenerator random(7);
    QTimer churn;
    churn.setInterval(kChurnIntervalMs);
    connect(&churn, &QTimer::timeout, this, [&] {
        ++writesInFlight;
        writer.createBatch(NewBatch{kWorkOrders[random.bounded(3)], kQueues[random.bounded(2)],
                                    1 + random.bounded(20), {}, {}, QStringLiteral("Churn %1").arg(created.size())},
                           this, [&](Outcome<Batch> outcome) {
                               --writesInFlight;
                               if (outcome.ok())
                                   created.insert(outcome.value->id);
                               else
                                   ++writeFailures;
                           });
        if (deletable.isEmpty())
            return;
        const QString victim = deletable.takeAt(random.bounded(static_cast<int>(deletable.size())));
        ++writesInFlight;
        writer.deleteBatch(victim, this, [&, victim](Outcome<Done> outcome) {
            --writesInFlight;
            if (outcome.ok())
                deleted.insert(victim);
            else if (outcome.error.kind() != ApiError::Kind::Locked) // the floor is working on it: it stays
                ++writeFailures;
        });
    });
    churn.start();
    QList<qint64> resident; // after each refresh cycle that follows the first load
    for (int i = 0; i < kLiveRefreshes; ++i) {
        loadClock.restart();
        const int failures = refreshUntilLoaded(store);
        QVERIFY(failures >= 0);
        failedLoads += failures;
        qInfo() << "live refresh" << i + 1 << ":" << loadClock.elapsed() << "ms," << modelSignals << "model signals,"
                << created.size() << "created," << deleted.size() << "deleted so far";
        modelSignals = 0;
        settle();
        resident.append(residentKiB());
    }
    churn.stop();
    QVERIFY(QTest::qWaitFor([&] { return writesInFlight == 0; }, 60000));
    QCOMPARE(writeFailures, 0);
    QVERIFY(!created.isEmpty());
    QVERIFY(!deleted.isEmpty());
    QJsonObject work;
    QVERIFY(admin("PUT", QStringLiteral("/_sim/work"), QJsonObject{{QStringLiteral("running"), false}}, &work));
    QCOMPARE(work.value(QStringLiteral("running")).toBool(), false);

    // --- the floor stands still: one more refresh, still through the faults
    const int lastFailures = refreshUntilLoaded(store);
    QVERIFY(lastFailures >= 0);
    failedLoads += lastFailures;
    settle();
    resident.append(residentKiB());
    modelSignals = 0;
    QJsonObject faults;
    QVERIFY(admin("GET", QStringLiteral("/_sim/faults"), {}, &faults));
    qInfo().noquote() << "faults injected so far:"
                      << QJsonDocument(faults.value(QStringLiteral("injected")).toObject()).toJson(QJsonDocument::Compact)
                      << "of" << faults.value(QStringLiteral("requests_seen")).toInteger() << "GETs;" << failedLoads
                      << "loads failed after their retries";
    // The faults did happen (the dice are seeded, so this is the same on every run).
    const QJsonObject injected = faults.value(QStringLiteral("injected")).toObject();
    for (const char *kind : {"500", "502", "503", "429", "reset", "truncate", "lost"})
        QVERIFY2(injected.value(QLatin1String(kind)).toInteger() > 0, kind);

    // --- more refreshes of the unchanged server (through the faults): the five refresh cycles
    // after the first load over which memory must stay flat are the live ones, the one above and
    // these. (Before the truth below is read: its copy of every batch would count as growth.)
    const BatchStore::InternCounts interned = store.internCounts();
    while (resident.size() < kMemoryRefreshes) {
        QVERIFY(refreshUntilLoaded(store) >= 0);
        settle();
        resident.append(residentKiB());
        QCOMPARE(store.internCounts().workOrders, interned.workOrders);
        QCOMPARE(store.internCounts().queues, interned.queues);
    }
    qInfo() << "resident KiB after each refresh:" << resident;
    QCOMPARE(modelSignals, 0); // an unchanged server changes nothing on the board
    // Nothing may grow by more than a small fraction of one load's working set.
    const qint64 growth = *std::max_element(resident.begin(), resident.end()) - resident.first();
    QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("grew by %1 KiB over the refreshes").arg(growth)));

    // --- the board equals the server: no duplicate, no loss, no stale row
    QString truthError;
    QHash<QString, QString> groupLabels;
    const std::map<QString, Expected> truth = serverTruth(&groupLabels, &truthError);
    QVERIFY2(truthError.isEmpty(), qPrintable(truthError));
    QCOMPARE(qsizetype(truth.size()), qsizetype(kBatches) + created.size() - deleted.size());
    QCOMPARE(store.size(), qsizetype(truth.size()));
    QCOMPARE(store.serverTotal(), qint64(truth.size()));
    int cyclesMoved = 0;
    for (const auto &[id, want] : truth) {
        const BatchRecord *have = store.batch(id);
        QVERIFY2(have, qPrintable(QStringLiteral("missing from the board: ") + id));
        QCOMPARE(have->label, want.label);
        QCOMPARE(have->queueId, want.queueId);
        QCOMPARE(have->workOrderId, want.workOrderId);
        QCOMPARE(have->numberCycles, want.numberCycles);
        QVERIFY2(have->cycles == want.cycles, qPrintable(QStringLiteral("stale cycles: ") + id));
        QCOMPARE(have->updated, want.updated);
        if (want.cycles[StatusCategory::Pending] != want.numberCycles)
            ++cyclesMoved;
    }
    QVERIFY2(cyclesMoved > 0, "the simulated work changed no batch: nothing was checked for staleness");
    for (const QString &id : deleted)
        QVERIFY(!store.batch(id));

    // The tree shows each batch exactly once, under its queue and work order, with the server's
    // label and counts; each group row with its label and the sums over the server's batches.
    // (The tree has no role for `updated`: the detail pane shows the store's, compared above.)
    struct Sums
    {
        CycleCounts cycles;
        qint64 numberCycles = 0;
        qint64 batches = 0;
    };
    QHash<QString, Sums> queueSums;
    QHash<QString, Sums> workOrderSums; // by queue id + '/' + work order id
    for (const auto &[id, want] : truth) {
        for (Sums *sums : {&queueSums[want.queueId], &workOrderSums[want.queueId + u'/' + want.workOrderId]}) {
            sums->cycles += want.cycles;
            sums->numberCycles += want.numberCycles;
            ++sums->batches;
        }
    }
    const auto checkGroup = [&](const QModelIndex &row, const QString &id, const Sums &want) {
        const QString what = QStringLiteral("group row ") + id;
        QVERIFY2(row.data(BatchRoles::LabelRole).toString() == groupLabels.value(id, u"?"_qs),
                 qPrintable(what + u": label "_qs + row.data(BatchRoles::LabelRole).toString()));
        QVERIFY2(row.data(BatchRoles::CycleCountsRole).value<CycleCounts>() == want.cycles,
                 qPrintable(what + u": cycle counts"_qs));
        QCOMPARE(row.data(BatchRoles::NumberCyclesRole).toLongLong(), want.numberCycles);
        QCOMPARE(row.data(BatchRoles::BatchCountRole).toLongLong(), want.batches);
    };
    QSet<QString> shown;
    qsizetype rows = 0;
    QCOMPARE(model.rowCount(), int(queueSums.size()));
    for (int q = 0; q < model.rowCount(); ++q) {
        const QModelIndex queue = model.index(q, 0);
        const QString queueId = queue.data(BatchRoles::IdRole).toString();
        QVERIFY2(queueSums.contains(queueId), qPrintable(QStringLiteral("stale queue row: ") + queueId));
        checkGroup(queue, queueId, queueSums.value(queueId));
        if (QTest::currentTestFailed())
            return;
        for (int w = 0; w < model.rowCount(queue); ++w) {
            const QModelIndex workOrder = model.index(w, 0, queue);
            const QString workOrderId = workOrder.data(BatchRoles::IdRole).toString();
            const QString key = queueId + u'/' + workOrderId;
            QVERIFY2(workOrderSums.contains(key), qPrintable(QStringLiteral("stale work order row: ") + key));
            checkGroup(workOrder, workOrderId, workOrderSums.value(key));
            if (QTest::currentTestFailed())
                return;
            for (int b = 0; b < model.rowCount(workOrder); ++b) {
                const QModelIndex batch = model.index(b, 0, workOrder);
                const QString id = batch.data(BatchRoles::IdRole).toString();
                shown.insert(id);
                ++rows;
                const auto it = truth.find(id);
                QVERIFY2(it != truth.end(), qPrintable(QStringLiteral("stale row: ") + id));
                const Expected &want = it->second;
                QCOMPARE(batch.data(BatchRoles::QueueIdRole).toString(), want.queueId);
                QCOMPARE(batch.data(BatchRoles::WorkOrderIdRole).toString(), want.workOrderId);
                QCOMPARE(batch.data(BatchRoles::LabelRole).toString(), want.label);
                QVERIFY2(batch.data(BatchRoles::CycleCountsRole).value<CycleCounts>() == want.cycles,
                         qPrintable(QStringLiteral("stale cycle counts in the tree: ") + id));
                QCOMPARE(batch.data(BatchRoles::NumberCyclesRole).toLongLong(), want.numberCycles);
                QCOMPARE(batch.data(BatchRoles::BatchCountRole).toLongLong(), qint64(1));
            }
        }
    }
    QCOMPARE(rows, qsizetype(truth.size()));
    QCOMPARE(shown.size(), qsizetype(truth.size()));
    QCOMPARE(workOrderSums.size(), [&] {
        qsizetype n = 0;
        for (int q = 0; q < model.rowCount(); ++q)
            n += model.rowCount(model.index(q, 0));
        return n;
    }());

    qInfo() << "soak took" << clock.elapsed() << "ms";
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
