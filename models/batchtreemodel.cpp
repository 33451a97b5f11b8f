#include "models/batchtreemodel.h"

#include "models/displaytext.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace BatchDesk {

using namespace Niagara;

struct BatchTreeModel::Node
{
    // Ordered so that the two 4-byte fields share 8 bytes, and what only groups have lives in
    // Group: 48 bytes, two malloc size classes below the 80 of before (bench_scale: 3.2 MB at
    // 100,000 batch rows).
    using Children = std::vector<std::unique_ptr<Node>>;
    Node *parent = nullptr;
    QString id; // queue_id, work_order_id or batch_id
    TreeLevel level = TreeLevel::Batch;
    int row = 0;

    // Queues and work orders only: 100,000 batch rows do not each carry the 130 bytes of it
    // they would never use (bench_scale's peak memory).
    struct Group
    {
        Children children;
        Aggregate aggregate;
        // What the batch rows below show of this group (a work order's due date, a queue's or
        // work order's label in the search text), as last announced: a change of the group's
        // other fields (its totals move with every cycle) does not touch thousands of batch rows.
        QDateTime shownDue;
        QString shownLabel;
        bool shownOverdue = false; // work orders: as their batch rows last showed it
    };
    std::unique_ptr<Group> groupState;
    Group &group()
    {
        if (!groupState)
            groupState = std::make_unique<Group>();
        return *groupState;
    }
    const Group &group() const
    {
        static const Group none;
        return groupState ? *groupState : none;
    }
    // Rows below this one: none for a batch row, which has no Group (48 bytes a batch row
    // instead of 72, a malloc size class less).
    const Children &kids() const { return group().children; }
    // Groups only: the rows to add to or take from.
    Children &groupChildren() { return group().children; }
};

namespace {

using Node = BatchTreeModel;

// Row ranges [first, last] from a list of rows, highest range first (for removal).
std::vector<std::pair<int, int>> descendingRanges(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    std::vector<std::pair<int, int>> ranges;
    for (int row : rows) {
        if (!ranges.empty() && ranges.back().first == row + 1)
            ranges.back().first = row;
        else
            ranges.emplace_back(row, row);
    }
    return ranges;
}

// One span from the first to the last changed row, for dataChanged: like qBittorrent's
// transfer list, one signal per parent instead of one per run of rows. Views repaint the
// visible rows of the span; a load that touches scattered rows (the floor's work moves a few
// cycles here and there) otherwise sends hundreds of signals, each of which every proxy and
// view above the model handles on its own.
std::pair<int, int> changedSpan(const std::vector<int> &rows)
{
    const auto [low, high] = std::minmax_element(rows.begin(), rows.end());
    return {*low, *high};
}

// The cycles progress is measured against. A server may send counts that do not add up to
// number_cycles; the larger of the two keeps progress at or below 100 % either way (counts
// above number_cycles are trusted, cycles missing from the counts count as not done), and
// CycleCountsMismatchRole flags the row so the difference is visible.
qint64 progressBase(const CycleCounts &cycles, qint64 numberCycles)
{
    return std::max(numberCycles, cycles.total());
}

double percentComplete(const CycleCounts &cycles, qint64 numberCycles)
{
    const qint64 base = progressBase(cycles, numberCycles);
    if (base <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(cycles[StatusCategory::Complete]) / static_cast<double>(base);
}

bool countsMismatch(const BatchRecord &batch)
{
    return batch.cycles.total() != batch.numberCycles;
}

QString progressText(qint64 complete, qint64 base)
{
    return QCoreApplication::translate("BatchDesk::BatchTreeModel", "%1 / %2")
        .arg(QLocale().toString(complete), QLocale().toString(base));
}

double percentOf(qint64 count, qint64 base)
{
    return base > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(base) : 0.0;
}

// The colour of an overdue date. Without a GUI (the CLI) there is no palette; the word in the
// text says it all the same.
QVariant overdueForeground()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return QBrush(DisplayText::errorColor(QGuiApplication::palette()));
}

QString dueText(const QDateTime &due, bool overdue)
{
    if (!due.isValid())
        return {};
    const QString date = QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat);
    //: Due-date cell of a work order past its due date with cycles still to complete
    return overdue ? QCoreApplication::translate("BatchDesk::BatchTreeModel", "%1 \u2014 overdue").arg(date) : date;
}

// "Imaging Bay, 960 of 1,817 cycles complete, 53%, 12 blocked": a row as a screen reader says it.
QString accessibleSummary(const QString &label, const CycleCounts &cycles, qint64 base, bool overdue)
{
    const QLocale locale;
    const qint64 complete = cycles[StatusCategory::Complete];
    const qint64 blocked = cycles[StatusCategory::Blocked];
    QString text = QCoreApplication::translate("BatchDesk::BatchTreeModel", "%1, %2 of %3 cycles complete, %4")
                       .arg(DisplayText::label(label), locale.toString(complete), locale.toString(base),
                            DisplayText::percent(complete, base));
    if (blocked > 0)
        //: Appended to a row's spoken summary
        text += QCoreApplication::translate("BatchDesk::BatchTreeModel", ", %1 blocked").arg(locale.toString(blocked));
    if (overdue)
        //: Appended to a row's spoken summary
        text += QCoreApplication::translate("BatchDesk::BatchTreeModel", ", overdue");
    return text;
}

// Columns and roles that show a batch field; used to name only what changed.
struct FieldEffect
{
    BatchField field;
    std::initializer_list<int> columns;
    std::initializer_list<int> roles;
};

const FieldEffect kFieldEffects[] = {
    {BatchField::Label, {LabelColumn},
     {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, BatchRoles::LabelRole,
      BatchRoles::SearchTextRole}},
    {BatchField::Status, {StatusColumn},
     {Qt::DisplayRole, Qt::ToolTipRole, BatchRoles::StatusLabelRole, BatchRoles::StatusCategoryRole}},
    {BatchField::Cycles, {CyclesColumn, NumberCyclesColumn, PercentColumn},
     {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, BatchRoles::CycleCountsRole,
      BatchRoles::PercentCompleteRole, BatchRoles::OverdueRole, BatchRoles::CycleCountsMismatchRole}},
    {BatchField::NumberCycles, {CyclesColumn, NumberCyclesColumn, PercentColumn},
     {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, BatchRoles::NumberCyclesRole,
      BatchRoles::PercentCompleteRole, BatchRoles::OverdueRole, BatchRoles::CycleCountsMismatchRole}},
    {BatchField::Order, {OrderColumn}, {Qt::DisplayRole, BatchRoles::OrderRole}},
    {BatchField::Technicians, {TechniciansColumn},
     {Qt::DisplayRole, BatchRoles::TechniciansRole, BatchRoles::TechnicianIdsRole, BatchRoles::SearchTextRole}},
};

