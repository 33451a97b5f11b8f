#include "models/planning/planningtablemodels.h"

#include "models/displaytext.h"
#include "models/planning/planningmonitor.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace BatchDesk {

namespace {

QString decimal(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString days(const std::optional<double> &value)
{
    return value ? decimal(*value) : QCoreApplication::translate("BatchDesk::PlanningTables", "—", "no value: the pace is 0");
}

QString date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Sorting value of an optional number: none sorts as "infinitely much" (a pace of 0 means the
// backlog never clears: worst).
double sortValue(const std::optional<double> &value)
{
    return value.value_or(std::numeric_limits<double>::max());
}

QString joinLabels(const QStringList &ids, const QHash<QString, QString> &names)
{
    QStringList labels;
    for (const QString &id : ids)
        labels.append(DisplayText::label(names.value(id, id)));
    labels.sort(Qt::CaseInsensitive);
    return labels.join(QStringLiteral(", "));
}

QVariant noPaceYet()
{
    return QCoreApplication::translate("BatchDesk::PlanningTables",
                                       "No pace yet: no completions recorded, and no server metrics. The load is "
                                       "known once this app has seen work complete, or with report:read.");
}

} // namespace

QString riskDisplayName(Risk risk)
{
    switch (risk) {
    case Risk::Done:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Done", "work order risk");
    case Risk::Late:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Late", "work order risk");
    case Risk::Stalled:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Stalled", "work order risk");
    case Risk::AtRisk:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "At risk", "work order risk");
    case Risk::OnTrack:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "On track", "work order risk");
    case Risk::NoPace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "No pace yet", "work order risk");
    }
    return {};
}

// --- base --------------------------------------------------------------------------------

PlanningTableModel::PlanningTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanningTableModel::setMonitor(PlanningMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &PlanningMonitor::figuresChanged, this, [this] {
        if (m_monitor)
            setFigures(m_monitor->figures());
    });
    if (monitor->hasFigures())
        setFigures(monitor->figures());
}

void PlanningTableModel::setFigures(const PlanningFigures &figures)
{
    const QStringList incoming = idsOf(figures);
    const QSet<QString> keep(incoming.cbegin(), incoming.cend());
    // Removals first, from the bottom, one contiguous run at a time.
    for (int row = static_cast<int>(m_ids.size()) - 1; row >= 0;) {
        if (keep.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // The values change under the rows that stay, then the new rows arrive at the end.
    adopt(figures);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_ids.size()) - 1, columns() - 1));
    const QSet<QString> have(m_ids.cbegin(), m_ids.cend());
    QStringList added;
    for (const QString &id : incoming) {
        if (!have.contains(id))
            added.append(id);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_ids.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_ids += added;
        endInsertRows();
    }
}

int PlanningTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int PlanningTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PlanningTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QVariant PlanningTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    if (role == PlanningRoles::IdRole)
        return id;
    return cell(id, index.column(), role);
}

int PlanningTableModel::rowOf(const QString &id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

void PlanningTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_ids.size()) - 1, columns() - 1));
}

// --- queues --------------------------------------------------------------------------------

QString QueueLoadModel::header(int column) const
{
    switch (column) {
    case Queue:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Queue");
    case Active:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Active");
    case Blocked:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Blocked");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Pace / day");
    case Backlog:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Backlog, days");
    case DaysLeft:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Days to due");
    case Load:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Load");
    case Technicians:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Technicians");
    }
    return {};
}

QString QueueLoadModel::headerToolTip(int column) const
{
    switch (column) {
    case Active:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Cycles pending, in progress, verifying or blocked");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Cycles completed per day in this queue");
    case Backlog:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Active cycles divided by the pace");
    case DaysLeft:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Days until the earliest due date among the queue's unfinished work orders");
    case Load:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Overloaded when the backlog takes longer than the days left to the earliest due date");
    case Technicians:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Who can work the queue (the server's queue relations)");
    default:
        return {};
    }
}

QStringList QueueLoadModel::idsOf(const PlanningFigures &figures) const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(figures.queues.size()));
    for (const QueueFigures &q : figures.queues)
        ids.append(q.queueId);
    return ids;
}

void QueueLoadModel::adopt(const PlanningFigures &figures)
{
    m_rows.clear();
    for (const QueueFigures &q : figures.queues)
        m_rows.insert(q.queueId, q);
    m_names = figures.userNames;
}

