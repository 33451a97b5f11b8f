#include "models/planning/writerun.h"

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "models/planning/planningservice.h"
#include "models/planning/relationlisting.h"

#include <QLoggingCategory>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcPlanning, "batchdesk.planning", QtInfoMsg)

namespace BatchDesk {

using Niagara::ApiError;
using Niagara::Outcome;
using Action = WriteItem::Action;

WriteRun::WriteRun(Kind kind, PlanningService *service, Niagara::NiagaraClient *client)
    : QObject(service)
    , m_kind(kind)
    , m_service(service)
    , m_client(client)
    , m_queue(service ? service->requestQueue() : nullptr)
{
}

WriteRun::~WriteRun()
{
    // Nothing of ours may start while we go: the cancellations below answer at once, and each
    // answer gives a slot back.
    m_cancelled = true;
    if (m_queue)
        m_queue->cancelQueued(this);
    // Callbacks are bound to `this` as context: the client drops them once we are gone, but
    // requests still in flight should not keep the connection busy for nothing.
    if (m_client) {
        for (quint64 id : std::as_const(m_requests))
            m_client->cancel(id);
    }
}

int WriteRun::count(ItemState state) const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [state](const WriteItem &item) { return item.state == state; }));
}

bool WriteRun::canRetry() const
{
    if (!isFinished())
        return false;
    return !m_abortReason.isEmpty() || std::any_of(m_items.cbegin(), m_items.cend(), [](const WriteItem &item) {
        return item.state == ItemState::Failed || item.state == ItemState::NotAttempted;
    });
}

void WriteRun::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    qCDebug(lcPlanning) << "run" << this << "phase" << phase;
    Q_EMIT phaseChanged(phase);
}

void WriteRun::setState(int index, ItemState state, const QString &message)
{
    WriteItem &item = m_items[index];
    if (item.state == state && item.message == message)
        return;
    item.state = state;
    item.message = message;
    Q_EMIT itemChanged(index);
    if (state == ItemState::Succeeded || state == ItemState::Failed)
        emitProgress();
}

void WriteRun::emitProgress()
{
    Q_EMIT progress(count(ItemState::Succeeded) + count(ItemState::Failed), static_cast<int>(m_items.size()));
}

void WriteRun::start()
{
    if (m_phase != Phase::Ready)
        return;
    if (m_kind == Kind::Split)
        checkWorkOrder();
    else
        sendItems();
}

void WriteRun::cancel()
{
    if (isFinished() || m_phase == Phase::Ready)
        return;
    m_cancelled = true;
    // What waits for a slot never starts (its items stay not attempted)...
    if (m_queue)
        m_queue->cancelQueued(this);
    m_outstanding -= std::exchange(m_queuedTasks, 0);
    stopWalk();
    // ...and cancelling answers the callbacks of what is under way with Kind::Cancelled; they
    // mark their items and, once nothing is in flight, the run finishes.
    const auto inFlight = m_requests;
    for (quint64 id : inFlight) {
        if (m_client)
            m_client->cancel(id);
    }
    if (m_outstanding == 0 && m_phase != Phase::Finished)
        finish();
}

void WriteRun::finish()
{
    m_onIdle = nullptr;
    m_finishedAt = m_service ? m_service->now() : QDateTime::currentDateTimeUtc();
    // Recorded before anyone hears of the end (a listener may delete the run).
    if (m_service)
        m_service->recordFinished(this);
    setPhase(Phase::Finished);
    emitProgress();
    Q_EMIT finished();
    if (!m_service || count(ItemState::Succeeded) == 0)
        return;
    QStringList deleted;
    QStringList reassigned;
    for (const WriteItem &item : std::as_const(m_items)) {
        if (item.action == Action::DeleteBatch && item.state == ItemState::Succeeded)
            deleted.append(item.batchId);
        const bool technician = item.action == Action::AddTechnician || item.action == Action::RemoveTechnician;
        if (technician && item.state != ItemState::NotAttempted && !item.batchId.isEmpty())
            reassigned.append(item.batchId);
    }
    reassigned.removeDuplicates();
    if (!reassigned.isEmpty())
        Q_EMIT m_service->techniciansChanged(reassigned);
    if (!deleted.isEmpty())
        Q_EMIT m_service->batchesDeleted(deleted);
    // A delete changed nothing else: the store drops those batches, no page is read again.
    if (m_kind != Kind::Delete)
        Q_EMIT m_service->serverChanged();
}