const QList<int> kAggregateRoles{Qt::DisplayRole,
                                 Qt::ToolTipRole,
                                 BatchRoles::CycleCountsRole,
                                 BatchRoles::NumberCyclesRole,
                                 BatchRoles::PercentCompleteRole,
                                 BatchRoles::BatchCountRole,
                                 BatchRoles::OverdueRole,
                                 BatchRoles::TechniciansRole,
                                 BatchRoles::TechnicianIdsRole,
                                 BatchRoles::SearchTextRole,
                                 BatchRoles::CyclesBatchedRole,
                                 BatchRoles::BatchedShareRole,
                                 BatchRoles::UnbatchedCyclesRole,
                                 Qt::ForegroundRole,
                                 Qt::AccessibleDescriptionRole};

} // namespace

BatchTreeModel::BatchTreeModel(BatchStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    static_assert(sizeof(void *) != 8 || sizeof(Node) <= 48, "a batch row's node grew a malloc size class");
    connect(store, &BatchStore::batchesAdded, this, &BatchTreeModel::onBatchesAdded);
    connect(store, &BatchStore::batchesChanged, this, &BatchTreeModel::onBatchesChanged);
    connect(store, &BatchStore::batchesRemoved, this, &BatchTreeModel::onBatchesRemoved);
    connect(store, &BatchStore::queuesChanged, this, &BatchTreeModel::onQueuesChanged);
    connect(store, &BatchStore::workOrdersChanged, this, &BatchTreeModel::onWorkOrdersChanged);
    // Group rows are announced together: when a load (or a round of technician answers) is
    // complete, so that the board is consistent at once, and otherwise by a timer.
    m_groupTimer.setSingleShot(true);
    connect(&m_groupTimer, &QTimer::timeout, this, &BatchTreeModel::flushGroupChanges);
    connect(store, &BatchStore::generationEnded, this, &BatchTreeModel::flushGroupChanges);
    connect(store, &BatchStore::loadFailed, this, &BatchTreeModel::flushGroupChanges);
    connect(store, &BatchStore::techniciansLoaded, this, &BatchTreeModel::flushGroupChanges);
    // Whatever the store already holds.
    QStringList existing;
    store->forEach([&existing](const BatchRecord &r) { existing.append(r.id); });
    if (!existing.isEmpty())
        insertBatches(existing);
}

BatchTreeModel::~BatchTreeModel() = default;

// ----------------------------------------------------------------------------- structure

QModelIndex BatchTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_queues.size()))
            return {};
        return createIndex(row, column, m_queues[static_cast<std::size_t>(row)].get());
    }
    // Like Qt's fetchmore example: only column 0 has children.
    if (parent.column() != 0)
        return {};
    const Node *p = static_cast<const Node *>(parent.internalPointer());
    if (row >= static_cast<int>(p->kids().size()))
        return {};
    return createIndex(row, column, p->kids()[static_cast<std::size_t>(row)].get());
}

QModelIndex BatchTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<const Node *>(child.internalPointer());
    return n->parent ? createIndex(n->parent->row, 0, n->parent) : QModelIndex();
}

int BatchTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_queues.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(static_cast<const Node *>(parent.internalPointer())->kids().size());
}

int BatchTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags BatchTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (static_cast<const Node *>(index.internalPointer())->level == TreeLevel::Batch)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QModelIndex BatchTreeModel::indexOf(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex BatchTreeModel::queueIndex(const QString &queueId) const
{
    return indexOf(m_queueNodes.value(queueId));
}

BatchTreeModel::Node *BatchTreeModel::batchNode(const QString &batchId) const
{
    if (!m_store)
        return nullptr;
    followSlotEpoch();
    const qsizetype slot = m_store->slotOf(batchId);
    if (slot < 0 || static_cast<std::size_t>(slot) >= m_batchNodeBySlot.size())
        return nullptr;
    return m_batchNodeBySlot[static_cast<std::size_t>(slot)];
}

void BatchTreeModel::setBatchNode(const QString &batchId, Node *node)
{
    if (!m_store)
        return;
    followSlotEpoch();
    const qsizetype slot = m_store->slotOf(batchId);
    if (slot < 0)
        return; // not in the store (any more): no slot to clear either
    const auto at = static_cast<std::size_t>(slot);
    if (at >= m_batchNodeBySlot.size()) {
        if (!node)
            return;
        m_batchNodeBySlot.resize(at + 1, nullptr);
    }
    m_batchNodeBySlot[at] = node;
}

void BatchTreeModel::followSlotEpoch() const
{
    if (m_slotEpoch == m_store->slotEpoch())
        return;
    m_slotEpoch = m_store->slotEpoch();
    // The store compacted its records: every batch row gets its new slot.
    m_batchNodeBySlot.assign(static_cast<std::size_t>(m_store->slotCount()), nullptr);
    for (const auto &queue : m_queues) {
        for (const auto &workOrder : queue->kids()) {
            for (const auto &batch : workOrder->kids()) {
                const qsizetype slot = m_store->slotOf(batch->id);
                if (slot >= 0 && static_cast<std::size_t>(slot) < m_batchNodeBySlot.size())
                    m_batchNodeBySlot[static_cast<std::size_t>(slot)] = batch.get();
            }
        }
    }
}

QModelIndex BatchTreeModel::batchIndex(const QString &batchId) const
{
    return indexOf(batchNode(batchId));
}

QHash<int, QByteArray> BatchTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(BatchRoles::LevelRole, "level");
    names.insert(BatchRoles::IdRole, "id");
    names.insert(BatchRoles::LabelRole, "label");
    names.insert(BatchRoles::CycleCountsRole, "cycleCounts");
    names.insert(BatchRoles::NumberCyclesRole, "numberCycles");
    names.insert(BatchRoles::PercentCompleteRole, "percentComplete");
    names.insert(BatchRoles::StatusLabelRole, "statusLabel");
    names.insert(BatchRoles::StatusCategoryRole, "statusCategory");
    names.insert(BatchRoles::DueDateRole, "dueDate");
    names.insert(BatchRoles::OverdueRole, "overdue");
    names.insert(BatchRoles::TechniciansRole, "technicians");
    names.insert(BatchRoles::TechnicianIdsRole, "technicianIds");
    names.insert(BatchRoles::OrderRole, "order");
    names.insert(BatchRoles::BatchCountRole, "batchCount");
    names.insert(BatchRoles::ServerTotalRole, "serverTotal");
    names.insert(BatchRoles::QueueIdRole, "queueId");
    names.insert(BatchRoles::WorkOrderIdRole, "workOrderId");
    names.insert(BatchRoles::SearchTextRole, "searchText");
    names.insert(BatchRoles::CycleCountsMismatchRole, "cycleCountsMismatch");
    return names;
}

void BatchTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Display texts (group summaries, status names, tooltips) of every shown row.
    const auto changeChildren = [this](const auto &self, const QModelIndex &parent) -> void {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent),
                         {Qt::DisplayRole, Qt::ToolTipRole});
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (rowCount(child) > 0)
                self(self, child);
        }
    };
    changeChildren(changeChildren, {});
}

QVariant BatchTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Queue / Work order / Batch");
    case StatusColumn: return tr("Status");
    case CyclesColumn: return tr("Cycles");
    case NumberCyclesColumn: return tr("Number of cycles");
    case PercentColumn: return tr("% complete");
    //: Column: the work order's due date.
    case DueDateColumn: return tr("Due");
    case TechniciansColumn: return tr("Technicians");
    //: Column: the batch's position in its queue (batches are worked in this order).
    case OrderColumn: return tr("Order");
    default: return {};
    }
}

// ----------------------------------------------------------------------------- data

BatchTreeModel::WorkOrderTotals BatchTreeModel::workOrderTotals(const QString &workOrderId) const
{
    if (!m_workOrderTotalsValid) {
        m_workOrderTotals.clear();
        for (auto it = m_workOrderNodes.cbegin(); it != m_workOrderNodes.cend(); ++it) {
            WorkOrderTotals &t = m_workOrderTotals[it.key().workOrderId];
            const Aggregate &agg = it.value()->group().aggregate;
            t.complete = addCounts(t.complete, agg.cycles[StatusCategory::Complete]);
            t.batched = addCounts(t.batched, progressBase(agg.cycles, agg.numberCycles));
        }
        m_workOrderTotalsValid = true;
    }
    WorkOrderTotals totals = m_workOrderTotals.value(workOrderId);
    // The server's own count of the work order's complete cycles, when it sends one, may know
    // cycles of batches not (yet) on the board.
    if (const WorkOrder *wo = m_store ? m_store->workOrder(workOrderId) : nullptr) {
        qint64 serverComplete = 0;
        for (const WorkOrderCycles &c : wo->cycles)
            serverComplete = addCounts(serverComplete, c.counts[StatusCategory::Complete]);
        totals.complete = std::max(totals.complete, serverComplete);
    }
    return totals;
}

bool BatchTreeModel::workOrderOverdue(const QString &workOrderId) const
{
    const WorkOrder *wo = m_store ? m_store->workOrder(workOrderId) : nullptr;
    if (!wo || !wo->dueDate.isValid())
        return false;
    const WorkOrderTotals totals = workOrderTotals(workOrderId);
    return isOverdue(wo->dueDate, wo->cyclesNeeded(), totals.complete, currentTime(), totals.batched);
}

QString BatchTreeModel::cyclesToolTip(const CycleCounts &counts)
{
    const qint64 total = counts.total();
    if (total <= 0)
        return tr("No cycles");
    const QLocale locale;
    QStringList lines;
    for (StatusCategory category : kAllStatusCategories) {
        const qint64 count = counts[category];
        //: Tooltip line of the cycle progress bar: category name, count, percentage of all cycles
        lines << tr("%1: %2 (%3)").arg(categoryDisplayName(category), locale.toString(count), DisplayText::percent(count, total));
    }
    lines << tr("Total: %1").arg(locale.toString(total));
    return lines.join(QLatin1Char('\n'));
}

QVariant BatchTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_store)
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (role == BatchRoles::LevelRole)
        return static_cast<int>(node->level);
    if (role == BatchRoles::IdRole)
        return node->id;
    if (node->level != TreeLevel::Batch)
        return groupData(node, node->group().aggregate, index.column(), role);
    const BatchRecord *batch = m_store->batch(node->id);
    return batch ? batchData(*batch, index.column(), role) : QVariant();
}

