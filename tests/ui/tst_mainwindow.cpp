// MainWindow over a BatchStore fed by hand (no network): tree shape, search, actions, the
// detail pane, error banner and the settings round trip. The refresh timer is checked against
// niagara-sim: a batch made on the server shows on the board at the timer's interval, no F5.

#include "common/awaitoutcome.h"
#include "common/batchfactory.h"
#include "common/sessionfixture.h"
#include "common/simprocess.h"
#include "client/niagaraclient.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "ui/batchdetailpane.h"
#include "ui/board/boarddesk.h"
#include "models/batchproxies.h"
#include "models/planning/writerun.h"
#include "models/session/permissions.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/shell/desk.h"
#include "ui/shell/offlinestatus.h"
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

#include <memory>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
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

// A desk with one status label (the planning and My work desks have theirs).
class StatusDesk final : public BatchDesk::Ui::Desk
{
public:
    QLabel *label = new QLabel(QStringLiteral("desk status"), this);
    QString title() const override { return QStringLiteral("Status desk"); }
    QList<QWidget *> statusWidgets() const override { return {label}; }
};

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
    void emptyResultOffersToClearFilters();
    void selectionFollowsTheFilters();
    void headerAndSortComboStayInStep();
    void assignedToMeCountsOnlyHerBatches();
    void deleteOfTwoSelectedIsOneRunWithoutReload();
    void statusMessageIsNeverDrawnOverDeskWidgets();
    void offlineBannerCountsSecondsThenMinutes_data();
    void offlineBannerCountsSecondsThenMinutes();

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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
    // Deleting goes through the planning service's write path: without one, nothing deletes.
    PlanningService planning(m_client.get());
    window.setPlanningService(&planning);
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
    // The pane's relations are read through the planning service.
    PlanningService planning(m_client.get());
    window.setPlanningService(&planning);
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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
    TestSupport::SessionFixture f;
    BatchStore store;
    store.setClient(&f.client);
    constexpr int kIntervalSeconds = 5; // the shortest the window accepts
    f.settings.setValue(QStringLiteral("refresh/intervalSeconds"), kIntervalSeconds);
    MainWindow window(&store, &f.settings);
    window.setSession(&f.session);
    QSignalSpy finished(&store, &BatchStore::loadFinished);
    QElapsedTimer clock;
    QList<qint64> starts;
    QObject watcher; // goes before `starts` and `clock` do
    connect(&store, &BatchStore::loadStarted, &watcher, [&] { starts << clock.elapsed(); });
    clock.start();
    // Signing in starts the board: the first load and the timer.
    QVERIFY(f.signInWithToken(sim.baseUrl(), sim.managerToken()));
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
    MainWindow window(&store, settings.get());
    window.boardDesk()->start(); // no session: the board loads over the store's client
    QTRY_VERIFY_WITH_TIMEOUT(!window.errorBanner()->message().isEmpty(), 60000);
    QVERIFY(window.errorBanner()->hasRetry());
    QCOMPARE(window.tree()->model()->rowCount(), 0);
}

