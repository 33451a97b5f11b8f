#pragma once

// What the server holds after a planning run, read back through the client (every page), and
// a run driven to its end: shared by the planning integration tests.

#include "common/awaitoutcome.h"
#include "models/planning/writerun.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace TestSupport {

// start() (or retryFailed()) and wait until the run has finished.
inline bool runToEnd(BatchDesk::WriteRun *run, bool retry, int timeoutMs)
{
    QSignalSpy finished(run, &BatchDesk::WriteRun::finished);
    if (retry)
        run->retryFailed();
    else
        run->start();
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs) && run->isFinished();
}

// Every batch of the work order, in the server's order.
inline QList<Niagara::Batch> batchesOfWorkOrder(Niagara::NiagaraClient &client, QObject *context,
                                                const QString &workOrderId)
{
    QList<Niagara::Batch> out;
    Niagara::PageRequest page;
    for (;;) {
        const auto result = await<Niagara::Page<Niagara::Batch>>(
            [&](auto cb) { return client.listBatches(page, context, cb); });
        if (!result.ok())
            qFatal("listing failed: %s", qPrintable(result.error.message()));
        for (const Niagara::Batch &b : result.value->items) {
            if (b.workOrder.id == workOrderId)
                out.append(b);
        }
        if (!result.value->offset)
            return out;
        page.offset = *result.value->offset;
    }
}

// The users related to a batch as "technician", sorted (a user twice shows twice).
inline QStringList technicianIds(Niagara::NiagaraClient &client, QObject *context, const QString &batchId)
{
    const Niagara::RelationFilter filter{QStringLiteral("USER"), QStringLiteral("technician"), {}};
    QStringList ids;
    Niagara::PageRequest page;
    for (;;) {
        const auto result = await<Niagara::Page<Niagara::Relation>>(
            [&](auto cb) { return client.listRelations(batchId, filter, page, context, cb); });
        if (!result.ok())
            qFatal("relations failed: %s", qPrintable(result.error.message()));
        for (const Niagara::Relation &r : result.value->items)
            ids.append(r.entity ? r.entity->id : QString());
        if (!result.value->offset)
            break;
        page.offset = *result.value->offset;
    }
    ids.sort();
    return ids;
}

} // namespace TestSupport
