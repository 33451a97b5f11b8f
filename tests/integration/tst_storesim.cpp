// The board's data path against niagara-sim over loopback: BatchStore loading through the
// client, refresh differences, technicians from relations (seed revision) and the tree model
// under QAbstractItemModelTester while the sim moves cycles (--simulate-work).

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/simprocess.h"
#include "models/batchproxies.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::await;
using TestSupport::SimProcess;

namespace {

bool reloadAndWait(BatchStore &store)
{
    QSignalSpy finished(&store, &BatchStore::loadFinished);
    QSignalSpy failed(&store, &BatchStore::loadFailed);
    store.reload();
    return QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 120000) && failed.isEmpty();
}

} // namespace

class TestStoreSim final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void loadsRefreshesAndFetchesTechnicians()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
        NiagaraClient client(&m_nam);
        client.setBaseUrl(sim.baseUrl());
        client.setBearerToken(sim.managerToken());

        const auto me = await<Me>([&](auto cb) { return client.getMe(this, cb); });
        QVERIFY(me.ok());
        const auto users = await<Page<User>>([&](auto cb) { return client.listUsers({}, this, cb); });
        QVERIFY(users.ok());
        QString priya;
        for (const User &u : users.value->items) {
            if (u.email == QLatin1String(TestSupport::kTechnicianEmail))
                priya = u.id;
        }
        QVERIFY(!priya.isEmpty());
        const auto split = await<Done>([&](auto cb) {
            return client.createBatches(BatchSeries{QStringLiteral("wo-ipad-500"), QStringLiteral("queue-fast-lane"), 10, 3, {priya}}, this, cb);
        });
        QVERIFY2(split.ok(), qPrintable(split.error.message()));

        BatchStore store;
        store.setClient(&client);
        store.setPageSize(2); // several pages even for a handful of batches
        BatchTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        AssignedToUserProxy mine;
        mine.setSourceModel(&model);
        QAbstractItemModelTester mineTester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
        mine.setUserId(priya);
        mine.setEnabled(true);

        QSignalSpy technicians(&store, &BatchStore::techniciansLoaded);
        QSignalSpy progress(&store, &BatchStore::loadProgress);
        // Who hears loadFinished learns that the technicians are still to come (the app's
        // --screenshot waits for them on this).
        int pendingAtFinish = -1;
        connect(&store, &BatchStore::loadFinished, this, [&] { pendingAtFinish = store.pendingTechnicianFetches(); });
        QVERIFY(reloadAndWait(store));
        QCOMPARE(pendingAtFinish, 3);
        QCOMPARE(store.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
        // Seed revision: technicians come from the batches' relations, in the background.
        QTRY_COMPARE_WITH_TIMEOUT(technicians.count(), 1, 30000);
        store.forEach([&](const BatchRecord &r) {
            QCOMPARE(r.technicians.size(), 1);
            QCOMPARE(r.technicians.first().id, priya);
        });
        QTRY_COMPARE(mine.rowCount(), 1); // the queue, once the technicians arrived
        QCOMPARE(mine.rowCount(mine.index(0, 0)), 1);
        QCOMPARE(mine.rowCount(mine.index(0, 0, mine.index(0, 0))), 3);

        // A refresh reports only differences: one batch created, one deleted.
        QString victim;
        store.forEach([&](const BatchRecord &r) { victim = r.id; });
        const auto created = await<Batch>([&](auto cb) {
            return client.createBatch(NewBatch{QStringLiteral("wo-ipad-500"), QStringLiteral("queue-rework"), 4, {}, {}, {}}, this, cb);
        });
        QVERIFY(created.ok());
        const auto deleted = await<Done>([&](auto cb) { return client.deleteBatch(victim, this, cb); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message()));
        QSignalSpy added(&store, &BatchStore::batchesAdded);
        QSignalSpy removed(&store, &BatchStore::batchesRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(reloadAndWait(store));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toStringList(), QStringList{created.value->id});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toStringList(), QStringList{victim});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
    }

    void simulatedWorkMovesTheBars()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--simulate-work"), QStringLiteral("0.2")}, &error),
                 qPrintable(error));
        NiagaraClient client(&m_nam);
        client.setBaseUrl(sim.baseUrl());
        client.setBearerToken(sim.managerToken());
        BatchStore store;
        store.setClient(&client);
        BatchTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(reloadAndWait(store));
        QCOMPARE(store.size(), store.serverTotal());
        const qint64 total = store.size();

        QSignalSpy changed(&store, &BatchStore::batchesChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto cyclesMoved = [&changed] {
            for (const auto &args : changed) {
                for (const BatchChange &c : args.first().value<QList<BatchChange>>()) {
                    if (c.fields & BatchField::Cycles)
                        return true;
                }
            }
            return false;
        };
        // Refreshed until the simulated work (a tick every 0.2 s, while a reload takes longer)
        // has moved some cycles: one refresh, as a rule. (Not in QTRY_*: it evaluates its
        // expression several times, and a refresh is expensive.)
        for (int i = 0; i < 10 && !cyclesMoved(); ++i)
            QVERIFY(reloadAndWait(store));
        QVERIFY(cyclesMoved());
        QVERIFY(dataChanged.count() > 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(store.size(), total);
        // Every group still adds up to its batches.
        for (int q = 0; q < model.rowCount(); ++q) {
            const QModelIndex queue = model.index(q, 0);
            CycleCounts sum;
            for (int w = 0; w < model.rowCount(queue); ++w)
                sum += model.index(w, 0, queue).data(BatchRoles::CycleCountsRole).value<CycleCounts>();
            QCOMPARE(queue.data(BatchRoles::CycleCountsRole).value<CycleCounts>(), sum);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreSim)
#include "tst_storesim.moc"
