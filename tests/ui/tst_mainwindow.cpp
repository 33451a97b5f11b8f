// MainWindow over a BatchStore fed by hand (no network): tree shape, search, actions, the
// detail pane, error banner and the settings round trip. The refresh timer is checked against
// niagara-sim: a batch made on the server shows on the board at the timer's interval, no F5.

#include "common/awaitoutcome.h"
#include "common/batchfactory.h"
#include "common/simprocess.h"
#include "client/niagaraclient.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "ui/batchdetailpane.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/splitworkorderwizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QScrollBar>
#include <QTreeView>

using namespace BatchDesk;
using BatchDesk::Ui::MainWindow;
using TestSupport::BatchSpec;

namespace {

// Two queues, three work orders, five batches; b1 carries a work-order location of its own.
Niagara::Page<Niagara::Batch> samplePage()
{
    Niagara::Page<Niagara::Batch> page = TestSupport::makePage({
        BatchSpec{QStringLiteral("b1"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {4, 2, 1, 3, 0, 0}, 1},
        BatchSpec{QStringLiteral("b2"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {10, 0, 0, 0, 0, 0}, 2},
        BatchSpec{QStringLiteral("b3"), QStringLiteral("q-fast"), QStringLiteral("wo-chromebook"), {0, 0, 0, 8, 0, 0}, 1,
                  Niagara::StatusCategory::Complete},
        BatchSpec{QStringLiteral("b4"), QStringLiteral("q-rework"), QStringLiteral("wo-macbook"), {0, 5, 0, 0, 1, 0}, 1,
                  Niagara::StatusCategory::InProgress},
        BatchSpec{QStringLiteral("b5"), QStringLiteral("q-rework"), QStringLiteral("wo-macbook"), {0, 0, 0, 0, 0, 6}, 2,
                  Niagara::StatusCategory::Cancelled},
    });
    Niagara::Location austin;
    austin.id = QStringLiteral("loc-austin");
    austin.label = QStringLiteral("Austin Facility");
    austin.locationType = QStringLiteral("facility");
    austin.formattedAddress = QStringLiteral("9900 Metric Blvd Building 2\nAustin TX 78758 USA");
    for (Niagara::Batch &batch : page.items) {
        if (batch.workOrder.id == QLatin1String("wo-ipad"))
            batch.workOrder.location = austin;
    }
    page.items[0].label = QStringLiteral("NWS iPad Air 1/2");
    page.items[1].label = QStringLiteral("NWS iPad Air 2/2");
    return page;
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &id, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(BatchRoles::IdRole).toString() == id)
            return index;
        const QModelIndex found = findRow(model, id, index);
        if (found.isValid())
            return found;
    }
    return {};
}

int countBatches(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch))
            ++n;
        n += countBatches(model, index);
    }
    return n;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void treeShowsQueuesWorkOrdersAndBatches();
    void searchFiltersRows();
    void deleteEnabledOnlyForBatchSelection();
    void planningActionsFollowServiceAndRefusals();
    void wizardsStartFromTheSelection();
    void serverChangesReloadTheBoard();
    void selectingBatchFillsDetailPane();
    void selectingGroupShowsSummary();
    void refreshKeepsSelectionAndExpansion();
    void refreshKeepsScrollPosition();
    void refreshTimerReloadsAtItsInterval();
    void loadFailureShowsBanner();
    void settingsRoundTrip();

private:
    void fill(BatchStore &store) const
    {
        store.beginLoad();
        store.ingest(samplePage());
        store.endLoad();
    }
    std::unique_ptr<QSettings> newSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    // A loopback port nothing listens on: every request fails fast with a network error.
    m_client = std::make_unique<Niagara::NiagaraClient>(m_network.get());
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    m_client->setBearerToken(QStringLiteral("unused"));
    Niagara::RetryPolicy policy = m_client->retryPolicy();
    policy.maxAttempts = 1; // the failure, not the backoff, is under test
    m_client->setRetryPolicy(policy);
}

void TestMainWindow::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_dir.reset();
}

