#include "ui/board/boarddesk.h"

#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/planning/writerun.h"
#include "models/relations/batchrelationsmodel.h"
#include "models/planning/planningservice.h"
#include "models/session/session.h"
#include "ui/batchdetailpane.h"
#include "ui/board/boardtree.h"
#include "ui/board/filterbar.h"
#include "ui/board/loadstatus.h"
#include "ui/errorbanner.h"
#include "ui/legendwidget.h"
#include "ui/plaintext.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/splitworkorderwizard.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

// The texts keep MainWindow's translation context: they were its own before it became a shell,
// and so their translations carry over.
namespace BatchDesk::Ui {

namespace {

namespace Keys {
const QString splitter = QStringLiteral("mainWindow/splitter");
const QString header = QStringLiteral("mainWindow/header");
const QString expanded = QStringLiteral("mainWindow/expandedGroups");
const QString refreshInterval = QStringLiteral("refresh/intervalSeconds");
// A header click sorts by any column, either way; the sort combo names only some of them.
const QString sortColumn = QStringLiteral("filters/sortColumn");
const QString sortOrder = QStringLiteral("filters/sortDescending");
} // namespace Keys

constexpr int kDefaultRefreshSeconds = 30;
// Below this a refresh of a large board would start before the previous one ends.
constexpr int kMinimumRefreshSeconds = 5;

// The sort combo's key for a sorted column (the combo's nearest when it has none of its own).
BatchSortProxy::SortBy sortKeyOf(int column)
{
    switch (column) {
    case LabelColumn: return BatchSortProxy::SortBy::Label;
    case CyclesColumn:
    case PercentColumn: return BatchSortProxy::SortBy::Progress;
    case DueDateColumn: return BatchSortProxy::SortBy::DueDate;
    default: return BatchSortProxy::SortBy::Order;
    }
}

} // namespace

BoardDesk::BoardDesk(BatchStore *store, QSettings *settings, QWidget *parent)
    : Desk(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("BoardDesk"));

