#include "app/cli/planningcommands.h"

#include "app/cli/batchlisting.h"
#include "app/cli/clirunner.h"
#include "client/pagewalk.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace BatchDesk::Cli {

using namespace Niagara;

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

const char *stateName(ItemState state)
{
    switch (state) {
    case ItemState::NotAttempted: return "not_attempted";
    case ItemState::Running: return "running";
    case ItemState::Succeeded: return "succeeded";
    case ItemState::Failed: return "failed";
    }
    return "unknown";
}

const char *actionName(WriteItem::Action action)
{
    switch (action) {
    case WriteItem::Action::CreateBatch: return "create_batch";
    case WriteItem::Action::AddTechnician: return "add_technician";
    case WriteItem::Action::RemoveTechnician: return "remove_technician";
    case WriteItem::Action::DeleteBatch: return "delete_batch";
    }
    return "unknown";
}

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

PlanningCommand::PlanningCommand(NiagaraClient *client, RequestQueue *requests, bool json, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_json(json)
    , m_service(std::make_unique<PlanningService>(client))
{
    m_service->setRequestQueue(requests);
}

PlanningCommand::~PlanningCommand() = default;

void PlanningCommand::fail(const ApiError &error)
{
    failWith(error.message(), ExitApiError);
}

void PlanningCommand::failWith(const QString &message, int exitCode)
{
    write(stderr, terminalLines(message).toUtf8() + '\n');
    Q_EMIT finished(exitCode);
}

void PlanningCommand::resolveTechnicians(const QStringList &ids, std::function<void(QList<User>)> next)
{
    if (ids.isEmpty()) {
        next({});
        return;
    }
    PageFetch<User> fetch = [this](const PageRequest &page, QObject *ctx, auto cb) {
        return m_client->listUsers(page, ctx, std::move(cb));
    };
    collectAllPages<User>(Operation::ListUsers, fetch, this, [this, ids, next](Outcome<QList<User>> users) {
        if (!users.ok())
            return fail(users.error);
        QList<User> chosen;
        for (const QString &id : ids) {
            const auto it = std::find_if(users.value->cbegin(), users.value->cend(), [&id](const User &u) { return u.id == id; });
            if (it == users.value->cend())
                return failWith(tr("No user with id “%1” on the server.").arg(id), ExitUsage);
            if (!chosen.contains(*it))
                chosen.append(*it);
        }
        next(chosen);
    });
}

void PlanningCommand::split(const SplitArgs &args)
{
    // Labels and needed cycles of the work order, the queue's label: the API has no GET for a
    // single work order or queue in the batches contract, so both lists are read in full.
    PageFetch<WorkOrder> workOrders = [this](const PageRequest &page, QObject *ctx, auto cb) {
        return m_client->listWorkOrders(page, ctx, std::move(cb));
    };
    collectAllPages<WorkOrder>(Operation::ListWorkOrders, workOrders, this, [this, args](Outcome<QList<WorkOrder>> wos) {
        if (!wos.ok())
            return fail(wos.error);
        const auto wo = std::find_if(wos.value->cbegin(), wos.value->cend(),
                                     [&args](const WorkOrder &w) { return w.id == args.workOrderId; });
        if (wo == wos.value->cend())
            return failWith(tr("No work order with id “%1” on the server.").arg(args.workOrderId), ExitApiError);
        const WorkOrder workOrder = *wo;
        PageFetch<Queue> queues = [this](const PageRequest &page, QObject *ctx, auto cb) {
            return m_client->listQueues(page, ctx, std::move(cb));
        };
        collectAllPages<Queue>(Operation::ListQueues, queues, this, [this, args, workOrder](Outcome<QList<Queue>> qs) {
            if (!qs.ok())
                return fail(qs.error);
            const auto q = std::find_if(qs.value->cbegin(), qs.value->cend(),
                                        [&args](const Queue &queue) { return queue.id == args.queueId; });
            if (q == qs.value->cend())
                return failWith(tr("No queue with id “%1” on the server.").arg(args.queueId), ExitApiError);
            const Queue queue = *q;
            resolveTechnicians(args.technicianIds, [this, args, workOrder, queue](const QList<User> &technicians) {
                planSplit(args, workOrder, queue, technicians);
            });
        });
    });
}

void PlanningCommand::planSplit(const SplitArgs &args, const WorkOrder &workOrder, const Queue &queue,
                                const QList<User> &technicians)
{
    m_service->census(this, [this, args, workOrder, queue, technicians](Outcome<Census> census) {
        if (!census.ok())
            return fail(census.error);
        SplitInput in;
        in.workOrderId = workOrder.id;
        in.workOrderLabel = workOrder.label;
        in.queueId = queue.id;
        in.queueLabel = queue.label;
        in.cyclesNeeded = workOrder.cyclesNeeded();
        in.cyclesBatched = census.value->workOrders.value(workOrder.id).batchedCycles;
        in.cyclesToSplit = args.cyclesToSplit;
        in.allowOverSplit = args.allowOverSplit;
        in.sizing = args.sizing;
        in.sizingValue = args.sizingValue;
        in.remainder = args.remainder;
        if (!args.labelPattern.isEmpty())
            in.labelPattern = args.labelPattern;
        in.firstOrder = census.value->queues.value(queue.id).highestOrder + 1;
        for (const User &u : technicians)
            in.technicianIds.append(u.id);
        in.technicianMode = technicians.isEmpty() ? TechnicianMode::None : args.technicianMode;
        const SplitPlan plan = SplitPlan::compute(in);
        if (!plan.isValid())
            return failWith(plan.problemMessages().join(QLatin1Char('\n')), ExitUsage);
        for (const QString &note : plan.noteMessages())
            write(stderr, terminalLines(note).toUtf8() + '\n');
        WriteRun *run = m_service->createSplitRun(plan, args.creation, technicians);
        if (args.dryRun) {
            printPlan(plan, run->plannedRequests());
            Q_EMIT finished(ExitOk);
            return;
        }
        runAndReport(run);
    });
}

void PlanningCommand::assign(const AssignArgs &args)
{
    resolveTechnicians(args.technicianIds, [this, args](const QList<User> &technicians) {
        auto state = std::make_shared<AssignState>();
        state->args = args;
        state->technicians = technicians;
        readAssignTarget(state);
    });
}

void PlanningCommand::readAssignTarget(const std::shared_ptr<AssignState> &state)
{
    // Each batch's label and queue, one after the other, then its current technicians.
    if (state->targets.size() == state->args.batchIds.size()) {
        m_service->loadAssignmentTargets(state->targets, this, [this, state](Outcome<QList<AssignmentTarget>> loaded) {
            if (!loaded.ok())
                return fail(loaded.error);
            runAndReport(m_service->createAssignmentRun(*loaded.value, state->technicians, state->args.mode));
        });
        return;
    }
    m_client->getBatch(state->args.batchIds.at(state->targets.size()), this, [this, state](Outcome<Batch> batch) {
        if (!batch.ok())
            return fail(batch.error);
        state->targets.append({batch.value->id, batch.value->label, batch.value->queue.id, batch.value->queue.label, {}});
        readAssignTarget(state);
    });
}

void PlanningCommand::printPlan(const SplitPlan &plan, const QList<PlannedRequest> &requests)
{
    if (m_json) {
        nlohmann::ordered_json j;
        j["work_order_id"] = str(plan.input().workOrderId);
        j["queue_id"] = str(plan.input().queueId);
        j["cycles_remaining"] = plan.cyclesRemaining();
        j["cycles_planned"] = plan.cyclesPlanned();
        nlohmann::ordered_json batches = nlohmann::ordered_json::array();
        for (const PlannedBatch &b : plan.batches()) {
            nlohmann::ordered_json tech = nlohmann::ordered_json::array();
            for (const QString &id : b.technicianIds)
                tech.push_back(str(id));
            batches.push_back({{"number", b.number}, {"label", str(b.label)}, {"number_cycles", b.numberCycles},
                               {"order", b.order}, {"technicians", tech}});
        }
        j["batches"] = batches;
        nlohmann::ordered_json reqs = nlohmann::ordered_json::array();
        for (const PlannedRequest &r : requests)
            reqs.push_back({{"method", str(r.method)}, {"path", str(r.path)}, {"summary", str(r.summary)}});
        j["requests"] = reqs;
        write(stdout, QByteArray::fromStdString(j.dump(2)) + '\n');
        return;
    }
    QByteArray text = tr("%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:", nullptr,
                         static_cast<int>(plan.batches().size()))
                          .arg(plan.cyclesRemaining())
                          .arg(plan.input().cyclesNeeded)
                          .arg(plan.cyclesPlanned())
                          .toUtf8()
                      + '\n';
    for (const PlannedBatch &b : plan.batches())
        // One multi-argument arg(): a "%3" inside a label is not read as a placeholder.
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(QString::number(b.number), terminalText(b.label), QString::number(b.numberCycles),
                         QString::number(b.order))
                    .toUtf8();
    text += tr("Requests:").toUtf8() + '\n';
    for (const PlannedRequest &r : requests)
        text += QStringLiteral("%1 %2\t%3\n").arg(terminalText(r.method), terminalText(r.path), terminalText(r.summary)).toUtf8();
    write(stdout, text);
}

void PlanningCommand::runAndReport(WriteRun *run)
{
    connect(run, &WriteRun::finished, this, [this, run] {
        const int succeeded = run->count(ItemState::Succeeded);
        const int failed = run->count(ItemState::Failed);
        const int notAttempted = run->count(ItemState::NotAttempted);
        if (m_json) {
            nlohmann::ordered_json items = nlohmann::ordered_json::array();
            for (const WriteItem &item : run->items()) {
                nlohmann::ordered_json j;
                j["action"] = actionName(item.action);
                j["state"] = stateName(item.state);
                j["batch_id"] = str(item.batchId);
                j["batch_label"] = str(item.batchLabel);
                if (item.action == WriteItem::Action::CreateBatch)
                    j["number_cycles"] = item.numberCycles;
                if (!item.userId.isEmpty())
                    j["user_id"] = str(item.userId);
                if (!item.relationId.isEmpty())
                    j["relation_id"] = str(item.relationId);
                j["message"] = str(item.message);
                items.push_back(j);
            }
            nlohmann::ordered_json out;
            out["items"] = items;
            out["succeeded"] = succeeded;
            out["failed"] = failed;
            out["not_attempted"] = notAttempted;
            out["error"] = run->abortReason().isEmpty() ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(str(run->abortReason()));
            write(stdout, QByteArray::fromStdString(out.dump(2)) + '\n');
        } else {
            QByteArray text;
            for (const WriteItem &item : run->items()) {
                text += QStringLiteral("%1\t%2\t%3\t%4\n")
                            .arg(QString::fromLatin1(stateName(item.state)), terminalText(item.description()),
                                 terminalText(item.batchId), terminalText(item.message))
                            .toUtf8();
            }
            text += tr("%1 succeeded, %2 failed, %3 not attempted.").arg(succeeded).arg(failed).arg(notAttempted).toUtf8()
                    + '\n';
            write(stdout, text);
        }
        if (!run->abortReason().isEmpty())
            write(stderr, terminalLines(run->abortReason()).toUtf8() + '\n');
        // Partial failure is its own exit code, so scripts can run "Retry" logic of their own.
        int code = ExitOk;
        if (failed + notAttempted > 0 || !run->abortReason().isEmpty())
            code = succeeded > 0 ? ExitPartial : ExitApiError;
        Q_EMIT finished(code);
    });
    run->start();
}

} // namespace BatchDesk::Cli