void TestMainWindow::treeShowsQueuesWorkOrdersAndBatches()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, nullptr, settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    QCOMPARE(model->rowCount(), 2); // q-fast, q-rework
    const QModelIndex fast = findRow(model, QStringLiteral("q-fast"));
    QVERIFY(fast.isValid());
    QCOMPARE(fast.data(BatchRoles::LevelRole).toInt(), static_cast<int>(TreeLevel::Queue));
    QCOMPARE(model->rowCount(fast), 2); // wo-ipad, wo-chromebook
    const QModelIndex ipad = findRow(model, QStringLiteral("wo-ipad"), fast);
    QCOMPARE(ipad.data(BatchRoles::LevelRole).toInt(), static_cast<int>(TreeLevel::WorkOrder));
    QCOMPARE(model->rowCount(ipad), 2);
    QCOMPARE(countBatches(model), 5);
    // Without saved settings, queues open as they arrive so the work orders show.
    QVERIFY(window.tree()->isExpanded(fast));
}

void TestMainWindow::searchFiltersRows()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, nullptr, settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    QTest::keyClicks(window.searchField(), QStringLiteral("ipad 2/2"));
    QCOMPARE(countBatches(model), 1);
    QVERIFY(findRow(model, QStringLiteral("b2")).isValid());
    QCOMPARE(model->rowCount(), 1); // only q-fast keeps a match
    window.searchField()->clear();
    QCOMPARE(countBatches(model), 5);
}

void TestMainWindow::deleteEnabledOnlyForBatchSelection()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    QVERIFY(!window.deleteAction()->isEnabled());
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("q-fast")));
    QVERIFY(!window.deleteAction()->isEnabled());
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("wo-ipad")));
    QVERIFY(!window.deleteAction()->isEnabled());
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b1")));
    QVERIFY(window.deleteAction()->isEnabled());
    window.tree()->setCurrentIndex(QModelIndex());
    QVERIFY(!window.deleteAction()->isEnabled());
}

void TestMainWindow::planningActionsFollowServiceAndRefusals()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b1")));
    // Without a planning service there is nothing to plan with.
    for (QAction *action : {window.splitAction(), window.assignAction()}) {
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), QStringLiteral("Needs a connection to the server"));
    }
    QCOMPARE(window.splitAction()->text(), QStringLiteral("Split work order…"));

    PlanningService planning(m_client.get());
    planning.setCurrentUserId(QStringLiteral("user-dana"));
    window.setPlanningService(&planning);
    QVERIFY(window.splitAction()->isEnabled());
    QVERIFY(window.assignAction()->isEnabled());

    // A refusal in q-fast disables splitting there only, with the server's reason as tooltip.
    const QString reason = QStringLiteral("Refused in queue “Fast”: batch:update is required");
    planning.recordRefusal(PlanningAction::Split, QStringLiteral("q-fast"), reason);
    QVERIFY(!window.splitAction()->isEnabled());
    QVERIFY(window.splitAction()->toolTip().contains(reason));
    QVERIFY(window.assignAction()->isEnabled());
    // Another queue's batch: allowed again.
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b4")));
    QVERIFY(window.splitAction()->isEnabled());
    QVERIFY(!window.splitAction()->toolTip().contains(reason));
    // The queue row itself counts as that queue.
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("q-fast")));
    QVERIFY(!window.splitAction()->isEnabled());
    planning.recordRefusal(PlanningAction::Assign, QStringLiteral("q-fast"), reason);
    QVERIFY(!window.assignAction()->isEnabled());
    // Refusals belong to the user who got them.
    planning.setCurrentUserId(QStringLiteral("user-marcus"));
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b1")));
    QVERIFY(window.splitAction()->isEnabled());
    QVERIFY(window.assignAction()->isEnabled());
}

void TestMainWindow::wizardsStartFromTheSelection()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    QVERIFY(!window.openSplitWizard()); // no planning service: nothing opens
    PlanningService planning(m_client.get());
    window.setPlanningService(&planning);

    // A batch: the assignment starts from it, with its queue.
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b4")));
    Ui::AssignTechniciansWizard *assign = window.openAssignWizard();
    QVERIFY(assign);
    QCOMPARE(assign->targets().size(), 1);
    QCOMPARE(assign->targets().at(0).batchId, QStringLiteral("b4"));
    QCOMPARE(assign->targets().at(0).queueId, QStringLiteral("q-rework"));
    QCOMPARE(assign->startId(), int(Ui::AssignTechniciansWizard::TechniciansPageId));
    assign->close(); // deletes itself

    // A work order: every batch of it that the board shows.
    const QModelIndex ipad = findRow(model, QStringLiteral("wo-ipad"));
    window.tree()->setCurrentIndex(ipad);
    assign = window.openAssignWizard();
    QVERIFY(assign);
    QStringList ids;
    for (const AssignmentTarget &t : assign->targets())
        ids << t.batchId;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("b1"), QStringLiteral("b2")}));
    assign->close();

    // Several rows: a batch of another work order plus the iPad work order (b1 selected twice
    // through it counts once).
    QItemSelectionModel *selection = window.tree()->selectionModel();
    selection->clearSelection();
    selection->select(findRow(model, QStringLiteral("b4")), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(findRow(model, QStringLiteral("b1")), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(ipad, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    assign = window.openAssignWizard();
    QVERIFY(assign);
    ids.clear();
    for (const AssignmentTarget &t : assign->targets())
        ids << t.batchId;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b4")}));
    assign->close();
    selection->clearSelection();

    // A queue: nothing preselected, so the wizard starts by choosing batches.
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("q-fast")));
    assign = window.openAssignWizard();
    QVERIFY(assign);
    QCOMPARE(assign->startId(), int(Ui::AssignTechniciansWizard::BatchesPageId));
    assign->close();

    Ui::SplitWorkOrderWizard *split = window.openSplitWizard();
    QVERIFY(split);
    QVERIFY(split->isModal() || split->windowModality() != Qt::NonModal);
    split->close();
}