    // source → text → category → mine → overdue → counting → sort, each proxy doing one job.
    // The counting proxy sits above every filter: group rows, the status bar and the detail
    // pane count what the filters show.
    m_model = new BatchTreeModel(store, this);
    m_textProxy = new TextFilterProxy(this);
    m_textProxy->setSourceModel(m_model);
    m_categoryProxy = new CategoryFilterProxy(this);
    m_categoryProxy->setSourceModel(m_textProxy);
    m_mineProxy = new AssignedToUserProxy(this);
    m_mineProxy->setSourceModel(m_categoryProxy);
    m_overdueProxy = new OverdueFilterProxy(this);
    m_overdueProxy->setSourceModel(m_mineProxy);
    m_countProxy = new FilteredAggregateProxy(this);
    m_countProxy->setSourceModel(m_overdueProxy);
    m_sortProxy = new BatchSortProxy(this);
    m_sortProxy->setSourceModel(m_countProxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::searchChanged, m_textProxy, &TextFilterProxy::setText);
    connect(m_filterBar, &FilterBar::categoriesChanged, m_categoryProxy, &CategoryFilterProxy::setCategories);
    connect(m_filterBar, &FilterBar::assignedToMeChanged, m_mineProxy, &AssignedToUserProxy::setEnabled);
    connect(m_filterBar, &FilterBar::overdueChanged, m_overdueProxy, &OverdueFilterProxy::setEnabled);
    // The combo sorts through the view, so the header's indicator shows the same column.
    connect(m_filterBar, &FilterBar::sortChanged, this,
            [this](BatchSortProxy::SortBy key) { m_tree->sortByColumn(BatchSortProxy::columnOf(key), Qt::AscendingOrder); });
    connect(m_filterBar, &FilterBar::edited, this, &BoardDesk::saveFilters);
    // After the proxies have applied the change (connected after them).
    for (auto signal : {&FilterBar::assignedToMeChanged, &FilterBar::overdueChanged})
        connect(m_filterBar, signal, this, &BoardDesk::updateCounts);
    connect(m_filterBar, &FilterBar::searchChanged, this, &BoardDesk::updateCounts);
    connect(m_filterBar, &FilterBar::categoriesChanged, this, &BoardDesk::updateCounts);
    connect(m_countProxy, &FilteredAggregateProxy::countsChanged, this, &BoardDesk::updateCounts);
    layout->addWidget(m_filterBar);

    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_bannerShowsLoadError = false; });

    m_tree = new BoardTree(this);
    m_tree->setModel(m_sortProxy);

    // When the filters hide every batch the board says so, in the tree's place, and offers
    // the way back.
    m_emptyResult = new QWidget(this);
    m_emptyResult->setObjectName(QStringLiteral("EmptyResult"));
    auto *emptyLayout = new QVBoxLayout(m_emptyResult);
    emptyLayout->addStretch(1);
    m_emptyText = plainLabel(m_emptyResult);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    m_clearFilters = new QPushButton(m_emptyResult);
    m_clearFilters->setObjectName(QStringLiteral("ClearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, m_filterBar, &FilterBar::clear);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_treeStack = new QStackedWidget(this);
    m_treeStack->addWidget(m_tree);
    m_treeStack->addWidget(m_emptyResult);

    // No relations model until there is a planning service (setPlanningService).
    m_detail = new BatchDetailPane(store, nullptr, this);
    m_detail->setMinimumWidth(260);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_treeStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // At 1366 pixels the pane gets about 300 (it wraps what is longer); the board's label
    // column needs every pixel it can get there.
    m_splitter->setSizes({1000, 285});
    layout->addWidget(m_splitter, 1);

    m_loadStatus = new LoadStatus(this);
    m_legend = new LegendWidget(this);

    buildActions();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A batch the filters take away leaves the selection: the pane and Delete follow.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentInPane();
        updateActions();
    });
    connect(m_tree->header(), &QHeaderView::sortIndicatorChanged, this, &BoardDesk::onHeaderSorted);
    if (store) {
        connect(store, &BatchStore::loadStarted, m_loadStatus, &LoadStatus::loading);
        connect(store, &BatchStore::loadProgress, m_loadStatus, &LoadStatus::progress);
        connect(store, &BatchStore::loadFinished, this, &BoardDesk::onLoadFinished);
        connect(store, &BatchStore::loadFailed, this, &BoardDesk::onLoadFailed);
        // The cached board is in: count it as a load's end would (the "as of" mark is the
        // window's; the refresh time stays empty until the server has answered).
        connect(store, &BatchStore::cacheRestored, this, [this] {
            updateCounts();
            m_tree->setFirstLoadDone(true);
        });
        // The rows on screen: their technicians are read first (a request budget for servers
        // that do not embed them).
        connect(m_tree, &BoardTree::visibleBatchesChanged, store, &BatchStore::setPriorityBatches);
        connect(store, &BatchStore::loadFinished, m_tree, [store, this] { store->setPriorityBatches(m_tree->visibleBatchIds()); });
    }

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(200);
    connect(m_refreshSoon, &QTimer::timeout, this, &BoardDesk::refresh);
    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // A slow server must not have its load restarted over and over.
        if (m_store && !m_store->isLoading())
            refresh();
    });

    retranslateUi();
    m_restoringSort = true; // what restoring sorts is not a choice to save
    restoreSettings();
    applySavedSort();
    m_restoringSort = false;
    updateCounts();
    updateActions();
}

BoardDesk::~BoardDesk() = default;

QList<QWidget *> BoardDesk::statusWidgets() const
{
    return {m_loadStatus->refreshedLabel(), m_loadStatus->progressLabel()};
}

QList<QWidget *> BoardDesk::permanentStatusWidgets() const
{
    return {m_legend};
}

QString BoardDesk::title() const
{
    return QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Board");
}

QString BoardDesk::menuTitle() const
{
    //: Menu of the main window: what is done on the batch board.
    return QCoreApplication::translate("BatchDesk::Ui::MainWindow", "&Board");
}

QIcon BoardDesk::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void BoardDesk::activate()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

void BoardDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Desk::changeEvent(event);
}