// --- tasks, through the request queue

void WriteRun::submit(RequestQueue::Job job)
{
    if (m_queue)
        m_queue->enqueue(this, std::move(job));
    else
        job(RequestQueue::Done{}); // no queue (its owner is gone): nothing to wait for
}

void WriteRun::enqueue(Task task)
{
    ++m_outstanding;
    ++m_queuedTasks;
    submit([this, task = std::move(task)](RequestQueue::Done slot) {
        --m_queuedTasks;
        if (m_cancelled) {
            --m_outstanding;
            slot();
            checkIdle();
            return;
        }
        ++m_inFlight;
        for (int index : std::as_const(task.items))
            setState(index, ItemState::Running);
        // The answer arrives later (never synchronously).
        task.send([this, slot] {
            --m_inFlight;
            --m_outstanding;
            slot(); // the next job (ours or anyone's) may start right here
            checkIdle();
        });
    });
}

void WriteRun::whenIdle(std::function<void()> next)
{
    m_onIdle = std::move(next);
    checkIdle();
}

void WriteRun::checkIdle()
{
    if (m_outstanding > 0)
        return;
    if (m_cancelled) {
        if (m_phase != Phase::Finished)
            finish();
        return;
    }
    if (m_onIdle) {
        auto next = std::exchange(m_onIdle, nullptr);
        next();
    }
}

void WriteRun::stopWalk()
{
    if (m_walker)
        m_walker->cancel(); // silent: neither finished nor failed follows
    if (m_walkJob != 0 && m_queue)
        m_queue->cancel(m_walkJob);
    m_walkJob = 0;
    std::exchange(m_walkSlot, {})();
}

QString WriteRun::itemError(int index, const ApiError &error) const
{
    const WriteItem &item = m_items.at(index);
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
        return tr("Refused in queue “%1”: %2").arg(item.queueLabel.isEmpty() ? item.queueId : item.queueLabel,
                                                   error.message());
    case ApiError::Kind::Cancelled:
        return tr("Cancelled while the request was under way; the server may have carried it out. "
                  "“Retry failed” checks the server before sending anything again.");
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        // The request may have reached the server: say so, and what retry does about it.
        return tr("%1 The server may have carried it out; “Retry failed” checks before sending it again.")
            .arg(error.message());
    default:
        return error.message();
    }
}

void WriteRun::failItems(const QList<int> &items, const ApiError &error)
{
    for (int index : items) {
        setState(index, ItemState::Failed, itemError(index, error));
        if (error.kind() == ApiError::Kind::Forbidden && m_service) {
            const WriteItem &item = m_items.at(index);
            const PlanningAction action = m_kind == Kind::Delete ? PlanningAction::Delete
                : (item.action == Action::CreateBatch || item.action == Action::DeleteBatch)
                ? PlanningAction::Split
                : PlanningAction::Assign;
            m_service->recordRefusal(action, item.queueId, item.message);
        }
    }
    qCInfo(lcPlanning).noquote() << items.size() << "item(s) failed:" << Niagara::kindName(error.kind())
                                 << error.httpStatus();
}

// --- split

