#include "ui/mainwindow.h"

#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/planning/planningservice.h"
#include "models/session/session.h"
#include "ui/batchdetailpane.h"
#include "ui/connectiondialog.h"
#include "ui/cycleprogressdelegate.h"
#include "ui/errorbanner.h"
#include "ui/legendwidget.h"
#include "ui/plaintext.h"
#include "ui/statuspalette.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/splitworkorderwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

namespace Keys {
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString splitter = QStringLiteral("mainWindow/splitter");
const QString header = QStringLiteral("mainWindow/header");
const QString expanded = QStringLiteral("mainWindow/expandedGroups");
const QString search = QStringLiteral("filters/search");
const QString categories = QStringLiteral("filters/categories");
const QString mine = QStringLiteral("filters/assignedToMe");
const QString overdue = QStringLiteral("filters/overdue");
const QString sort = QStringLiteral("filters/sort");
const QString refreshInterval = QStringLiteral("refresh/intervalSeconds");
} // namespace Keys

constexpr int kDefaultRefreshSeconds = 30;
// Below this a refresh of a large board would start before the previous one ends.
constexpr int kMinimumRefreshSeconds = 5;

// The status column: a swatch in the category's colour and pattern (StatusPalette, the same
// as the bar segments and the legend) before the customer's label. The text itself keeps the
// palette's colour: several category colours are too light to read as text.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int category = index.data(BatchRoles::StatusCategoryRole).toInt();
        const bool isBatch = index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch);
        if (!isBatch || category < 0 || category >= static_cast<int>(Niagara::kStatusCategoryCount)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int side = std::max(8, opt.fontMetrics.height() - 6);
        const QRect swatch(opt.rect.left() + 4, opt.rect.center().y() - side / 2 + 1, side, side);
        // The style draws background and text, shifted right by the swatch.
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        StatusPalette::fill(*painter, QRectF(swatch), static_cast<StatusCategory>(category), opt.palette);
        painter->setPen(StatusPalette::frameColor(opt.palette));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        const QRect textRect = opt.rect.adjusted(swatch.width() + 10, 0, -4, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.height() + 6;
        return size;
    }
};

QString sortKeyName(BatchSortProxy::SortBy key)
{
    return QString::fromLatin1(QMetaEnum::fromType<BatchSortProxy::SortBy>().valueToKey(static_cast<int>(key)));
}

} // namespace

