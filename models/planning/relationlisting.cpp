#include "models/planning/relationlisting.h"

#include "client/pagewalk.h"
#include "models/planning/planningservice.h"

namespace BatchDesk {

void listTechnicianRelations(Niagara::NiagaraClient *client, const QString &batchId, QObject *context,
                             std::function<void(Niagara::Outcome<QList<Niagara::Relation>>)> done)
{
    Niagara::RelationFilter filter;
    filter.relation = QString::fromLatin1(PlanningService::kTechnicianRelation);
    filter.entityType = QString::fromLatin1(PlanningService::kUserEntity);
    Niagara::PageFetch<Niagara::Relation> fetch = [client, batchId, filter](const Niagara::PageRequest &page,
                                                                           QObject *ctx, auto cb) {
        return client->listRelations(batchId, filter, page, ctx, std::move(cb));
    };
    Niagara::collectAllPages<Niagara::Relation>(
        Niagara::Operation::ListRelations, std::move(fetch), context,
        [done = std::move(done)](Niagara::Outcome<QList<Niagara::Relation>> outcome) {
            if (outcome.ok()) {
                // The filter is a request; a server that ignores it must not add other relations.
                outcome.value->removeIf([](const Niagara::Relation &r) {
                    return r.relation != QLatin1String(PlanningService::kTechnicianRelation);
                });
            }
            done(std::move(outcome));
        });
}

} // namespace BatchDesk
