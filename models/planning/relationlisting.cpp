#include "models/planning/relationlisting.h"

#include "models/planning/planningservice.h"

#include <QSet>

#include <memory>

namespace BatchDesk {

namespace {

struct Walk
{
    Niagara::NiagaraClient *client = nullptr;
    QString batchId;
    QPointer<QObject> context;
    Niagara::RelationFilter filter;
    QList<Niagara::Relation> relations;
    QSet<QString> cursors; // a repeated cursor ends the walk instead of looping
    std::function<void(Niagara::Outcome<QList<Niagara::Relation>>)> done;
};

void fetchPage(const std::shared_ptr<Walk> &walk, const QString &cursor)
{
    if (!walk->context)
        return; // its receiver is gone: nobody to tell
    Niagara::PageRequest page;
    page.offset = cursor;
    walk->client->listRelations(walk->batchId, walk->filter, page, walk->context,
                                [walk](Niagara::Outcome<Niagara::Page<Niagara::Relation>> outcome) {
        if (!outcome.ok()) {
            walk->done({std::nullopt, outcome.error});
            return;
        }
        for (Niagara::Relation &relation : outcome.value->items) {
            // The filter is a request; a server that ignores it must not add other relations.
            if (relation.relation == QLatin1String(PlanningService::kTechnicianRelation))
                walk->relations.append(std::move(relation));
        }
        const std::optional<QString> next = outcome.value->offset;
        if (!next || next->isEmpty() || walk->cursors.contains(*next)) {
            walk->done({walk->relations, {}});
            return;
        }
        walk->cursors.insert(*next);
        fetchPage(walk, *next);
    });
}

} // namespace

void listTechnicianRelations(Niagara::NiagaraClient *client, const QString &batchId, QObject *context,
                             std::function<void(Niagara::Outcome<QList<Niagara::Relation>>)> done)
{
    auto walk = std::make_shared<Walk>();
    walk->client = client;
    walk->batchId = batchId;
    walk->context = context;
    walk->filter.relation = QString::fromLatin1(PlanningService::kTechnicianRelation);
    walk->filter.entityType = QString::fromLatin1(PlanningService::kUserEntity);
    walk->done = std::move(done);
    fetchPage(walk, QString());
}

} // namespace BatchDesk
