#include "ui/mywork/myworkdesk.h"

#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/cycles/batchcyclesfeed.h"
#include "models/mywork/myworkmodel.h"
#include "models/session/session.h"
#include "ui/cycleprogressdelegate.h"
#include "ui/mywork/myworkview.h"
#include "ui/mywork/unitspane.h"
#include "ui/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

const QString kNotifyKey = QStringLiteral("myWork/notify");
const QString kSplitterKey = QStringLiteral("myWork/splitter");

} // namespace

MyWorkDesk::MyWorkDesk(BatchStore *store, BatchCyclesFeed *feed, QSettings *settings, QWidget *parent)
    : Desk(parent)
    , m_store(store)
    , m_feed(feed)
    , m_settings(settings)
{
    m_model = new MyWorkModel(store, this);
    m_notices = new ChangeNotices;

    // The banner: what changed since the user last looked, and the way to say "seen".
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("myWorkChangeBanner"));
    m_banner->setAutoFillBackground(true);
    m_changeText = plainLabel(m_banner);
    m_changeText->setWordWrap(true);
    QFont bannerFont = m_changeText->font();
    bannerFont.setBold(true);
    m_changeText->setFont(bannerFont);
    m_markSeenButton = new QPushButton(m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_changeText, 1);
    bannerLayout->addWidget(m_markSeenButton);
    m_banner->hide();

    m_view = new MyWorkTree(this);
    m_view->setObjectName(QStringLiteral("myWorkList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(MyWorkModel::ProgressColumn, new CycleProgressDelegate(m_view));
    // The work order and queue are drawn under the label (MyWorkDelegate): three columns fit
    // a 1366 px bench screen in large type.
    m_view->setColumnHidden(MyWorkModel::WorkOrderColumn, true);
    m_view->setColumnHidden(MyWorkModel::QueueColumn, true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(MyWorkModel::BatchColumn, QHeaderView::Stretch);
    m_view->spanSections();

    m_units = new UnitsPane(feed, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_units);
    // Half and half: at 768 px in shop-floor type the units still show a few rows.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    m_status = plainLabel(this);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        Q_EMIT refreshRequested();
        m_units->refresh();
    });
    m_markSeen = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), QString(), this);
    m_markSeen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_markSeen, &QAction::triggered, this, &MyWorkDesk::markSeen);
    connect(m_markSeenButton, &QPushButton::clicked, m_markSeen, &QAction::trigger);
    m_print = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            if (!index.data(MyWorkModel::IsSectionRole).toBool())
                ids << index.data(BatchRoles::IdRole).toString();
        // In view order, as the travelers will be stacked.
        const QStringList shown = shownBatchIds();
        std::sort(ids.begin(), ids.end(), [&shown](const QString &a, const QString &b) {
            return shown.indexOf(a) < shown.indexOf(b);
        });
        if (!ids.isEmpty())
            Q_EMIT printRequested(ids);
    });
    m_showOnBoard = new QAction(QString(), this);
    connect(m_showOnBoard, &QAction::triggered, this, [this] {
        if (!currentBatchId().isEmpty())
            Q_EMIT showOnBoardRequested(currentBatchId());
    });
    m_notify = new QAction(QString(), this);
    m_notify->setCheckable(true);
    m_notify->setChecked(settings && settings->value(kNotifyKey, false).toBool());
    connect(m_notify, &QAction::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setValue(kNotifyKey, on);
        if (on)
            notifyChanges();
        else if (m_tray)
            m_tray->hide();
    });
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    // The shortcuts work while the desk is shown (the shell puts the actions in its menus).
    addActions({m_refresh, m_markSeen, m_print});

    connect(m_model, &MyWorkModel::planChanged, this, &MyWorkDesk::onPlanChanged);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &MyWorkTree::spanSections);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyWorkDesk::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MyWorkDesk::updateActions);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(MyWorkModel::IsSectionRole).toBool())
            m_units->view()->setFocus();
    });
    if (store) {
        // The first look of a user who never looked: what is there once everything is in
        // (technicians arrive after the load on seed-revision servers) is what they have seen.
        connect(store, &BatchStore::loadFinished, this, &MyWorkDesk::restoreSeen);
        connect(store, &BatchStore::techniciansLoaded, this, &MyWorkDesk::restoreSeen);
    }
    if (settings)
        m_splitter->restoreState(settings->value(kSplitterKey).toByteArray());
    retranslateUi();
    onPlanChanged();
}