void WriteRun::listWorkOrderBatches(std::function<void(bool, QList<Niagara::Batch>)> done)
{
    m_walker = std::make_unique<Niagara::BatchPageWalker>(m_client);
    auto found = std::make_shared<QList<Niagara::Batch>>();
    const QString workOrderId = m_plan.input().workOrderId;
    connect(m_walker.get(), &Niagara::BatchPageWalker::pageLoaded, this,
            [found, workOrderId](const Niagara::Page<Niagara::Batch> &page) {
                for (const Niagara::Batch &batch : page.items) {
                    if (batch.workOrder.id == workOrderId)
                        found->append(batch);
                }
            });
    connect(m_walker.get(), &Niagara::BatchPageWalker::finished, this, [this, found, done] {
        m_walker.release()->deleteLater();
        std::exchange(m_walkSlot, {})();
        done(true, *found);
    });
    connect(m_walker.get(), &Niagara::BatchPageWalker::failed, this, [this, done](const ApiError &error) {
        m_walker.release()->deleteLater();
        std::exchange(m_walkSlot, {})();
        m_abortReason = error.message();
        done(false, {});
    });
    // One job for the whole walk: its pages go one after another in one slot. (The id stays
    // after it started; cancelling a started job is a no-op.)
    if (!m_queue) {
        m_walker->start();
        return;
    }
    m_walkJob = m_queue->enqueue(this, [this](RequestQueue::Done slot) {
        m_walkSlot = std::move(slot);
        m_walker->start();
    });
}

void WriteRun::checkWorkOrder()
{
    setPhase(Phase::Checking);
    listWorkOrderBatches([this](bool ok, const QList<Niagara::Batch> &batches) {
        if (!ok) {
            m_abortReason = tr("Could not read the work order's batches before writing, so nothing was sent: %1")
                                .arg(m_abortReason);
            finish();
            return;
        }
        if (m_cancelled) {
            finish();
            return;
        }
        qint64 batched = 0;
        for (const Niagara::Batch &batch : batches) {
            m_knownBatchIds.insert(batch.id);
            batched = Niagara::addCounts(batched, batch.numberCycles); // server numbers: no upper bound
        }
        const SplitInput &in = m_plan.input();
        const qint64 remaining = std::max<qint64>(0, in.cyclesNeeded - batched);
        if (!in.allowOverSplit && m_plan.cyclesPlanned() > remaining) {
            const QLocale locale;
            m_abortReason = tr("The work order changed since this plan was made: %1 of its %2 cycles are in "
                               "batches now, so only %3 remain, but the plan splits %4. Nothing was sent; go "
                               "back to the sizing and check the plan.")
                                .arg(locale.toString(batched), locale.toString(in.cyclesNeeded),
                                     locale.toString(remaining), locale.toString(m_plan.cyclesPlanned()));
            finish();
            return;
        }
        sendCreations();
    });
}

QList<WriteRun::Creation> WriteRun::pendingCreations() const
{
    const SplitInput &in = m_plan.input();
    const bool carryUsers = m_mode == CreationMode::Bulk && in.technicianMode == TechnicianMode::AllBatches
        && !in.technicianIds.isEmpty();
    QHash<int, QList<int>> techniciansOf;
    std::map<qint64, QList<int>> bySize;
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.action == Action::AddTechnician)
            techniciansOf[item.plannedIndex].append(i);
        else if (item.action == Action::CreateBatch && item.state != ItemState::Succeeded)
            bySize[item.numberCycles].append(i);
    }
    // Largest groups first, as SplitPlan::sizeGroups() lists them.
    std::vector<std::pair<qint64, QList<int>>> groups(bySize.begin(), bySize.end());
    std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second.size() != b.second.size() ? a.second.size() > b.second.size() : a.first > b.first;
    });

    QList<Creation> out;
    for (const auto &[size, indexes] : groups) {
        QList<int> singles = indexes;
        if (m_mode == CreationMode::Bulk && indexes.size() >= 2) {
            singles.clear();
            for (qsizetype from = 0; from < indexes.size(); from += PlanningService::kMaxPerPatch) {
                const QList<int> chunk = indexes.mid(from, PlanningService::kMaxPerPatch);
                if (chunk.size() == 1) {
                    singles = chunk; // a lone leftover of a chunked group goes by POST
                    continue;
                }
                Creation c;
                c.bulk = true;
                c.numberCycles = size;
                c.batches = chunk;
                if (carryUsers) {
                    for (int b : chunk)
                        c.carriedTechnicians += techniciansOf.value(b);
                }
                out.append(c);
            }
        }
        for (int b : std::as_const(singles)) {
            Creation c;
            c.numberCycles = size;
            c.batches = {b};
            out.append(c);
        }
    }
    return out;
}