MainWindow::MainWindow(BatchStore *store, Niagara::NiagaraClient *client, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_client(client)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("MainWindow"));

    // source → text → category → mine → overdue → sort, each proxy doing one job.
    m_model = new BatchTreeModel(store, this);
    m_textProxy = new TextFilterProxy(this);
    m_textProxy->setSourceModel(m_model);
    m_categoryProxy = new CategoryFilterProxy(this);
    m_categoryProxy->setSourceModel(m_textProxy);
    m_mineProxy = new AssignedToUserProxy(this);
    m_mineProxy->setSourceModel(m_categoryProxy);
    m_overdueProxy = new OverdueFilterProxy(this);
    m_overdueProxy->setSourceModel(m_mineProxy);
    m_sortProxy = new BatchSortProxy(this);
    m_sortProxy->setSourceModel(m_overdueProxy);

    buildActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    auto *filterBar = new QWidget(central);
    buildFilters(filterBar);
    layout->addWidget(filterBar);

    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_bannerShowsLoadError = false; });
    m_signInBanner = new ErrorBanner(central);
    m_signInBanner->setObjectName(QStringLiteral("SignInBanner"));
    layout->addWidget(m_signInBanner);

    m_tree = new QTreeView(central);
    m_tree->setObjectName(QStringLiteral("BatchTree"));
    m_tree->setModel(m_sortProxy);
    m_tree->setItemDelegateForColumn(CyclesColumn, new CycleProgressDelegate(m_tree));
    m_tree->setItemDelegateForColumn(StatusColumn, new StatusDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // Several batches can be selected for "Assign technicians…"; the current row drives the
    // detail pane and Delete.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSortingEnabled(false); // the sort combo decides; BatchSortProxy keeps groups in their order
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths that fit the demo data at the default font; restoreSettings() overrides them.
    const std::pair<int, int> widths[] = {{LabelColumn, 266}, {StatusColumn, 118}, {CyclesColumn, 160},
                                          {NumberCyclesColumn, 130}, {PercentColumn, 80}, {DueDateColumn, 92},
                                          {TechniciansColumn, 114}, {OrderColumn, 78}};
    for (const auto &[column, width] : widths)
        m_tree->header()->resizeSection(column, width);

    m_detail = new BatchDetailPane(store, client, central);
    m_detail->setMinimumWidth(280);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1090, 340});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildStatusBar();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) { m_expanded.insert(groupKey(index)); });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) { m_expanded.remove(groupKey(index)); });
    // Rows come and go as pages arrive and filters change; groups the user had open open again.
    connect(m_sortProxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &group, int first, int last) { restoreExpansion(group, first, last); });

    if (store) {
        connect(store, &BatchStore::loadStarted, this, &MainWindow::onLoadStarted);
        connect(store, &BatchStore::loadProgress, this, &MainWindow::onLoadProgress);
        connect(store, &BatchStore::loadFinished, this, &MainWindow::onLoadFinished);
        connect(store, &BatchStore::loadFailed, this, &MainWindow::onLoadFailed);
    }

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(200);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refresh);

    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // A slow server must not have its load restarted over and over.
        if (m_store && !m_store->isLoading())
            refresh();
    });

    buildMenus();
    retranslateUi();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_boardMenu = menuBar()->addMenu(QString());
    m_boardMenu->addAction(m_refresh);
    m_boardMenu->addAction(m_find);
    m_boardMenu->addSeparator();
    m_boardMenu->addAction(m_split);
    m_boardMenu->addAction(m_assign);
    m_boardMenu->addAction(m_delete);
    m_boardMenu->addSeparator();
    m_boardMenu->addAction(m_connection);
    m_boardMenu->addSeparator();
    m_boardMenu->addAction(m_quit);

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

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

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
    // Sent to every widget when the application's translators change; the children handle
    // their own texts.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BatchDesk"));
    m_toolbar->setWindowTitle(tr("Board"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the batches again (F5)"));
    m_split->setText(tr("Split work order…"));
    m_assign->setText(tr("Assign technicians…"));
    m_delete->setText(tr("Delete batch"));
    m_delete->setToolTip(tr("Delete the selected batch from the server"));
    m_serverLabel->setText(tr("Server:"));
    m_serverSwitcher->setToolTip(tr("The server the board shows; switching reloads the board from it"));
    m_connection->setText(tr("Connection…"));
    m_connection->setToolTip(tr("Servers and sign-in: add a server, sign in or out, switch servers"));
    m_find->setText(tr("Find"));
    m_quit->setText(tr("Quit"));
    m_about->setText(tr("About BatchDesk"));
    //: Menu of the main window: what is done on the batch board.
    m_boardMenu->setTitle(tr("&Board"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    //: Language menu entry: use the language the operating system is set to.
    m_systemLanguage->setText(tr("As the system"));
    m_helpMenu->setTitle(tr("&Help"));

    m_search->setPlaceholderText(tr("Search batches, work orders, queues, technicians (Ctrl+F)"));
    for (QAction *action : std::as_const(m_categoryActions))
        action->setText(Niagara::categoryDisplayName(static_cast<StatusCategory>(action->data().toInt())));
    m_showAllCategories->setText(tr("Show all statuses"));
    m_mine->setText(tr("Assigned to me"));
    m_mine->setToolTip(tr("Only batches where you are one of the technicians"));
    //: Filter: only batches of work orders past their due date.
    m_overdue->setText(tr("Overdue"));
    m_overdue->setToolTip(tr("Only batches of work orders past their due date with unfinished cycles"));
    m_sortLabel->setText(tr("Sort by"));
    const std::pair<BatchSortProxy::SortBy, QString> sortNames[] = {
        //: Sort key: the batches' order in their queue (the order they are worked in).
        {BatchSortProxy::SortBy::Order, tr("Queue order")},
        {BatchSortProxy::SortBy::Label, tr("Label")},
        {BatchSortProxy::SortBy::Progress, tr("Progress")},
        {BatchSortProxy::SortBy::DueDate, tr("Due date")},
    };
    for (const auto &[key, name] : sortNames) {
        const int row = m_sort->findData(QVariant::fromValue(key));
        if (row >= 0)
            m_sort->setItemText(row, name);
    }
    updateCategoryButton();
    showLoadState();
    showRefreshTime();
    updateActions();
    if (m_session) {
        updateServerSwitcher();
        updateConnectionLabel();
    } else if (!m_client || !m_client->hasToken()) {
        m_connectionLabel->setText(tr("Not connected"));
    }
    // Header texts come from the model; the view asks again when told they changed.
    m_model->retranslate();
    m_tree->viewport()->update();
}

void MainWindow::showLoadState()
{
    const QLocale locale;
    switch (m_loadState) {
    case LoadState::Idle: m_progressLabel->clear(); break;
    case LoadState::Loading: m_progressLabel->setText(tr("Loading…")); break;
    case LoadState::Progress:
        m_progressLabel->setText(tr("Loaded %1 of %2").arg(locale.toString(m_loadReceived), locale.toString(m_loadTotal)));
        break;
    case LoadState::Loaded:
        m_progressLabel->setText(tr("%Ln batch(es)", nullptr, m_store ? static_cast<int>(m_store->size()) : 0));
        break;
    case LoadState::Failed: m_progressLabel->setText(tr("Load failed")); break;
    }
}

void MainWindow::showRefreshTime()
{
    if (!m_lastRefresh.isValid()) {
        m_refreshedLabel->clear();
        return;
    }
    // The locale's own time format, with seconds (the board refreshes every 30 s) but without
    // the time zone.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    m_refreshedLabel->setText(tr("Refreshed %1").arg(locale.toString(m_lastRefresh, format.trimmed())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BatchDesk"),
                       tr("<h3>BatchDesk %1</h3><p>The shop-floor batch board for the Niagara API: batches by "
                          "queue and work order, splitting work orders and assigning technicians.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}
void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("BoardToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_split = new QAction(this);
    m_split->setObjectName(QStringLiteral("SplitAction"));
    connect(m_split, &QAction::triggered, this, [this] { openSplitWizard(); });
    m_assign = new QAction(this);
    m_assign->setObjectName(QStringLiteral("AssignAction"));
    connect(m_assign, &QAction::triggered, this, [this] { openAssignWizard(); });

    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelectedBatch);

    toolbar->addAction(m_refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_split);
    toolbar->addAction(m_assign);
    toolbar->addSeparator();
    toolbar->addAction(m_delete);

    // The server and the way to it, at the far end of the toolbar.
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *serverLabel = plainLabel(toolbar);
    m_serverLabel = serverLabel;
    serverLabel->setContentsMargins(0, 0, 4, 0);
    m_serverSwitcher = new QComboBox(toolbar);
    m_serverSwitcher->setObjectName(QStringLiteral("ServerSwitcher"));
    m_serverSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverSwitcher->setMinimumContentsLength(14);
    m_serverSwitcher->setEnabled(false);
    serverLabel->setBuddy(m_serverSwitcher);
    connect(m_serverSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_serverSwitcher->itemData(index).toString();
        const auto current = m_session ? m_session->currentProfile() : std::nullopt;
        if (m_session && !id.isEmpty() && (!current || current->id != id))
            m_session->switchTo(id);
    });
    // Shown only with a session (a window over a bare client has no servers to choose).
    m_sessionToolActions << toolbar->addWidget(serverLabel) << toolbar->addWidget(m_serverSwitcher);
    m_connection = new QAction(style()->standardIcon(QStyle::SP_DriveNetIcon), QString(), this);
    m_connection->setObjectName(QStringLiteral("ConnectionAction"));
    m_connection->setEnabled(false);
    connect(m_connection, &QAction::triggered, this, [this] { openConnectionDialog(); });
    toolbar->addAction(m_connection);
    m_sessionToolActions << m_connection;
    for (QAction *action : std::as_const(m_sessionToolActions))
        action->setVisible(false);
    m_toolbar = toolbar;

    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_find);
}

void MainWindow::buildFilters(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("SearchField"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_textProxy->setText(text);
        saveFilters();
    });
    layout->addWidget(m_search, 1);

    m_categoryButton = new QToolButton(bar);
    m_categoryButton->setObjectName(QStringLiteral("CategoryFilterButton"));
    m_categoryButton->setPopupMode(QToolButton::InstantPopup);
    m_categoryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_categoryMenu = new QMenu(m_categoryButton);
    for (StatusCategory category : Niagara::kAllStatusCategories) {
        QAction *action = m_categoryMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(static_cast<int>(category));
        connect(action, &QAction::toggled, this, &MainWindow::onCategoriesToggled);
        m_categoryActions << action;
    }
    m_categoryMenu->addSeparator();
    m_showAllCategories = m_categoryMenu->addAction(QString());
    connect(m_showAllCategories, &QAction::triggered, this, [this] {
        m_restoring = true; // one filter update, not six
        for (QAction *action : std::as_const(m_categoryActions))
            action->setChecked(false);
        m_restoring = false;
        onCategoriesToggled();
    });
    m_categoryButton->setMenu(m_categoryMenu);
    layout->addWidget(m_categoryButton);

    m_mine = new QCheckBox(bar);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_mineProxy->setEnabled(on);
        saveFilters();
    });
    layout->addWidget(m_mine);

    m_overdue = new QCheckBox(bar);
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_overdueProxy->setEnabled(on);
        saveFilters();
    });
    layout->addWidget(m_overdue);

    m_sortLabel = plainLabel(bar);
    m_sort = new QComboBox(bar);
    m_sort->setObjectName(QStringLiteral("SortCombo"));
    // Texts in retranslateUi().
    for (const auto key : {BatchSortProxy::SortBy::Order, BatchSortProxy::SortBy::Label, BatchSortProxy::SortBy::Progress,
                           BatchSortProxy::SortBy::DueDate})
        m_sort->addItem(QString(), QVariant::fromValue(key));
    m_sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_sortProxy->setSortBy(m_sort->currentData().value<BatchSortProxy::SortBy>());
        saveFilters();
    });
    layout->addWidget(m_sortLabel);
    layout->addWidget(m_sort);
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    m_connectionLabel = plainLabel(bar);
    m_connectionLabel->setObjectName(QStringLiteral("ConnectionLabel"));
    m_refreshedLabel = plainLabel(bar);
    m_refreshedLabel->setObjectName(QStringLiteral("RefreshedLabel"));
    m_progressLabel = plainLabel(bar);
    m_progressLabel->setObjectName(QStringLiteral("LoadProgressLabel"));
    m_legend = new LegendWidget(bar);
    // Status bar labels sit close together by default; give each its own room.
    for (QLabel *label : {m_connectionLabel, m_refreshedLabel, m_progressLabel})
        label->setContentsMargins(4, 0, 12, 0);
    bar->addWidget(m_connectionLabel);
    bar->addWidget(m_refreshedLabel);
    bar->addWidget(m_progressLabel);
    bar->addPermanentWidget(m_legend);
}

