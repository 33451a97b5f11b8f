#pragma once

// The board desk: the filter bar, the error banner, the queue → work order → batch tree over
// the proxy chain, the detail pane, and what acts on them (refresh, split, assign, delete).
// No business logic: it drives BatchStore, PlanningService (writes, relations) and Session (who
// is signed in, what they may do) and shows what they report; it never sees the network
// client. It follows the session (a server switch empties it, a sign-in reloads it).

#include "models/session/connectivity.h"
#include "client/apierror.h"
#include "client/domain.h"
#include "models/planning/planningmonitor.h"
#include "models/session/permissions.h"
#include "ui/shell/desk.h"

#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace BatchDesk {
struct AssignmentTarget;
struct DeletionTarget;
class BatchRelationsModel;
class BatchStore;
class DraftStore;
class FilteredAggregateProxy;
class PlanningService;
class WriteRun;
class Session;
class BatchTreeModel;
class TextFilterProxy;
class CategoryFilterProxy;
class AssignedToUserProxy;
class OverdueFilterProxy;
class BatchSortProxy;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class AssignTechniciansWizard;
class BatchDetailPane;
class BoardTree;
class ErrorBanner;
class FilterBar;
class LegendWidget;
class LoadStatus;
class SplitWorkOrderWizard;

class BoardDesk final : public Desk
{
    Q_OBJECT

public:
    // `settings` (may be null) must outlive the desk.
    BoardDesk(BatchStore *store, QSettings *settings, QWidget *parent = nullptr);
    ~BoardDesk() override;

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    QList<QWidget *> statusWidgets() const override;
    QList<QWidget *> permanentStatusWidgets() const override;
    void activate() override;
    void saveSettings(QSettings &settings) const override;
    void showError(const QString &message) override;

    // Load and start the timer (the session does this on sign-in; tests without one call it).
    void start();
    // Writes (split, assign, delete) and the detail pane's relations go through the service;
    // without one those actions stay disabled and the pane shows no relations.
    void setPlanningService(PlanningService *service);
    PlanningService *planningService() const;
    // The planning desk's figures, handed to the wizards the board opens (queue access, load,
    // the over-threshold warning, the projected finish); nullptr: the wizards go without.
    void setPlanningMonitor(PlanningMonitor *monitor);
    PlanningMonitor *planningMonitor() const { return m_monitor; }
    // Where the wizards keep what the manager typed, per server and user (the session's); null:
    // the wizards keep nothing.
    void setDraftStore(DraftStore *drafts);
    void setSession(Session *session);
    // During an outage a failed load says nothing of its own: the offline banner does.
    void setConnectivity(Connectivity *connectivity) { m_connectivity = connectivity; }
    // Who is signed in: the "Assigned to me" filter and the planning refusals follow.
    void adoptUser(const Niagara::User &user);
    void refresh();
    SplitWorkOrderWizard *openSplitWizard();
    // The split wizard for a work order chosen elsewhere (the planning desk); null when the
    // split action is disabled (no service, no permission).
    SplitWorkOrderWizard *openSplitWizardFor(const QString &workOrderId, const QString &queueId);
    AssignTechniciansWizard *openAssignWizard();
    bool selectFirstBatch();
    // Selects the batch on the board; filters that hide it are cleared first.
    bool openBatch(const QString &batchId, const QString &cycleId = {}) override;
    QString loadProgressText() const;
    // "6 of 102 batches": what the filters show (the status bar says it when not loading).
    QString countsText() const;
    // Deletes the selected batches (one run) without asking; the Delete action asks first.
    WriteRun *deleteSelectedNow();
    // The selected batch rows (the selection, not merely the current row), in view order.
    QStringList selectedBatchIds() const;

    BoardTree *tree() const { return m_tree; }
    FilterBar *filterBar() const { return m_filterBar; }
    BatchDetailPane *detailPane() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *deleteAction() const { return m_delete; }
    QAction *printAction() const { return m_print; }
    QAction *splitAction() const { return m_split; }
    QAction *assignAction() const { return m_assign; }
    FilteredAggregateProxy *countingProxy() const { return m_countProxy; }
    // Shown in place of the tree when the filters hide every batch.
    QWidget *emptyResult() const { return m_emptyResult; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }

Q_SIGNALS:
    // A load met a 401 while a session is there: only signing in again helps.
    void signInExpired();
    // Print travelers for the selected batches.
    void printRequested(const QStringList &batchIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildActions();
    void restoreSettings();
    void saveFilters() const;
    void startTimer();
    void deleteSelectedBatch();
    QList<DeletionTarget> deletionTargets() const;
    void onCurrentChanged(const QModelIndex &current);
    void showCurrentInPane();
    void updateCounts();
    void onHeaderSorted(int column, Qt::SortOrder order);
    void applySavedSort();
    void reportDeletion(WriteRun *run);
    void updateActions();
    void onLoadFinished();
    void onLoadFailed(const Niagara::ApiError &error);
    // The batches an assignment starts from: the current batch, or the batches of the
    // current work order (as filtered on the board); none for a queue or no selection.
    QList<AssignmentTarget> selectedTargets() const;
    void updatePlanningAction(QAction *action, bool available, const QString &refusal, const QString &normalTip);
    // Why `action` is not allowed in `queueId` ("" = allowed): the permissions' own words.
    QString refusalOf(PlanningAction action, const QString &queueId) const;
    bool isConnected() const;
    // Hands the draft store and who is signed in where (the session's) to a wizard.
    template <typename Wizard>
    void useDrafts(Wizard *wizard) const;
    void onServerSwitched();
    void onSignedIn(const Niagara::User &user);
    void onSignedOut();
    void clearBoard();

    QPointer<BatchStore> m_store;
    QPointer<PlanningService> m_planning;
    QPointer<PlanningMonitor> m_monitor;
    QPointer<DraftStore> m_drafts;
    QPointer<Session> m_session;
    QPointer<Connectivity> m_connectivity;
    QString m_profileId; // the server the board's batches come from

    QSettings *m_settings;

    BatchTreeModel *m_model = nullptr;
    TextFilterProxy *m_textProxy = nullptr;
    CategoryFilterProxy *m_categoryProxy = nullptr;
    AssignedToUserProxy *m_mineProxy = nullptr;
    OverdueFilterProxy *m_overdueProxy = nullptr;
    FilteredAggregateProxy *m_countProxy = nullptr;
    BatchSortProxy *m_sortProxy = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_split = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_print = nullptr;
    QList<QAction *> m_separators; // [menu after Find, menu after Delete, toolbar ×2]

    FilterBar *m_filterBar = nullptr;
    ErrorBanner *m_banner = nullptr;
    BoardTree *m_tree = nullptr;
    BatchDetailPane *m_detail = nullptr;
    BatchRelationsModel *m_relations = nullptr; // over m_planning; replaced with it
    QStackedWidget *m_treeStack = nullptr;      // the tree, or the empty result
    QWidget *m_emptyResult = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QLabel *m_emptyText = nullptr;
    QPointer<QObject> m_permissionsSource; // the Permissions updateActions listens to
    QSplitter *m_splitter = nullptr;
    LoadStatus *m_loadStatus = nullptr;
    LegendWidget *m_legend = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_refreshSoon = nullptr; // one reload after a burst of planning changes

    bool m_bannerShowsLoadError = false;
    bool m_restoringSort = false;
};

} // namespace BatchDesk::Ui