void BoardDesk::retranslateUi()
{
    m_refresh->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Refresh"));
    m_refresh->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Load the batches again (F5)"));
    m_find->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Find"));
    m_split->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Split work order…"));
    m_assign->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Assign technicians…"));
    m_delete->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete batch"));
    m_print->setText(tr("Print travelers…"));
    m_delete->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete the selected batch from the server"));
    m_loadStatus->retranslate();
    m_emptyText->setText(tr("No batches match the filters."));
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every batch again: clears the search, the statuses, “Assigned to me” and “Overdue”"));
    updateCounts();
    updateActions();
    // Header texts come from the model; the view asks again when told they changed.
    m_model->retranslate();
    m_tree->viewport()->update();
    Q_EMIT presentationChanged();
}

QString BoardDesk::loadProgressText() const
{
    return m_loadStatus->progressLabel()->text();
}

void BoardDesk::start()
{
    refresh();
    startTimer();
    updateActions();
}

void BoardDesk::startTimer()
{
    const int seconds = m_settings ? m_settings->value(Keys::refreshInterval, kDefaultRefreshSeconds).toInt()
                                   : kDefaultRefreshSeconds;
    if (seconds > 0)
        m_refreshTimer->start(std::max(seconds, kMinimumRefreshSeconds) * 1000);
}

void BoardDesk::showError(const QString &message)
{
    m_bannerShowsLoadError = false;
    m_banner->showError(message);
}

void BoardDesk::refresh()
{
    if (!m_store || !isConnected())
        return;
    m_store->reload();
}

bool BoardDesk::isConnected() const
{
    // The session says whether anyone is signed in. While signing in again the old token is
    // still set but useless: a load would only meet another 401, so the board keeps what it
    // shows until the new sign-in. Without a session (tests, a store fed by hand) the store
    // and the service decide for themselves.
    return !m_session || m_session->state() == Session::State::SignedIn;
}

PlanningService *BoardDesk::planningService() const
{
    return m_planning;
}

void BoardDesk::setPlanningService(PlanningService *service)
{
    if (m_planning)
        disconnect(m_planning, nullptr, this, nullptr);
    m_planning = service;
    if (m_permissionsSource)
        disconnect(m_permissionsSource, nullptr, this, nullptr);
    m_permissionsSource = nullptr;
    // The pane's relations are read through the service (the desk never sees the client).
    BatchRelationsModel *oldRelations = m_relations;
    m_relations = service ? new BatchRelationsModel(service, this) : nullptr;
    m_detail->setRelationsModel(m_relations);
    delete oldRelations;
    if (service) {
        connect(service, &PlanningService::refusalsChanged, this, &BoardDesk::updateActions);
        m_permissionsSource = service->permissions();
        connect(service->permissions(), &Permissions::changed, this, &BoardDesk::updateActions);
        // A delete (or undo) removed batches: the store drops them, no page is read again.
        if (m_store) {
            connect(service, &PlanningService::batchesDeleted, m_store, &BatchStore::forget);
            // An assignment changed who works on these: read them again, ahead of the budget.
            connect(service, &PlanningService::techniciansChanged, m_store, &BatchStore::invalidateTechnicians);
        }
        // A run changed the server: show it on the board (one reload for a burst of runs).
        connect(service, &PlanningService::serverChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    }
    updateActions();
}

bool BoardDesk::selectFirstBatch()
{
    return m_tree->selectFirstBatch();
}

bool BoardDesk::openBatch(const QString &batchId, const QString &cycleId)
{
    Q_UNUSED(cycleId) // the board shows batches; their units are on the My work desk
    const QModelIndex source = m_model->batchIndex(batchId);
    if (!source.isValid())
        return false;
    // The view's model is the last of a chain of proxies over the tree model.
    QList<const QAbstractProxyModel *> chain;
    for (auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_tree->model()); proxy;
         proxy = qobject_cast<const QAbstractProxyModel *>(proxy->sourceModel()))
        chain.prepend(proxy);
    const auto shownIndex = [&chain, &source] {
        QModelIndex index = source;
        for (const QAbstractProxyModel *proxy : chain)
            index = proxy->mapFromSource(index);
        return index;
    };
    QModelIndex shown = shownIndex();
    if (!shown.isValid()) {
        // A filter hides it: the user asked for this batch, so show it rather than nothing.
        m_filterBar->clear();
        shown = shownIndex();
        if (shown.isValid())
            Q_EMIT statusMessage(tr("The filters were cleared to show the batch."), 5000);
    }
    if (!shown.isValid())
        return false;
    for (QModelIndex up = shown.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(shown);
    return true;
}

void BoardDesk::onCurrentChanged(const QModelIndex &)
{
    showCurrentInPane();
    updateActions();
}

void BoardDesk::showCurrentInPane()
{
    // The pane shows the current row while it is selected. A row the filters took away took
    // its selection along; the current index then moved to a neighbour nobody chose, and the
    // pane shows nothing rather than that.
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_tree->selectionModel()->isSelected(current.siblingAtColumn(0)))
        m_detail->clear();
    else if (current.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch))
        m_detail->showBatch(current.data(BatchRoles::IdRole).toString());
    else
        m_detail->showGroup(current);
}