void WriteRun::sendCreations()
{
    setPhase(Phase::Writing);
    m_wrote = true;
    const SplitInput &in = m_plan.input();
    const QList<Creation> creations = pendingCreations();
    for (const Creation &c : creations) {
        Task task;
        task.items = c.batches + c.carriedTechnicians;
        if (c.bulk) {
            Niagara::BatchSeries series;
            series.workOrderId = in.workOrderId;
            series.queueId = in.queueId;
            series.numberCycles = c.numberCycles;
            series.total = c.batches.size();
            if (!c.carriedTechnicians.isEmpty())
                series.userIds = in.technicianIds;
            task.send = [this, series, c](std::function<void()> answered) {
                auto id = std::make_shared<quint64>(0);
                *id = m_client->createBatches(series, this, [this, id, c, answered](Outcome<Niagara::Done> outcome) {
                    m_requests.remove(*id);
                    if (outcome.ok()) {
                        for (int b : c.batches)
                            setState(b, ItemState::Succeeded);
                        for (int t : c.carriedTechnicians) {
                            m_carriedByPatch.insert(t);
                            setState(t, ItemState::Succeeded);
                        }
                    } else {
                        failItems(c.batches + c.carriedTechnicians, outcome.error);
                    }
                    answered();
                });
                m_requests.insert(*id);
            };
        } else {
            const int b = c.batches.constFirst();
            Niagara::NewBatch batch;
            batch.workOrderId = in.workOrderId;
            batch.queueId = in.queueId;
            batch.numberCycles = c.numberCycles;
            batch.label = m_items.at(b).batchLabel;
            batch.order = Niagara::SortKey::fromNumber(static_cast<double>(m_items.at(b).order));
            task.send = [this, batch, b](std::function<void()> answered) {
                auto id = std::make_shared<quint64>(0);
                *id = m_client->createBatch(batch, this, [this, id, b, answered](Outcome<Niagara::Batch> outcome) {
                    m_requests.remove(*id);
                    if (outcome.ok()) {
                        m_items[b].batchId = outcome.value->id;
                        m_items[b].batchLabel = outcome.value->label;
                        m_ourBatchIds.insert(outcome.value->id);
                        shareBatchWithTechnicians(b);
                        setState(b, ItemState::Succeeded);
                    } else {
                        failItems({b}, outcome.error);
                    }
                    answered();
                });
                m_requests.insert(*id);
            };
        }
        enqueue(std::move(task));
    }

    whenIdle([this] {
        const bool unlinked = std::any_of(m_items.cbegin(), m_items.cend(), [](const WriteItem &item) {
            return item.action == Action::CreateBatch && item.state == ItemState::Succeeded && item.batchId.isEmpty();
        });
        if (unlinked)
            linkCreatedBatches([this] { sendRelationChanges(); });
        else
            sendRelationChanges();
    });
}

