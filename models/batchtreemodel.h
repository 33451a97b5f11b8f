#pragma once

#include "models/batchroles.h"
#include "models/batchstore.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <chrono>

#include <memory>
#include <vector>

namespace BatchDesk {

// Queue → Work order → Batch over a BatchStore.
//
// The model never resets: rows arrive through begin/endInsertRows as the store reports new
// batches (one insert per parent and page), changes become dataChanged naming only the roles
// that changed (merged into row ranges), and removals remove rows (and groups left empty).
// Group rows carry the aggregate of their batches; queues and work orders also expose the
// server's own totals where the contract gives them (ServerTotalRole).
//
// A group's data is always current, but its row is not announced with every page: a refresh
// changes some group on nearly every page, and each announcement makes every proxy and view
// above re-sort, re-filter and repaint. Changed group rows are announced together when a load
// ends (every total of a refresh moves at once), every kGroupUpdateIntervalWhileLoading
// during a long load, and kGroupUpdateInterval after changes outside a load (technicians
// answering), much as qBittorrent refreshes its transfer list periodically.
class BatchTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit BatchTreeModel(BatchStore *store, QObject *parent = nullptr);
    ~BatchTreeModel() override;

    // "Now" for the overdue role; tests pin it.
    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    // The interface language changed: headers and texts are translated when asked for, so the
    // views only need to ask again.
    void retranslate();

    static constexpr std::chrono::milliseconds kGroupUpdateInterval{500};
    static constexpr std::chrono::milliseconds kGroupUpdateIntervalWhileLoading{2000};

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Index of a queue, work order (within a queue) or batch; invalid when not shown.
    QModelIndex queueIndex(const QString &queueId) const;
    QModelIndex batchIndex(const QString &batchId) const;
    const BatchStore *store() const { return m_store; }

    // What a group row sums over its batches.
    struct Aggregate
    {
        Niagara::CycleCounts cycles;
        qint64 numberCycles = 0;
        qint64 batches = 0;
        // The group's technicians, each once, in the order a walk of its rows meets them. Kept
        // here so that painting a group row does not walk its batches (tens of thousands at scale).
        QList<Niagara::User> technicians;
    };
    // A group row's data (`group` is an index of this model) as it reads with `totals` instead
    // of the sums over all its batches: filtered views (FilteredAggregateProxy) count only the
    // batches they show, with every text and format of the group row unchanged.
    QVariant groupData(const QModelIndex &group, const Aggregate &totals, int role) const;

    // The tooltip of a cycles cell: one line per category, "Pending: 12 (24%)", then the total.
    static QString cyclesToolTip(const Niagara::CycleCounts &counts);

private:
    struct Node;
    // A work order within a queue (a work order may have batches in several queues).
    struct WorkOrderKey
    {
        QString queueId;
        QString workOrderId;
        bool operator==(const WorkOrderKey &) const = default;
        friend size_t qHash(const WorkOrderKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.queueId, key.workOrderId);
        }
    };
    // A work order's cycles over the whole store (all queues): what overdue and the part not
    // yet batched are measured with.
    struct WorkOrderTotals
    {
        qint64 complete = 0;
        qint64 batched = 0;
    };
    WorkOrderTotals workOrderTotals(const QString &workOrderId) const;
    bool workOrderOverdue(const QString &workOrderId) const;

    void onBatchesAdded(const QStringList &ids);
    void onBatchesChanged(const QList<BatchChange> &changes);
    void onBatchesRemoved(const QStringList &ids);
    void onQueuesChanged(const QStringList &ids);
    void onWorkOrdersChanged(const QStringList &ids);

    void insertBatches(const QStringList &ids);
    void removeBatches(const QStringList &ids);
    void recomputeAggregate(Node *group);
    // Adds batches appended to a work order's rows: O(new rows), the same result as a recompute.
    void addToAggregate(Node *workOrder, const QStringList &batchIds);
    // What a group row's announcement names: its totals (the aggregate columns and roles), or
    // everything (its own fields changed on the server).
    enum class GroupChange { Aggregate, Everything };
    void markGroupsChanged(const std::vector<Node *> &groups, GroupChange change);
    void flushGroupChanges();
    // One dataChanged per parent, spanning the rows of `nodes` under it.
    void emitRowsChanged(const std::vector<Node *> &nodes, int firstColumn, int lastColumn, const QList<int> &roles);
    // Every batch row below a queue or work order, in one column.
    void emitBatchRowsChanged(Node *group, int column, const QList<int> &roles, int lastColumn = -1);
    QModelIndex indexOf(const Node *node, int column = 0) const;

    QVariant batchData(const BatchRecord &batch, int column, int role) const;
    QVariant groupData(const Node *node, const Aggregate &agg, int column, int role) const;
    // Moves batches whose queue or work order changed with beginMoveRows, so that persistent
    // indexes (the selection) follow them.
    void moveBatches(const QStringList &ids);
    Node *ensureWorkOrderNode(const QString &queueId, const QString &workOrderId);
    void removeEmptyGroups(Node *workOrder);

    QPointer<BatchStore> m_store;
    std::vector<std::unique_ptr<Node>> m_queues;
    QHash<QString, Node *> m_queueNodes;
    QHash<WorkOrderKey, Node *> m_workOrderNodes;
    // Batch rows by the store's slot of their record (BatchStore::slotOf), not by id: a hash of
    // 100,000 ids was 4 MB of bench_scale's peak, this vector is 0.8 MB. Rebuilt when the store
    // moves records to other slots (slotEpoch).
    Node *batchNode(const QString &batchId) const;
    void setBatchNode(const QString &batchId, Node *node);
    void followSlotEpoch() const;
    mutable std::vector<Node *> m_batchNodeBySlot;
    mutable quint64 m_slotEpoch = 0;
    QHash<Node *, GroupChange> m_changedGroups; // announced by flushGroupChanges()
    QTimer m_groupTimer;
    QDateTime m_now;
    mutable QHash<QString, WorkOrderTotals> m_workOrderTotals; // filled on demand
    mutable bool m_workOrderTotalsValid = false;
};

} // namespace BatchDesk
