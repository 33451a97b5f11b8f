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

private:
    struct Node;
    struct Aggregate
    {
        Niagara::CycleCounts cycles;
        qint64 numberCycles = 0;
        qint64 batches = 0;
        // The group's technicians, each once, in the order a walk of its rows meets them. Kept
        // here so that painting a group row does not walk its batches (tens of thousands at scale).
        QList<Niagara::User> technicians;
    };

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
    void emitBatchRowsChanged(Node *group, int column, const QList<int> &roles);
    QModelIndex indexOf(const Node *node, int column = 0) const;

    QVariant batchData(const BatchRecord &batch, int column, int role) const;
    QVariant groupData(const Node *node, int column, int role) const;
    bool isOverdue(const QDateTime &due, const Niagara::CycleCounts &cycles, qint64 numberCycles) const;

    QPointer<BatchStore> m_store;
    std::vector<std::unique_ptr<Node>> m_queues;
    QHash<QString, Node *> m_queueNodes;
    QHash<QString, Node *> m_workOrderNodes; // key: queue id + '\x1f' + work order id
    QHash<QString, Node *> m_batchNodes;
    QHash<Node *, GroupChange> m_changedGroups; // announced by flushGroupChanges()
    QTimer m_groupTimer;
    QDateTime m_now;
};

} // namespace BatchDesk