MyWorkDesk::~MyWorkDesk()
{
    delete m_notices;
}

QTreeView *MyWorkDesk::view() const
{
    return m_view;
}

QString MyWorkDesk::title() const
{
    return tr("My work");
}

QIcon MyWorkDesk::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

QList<QAction *> MyWorkDesk::menuActions() const
{
    return {m_refresh, m_markSeen, m_separator, m_print, m_showOnBoard, m_notify};
}

QList<QAction *> MyWorkDesk::toolBarActions() const
{
    return {m_refresh, m_markSeen, m_print};
}

QList<QWidget *> MyWorkDesk::statusWidgets() const
{
    return {m_status};
}

void MyWorkDesk::activate()
{
    m_view->setFocus();
    if (currentBatchId().isEmpty()) {
        // Start where the work is: the first batch of the first section that has one (a
        // section heading the view made current on focus is no choice of the user's).
        for (WorkSection section : kAllWorkSections) {
            if (m_model->count(section) > 0) {
                openBatch(m_model->batchIds(section).constFirst());
                break;
            }
        }
    }
}

void MyWorkDesk::saveSettings(QSettings &settings) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MyWorkDesk::showError(const QString &message)
{
    m_status->setText(message);
}

void MyWorkDesk::setSession(Session *session)
{
    m_session = session;
    if (!session)
        return;
    const auto follow = [this] {
        const auto profile = m_session->currentProfile();
        const bool signedIn = m_session->state() == Session::State::SignedIn;
        setUser(profile ? profile->id : QString(), signedIn ? m_session->user().id : QString());
    };
    connect(session, &Session::signedIn, this, follow);
    connect(session, &Session::signedOut, this, follow);
    // Signed in while the server is away (an offline start: the user taken from the saved
    // sign-in, no signedIn yet): their batches from the cached board.
    connect(session, &Session::stateChanged, this, follow);
    connect(session, &Session::currentProfileChanged, this, follow);
    follow();
}

void MyWorkDesk::setUser(const QString &profileId, const QString &userId)
{
    if (profileId == m_profileId && userId == m_userId)
        return;
    m_profileId = profileId;
    m_userId = userId;
    m_notices->clear();
    m_seenRestored = false;
    m_model->setSeen({});
    m_model->setUserId(userId);
    m_units->setBatch({}, {});
    restoreSeen();
}

void MyWorkDesk::restoreSeen()
{
    if (m_seenRestored || m_userId.isEmpty())
        return;
    const SeenState saved = m_settings ? readSeenState(*m_settings, m_profileId, m_userId) : SeenState{};
    if (saved.at.isValid()) {
        m_seenRestored = true;
        m_model->setSeen(saved);
        return;
    }
    // Never looked here: wait until the list is complete, then that is what was seen.
    if (!m_store || m_store->isLoading() || m_store->pendingTechnicianFetches() > 0 || m_store->size() == 0)
        return;
    m_model->refresh();
    m_seenRestored = true;
    markSeen();
}

void MyWorkDesk::markSeen()
{
    if (m_userId.isEmpty())
        return;
    const SeenState seen = m_model->seenNow();
    m_model->setSeen(seen);
    if (m_settings)
        writeSeenState(*m_settings, m_profileId, m_userId, seen);
}

bool MyWorkDesk::openBatch(const QString &batchId, const QString &cycleId)
{
    m_model->refresh();
    const QModelIndex index = m_model->indexOfBatch(batchId);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (!cycleId.isEmpty()) {
        // The units may still be on their way: select the unit once they are in.
        if (!m_units->selectUnit(cycleId) && m_feed) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_feed, &BatchCyclesFeed::settled, this, [this, cycleId, batchId, connection] {
                QObject::disconnect(*connection);
                if (m_units->batchId() == batchId)
                    m_units->selectUnit(cycleId);
            });
        }
    }
    return true;
}

QString MyWorkDesk::currentBatchId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(MyWorkModel::IsSectionRole).toBool())
        return {};
    return current.data(BatchRoles::IdRole).toString();
}

QStringList MyWorkDesk::shownBatchIds() const
{
    QStringList ids;
    for (WorkSection section : kAllWorkSections)
        ids << m_model->batchIds(section);
    return ids;
}