void WriteRun::attributeNewBatches(const QList<Niagara::Batch> &batches, bool markFound)
{
    QList<Niagara::Batch> fresh;
    for (const Niagara::Batch &batch : batches) {
        if (!m_knownBatchIds.contains(batch.id) && !m_ourBatchIds.contains(batch.id))
            fresh.append(batch);
    }
    // The server numbers a PATCH's batches in queue order: match them to the plan in that order.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Niagara::Batch &a, const Niagara::Batch &b) {
        if (a.order != b.order)
            return a.order < b.order;
        return a.created < b.created;
    });
    // One POST per batch sends the planned label: a batch is then ours only under that label.
    // Matching by size alone would let a failed item claim a same-size batch that another
    // failed item's lost request created, and that other item would be created again.
    const bool labelled = m_mode == CreationMode::Individual;
    const auto claim = [&](int index) {
        WriteItem &item = m_items[index];
        for (qsizetype k = 0; k < fresh.size(); ++k) {
            const Niagara::Batch &batch = fresh.at(k);
            if (batch.numberCycles != item.numberCycles || batch.queue.id != item.queueId)
                continue;
            if (labelled && batch.label != item.batchLabel)
                continue;
            item.batchId = batch.id;
            item.batchLabel = batch.label;
            m_ourBatchIds.insert(batch.id);
            fresh.removeAt(k);
            shareBatchWithTechnicians(index);
            return true;
        }
        return false;
    };
    // First the batches we know were created (a PATCH answered 204), then — when reconciling —
    // those whose request failed although the server may have acted.
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.action == Action::CreateBatch && item.state == ItemState::Succeeded && item.batchId.isEmpty()
            && claim(i))
            Q_EMIT itemChanged(i);
    }
    if (!markFound)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.action == Action::CreateBatch && item.state == ItemState::Failed && claim(i))
            setState(i, ItemState::Succeeded,
                     tr("Found on the server: the earlier request was carried out although its answer was lost."));
    }
}

void WriteRun::shareBatchWithTechnicians(int batchIndex)
{
    // The technician rows name the batch as the server does, once it is known.
    const WriteItem &batch = m_items.at(batchIndex);
    for (int i = 0; i < m_items.size(); ++i) {
        WriteItem &item = m_items[i];
        if (item.action != Action::AddTechnician || item.plannedIndex != batchIndex)
            continue;
        item.batchId = batch.batchId;
        item.batchLabel = batch.batchLabel;
        Q_EMIT itemChanged(i);
    }
}

void WriteRun::linkCreatedBatches(std::function<void()> next)
{
    setPhase(Phase::Linking);
    listWorkOrderBatches([this, next](bool ok, const QList<Niagara::Batch> &batches) {
        if (!ok) {
            // Without ids the technicians cannot be attached; retry reads the batches again.
            const QString reason = tr("Could not read back the new batches: %1").arg(m_abortReason);
            m_abortReason.clear();
            for (int i = 0; i < m_items.size(); ++i) {
                const WriteItem &item = m_items.at(i);
                if (item.action == Action::AddTechnician && item.state != ItemState::Succeeded
                    && m_items.at(item.plannedIndex).batchId.isEmpty())
                    setState(i, ItemState::Failed, reason);
            }
        } else {
            attributeNewBatches(batches, false);
        }
        next();
    });
}

void WriteRun::sendRelationChanges()
{
    if (m_cancelled) {
        finish();
        return;
    }
    setPhase(Phase::Writing);
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.action != Action::AddTechnician || item.state == ItemState::Succeeded)
            continue;
        const WriteItem &batch = m_items.at(item.plannedIndex);
        if (batch.state != ItemState::Succeeded || batch.batchId.isEmpty()) {
            // A technician a failed PATCH carried stays failed (the server may hold it).
            if (batch.state != ItemState::Succeeded && item.state == ItemState::NotAttempted)
                setState(i, ItemState::NotAttempted, tr("Not attempted: its batch was not created."));
            continue;
        }
        enqueue(addTechnicianTask(i));
    }
    whenIdle([this] { finish(); });
}

void WriteRun::reconcileSplit()
{
    listWorkOrderBatches([this](bool ok, const QList<Niagara::Batch> &batches) {
        if (!ok) {
            // Sending again without knowing what the server holds could duplicate batches.
            m_abortReason = tr("Could not check the server before retrying, so nothing was sent again: %1")
                                .arg(m_abortReason);
            finish();
            return;
        }
        attributeNewBatches(batches, true);
        // Technicians of batches found now (their PATCH may have carried them) are checked
        // against the server before any is attached again.
        reconcileRelations([this] { sendCreations(); });
    });
}

// --- assignment, undo