void TestMainWindow::settingsRoundTrip()
{
    {
        BatchStore store;
        auto settings = newSettings();
        MainWindow window(&store, settings.get());
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
    MainWindow window(&store, settings.get());
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

void TestMainWindow::emptyResultOffersToClearFilters()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fill(store);
    Ui::BoardDesk *desk = window.boardDesk();
    QVERIFY2(desk->countsText().startsWith(QStringLiteral("5 batch")), qPrintable(desk->countsText())); // untranslated plural: "5 batch(es)"
    QVERIFY(!desk->emptyResult()->isVisible());

    // A search that matches one batch: "1 of 5", the tree stays.
    QTest::keyClicks(window.searchField(), QStringLiteral("ipad 2/2"));
    QCOMPARE(desk->countsText(), QStringLiteral("1 of 5 batches"));
    QCOMPARE(window.loadProgressText(), QStringLiteral("1 of 5 batches"));
    QVERIFY(window.tree()->isVisible());
    // Nothing matches: the board says so instead of an empty tree, with the way back.
    window.overdueCheck()->setChecked(true);
    QCOMPARE(desk->countsText(), QStringLiteral("0 of 5 batches"));
    QVERIFY(desk->emptyResult()->isVisible());
    QVERIFY(!window.tree()->isVisible());
    const auto *text = desk->emptyResult()->findChild<QLabel *>();
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("No batches match the filters."));
    QCOMPARE(desk->clearFiltersButton()->text(), QStringLiteral("Clear filters"));
    QTest::mouseClick(desk->clearFiltersButton(), Qt::LeftButton);
    QVERIFY(window.searchField()->text().isEmpty());
    QVERIFY(!window.overdueCheck()->isChecked());
    QCOMPARE(countBatches(window.tree()->model()), 5);
    QVERIFY2(desk->countsText().startsWith(QStringLiteral("5 batch")), qPrintable(desk->countsText())); // untranslated plural: "5 batch(es)"
    QVERIFY(window.tree()->isVisible());
    QVERIFY(!desk->emptyResult()->isVisible());
    // The cleared filters are what is saved.
    settings->sync();
    QCOMPARE(settings->value(QStringLiteral("filters/search")).toString(), QString());
    QCOMPARE(settings->value(QStringLiteral("filters/overdue")).toBool(), false);
    // An empty board (nothing loaded) is not "filtered out".
    BatchStore empty;
    MainWindow other(&empty, nullptr);
    other.overdueCheck()->setChecked(true);
    QVERIFY(!other.boardDesk()->emptyResult()->isVisibleTo(&other));
}

void TestMainWindow::selectionFollowsTheFilters()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, settings.get());
    PlanningService planning(m_client.get());
    window.setPlanningService(&planning);
    fill(store);
    const QAbstractItemModel *model = window.tree()->model();
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b1")));
    QCOMPARE(window.detailPane()->batchId(), QStringLiteral("b1"));
    QVERIFY(window.deleteAction()->isEnabled());
    // b1 leaves the view: the pane and Delete follow it (nothing selected, nothing shown).
    QTest::keyClicks(window.searchField(), QStringLiteral("macbook"));
    QVERIFY(!findRow(model, QStringLiteral("b1")).isValid());
    QVERIFY(window.detailPane()->batchId().isEmpty());
    QVERIFY(!window.deleteAction()->isEnabled());
    QVERIFY(window.tree()->selectionModel()->selectedRows().isEmpty());
    window.searchField()->clear();

    // A batch that moves to another queue keeps its selection (beginMoveRows, no remove).
    window.tree()->setCurrentIndex(findRow(model, QStringLiteral("b2")));
    Niagara::Page<Niagara::Batch> page = samplePage();
    page.items[1].queue = page.items[3].queue; // b2 → q-rework
    store.beginLoad();
    store.ingest(page);
    store.endLoad();
    const QModelIndex b2 = findRow(model, QStringLiteral("b2"));
    QCOMPARE(b2.parent().parent().data(BatchRoles::IdRole).toString(), QStringLiteral("q-rework"));
    QCOMPARE(window.tree()->currentIndex(), b2);
    QVERIFY(window.tree()->selectionModel()->isSelected(b2));
    QCOMPARE(window.detailPane()->batchId(), QStringLiteral("b2"));
    QVERIFY(window.deleteAction()->isEnabled());
}