QString MyWorkDesk::countsText() const
{
    int total = 0;
    for (WorkSection section : kAllWorkSections)
        total += m_model->count(section);
    //: The My work desk's status bar, e.g. "7 batches: 1 blocked, 2 in progress, 4 next, 0 done today".
    return tr("%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today", nullptr, total)
        .arg(QLocale().toString(m_model->count(WorkSection::Blocked)),
             QLocale().toString(m_model->count(WorkSection::InProgress)),
             QLocale().toString(m_model->count(WorkSection::Next)),
             QLocale().toString(m_model->count(WorkSection::DoneToday)));
}

void MyWorkDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Desk::changeEvent(event);
}

void MyWorkDesk::retranslateUi()
{
    m_model->retranslate();
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read your batches and the chosen batch's units from the server again (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_markSeen->setText(tr("&Mark as seen"));
    m_markSeenButton->setText(tr("Mark as seen"));
    m_print->setText(tr("&Print travelers…"));
    m_showOnBoard->setText(tr("Show on the &board"));
    m_notify->setText(tr("&Notify me of changes"));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_notify->setToolTip(tr("A desktop notification when a batch is assigned to you or becomes blocked"));
    else
        m_notify->setToolTip(tr("This desktop has no notification area, so BatchDesk cannot show notifications here."));
    m_view->setToolTip(QString());
    updateActions();
    onPlanChanged();
    Q_EMIT presentationChanged();
}

void MyWorkDesk::onPlanChanged()
{
    const QString summary = m_model->changeSummary();
    m_changeText->setText(summary);
    m_banner->setVisible(!summary.isEmpty());
    if (!summary.isEmpty()) {
        QPalette palette = m_banner->palette();
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(60);
        palette.setColor(QPalette::Window, tint);
        m_banner->setPalette(palette);
    }
    if (m_userId.isEmpty())
        m_status->setText(tr("Sign in to see the batches assigned to you."));
    else
        m_status->setText(countsText());
    notifyChanges();
    updateActions();
}

void MyWorkDesk::notifyChanges()
{
    if (!m_notify->isChecked() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    const QString text = m_notices->take(*m_model);
    if (text.isEmpty())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(tr("BatchDesk: your work changed"), text, QSystemTrayIcon::Information);
}

void MyWorkDesk::onCurrentChanged()
{
    const QString id = currentBatchId();
    if (!id.isEmpty() && m_store && m_feed) {
        // A unit may be worked by any technician of the floor, not only the batch's: names
        // of everyone the board knows (ids stay for the rest).
        QHash<QString, QString> names;
        m_store->forEach([&names](const BatchRecord &batch) {
            for (const Niagara::User &user : batch.technicians)
                if (!user.name.isEmpty())
                    names.insert(user.id, user.name);
        });
        if (m_session && !m_session->user().name.isEmpty())
            names.insert(m_session->user().id, m_session->user().name);
        m_feed->model()->setUserNames(names);
    }
    m_units->setBatch(id, id.isEmpty() ? QString() : currentLabel());
    updateActions();
}

QString MyWorkDesk::currentLabel() const
{
    return m_view->currentIndex().siblingAtColumn(MyWorkModel::BatchColumn).data().toString();
}

void MyWorkDesk::updateActions()
{
    const bool batchChosen = !currentBatchId().isEmpty();
    m_showOnBoard->setEnabled(batchChosen);
    bool anyBatch = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        anyBatch = anyBatch || !index.data(MyWorkModel::IsSectionRole).toBool();
    m_print->setEnabled(anyBatch);
    m_print->setToolTip(anyBatch ? tr("Print a traveler for each chosen batch, or save them as PDF (%1)")
                                       .arg(m_print->shortcut().toString(QKeySequence::NativeText))
                                 : tr("Choose one or more batches to print their travelers."));
    m_markSeen->setEnabled(!m_userId.isEmpty() && !m_model->changeSummary().isEmpty());
    m_markSeen->setToolTip(m_markSeen->isEnabled()
                               ? tr("Remember the list as it is now: the highlight of what changed goes (%1)")
                                     .arg(m_markSeen->shortcut().toString(QKeySequence::NativeText))
                               : tr("Nothing changed since you last looked."));
    m_notify->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
}

} // namespace BatchDesk::Ui