void MainWindow::start()
{
    if (!m_client)
        return;
    const QString server = m_client->baseUrl().toDisplayString();
    m_connectionLabel->setText(tr("Connecting to %1…").arg(server));
    m_client->getMe(this, [this, server](Niagara::Outcome<Niagara::Me> outcome) {
        if (!outcome.ok()) {
            // The load reports the same failure in the banner; here only the state.
            m_connectionLabel->setText(tr("%1 — not signed in").arg(server));
            m_connectionLabel->setToolTip(plainToolTip(outcome.error.message()));
            return;
        }
        const Niagara::User &user = outcome.value->user;
        m_userName = user.name.isEmpty() ? user.email : user.name;
        m_mineProxy->setUserId(user.id);
        // Refusals are remembered per user: the actions depend on who this is.
        if (m_planning) {
            m_planning->setCurrentUserId(user.id);
            updateActions();
        }
        m_connectionLabel->setText(tr("%1 — signed in as %2").arg(server, m_userName));
        m_connectionLabel->setToolTip(plainToolTip(user.email));
    });
    refresh();
    const int seconds = m_settings ? m_settings->value(Keys::refreshInterval, kDefaultRefreshSeconds).toInt()
                                   : kDefaultRefreshSeconds;
    if (seconds > 0) {
        m_refreshTimer->start(std::max(seconds, kMinimumRefreshSeconds) * 1000);
    }
    updateActions();
}

