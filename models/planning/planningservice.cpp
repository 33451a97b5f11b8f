#include "models/planning/planningservice.h"

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "models/planning/relationlisting.h"

#include <QLocale>

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
    // Claimed in the shared file first: of two windows on this server, only one undoes it.
    if (m_activityLog && !run->m_activityId.isEmpty() && m_activityLog->find(run->m_activityId)
        && !m_activityLog->claimUndo(run->m_activityId)) {
        run->m_undone = true;
        return nullptr;
    }
    // One way to undo: from what the record says, whether the run is alive or not.
    WriteRun *undo = undoRunFor(activityRecordOf(run));
    run->m_undone = true;
    return undo;
}

namespace {

QString queuesText(const QStringList &labels)
{
    QStringList distinct = labels;
    distinct.removeDuplicates();
    if (distinct.size() == 1)
        return distinct.constFirst();
    return PlanningService::tr("%Ln queue(s)", nullptr, static_cast<int>(distinct.size()));
}

QString namesText(const QStringList &names)
{
    QStringList distinct = names;
    distinct.removeDuplicates();
    constexpr qsizetype kShown = 3;
    if (distinct.size() <= kShown)
        return QLocale().createSeparatedList(distinct);
    return PlanningService::tr("%1 and %Ln more", nullptr, static_cast<int>(distinct.size() - kShown))
        .arg(distinct.mid(0, kShown).join(QStringLiteral(", ")));
}

// The manager's words for what a run did: "Split Provision 500 iPad into 16 batches in
// Imaging Bay".
QString summaryOf(const WriteRun *run, const QString &undoOfSummary)
{
    using Action = WriteItem::Action;
    QStringList queues;
    QStringList added;
    QStringList removed;
    QSet<QString> batches;
    for (const WriteItem &item : run->items()) {
        queues.append(item.queueLabel.isEmpty() ? item.queueId : item.queueLabel);
        batches.insert(item.batchId.isEmpty() ? item.batchLabel : item.batchId);
        const QString user = item.userName.isEmpty() ? item.userId : item.userName;
        if (item.action == Action::AddTechnician)
            added.append(user);
        else if (item.action == Action::RemoveTechnician)
            removed.append(user);
    }
    const int batchCount = static_cast<int>(batches.size());
    switch (run->kind()) {
    case WriteRun::Kind::Split: {
        const SplitInput &in = run->splitPlan().input();
        return PlanningService::tr("Split %1 into %Ln batch(es) in %2", nullptr,
                                   static_cast<int>(run->splitPlan().batches().size()))
            .arg(in.workOrderLabel.isEmpty() ? in.workOrderId : in.workOrderLabel,
                 in.queueLabel.isEmpty() ? in.queueId : in.queueLabel);
    }
    case WriteRun::Kind::Assignment:
        if (added.isEmpty() && removed.isEmpty())
            return PlanningService::tr("Assignment with nothing to change");
        if (removed.isEmpty())
            return PlanningService::tr("Assigned %1 to %Ln batch(es) in %2", nullptr, batchCount)
                .arg(namesText(added), queuesText(queues));
        if (added.isEmpty())
            return PlanningService::tr("Unassigned %1 from %Ln batch(es) in %2", nullptr, batchCount)
                .arg(namesText(removed), queuesText(queues));
        return PlanningService::tr("Assigned %1 to %Ln batch(es) in %2, replacing %3", nullptr, batchCount)
            .arg(namesText(added), queuesText(queues), namesText(removed));
    case WriteRun::Kind::Delete:
        if (run->items().size() == 1) {
            const WriteItem &item = run->items().constFirst();
            return PlanningService::tr("Deleted batch “%1” in %2")
                .arg(item.batchLabel.isEmpty() ? item.batchId : item.batchLabel, queuesText(queues));
        }
        return PlanningService::tr("Deleted %Ln batch(es) in %1", nullptr, batchCount).arg(queuesText(queues));
    case WriteRun::Kind::Undo:
        return PlanningService::tr("Undo of “%1”").arg(undoOfSummary);
    }
    return {};
}

} // namespace