QVariant QueueLoadModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return {};
    const QueueFigures &q = *it;
    switch (role) {
    case PlanningRoles::OverloadedRole:
        return q.overloaded;
    case PlanningRoles::QueueIdsRole:
        return QStringList{q.queueId};
    case PlanningRoles::WorkOrderIdsRole:
        return q.workOrderIds;
    case PlanningRoles::TechnicianIdsRole:
        return q.technicianIds.value_or(QStringList());
    case Qt::TextAlignmentRole:
        return column == Queue || column == Load || column == Technicians
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == Queue)
            return QCoreApplication::translate("BatchDesk::PlanningTables", "%1: %2 active cycles, backlog %3 days, %4")
                .arg(DisplayText::label(q.label), count(q.activeCycles), days(q.backlogDays),
                     q.overloaded ? QCoreApplication::translate("BatchDesk::PlanningTables", "overloaded", "queue load") : QCoreApplication::translate("BatchDesk::PlanningTables", "not overloaded", "queue load"));
        break;
    default:
        break;
    }
    if (role == PlanningRoles::ValueRole || role == PlanningRoles::SortRole) {
        switch (column) {
        case Queue:
            return role == PlanningRoles::SortRole ? QVariant(q.priority.toString() + QLatin1Char('\x1f') + q.label)
                                                   : QVariant(q.label);
        case Active:
            return q.activeCycles;
        case Blocked:
            return q.blockedCycles;
        case Pace:
            return q.pacePerDay;
        case Backlog:
            return role == PlanningRoles::SortRole ? QVariant(sortValue(q.backlogDays)) : optionalValue(q.backlogDays);
        case DaysLeft:
            return role == PlanningRoles::SortRole ? QVariant(sortValue(q.daysLeft)) : optionalValue(q.daysLeft);
        case Load:
            return role == PlanningRoles::SortRole ? QVariant(q.overloaded ? 0 : (q.loadKnown ? 1 : 2)) : QVariant(q.overloaded);
        case Technicians:
            return static_cast<int>(q.technicianIds ? q.technicianIds->size() : -1);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Queue:
            return DisplayText::label(q.label);
        case Active:
            return count(q.activeCycles);
        case Blocked:
            return count(q.blockedCycles);
        case Pace:
            return decimal(q.pacePerDay);
        case Backlog:
            return days(q.backlogDays);
        case DaysLeft:
            return q.daysLeft ? decimal(*q.daysLeft) : QString();
        case Load:
            if (!q.loadKnown)
                return QCoreApplication::translate("BatchDesk::PlanningTables", "not known", "queue load: no pace yet");
            return q.overloaded ? QCoreApplication::translate("BatchDesk::PlanningTables", "Overloaded", "queue load") : QCoreApplication::translate("BatchDesk::PlanningTables", "OK", "queue load");
        case Technicians:
            // A count (the names are the tooltip): the column stays narrow at 1366 px.
            return q.technicianIds ? QLocale().toString(q.technicianIds->size())
                                   : QCoreApplication::translate("BatchDesk::PlanningTables", "not known");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Queue:
            return DisplayText::toolTip(q.label);
        case Backlog:
            if (!q.loadKnown)
                return noPaceYet();
            return q.backlogDays ? QVariant()
                                 : QVariant(QCoreApplication::translate("BatchDesk::PlanningTables", "No completions in this queue in the pace window: the backlog does not clear."));
        case Load:
            return q.loadKnown ? QVariant() : noPaceYet();
        case DaysLeft:
            return q.earliestDue.isValid() ? QVariant(QCoreApplication::translate("BatchDesk::PlanningTables", "Earliest due date: %1").arg(date(q.earliestDue))) : QVariant();
        case Technicians:
            return q.technicianIds ? QVariant(DisplayText::toolTip(joinLabels(*q.technicianIds, m_names)))
                                   : QVariant(QCoreApplication::translate("BatchDesk::PlanningTables", "The server does not say who can work this queue."));
        default:
            return {};
        }
    }
    return {};
}

// --- work orders ---------------------------------------------------------------------------

QString WorkOrderRiskModel::header(int column) const
{
    switch (column) {
    case WorkOrder:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Work order");
    case Needed:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Needed");
    case Batched:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Batched");
    case Complete:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Complete");
    case Remaining:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Remaining");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Pace / day");
    case Finish:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Projected finish");
    case Due:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Due");
    case Slack:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Slack (days)");
    case RiskColumn:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Risk");
    }
    return {};
}

QString WorkOrderRiskModel::headerToolTip(int column) const
{
    switch (column) {
    case Remaining:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Needed minus complete, never below 0");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Cycles of this work order completed per day");
    case Finish:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Now plus the remaining cycles at the current pace");
    case Slack:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Days between the projected finish and the due date; negative: late at this pace");
    case RiskColumn:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Done, late (due date passed), stalled (no pace), no pace yet (no completions recorded at all yet), at risk (finish after the due date) or on track");
    default:
        return {};
    }
}

QStringList WorkOrderRiskModel::idsOf(const PlanningFigures &figures) const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(figures.workOrders.size()));
    for (const WorkOrderFigures &w : figures.workOrders)
        ids.append(w.workOrderId);
    return ids;
}

