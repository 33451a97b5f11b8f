#include "ui/wizards/technicianpicker.h"

#include "models/displaytext.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/planningmonitor.h"
#include "ui/plaintext.h"
#include "ui/wizards/catalogbrowser.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

TechnicianPicker::TechnicianPicker(PlanningService *service, QWidget *parent)
    : QWidget(parent)
{
    m_model = new UserCatalogModel(this);
    m_model->setCheckable(true);
    m_access = new TechnicianAccessProxy(this);
    m_pager = new CatalogPager(service, m_model, this);
    m_browser = new CatalogBrowser(m_model, m_pager, this, m_access);
    m_browser->setSearchPlaceholder(tr("Search people by name or email"));
    // Ticking is the choice; a row selection would only compete with it.
    m_browser->view()->setSelectionMode(QAbstractItemView::NoSelection);
    // Role, queues and load only mean something with the desk's figures.
    for (int column : {UserCatalogModel::RoleColumn, UserCatalogModel::QueuesColumn, UserCatalogModel::LoadColumn})
        m_browser->view()->setColumnHidden(column, true);

    m_showAll = new QCheckBox(tr("Show all"), this);
    m_showAll->setObjectName(QStringLiteral("ShowAllTechnicians"));
    m_showAll->hide();
    m_accessNote = plainLabel(this);
    m_accessNote->setObjectName(QStringLiteral("TechnicianAccessNote"));
    m_accessNote->setWordWrap(true);
    m_accessNote->setForegroundRole(QPalette::PlaceholderText);
    m_accessNote->hide();

    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("ChosenTechnicians"));
    m_summary->setWordWrap(true);

    auto *accessRow = new QHBoxLayout;
    accessRow->addWidget(m_showAll);
    accessRow->addWidget(m_accessNote, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addLayout(accessRow);
    layout->addWidget(m_summary);

    connect(m_model, &PagedCatalogModel::checkedIdsChanged, this, [this] {
        updateSummary();
        Q_EMIT chosenChanged();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool on) {
        m_access->setShowAll(on);
        updateAccess();
    });
    // New pages change how many are hidden.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TechnicianPicker::updateAccess);
    // People put back from a draft load with their pages.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TechnicianPicker::chaseWaiting);
    connect(m_model, &PagedCatalogModel::stateChanged, this, &TechnicianPicker::chaseWaiting);
    updateSummary();
}

TechnicianPicker::~TechnicianPicker() = default;

void TechnicianPicker::setPlanningMonitor(PlanningMonitor *monitor)
{
    if (m_monitor == monitor)
        return;
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &PlanningMonitor::figuresChanged, this, &TechnicianPicker::applyFigures);
    applyFigures();
}

void TechnicianPicker::setTargetQueues(const QList<std::pair<QString, QString>> &queues)
{
    m_targets = queues;
    applyFigures();
}

void TechnicianPicker::applyFigures()
{
    const bool figures = m_monitor && m_monitor->hasFigures();
    if (figures)
        m_model->setPlanningFigures(m_monitor->figures());
    for (int column : {UserCatalogModel::RoleColumn, UserCatalogModel::QueuesColumn, UserCatalogModel::LoadColumn})
        m_browser->view()->setColumnHidden(column, !figures);
    // The email tells people apart when the list is bare; with the figures the columns that
    // plan the work need its room (the search still matches emails).
    m_browser->view()->setColumnHidden(UserCatalogModel::EmailColumn, figures);

    QList<TechnicianAccessProxy::TargetQueue> targets;
    if (figures) {
        for (const auto &[id, label] : std::as_const(m_targets)) {
            TechnicianAccessProxy::TargetQueue target{id, label, std::nullopt};
            for (const QueueFigures &q : m_monitor->figures().queues) {
                if (q.queueId == id) {
                    target.technicianIds = q.technicianIds;
                    if (target.label.isEmpty())
                        target.label = q.label;
                    break;
                }
            }
            targets << target;
        }
    }
    m_access->setTargetQueues(targets);
    updateAccess();
    updateSummary();
}

