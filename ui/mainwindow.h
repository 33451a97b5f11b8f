#pragma once

// The board: toolbar, filters, the queue → work order → batch tree, the detail pane, the
// error banner and the status bar. No business logic: it drives BatchStore and NiagaraClient
// and shows what they report. Composition (network, client, store, settings) happens in the
// entry point; the window borrows them.

#include "client/niagaraclient.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTime>

#include <optional>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace BatchDesk {
struct AssignmentTarget;
class BatchStore;
class PlanningService;
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
class ConnectionDialog;
class ErrorBanner;
class LegendWidget;
class SplitWorkOrderWizard;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `client` may be null (no server yet, or tests); `settings` must outlive the window.
    MainWindow(BatchStore *store, Niagara::NiagaraClient *client, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The client is configured (base URL, token): ask who we are, load, start the timer.
    void start();
    // Before start(): what the connection is doing ("Starting the demo workspace…").
    void setConnectionStatus(const QString &text);
    // Errors from outside the window (the demo server) go to the same banner.
    void showError(const QString &message);
    // The planning wizards need the service; without one their actions stay disabled. The
    // service must outlive the window (or be deleted with it).
    void setPlanningService(PlanningService *service);
    PlanningService *planningService() const;
    // Who is signed in to which server. With a session the window follows it: the server
    // switcher and the status bar show the current server and user, a switch empties the board
    // and it reloads once signed in, and an expired sign-in shows a banner to sign in again
    // while the board, the selection and any open wizard stay as they are. Without one (tests,
    // a bare client) start() drives the window. The session must outlive the window.
    void setSession(Session *session);
    Session *session() const;
    // The "Servers and sign-in" dialog (one, non-modal); null without a session.
    ConnectionDialog *openConnectionDialog();

    // Opens a wizard (window-modal, not blocking) seeded from the current selection; null
    // when the action is disabled. The wizard deletes itself when closed.
    SplitWorkOrderWizard *openSplitWizard();
    AssignTechniciansWizard *openAssignWizard();

    // The languages the user can choose in Settings → Language: (code, name in that language);
    // `choice` is the current one, empty for "as the system". Choosing one emits
    // languageChosen(); the window (and every widget in it) retranslates itself when the
    // application's translators change, without a restart.
    struct LanguageChoice
    {
        QString code;
        QString nativeName;
    };
    void setLanguages(const QList<LanguageChoice> &languages, const QString &choice);

    // Selects the first batch in view order, expanding its parents (screenshots, demos).
    bool selectFirstBatch();
    void saveSettings() const;

    // For tests: the widgets a user interacts with.
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *deleteAction() const { return m_delete; }
    QAction *splitAction() const { return m_split; }
    QAction *assignAction() const { return m_assign; }
    QList<QAction *> categoryActions() const { return m_categoryActions; }
    QCheckBox *mineCheck() const { return m_mine; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QComboBox *sortCombo() const { return m_sort; }
    BatchDetailPane *detailPane() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ErrorBanner *signInBanner() const { return m_signInBanner; }
    QComboBox *serverSwitcher() const { return m_serverSwitcher; }
    QAction *connectionAction() const { return m_connection; }
    QString connectionStatusText() const;
    QString loadProgressText() const;
    QMenu *languageMenu() const { return m_languageMenu; }

signals:
    // A language code from setLanguages(), or empty for the system's language.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every fixed text of the window, set again when the language changes.
    void retranslateUi();
    void showLoadState();
    void showRefreshTime();
    void showAbout();
    void buildMenus();
    void buildActions();
    void buildFilters(QWidget *bar);
    void buildStatusBar();
    void restoreSettings();
    void saveFilters() const;

    void refresh();
    void deleteSelectedBatch();
    void onCurrentChanged(const QModelIndex &current);
    void onCategoriesToggled();
    void updateCategoryButton();
    void updateActions();
    void onLoadStarted();
    void onLoadProgress(qint64 received, qint64 total);
    void onLoadFinished();
    void onLoadFailed(const Niagara::ApiError &error);
    void restoreExpansion(const QModelIndex &parent, int first, int last);
    QString groupKey(const QModelIndex &index) const;
    QString currentBatchId() const;
    QString currentQueueId() const;
    // The batches an assignment starts from: the current batch, or the batches of the
    // current work order (as filtered on the board); none for a queue or no selection.
    QList<AssignmentTarget> selectedTargets() const;
    void updatePlanningAction(QAction *action, bool available, const std::optional<QString> &refusal,
                              const QString &normalTip);
    bool isConnected() const;
    // Session events.
    void onServerSwitched();
    void onSessionStateChanged();
    void onSignedIn(const Niagara::User &user);
    void onSignedOut();
    void onSessionMessage(const QString &text);
    void adoptUser(const Niagara::User &user);
    void clearBoard();
    void updateServerSwitcher();
    void updateConnectionLabel();
    void showSignInBanner();
    void signInAgain();

    QPointer<BatchStore> m_store;
    QPointer<Niagara::NiagaraClient> m_client;
    QPointer<PlanningService> m_planning;
    QPointer<Session> m_session;
    QPointer<ConnectionDialog> m_connectionDialog;
    QSettings *m_settings;

    BatchTreeModel *m_model = nullptr;
    TextFilterProxy *m_textProxy = nullptr;
    CategoryFilterProxy *m_categoryProxy = nullptr;
    AssignedToUserProxy *m_mineProxy = nullptr;
    OverdueFilterProxy *m_overdueProxy = nullptr;
    BatchSortProxy *m_sortProxy = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_split = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_connection = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_showAllCategories = nullptr;
    QAction *m_systemLanguage = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_boardMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_serverSwitcher = nullptr;
    QList<QAction *> m_sessionToolActions;
    QLineEdit *m_search = nullptr;
    QToolButton *m_categoryButton = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QList<QAction *> m_categoryActions;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_overdue = nullptr;
    QComboBox *m_sort = nullptr;

    ErrorBanner *m_banner = nullptr;
    ErrorBanner *m_signInBanner = nullptr; // the sign-in expired; kept apart from load errors
    QTreeView *m_tree = nullptr;
    BatchDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    LegendWidget *m_legend = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_refreshSoon = nullptr; // one reload after a burst of planning changes
    QToolBar *m_toolbar = nullptr;

    // Expanded queues and work orders by key (see groupKey), kept while filters hide them.
    QSet<QString> m_expanded;
    bool m_hadSavedExpansion = false;
    bool m_firstLoadDone = false;
    bool m_bannerShowsLoadError = false;
    bool m_restoring = false;
    QString m_userName;
    // What the load-progress label says, kept as data so it can be said again in another
    // language.
    enum class LoadState : quint8 { Idle, Loading, Progress, Loaded, Failed };
    LoadState m_loadState = LoadState::Idle;
    qint64 m_loadReceived = 0;
    qint64 m_loadTotal = 0;
    QTime m_lastRefresh;
};

} // namespace BatchDesk::Ui