void WorkOrderRiskModel::adopt(const PlanningFigures &figures)
{
    m_rows.clear();
    m_rank.clear();
    int rank = 0;
    for (const WorkOrderFigures &w : figures.workOrders) {
        m_rows.insert(w.workOrderId, w);
        m_rank.insert(w.workOrderId, rank++);
    }
}

QVariant WorkOrderRiskModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return {};
    const WorkOrderFigures &w = *it;
    switch (role) {
    case PlanningRoles::RiskRole:
        return static_cast<int>(w.risk);
    case PlanningRoles::QueueIdsRole:
        return w.queueIds;
    case PlanningRoles::WorkOrderIdsRole:
        return QStringList{w.workOrderId};
    case PlanningRoles::TechnicianIdsRole:
        return w.technicianIds;
    case Qt::TextAlignmentRole:
        return column == WorkOrder || column == RiskColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == WorkOrder)
            return QCoreApplication::translate("BatchDesk::PlanningTables", "%1: %2, %3 of %4 cycles remaining")
                .arg(DisplayText::label(w.label), riskDisplayName(w.risk), count(w.cyclesRemaining),
                     count(w.cyclesNeeded));
        break;
    default:
        break;
    }
    if (role == PlanningRoles::ValueRole || role == PlanningRoles::SortRole) {
        switch (column) {
        case WorkOrder:
            return role == PlanningRoles::SortRole ? QVariant(m_rank.value(id)) : QVariant(w.label);
        case Needed:
            return w.cyclesNeeded;
        case Batched:
            return w.cyclesBatched;
        case Complete:
            return w.cyclesComplete;
        case Remaining:
            return w.cyclesRemaining;
        case Pace:
            return w.pacePerDay;
        case Finish:
            if (role == PlanningRoles::SortRole)
                return w.projectedFinish.isValid() ? w.projectedFinish.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::max();
            return w.projectedFinish;
        case Due:
            if (role == PlanningRoles::SortRole)
                return w.dueDate.isValid() ? w.dueDate.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            return w.dueDate;
        case Slack:
            return role == PlanningRoles::SortRole
                       ? QVariant(w.slackDays.value_or(-std::numeric_limits<double>::max()))
                       : optionalValue(w.slackDays);
        case RiskColumn:
            return role == PlanningRoles::SortRole ? QVariant(m_rank.value(id)) : QVariant(riskWireName(w.risk));
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case WorkOrder:
            return DisplayText::label(w.label);
        case Needed:
            return count(w.cyclesNeeded);
        case Batched:
            return count(w.cyclesBatched);
        case Complete:
            return count(w.cyclesComplete);
        case Remaining:
            return count(w.cyclesRemaining);
        case Pace:
            return decimal(w.pacePerDay);
        case Finish:
            return w.projectedFinish.isValid() ? date(w.projectedFinish) : QCoreApplication::translate("BatchDesk::PlanningTables", "—", "no projected finish: the pace is 0");
        case Due:
            return w.dueDate.isValid() ? date(w.dueDate) : QCoreApplication::translate("BatchDesk::PlanningTables", "none", "no due date");
        case Slack:
            return w.slackDays ? decimal(*w.slackDays) : QString();
        case RiskColumn:
            return riskDisplayName(w.risk);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case WorkOrder:
            return DisplayText::toolTip(w.label);
        case Finish:
            return w.projectedFinish.isValid()
                       ? QVariant(QLocale().toString(w.projectedFinish.toLocalTime(), QLocale::LongFormat))
                       : QVariant(QCoreApplication::translate("BatchDesk::PlanningTables", "No cycles of this work order were completed in the pace window."));
        case Batched: {
            // (A plain int: lupdate does not see a translate() whose count is a cast.)
            const int unbatched = static_cast<int>(
                std::min<qint64>(w.cyclesNeeded - w.cyclesBatched, std::numeric_limits<int>::max()));
            return w.cyclesBatched < w.cyclesNeeded
                       ? QVariant(QCoreApplication::translate("BatchDesk::PlanningTables", "%n cycle(s) not in a batch yet", "", unbatched))
                       : QVariant();
        }
        default:
            return {};
        }
    }
    return {};
}

// --- technicians ---------------------------------------------------------------------------

QString TechnicianLoadModel::header(int column) const
{
    switch (column) {
    case Technician:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Technician");
    case OpenCycles:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Open", "open cycles");
    case Batches:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Batches");
    case Queues:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Queues");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Pace / day");
    case Load:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Load (days)");
    case Status:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Load");
    }
    return {};
}

