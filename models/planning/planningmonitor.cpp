#include "models/planning/planningmonitor.h"

#include "client/niagaraclient.h"
#include "client/pagewalk.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcMonitor, "batchdesk.planning.monitor")

namespace BatchDesk {

namespace {

// Batches copied between two looks at the clock.
constexpr qsizetype kChunk = 256;
// The reference caps a metric report at 1000 rows, without paging: a full answer may be cut.
constexpr int kMetricRowCap = 1000;

// Refused, or not served by this server (a seed-revision one answers 404 or an odd status):
// what the desk then says it does not know, not an error to report.
bool refusedOrNotOffered(const Niagara::ApiError &error)
{
    const auto kind = error.kind();
    return kind == Niagara::ApiError::Kind::NotFound || kind == Niagara::ApiError::Kind::Forbidden
        || kind == Niagara::ApiError::Kind::UnexpectedStatus;
}

} // namespace

PlanningMonitor::PlanningMonitor(BatchStore *store, PlanningService *service, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
{
    m_pool.setMaxThreadCount(1);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    if (m_store) {
        // Anything the store changes while a snapshot is taken makes it start over.
        connect(m_store, &BatchStore::batchesAdded, this, &PlanningMonitor::storeChanged);
        connect(m_store, &BatchStore::batchesChanged, this, &PlanningMonitor::storeChanged);
        connect(m_store, &BatchStore::batchesRemoved, this, &PlanningMonitor::storeChanged);
        connect(m_store, &BatchStore::loadFinished, this, [this] {
            if (m_follow)
                refresh(ContextReuse::WhenFresh);
        });
        // The board shown from the local cache (at start, perhaps offline): figures from it too.
        // Context the server cannot give now falls back to what the batches embed.
        connect(m_store, &BatchStore::cacheRestored, this, [this] {
            if (m_follow)
                refresh(ContextReuse::WhenFresh);
        });
        connect(m_store, &BatchStore::techniciansLoaded, this, [this] {
            if (m_follow && m_hasFigures)
                recompute();
        });
    }
}

PlanningMonitor::~PlanningMonitor()
{
    // The worker posts its result to this object: it must be done before the object goes.
    ++m_generation;
    m_pool.waitForDone();
}

void PlanningMonitor::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void PlanningMonitor::setOverloadThreshold(double days)
{
    if (days == m_threshold || !(days > 0))
        return;
    m_threshold = days;
    if (m_hasFigures)
        recompute();
}

void PlanningMonitor::setFollowStore(bool follow)
{
    m_follow = follow;
}

QDateTime PlanningMonitor::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

void PlanningMonitor::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PlanningMonitor::note(const QString &message)
{
    m_lastError = message;
    // A catalog that could not be read is read again at the next load, not kept for minutes.
    if (m_contextPending > 0)
        m_incomingCatalogs = false;
    qCInfo(lcMonitor) << "planning:" << message;
    Q_EMIT problem(message);
}

void PlanningMonitor::reset()
{
    ++m_generation;
    m_sliceTimer.stop();
    if (m_service)
        m_service->requestQueue()->cancelQueued(this);
    m_context = {};
    m_incoming = {};
    m_contextRead = {};
    m_metrics.reset();
    m_metricsUnavailable = false;
    m_metricsNote.clear();
    m_lastError.clear();
    m_input.reset();
    m_observations.clear();
    m_figures = {};
    const bool had = m_hasFigures;
    m_hasFigures = false;
    m_contextPending = 0;
    setBusy(false);
    if (had)
        Q_EMIT figuresChanged();
}

void PlanningMonitor::refresh(ContextReuse reuse)
{
    const quint64 generation = ++m_generation;
    m_sliceTimer.stop();
    m_lastError.clear();
    setBusy(true);
    if (!m_service) {
        startSnapshot(generation);
        return;
    }
    m_service->requestQueue()->cancelQueued(this);
    readContext(generation, reuse);
}

void PlanningMonitor::recompute()
{
    const quint64 generation = ++m_generation;
    setBusy(true);
    startSnapshot(generation);
}

// --- 1. the context ------------------------------------------------------------------------

void PlanningMonitor::readContext(quint64 generation, ContextReuse reuse)
{
    const QDateTime at = now();
    if (reuse == ContextReuse::WhenFresh && m_contextRead.isValid() && m_contextRead <= at
        && m_contextRead.msecsTo(at) < std::chrono::milliseconds(kContextMaxAge).count()) {
        // Only the metrics, which keep themselves while their window is the same.
        m_incoming = m_context;
        m_incomingCatalogs = false;
        m_contextPending = 1;
        readMetrics(generation);
        return;
    }
    qCDebug(lcMonitor) << "reading work orders, users, queues and their technicians";
    m_incoming = {};
    m_incomingCatalogs = true;
    m_contextPending = 5; // work orders, users, queues (+ their technicians), roles (+ members), metrics
    Niagara::NiagaraClient *client = m_service->m_client;
    RequestQueue *queue = m_service->requestQueue();
    queue->enqueue(this, [this, client, generation](RequestQueue::Done done) {
        Niagara::collectAllPages<Niagara::WorkOrder>(
            Niagara::Operation::ListWorkOrders,
            [client](const Niagara::PageRequest &p, QObject *ctx, auto cb) { return client->listWorkOrders(p, ctx, cb); },
            this, [this, done, generation](Niagara::Outcome<QList<Niagara::WorkOrder>> outcome) {
                done();
                if (generation != m_generation)
                    return;
                if (outcome.ok()) {
                    for (const Niagara::WorkOrder &wo : std::as_const(*outcome.value))
                        m_incoming.workOrders.insert(wo.id, {wo.id, wo.label, wo.dueDate, wo.cyclesNeeded()});
                } else if (outcome.error.kind() != Niagara::ApiError::Kind::Forbidden) {
                    // A technician may not list every work order: theirs come from the batches.
                    note(outcome.error.message());
                }
                contextPartDone(generation);
            });
    });

    queue->enqueue(this, [this, client, generation](RequestQueue::Done done) {
        Niagara::collectAllPages<Niagara::User>(
            Niagara::Operation::ListUsers,
            [client](const Niagara::PageRequest &p, QObject *ctx, auto cb) { return client->listUsers(p, ctx, cb); },
            this, [this, done, generation](Niagara::Outcome<QList<Niagara::User>> outcome) {
                done();
                if (generation != m_generation)
                    return;
                if (outcome.ok()) {
                    for (const Niagara::User &u : std::as_const(*outcome.value))
                        m_incoming.userNames.insert(u.id, u.name);
                } else if (outcome.error.kind() != Niagara::ApiError::Kind::Forbidden) {
                    // A technician may not list users: names then come from the batches.
                    note(outcome.error.message());
                }
                contextPartDone(generation);
            });
    });

    queue->enqueue(this, [this, client, generation](RequestQueue::Done done) {
        Niagara::collectAllPages<Niagara::Queue>(
            Niagara::Operation::ListQueues,
            [client](const Niagara::PageRequest &p, QObject *ctx, auto cb) { return client->listQueues(p, ctx, cb); },
            this, [this, done, generation](Niagara::Outcome<QList<Niagara::Queue>> outcome) {
                done();
                if (generation != m_generation)
                    return;
                QStringList ids;
                if (outcome.ok()) {
                    for (const Niagara::Queue &q : std::as_const(*outcome.value)) {
                        m_incoming.queues.insert(q.id, {q.id, q.label, q.priority, std::nullopt});
                        ids.append(q.id);
                    }
                } else if (outcome.error.kind() != Niagara::ApiError::Kind::Forbidden) {
                    // A technician may not list every queue: theirs come from the batches.
                    note(outcome.error.message());
                }
                readQueueTechnicians(generation, ids);
            });
    });

    readRoles(generation);
    readMetrics(generation);
}

void PlanningMonitor::readRoles(quint64 generation)
{
    // Who holds which role, for the technician picker: every role's users. A server without
    // roles, or a user without role:read, leaves the roles unknown (not an error).
    Niagara::NiagaraClient *client = m_service->m_client;
    m_service->requestQueue()->enqueue(this, [this, client, generation](RequestQueue::Done done) {
        Niagara::collectAllPages<Niagara::Role>(
            Niagara::Operation::ListRoles,
            [client](const Niagara::PageRequest &p, QObject *ctx, auto cb) { return client->listRoles(p, ctx, cb); },
            this, [this, client, done, generation](Niagara::Outcome<QList<Niagara::Role>> outcome) {
                done();
                if (generation != m_generation)
                    return;
                if (!outcome.ok() || outcome.value->isEmpty()) {
                    if (!outcome.ok() && !refusedOrNotOffered(outcome.error))
                        note(outcome.error.message());
                    contextPartDone(generation);
                    return;
                }
                auto remaining = std::make_shared<int>(static_cast<int>(outcome.value->size()));
                for (const Niagara::Role &role : std::as_const(*outcome.value)) {
                    const QString roleId = role.id;
                    const QString label = role.label.isEmpty() ? role.id : role.label;
                    m_service->requestQueue()->enqueue(this, [this, client, generation, roleId, label,
                                                              remaining](RequestQueue::Done roleDone) {
                        Niagara::collectAllPages<Niagara::User>(
                            Niagara::Operation::ListRoleUsers,
                            [client, roleId](const Niagara::PageRequest &p, QObject *ctx, auto cb) {
                                return client->listRoleUsers(roleId, p, ctx, cb);
                            },
                            this,
                            [this, roleDone, generation, label, remaining](Niagara::Outcome<QList<Niagara::User>> users) {
                                roleDone();
                                if (generation != m_generation)
                                    return;
                                if (users.ok()) {
                                    for (const Niagara::User &u : std::as_const(*users.value)) {
                                        QStringList &roles = m_incoming.userRoles[u.id];
                                        if (!roles.contains(label))
                                            roles.append(label);
                                    }
                                } else if (!refusedOrNotOffered(users.error)) {
                                    note(users.error.message());
                                }
                                if (--*remaining == 0)
                                    contextPartDone(generation);
                            });
                    });
                }
            });
    });
}

void PlanningMonitor::readQueueTechnicians(quint64 generation, QStringList queueIds)
{
    if (queueIds.isEmpty()) {
        contextPartDone(generation);
        return;
    }
    Niagara::NiagaraClient *client = m_service->m_client;
    auto remaining = std::make_shared<int>(static_cast<int>(queueIds.size()));
    auto reported = std::make_shared<bool>(false);
    for (const QString &queueId : std::as_const(queueIds)) {
        m_service->requestQueue()->enqueue(this, [this, client, generation, queueId, remaining,
                                                  reported](RequestQueue::Done done) {
            Niagara::RelationFilter filter;
            filter.relation = QString::fromLatin1(PlanningService::kTechnicianRelation);
            filter.entityType = QString::fromLatin1(PlanningService::kUserEntity);
            Niagara::collectAllPages<Niagara::Relation>(
                Niagara::Operation::ListQueueRelations,
                [client, queueId, filter](const Niagara::PageRequest &p, QObject *ctx, auto cb) {
                    return client->listQueueRelations(queueId, filter, p, ctx, cb);
                },
                this,
                [this, done, generation, queueId, remaining, reported](Niagara::Outcome<QList<Niagara::Relation>> outcome) {
                    done();
                    if (generation != m_generation)
                        return;
                    if (outcome.ok()) {
                        QStringList ids;
                        for (const Niagara::Relation &r : std::as_const(*outcome.value)) {
                            if (r.entity && r.entity->type == QLatin1String(PlanningService::kUserEntity)
                                && !ids.contains(r.entity->id)) {
                                ids.append(r.entity->id);
                                if (!m_incoming.userNames.contains(r.entity->id))
                                    m_incoming.userNames.insert(r.entity->id, r.entity->label);
                            }
                        }
                        m_incoming.queues[queueId].technicianIds = ids;
                    } else if (!*reported) {
                        // A seed-revision server has no queue relations (404): who can work
                        // a queue is then not known, which the desk says; not an error.
                        if (!refusedOrNotOffered(outcome.error)) {
                            *reported = true;
                            note(outcome.error.message());
                        }
                    }
                    if (--*remaining == 0)
                        contextPartDone(generation);
                });
        });
    }
}

void PlanningMonitor::readMetrics(quint64 generation)
{
    // The charts' days, the pace's among them: one report serves both.
    const PaceWindow window = PaceWindow::empty(now(), std::max(m_windowDays, kHistoryDays));
    const QDate first = window.days.front().day;
    const QDate last = window.days.back().day;
    if (m_metrics && m_metrics->first == first && m_metrics->last == last) {
        contextPartDone(generation);
        return;
    }
    if (m_metricsUnavailable) {
        contextPartDone(generation);
        return;
    }
    if (const auto granted = m_service->permissions()->granted();
        granted && !granted->contains(QStringLiteral("report:read"))) {
        m_metricsNote = tr("The server's metrics need the permission report:read.");
        contextPartDone(generation);
        return;
    }

    Niagara::NiagaraClient *client = m_service->m_client;
    // One report for the window; a full one (the cap) is asked again day by day.
    struct Gather
    {
        QList<Niagara::MetricRow> rows;
        int pending = 0;
        bool failed = false;
        bool truncated = false;
    };
    auto gather = std::make_shared<Gather>();
    auto ask = [this, client, generation, gather, first, last](QDate from, QDate to, bool splitIfFull, auto &&self) -> void {
        ++gather->pending;
        m_service->requestQueue()->enqueue(this, [this, client, generation, gather, from, to, splitIfFull, first, last,
                                                  self](RequestQueue::Done done) {
            Niagara::MetricQuery query;
            query.metrics = {QStringLiteral("cycle_success")};
            query.dateStart = QDateTime(from, QTime(0, 0), QTimeZone::utc());
            query.dateEnd = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc());
            client->createMetricReport(query, this, [=, this](Niagara::Outcome<Niagara::MetricReport> outcome) {
                done();
                if (generation != m_generation)
                    return;
                --gather->pending;
                if (!outcome.ok()) {
                    if (!gather->failed) {
                        gather->failed = true;
                        if (refusedOrNotOffered(outcome.error)) {
                            // Not asked again on this server.
                            m_metricsUnavailable = true;
                            m_metricsNote = outcome.error.kind() == Niagara::ApiError::Kind::Forbidden
                                                ? tr("The server's metrics need the permission report:read.")
                                                : tr("The server offers no metrics.");
                        } else {
                            m_metricsNote = outcome.error.message();
                        }
                    }
                } else if (outcome.value->rows.size() + outcome.value->skipped.size() >= kMetricRowCap && splitIfFull
                           && from != to) {
                    for (QDate d = from; d <= to; d = d.addDays(1))
                        self(d, d, false, self);
                } else {
                    if (outcome.value->rows.size() + outcome.value->skipped.size() >= kMetricRowCap)
                        gather->truncated = true;
                    gather->rows += std::move(outcome.value->rows);
                }
                if (gather->pending > 0)
                    return;
                if (!gather->failed) {
                    m_metrics = Metrics{first, last, gather->rows};
                    m_metricsNote = gather->truncated
                                        ? tr("The server cut its metrics short: the pace may be too low.")
                                        : QString();
                }
                contextPartDone(generation);
            });
        });
    };
    ask(first, last, true, ask);
}

void PlanningMonitor::contextPartDone(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (--m_contextPending > 0)
        return;
    m_context = std::move(m_incoming);
    m_incoming = {};
    if (m_incomingCatalogs)
        m_contextRead = now();
    startSnapshot(generation);
}

// --- 2. the snapshot ---------------------------------------------------------------------

void PlanningMonitor::startSnapshot(quint64 generation)
{
    m_input = std::make_shared<PlanInput>();
    m_input->now = now();
    m_input->paceWindowDays = m_windowDays;
    m_input->overloadThresholdDays = m_threshold;
    m_input->workOrders = m_context.workOrders;
    m_input->queues = m_context.queues;
    m_input->userNames = m_context.userNames;
    m_input->userRoles = m_context.userRoles;
    m_observations.clear();
    m_nextSlot = 0;
    m_snapshotDirty = false;
    if (m_store) {
        m_input->batches.reserve(static_cast<std::size_t>(m_store->size()));
        m_observations.reserve(static_cast<std::size_t>(m_store->size()));
    }
    m_sliceTimer.disconnect(this);
    connect(&m_sliceTimer, &QTimer::timeout, this, [this, generation] { snapshotSlice(generation); });
    snapshotSlice(generation);
}

void PlanningMonitor::storeChanged()
{
    if (m_input && m_nextSlot > 0)
        m_snapshotDirty = true;
}

void PlanningMonitor::snapshotSlice(quint64 generation)
{
    if (generation != m_generation || !m_input)
        return;
    if (m_snapshotDirty) {
        // The store changed under the snapshot: start it again (its slots may have moved).
        startSnapshot(generation);
        return;
    }
    if (!m_store) {
        startWorker(generation);
        return;
    }
    // Time-boxed: chunks of the store until the slice's budget is spent (the budget, not a
    // count, is what keeps a turn short on a slow machine or with heavy batches).
    QElapsedTimer slice;
    slice.start();
    const auto copy = [this](const BatchRecord &r) {
        PlanBatch b;
        b.id = r.id;
        b.queueId = r.queueId;
        b.workOrderId = r.workOrderId;
        b.numberCycles = r.numberCycles;
        b.cycles = r.cycles;
        b.technicianIds.reserve(r.technicians.size());
        for (const Niagara::User &u : r.technicians) {
            b.technicianIds.append(u.id);
            if (!m_input->userNames.contains(u.id) && !u.name.isEmpty())
                m_input->userNames.insert(u.id, u.name);
        }
        if (!m_input->workOrders.contains(r.workOrderId)) {
            if (const Niagara::WorkOrder *wo = m_store->workOrder(r.workOrderId))
                m_input->workOrders.insert(wo->id, {wo->id, wo->label, wo->dueDate, wo->cyclesNeeded()});
        }
        if (!m_input->queues.contains(r.queueId)) {
            if (const Niagara::Queue *q = m_store->queue(r.queueId))
                m_input->queues.insert(q->id, {q->id, q->label, q->priority, std::nullopt});
        }
        m_observations.push_back({r.id, r.queueId, r.workOrderId, r.cycles[Niagara::StatusCategory::Complete],
                                  r.created, b.technicianIds});
        m_input->batches.push_back(std::move(b));
    };
    qsizetype to = m_nextSlot;
    const qsizetype end = m_store->slotCount();
    while (to < end) {
        const qsizetype from = to;
        to = std::min(end, from + kChunk);
        m_store->forEachInSlots(from, to, copy);
        if (slice.nsecsElapsed() >= m_sliceBudgetNs || to - m_nextSlot >= m_sliceSize)
            break;
    }
    m_nextSlot = to;
    if (m_nextSlot < m_store->slotCount()) {
        m_sliceTimer.start();
        return;
    }
    startWorker(generation);
}

// --- 3. the worker -----------------------------------------------------------------------

void PlanningMonitor::startWorker(quint64 generation)
{
    std::shared_ptr<PlanInput> input = std::move(m_input);
    m_input.reset();
    auto observations = std::make_shared<std::vector<BatchObservation>>(std::move(m_observations));
    m_observations.clear();
    const QString historyPath = m_historyPath;
    const std::optional<Metrics> metrics = m_metrics;
    QPointer<PlanningMonitor> self(this);
    m_pool.start([self, generation, input, observations, historyPath, metrics] {
        QString error;
        input->history = PaceWindow::empty(input->now, std::max(input->paceWindowDays, kHistoryDays));
        if (!historyPath.isEmpty()) {
            CompletionHistory history(historyPath);
            // An observation that cannot be written still leaves the history readable.
            if (history.record(*observations, input->now, &error))
                history.fill(input->history, &error);
        }
        if (metrics)
            input->history.applyServerMetrics(metrics->rows, metrics->first, metrics->last);
        input->pace = input->history.lastDays(input->paceWindowDays);
        auto figures = std::make_shared<PlanningFigures>(PlanningFigures::compute(*input));
        // `self` is safe to name here: the destructor waits for this task before the object
        // goes, and a queued call to an object being destroyed is dropped with it.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, figures, error] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_figures = std::move(*figures);
                self->m_hasFigures = true;
                if (!error.isEmpty())
                    self->note(error);
                self->setBusy(false);
                Q_EMIT self->figuresChanged();
            },
            Qt::QueuedConnection);
    });
}

void PlanningMonitor::setFigures(const PlanningFigures &figures)
{
    ++m_generation; // a computation under way would overwrite them
    m_figures = figures;
    m_hasFigures = true;
    setBusy(false);
    Q_EMIT figuresChanged();
}

QString PlanningMonitor::paceSummary() const
{
    return paceSummary(m_figures);
}

QString PlanningMonitor::paceSummary(const PlanningFigures &f)
{
    if (f.paceDays == 0)
        return tr("No pace yet: no completions recorded in the last %n day(s).", nullptr, f.paceWindowDays);
    if (f.ownHistoryDays == 0)
        return tr("Pace from %n day(s), server metrics.", nullptr, f.paceDays);
    if (f.serverMetricDays == 0)
        return tr("Pace from %n day(s), this app's history.", nullptr, f.paceDays);
    return tr("Pace from %1 days: %2 from server metrics, %3 from this app's history.")
        .arg(f.paceDays)
        .arg(f.serverMetricDays)
        .arg(f.ownHistoryDays);
}

} // namespace BatchDesk