QString BoardDesk::countsText() const
{
    const FilteredAggregateProxy::Counts counts = m_countProxy->counts();
    return counts.totalBatches > 0 ? FilteredAggregateProxy::countsText(counts) : QString();
}

void BoardDesk::updateCounts()
{
    const FilteredAggregateProxy::Counts counts = m_countProxy->counts();
    // The status bar says how many batches the filters show once nothing is loading.
    m_loadStatus->setCounts(countsText());
    m_treeStack->setCurrentWidget(counts.allFilteredOut() ? m_emptyResult : static_cast<QWidget *>(m_tree));
    // A group's summary counts what is shown: render it again with the new sums.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && current.data(BatchRoles::LevelRole).toInt() != static_cast<int>(TreeLevel::Batch)
        && m_tree->selectionModel()->isSelected(current.siblingAtColumn(0)))
        m_detail->showGroup(current);
}

void BoardDesk::onHeaderSorted(int column, Qt::SortOrder order)
{
    // A header click or the combo: the other shows the same.
    m_filterBar->showSortKey(sortKeyOf(column));
    if (m_settings && !m_restoringSort) {
        m_settings->setValue(Keys::sortColumn, column);
        m_settings->setValue(Keys::sortOrder, order == Qt::DescendingOrder);
    }
}

