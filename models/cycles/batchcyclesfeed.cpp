#include "models/cycles/batchcyclesfeed.h"

#include "client/niagaraclient.h"
#include "client/pagewalk.h"
#include "models/planning/planningservice.h"
#include "models/requestqueue.h"

namespace BatchDesk {

BatchCyclesFeed::BatchCyclesFeed(Niagara::NiagaraClient *client, CycleListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

BatchCyclesFeed::BatchCyclesFeed(PlanningService *service, CycleListModel *model, QObject *parent)
    : BatchCyclesFeed(service ? service->m_client : nullptr, model, parent)
{
    m_service = service;
}

BatchCyclesFeed::~BatchCyclesFeed()
{
    ++m_generation;
    if (m_service)
        m_service->requestQueue()->cancelQueued(this);
}

void BatchCyclesFeed::setBatch(const QString &batchId)
{
    if (batchId == m_batchId && m_state != State::Idle)
        return;
    if (batchId != m_batchId && m_model)
        m_model->clear(); // another batch's units are never shown for this one
    m_batchId = batchId;
    load();
}

void BatchCyclesFeed::refresh()
{
    load();
}

void BatchCyclesFeed::load()
{
    const quint64 generation = ++m_generation;
    if (m_service)
        m_service->requestQueue()->cancelQueued(this);
    if (m_batchId.isEmpty() || !m_client || !m_client->baseUrl().isValid()) {
        if (m_model)
            m_model->clear();
        setState(State::Idle);
        return;
    }
    setState(State::Loading);
    if (!m_service) {
        read(generation, [] {});
        return;
    }
    // One listing at a time through the app's request queue; its slot back when it ends.
    m_service->requestQueue()->enqueue(this, [this, generation](RequestQueue::Done done) {
        if (generation != m_generation || !m_client) {
            done();
            return;
        }
        read(generation, done);
    });
}

void BatchCyclesFeed::read(quint64 generation, const std::function<void()> &done)
{
    const QString batchId = m_batchId;
    QPointer<Niagara::NiagaraClient> client = m_client;
    Niagara::collectAllPages<Niagara::Cycle>(
        Niagara::Operation::ListBatchCycles,
        [client, batchId](const Niagara::PageRequest &p, QObject *ctx, auto cb) {
            if (!client)
                return Niagara::RequestId{};
            Niagara::PageRequest page = p;
            page.limit = kPageSize;
            return client->listBatchCycles(batchId, std::nullopt, page, ctx, cb);
        },
        this, [this, generation, done](Niagara::Outcome<QList<Niagara::Cycle>> outcome) {
            done();
            if (generation != m_generation)
                return; // for a batch no longer shown, or overtaken by refresh()
            if (outcome.ok()) {
                if (m_model)
                    m_model->setCycles(*outcome.value);
                setState(State::Loaded);
                Q_EMIT settled();
                return;
            }
            using Kind = Niagara::ApiError::Kind;
            switch (outcome.error.kind()) {
            case Kind::Cancelled:
                return;
            case Kind::Forbidden:
                if (m_model)
                    m_model->clear();
                setState(State::NoAccess,
                         tr("You have no access to this batch's units: %1").arg(outcome.error.message()));
                break;
            case Kind::NotFound:
                tellNotFound(generation);
                return;
            default:
                // The units of an earlier read stay: they were right a moment ago.
                setState(State::Failed, outcome.error.message());
                break;
            }
            Q_EMIT settled();
        });
}

void BatchCyclesFeed::tellNotFound(quint64 generation)
{
    // 404 for the units: either the batch went, or this server has no such listing. The batch
    // itself tells which.
    if (!m_client) {
        setState(State::Failed, tr("The units could not be loaded."));
        Q_EMIT settled();
        return;
    }
    m_client->getBatch(m_batchId, this, [this, generation](Niagara::Outcome<Niagara::Batch> batch) {
        if (generation != m_generation)
            return;
        if (m_model)
            m_model->clear();
        if (batch.ok())
            setState(State::NotOffered, tr("This server does not list the units of a batch."));
        else if (batch.error.kind() == Niagara::ApiError::Kind::NotFound)
            setState(State::Gone, tr("This batch no longer exists on the server."));
        else
            setState(State::Failed, batch.error.message());
        Q_EMIT settled();
    });
}

void BatchCyclesFeed::setState(State state, const QString &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace BatchDesk