void MainWindow::setConnectionStatus(const QString &text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::showError(const QString &message)
{
    m_bannerShowsLoadError = false;
    m_banner->showError(message);
}

void MainWindow::refresh()
{
    if (!m_store || !isConnected())
        return;
    m_store->reload();
}

bool MainWindow::isConnected() const
{
    if (!m_client || !m_client->hasToken())
        return false;
    // While signing in again the old token is still set but useless: a load would only meet
    // another 401. The board keeps what it shows until the new sign-in.
    return !m_session || m_session->state() == Session::State::SignedIn;
}

QString MainWindow::currentBatchId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(BatchRoles::LevelRole).toInt() != static_cast<int>(TreeLevel::Batch))
        return {};
    return current.data(BatchRoles::IdRole).toString();
}

QString MainWindow::currentQueueId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(BatchRoles::QueueIdRole).toString() : QString();
}

void MainWindow::updateActions()
{
    const bool connected = isConnected();
    m_delete->setEnabled(!currentBatchId().isEmpty() && connected);
    m_refresh->setEnabled(connected);

    // A queue where the server refused this user the action before keeps it disabled, with
    // the server's reason; other queues (and no selection) are worth trying.
    const bool available = connected && m_planning;
    const QString queueId = currentQueueId();
    const auto refusal = [&](PlanningAction action) -> std::optional<QString> {
        if (!m_planning || queueId.isEmpty())
            return std::nullopt;
        return m_planning->refusal(action, queueId);
    };
    updatePlanningAction(m_split, available, refusal(PlanningAction::Split),
                         tr("Split a work order into batches, with a preview of every batch"));
    updatePlanningAction(m_assign, available, refusal(PlanningAction::Assign),
                         tr("Assign technicians to the selected batch, or to the batches of the selected work "
                            "order"));
}

