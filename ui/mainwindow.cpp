#include "ui/mainwindow.h"

#include "ui/batchdetailpane.h"
#include "ui/board/boarddesk.h"
#include "ui/board/boardtree.h"
#include "ui/board/filterbar.h"

#include <QLineEdit>
#include "ui/errorbanner.h"
#include "ui/shell/batchnavigator.h"
#include "ui/shell/offlinestatus.h"
#include "ui/shell/sessionstatus.h"
#include "ui/shell/shopfloormode.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

namespace Keys {
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString shopFloor = QStringLiteral("shopFloor/enabled");
const QString highContrast = QStringLiteral("shopFloor/highContrast");
} // namespace Keys

// The first window's size where the screen has room for it.
constexpr QSize kPreferredSize(1440, 860);
// Room for the window frame and title bar, which the window's size does not include.
constexpr QSize kFrameAllowance(16, 48);

} // namespace

MainWindow::MainWindow(BatchStore *store, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_shopFloor = new ShopFloorMode(this, this);
    m_navigator = new BatchNavigator(this, store, settings);
    m_sessionStatus = new SessionStatus(this);
    m_board = new BoardDesk(store, settings, this);
    connect(m_sessionStatus, &SessionStatus::message, this, [this](const QString &text) {
        // During an outage the offline banner says it all (with the countdown and Try now);
        // "the server cannot be reached" from the session would only say it twice.
        if (!m_connectivity || !m_connectivity->isOffline())
            showError(text);
    });
    connect(m_board, &BoardDesk::signInExpired, m_sessionStatus, &SessionStatus::showSignInBanner);
    connect(m_board, &BoardDesk::printRequested, this, &MainWindow::printTravelers);

    buildToolBar();
    buildMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sessionStatus->signInBanner());
    m_offlineStatus = new OfflineStatus(store, central);
    layout->addWidget(m_offlineStatus->banner());
    m_desks = new QTabWidget(central);
    m_desks->setObjectName(QStringLiteral("DeskTabs"));
    m_desks->setDocumentMode(true);
    // One desk needs no navigation: the tabs show from the second on.
    m_desks->setTabBarAutoHide(true);
    connect(m_desks, &QTabWidget::currentChanged, this,
            [this](int index) { showDesk(qobject_cast<Desk *>(m_desks->widget(index))); });
    layout->addWidget(m_desks, 1);
    setCentralWidget(central);

    // The status bar's left part is one widget, which the status bar hides and shows around a
    // temporary message by itself: the connection, the "as of" time and the current desk's
    // page of widgets may show and hide within it as they like. Added one by one, a label
    // shown while a message was on screen (the "as of" time, a desk's when its tab opened)
    // was drawn over the message.
    auto *statusRow = new QWidget(statusBar());
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_sessionStatus->connectionLabel());
    statusLayout->addWidget(m_offlineStatus->asOfLabel());
    m_deskStatus = new QStackedWidget(statusRow);
    statusLayout->addWidget(m_deskStatus);
    statusBar()->addWidget(statusRow);
    // The status bar hides it for a message only as long as nothing shows its parent again
    // (it clears the explicit hide): hidden explicitly here, it stays hidden until the message
    // goes.
    connect(statusBar(), &QStatusBar::messageChanged, statusRow,
            [statusRow](const QString &message) { statusRow->setVisible(message.isEmpty()); });

    addDesk(m_board);
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("BoardToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The current desk's actions, then the server and the way to it at the far end.
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbarSpacer = m_toolbar->addWidget(spacer);
    m_sessionStatus->addToToolBar(m_toolbar);
}

