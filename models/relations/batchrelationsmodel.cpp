#include "models/relations/batchrelationsmodel.h"

#include "client/niagaraclient.h"
#include "models/planning/planningservice.h"
#include "models/requestqueue.h"

#include <QSet>

namespace BatchDesk {

BatchRelationsModel::BatchRelationsModel(Niagara::NiagaraClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

BatchRelationsModel::BatchRelationsModel(PlanningService *service, QObject *parent)
    : BatchRelationsModel(service ? service->m_client : nullptr, parent)
{
    m_service = service;
}

BatchRelationsModel::~BatchRelationsModel()
{
    cancel();
}

void BatchRelationsModel::setBatch(const QString &batchId)
{
    if (batchId == m_batchId && m_state != State::Idle)
        return;
    cancel();
    if (batchId != m_batchId) {
        removeAll(); // another batch's relations are never shown for this one
        m_total = 0;
    }
    m_batchId = batchId;
    load();
}

void BatchRelationsModel::refresh()
{
    cancel();
    load();
}

void BatchRelationsModel::cancel()
{
    ++m_generation;
    if (m_service)
        m_service->requestQueue()->cancelQueued(this); // a load still waiting for its slot
    const quint64 request = std::exchange(m_request, 0);
    if (request != 0 && m_client)
        m_client->cancel(request);
}

void BatchRelationsModel::load()
{
    if (m_batchId.isEmpty() || !m_client || !m_client->baseUrl().isValid()) {
        removeAll();
        m_total = 0;
        setState(State::Idle);
        return;
    }
    setState(State::Loading);
    // One request through the service's queue (its slot back when answered, cancelled or
    // failed), or straight to the client for a model built on a client alone (tests).
    const quint64 generation = m_generation;
    if (m_service == nullptr) {
        send(generation, {});
        return;
    }
    m_service->requestQueue()->enqueue(this, [this, generation](RequestQueue::Done done) {
        if (generation != m_generation || !m_client) {
            done();
            return;
        }
        send(generation, done);
    });
}

void BatchRelationsModel::send(quint64 generation, const RequestQueue::Done &done)
{
    Niagara::PageRequest page;
    page.limit = kPageSize;
    // The generation is taken before the call: a failure answered at once still matches.
    const quint64 id = m_client->listRelations(
        m_batchId, Niagara::RelationFilter{}, page, this,
        [this, generation, done](Niagara::Outcome<Niagara::Page<Niagara::Relation>> outcome) {
            done();
            if (generation != m_generation)
                return; // for a batch no longer shown, or abandoned by refresh()
            m_request = 0;
            if (outcome.ok()) {
                apply(outcome.value->items);
                m_total = std::max<qint64>(outcome.value->totalCount, m_rows.size());
                setState(State::Loaded);
            } else {
                using Kind = Niagara::ApiError::Kind;
                switch (outcome.error.kind()) {
                case Kind::Cancelled:
                    return;
                case Kind::Forbidden:
                    removeAll();
                    setState(State::NoAccess, tr("You have no access to this batch's relations: %1")
                                                  .arg(outcome.error.message()));
                    break;
                case Kind::NotFound:
                    removeAll();
                    setState(State::Gone, tr("This batch no longer exists on the server."));
                    break;
                default:
                    // The rows of an earlier load stay: they were right a moment ago.
                    setState(State::Failed, outcome.error.message());
                    break;
                }
            }
            Q_EMIT settled();
        });
    if (generation == m_generation)
        m_request = id;
}

void BatchRelationsModel::setState(State state, const QString &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BatchRelationsModel::removeAll()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void BatchRelationsModel::apply(const QList<Niagara::Relation> &relations)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < relations.size(); ++i)
        incoming.insert(relations.at(i).id, i);
    // Rows that went, highest first so the rows still to look at keep their numbers.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (incoming.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> held;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Niagara::Relation &fresh = relations.at(incoming.value(m_rows.at(row).id));
        held.insert(fresh.id);
        if (m_rows.at(row) == fresh)
            continue;
        m_rows[row] = fresh;
        const QModelIndex at = index(static_cast<int>(row));
        Q_EMIT dataChanged(at, at);
    }
    QList<Niagara::Relation> added;
    for (const Niagara::Relation &relation : relations) {
        if (!held.contains(relation.id)) {
            held.insert(relation.id); // a relation listed twice is shown once
            added.append(relation);
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

int BatchRelationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BatchRelationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Niagara::Relation &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.entity && !r.entity->label.isEmpty() ? r.entity->label : (r.label.isEmpty() ? r.relation : r.label);
    case RelationIdRole:
        return r.id;
    case RelationRole:
        return r.relation;
    case LabelRole:
        return r.label;
    case DirectionRole:
        return r.direction;
    case EntityTypeRole:
        return r.entity ? r.entity->type : QString();
    case EntityIdRole:
        return r.entity ? r.entity->id : QString();
    case EntityLabelRole:
        return r.entity ? r.entity->label : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> BatchRelationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RelationIdRole, "relationId");
    names.insert(RelationRole, "relation");
    names.insert(LabelRole, "label");
    names.insert(DirectionRole, "direction");
    names.insert(EntityTypeRole, "entityType");
    names.insert(EntityIdRole, "entityId");
    names.insert(EntityLabelRole, "entityLabel");
    return names;
}

} // namespace BatchDesk