void TestMainWindow::serverChangesReloadTheBoard()
{
    BatchStore store;
    store.setClient(m_client.get());
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    PlanningService planning(m_client.get());
    window.setPlanningService(&planning);
    QSignalSpy started(&store, &BatchStore::loadStarted);
    QSignalSpy failed(&store, &BatchStore::loadFailed);
    // The window's own timers (the refresh timer is not started without start()): once the
    // reload has begun, none may still be running, or another reload would follow.
    const auto pendingTimers = [&window] {
        int active = 0;
        for (const QTimer *timer : window.findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
            active += timer->isActive() ? 1 : 0;
        return active;
    };
    QCOMPARE(pendingTimers(), 0);
    // A burst of finished runs: one reload.
    Q_EMIT planning.serverChanged();
    Q_EMIT planning.serverChanged();
    QCOMPARE(started.count(), 0); // not at once: the burst is gathered first
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(pendingTimers(), 0);
    // The reload ends (the unreachable server fails it) and nothing else was started.
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(started.count(), 1);
    QCOMPARE(pendingTimers(), 0);
}

void TestMainWindow::selectingBatchFillsDetailPane()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    fill(store);
    Ui::BatchDetailPane *pane = window.detailPane();
    window.tree()->setCurrentIndex(findRow(window.tree()->model(), QStringLiteral("b1")));
    QCOMPARE(pane->batchId(), QStringLiteral("b1"));
    QCOMPARE(pane->fieldText(QStringLiteral("batch.label")), QStringLiteral("NWS iPad Air 1/2"));
    QCOMPARE(pane->fieldText(QStringLiteral("workOrder.label")), QStringLiteral("Work order wo-ipad"));
    QCOMPARE(pane->fieldText(QStringLiteral("customer.label")), QStringLiteral("Northwind Schools"));
    QCOMPARE(pane->fieldText(QStringLiteral("program.label")), QStringLiteral("Refresh 2026"));
    QCOMPARE(pane->fieldText(QStringLiteral("location.label")), QStringLiteral("Austin Facility"));
    QCOMPARE(pane->fieldText(QStringLiteral("location.address")),
             QStringLiteral("9900 Metric Blvd Building 2\nAustin TX 78758 USA"));
    QCOMPARE(pane->fieldText(QStringLiteral("queue.label")), QStringLiteral("Queue q-fast"));
    QVERIFY(pane->fieldText(QStringLiteral("workflow.0")).contains(QStringLiteral("500")));
    // Relations come from the (unreachable) server: loading first, then its error message.
    QCOMPARE(pane->relationsState(), Ui::BatchDetailPane::RelationsState::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(pane->relationsState(), Ui::BatchDetailPane::RelationsState::Failed, 30000);
    QVERIFY(!pane->fieldText(QStringLiteral("relations")).isEmpty());

    // Another batch: the work order's location is absent, so the queue's shows.
    window.tree()->setCurrentIndex(findRow(window.tree()->model(), QStringLiteral("b4")));
    QCOMPARE(pane->fieldText(QStringLiteral("location.label")), QStringLiteral("Albany Provisioning"));
    QCOMPARE(pane->fieldText(QStringLiteral("location.address")),
             QStringLiteral("Albany Provisioning\n431 Broadway\nMenands NY 12204 USA"));
}

void TestMainWindow::selectingGroupShowsSummary()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, nullptr, settings.get());
    fill(store);
    window.tree()->setCurrentIndex(findRow(window.tree()->model(), QStringLiteral("q-rework")));
    Ui::BatchDetailPane *pane = window.detailPane();
    QCOMPARE(pane->fieldText(QStringLiteral("group.label")), QStringLiteral("Queue q-rework"));
    QCOMPARE(pane->fieldText(QStringLiteral("group.batches")), QStringLiteral("2"));
    QCOMPARE(pane->fieldText(QStringLiteral("group.cycles")), QStringLiteral("12"));
}