void TestMainWindow::headerAndSortComboStayInStep()
{
    {
        BatchStore store;
        auto settings = newSettings();
        MainWindow window(&store, settings.get());
        fill(store);
        QHeaderView *header = window.tree()->header();
        QVERIFY(window.tree()->isSortingEnabled());
        // The default: queue order, and the header says so.
        QCOMPARE(header->sortIndicatorSection(), int(OrderColumn));
        // The combo moves the indicator ...
        window.sortCombo()->setCurrentIndex(window.sortCombo()->findText(QStringLiteral("Due date")));
        QCOMPARE(header->sortIndicatorSection(), int(DueDateColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // ... and a header click the combo; either way the rows are sorted by it.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(LabelColumn) + 5, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(LabelColumn));
        QCOMPARE(window.sortCombo()->currentText(), QStringLiteral("Label"));
        const QModelIndex ipad = findRow(window.tree()->model(), QStringLiteral("wo-ipad"));
        const Qt::SortOrder order = header->sortIndicatorOrder();
        const QString first = window.tree()->model()->index(0, 0, ipad).data(BatchRoles::IdRole).toString();
        QCOMPARE(first, order == Qt::AscendingOrder ? QStringLiteral("b1") : QStringLiteral("b2"));
        // Technicians: no combo entry of its own, descending.
        window.tree()->sortByColumn(TechniciansColumn, Qt::DescendingOrder);
        window.saveSettings();
    }
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, settings.get());
    QCOMPARE(window.tree()->header()->sortIndicatorSection(), int(TechniciansColumn));
    QCOMPARE(window.tree()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(window.sortCombo()->currentText(), QStringLiteral("Queue order"));
}

// A window over a demo niagara-sim, wired as main.cpp wires it (store, planning service with the
// session's permissions, session), not signed in yet. Members go in reverse order: the window first.
struct DemoSimBoard
{
    TestSupport::SimProcess sim;
    TestSupport::SessionFixture fixture;
    BatchStore store;
    PlanningService planning{&fixture.client};
    std::unique_ptr<MainWindow> window;

    bool start(QString *error)
    {
        if (!sim.start(QStringLiteral("demo"), {}, error))
            return false;
        store.setClient(&fixture.client);
        planning.setPermissions(fixture.session.permissions());
        window = std::make_unique<MainWindow>(&store, &fixture.settings);
        window->setPlanningService(&planning);
        window->setSession(&fixture.session);
        return true;
    }
};

// Issue 15's "done when": as the demo's technician Yuki Tanaka with "Assigned to me" on, every
// number on screen counts only her batches. And what she may not do is disabled, with the
// reason, before any click.
void TestMainWindow::assignedToMeCountsOnlyHerBatches()
{
    DemoSimBoard board;
    QString error;
    QVERIFY2(board.start(&error), qPrintable(error));
    TestSupport::SimProcess &sim = board.sim;
    TestSupport::SessionFixture &f = board.fixture;
    BatchStore &store = board.store;
    PlanningService &planning = board.planning;
    MainWindow &window = *board.window;
    window.mineCheck()->setChecked(true);
    QSignalSpy finished(&store, &BatchStore::loadFinished);
    QSignalSpy failed(&store, &BatchStore::loadFailed);
    QVERIFY(f.signInWithToken(sim.baseUrl(), sim.tokenFor(QStringLiteral("yuki.tanaka@demo.batchdesk.test"))));
    QCOMPARE(f.session.user().name, QStringLiteral("Yuki Tanaka"));
    const QString yuki = f.session.user().id;
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(window.errorBanner()->message()));
    // What a technician may read of the demo's 1,200 (the sim lists her queues' batches).
    const qint64 loaded = store.size();
    QVERIFY(loaded > 0);
    const QString ofLoaded = QStringLiteral("%1 of %2 batches").arg(QStringLiteral("%1"), QLocale().toString(loaded));

    // Her batches per queue, from the store.
    const auto hers = [&] {
        QHash<QString, qint64> perQueue;
        store.forEach([&](const BatchRecord &r) {
            for (const Niagara::User &u : r.technicians) {
                if (u.id == yuki) {
                    ++perQueue[r.queueId];
                    break;
                }
            }
        });
        return perQueue;
    };
    const auto total = [](const QHash<QString, qint64> &perQueue) {
        qint64 n = 0;
        for (qint64 v : perQueue)
            n += v;
        return n;
    };
    // Technicians may arrive from relations after the load: the numbers follow them.
    QTRY_VERIFY_WITH_TIMEOUT(store.pendingTechnicianFetches() == 0 && total(hers()) > 0, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(window.boardDesk()->countsText(), ofLoaded.arg(total(hers())), 60000);
    const QHash<QString, qint64> perQueue = hers();
    QVERIFY(total(perQueue) > 0 && total(perQueue) < loaded); // the filter hides others' batches
    // The status bar.
    QTRY_COMPARE(window.loadProgressText(), ofLoaded.arg(total(perQueue)));
    // Every queue and work order row counts only her batches.
    const QAbstractItemModel *model = window.tree()->model();
    QCOMPARE(model->rowCount(), perQueue.size());
    qint64 shown = 0;
    for (int q = 0; q < model->rowCount(); ++q) {
        const QModelIndex queue = model->index(q, 0);
        const QString queueId = queue.data(BatchRoles::IdRole).toString();
        QCOMPARE(queue.data(BatchRoles::BatchCountRole).toLongLong(), perQueue.value(queueId));
        qint64 inWorkOrders = 0;
        for (int w = 0; w < model->rowCount(queue); ++w) {
            const QModelIndex wo = model->index(w, 0, queue);
            QCOMPARE(wo.data(BatchRoles::BatchCountRole).toLongLong(), qint64(model->rowCount(wo)));
            inWorkOrders += model->rowCount(wo);
        }
        QCOMPARE(inWorkOrders, perQueue.value(queueId));
        shown += inWorkOrders;
    }
    QCOMPARE(shown, total(perQueue));
    // The detail pane's summary of a queue.
    const QModelIndex firstQueue = model->index(0, 0);
    window.tree()->setCurrentIndex(firstQueue);
    QCOMPARE(window.detailPane()->fieldText(QStringLiteral("group.batches")),
             QLocale().toString(perQueue.value(firstQueue.data(BatchRoles::IdRole).toString())));

    // A technician: Split, Assign and Delete are disabled up front, each with the reason.
    QVERIFY(window.selectFirstBatch());
    QTRY_VERIFY_WITH_TIMEOUT(!window.splitAction()->isEnabled(), 30000);
    for (QAction *action : {window.splitAction(), window.assignAction(), window.deleteAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(QStringLiteral("does not allow")), qPrintable(action->toolTip()));
    }
    QCOMPARE(planning.permissions(), f.session.permissions());
}

void TestMainWindow::deleteOfTwoSelectedIsOneRunWithoutReload()
{
    DemoSimBoard board;
    QString error;
    QVERIFY2(board.start(&error), qPrintable(error));
    TestSupport::SimProcess &sim = board.sim;
    TestSupport::SessionFixture &f = board.fixture;
    BatchStore &store = board.store;
    PlanningService &planning = board.planning;
    MainWindow &window = *board.window;
    QSignalSpy finished(&store, &BatchStore::loadFinished);
    QVERIFY(f.signInWithToken(sim.baseUrl(), sim.managerToken()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(store.size(), 1200);

    // Two batches without cycles in flight (deletable).
    QStringList ids;
    store.forEach([&](const BatchRecord &r) {
        const qint64 inFlight = r.cycles[Niagara::StatusCategory::InProgress] + r.cycles[Niagara::StatusCategory::Verifying];
        if (inFlight == 0 && ids.size() < 2)
            ids << r.id;
    });
    QCOMPARE(ids.size(), 2);
    const QAbstractItemModel *model = window.tree()->model();
    QItemSelectionModel *selection = window.tree()->selectionModel();
    selection->setCurrentIndex(findRow(model, ids.at(0)), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(findRow(model, ids.at(1)), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.boardDesk()->selectedBatchIds().size(), 2);
    QVERIFY(window.deleteAction()->isEnabled());

    QSignalSpy started(&store, &BatchStore::loadStarted);
    QSignalSpy deleted(&planning, &PlanningService::batchesDeleted);
    WriteRun *run = window.boardDesk()->deleteSelectedNow();
    QVERIFY(run);
    QCOMPARE(run->kind(), WriteRun::Kind::Delete);
    QCOMPARE(run->items().size(), 2); // one run for the selection, an item per batch
    // The desk lets the run go once it has reported it: read it as it finishes.
    int succeeded = -1;
    connect(run, &WriteRun::finished, this, [&succeeded, run] { succeeded = run->count(ItemState::Succeeded); });
    QTRY_VERIFY_WITH_TIMEOUT(succeeded >= 0, 60000);
    QCOMPARE(succeeded, 2);
    QCOMPARE(deleted.count(), 1);
    // Gone from the board at once, without reading the pages again.
    QVERIFY(!store.batch(ids.at(0)) && !store.batch(ids.at(1)));
    QCOMPARE(store.size(), 1198);
    QVERIFY(!findRow(model, ids.at(0)).isValid());
    QVERIFY2(window.boardDesk()->countsText().startsWith(QStringLiteral("1,198 batch")), qPrintable(window.boardDesk()->countsText()));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Deleted 2 batch")));
    QCOMPARE(started.count(), 0);
}

QTEST_MAIN(TestMainWindow)
// A temporary message in the status bar hides every desk's status widgets, also those of a
// desk whose tab opens meanwhile and after the bar itself was shown again (they were drawn over
// the message: the planning desk opened offline showed both texts on top of each other).
void TestMainWindow::statusMessageIsNeverDrawnOverDeskWidgets()
{
    BatchStore store;
    auto settings = newSettings();
    MainWindow window(&store, settings.get());
    auto *desk = new StatusDesk;
    window.addDesk(desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> boardStatus = window.boardDesk()->statusWidgets();
    QVERIFY(!boardStatus.isEmpty());
    QVERIFY(boardStatus.first()->isVisible());
    QVERIFY(!desk->label->isVisible()); // not its desk's turn

    window.statusBar()->showMessage(QStringLiteral("Could not load the work orders"));
    QVERIFY(!boardStatus.first()->isVisible());
    window.setCurrentDesk(desk);
    QVERIFY(!desk->label->isVisible());
    window.statusBar()->hide(); // what a full-screen or shop-floor switch may do
    window.statusBar()->show();
    QVERIFY(!desk->label->isVisible());
    QVERIFY(!boardStatus.first()->isVisible());

    window.statusBar()->clearMessage();
    QVERIFY(desk->label->isVisible());
    QVERIFY(!boardStatus.first()->isVisible()); // the board's stay with the board
    window.setCurrentDesk(window.boardDesk());
    QVERIFY(boardStatus.first()->isVisible());
    QVERIFY(!desk->label->isVisible());
}

void TestMainWindow::offlineBannerCountsSecondsThenMinutes_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("says");
    QTest::newRow("seconds") << 20 << QStringLiteral("trying again in 20 s.");
    QTest::newRow("just below a minute and a half") << 89 << QStringLiteral("trying again in 89 s.");
    QTest::newRow("minutes, rounded up") << 90 << QStringLiteral("trying again in 2 min.");
    QTest::newRow("the backoff's cap") << 300 << QStringLiteral("trying again in 5 min.");
    QTest::newRow("a long wait") << 563 << QStringLiteral("trying again in 10 min.");
    QTest::newRow("now") << 0 << QStringLiteral("trying again now");
}

void TestMainWindow::offlineBannerCountsSecondsThenMinutes()
{
    QFETCH(int, seconds);
    QFETCH(QString, says);
    const QString text = BatchDesk::Ui::OfflineStatus::offlineText(QDateTime::currentDateTimeUtc(), seconds, false);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("Offline since ")));
}

#include "tst_mainwindow.moc"