QString TechnicianLoadModel::headerToolTip(int column) const
{
    switch (column) {
    case OpenCycles:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Active cycles of their batches; a batch's cycles are shared equally among its technicians");
    case Pace:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Cycles they completed per day");
    case Load:
        return QCoreApplication::translate("BatchDesk::PlanningTables", "Open cycles divided by their pace");
    default:
        return {};
    }
}

QStringList TechnicianLoadModel::idsOf(const PlanningFigures &figures) const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(figures.technicians.size()));
    for (const TechnicianFigures &t : figures.technicians)
        ids.append(t.userId);
    return ids;
}

void TechnicianLoadModel::adopt(const PlanningFigures &figures)
{
    m_rows.clear();
    m_queueNames.clear();
    for (const TechnicianFigures &t : figures.technicians)
        m_rows.insert(t.userId, t);
    for (const QueueFigures &q : figures.queues)
        m_queueNames.insert(q.queueId, q.label);
    m_threshold = figures.overloadThresholdDays;
}

QVariant TechnicianLoadModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return {};
    const TechnicianFigures &t = *it;
    switch (role) {
    case PlanningRoles::OverloadedRole:
        return t.overloaded;
    case PlanningRoles::QueueIdsRole:
        return t.queueIds;
    case PlanningRoles::WorkOrderIdsRole:
        return t.workOrderIds;
    case PlanningRoles::TechnicianIdsRole:
        return QStringList{t.userId};
    case Qt::TextAlignmentRole:
        return column == Technician || column == Queues || column == Status
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == Technician)
            return QCoreApplication::translate("BatchDesk::PlanningTables", "%1: %2 open cycles, load %3 days, %4")
                .arg(DisplayText::label(t.name), decimal(t.openCycles), days(t.loadDays),
                     t.overloaded ? QCoreApplication::translate("BatchDesk::PlanningTables", "overloaded", "technician load") : QCoreApplication::translate("BatchDesk::PlanningTables", "not overloaded", "technician load"));
        break;
    default:
        break;
    }
    if (role == PlanningRoles::ValueRole || role == PlanningRoles::SortRole) {
        switch (column) {
        case Technician:
            return t.name;
        case OpenCycles:
            return t.openCycles;
        case Batches:
            return t.batches;
        case Queues:
            return static_cast<int>(t.queueIds.size());
        case Pace:
            return t.pacePerDay;
        case Load:
            if (role == PlanningRoles::SortRole)
                return t.loadDays.value_or(t.openCycles > 0 ? std::numeric_limits<double>::max() : 0.0);
            return optionalValue(t.loadDays);
        case Status:
            return role == PlanningRoles::SortRole ? QVariant(t.overloaded ? 0 : (t.loadKnown ? 1 : 2)) : QVariant(t.overloaded);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Technician:
            return DisplayText::label(t.name);
        case OpenCycles:
            return decimal(t.openCycles);
        case Batches:
            return count(t.batches);
        case Queues: {
            // The first queue and how many more (all of them in the tooltip): the column stays narrow.
            const QString all = joinLabels(t.queueIds, m_queueNames);
            const QString first = all.section(QStringLiteral(", "), 0, 0);
            return t.queueIds.size() > 1 ? first + QStringLiteral(" +%1").arg(t.queueIds.size() - 1) : first;
        }
        case Pace:
            return decimal(t.pacePerDay);
        case Load:
            return t.openCycles > 0 ? days(t.loadDays) : decimal(0);
        case Status:
            if (!t.loadKnown)
                return QCoreApplication::translate("BatchDesk::PlanningTables", "not known", "technician load: no pace yet");
            return t.overloaded ? QCoreApplication::translate("BatchDesk::PlanningTables", "Overloaded", "technician load") : QCoreApplication::translate("BatchDesk::PlanningTables", "OK", "technician load");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Technician:
            return DisplayText::toolTip(t.name);
        case Queues:
            return DisplayText::toolTip(joinLabels(t.queueIds, m_queueNames));
        case Status:
            if (!t.loadKnown)
                return noPaceYet();
            return QCoreApplication::translate("BatchDesk::PlanningTables", "Overloaded above %1 days of work at their pace").arg(decimal(m_threshold));
        default:
            return {};
        }
    }
    return {};
}

} // namespace BatchDesk

namespace BatchDesk {

PlanningLinkProxy::PlanningLinkProxy(int role, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_role(role)
{
    setSortRole(PlanningRoles::SortRole);
    setDynamicSortFilter(true);
}

void PlanningLinkProxy::setLinkedIds(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    invalidateFilter();
}

bool PlanningLinkProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_ids.isEmpty())
        return true;
    const QStringList rowIds = sourceModel()->index(sourceRow, 0, sourceParent).data(m_role).toStringList();
    for (const QString &id : rowIds) {
        if (m_ids.contains(id))
            return true;
    }
    return false;
}

} // namespace BatchDesk