void MainWindow::updatePlanningAction(QAction *action, bool available, const std::optional<QString> &refusal,
                                      const QString &normalTip)
{
    action->setEnabled(available && !refusal);
    QString tip = normalTip;
    if (refusal)
        tip = plainToolTip(tr("Not allowed in this queue: %1").arg(*refusal)); // the server's words
    else if (!available)
        tip = tr("Needs a connection to the server");
    action->setToolTip(tip);
    // Disabled toolbar buttons show no tooltip on some styles; make sure the reason is there.
    if (m_toolbar) {
        if (QWidget *button = m_toolbar->widgetForAction(action))
            button->setToolTip(tip);
    }
}

PlanningService *MainWindow::planningService() const
{
    return m_planning;
}

void MainWindow::setPlanningService(PlanningService *service)
{
    if (m_planning)
        disconnect(m_planning, nullptr, this, nullptr);
    m_planning = service;
    if (service) {
        connect(service, &PlanningService::refusalsChanged, this, &MainWindow::updateActions);
        // A run changed the server: show it on the board (one reload for a burst of runs).
        connect(service, &PlanningService::serverChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    }
    updateActions();
}

SplitWorkOrderWizard *MainWindow::openSplitWizard()
{
    if (!m_planning || !m_split->isEnabled())
        return nullptr;
    auto *wizard = new SplitWorkOrderWizard(m_planning, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        wizard->preselect(current.data(BatchRoles::WorkOrderIdRole).toString(), current.data(BatchRoles::QueueIdRole).toString());
    wizard->open();
    return wizard;
}

QList<AssignmentTarget> MainWindow::selectedTargets() const
{
    QList<AssignmentTarget> targets;
    if (!m_store)
        return targets;
    const auto add = [&](const QModelIndex &index) {
        const BatchRecord *record = m_store->batch(index.data(BatchRoles::IdRole).toString());
        if (record == nullptr)
            return;
        AssignmentTarget t;
        t.batchId = record->id;
        t.batchLabel = record->label;
        t.queueId = record->queueId;
        if (const Niagara::Queue *queue = m_store->queue(record->queueId))
            t.queueLabel = queue->label;
        targets << t;
    };
    // Every selected batch, and every batch of a selected work order (Ctrl/Shift-click select
    // several); without a selection, the current row.
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_tree->currentIndex().isValid())
        rows.append(m_tree->currentIndex().siblingAtColumn(0));
    QSet<QString> seen;
    const auto addOnce = [&](const QModelIndex &index) {
        const QString id = index.data(BatchRoles::IdRole).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            add(index);
        }
    };
    for (const QModelIndex &index : std::as_const(rows)) {
        const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
        if (level == TreeLevel::Batch) {
            addOnce(index);
        } else if (level == TreeLevel::WorkOrder) {
            for (int row = 0; row < m_sortProxy->rowCount(index); ++row)
                addOnce(m_sortProxy->index(row, 0, index));
        }
    }
    return targets;
}

AssignTechniciansWizard *MainWindow::openAssignWizard()
{
    if (!m_planning || !m_assign->isEnabled())
        return nullptr;
    auto *wizard = new AssignTechniciansWizard(m_planning, m_store, selectedTargets(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
    } else if (current.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch)) {
        m_detail->showBatch(current.data(BatchRoles::IdRole).toString());
    } else {
        m_detail->showGroup(current);
    }
    updateActions();
}

void MainWindow::deleteSelectedBatch()
{
    const QString id = currentBatchId();
    if (id.isEmpty() || !m_client || !m_store)
        return;
    const BatchRecord *record = m_store->batch(id);
    const QString label = record != nullptr ? record->label : id;

    // Window-modal but not a nested event loop: the answer arrives through a signal.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete batch"),
                                tr("Delete the batch “%1”?").arg(label), QMessageBox::NoButton, this);
    makePlain(box); // the label is the server's
    box->setInformativeText(tr("The batch and its relations are removed from the server. This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, label, deleteButton](QAbstractButton *button) {
        if (button != deleteButton || !m_client)
            return;
        statusBar()->showMessage(tr("Deleting “%1”…").arg(label));
        m_client->deleteBatch(id, this, [this, label](Niagara::Outcome<Niagara::Done> outcome) {
            statusBar()->clearMessage();
            if (outcome.ok()) {
                statusBar()->showMessage(tr("Deleted “%1”").arg(label), 5000);
                refresh();
                return;
            }
            if (outcome.error.kind() == Niagara::ApiError::Kind::Cancelled)
                return;
            // 423 included: ApiError::message() explains that cycles are in flight.
            showError(outcome.error.message());
        });
    });
    box->open();
}

void MainWindow::onCategoriesToggled()
{
    if (m_restoring)
        return;
    QSet<StatusCategory> chosen;
    for (QAction *action : std::as_const(m_categoryActions)) {
        if (action->isChecked())
            chosen.insert(static_cast<StatusCategory>(action->data().toInt()));
    }
    m_categoryProxy->setCategories(chosen);
    updateCategoryButton();
    saveFilters();
}

