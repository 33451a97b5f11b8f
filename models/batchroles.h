#pragma once

// The roles and columns of BatchTreeModel. Every value the UI shows is reachable through one
// of these roles, so no widget ever parses JSON or reaches into the client.

#include <Qt>

namespace BatchDesk {

// The three levels of the board.
enum class TreeLevel : int {
    Queue = 0,
    WorkOrder = 1,
    Batch = 2,
};

namespace BatchRoles {
enum Role : int {
    LevelRole = Qt::UserRole + 1, // int(TreeLevel)
    IdRole,                       // QString: queue_id, work_order_id or batch_id
    LabelRole,                    // QString
    CycleCountsRole,              // Niagara::CycleCounts; groups: the sum over their batches
    NumberCyclesRole,             // qint64; groups: the sum over their batches
    PercentCompleteRole,          // double 0..100: complete / max(number of cycles, sum of the counts)
    StatusLabelRole,              // QString: the customer's label of the current status (batches)
    StatusCategoryRole,           // int(Niagara::StatusCategory), or -1 without a status
    DueDateRole,                  // QDateTime: the work order's due date (work orders, batches)
    OverdueRole,                  // bool: due date passed and not every cycle complete or cancelled
    TechniciansRole,              // QStringList: technician names (batches; groups: the union)
    TechnicianIdsRole,            // QStringList: technician user ids
    OrderRole,                    // Niagara::SortKey: batch order, queue priority
    BatchCountRole,               // qint64: batches under a group (1 for a batch)
    ServerTotalRole,              // qint64 or invalid: queue total_batches / work order cycles needed
    QueueIdRole,                  // QString: the queue a row belongs to
    WorkOrderIdRole,              // QString: the work order a row belongs to (work orders, batches)
    SearchTextRole,               // QString: what the text filter matches (labels of the row and its technicians)
    CycleCountsMismatchRole,      // bool (batches): the counts per category do not add up to number_cycles
};
} // namespace BatchRoles

enum BatchColumn : int {
    LabelColumn = 0,
    StatusColumn,
    CyclesColumn,       // the stacked progress bar
    NumberCyclesColumn,
    PercentColumn,
    DueDateColumn,
    TechniciansColumn,
    OrderColumn,
    ColumnCount
};

} // namespace BatchDesk
