#include "models/cycles/cyclelistmodel.h"

#include "models/displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace BatchDesk {

namespace {

QString cycleColumnTitle(int column)
{
    switch (column) {
    case CycleListModel::LabelColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Unit");
    case CycleListModel::StatusColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Status");
    case CycleListModel::AssignedColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Assigned to");
    case CycleListModel::RetryColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Retry", "a unit's second attempt");
    case CycleListModel::UpdatedColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Updated");
    case CycleListModel::ReasonColumn:
        return QCoreApplication::translate("BatchDesk::CycleListModel", "Note");
    default:
        return {};
    }
}

} // namespace

CycleListModel::CycleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CycleListModel::urgency(Niagara::StatusCategory category)
{
    using C = Niagara::StatusCategory;
    switch (category) {
    case C::Blocked: return 0;
    case C::InProgress: return 1;
    case C::Verifying: return 2;
    case C::Pending: return 3;
    case C::Complete: return 4;
    case C::Cancelled: return 5;
    }
    return 6;
}

void CycleListModel::setCycles(const QList<Niagara::Cycle> &cycles)
{
    // A unit without an id is known by its label (the reference's example names no id).
    const auto keyOf = [](const Niagara::Cycle &c) { return c.id.isEmpty() ? QLatin1Char('#') + c.label : c.id; };
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < cycles.size(); ++i)
        incoming.insert(keyOf(cycles.at(i)), i);
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (incoming.contains(keyOf(m_rows.at(row))))
            continue;
        // A run of rows that went, removed at once.
        qsizetype first = row;
        while (first > 0 && !incoming.contains(keyOf(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(row));
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    QSet<QString> held;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Niagara::Cycle &fresh = cycles.at(incoming.value(keyOf(m_rows.at(row))));
        held.insert(keyOf(fresh));
        if (m_rows.at(row) == fresh)
            continue;
        m_rows[row] = fresh;
        Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
    }
    QList<Niagara::Cycle> added;
    for (const Niagara::Cycle &c : cycles) {
        if (!held.contains(keyOf(c))) {
            held.insert(keyOf(c)); // a unit listed twice is shown once
            added.append(c);
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void CycleListModel::setUserNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssignedColumn), index(rowCount() - 1, AssignedColumn));
}

int CycleListModel::countIn(Niagara::StatusCategory category) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [category](const Niagara::Cycle &c) { return c.category() == category; }));
}

int CycleListModel::rowOf(const QString &cycleId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == cycleId)
            return static_cast<int>(i);
    }
    return -1;
}

int CycleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CycleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CycleListModel::userText(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    const QString name = m_names.value(userId);
    return DisplayText::label(name.isEmpty() ? userId : name);
}

QVariant CycleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Niagara::Cycle &c = m_rows.at(index.row());
    const Niagara::StatusCategory category = c.category();
    switch (role) {
    case CycleIdRole:
        return c.id;
    case CategoryRole:
        return static_cast<int>(category);
    case AssignedUserRole:
        return c.assignedUserId;
    case RetryRole:
        return c.isRetry;
    default:
        break;
    }
    const QString statusText = c.currentStatus && !c.currentStatus->label.isEmpty()
                                   ? DisplayText::label(c.currentStatus->label)
                                   : Niagara::categoryDisplayName(category);
    // Why it waits: the blocked status's description (the server's words).
    const QString reason = category == Niagara::StatusCategory::Blocked && c.currentStatus
                               ? DisplayText::label(c.currentStatus->description)
                               : QString();
    if (role == SortRole) {
        switch (index.column()) {
        case LabelColumn:
            return QString(QString::number(urgency(category)) + c.label);
        case StatusColumn:
            return urgency(category);
        case AssignedColumn:
            return userText(c.assignedUserId);
        case RetryColumn:
            return c.isRetry ? 0 : 1;
        case UpdatedColumn:
            return c.updated;
        case ReasonColumn:
            return reason;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LabelColumn:
            return DisplayText::label(c.label);
        case StatusColumn:
            return statusText;
        case AssignedColumn:
            return userText(c.assignedUserId);
        case RetryColumn:
            return c.isRetry ? QCoreApplication::translate("BatchDesk::CycleListModel", "Retry", "a unit's second attempt")
                             : QString();
        case UpdatedColumn:
            return c.updated.isValid() ? QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat) : QString();
        case ReasonColumn:
            return reason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LabelColumn:
            return DisplayText::toolTip(c.label);
        case StatusColumn:
            // The category in words next to the customer's own name for the status.
            return QCoreApplication::translate("BatchDesk::CycleListModel", "%1 (%2)")
                .arg(statusText, Niagara::categoryDisplayName(category));
        case ReasonColumn:
            return reason.isEmpty() ? QVariant() : QVariant(DisplayText::toolTip(c.currentStatus->description));
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == LabelColumn) {
        const QString text =
            QCoreApplication::translate("BatchDesk::CycleListModel", "Unit %1: %2").arg(DisplayText::label(c.label), statusText);
        return reason.isEmpty() ? text : QString(text + QStringLiteral(", ") + reason);
    }
    return {};
}

QVariant CycleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return cycleColumnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CycleListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// --- CycleFilterProxy ----------------------------------------------------------------------

CycleFilterProxy::CycleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CycleListModel::SortRole);
    setDynamicSortFilter(true);
    sort(CycleListModel::LabelColumn, Qt::AscendingOrder);
}

void CycleFilterProxy::setCategory(std::optional<Niagara::StatusCategory> category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

bool CycleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_category)
        return true;
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    return at.data(CycleListModel::CategoryRole).toInt() == static_cast<int>(*m_category);
}

} // namespace BatchDesk