void MainWindow::updateCategoryButton()
{
    QStringList names;
    for (QAction *action : std::as_const(m_categoryActions)) {
        if (action->isChecked())
            names << action->text();
    }
    if (names.isEmpty())
        m_categoryButton->setText(tr("Status: all"));
    else if (names.size() <= 2)
        m_categoryButton->setText(tr("Status: %1").arg(names.join(QStringLiteral(", "))));
    else
        m_categoryButton->setText(tr("Status: %Ln selected", nullptr, static_cast<int>(names.size())));
    // Room for the menu arrow, which the style draws over the text otherwise.
    m_categoryButton->setMinimumWidth(m_categoryButton->fontMetrics().horizontalAdvance(m_categoryButton->text()) + 36);
    m_categoryButton->setToolTip(names.isEmpty() ? tr("Show only batches in some status categories")
                                                 : names.join(QLatin1Char('\n')));
}

QString MainWindow::loadProgressText() const
{
    return m_progressLabel->text();
}

void MainWindow::onLoadStarted()
{
    m_loadState = LoadState::Loading;
    showLoadState();
}

void MainWindow::onLoadProgress(qint64 received, qint64 total)
{
    m_loadState = LoadState::Progress;
    m_loadReceived = received;
    m_loadTotal = total;
    showLoadState();
}

void MainWindow::onLoadFinished()
{
    m_loadState = LoadState::Loaded;
    showLoadState();
    m_lastRefresh = QTime::currentTime();
    showRefreshTime();
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
    m_firstLoadDone = true;
}

void MainWindow::onLoadFailed(const Niagara::ApiError &error)
{
    m_loadState = LoadState::Failed;
    showLoadState();
    if (m_session && error.kind() == Niagara::ApiError::Kind::Unauthorized) {
        // Not a load problem: the sign-in is gone. The session renews what it can before a
        // request fails like this, so only signing in again helps.
        showSignInBanner();
        return;
    }
    m_banner->showError(error.message(), [this] { refresh(); });
    m_bannerShowsLoadError = true;
}

QString MainWindow::groupKey(const QModelIndex &index) const
{
    const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
    const QString queueId = index.data(BatchRoles::QueueIdRole).toString();
    switch (level) {
    case TreeLevel::Queue: return QStringLiteral("q/") + queueId;
    case TreeLevel::WorkOrder: return QStringLiteral("w/") + queueId + QLatin1Char('/') + index.data(BatchRoles::WorkOrderIdRole).toString();
    case TreeLevel::Batch: break;
    }
    return {};
}

void MainWindow::restoreExpansion(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_sortProxy->index(row, 0, parent);
        const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
        if (level == TreeLevel::Batch)
            continue;
        // Without a saved layout, the first load opens every queue so the work orders show.
        const bool openByDefault = level == TreeLevel::Queue && !m_hadSavedExpansion && !m_firstLoadDone;
        if (openByDefault || m_expanded.contains(groupKey(index)))
            m_tree->expand(index);
        const int children = m_sortProxy->rowCount(index);
        if (children > 0)
            restoreExpansion(index, 0, children - 1);
    }
}

bool MainWindow::selectFirstBatch()
{
    // Depth-first in view order.
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_sortProxy->rowCount(parent); ++row) {
            const QModelIndex index = m_sortProxy->index(row, 0, parent);
            if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch))
                return index;
            const QModelIndex found = find(index);
            if (found.isValid())
                return found;
        }
        return {};
    };
    const QModelIndex batch = find({});
    if (!batch.isValid())
        return false;
    for (QModelIndex up = batch.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(batch);
    m_tree->scrollTo(batch);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    QSettings &s = *m_settings;
    if (s.contains(Keys::geometry))
        restoreGeometry(s.value(Keys::geometry).toByteArray());
    else
        resize(1440, 860);
    if (s.contains(Keys::state))
        restoreState(s.value(Keys::state).toByteArray());
    if (s.contains(Keys::splitter))
        m_splitter->restoreState(s.value(Keys::splitter).toByteArray());
    if (s.contains(Keys::header))
        m_tree->header()->restoreState(s.value(Keys::header).toByteArray());
    m_hadSavedExpansion = s.contains(Keys::expanded);
    const QStringList expanded = s.value(Keys::expanded).toStringList();
    m_expanded = QSet<QString>(expanded.begin(), expanded.end());

    // The widgets' signals apply each filter; saving meanwhile would write back half a state.
    m_restoring = true;
    m_search->setText(s.value(Keys::search).toString());
    const QStringList categories = s.value(Keys::categories).toStringList();
    for (QAction *action : std::as_const(m_categoryActions)) {
        const auto category = static_cast<StatusCategory>(action->data().toInt());
        action->setChecked(categories.contains(QString::fromLatin1(Niagara::categoryWireName(category))));
    }
    m_mine->setChecked(s.value(Keys::mine, false).toBool());
    m_overdue->setChecked(s.value(Keys::overdue, false).toBool());
    const QByteArray sortKey = s.value(Keys::sort).toString().toLatin1();
    bool ok = false;
    const int sortValue = QMetaEnum::fromType<BatchSortProxy::SortBy>().keyToValue(sortKey.constData(), &ok);
    if (ok) {
        const int comboIndex = m_sort->findData(QVariant::fromValue(static_cast<BatchSortProxy::SortBy>(sortValue)));
        if (comboIndex >= 0)
            m_sort->setCurrentIndex(comboIndex);
    }
    m_restoring = false;
    onCategoriesToggled();
}

