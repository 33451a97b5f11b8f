#pragma once

// What a printed batch traveler shows of one batch, read from the store at print time: the
// traveler is a snapshot (it goes on the box and stays there), so it holds values, not ids to
// look up later. Labels and names are kept exactly as the server sent them; the painter shows
// them as plain text.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDesk {

class BatchStore;

struct TravelerData
{
    QString batchId, label, workOrderId, workOrderLabel, queueId, queueLabel;
    qint64 numberCycles = 0;
    QStringList technicians; // display names (DisplayText::userName), in the batch's order
    QDateTime due;           // the work order's due date; invalid when it has none
    bool overdue = false;    // as the board marks the batch at `now`
};

// The traveler of `batchId` as the board shows the batch at `now`; nullopt when the store does
// not hold the batch.
std::optional<TravelerData> travelerDataFor(const BatchStore &store, const QString &batchId, const QDateTime &now);

// The travelers of several batches, in the order given; unknown ids are left out. Walks the
// store once for all of them (overdue needs each work order's totals over the whole store).
QList<TravelerData> travelerDataFor(const BatchStore &store, const QStringList &batchIds, const QDateTime &now);

} // namespace BatchDesk
