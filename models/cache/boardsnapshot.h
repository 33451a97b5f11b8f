#pragma once

// The board as it was at the end of the last live load of one server and user: what the app
// shows at start-up, before the first page of a reload has arrived (models/cache/boardcache.h
// keeps it in SQLite). Plain values; no token or other secret is part of it.

#include "client/domain.h"
#include "models/batchstore.h"

#include <QDateTime>
#include <QString>

#include <tuple>
#include <vector>

namespace BatchDesk {

struct CachedBatch
{
    BatchRecord record;                    // technicians included
    bool techniciansFromRelations = false; // seed revision: technicians were read from relations
    qint64 techniciansReadAtMs = 0;        // when they were read (ms since epoch; 0 = never)

    // BatchRecord has no operator== of its own. The structured binding names every field, so
    // a field added to BatchRecord stops this from compiling until it is compared (and
    // encoded: snapshotcodec.cpp binds the same way).
    bool operator==(const CachedBatch &other) const
    {
        const auto fields = [](const BatchRecord &r) {
            const auto &[id, label, created, updated, order, status, numberCycles, cycles, queueId,
                         workOrderId, technicians] = r;
            return std::tie(id, label, created, updated, order, status, numberCycles, cycles, queueId,
                            workOrderId, technicians);
        };
        return fields(record) == fields(other.record) && techniciansFromRelations == other.techniciansFromRelations
               && techniciansReadAtMs == other.techniciansReadAtMs;
    }
};

struct BoardSnapshot
{
    QString serverKey;  // the saved server profile's id
    QString userEmail;  // who was signed in
    QDateTime asOf;     // when the live load it comes from ended (UTC)
    qint64 serverTotal = 0;
    std::vector<Niagara::Queue> queues;
    std::vector<Niagara::WorkOrder> workOrders;
    std::vector<CachedBatch> batches; // in the store's arrival order

    bool operator==(const BoardSnapshot &) const = default;
};

} // namespace BatchDesk