void MainWindow::saveFilters() const
{
    if (!m_settings || m_restoring)
        return;
    QSettings &s = *m_settings;
    s.setValue(Keys::search, m_search->text());
    QStringList categories;
    for (QAction *action : m_categoryActions) {
        if (action->isChecked())
            categories << QString::fromLatin1(Niagara::categoryWireName(static_cast<StatusCategory>(action->data().toInt())));
    }
    s.setValue(Keys::categories, categories);
    s.setValue(Keys::mine, m_mine->isChecked());
    s.setValue(Keys::overdue, m_overdue->isChecked());
    s.setValue(Keys::sort, sortKeyName(m_sort->currentData().value<BatchSortProxy::SortBy>()));
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    // Window layout and filters only. Tokens never go here: the client keeps them in memory.
    QSettings &s = *m_settings;
    s.setValue(Keys::geometry, saveGeometry());
    s.setValue(Keys::state, saveState());
    s.setValue(Keys::splitter, m_splitter->saveState());
    s.setValue(Keys::header, m_tree->header()->saveState());
    QStringList expanded(m_expanded.begin(), m_expanded.end());
    expanded.sort();
    s.setValue(Keys::expanded, expanded);
    saveFilters();
    s.sync();
}

// --- the session: which server, who is signed in

Session *MainWindow::session() const
{
    return m_session;
}

void MainWindow::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_serverSwitcher->setEnabled(session != nullptr);
    m_connection->setEnabled(session != nullptr);
    for (QAction *action : std::as_const(m_sessionToolActions))
        action->setVisible(session != nullptr);
    if (session) {
        connect(session, &Session::currentProfileChanged, this, &MainWindow::onServerSwitched);
        connect(session, &Session::profilesChanged, this, &MainWindow::updateServerSwitcher);
        connect(session, &Session::stateChanged, this, &MainWindow::onSessionStateChanged);
        connect(session, &Session::signedIn, this, &MainWindow::onSignedIn);
        connect(session, &Session::signedOut, this, &MainWindow::onSignedOut);
        connect(session, &Session::message, this, &MainWindow::onSessionMessage);
    }
    updateServerSwitcher();
    updateConnectionLabel();
    updateActions();
}

ConnectionDialog *MainWindow::openConnectionDialog()
{
    if (!m_session)
        return nullptr;
    if (!m_connectionDialog) {
        // Not modal: the board stays usable, and the dialog shows sign-ins as they happen.
        m_connectionDialog = new ConnectionDialog(m_session, this);
    }
    m_connectionDialog->show();
    m_connectionDialog->raise();
    m_connectionDialog->activateWindow();
    return m_connectionDialog;
}

QString MainWindow::connectionStatusText() const
{
    return m_connectionLabel->text();
}

void MainWindow::onServerSwitched()
{
    // Another server's data must not be shown as this one's: the board empties now and
    // reloads once the new server has a sign-in. (A re-sign-in to the same server never
    // comes here, so it keeps the board.)
    m_refreshTimer->stop();
    m_refreshSoon->stop();
    clearBoard();
    m_signInBanner->dismiss();
    m_banner->dismiss();
    m_bannerShowsLoadError = false;
    adoptUser(Niagara::User{});
    updateServerSwitcher();
    updateConnectionLabel();
    updateActions();
}

void MainWindow::clearBoard()
{
    if (!m_store)
        return;
    m_store->cancelLoad();
    // An empty generation: every batch held is "not seen" and goes, with the usual signals.
    m_store->beginLoad();
    m_store->endLoad();
    m_progressLabel->clear();
    m_refreshedLabel->clear();
    m_firstLoadDone = false;
}

void MainWindow::onSessionStateChanged()
{
    updateConnectionLabel();
    updateActions();
    if (m_session && m_session->state() == Session::State::SignInRequired)
        showSignInBanner();
}