void TestMainWindow::refreshKeepsSelectionAndExpansion()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    const QModelIndex ipad = findRow(model, QStringLiteral("wo-ipad"));
    window.tree()->expand(ipad);
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b2")));
    QCOMPARE(window.detailPane()->batchId(), QStringLiteral("b2"));
    QCOMPARE(window.detailPane()->fieldText(QStringLiteral("batch.numberCycles")), QStringLiteral("10"));
    QCOMPARE(window.detailPane()->fieldText(QStringLiteral("batch.label")), QStringLiteral("NWS iPad Air 2/2"));
    // A refresh in which b2 progressed, grew to 12 cycles and was relabelled, and b5 is gone:
    // no reset, so the view keeps its state and shows the new values.
    Niagara::Page<Niagara::Batch> page = samplePage();
    page.items[1].cycles.counts = {4, 3, 2, 3, 0, 0};
    page.items[1].numberCycles = 12;
    page.items[1].label = QStringLiteral("NWS iPad Air 2/2 (reworked)");
    page.items.removeLast();
    store.beginLoad();
    store.ingest(page);
    store.endLoad();
    QCOMPARE(window.tree()->currentIndex().data(BatchRoles::IdRole).toString(), QStringLiteral("b2"));
    QVERIFY(window.tree()->isExpanded(findRow(model, QStringLiteral("wo-ipad"))));
    QCOMPARE(countBatches(model), 4);
    QCOMPARE(window.detailPane()->batchId(), QStringLiteral("b2"));
    QTRY_COMPARE(window.detailPane()->fieldText(QStringLiteral("batch.numberCycles")), QStringLiteral("12"));
    QCOMPARE(window.detailPane()->fieldText(QStringLiteral("batch.label")), QStringLiteral("NWS iPad Air 2/2 (reworked)"));
    QCOMPARE(findRow(model, QStringLiteral("b2")).data(Qt::DisplayRole).toString(), QStringLiteral("NWS iPad Air 2/2 (reworked)"));
}

void TestMainWindow::refreshKeepsScrollPosition()
{
    // Enough batches to scroll, in one work order.
    auto bigPage = [](int count, int changedEvery) {
        Niagara::Page<Niagara::Batch> page;
        for (int i = 0; i < count; ++i) {
            BatchSpec spec{QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("q-fast"), QStringLiteral("wo-ipad")};
            spec.order = i;
            if (changedEvery > 0 && i % changedEvery == 0)
                spec.cycles = {6, 2, 1, 1, 0, 0};
            page.items.append(TestSupport::makeBatch(spec));
        }
        page.totalCount = count;
        return page;
    };
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    window.resize(1000, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    store.beginLoad();
    store.ingest(bigPage(200, 0));
    store.endLoad();
    QTreeView *tree = window.tree();
    tree->expandAll();
    QCoreApplication::processEvents();
    QScrollBar *bar = tree->verticalScrollBar();
    QVERIFY(bar->maximum() > 50);
    bar->setValue(bar->maximum() / 2);
    QCoreApplication::processEvents();
    const int before = bar->value();
    const QString topBefore = tree->indexAt(QPoint(5, 5)).data(BatchRoles::IdRole).toString();
    QVERIFY(!topBefore.isEmpty());

    // A refresh: every 7th batch progressed, the last ten (below the viewport) are gone.
    store.beginLoad();
    store.ingest(bigPage(190, 7));
    store.endLoad();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), before);
    QCOMPARE(tree->indexAt(QPoint(5, 5)).data(BatchRoles::IdRole).toString(), topBefore);
}