void MainWindow::buildMenus()
{
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // Filled by updateDeskMenu() with the current desk's actions.
    m_deskMenu = menuBar()->addMenu(QString());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("LanguageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setObjectName(QStringLiteral("Language_system"));
    m_systemLanguage->setCheckable(true);
    m_systemLanguage->setChecked(true);
    m_systemLanguage->setData(QString());
    m_languageGroup->addAction(m_systemLanguage);
    m_languageMenu->addSeparator();
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageChosen(action->data().toString()); });
    // Without languages (tests, a window without the app around it) there is nothing to choose.
    m_languageMenu->setEnabled(false);

    // Shop-floor mode and the high-contrast palette, for the bench screen (remembered).
    m_settingsMenu->addSeparator();
    m_shopFloorAction = m_settingsMenu->addAction(QString());
    m_shopFloorAction->setCheckable(true);
    m_shopFloorAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_shopFloorAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_shopFloorAction, &QAction::toggled, this, [this](bool on) {
        m_shopFloor->setEnabled(on);
        if (m_settings)
            m_settings->setValue(Keys::shopFloor, on);
    });
    m_highContrastAction = m_settingsMenu->addAction(QString());
    m_highContrastAction->setCheckable(true);
    connect(m_highContrastAction, &QAction::toggled, this, [this](bool on) {
        m_shopFloor->setHighContrast(on);
        if (m_settings)
            m_settings->setValue(Keys::highContrast, on);
    });
    addAction(m_shopFloorAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

// --- desks

void MainWindow::addDesk(Desk *desk)
{
    m_deskList << desk;
    // A page of the status stack, current while the desk is (showDesk); addTab() below may make
    // it so at once. Only the current page counts for the stack's size.
    auto *page = new QWidget(m_deskStatus);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : desk->statusWidgets())
        row->addWidget(widget);
    page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_deskStatus->addWidget(page);
    m_deskStatusPages.insert(desk, page);
    // Permanent widgets stay beside a message: one by one, hidden until the desk is current.
    for (QWidget *widget : desk->permanentStatusWidgets()) {
        statusBar()->addPermanentWidget(widget);
        widget->setVisible(false);
    }
    connect(desk, &Desk::statusMessage, this, [this](const QString &text, int timeoutMs) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeoutMs);
    });
    connect(desk, &Desk::presentationChanged, this, [this, desk] {
        const int index = m_desks->indexOf(desk);
        m_desks->setTabText(index, desk->title());
        if (index < m_deskShortcuts.size())
            m_deskShortcuts.at(index)->setText(desk->title());
        if (desk == m_shownDesk)
            updateDeskMenu();
    });
    m_desks->addTab(desk, desk->icon(), desk->title());
    const int number = static_cast<int>(m_deskList.size());
    if (number <= 9) {
        auto *shortcut = new QAction(desk->title(), this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        connect(shortcut, &QAction::triggered, desk, [this, desk] { setCurrentDesk(desk); });
        addAction(shortcut);
        m_deskShortcuts << shortcut;
    }
    if (m_shownDesk == nullptr)
        showDesk(desk);
}

Desk *MainWindow::currentDesk() const
{
    return qobject_cast<Desk *>(m_desks->currentWidget());
}

void MainWindow::setCurrentDesk(Desk *desk)
{
    m_desks->setCurrentWidget(desk);
}