QVariant BatchTreeModel::batchData(const BatchRecord &batch, int column, int role) const
{
    const WorkOrder *wo = m_store->workOrder(batch.workOrderId);
    const QDateTime due = wo ? wo->dueDate : QDateTime();
    auto overdue = [&] { return workOrderOverdue(batch.workOrderId); };
    auto technicianNames = [&batch] {
        QStringList names;
        for (const User &user : batch.technicians)
            names << DisplayText::userName(user);
        return names;
    };
    switch (role) {
    case BatchRoles::LabelRole: return batch.label;
    case BatchRoles::CycleCountsRole: return QVariant::fromValue(batch.cycles);
    case BatchRoles::NumberCyclesRole: return batch.numberCycles;
    case BatchRoles::PercentCompleteRole: return percentComplete(batch.cycles, batch.numberCycles);
    case BatchRoles::CycleCountsMismatchRole: return countsMismatch(batch);
    case BatchRoles::StatusLabelRole: return batch.status ? batch.status->label : QString();
    case BatchRoles::StatusCategoryRole: return batch.status ? static_cast<int>(batch.status->category) : -1;
    case BatchRoles::DueDateRole: return due;
    case BatchRoles::OverdueRole: return overdue();
    case BatchRoles::UnbatchedCyclesRole: return qint64(0);
    case BatchRoles::TechniciansRole: return technicianNames();
    case BatchRoles::TechnicianIdsRole: {
        QStringList ids;
        for (const User &user : batch.technicians)
            ids << user.id;
        return ids;
    }
    case BatchRoles::OrderRole: return QVariant::fromValue(batch.order);
    case BatchRoles::BatchCountRole: return qint64(1);
    case BatchRoles::QueueIdRole: return batch.queueId;
    case BatchRoles::WorkOrderIdRole: return batch.workOrderId;
    case BatchRoles::SearchTextRole: {
        const Queue *queue = m_store->queue(batch.queueId);
        QStringList parts{batch.label, queue ? queue->label : QString(), wo ? wo->label : QString()};
        parts += technicianNames();
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn: return DisplayText::label(batch.label);
        case StatusColumn: return batch.status ? DisplayText::label(batch.status->label) : QString();
        case CyclesColumn: return progressText(batch.cycles[StatusCategory::Complete], progressBase(batch.cycles, batch.numberCycles));
        case NumberCyclesColumn:
            if (countsMismatch(batch))
                //: Cycles column of a batch whose counts per status add up to another number
                return tr("%1 (%2 counted)").arg(QLocale().toString(batch.numberCycles), QLocale().toString(batch.cycles.total()));
            return QLocale().toString(batch.numberCycles);
        case PercentColumn:
            return DisplayText::percent(batch.cycles[StatusCategory::Complete], progressBase(batch.cycles, batch.numberCycles));
        case DueDateColumn: return dueText(due, overdue());
        case TechniciansColumn: {
            QStringList names = technicianNames();
            for (QString &name : names)
                name = DisplayText::label(name, 60);
            return names.join(QStringLiteral(", "));
        }
        case OrderColumn: return batch.order.toString();
        default: return {};
        }
    case Qt::ToolTipRole:
        // Tooltips with server text go through DisplayText::toolTip(): shown literally, never as HTML.
        if (column == LabelColumn)
            return DisplayText::toolTip(tr("Batch %1").arg(batch.id));
        if (column == StatusColumn && batch.status)
            return DisplayText::toolTip(batch.status->description.isEmpty()
                                            ? categoryDisplayName(batch.status->category)
                                            : DisplayText::label(batch.status->description) + QLatin1String(" (")
                                                  + categoryDisplayName(batch.status->category) + QLatin1Char(')'));
        if ((column == NumberCyclesColumn || column == CyclesColumn) && countsMismatch(batch)) {
            const QString mismatch = tr("The cycle counts by status add up to %1, but the batch has %2 cycles. "
                                        "Progress is worked out from the larger number.")
                                         .arg(QLocale().toString(batch.cycles.total()), QLocale().toString(batch.numberCycles));
            // Numbers only: safe as plain text; the cycles cell adds it to the breakdown.
            return column == CyclesColumn ? DisplayText::toolTip(cyclesToolTip(batch.cycles) + QLatin1Char('\n') + mismatch)
                                          : mismatch;
        }
        if (column == CyclesColumn)
            return DisplayText::toolTip(cyclesToolTip(batch.cycles));
        if (column == DueDateColumn && overdue())
            return DisplayText::toolTip(tr("Past its due date with cycles still to complete"));
        return {};
    case Qt::ForegroundRole:
        if (column == DueDateColumn && overdue())
            return overdueForeground();
        return {};
    case Qt::AccessibleTextRole:
        return DisplayText::label(batch.label);
    case Qt::AccessibleDescriptionRole:
        return accessibleSummary(batch.label, batch.cycles, progressBase(batch.cycles, batch.numberCycles), overdue());
    case Qt::TextAlignmentRole:
        if (column == NumberCyclesColumn || column == PercentColumn || column == OrderColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BatchTreeModel::groupData(const QModelIndex &group, const Aggregate &totals, int role) const
{
    if (!checkIndex(group, CheckIndexOption::IndexIsValid) || !m_store)
        return {};
    const Node *node = static_cast<const Node *>(group.internalPointer());
    if (node->level == TreeLevel::Batch)
        return data(group, role);
    return groupData(node, totals, group.column(), role);
}

QVariant BatchTreeModel::groupData(const Node *node, const Aggregate &agg, int column, int role) const
{
    const bool isQueue = node->level == TreeLevel::Queue;
    const Queue *queue = m_store->queue(isQueue ? node->id : node->parent->id);
    const WorkOrder *wo = isQueue ? nullptr : m_store->workOrder(node->id);
    const QDateTime due = wo ? wo->dueDate : QDateTime();
    const QString label = isQueue ? (queue ? queue->label : node->id) : (wo ? wo->label : node->id);
    // A work order's progress is measured against the cycles it needs (those not in a batch
    // yet are not done either); a queue's, and a work order's without a known need, against
    // its batched cycles.
    const qint64 needed = wo ? wo->cyclesNeeded() : 0;
    const qint64 complete = agg.cycles[StatusCategory::Complete];
    const qint64 base = std::max(needed, progressBase(agg.cycles, agg.numberCycles));
    auto overdue = [&] { return !isQueue && workOrderOverdue(node->id); };
    auto batchedAll = [&] { return workOrderTotals(node->id).batched; };

    auto technicians = [&](bool ids) {
        QStringList out;
        out.reserve(agg.technicians.size());
        for (const User &u : agg.technicians)
            out << (ids ? u.id : DisplayText::userName(u));
        return out;
    };
    // Server-side totals the contract gives: a queue's total_batches, a work order's needed cycles.
    const QVariant serverTotal = isQueue ? (queue && queue->totalBatches ? QVariant(*queue->totalBatches) : QVariant())
                                         : (wo && !wo->cycles.isEmpty() ? QVariant(wo->cyclesNeeded()) : QVariant());

    switch (role) {
    case BatchRoles::LabelRole: return label;
    case BatchRoles::CycleCountsRole: return QVariant::fromValue(agg.cycles);
    case BatchRoles::NumberCyclesRole: return agg.numberCycles;
    case BatchRoles::PercentCompleteRole: return percentOf(complete, base);
    case BatchRoles::CyclesNeededRole: return needed > 0 ? QVariant(needed) : QVariant();
    case BatchRoles::CyclesBatchedRole: return isQueue ? QVariant() : QVariant(batchedAll());
    case BatchRoles::BatchedShareRole:
        return needed > 0 ? QVariant(std::min(100.0, percentOf(batchedAll(), needed))) : QVariant();
    case BatchRoles::UnbatchedCyclesRole:
        // Against everything this row's bar shows: the need not covered by batches anywhere.
        return needed > 0 ? std::max<qint64>(0, needed - batchedAll()) : qint64(0);
    case BatchRoles::StatusLabelRole: return wo && wo->currentStatus ? wo->currentStatus->label : QString();
    case BatchRoles::StatusCategoryRole:
        return wo && wo->currentStatus ? static_cast<int>(wo->currentStatus->category) : -1;
    case BatchRoles::DueDateRole: return due;
    case BatchRoles::OverdueRole: return overdue();
    case BatchRoles::TechniciansRole: return technicians(false);
    case BatchRoles::TechnicianIdsRole: return technicians(true);
    case BatchRoles::OrderRole:
        return isQueue && queue ? QVariant::fromValue(queue->priority) : QVariant();
    case BatchRoles::BatchCountRole: return agg.batches;
    case BatchRoles::ServerTotalRole: return serverTotal;
    case BatchRoles::QueueIdRole: return isQueue ? node->id : node->parent->id;
    case BatchRoles::WorkOrderIdRole: return isQueue ? QVariant() : QVariant(node->id);
    case BatchRoles::SearchTextRole: return label;
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn: return DisplayText::label(label);
        case StatusColumn:
            if (isQueue && queue && queue->totalBatches && *queue->totalBatches != agg.batches)
                return tr("%1 of %2 batches").arg(QLocale().toString(agg.batches), QLocale().toString(*queue->totalBatches));
            return tr("%Ln batch(es)", nullptr, static_cast<int>(agg.batches));
        case CyclesColumn: return progressText(complete, base);
        case NumberCyclesColumn:
            if (!isQueue && serverTotal.isValid())
                return tr("%1 of %2 needed").arg(QLocale().toString(agg.numberCycles), QLocale().toString(serverTotal.toLongLong()));
            return QLocale().toString(agg.numberCycles);
        case PercentColumn: return DisplayText::percent(complete, base);
        case DueDateColumn: return dueText(due, overdue());
        case TechniciansColumn: {
            QStringList names = technicians(false);
            for (QString &name : names)
                name = DisplayText::label(name, 60);
            return names.size() <= 3 ? names.join(QStringLiteral(", "))
                                     : tr("%1 and %Ln more", nullptr, static_cast<int>(names.size() - 2))
                                           .arg(names.mid(0, 2).join(QStringLiteral(", ")));
        }
        case OrderColumn: return isQueue && queue ? tr("Priority %1").arg(queue->priority.toString()) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == LabelColumn && isQueue && queue) {
            QString tip = DisplayText::label(queue->label);
            if (queue->location)
                tip += QLatin1Char('\n') + DisplayText::label(queue->location->label);
            if (queue->totalBatches)
                tip += QLatin1Char('\n') + tr("Server total: %Ln batch(es)", nullptr, static_cast<int>(*queue->totalBatches));
            return DisplayText::toolTip(tip);
        }
        if (column == LabelColumn && wo) {
            QString tip = DisplayText::label(wo->label);
            if (wo->project)
                tip += QLatin1Char('\n') + DisplayText::label(wo->project->customer.label) + QLatin1String(" — ")
                       + DisplayText::label(wo->project->label);
            if (serverTotal.isValid())
                tip += QLatin1Char('\n') + tr("Cycles needed: %1").arg(QLocale().toString(serverTotal.toLongLong()));
            return DisplayText::toolTip(tip);
        }
        if (column == CyclesColumn) {
            QString tip = cyclesToolTip(agg.cycles);
            if (needed > 0) {
                const qint64 batched = batchedAll();
                //: Tooltip of a work order's progress bar, after the counts per status
                tip += QLatin1Char('\n') + tr("Cycles needed: %1").arg(QLocale().toString(needed));
                tip += QLatin1Char('\n') + tr("In batches: %1 (%2)").arg(QLocale().toString(batched), DisplayText::percent(batched, needed));
                if (batched < needed)
                    //: The hatched part of a work order's progress bar; also its legend name
                    tip += QLatin1Char('\n') + tr("Not in a batch yet: %1").arg(QLocale().toString(needed - batched));
            }
            return DisplayText::toolTip(tip);
        }
        if (column == DueDateColumn && overdue())
            return DisplayText::toolTip(tr("Past its due date with cycles still to complete"));
        return {};
    case Qt::ForegroundRole:
        if (column == DueDateColumn && overdue())
            return overdueForeground();
        return {};
    case Qt::AccessibleTextRole:
        return DisplayText::label(label);
    case Qt::AccessibleDescriptionRole:
        return accessibleSummary(label, agg.cycles, base, overdue());
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (column == NumberCyclesColumn || column == PercentColumn || column == OrderColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

// ----------------------------------------------------------------------------- updates

namespace {

// Appends the technicians not seen yet, keeping first-seen order (that of a walk of the rows).
void addTechnicians(QList<User> &to, QSet<QString> &seen, const QList<User> &from)
{
    for (const User &u : from) {
        if (!seen.contains(u.id)) {
            seen.insert(u.id);
            to.append(u);
        }
    }
}

} // namespace

void BatchTreeModel::recomputeAggregate(Node *group)
{
    m_workOrderTotalsValid = false;
    Aggregate agg;
    QSet<QString> seen;
    for (const auto &child : group->kids()) {
        if (child->level == TreeLevel::Batch) {
            if (const BatchRecord *b = m_store->batch(child->id)) {
                agg.cycles += b->cycles;
                agg.numberCycles = addCounts(agg.numberCycles, b->numberCycles);
                ++agg.batches;
                addTechnicians(agg.technicians, seen, b->technicians);
            }
        } else {
            agg.cycles += child->group().aggregate.cycles;
            agg.numberCycles = addCounts(agg.numberCycles, child->group().aggregate.numberCycles);
            agg.batches += child->group().aggregate.batches;
            // A work order's list is in its rows' order, so the union in row order is the walk's order.
            addTechnicians(agg.technicians, seen, child->group().aggregate.technicians);
        }
    }
    group->group().aggregate = std::move(agg);
}

void BatchTreeModel::addToAggregate(Node *workOrder, const QStringList &batchIds)
{
    // A load appends a slice at a time to groups of tens of thousands of rows: recomputing the
    // whole group per slice made loading quadratic.
    m_workOrderTotalsValid = false;
    Aggregate &agg = workOrder->group().aggregate;
    QSet<QString> seen;
    for (const User &u : std::as_const(agg.technicians))
        seen.insert(u.id);
    for (const QString &id : batchIds) {
        if (const BatchRecord *b = m_store->batch(id)) {
            agg.cycles += b->cycles;
            agg.numberCycles = addCounts(agg.numberCycles, b->numberCycles);
            ++agg.batches;
            addTechnicians(agg.technicians, seen, b->technicians);
        }
    }
}

void BatchTreeModel::onBatchesAdded(const QStringList &ids)
{
    insertBatches(ids);
}

void BatchTreeModel::insertBatches(const QStringList &ids)
{
    // Group the new batches by parent, keeping arrival order.
    struct Bucket
    {
        QString queueId;
        QString workOrderId;
        QStringList batchIds;
    };
    std::vector<Bucket> buckets;
    QHash<WorkOrderKey, std::size_t> bucketOf;
    // Grow once to the announced size (a rehash of thousands of nodes mid-load is a stall).
    if (m_batchNodeBySlot.capacity() < static_cast<std::size_t>(std::max<qint64>(m_store->serverTotal(), 0)))
        m_batchNodeBySlot.reserve(static_cast<std::size_t>(std::min<qint64>(m_store->serverTotal(), qint64(1) << 20)));
    for (const QString &id : ids) {
        const BatchRecord *b = m_store->batch(id);
        if (!b || batchNode(id))
            continue;
        const WorkOrderKey key{b->queueId, b->workOrderId};
        auto it = bucketOf.constFind(key);
        if (it == bucketOf.cend()) {
            it = bucketOf.insert(key, buckets.size());
            buckets.push_back(Bucket{b->queueId, b->workOrderId, {}});
        }
        buckets[*it].batchIds.append(id);
    }

    auto makeBatchNodes = [this](Node *wo, const QStringList &batchIds) {
        for (const QString &id : batchIds) {
            auto node = std::make_unique<Node>();
            node->level = TreeLevel::Batch;
            node->parent = wo;
            node->row = static_cast<int>(wo->kids().size());
            node->id = id;
            setBatchNode(id, node.get());
            wo->groupChildren().push_back(std::move(node));
        }
    };
    auto makeWorkOrderNode = [this, &makeBatchNodes](Node *queue, const Bucket &bucket) {
        auto node = std::make_unique<Node>();
        node->level = TreeLevel::WorkOrder;
        node->parent = queue;
        node->row = static_cast<int>(queue->kids().size());
        node->id = bucket.workOrderId;
        if (const WorkOrder *held = m_store->workOrder(node->id)) {
            node->group().shownDue = held->dueDate;
            node->group().shownLabel = held->label;
        }
        m_workOrderNodes.insert(WorkOrderKey{bucket.queueId, bucket.workOrderId}, node.get());
        makeBatchNodes(node.get(), bucket.batchIds);
        recomputeAggregate(node.get());
        queue->groupChildren().push_back(std::move(node));
    };

    std::vector<Node *> touchedGroups; // existing groups whose aggregates change
    std::vector<const Bucket *> newQueueBuckets;
    std::map<Node *, std::vector<const Bucket *>> newWorkOrders;
    for (const Bucket &bucket : buckets) {
        Node *queue = m_queueNodes.value(bucket.queueId);
        if (!queue) {
            newQueueBuckets.push_back(&bucket);
            continue;
        }
        Node *wo = m_workOrderNodes.value(WorkOrderKey{bucket.queueId, bucket.workOrderId});
        if (!wo) {
            newWorkOrders[queue].push_back(&bucket);
            continue;
        }
        const int first = static_cast<int>(wo->kids().size());
        beginInsertRows(indexOf(wo), first, first + static_cast<int>(bucket.batchIds.size()) - 1);
        makeBatchNodes(wo, bucket.batchIds);
        endInsertRows();
        addToAggregate(wo, bucket.batchIds);
        touchedGroups.push_back(wo);
    }
    for (auto &[queue, list] : newWorkOrders) {
        const int first = static_cast<int>(queue->kids().size());
        beginInsertRows(indexOf(queue), first, first + static_cast<int>(list.size()) - 1);
        for (const Bucket *bucket : list)
            makeWorkOrderNode(queue, *bucket);
        endInsertRows();
    }
    // Queue aggregates after their work orders.
    QSet<Node *> queuesTouched;
    for (Node *wo : touchedGroups)
        queuesTouched.insert(wo->parent);
    for (const auto &entry : newWorkOrders)
        queuesTouched.insert(entry.first);
    for (Node *queue : std::as_const(queuesTouched)) {
        recomputeAggregate(queue);
        touchedGroups.push_back(queue);
    }

    if (!newQueueBuckets.empty()) {
        // Build the new queues with their work orders and batches, then insert them at once.
        std::vector<std::unique_ptr<Node>> fresh;
        QHash<QString, Node *> freshByid;
        for (const Bucket *bucket : newQueueBuckets) {
            Node *queue = freshByid.value(bucket->queueId);
            if (!queue) {
                auto node = std::make_unique<Node>();
                node->level = TreeLevel::Queue;
                node->row = static_cast<int>(m_queues.size() + fresh.size());
                node->id = bucket->queueId;
                if (const Queue *held = m_store->queue(node->id))
                    node->group().shownLabel = held->label;
                queue = node.get();
                freshByid.insert(bucket->queueId, queue);
                fresh.push_back(std::move(node));
            }
            Node *wo = m_workOrderNodes.value(WorkOrderKey{bucket->queueId, bucket->workOrderId});
            if (wo) {
                makeBatchNodes(wo, bucket->batchIds);
                recomputeAggregate(wo);
            } else {
                makeWorkOrderNode(queue, *bucket);
            }
        }
        const int first = static_cast<int>(m_queues.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
        for (auto &queue : fresh) {
            recomputeAggregate(queue.get());
            m_queueNodes.insert(queue->id, queue.get());
            m_queues.push_back(std::move(queue));
        }
        endInsertRows();
    }
    markGroupsChanged(touchedGroups, GroupChange::Aggregate);
}

void BatchTreeModel::onBatchesRemoved(const QStringList &ids)
{
    removeBatches(ids);
}

void BatchTreeModel::removeBatches(const QStringList &ids)
{
    std::map<Node *, std::vector<int>> rowsByWorkOrder;
    for (const QString &id : ids) {
        if (Node *node = batchNode(id))
            rowsByWorkOrder[node->parent].push_back(node->row);
    }
    if (rowsByWorkOrder.empty())
        return;

    // Remove the highest row that goes away: a work order losing all its batches goes as one
    // row, a queue losing all its work orders too. Fewer signals, and views never see empty groups.
    std::map<Node *, std::vector<int>> emptyWorkOrdersByQueue;
    for (const auto &[wo, rows] : rowsByWorkOrder) {
        if (rows.size() == wo->kids().size())
            emptyWorkOrdersByQueue[wo->parent].push_back(wo->row);
    }
    std::vector<int> emptyQueues;
    QSet<Node *> removedQueues;
    for (const auto &[queue, rows] : emptyWorkOrdersByQueue) {
        if (rows.size() == queue->kids().size()) {
            emptyQueues.push_back(queue->row);
            removedQueues.insert(queue);
        }
    }

    const std::function<void(Node *)> unregister = [&](Node *node) {
        switch (node->level) {
        case TreeLevel::Batch: setBatchNode(node->id, nullptr); break;
        case TreeLevel::WorkOrder:
            m_workOrderNodes.remove(WorkOrderKey{node->parent->id, node->id});
            m_changedGroups.remove(node);
            break;
        case TreeLevel::Queue:
            m_queueNodes.remove(node->id);
            m_changedGroups.remove(node);
            break;
        }
        for (const auto &child : node->kids())
            unregister(child.get());
    };
    auto removeRows = [&](Node *parentNode, std::vector<std::unique_ptr<Node>> &children, std::vector<int> rows) {
        const QModelIndex parentIndex = indexOf(parentNode);
        for (const auto &[first, last] : descendingRanges(std::move(rows))) {
            beginRemoveRows(parentIndex, first, last);
            for (int r = first; r <= last; ++r)
                unregister(children[static_cast<std::size_t>(r)].get());
            children.erase(children.begin() + first, children.begin() + last + 1);
            for (std::size_t r = static_cast<std::size_t>(first); r < children.size(); ++r)
                children[r]->row = static_cast<int>(r);
            endRemoveRows();
        }
    };

    std::vector<Node *> touched;
    QSet<Node *> touchedQueues;
    for (auto &[wo, rows] : rowsByWorkOrder) {
        if (rows.size() == wo->kids().size())
            continue; // goes with its work order below
        removeRows(wo, wo->groupChildren(), rows);
        recomputeAggregate(wo);
        touched.push_back(wo);
        touchedQueues.insert(wo->parent);
    }
    for (auto &[queue, rows] : emptyWorkOrdersByQueue) {
        if (removedQueues.contains(queue))
            continue; // goes as a whole below
        removeRows(queue, queue->groupChildren(), rows);
        touchedQueues.insert(queue);
    }
    if (!emptyQueues.empty())
        removeRows(nullptr, m_queues, emptyQueues);

    for (Node *queue : std::as_const(touchedQueues)) {
        recomputeAggregate(queue);
        touched.push_back(queue);
    }
    markGroupsChanged(touched, GroupChange::Aggregate);
}

void BatchTreeModel::onBatchesChanged(const QList<BatchChange> &changes)
{
    QStringList moved;
    // Per parent: changed rows and the union of columns/roles they need.
    struct Pending
    {
        std::vector<int> rows;
        int firstColumn = ColumnCount;
        int lastColumn = -1;
        QSet<int> roles;
    };
    std::map<Node *, Pending> pendingByParent;
    for (const BatchChange &change : changes) {
        Node *node = batchNode(change.id);
        if (!node)
            continue;
        if (change.fields & BatchField::Placement) {
            moved.append(change.id);
            continue;
        }
        Pending &pending = pendingByParent[node->parent];
        bool visible = false;
        for (const FieldEffect &effect : kFieldEffects) {
            if (!(change.fields & effect.field))
                continue;
            visible = true;
            for (int column : effect.columns) {
                pending.firstColumn = std::min(pending.firstColumn, column);
                pending.lastColumn = std::max(pending.lastColumn, column);
            }
            for (int role : effect.roles)
                pending.roles.insert(role);
        }
        if (visible)
            pending.rows.push_back(node->row);
    }
    std::vector<Node *> touchedGroups;
    QSet<Node *> touchedQueues;
    for (auto &[wo, pending] : pendingByParent) {
        if (pending.rows.empty())
            continue;
        QList<int> roles(pending.roles.cbegin(), pending.roles.cend());
        std::sort(roles.begin(), roles.end());
        const QModelIndex parentIndex = indexOf(wo);
        const auto [first, last] = changedSpan(pending.rows);
        Q_EMIT dataChanged(index(first, pending.firstColumn, parentIndex), index(last, pending.lastColumn, parentIndex), roles);
        const Aggregate before = wo->group().aggregate;
        recomputeAggregate(wo);
        const bool aggregateChanged = before.cycles != wo->group().aggregate.cycles || before.numberCycles != wo->group().aggregate.numberCycles;
        if (aggregateChanged || pending.roles.contains(BatchRoles::TechniciansRole)) {
            touchedGroups.push_back(wo);
            touchedQueues.insert(wo->parent);
        }
    }
    for (Node *queue : std::as_const(touchedQueues)) {
        recomputeAggregate(queue);
        touchedGroups.push_back(queue);
    }
    markGroupsChanged(touchedGroups, GroupChange::Aggregate);

    if (!moved.isEmpty())
        moveBatches(moved);
}

BatchTreeModel::Node *BatchTreeModel::ensureWorkOrderNode(const QString &queueId, const QString &workOrderId)
{
    Node *queue = m_queueNodes.value(queueId);
    if (!queue) {
        const int row = static_cast<int>(m_queues.size());
        auto node = std::make_unique<Node>();
        node->level = TreeLevel::Queue;
        node->row = row;
        node->id = queueId;
        if (const Queue *held = m_store->queue(queueId))
            node->group().shownLabel = held->label;
        queue = node.get();
        beginInsertRows(QModelIndex(), row, row);
        m_queueNodes.insert(queueId, queue);
        m_queues.push_back(std::move(node));
        endInsertRows();
    }
    Node *wo = m_workOrderNodes.value(WorkOrderKey{queueId, workOrderId});
    if (!wo) {
        const int row = static_cast<int>(queue->kids().size());
        auto node = std::make_unique<Node>();
        node->level = TreeLevel::WorkOrder;
        node->parent = queue;
        node->row = row;
        node->id = workOrderId;
        if (const WorkOrder *held = m_store->workOrder(workOrderId)) {
            node->group().shownDue = held->dueDate;
            node->group().shownLabel = held->label;
        }
        wo = node.get();
        beginInsertRows(indexOf(queue), row, row);
        m_workOrderNodes.insert(WorkOrderKey{queueId, workOrderId}, wo);
        queue->groupChildren().push_back(std::move(node));
        endInsertRows();
    }
    return wo;
}

void BatchTreeModel::moveBatches(const QStringList &ids)
{
    // One batch at a time: a move is rare (a planner re-files a batch), and each keeps its
    // persistent indexes, so the selection and the detail pane follow the batch.
    QSet<Node *> touched;
    auto removeRow = [this, &touched](Node *node) {
        auto &siblings = node->parent ? node->parent->groupChildren() : m_queues;
        const int row = node->row;
        beginRemoveRows(indexOf(node->parent), row, row);
        if (node->level == TreeLevel::WorkOrder)
            m_workOrderNodes.remove(WorkOrderKey{node->parent->id, node->id});
        else
            m_queueNodes.remove(node->id);
        m_changedGroups.remove(node);
        touched.remove(node);
        siblings.erase(siblings.begin() + row);
        for (std::size_t r = static_cast<std::size_t>(row); r < siblings.size(); ++r)
            siblings[r]->row = static_cast<int>(r);
        endRemoveRows();
    };
    for (const QString &id : ids) {
        Node *node = batchNode(id);
        const BatchRecord *b = m_store->batch(id);
        if (!node || !b)
            continue;
        Node *from = node->parent;
        if (from->id == b->workOrderId && from->parent->id == b->queueId)
            continue;
        Node *to = ensureWorkOrderNode(b->queueId, b->workOrderId);
        const int row = node->row;
        const int dest = static_cast<int>(to->kids().size());
        beginMoveRows(indexOf(from), row, row, indexOf(to), dest);
        std::unique_ptr<Node> owned = std::move(from->groupChildren()[static_cast<std::size_t>(row)]);
        from->groupChildren().erase(from->groupChildren().begin() + row);
        for (std::size_t r = static_cast<std::size_t>(row); r < from->kids().size(); ++r)
            from->kids()[r]->row = static_cast<int>(r);
        owned->parent = to;
        owned->row = dest;
        to->groupChildren().push_back(std::move(owned));
        endMoveRows();
        // Its work order's fields (due date, label in the search text) may differ too.
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
        // Work orders first, then their queues (which sum them).
        for (Node *group : {from, to, from->parent, to->parent}) {
            recomputeAggregate(group);
            touched.insert(group);
        }
        if (from->kids().empty()) {
            Node *queue = from->parent;
            removeRow(from);
            if (queue->kids().empty())
                removeRow(queue);
        }
    }
    markGroupsChanged(std::vector<Node *>(touched.cbegin(), touched.cend()), GroupChange::Aggregate);
}

void BatchTreeModel::emitRowsChanged(const std::vector<Node *> &nodes, int firstColumn, int lastColumn,
                                     const QList<int> &roles)
{
    // One dataChanged per parent, spanning its changed rows.
    std::map<Node *, std::vector<int>> rowsByParent;
    for (Node *n : nodes)
        rowsByParent[n->parent].push_back(n->row);
    for (auto &[parentNode, rows] : rowsByParent) {
        const auto [first, last] = changedSpan(rows);
        const QModelIndex parentIndex = indexOf(parentNode);
        Q_EMIT dataChanged(index(first, firstColumn, parentIndex), index(last, lastColumn, parentIndex), roles);
    }
}

void BatchTreeModel::markGroupsChanged(const std::vector<Node *> &groups, GroupChange change)
{
    for (Node *group : groups) {
        GroupChange &pending = m_changedGroups[group];
        pending = std::max(pending, change);
    }
    if (m_changedGroups.isEmpty() || m_groupTimer.isActive())
        return;
    // While a load runs, its end announces the groups (all totals of a refresh move together);
    // the timer only keeps them moving during a long load.
    m_groupTimer.start(m_store && m_store->isLoading() ? kGroupUpdateIntervalWhileLoading : kGroupUpdateInterval);
}

void BatchTreeModel::flushGroupChanges()
{
    m_groupTimer.stop();
    if (m_changedGroups.isEmpty())
        return;
    std::vector<Node *> aggregates;
    std::vector<Node *> everything;
    for (auto it = m_changedGroups.cbegin(); it != m_changedGroups.cend(); ++it)
        (it.value() == GroupChange::Everything ? everything : aggregates).push_back(it.key());
    m_changedGroups.clear();
    // Rows announced in full need no second, narrower signal.
    const QSet<Node *> parentsInFull = [&] {
        QSet<Node *> parents;
        for (Node *n : everything)
            parents.insert(n->parent);
        return parents;
    }();
    std::erase_if(aggregates, [&](Node *n) {
        if (!parentsInFull.contains(n->parent))
            return false;
        everything.push_back(n);
        return true;
    });
    emitRowsChanged(everything, 0, ColumnCount - 1, {});
    emitRowsChanged(aggregates, StatusColumn, TechniciansColumn, kAggregateRoles);
    // Overdue belongs to the work order: a cycle completing in one queue can end it for the
    // batch rows of every queue.
    for (Node *wo : std::as_const(m_workOrderNodes)) {
        const bool overdue = workOrderOverdue(wo->id);
        if (overdue == wo->group().shownOverdue)
            continue;
        wo->group().shownOverdue = overdue;
        emitBatchRowsChanged(wo, LabelColumn,
                             {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::AccessibleDescriptionRole,
                              BatchRoles::OverdueRole},
                             DueDateColumn);
    }
}

void BatchTreeModel::emitBatchRowsChanged(Node *group, int column, const QList<int> &roles, int lastColumn)
{
    if (group->level == TreeLevel::Queue) {
        for (const auto &wo : group->kids())
            emitBatchRowsChanged(wo.get(), column, roles, lastColumn);
        return;
    }
    if (group->kids().empty())
        return;
    const QModelIndex parentIndex = indexOf(group);
    Q_EMIT dataChanged(index(0, column, parentIndex),
                       index(static_cast<int>(group->kids().size()) - 1, std::max(column, lastColumn), parentIndex), roles);
}

void BatchTreeModel::onQueuesChanged(const QStringList &ids)
{
    std::vector<Node *> changed;
    for (const QString &id : ids) {
        Node *queue = m_queueNodes.value(id);
        if (!queue)
            continue;
        changed.push_back(queue);
        const Queue *held = m_store->queue(id);
        const QString label = held ? held->label : QString();
        if (label != queue->group().shownLabel) {
            queue->group().shownLabel = label;
            emitBatchRowsChanged(queue, LabelColumn, {BatchRoles::SearchTextRole});
        }
    }
    if (!changed.empty())
        markGroupsChanged(changed, GroupChange::Everything);
}

void BatchTreeModel::onWorkOrdersChanged(const QStringList &ids)
{
    // A work order's totals change with every cycle the floor moves; its batch rows show only
    // its due date and (in the search text) its label.
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    std::vector<Node *> changed;
    for (Node *wo : std::as_const(m_workOrderNodes)) {
        if (!wanted.contains(wo->id))
            continue;
        changed.push_back(wo);
        const WorkOrder *held = m_store->workOrder(wo->id);
        const QDateTime due = held ? held->dueDate : QDateTime();
        const QString label = held ? held->label : QString();
        QList<int> roles;
        if (due != wo->group().shownDue)
            roles << Qt::DisplayRole << Qt::ToolTipRole << Qt::ForegroundRole << BatchRoles::DueDateRole
                  << BatchRoles::OverdueRole;
        if (label != wo->group().shownLabel)
            roles << BatchRoles::SearchTextRole;
        wo->group().shownDue = due;
        wo->group().shownLabel = label;
        if (!roles.isEmpty())
            emitBatchRowsChanged(wo, DueDateColumn, roles);
    }
    if (!changed.empty())
        markGroupsChanged(changed, GroupChange::Everything);
}

} // namespace BatchDesk