void MainWindow::onSignedIn(const Niagara::User &user)
{
    m_signInBanner->dismiss();
    if (m_bannerShowsLoadError) {
        m_banner->dismiss();
        m_bannerShowsLoadError = false;
    }
    adoptUser(user);
    updateConnectionLabel();
    updateActions();
    // The same reload as F5: the model never resets, so selection and open groups survive.
    refresh();
    const int seconds = m_settings ? m_settings->value(Keys::refreshInterval, kDefaultRefreshSeconds).toInt()
                                   : kDefaultRefreshSeconds;
    if (seconds > 0)
        m_refreshTimer->start(std::max(seconds, kMinimumRefreshSeconds) * 1000);
}

void MainWindow::onSignedOut()
{
    // A shared desk: after "Sign out" the next person sees nothing of the last one's data.
    m_refreshTimer->stop();
    m_refreshSoon->stop();
    clearBoard();
    m_signInBanner->dismiss();
    adoptUser(Niagara::User{});
    updateConnectionLabel();
    updateActions();
}

void MainWindow::onSessionMessage(const QString &text)
{
    if (!m_session || text.isEmpty())
        return;
    // The sign-in banner already says it, in fewer words, with the button that helps.
    if (m_session->state() == Session::State::SignInRequired)
        return;
    // The dialog shows the session's messages next to what the user just did there.
    if (m_connectionDialog && m_connectionDialog->isVisible())
        return;
    showError(text);
}

void MainWindow::adoptUser(const Niagara::User &user)
{
    m_userName = user.name.isEmpty() ? user.email : user.name;
    m_mineProxy->setUserId(user.id);
    // Refusals are remembered per user: the actions depend on who this is.
    if (m_planning)
        m_planning->setCurrentUserId(user.id);
}

void MainWindow::updateServerSwitcher()
{
    const QSignalBlocker blocker(m_serverSwitcher);
    m_serverSwitcher->clear();
    if (!m_session)
        return;
    const auto current = m_session->currentProfile();
    for (const Niagara::ServerProfile &p : m_session->directory().profiles()) {
        m_serverSwitcher->addItem(p.demo ? tr("%1 (demo)").arg(p.name) : p.name, p.id);
        m_serverSwitcher->setItemData(m_serverSwitcher->count() - 1, plainToolTip(p.baseUrl.toDisplayString()),
                                      Qt::ToolTipRole);
    }
    m_serverSwitcher->setCurrentIndex(current ? m_serverSwitcher->findData(current->id) : -1);
}

void MainWindow::updateConnectionLabel()
{
    if (!m_session)
        return;
    const auto profile = m_session->currentProfile();
    if (!profile) {
        m_connectionLabel->setText(tr("No server chosen"));
        m_connectionLabel->setToolTip(QString());
        return;
    }
    const QString server = profile->name;
    QString text;
    switch (m_session->state()) {
    case Session::State::SignedOut: text = tr("%1 — not signed in").arg(server); break;
    case Session::State::SigningIn: text = tr("%1 — signing in…").arg(server); break;
    case Session::State::SignedIn:
        text = m_userName.isEmpty() ? tr("%1 — signed in").arg(server) : tr("%1 — signed in as %2").arg(server, m_userName);
        break;
    case Session::State::SignInRequired: text = tr("%1 — sign-in expired").arg(server); break;
    }
    m_connectionLabel->setText(text);
    const QString email = m_session->user().email;
    m_connectionLabel->setToolTip(plainToolTip(email.isEmpty() ? profile->baseUrl.toDisplayString()
                                                               : profile->baseUrl.toDisplayString() + QLatin1Char('\n') + email));
}

void MainWindow::showSignInBanner()
{
    if (!m_session)
        return;
    const auto profile = m_session->currentProfile();
    const QString text = profile ? tr("Your sign-in to %1 expired — sign in again. Nothing on screen is lost.").arg(profile->name)
                                 : tr("Your sign-in expired — sign in again. Nothing on screen is lost.");
    m_signInBanner->showError(text, [this] { signInAgain(); }, tr("Sign in again"));
}

void MainWindow::signInAgain()
{
    if (!m_session)
        return;
    // A pasted token cannot be renewed through the browser: the dialog takes a new one.
    if (m_session->credentials().kind == Niagara::Credentials::Kind::PersonalToken) {
        openConnectionDialog();
        return;
    }
    // The same person as before (the hint fills in the sign-in page); the board, the
    // selection and any open wizard stay as they are meanwhile.
    QString email = m_session->user().email;
    if (email.isEmpty())
        email = m_session->credentials().userEmail;
    if (email.isEmpty() && m_session->currentProfile())
        email = m_session->directory().lastUser(m_session->currentProfile()->id);
    m_session->signInWithBrowser(email);
}

} // namespace BatchDesk::Ui
