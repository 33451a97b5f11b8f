#include "models/planning/runitemmodel.h"

#include "models/displaytext.h"
#include "models/planning/writerun.h"

#include <QLocale>

namespace BatchDesk {

RunItemModel::RunItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunItemModel::~RunItemModel() = default;

int RunItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RunItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunItemModel::stateName(ItemState state)
{
    switch (state) {
    case ItemState::NotAttempted: return tr("Not attempted");
    case ItemState::Running: return tr("Running");
    case ItemState::Succeeded: return tr("Done");
    case ItemState::Failed: return tr("Failed");
    }
    return {};
}

QVariant RunItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WriteItem &item = m_items.at(index.row());
    switch (role) {
    case StateRole: return static_cast<int>(item.state);
    case ActionRole: return static_cast<int>(item.action);
    case BatchIdRole: return item.batchId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default: return {};
    }
    const QVariant text = [&]() -> QVariant {
        switch (index.column()) {
        case WhatColumn: return item.description();
        case BatchColumn:
            if (role == Qt::ToolTipRole)
                return item.batchId.isEmpty() ? tr("Not created yet") : item.batchId;
            return item.batchLabel.isEmpty() ? item.batchId : item.batchLabel;
        case TechnicianColumn: return item.userName.isEmpty() ? item.userId : item.userName;
        case StateColumn: return stateName(item.state);
        case MessageColumn: return item.message;
        default: return {};
        }
    }();
    // Labels, names and the server's messages: a tooltip shows them literally, never as HTML.
    if (role == Qt::ToolTipRole && text.isValid())
        return DisplayText::toolTip(text.toString());
    return text;
}

QVariant RunItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn: return tr("What");
    case BatchColumn: return tr("Batch");
    case TechnicianColumn: return tr("Technician");
    case StateColumn: return tr("State");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void RunItemModel::setRun(WriteRun *run)
{
    if (run == m_run && (run != nullptr || m_items.isEmpty()))
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_run = run;
    m_items = run ? run->items() : QList<WriteItem>();
    if (run) {
        m_connections << connect(run, &WriteRun::itemChanged, this, &RunItemModel::onItemChanged);
        // A run that goes away takes its rows with it.
        m_connections << connect(run, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_items.clear();
            endResetModel();
        });
    }
    endResetModel();
}

void RunItemModel::onItemChanged(int index)
{
    if (!m_run || index < 0 || index >= m_run->items().size())
        return;
    if (index >= m_items.size()) {
        appendNewItems();
        return;
    }
    m_items[index] = m_run->items().at(index);
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void RunItemModel::appendNewItems()
{
    const QList<WriteItem> &items = m_run->items();
    const int first = static_cast<int>(m_items.size());
    const int last = static_cast<int>(items.size()) - 1;
    if (last < first)
        return;
    beginInsertRows({}, first, last);
    m_items.append(items.mid(first));
    endInsertRows();
}

} // namespace BatchDesk
