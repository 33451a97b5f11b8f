#pragma once

#include "client/domain.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace BatchDesk::Cli {

// Batches grouped for printing: queues by priority, work orders by due date then label,
// batches by order then label. Built incrementally from pages, deduplicated by batch id
// (a later copy of a batch replaces the earlier one: it is the fresher of the two).
class BatchListing final
{
public:
    void addPage(const Niagara::Page<Niagara::Batch> &page);

    qint64 totalCount() const { return m_totalCount; }
    qsizetype batchCount() const { return m_batches.size(); }
    qsizetype duplicatesDropped() const { return m_duplicates; }
    const QList<Niagara::DecodeIssue> &skipped() const { return m_skipped; }

    struct WorkOrderGroup
    {
        Niagara::WorkOrder workOrder;
        QList<const Niagara::Batch *> batches;
    };
    struct QueueGroup
    {
        Niagara::Queue queue;
        QList<WorkOrderGroup> workOrders;
    };
    QList<QueueGroup> groups() const;

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toTable() const;

private:
    QList<Niagara::Batch> m_batches;
    QHash<QString, qsizetype> m_indexById;
    QList<Niagara::DecodeIssue> m_skipped;
    qint64 m_totalCount = 0;
    qsizetype m_duplicates = 0;
    qsizetype m_itemsBefore = 0; // items of earlier pages, to turn page indexes into listing indexes
};

} // namespace BatchDesk::Cli