void MainWindow::showDesk(Desk *desk)
{
    if (desk == nullptr || desk == m_shownDesk)
        return;
    if (m_shownDesk) {
        for (QAction *action : m_shownDesk->toolBarActions())
            m_toolbar->removeAction(action);
        for (QWidget *widget : m_shownDesk->permanentStatusWidgets())
            widget->setVisible(false);
    }
    m_shownDesk = desk;
    m_toolbar->insertActions(m_toolbarSpacer, desk->toolBarActions());
    for (QWidget *widget : desk->permanentStatusWidgets())
        widget->setVisible(true);
    QWidget *current = m_deskStatusPages.value(desk);
    for (int i = 0; i < m_deskStatus->count(); ++i) {
        QWidget *page = m_deskStatus->widget(i);
        const auto policy = page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    if (current)
        m_deskStatus->setCurrentWidget(current);
    m_deskStatus->updateGeometry();
    updateDeskMenu();
    desk->activate();
}

void MainWindow::updateDeskMenu()
{
    if (!m_shownDesk)
        return;
    m_toolbar->setWindowTitle(m_shownDesk->title());
    m_deskMenu->setTitle(m_shownDesk->menuTitle());
    m_deskMenu->clear(); // removes the actions, deletes none but its own separators
    m_deskMenu->addActions(m_shownDesk->menuActions());
    m_deskMenu->addSeparator();
    m_deskMenu->addAction(m_navigator->goToAction());
    m_deskMenu->addAction(m_sessionStatus->connectionAction());
    m_deskMenu->addSeparator();
    m_deskMenu->addAction(m_quit);
}

// --- languages

void MainWindow::setLanguages(const QList<LanguageChoice> &languages, const QString &choice)
{
    const QList<QAction *> previous = m_languageGroup->actions();
    for (QAction *action : previous) {
        if (action != m_systemLanguage) {
            m_languageGroup->removeAction(action);
            delete action;
        }
    }
    for (const LanguageChoice &language : languages) {
        // Each language in its own words: someone who cannot read the current one must still
        // find theirs.
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("Language_") + language.code);
        m_languageGroup->addAction(action);
        action->setChecked(language.code == choice);
    }
    m_systemLanguage->setChecked(choice.isEmpty());
    m_languageMenu->setEnabled(!languages.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    // Sent to every widget when the application's translators change; the children (the
    // desks among them) handle their own texts.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BatchDesk"));
    if (m_offlineStatus)
        m_offlineStatus->retranslate();
    m_quit->setText(tr("Quit"));
    m_about->setText(tr("About BatchDesk"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    //: Language menu entry: use the language the operating system is set to.
    m_systemLanguage->setText(tr("As the system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shopFloorAction->setText(tr("&Shop-floor mode"));
    m_shopFloorAction->setToolTip(tr("Full screen, larger type and larger rows and buttons for the bench (%1)")
                                      .arg(m_shopFloorAction->shortcut().toString(QKeySequence::NativeText)));
    m_highContrastAction->setText(tr("&High contrast"));
    m_sessionStatus->retranslate();
    m_navigator->retranslate();
    updateDeskMenu();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BatchDesk"),
                       tr("<h3>BatchDesk %1</h3><p>The shop-floor batch board for the Niagara API: batches by "
                          "queue and work order, splitting work orders and assigning technicians.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

// --- starting, settings

void MainWindow::setConnectionStatus(const QString &text)
{
    m_sessionStatus->setConnectionStatus(text);
}

void MainWindow::showError(const QString &message)
{
    if (Desk *desk = currentDesk())
        desk->showError(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    // The first window fits the screen it opens on, also a 1366×768 laptop's.
    const QRect available = screen() != nullptr ? screen()->availableGeometry() : QRect(QPoint(), kPreferredSize);
    const QSize fitting = kPreferredSize.boundedTo(available.size() - kFrameAllowance);
    if (m_settings && m_settings->contains(Keys::geometry)) {
        restoreGeometry(m_settings->value(Keys::geometry).toByteArray());
        // A layout saved on a larger screen does not fit this one.
        if (width() > available.width() || height() > available.height())
            resize(fitting);
    } else {
        resize(fitting);
    }
    if (m_settings && m_settings->contains(Keys::state))
        restoreState(m_settings->value(Keys::state).toByteArray());
    if (m_settings) {
        m_highContrastAction->setChecked(m_settings->value(Keys::highContrast, false).toBool());
        m_shopFloorAction->setChecked(m_settings->value(Keys::shopFloor, false).toBool());
    }
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    // Window layout and filters only. Tokens never go here: the client keeps them in memory.
    QSettings &s = *m_settings;
    s.setValue(Keys::geometry, saveGeometry());
    s.setValue(Keys::state, saveState());
    for (const Desk *desk : m_deskList)
        desk->saveSettings(s);
    s.sync();
}

// --- the session and the planning service: the board follows both

Session *MainWindow::session() const
{
    return m_sessionStatus->session();
}

void MainWindow::setSession(Session *session)
{
    m_sessionStatus->setSession(session);
    m_board->setSession(session);
}

bool MainWindow::openBatch(const QString &batchId, const QString &cycleId)
{
    QList<Desk *> order;
    if (Desk *current = currentDesk())
        order << current;
    for (Desk *desk : m_deskList)
        if (!order.contains(desk) && desk != m_board)
            order << desk;
    if (!order.contains(m_board))
        order << m_board;
    for (Desk *desk : order) {
        if (openBatchOn(desk, batchId, cycleId))
            return true;
    }
    showError(tr("Batch %1 is not on this server's board.").arg(batchId));
    return false;
}

bool MainWindow::openBatchOn(Desk *desk, const QString &batchId, const QString &cycleId)
{
    if (!desk || !desk->openBatch(batchId, cycleId))
        return false;
    setCurrentDesk(desk);
    return true;
}

void MainWindow::printTravelers(const QStringList &batchIds)
{
    m_navigator->printTravelers(batchIds);
}

void MainWindow::setUnitIndex(const UnitLabelIndex *units)
{
    m_navigator->setUnitIndex(units);
}

ConnectionDialog *MainWindow::openConnectionDialog()
{
    return m_sessionStatus->openConnectionDialog();
}

void MainWindow::setPlanningService(PlanningService *service)
{
    m_board->setPlanningService(service);
}

void MainWindow::setPlanningMonitor(PlanningMonitor *monitor)
{
    m_board->setPlanningMonitor(monitor);
}

void MainWindow::setDraftStore(DraftStore *drafts)
{
    m_board->setDraftStore(drafts);
}

PlanningService *MainWindow::planningService() const
{
    return m_board->planningService();
}

void MainWindow::showOnBoard(const QString &searchText)
{
    setCurrentDesk(m_board);
    m_board->filterBar()->clear();
    m_board->filterBar()->searchField()->setText(searchText);
}

SplitWorkOrderWizard *MainWindow::openSplitWizardFor(const QString &workOrderId, const QString &queueId)
{
    return m_board->openSplitWizardFor(workOrderId, queueId);
}

SplitWorkOrderWizard *MainWindow::openSplitWizard()
{
    return m_board->openSplitWizard();
}

AssignTechniciansWizard *MainWindow::openAssignWizard()
{
    return m_board->openAssignWizard();
}

bool MainWindow::selectFirstBatch()
{
    return m_board->selectFirstBatch();
}

// --- for tests

QTreeView *MainWindow::tree() const { return m_board->tree(); }
QLineEdit *MainWindow::searchField() const { return m_board->filterBar()->searchField(); }
QAction *MainWindow::refreshAction() const { return m_board->refreshAction(); }
QAction *MainWindow::deleteAction() const { return m_board->deleteAction(); }
QAction *MainWindow::splitAction() const { return m_board->splitAction(); }
QAction *MainWindow::assignAction() const { return m_board->assignAction(); }
QList<QAction *> MainWindow::categoryActions() const { return m_board->filterBar()->categoryActions(); }
QCheckBox *MainWindow::mineCheck() const { return m_board->filterBar()->mineCheck(); }
QCheckBox *MainWindow::overdueCheck() const { return m_board->filterBar()->overdueCheck(); }
QComboBox *MainWindow::sortCombo() const { return m_board->filterBar()->sortCombo(); }
BatchDetailPane *MainWindow::detailPane() const { return m_board->detailPane(); }
ErrorBanner *MainWindow::errorBanner() const { return m_board->errorBanner(); }
void MainWindow::setConnectivity(Connectivity *connectivity)
{
    m_connectivity = connectivity;
    m_offlineStatus->setConnectivity(connectivity);
    m_board->setConnectivity(connectivity);
}

ErrorBanner *MainWindow::offlineBanner() const { return m_offlineStatus->banner(); }
QString MainWindow::asOfText() const { return m_offlineStatus->asOfLabel()->isVisibleTo(this) ? m_offlineStatus->asOfLabel()->text() : QString(); }

ErrorBanner *MainWindow::signInBanner() const { return m_sessionStatus->signInBanner(); }
QComboBox *MainWindow::serverSwitcher() const { return m_sessionStatus->serverSwitcher(); }
QAction *MainWindow::connectionAction() const { return m_sessionStatus->connectionAction(); }
QString MainWindow::connectionStatusText() const { return m_sessionStatus->connectionLabel()->text(); }
QString MainWindow::loadProgressText() const { return m_board->loadProgressText(); }

} // namespace BatchDesk::Ui
