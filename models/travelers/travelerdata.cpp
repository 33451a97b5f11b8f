#include "models/travelers/travelerdata.h"

#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/displaytext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace BatchDesk {

namespace {

// A work order's cycles over the whole store, measured as BatchTreeModel::workOrderTotals
// measures them, so that a traveler says "overdue" exactly when the board does.
struct TravelerWorkOrderTotals
{
    qint64 complete = 0;
    qint64 batched = 0;
};

QHash<QString, TravelerWorkOrderTotals> travelerWorkOrderTotals(const BatchStore &store, const QSet<QString> &workOrderIds)
{
    // The board sums a work order's batches per (queue, work order) group first and takes
    // each group's progress base (the larger of its number of cycles and its counts) before
    // adding the groups up; the sum of the bases differs from the base of the sums when a
    // server's counts do not add up, so the same grouping is kept here.
    struct Group
    {
        Niagara::CycleCounts cycles;
        qint64 numberCycles = 0;
    };
    QHash<std::pair<QString, QString>, Group> groups;
    store.forEach([&](const BatchRecord &record) {
        if (!workOrderIds.contains(record.workOrderId))
            return;
        Group &group = groups[std::pair(record.queueId, record.workOrderId)];
        group.cycles += record.cycles;
        group.numberCycles = Niagara::addCounts(group.numberCycles, record.numberCycles);
    });
    QHash<QString, TravelerWorkOrderTotals> totals;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        TravelerWorkOrderTotals &t = totals[it.key().second];
        t.complete = Niagara::addCounts(t.complete, it->cycles[Niagara::StatusCategory::Complete]);
        t.batched = Niagara::addCounts(t.batched, std::max(it->numberCycles, it->cycles.total()));
    }
    // The server's own count of complete cycles may know batches the store does not hold.
    for (const QString &id : workOrderIds) {
        const Niagara::WorkOrder *wo = store.workOrder(id);
        if (!wo)
            continue;
        qint64 serverComplete = 0;
        for (const Niagara::WorkOrderCycles &c : wo->cycles)
            serverComplete = Niagara::addCounts(serverComplete, c.counts[Niagara::StatusCategory::Complete]);
        TravelerWorkOrderTotals &t = totals[id];
        t.complete = std::max(t.complete, serverComplete);
    }
    return totals;
}

TravelerData travelerFromRecord(const BatchStore &store, const BatchRecord &record,
                                const QHash<QString, TravelerWorkOrderTotals> &totals, const QDateTime &now)
{
    TravelerData data;
    data.batchId = record.id;
    data.label = record.label;
    data.workOrderId = record.workOrderId;
    data.queueId = record.queueId;
    data.numberCycles = record.numberCycles;
    for (const Niagara::User &user : record.technicians)
        data.technicians << DisplayText::userName(user);
    if (const Niagara::Queue *queue = store.queue(record.queueId))
        data.queueLabel = queue->label;
    if (const Niagara::WorkOrder *wo = store.workOrder(record.workOrderId)) {
        data.workOrderLabel = wo->label;
        data.due = wo->dueDate;
        const TravelerWorkOrderTotals t = totals.value(wo->id);
        data.overdue = isOverdue(wo->dueDate, wo->cyclesNeeded(), t.complete, now, t.batched);
    }
    return data;
}

} // namespace

std::optional<TravelerData> travelerDataFor(const BatchStore &store, const QString &batchId, const QDateTime &now)
{
    const BatchRecord *record = store.batch(batchId);
    if (!record)
        return std::nullopt;
    return travelerFromRecord(store, *record, travelerWorkOrderTotals(store, {record->workOrderId}), now);
}

QList<TravelerData> travelerDataFor(const BatchStore &store, const QStringList &batchIds, const QDateTime &now)
{
    QList<const BatchRecord *> records;
    QSet<QString> workOrderIds;
    for (const QString &id : batchIds) {
        if (const BatchRecord *record = store.batch(id)) {
            records << record;
            workOrderIds.insert(record->workOrderId);
        }
    }
    const QHash<QString, TravelerWorkOrderTotals> totals = travelerWorkOrderTotals(store, workOrderIds);
    QList<TravelerData> travelers;
    travelers.reserve(records.size());
    for (const BatchRecord *record : std::as_const(records))
        travelers << travelerFromRecord(store, *record, totals, now);
    return travelers;
}

} // namespace BatchDesk
