#include "models/planning/planningservice.h"

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "models/planning/relationlisting.h"

#include <memory>

namespace BatchDesk {

using Niagara::Outcome;

namespace {

bool isActive(const Niagara::CycleCounts &c)
{
    using Niagara::StatusCategory;
    return c[StatusCategory::Pending] + c[StatusCategory::InProgress] + c[StatusCategory::Verifying]
        + c[StatusCategory::Blocked] > 0;
}

// Reads the technicians of many batches, one request-queue job each; the first failure ends
// the load. The jobs hold the load alive; the load holds no job of its own.
struct TargetLoad
{
    QList<AssignmentTarget> targets;
    qsizetype answered = 0;
    bool failed = false;
    std::function<void(Outcome<QList<AssignmentTarget>>)> done;
};

} // namespace

PlanningService::PlanningService(Niagara::NiagaraClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ownRequests(new RequestQueue(this))
    , m_permissions(new Permissions(this))
    , m_ownPermissions(m_permissions)
{
    connect(m_ownPermissions, &Permissions::changed, this, &PlanningService::refusalsChanged);
}

void PlanningService::setPermissions(Permissions *permissions)
{
    Permissions *next = permissions ? permissions : m_ownPermissions;
    if (next == m_permissions)
        return;
    if (m_permissions && m_permissions != m_ownPermissions)
        disconnect(m_permissions, nullptr, this, nullptr);
    if (next != m_ownPermissions)
        connect(next, &Permissions::changed, this, &PlanningService::refusalsChanged);
    m_permissions = next;
    Q_EMIT refusalsChanged();
}

void PlanningService::setCurrentUserId(const QString &userId)
{
    permissions()->setUserId(userId);
}

QString PlanningService::currentUserId() const
{
    return permissions()->userId();
}

PlanningService::~PlanningService() = default;

void PlanningService::census(QObject *context, std::function<void(Outcome<Census>)> done)
{
    // The walker is owned by the context, so it dies with whoever asked.
    auto *walker = new Niagara::BatchPageWalker(m_client, context);
    auto result = std::make_shared<Census>();
    auto seen = std::make_shared<QSet<QString>>();
    // The walk's slot in the request queue, given back when it ends.
    auto slot = std::make_shared<RequestQueue::Done>();
    connect(walker, &Niagara::BatchPageWalker::pageLoaded, context,
            [result, seen](const Niagara::Page<Niagara::Batch> &page) {
        for (const Niagara::Batch &batch : page.items) {
            if (seen->contains(batch.id))
                continue; // listed twice after cursor drift: count once
            seen->insert(batch.id);
            WorkOrderUsage &usage = result->workOrders[batch.workOrder.id];
            usage.batchedCycles = Niagara::addCounts(usage.batchedCycles, batch.numberCycles);
            ++usage.batches;
            QueueLoad &load = result->queues[batch.queue.id];
            ++load.batches;
            if (isActive(batch.cycles)) {
                ++load.activeBatches;
                using Niagara::StatusCategory;
                for (StatusCategory open : {StatusCategory::Pending, StatusCategory::InProgress,
                                            StatusCategory::Verifying, StatusCategory::Blocked})
                    load.activeCycles = Niagara::addCounts(load.activeCycles, batch.cycles[open]);
            }
            if (batch.order.isNumber())
                load.highestOrder = std::max(load.highestOrder, static_cast<qint64>(batch.order.number()));
        }
    });
    connect(walker, &Niagara::BatchPageWalker::finished, context, [walker, result, done, slot] {
        (*slot)();
        walker->deleteLater();
        done({*result, {}});
    });
    connect(walker, &Niagara::BatchPageWalker::failed, context, [walker, done, slot](const Niagara::ApiError &error) {
        (*slot)();
        walker->deleteLater();
        done({std::nullopt, error});
    });
    // One job for the whole walk: its pages go one after another in one slot.
    requestQueue()->enqueue(context, [walker, slot](RequestQueue::Done started) {
        *slot = std::move(started);
        walker->start();
    });
}

void PlanningService::loadAssignmentTargets(const QList<AssignmentTarget> &batches, QObject *context,
                                            std::function<void(Outcome<QList<AssignmentTarget>>)> done)
{
    auto load = std::make_shared<TargetLoad>();
    load->targets = batches;
    load->done = std::move(done);
    if (batches.isEmpty()) {
        load->done({load->targets, {}});
        return;
    }
    if (!context)
        return; // nobody to answer
    Niagara::NiagaraClient *client = m_client;
    QPointer<QObject> guard(context);
    for (qsizetype index = 0; index < batches.size(); ++index) {
        requestQueue()->enqueue(context, [load, client, guard, index](RequestQueue::Done slot) {
            if (load->failed || !guard) {
                slot(); // an earlier one failed: the load is over, send nothing more
                return;
            }
            listTechnicianRelations(client, load->targets.at(index).batchId, guard,
                                    [load, index, slot](Outcome<QList<Niagara::Relation>> outcome) {
                // The load's state first, then the slot: the next job starts inside slot().
                if (load->failed) {
                    slot();
                    return;
                }
                if (!outcome.ok()) {
                    load->failed = true;
                    slot();
                    load->done({std::nullopt, outcome.error});
                    return;
                }
                load->targets[index].technicians = *outcome.value;
                slot();
                if (++load->answered == load->targets.size())
                    load->done({load->targets, {}});
            });
        });
    }
}

QList<WriteItem> PlanningService::assignmentItems(const QList<AssignmentTarget> &targets,
                                                  const QList<Niagara::User> &technicians, AssignMode mode)
{
    QList<WriteItem> items;
    QSet<QString> chosen;
    for (const Niagara::User &u : technicians)
        chosen.insert(u.id);
    for (const AssignmentTarget &t : targets) {
        QSet<QString> present;
        for (const Niagara::Relation &r : t.technicians) {
            if (r.entity)
                present.insert(r.entity->id);
        }
        const auto base = [&t](WriteItem::Action action) {
            WriteItem item;
            item.action = action;
            item.batchId = t.batchId;
            item.batchLabel = t.batchLabel;
            item.queueId = t.queueId;
            item.queueLabel = t.queueLabel;
            return item;
        };
        if (mode == AssignMode::Replace) {
            for (const Niagara::Relation &r : t.technicians) {
                if (!r.entity || chosen.contains(r.entity->id))
                    continue;
                WriteItem item = base(WriteItem::Action::RemoveTechnician);
                item.userId = r.entity->id;
                item.userName = r.entity->label;
                item.relationId = r.id;
                items.append(item);
            }
        }
        for (const Niagara::User &u : technicians) {
            if (present.contains(u.id))
                continue; // already assigned: adding again would be refused as a duplicate
            WriteItem item = base(WriteItem::Action::AddTechnician);
            item.userId = u.id;
            item.userName = u.name;
            items.append(item);
        }
    }
    return items;
}

WriteRun *PlanningService::createSplitRun(const SplitPlan &plan, CreationMode mode,
                                          const QList<Niagara::User> &technicians)
{
    auto *run = new WriteRun(WriteRun::Kind::Split, this, m_client);
    run->m_plan = plan;
    run->m_mode = mode;
    const SplitInput &in = plan.input();
    QHash<QString, QString> names;
    for (const Niagara::User &u : technicians)
        names.insert(u.id, u.name);
    for (const PlannedBatch &b : plan.batches()) {
        WriteItem item;
        item.action = WriteItem::Action::CreateBatch;
        item.batchLabel = b.label;
        item.numberCycles = b.numberCycles;
        item.queueId = in.queueId;
        item.queueLabel = in.queueLabel;
        item.workOrderId = in.workOrderId;
        item.order = b.order;
        item.plannedIndex = b.number - 1;
        run->m_items.append(item);
    }
    const auto batchCount = run->m_items.size();
    for (qsizetype i = 0; i < batchCount; ++i) {
        const PlannedBatch &b = plan.batches().at(i);
        for (const QString &userId : b.technicianIds) {
            WriteItem item;
            item.action = WriteItem::Action::AddTechnician;
            item.batchLabel = b.label;
            item.queueId = in.queueId;
            item.queueLabel = in.queueLabel;
            item.workOrderId = in.workOrderId;
            item.plannedIndex = static_cast<int>(i);
            item.userId = userId;
            item.userName = names.value(userId);
            run->m_items.append(item);
        }
    }
    return run;
}

WriteRun *PlanningService::createAssignmentRun(const QList<AssignmentTarget> &targets,
                                               const QList<Niagara::User> &technicians, AssignMode mode)
{
    auto *run = new WriteRun(WriteRun::Kind::Assignment, this, m_client);
    run->m_items = assignmentItems(targets, technicians, mode);
    return run;
}

bool PlanningService::canUndo(const WriteRun *run) const
{
    if (!run || run->kind() == WriteRun::Kind::Undo || run->kind() == WriteRun::Kind::Delete || !run->isFinished() || run->m_undone)
        return false;
    if (run->count(ItemState::Succeeded) == 0)
        return false;
    return now() <= undoDeadline(run);
}

QDateTime PlanningService::undoDeadline(const WriteRun *run) const
{
    if (!run || !run->finishedAt().isValid())
        return {};
    return run->finishedAt().addSecs(m_undoWindow.count());
}

WriteRun *PlanningService::createUndoRun(WriteRun *run)
{
    if (!canUndo(run))
        return nullptr;
    auto *undo = new WriteRun(WriteRun::Kind::Undo, this, m_client);
    for (const WriteItem &done : run->items()) {
        if (done.state != ItemState::Succeeded)
            continue;
        WriteItem item = done;
        item.state = ItemState::NotAttempted;
        item.message.clear();
        item.plannedIndex = -1;
        switch (done.action) {
        case WriteItem::Action::CreateBatch:
            item.action = WriteItem::Action::DeleteBatch; // its relations go with it
            break;
        case WriteItem::Action::AddTechnician:
            if (run->kind() == WriteRun::Kind::Split)
                continue; // deleting the batch removes it
            item.action = WriteItem::Action::RemoveTechnician;
            break;
        case WriteItem::Action::RemoveTechnician:
            item.action = WriteItem::Action::AddTechnician;
            item.relationId.clear();
            break;
        case WriteItem::Action::DeleteBatch:
            continue; // undo runs are not undone
        }
        undo->m_items.append(item);
    }
    run->m_undone = true;
    return undo;
}

std::optional<QString> PlanningService::refusal(PlanningAction action, const QString &queueId) const
{
    return permissions()->refusal(action, queueId);
}

void PlanningService::recordRefusal(PlanningAction action, const QString &queueId, const QString &reason)
{
    permissions()->recordRefusal(action, queueId, reason);
}

WriteRun *PlanningService::createDeleteRun(const QList<DeletionTarget> &batches)
{
    auto *run = new WriteRun(WriteRun::Kind::Delete, this, m_client);
    QSet<QString> seen;
    for (const DeletionTarget &batch : batches) {
        if (batch.batchId.isEmpty() || seen.contains(batch.batchId))
            continue; // one item per batch, however often it was selected
        seen.insert(batch.batchId);
        WriteItem item;
        item.action = WriteItem::Action::DeleteBatch;
        item.batchId = batch.batchId;
        item.batchLabel = batch.batchLabel;
        item.queueId = batch.queueId;
        item.queueLabel = batch.queueLabel;
        item.workOrderId = batch.workOrderId;
        run->m_items.append(item);
    }
    return run;
}

} // namespace BatchDesk