void TechnicianPicker::updateAccess()
{
    const QList<TechnicianAccessProxy::TargetQueue> &targets = m_access->targetQueues();
    QStringList known;
    for (const TechnicianAccessProxy::TargetQueue &t : targets) {
        if (t.technicianIds)
            known << t.label;
    }
    const QStringList unknown = m_access->unknownQueueLabels();
    const QLocale locale;
    QStringList lines;
    if (m_monitor && !m_monitor->hasFigures() && !m_targets.isEmpty())
        lines << tr("The planning desk's figures are not ready yet: everybody is offered.");
    if (!unknown.isEmpty())
        lines << tr("Who can work %1 is not known: everybody is offered.").arg(locale.createSeparatedList(unknown));
    if (!known.isEmpty()) {
        const int hidden = m_access->hiddenCount();
        const QString queues = locale.createSeparatedList(known);
        if (m_access->showAll())
            lines << tr("Everybody is shown; those who cannot work %1 say so.").arg(queues);
        else
            lines << tr("Offering those who can work %1; %Ln other(s) behind “Show all”.", "", hidden).arg(queues);
    }
    m_showAll->setVisible(!known.isEmpty());
    m_accessNote->setText(lines.join(QLatin1Char(' ')));
    m_accessNote->setVisible(!lines.isEmpty());
}

void TechnicianPicker::start()
{
    m_pager->start();
}

QStringList TechnicianPicker::chosenIds() const
{
    return m_model->checkedIds();
}

QList<Niagara::User> TechnicianPicker::chosenUsers() const
{
    QList<Niagara::User> users;
    for (const QString &id : m_model->checkedIds()) {
        if (const Niagara::User *user = m_model->item(id))
            users.append(*user);
    }
    return users;
}

void TechnicianPicker::setChosenIds(const QStringList &ids, const QHash<QString, QString> &knownNames)
{
    m_knownNames = knownNames;
    m_model->setCheckedIds(ids);
    m_waiting = waitingIds().size();
    updateSummary();
    chaseWaiting();
}

QStringList TechnicianPicker::waitingIds() const
{
    QStringList out;
    for (const QString &id : m_model->checkedIds()) {
        if (m_model->item(id) == nullptr)
            out << id;
    }
    return out;
}

QHash<QString, QString> TechnicianPicker::chosenNames() const
{
    QHash<QString, QString> out;
    for (const QString &id : m_model->checkedIds())
        out.insert(id, nameOf(id));
    return out;
}

QString TechnicianPicker::nameOf(const QString &id) const
{
    if (const Niagara::User *user = m_model->item(id))
        return DisplayText::userName(*user);
    return m_knownNames.value(id, id);
}

void TechnicianPicker::chaseWaiting()
{
    const qsizetype waiting = waitingIds().size();
    if (waiting != m_waiting) {
        m_waiting = waiting;
        updateSummary();
        Q_EMIT chosenChanged();
    } else if (waiting > 0) {
        updateSummary(); // loading or failed: the line says which
    }
    if (waiting > 0 && m_model->rowCount() > 0 && m_model->state() == PagedCatalogModel::State::Idle
        && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

QHash<QString, QString> TechnicianPicker::names() const
{
    QHash<QString, QString> out;
    for (const Niagara::User &user : m_model->items())
        out.insert(user.id, DisplayText::userName(user));
    return out;
}

QString TechnicianPicker::summaryText() const
{
    return m_summary->text();
}

QString TechnicianPicker::accessNoteText() const
{
    return m_accessNote->isHidden() ? QString() : m_accessNote->text();
}

void TechnicianPicker::updateSummary()
{
    const QStringList ids = m_model->checkedIds();
    if (ids.isEmpty()) {
        m_summary->setText(tr("Nobody chosen. Tick the people to assign."));
        return;
    }
    QStringList names;
    QStringList outside;
    for (const QString &id : ids) {
        names << nameOf(id);
        if (const QString reason = m_access->reasonFor(id); !reason.isEmpty())
            //: A chosen person and why they should not be: "Mei Chen cannot work Imaging Bay".
            outside << tr("%1 %2").arg(m_model->displayName(id), reason);
    }
    QString text = tr("%Ln chosen: %1", nullptr, static_cast<int>(ids.size())).arg(names.join(QStringLiteral(", ")));
    if (!outside.isEmpty())
        text += QLatin1Char('\n') + tr("Chosen although not related to the queue: %1.").arg(QLocale().createSeparatedList(outside));
    if (const QStringList waiting = waitingIds(); !waiting.isEmpty()) {
        QStringList waitingNames;
        for (const QString &id : waiting)
            waitingNames << nameOf(id);
        const QString who = QLocale().createSeparatedList(waitingNames);
        text += QLatin1Char('\n')
            + (m_model->state() == PagedCatalogModel::State::Failed
                   ? tr("The people could not be loaded, so %1 cannot be assigned yet. Retry above.").arg(who)
                   : tr("Waiting for %1 to load from the server.").arg(who));
    }
    m_summary->setText(text);
}

} // namespace BatchDesk::Ui