void TestMainWindow::refreshTimerReloadsAtItsInterval()
{
    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(sim.baseUrl());
    client.setBearerToken(sim.managerToken());
    BatchStore store;
    store.setClient(&client);
    auto settings = newSettings();
    constexpr int kIntervalSeconds = 5; // the shortest the window accepts
    settings->setValue(QStringLiteral("refresh/intervalSeconds"), kIntervalSeconds);
    MainWindow window(&store, &client, settings.get());
    QSignalSpy finished(&store, &BatchStore::loadFinished);
    QElapsedTimer clock;
    QList<qint64> starts;
    QObject watcher; // goes before `starts` and `clock` do
    connect(&store, &BatchStore::loadStarted, &watcher, [&] { starts << clock.elapsed(); });
    clock.start();
    window.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(starts.size(), 1);
    QCOMPARE(store.size(), 0);

    // Another desk makes a batch (through its own client, as another BatchDesk would).
    QNetworkAccessManager otherNetwork;
    Niagara::NiagaraClient otherDesk(&otherNetwork);
    otherDesk.setBaseUrl(sim.baseUrl());
    otherDesk.setBearerToken(sim.tokenFor(QString::fromLatin1(TestSupport::kSecondManagerEmail)));
    const auto made = TestSupport::await<Niagara::Batch>([&](auto done) {
        return otherDesk.createBatch(Niagara::NewBatch{QStringLiteral("wo-macbook-40"), QStringLiteral("queue-rework"), 10, {}, {},
                                                       QStringLiteral("Made at the other desk")},
                                     this, done);
    });
    QVERIFY2(made.ok(), qPrintable(made.error.message()));
    QVERIFY(!findRow(window.tree()->model(), made.value->id).isValid());

    // Nobody presses F5: the timer reloads, and the board shows the batch.
    QTRY_VERIFY_WITH_TIMEOUT(findRow(window.tree()->model(), made.value->id).isValid(), (kIntervalSeconds + 10) * 1000);
    QCOMPARE(store.size(), 1);
    QCOMPARE(starts.size(), 2);
    // At the interval: not before it (a coarse QTimer may fire up to 5 % early), nor long after.
    const qint64 gap = starts.at(1) - starts.at(0);
    QVERIFY2(gap >= kIntervalSeconds * 950 - 20 && gap < (kIntervalSeconds + 3) * 1000, qPrintable(QString::number(gap)));
}

void TestMainWindow::loadFailureShowsBanner()
{
    BatchStore store;
    store.setClient(m_client.get());
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.errorBanner()->message().isEmpty(), 60000);
    QVERIFY(window.errorBanner()->hasRetry());
    QCOMPARE(window.tree()->model()->rowCount(), 0);
}

void TestMainWindow::settingsRoundTrip()
{
    {
        BatchStore store;
        auto settings = newSettings();
        MainWindow window(&store, m_client.get(), settings.get());
        fill(store);
        window.searchField()->setText(QStringLiteral("ipad"));
        window.categoryActions().at(static_cast<int>(Niagara::StatusCategory::Pending))->setChecked(true);
        window.sortCombo()->setCurrentIndex(window.sortCombo()->findText(QStringLiteral("Progress")));
        const QModelIndex ipad = findRow(window.tree()->model(), QStringLiteral("wo-ipad"));
        QVERIFY(ipad.isValid());
        window.tree()->expand(ipad);
        window.mineCheck()->setChecked(true);
        window.overdueCheck()->setChecked(true);
        window.saveSettings();
    }
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, m_client.get(), settings.get());
    QCOMPARE(window.searchField()->text(), QStringLiteral("ipad"));
    QVERIFY(window.categoryActions().at(static_cast<int>(Niagara::StatusCategory::Pending))->isChecked());
    QVERIFY(!window.categoryActions().at(static_cast<int>(Niagara::StatusCategory::Blocked))->isChecked());
    QVERIFY(!window.categoryActions().at(static_cast<int>(Niagara::StatusCategory::Complete))->isChecked());
    QVERIFY(window.mineCheck()->isChecked());
    QVERIFY(window.overdueCheck()->isChecked());
    QCOMPARE(window.sortCombo()->currentText(), QStringLiteral("Progress"));
    // The restored filters are applied, not only shown: nobody is signed in, so "mine" hides all.
    fill(store);
    QCOMPARE(countBatches(window.tree()->model()), 0);
    window.mineCheck()->setChecked(false);
    window.overdueCheck()->setChecked(false);
    // Pending batches of the iPad work order; the work order opens again as it was saved.
    const QModelIndex ipad = findRow(window.tree()->model(), QStringLiteral("wo-ipad"));
    QVERIFY(ipad.isValid());
    QVERIFY(window.tree()->isExpanded(ipad));
    QVERIFY(window.tree()->isExpanded(ipad.parent()));
    // No secret ever reaches the settings file.
    settings->sync();
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("unused"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
