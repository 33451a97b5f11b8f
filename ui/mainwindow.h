#pragma once

// The shell: menus, toolbar, status bar, the session banner and the navigation between desks
// (tabs, Ctrl+1…Ctrl+9). Each desk (ui/shell/desk.h) is one view with its own widgets and
// actions; the board (BoardDesk) is the first. The shell holds no business logic and nothing
// of a desk's own: composition (network, client, store, settings) happens in the entry point,
// the window borrows them. The accessors below forward to the parts that own the widgets.

#include "models/session/connectivity.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace BatchDesk {
class BatchStore;
class DraftStore;
class UnitLabelIndex;
class PlanningMonitor;
class PlanningService;
class Session;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class AssignTechniciansWizard;
class BatchDetailPane;
class BatchNavigator;
class ShopFloorMode;
class BoardDesk;
class ConnectionDialog;
class Desk;
class ErrorBanner;
class SessionStatus;
class SplitWorkOrderWizard;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The window never sees the network client: the store, the planning service and the
    // session reach the server. `settings` must outlive the window.
    MainWindow(BatchStore *store, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a desk after the board (the window takes it): a tab, Ctrl+<n>, its menu, toolbar
    // and status-bar widgets while it is the current one.
    void addDesk(Desk *desk);
    Desk *currentDesk() const;
    void setCurrentDesk(Desk *desk);
    BoardDesk *boardDesk() const { return m_board; }

    // Before the first sign-in: what the connection is doing ("Starting the demo workspace…").
    void setConnectionStatus(const QString &text);
    // Errors from outside the window (the demo server, the session) go to the current desk.
    void showError(const QString &message);
    // The planning wizards need the service; without one their actions stay disabled. The
    // service must outlive the window (or be deleted with it).
    void setPlanningService(PlanningService *service);
    PlanningService *planningService() const;
    // The planning desk's figures for the wizards the board opens (may be null).
    void setPlanningMonitor(PlanningMonitor *monitor);
    // Where the wizards the board opens keep their drafts (may be null: none kept). Must
    // outlive the window.
    void setDraftStore(DraftStore *drafts);
    // Who is signed in to which server. With a session the window follows it: the server
    // switcher and the status bar show the current server and user, a switch empties the board
    // and it reloads once signed in, and an expired sign-in shows a banner to sign in again
    // while the board, the selection and any open wizard stay as they are. The session is the
    // only source of who is signed in. Without one (tests with a store fed by hand) the board
    // shows what the store holds. The session must outlive the window.
    void setSession(Session *session);
    // The offline banner ("Offline since 10:42 — trying again in 20 s", Try now) and the board
    // desk's quiet handling of load failures during an outage.
    void setConnectivity(Connectivity *connectivity);
    ErrorBanner *offlineBanner() const;
    QString asOfText() const;
    Session *session() const;
    // The "Servers and sign-in" dialog (one, non-modal); null without a session.
    ConnectionDialog *openConnectionDialog();

    // Opens a wizard (window-modal, not blocking) seeded from the board's selection; null
    // when the action is disabled. The wizard deletes itself when closed.
    SplitWorkOrderWizard *openSplitWizard();
    AssignTechniciansWizard *openAssignWizard();
    // The planning desk's links: the board with only what `searchText` finds (every other
    // filter off), and the split wizard filled in for a work order (and queue, "" = none).
    void showOnBoard(const QString &searchText);
    SplitWorkOrderWizard *openSplitWizardFor(const QString &workOrderId, const QString &queueId);

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

    // Shows a batch (a scanned or typed code, a link from another desk): the current desk if it
    // holds the batch, else My work, else the board. A unit is selected when `cycleId` is given.
    // False (with a message) when no desk holds it.
    bool openBatch(const QString &batchId, const QString &cycleId = {});
    // Shows a batch on one desk (made current).
    bool openBatchOn(Desk *desk, const QString &batchId, const QString &cycleId = {});
    // The travelers' print dialog for these batches.
    void printTravelers(const QStringList &batchIds);
    // Units read this session, for scanned unit labels (may be null).
    void setUnitIndex(const UnitLabelIndex *units);
    BatchNavigator *navigator() const { return m_navigator; }
    ShopFloorMode *shopFloorMode() const { return m_shopFloor; }
    QAction *shopFloorAction() const { return m_shopFloorAction; }
    QAction *highContrastAction() const { return m_highContrastAction; }
    const QList<Desk *> &desks() const { return m_deskList; }

    // Selects the first batch in view order, expanding its parents (screenshots, demos).
    bool selectFirstBatch();
    void saveSettings() const;

    // For tests: the widgets a user interacts with.
    QTreeView *tree() const;
    QLineEdit *searchField() const;
    QAction *refreshAction() const;
    QAction *deleteAction() const;
    QAction *splitAction() const;
    QAction *assignAction() const;
    QList<QAction *> categoryActions() const;
    QCheckBox *mineCheck() const;
    QCheckBox *overdueCheck() const;
    QComboBox *sortCombo() const;
    BatchDetailPane *detailPane() const;
    ErrorBanner *errorBanner() const;
    ErrorBanner *signInBanner() const;
    QComboBox *serverSwitcher() const;
    QAction *connectionAction() const;
    QString connectionStatusText() const;
    QString loadProgressText() const;
    QMenu *languageMenu() const { return m_languageMenu; }
    QTabWidget *deskTabs() const { return m_desks; }

signals:
    // A language code from setLanguages(), or empty for the system's language.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every fixed text of the shell, set again when the language changes.
    void retranslateUi();
    void buildMenus();
    void buildToolBar();
    void restoreSettings();
    void showDesk(Desk *desk);
    void updateDeskMenu();
    void showAbout();

    QSettings *m_settings;
    BatchStore *m_store;
    SessionStatus *m_sessionStatus = nullptr;
    class OfflineStatus *m_offlineStatus = nullptr;
    QPointer<Connectivity> m_connectivity;
    BatchNavigator *m_navigator = nullptr;
    ShopFloorMode *m_shopFloor = nullptr;
    QAction *m_shopFloorAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    BoardDesk *m_board = nullptr;
    QTabWidget *m_desks = nullptr;
    QStackedWidget *m_deskStatus = nullptr; // a page of status widgets per desk
    QHash<Desk *, QWidget *> m_deskStatusPages;
    QList<Desk *> m_deskList;
    QList<QAction *> m_deskShortcuts; // Ctrl+1…Ctrl+9, one per desk
    QPointer<Desk> m_shownDesk;       // whose actions the menu and toolbar hold now

    QToolBar *m_toolbar = nullptr;
    QAction *m_toolbarSpacer = nullptr; // desk actions go before it, the session's after
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_systemLanguage = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_deskMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace BatchDesk::Ui
