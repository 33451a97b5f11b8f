#pragma once

#include "models/batchstore.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>

namespace BatchDesk::Cli {

// Renders the board's grouping as text: the same BatchStore (dedupe by id) and the same
// BatchTreeModel + BatchSortProxy (queue → work order → batch; queues by priority, work
// orders by due date, batches by order) that the GUI shows, walked into JSON, CSV or a table.
class BatchListing final
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::Cli::BatchListing)

public:
    BatchListing(const BatchStore &store, const QAbstractItemModel &sortedTree);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toTable() const;

private:
    // Visits every batch with its queue and work-order rows, in display order.
    template <typename F>
    void forEachBatch(F &&f) const;

    const BatchStore &m_store;
    const QAbstractItemModel &m_tree;
};

} // namespace BatchDesk::Cli