void WriteRun::sendItems()
{
    setPhase(Phase::Writing);
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.state == ItemState::Succeeded)
            continue;
        switch (item.action) {
        case Action::AddTechnician:
            enqueue(addTechnicianTask(i));
            break;
        case Action::RemoveTechnician:
        case Action::DeleteBatch:
            if (item.batchId.isEmpty()) {
                setState(i, ItemState::Failed, tr("Its id is unknown, so it cannot be deleted from here."));
                break;
            }
            enqueue(deleteTask(i));
            break;
        case Action::CreateBatch:
            break; // only splits create batches
        }
    }
    whenIdle([this] { finish(); });
}

WriteRun::Task WriteRun::addTechnicianTask(int index)
{
    Task task;
    task.items = {index};
    task.send = [this, index](std::function<void()> answered) {
        const WriteItem &item = m_items.at(index);
        const Niagara::NewRelation relation{QString::fromLatin1(PlanningService::kTechnicianRelation),
                                            QString::fromLatin1(PlanningService::kUserEntity), item.userId};
        auto id = std::make_shared<quint64>(0);
        *id = m_client->createRelation(item.batchId, relation, this,
                                       [this, id, index, answered](Outcome<Niagara::Relation> outcome) {
            m_requests.remove(*id);
            if (outcome.ok()) {
                m_items[index].relationId = outcome.value->id;
                setState(index, ItemState::Succeeded);
            } else {
                failItems({index}, outcome.error);
            }
            answered();
        });
        m_requests.insert(*id);
    };
    return task;
}

WriteRun::Task WriteRun::deleteTask(int index)
{
    Task task;
    task.items = {index};
    task.send = [this, index](std::function<void()> answered) {
        const WriteItem &item = m_items.at(index);
        const bool relation = item.action == Action::RemoveTechnician;
        const auto done = [this, index, answered, relation](Outcome<Niagara::Done> outcome) {
            if (outcome.ok())
                setState(index, ItemState::Succeeded);
            else if (outcome.error.kind() == ApiError::Kind::NotFound) // someone else was first
                setState(index, ItemState::Succeeded,
                         relation ? tr("Already removed on the server.") : tr("Already deleted on the server."));
            else
                failItems({index}, outcome.error);
            answered();
        };
        auto id = std::make_shared<quint64>(0);
        const auto track = [this, id, done](Outcome<Niagara::Done> outcome) {
            m_requests.remove(*id);
            done(std::move(outcome));
        };
        *id = relation ? m_client->deleteRelation(item.batchId, item.relationId, this, track)
                       : m_client->deleteBatch(item.batchId, this, track);
        m_requests.insert(*id);
    };
    return task;
}

void WriteRun::reconcileRelations(std::function<void()> next)
{
    // Batches with technician items whose outcome is uncertain.
    QHash<QString, QList<int>> byBatch;
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.state == ItemState::Succeeded)
            continue;
        if (item.action != Action::AddTechnician && item.action != Action::RemoveTechnician)
            continue;
        if (item.batchId.isEmpty() && item.plannedIndex >= 0)
            m_items[i].batchId = m_items.at(item.plannedIndex).batchId;
        if (!m_items.at(i).batchId.isEmpty())
            byBatch[m_items.at(i).batchId].append(i);
    }
    if (byBatch.isEmpty()) {
        next();
        return;
    }
    for (auto it = byBatch.cbegin(); it != byBatch.cend(); ++it) {
        Task task;
        task.send = [this, batchId = it.key(), indexes = it.value()](std::function<void()> answered) {
            listTechnicianRelations(m_client, batchId, this,
                                    [this, indexes, answered](Outcome<QList<Niagara::Relation>> outcome) {
                if (!outcome.ok()) {
                    // Unknown state: leave the items failed; sending again could duplicate.
                    for (int i : indexes)
                        setState(i, ItemState::Failed,
                                 tr("Could not check the server before retrying: %1").arg(outcome.error.message()));
                    answered();
                    return;
                }
                for (int i : indexes) {
                    WriteItem &item = m_items[i];
                    const auto match = std::find_if(outcome.value->cbegin(), outcome.value->cend(),
                                                    [&item](const Niagara::Relation &r) {
                        return item.action == Action::AddTechnician ? (r.entity && r.entity->id == item.userId)
                                                                     : r.id == item.relationId;
                    });
                    const bool present = match != outcome.value->cend();
                    if (item.action == Action::AddTechnician && present) {
                        item.relationId = match->id;
                        setState(i, ItemState::Succeeded,
                                 tr("Found on the server: the earlier request was carried out."));
                    } else if (item.action == Action::RemoveTechnician && !present) {
                        setState(i, ItemState::Succeeded, tr("Already removed on the server."));
                    }
                }
                answered();
            });
        };
        enqueue(std::move(task));
    }
    whenIdle(std::move(next));
}