ActivityRecord PlanningService::activityRecordOf(const WriteRun *run) const
{
    using ItemAction = WriteItem::Action; // (writerun.cpp has an Action: one unity build)
    ActivityRecord r;
    if (!run)
        return r;
    r.id = run->m_activityId;
    switch (run->kind()) {
    case WriteRun::Kind::Split: r.kind = ActivityRecord::Kind::Split; break;
    case WriteRun::Kind::Assignment: r.kind = ActivityRecord::Kind::Assignment; break;
    case WriteRun::Kind::Undo: r.kind = ActivityRecord::Kind::Undo; break;
    case WriteRun::Kind::Delete: r.kind = ActivityRecord::Kind::Delete; break;
    }
    r.finishedAt = run->finishedAt().toUTC();
    r.userId = currentUserId();
    r.summary = summaryOf(run, run->m_undoOfSummary);
    r.succeeded = run->count(ItemState::Succeeded);
    r.failed = run->count(ItemState::Failed);
    r.notAttempted = run->count(ItemState::NotAttempted) + run->count(ItemState::Running);
    if (r.succeeded == 0 && (r.total() > 0 || !run->abortReason().isEmpty()))
        r.outcome = ActivityRecord::Outcome::Failed;
    else if (r.succeeded < r.total())
        r.outcome = ActivityRecord::Outcome::PartlyDone;
    else
        r.outcome = ActivityRecord::Outcome::Done;
    r.problem = run->abortReason();
    const bool undoable = run->kind() == WriteRun::Kind::Split || run->kind() == WriteRun::Kind::Assignment;
    for (const WriteItem &item : run->items()) {
        if (r.problem.isEmpty() && item.state == ItemState::Failed)
            r.problem = item.message;
        if (!undoable || item.state != ItemState::Succeeded)
            continue;
        const ActivityRelation relation{item.batchId, item.batchLabel, item.queueId, item.queueLabel, item.relationId,
                                        QString::fromLatin1(kTechnicianRelation), item.userId, item.userName};
        switch (item.action) {
        case ItemAction::CreateBatch:
            r.createdBatches.append({item.batchId, item.batchLabel, item.queueId, item.queueLabel});
            break;
        case ItemAction::AddTechnician:
            // A split's technicians go with its batches; only an assignment's are removed.
            if (run->kind() == WriteRun::Kind::Assignment)
                r.addedRelations.append(relation);
            break;
        case ItemAction::RemoveTechnician:
            r.removedRelations.append(relation);
            break;
        case ItemAction::DeleteBatch:
            break;
        }
    }
    if (undoable && r.hasUndoData() && run->finishedAt().isValid())
        r.undoDeadline = undoDeadline(run).toUTC();
    r.undoOf = run->m_undoOf;
    r.undone = run->m_undone;
    return r;
}

void PlanningService::recordFinished(WriteRun *run)
{
    if (!m_activityLog || m_activityLog->profileId().isEmpty())
        return;
    ActivityRecord record = activityRecordOf(run);
    if (const auto earlier = m_activityLog->find(record.id)) {
        // A retry finished the run again: the same entry, with what it holds now.
        record.undone = record.undone || earlier->undone;
        m_activityLog->update(record);
        return;
    }
    record.id.clear();
    run->m_activityId = m_activityLog->add(record);
    for (auto it = m_recordedRuns.begin(); it != m_recordedRuns.end();) {
        if (it.value().isNull())
            it = m_recordedRuns.erase(it);
        else
            ++it;
    }
    m_recordedRuns.insert(run->m_activityId, run);
}

bool PlanningService::canUndo(const ActivityRecord &record) const
{
    std::optional<ActivityRecord> current;
    if (m_activityLog)
        current = m_activityLog->find(record.id);
    const ActivityRecord &r = current ? *current : record;
    return r.isUndoable() && now() <= r.undoDeadline;
}

WriteRun *PlanningService::createUndoRun(const ActivityRecord &record)
{
    if (!canUndo(record))
        return nullptr;
    if (m_activityLog)
        m_activityLog->sync(); // another window on this server may have undone it meanwhile
    const ActivityRecord r = m_activityLog ? m_activityLog->find(record.id).value_or(record) : record;
    // Claimed in the shared file first: of two windows, only one makes the undo.
    if (m_activityLog && m_activityLog->find(r.id) && !m_activityLog->claimUndo(r.id))
        return nullptr;
    WriteRun *undo = undoRunFor(r);
    if (WriteRun *live = m_recordedRuns.value(r.id))
        live->m_undone = true; // the wizard that made it offers no second undo
    return undo;
}

WriteRun *PlanningService::undoRunFor(const ActivityRecord &record)
{
    auto *undo = new WriteRun(WriteRun::Kind::Undo, this, m_client);
    undo->m_undoOf = record.id;
    undo->m_undoOfSummary = record.summary;
    const auto base = [](WriteItem::Action action, const QString &batchId, const QString &batchLabel,
                         const QString &queueId, const QString &queueLabel) {
        WriteItem item;
        item.action = action;
        item.batchId = batchId;
        item.batchLabel = batchLabel;
        item.queueId = queueId;
        item.queueLabel = queueLabel;
        return item;
    };
    for (const ActivityBatch &b : record.createdBatches) // their relations go with them
        undo->m_items.append(base(WriteItem::Action::DeleteBatch, b.batchId, b.batchLabel, b.queueId, b.queueLabel));
    for (const ActivityRelation &rel : record.addedRelations) {
        WriteItem item = base(WriteItem::Action::RemoveTechnician, rel.batchId, rel.batchLabel, rel.queueId,
                              rel.queueLabel);
        item.relationId = rel.relationId;
        item.userId = rel.userId;
        item.userName = rel.userName;
        undo->m_items.append(item);
    }
    for (const ActivityRelation &rel : record.removedRelations) {
        if (!rel.relationType.isEmpty() && rel.relationType != QLatin1String(kTechnicianRelation)) {
            qWarning("activity record %s: cannot re-add a relation of type %s", qPrintable(record.id),
                     qPrintable(rel.relationType));
            continue; // runs only ever write technician relations
        }
        WriteItem item = base(WriteItem::Action::AddTechnician, rel.batchId, rel.batchLabel, rel.queueId,
                              rel.queueLabel);
        item.userId = rel.userId;
        item.userName = rel.userName;
        undo->m_items.append(item);
    }
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
