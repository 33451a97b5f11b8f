#include "models/planning/splitpreviewmodel.h"

#include "models/displaytext.h"

#include <QLocale>

namespace BatchDesk {

SplitPreviewModel::SplitPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SplitPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SplitPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SplitPreviewModel::technicianText(const PlannedBatch &batch) const
{
    QStringList names;
    names.reserve(batch.technicianIds.size());
    for (const QString &id : batch.technicianIds)
        names << m_names.value(id, id);
    return names.join(QStringLiteral(", "));
}

QVariant SplitPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedBatch &batch = m_rows.at(index.row());
    if (role == NumberCyclesRole)
        return batch.numberCycles;
    if (role == TechnicianIdsRole)
        return batch.technicianIds;
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn && index.column() != TechniciansColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        // Labels come from the work order's, names from the server: shown literally, never as HTML.
        if (index.column() == TechniciansColumn) {
            const QString names = technicianText(batch);
            return DisplayText::toolTip(names.isEmpty() ? tr("No technicians") : names);
        }
        const QVariant text = data(index, Qt::DisplayRole);
        return text.isValid() ? QVariant(DisplayText::toolTip(text.toString())) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn: return locale.toString(batch.number);
    case LabelColumn: return batch.label;
    case CyclesColumn: return locale.toString(batch.numberCycles);
    case OrderColumn: return locale.toString(batch.order);
    case TechniciansColumn: {
        const QString text = technicianText(batch);
        return text.isEmpty() ? tr("none") : text;
    }
    default: return {};
    }
}

QVariant SplitPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == LabelColumn || section == TechniciansColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case LabelColumn: return tr("Label");
    case CyclesColumn: return tr("Cycles");
    case OrderColumn: return tr("Queue order");
    case TechniciansColumn: return tr("Technicians");
    default: return {};
    }
}

void SplitPreviewModel::setPlan(const SplitPlan &plan)
{
    m_plan = plan;
    const QList<PlannedBatch> &next = plan.batches();
    const int before = static_cast<int>(m_rows.size());
    const int after = static_cast<int>(next.size());
    const int common = std::min(before, after);

    // Rows present before and after: replace in place, one dataChanged per run of changed rows.
    int runStart = -1;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, 0), index(end, ColumnCount - 1));
        runStart = -1;
    };
    for (int row = 0; row < common; ++row) {
        if (m_rows.at(row) == next.at(row)) {
            flush(row - 1);
            continue;
        }
        m_rows[row] = next.at(row);
        if (runStart < 0)
            runStart = row;
    }
    flush(common - 1);

    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows.append(next.mid(before));
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
}

void SplitPreviewModel::setTechnicianNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TechniciansColumn), index(rowCount() - 1, TechniciansColumn));
}

} // namespace BatchDesk