void WriteRun::retryFailed()
{
    if (!canRetry())
        return;
    m_cancelled = false;
    m_abortReason.clear();
    setPhase(Phase::Reconciling);
    switch (m_kind) {
    case Kind::Split:
        if (!m_wrote) {
            // Stopped before anything was sent: check the work order again from scratch.
            m_knownBatchIds.clear();
            checkWorkOrder();
            return;
        }
        reconcileSplit();
        break;
    case Kind::Assignment:
    case Kind::Undo:
    case Kind::Delete:
        reconcileRelations([this] { sendItems(); });
        break;
    }
}

QList<PlannedRequest> WriteRun::plannedRequests() const
{
    QList<PlannedRequest> out;
    if (m_kind != Kind::Split) {
        for (int i = 0; i < m_items.size(); ++i) {
            const WriteItem &item = m_items.at(i);
            if (item.state == ItemState::Succeeded)
                continue;
            PlannedRequest r;
            r.items = {i};
            r.summary = item.description();
            switch (item.action) {
            case Action::AddTechnician:
                r.method = QStringLiteral("POST");
                r.path = QStringLiteral("/batches/%1/relations").arg(item.batchId);
                break;
            case Action::RemoveTechnician:
                r.method = QStringLiteral("DELETE");
                r.path = QStringLiteral("/batches/%1/relations/%2").arg(item.batchId, item.relationId);
                break;
            case Action::DeleteBatch:
                r.method = QStringLiteral("DELETE");
                r.path = QStringLiteral("/batches/%1").arg(item.batchId);
                break;
            case Action::CreateBatch:
                break;
            }
            out.append(r);
        }
        return out;
    }

    QSet<int> carried;
    const qsizetype technicians = m_plan.input().technicianIds.size();
    for (const Creation &c : pendingCreations()) {
        PlannedRequest r;
        r.method = c.bulk ? QStringLiteral("PATCH") : QStringLiteral("POST");
        r.path = QStringLiteral("/batches");
        r.items = c.batches + c.carriedTechnicians;
        const int n = static_cast<int>(c.batches.size());
        if (!c.bulk) {
            const WriteItem &b = m_items.at(c.batches.constFirst());
            r.summary = tr("Create batch “%1” with %2 cycles at queue position %3")
                            .arg(b.batchLabel, QString::number(c.numberCycles), QString::number(b.order));
        } else if (c.carriedTechnicians.isEmpty()) {
            r.summary = tr("Create %Ln batch(es) of %1 cycles", nullptr, n).arg(c.numberCycles);
        } else {
            r.summary = tr("Create %Ln batch(es) of %1 cycles each, technicians per batch: %2", nullptr, n)
                            .arg(c.numberCycles)
                            .arg(technicians);
        }
        for (int t : c.carriedTechnicians)
            carried.insert(t);
        out.append(r);
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const WriteItem &item = m_items.at(i);
        if (item.action != Action::AddTechnician || item.state == ItemState::Succeeded
            || carried.contains(i))
            continue;
        PlannedRequest r;
        r.method = QStringLiteral("POST");
        const QString batchId = m_items.at(item.plannedIndex).batchId;
        r.path = QStringLiteral("/batches/%1/relations").arg(batchId.isEmpty() ? QStringLiteral("{new}") : batchId);
        r.items = {i};
        r.summary = item.description();
        out.append(r);
    }
    return out;
}

} // namespace BatchDesk