void BoardDesk::applySavedSort()
{
    int column = BatchSortProxy::columnOf(m_filterBar->sortKey());
    Qt::SortOrder order = Qt::AscendingOrder;
    if (m_settings && m_settings->contains(Keys::sortColumn)) {
        const int saved = m_settings->value(Keys::sortColumn).toInt();
        if (saved >= 0 && saved < ColumnCount) {
            column = saved;
            order = m_settings->value(Keys::sortOrder).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
    }
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_tree->header()->setSortIndicator(column, order);
    m_tree->setSortingEnabled(true);
    m_filterBar->showSortKey(sortKeyOf(column));
}

void BoardDesk::onLoadFinished()
{
    m_loadStatus->loaded(m_store ? m_store->size() : 0);
    updateCounts();
    // Batches the server sent in a form that cannot be used are left off the board; say so,
    // or the board would look complete while it is not.
    const QString skipped = m_store ? Niagara::ApiError::skippedItemsMessage(m_store->skipped()) : QString();
    if (!skipped.isEmpty()) {
        m_banner->showError(skipped, [this] { refresh(); });
        m_bannerShowsLoadError = true;
    } else if (m_bannerShowsLoadError) {
        m_banner->dismiss();
        m_bannerShowsLoadError = false;
    }
    m_tree->setFirstLoadDone(true);
}

void BoardDesk::onLoadFailed(const Niagara::ApiError &error)
{
    m_loadStatus->failed();
    if (m_session && error.kind() == Niagara::ApiError::Kind::Unauthorized) {
        // Not a load problem: the sign-in is gone. The session renews what it can before a
        // request fails like this, so only signing in again helps.
        Q_EMIT signInExpired();
        return;
    }
    const bool outage = error.kind() == Niagara::ApiError::Kind::Network || error.kind() == Niagara::ApiError::Kind::Timeout;
    if (outage && m_connectivity && m_connectivity->isOffline())
        return; // the offline banner says it, with the countdown and Try now
    m_banner->showError(error.message(), [this] { refresh(); });
    m_bannerShowsLoadError = true;
}

void BoardDesk::restoreSettings()
{
    if (!m_settings)
        return;
    QSettings &s = *m_settings;
    if (s.contains(Keys::splitter))
        m_splitter->restoreState(s.value(Keys::splitter).toByteArray());
    if (s.contains(Keys::header))
        m_tree->header()->restoreState(s.value(Keys::header).toByteArray());
    // A state from another language or version may leave a header's text cut.
    m_tree->fitColumns();
    m_tree->setExpandedKeys(s.value(Keys::expanded).toStringList(), s.contains(Keys::expanded));
    m_filterBar->restore(s);
}

void BoardDesk::saveFilters() const
{
    if (m_settings)
        m_filterBar->save(*m_settings);
}

void BoardDesk::saveSettings(QSettings &s) const
{
    s.setValue(Keys::splitter, m_splitter->saveState());
    s.setValue(Keys::header, m_tree->header()->saveState());
    s.setValue(Keys::expanded, m_tree->expandedKeys());
    m_filterBar->save(s);
}

// --- the session: which server, who is signed in

void BoardDesk::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // The server whose batches the board may hold now (the cache shown at start is the
        // current server's, before the session has even read its profile).
        m_profileId = session->currentProfile() ? session->currentProfile()->id : session->directory().currentId();
        connect(session, &Session::currentProfileChanged, this, &BoardDesk::onServerSwitched);
        connect(session, &Session::stateChanged, this, &BoardDesk::updateActions);
        connect(session, &Session::signedIn, this, &BoardDesk::onSignedIn);
        connect(session, &Session::signedOut, this, &BoardDesk::onSignedOut);
        // Already signed in: the filters and the permissions are this user's from now on.
        if (session->state() == Session::State::SignedIn)
            adoptUser(session->user());
    }
    updateActions();
}

void BoardDesk::onServerSwitched()
{
    // Another server's data must not be shown as this one's: the board empties now and
    // reloads once the new server has a sign-in. (A re-sign-in to the same server never
    // comes here, so it keeps the board.) The session naming the server it had all along (its
    // first restore) is no switch: the board keeps what it shows of that server.
    const QString profileId = m_session && m_session->currentProfile() ? m_session->currentProfile()->id : QString();
    if (!profileId.isEmpty() && profileId == m_profileId)
        return;
    m_profileId = profileId;
    m_refreshTimer->stop();
    m_refreshSoon->stop();
    clearBoard();
    m_banner->dismiss();
    m_bannerShowsLoadError = false;
    adoptUser(Niagara::User{});
    updateActions();
}

void BoardDesk::clearBoard()
{
    if (!m_store)
        return;
    m_store->cancelLoad();
    // An empty generation: every batch held is "not seen" and goes, with the usual signals.
    m_store->beginLoad();
    m_store->endLoad();
    m_loadStatus->clear();
    m_tree->setFirstLoadDone(false);
}

void BoardDesk::onSignedIn(const Niagara::User &user)
{
    if (m_bannerShowsLoadError) {
        m_banner->dismiss();
        m_bannerShowsLoadError = false;
    }
    adoptUser(user);
    updateActions();
    // The same reload as F5: the model never resets, so selection and open groups survive.
    refresh();
    startTimer();
}

void BoardDesk::onSignedOut()
{
    // A shared desk: after "Sign out" the next person sees nothing of the last one's data.
    m_refreshTimer->stop();
    m_refreshSoon->stop();
    clearBoard();
    adoptUser(Niagara::User{});
    updateActions();
}

void BoardDesk::adoptUser(const Niagara::User &user)
{
    m_mineProxy->setUserId(user.id);
    // Refusals are remembered per user: the actions depend on who this is.
    if (m_planning)
        m_planning->setCurrentUserId(user.id);
    updateActions();
}

} // namespace BatchDesk::Ui

