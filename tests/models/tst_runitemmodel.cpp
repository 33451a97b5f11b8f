// RunItemModel under QAbstractItemModelTester while real WriteRuns (split, then its undo)
// carry out their items against niagara-sim: one row per item, dataChanged on exactly the
// row whose item changed, a reset when the run is replaced or goes away.

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/simprocess.h"
#include "models/planning/planningservice.h"
#include "models/planning/runitemmodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;

Q_DECLARE_METATYPE(BatchDesk::CreationMode)
Q_DECLARE_METATYPE(BatchDesk::TechnicianMode)

class TestRunItemModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
        m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
        m_client->setBaseUrl(m_sim.baseUrl());
        m_client->setBearerToken(m_sim.managerToken());
        const auto users = TestSupport::await<Niagara::Page<Niagara::User>>(
            [&](auto done) { return m_client->listUsers({}, this, done); });
        QVERIFY(users.ok());
        m_users = users.value->items.mid(2, 2); // two technicians
        QCOMPARE(m_users.size(), 2);
    }
    void cleanupTestCase() { m_client.reset(); }

    void followsRunAndUndo_data()
    {
        QTest::addColumn<CreationMode>("mode");
        QTest::addColumn<TechnicianMode>("technicians");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("undoItems");
        // wo-macbook-40 in batches of 10: four batches.
        QTest::newRow("bulk, no technicians") << CreationMode::Bulk << TechnicianMode::None << 4 << 4;
        QTest::newRow("bulk, both on every batch") << CreationMode::Bulk << TechnicianMode::AllBatches << 12 << 4;
        QTest::newRow("one by one, round-robin") << CreationMode::Individual << TechnicianMode::RoundRobin << 8 << 4;
    }
    void followsRunAndUndo()
    {
        QFETCH(CreationMode, mode);
        QFETCH(TechnicianMode, technicians);
        QFETCH(int, items);
        QFETCH(int, undoItems);

        PlanningService service(m_client.get());
        SplitInput in;
        in.workOrderId = QStringLiteral("wo-macbook-40");
        in.workOrderLabel = QStringLiteral("MacBook");
        in.queueId = QStringLiteral("queue-rework");
        in.queueLabel = QStringLiteral("Rework");
        in.cyclesNeeded = 40;
        // Every row splits the same 40 cycles again; earlier rows' batches were undone, but
        // saying so keeps the rows independent of each other.
        in.cyclesToSplit = 40;
        in.allowOverSplit = true;
        in.sizingValue = 10;
        in.technicianMode = technicians;
        if (technicians != TechnicianMode::None)
            in.technicianIds = {m_users.at(0).id, m_users.at(1).id};
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY2(plan.isValid(), qPrintable(plan.problemMessages().join(QLatin1Char('\n'))));

        RunItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        WriteRun *run = service.createSplitRun(plan, mode, m_users);
        model.setRun(run);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), items);
        QCOMPARE(model.index(0, RunItemModel::StateColumn).data().toString(), QStringLiteral("Not attempted"));
        QCOMPARE(model.index(0, RunItemModel::WhatColumn).data().toString(), run->items().at(0).description());
        QVERIFY(model.index(0, RunItemModel::WhatColumn).data().toString().contains(QStringLiteral("MacBook 1/4")));
        model.setRun(run); // the same run again: nothing to tell
        QCOMPARE(resets.count(), 1);

        QSignalSpy finished(run, &WriteRun::finished);
        run->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(run->count(ItemState::Succeeded), items);
        // Every notification names one whole row, and every row was told at least once.
        QSet<int> told;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            QCOMPARE(from.row(), to.row());
            QCOMPARE(from.column(), 0);
            QCOMPARE(to.column(), int(RunItemModel::ColumnCount) - 1);
            told.insert(from.row());
        }
        QCOMPARE(told.size(), items);
        for (int row = 0; row < items; ++row) {
            QCOMPARE(model.index(row, 0).data(RunItemModel::StateRole).toInt(), int(ItemState::Succeeded));
            QCOMPARE(model.index(row, RunItemModel::StateColumn).data().toString(), QStringLiteral("Done"));
            QVERIFY(!model.index(row, RunItemModel::BatchColumn).data().toString().isEmpty());
        }
        if (technicians != TechnicianMode::None) {
            const QModelIndex tech = model.index(items - 1, RunItemModel::TechnicianColumn);
            QCOMPARE(tech.data().toString(), m_users.at(1).name);
            QCOMPARE(model.index(items - 1, 0).data(RunItemModel::ActionRole).toInt(),
                     int(WriteItem::Action::AddTechnician));
        }

        // The undo run replaces the rows (a reset) and is followed the same way.
        QVERIFY(service.canUndo(run));
        WriteRun *undo = service.createUndoRun(run);
        QVERIFY(undo);
        model.setRun(undo);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), undoItems);
        QSignalSpy undone(undo, &WriteRun::finished);
        undo->start();
        QTRY_COMPARE_WITH_TIMEOUT(undone.count(), 1, 60000);
        for (int row = 0; row < undoItems; ++row) {
            QCOMPARE(model.index(row, 0).data(RunItemModel::ActionRole).toInt(), int(WriteItem::Action::DeleteBatch));
            QCOMPARE(model.index(row, RunItemModel::StateColumn).data().toString(), QStringLiteral("Done"));
        }

        // A run that goes away takes its rows with it.
        delete undo;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 3);
        model.setRun(nullptr);
        QCOMPARE(resets.count(), 3);
        delete run;
    }

    void stateNames()
    {
        QCOMPARE(RunItemModel::stateName(ItemState::NotAttempted), QStringLiteral("Not attempted"));
        QCOMPARE(RunItemModel::stateName(ItemState::Running), QStringLiteral("Running"));
        QCOMPARE(RunItemModel::stateName(ItemState::Succeeded), QStringLiteral("Done"));
        QCOMPARE(RunItemModel::stateName(ItemState::Failed), QStringLiteral("Failed"));
    }

private:
    TestSupport::SimProcess m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
    QList<Niagara::User> m_users;
};

QTEST_MAIN(TestRunItemModel)
#include "tst_runitemmodel.moc"
