#pragma once

// The roles and columns of BatchTreeModel. Every value the UI shows is reachable through one
// of these roles, so no widget ever parses JSON or reaches into the client.

#include <QDateTime>
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
    PercentCompleteRole,          // double 0..100: complete / max(number of cycles, sum of the counts);
                                  // work orders: complete / max(cycles needed, cycles batched)
    StatusLabelRole,              // QString: the customer's label of the current status (batches)
    StatusCategoryRole,           // int(Niagara::StatusCategory), or -1 without a status
    DueDateRole,                  // QDateTime: the work order's due date (work orders, batches)
    OverdueRole,                  // bool: the work order is overdue (isOverdue() below); batches: their work order
    TechniciansRole,              // QStringList: technician names (batches; groups: the union)
    TechnicianIdsRole,            // QStringList: technician user ids
    OrderRole,                    // Niagara::SortKey: batch order, queue priority
    BatchCountRole,               // qint64: batches under a group (1 for a batch)
    ServerTotalRole,              // qint64 or invalid: queue total_batches / work order cycles needed
    QueueIdRole,                  // QString: the queue a row belongs to
    WorkOrderIdRole,              // QString: the work order a row belongs to (work orders, batches)
    SearchTextRole,               // QString: what the text filter matches (labels of the row and its technicians)
    CycleCountsMismatchRole,      // bool (batches): the counts per category do not add up to number_cycles
    CyclesNeededRole,             // qint64 or invalid (work orders): the cycles the work order needs
    CyclesBatchedRole,            // qint64 or invalid (work orders): its cycles in batches, in every queue
    BatchedShareRole,             // double 0..100 or invalid (work orders): cycles batched / cycles needed
    UnbatchedCyclesRole,          // qint64 (work orders; 0 elsewhere): needed cycles not in a batch yet
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

// The one definition of overdue (the board's filter and marks, the split wizard): the due date
// has passed and the work order's needed cycles are not all complete. Cancelled cycles do not
// count as complete: a cancelled cycle has to be run again to meet the need. Without a due
// date nothing is overdue; with needed unknown (0), the cycles known (`cyclesKnown`, e.g. the
// batched ones) stand in for it.
inline bool isOverdue(const QDateTime &due, qint64 cyclesNeeded, qint64 cyclesComplete, const QDateTime &now,
                      qint64 cyclesKnown = 0)
{
    if (!due.isValid() || !now.isValid() || !(due < now))
        return false;
    const qint64 needed = cyclesNeeded > 0 ? cyclesNeeded : cyclesKnown;
    return cyclesComplete < needed;
}

} // namespace BatchDesk
