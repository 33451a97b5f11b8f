#pragma once

// What a request carries and what it answers, as plain values: part of the domain target
// (Qt Core only), so that models can name them in their public headers without pulling in
// the transport (NiagaraClient), which the ui layer may not include.

#include "client/apierror.h"
#include "client/domain.h"

#include <QStringList>

#include <optional>

namespace Niagara {

// The value of a request, or the error that took its place.
template <typename T>
struct Outcome
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
};

// Success without a body (204, 205).
struct Done
{
    bool operator==(const Done &) const = default;
};

struct PageRequest
{
    int limit = 100;        // the contract caps it at 100
    QString offset;         // the opaque cursor from the previous page's body; empty = first page
};

struct RelationFilter
{
    QString entityType; // filter[entity_type], e.g. USER
    QString relation;   // filter[relation], e.g. technician
    QString direction;  // filter[direction]: INWARD | OUTWARD
};

struct NewBatch
{
    QString workOrderId;
    QString queueId;
    qint64 numberCycles = 1;
    std::optional<SortKey> order;
    std::optional<Status> currentStatus;
    QString label; // sent when not empty (the batch schema's writable `label`)
};

// PATCH /batches: `total` batches of `numberCycles`, with `userIds` as technicians.
struct BatchSeries
{
    QString workOrderId;
    QString queueId;
    qint64 numberCycles = 1;
    qint64 total = 1;
    QStringList userIds;
};

struct NewRelation
{
    QString relation;   // e.g. "technician"
    QString entityType; // e.g. "USER"
    QString entityId;
};

// POST /metrics: the metrics to run and the period (date_start, date_end; RFC 3339, UTC).
struct MetricQuery
{
    QStringList metrics;     // e.g. {"cycle_success"}
    std::optional<int> top;  // "top" for every metric when set
    QDateTime dateStart;
    QDateTime dateEnd;
};

using RequestId = quint64;

} // namespace Niagara
