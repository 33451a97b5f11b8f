#pragma once

// `batchdesk-cli workorders split` and `batchdesk-cli batches assign`: the same PlanningService,
// SplitPlan and WriteRun the wizards use, with per-item results as text or JSON.

#include "client/niagaraclient.h"
#include "models/planning/planningservice.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace BatchDesk::Cli {

struct SplitArgs
{
    QString workOrderId;
    QString queueId;
    SizingMode sizing = SizingMode::BatchSize;
    qint64 sizingValue = 0;
    RemainderPolicy remainder = RemainderPolicy::LastSmaller;
    QString labelPattern; // empty: SplitInput's default
    QStringList technicianIds;
    TechnicianMode technicianMode = TechnicianMode::AllBatches;
    CreationMode creation = CreationMode::Bulk;
    std::optional<qint64> cyclesToSplit;
    bool allowOverSplit = false;
    bool dryRun = false;
};

struct AssignArgs
{
    QStringList batchIds;
    QStringList technicianIds;
    AssignMode mode = AssignMode::Add;
};

class PlanningCommand final : public QObject
{
    Q_OBJECT

public:
    // `requests`: the command's one request queue (the bound on requests in flight).
    PlanningCommand(Niagara::NiagaraClient *client, RequestQueue *requests, bool json, QObject *parent = nullptr);
    ~PlanningCommand() override;

    void split(const SplitArgs &args);
    void assign(const AssignArgs &args);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const Niagara::ApiError &error);
    void failWith(const QString &message, int exitCode);
    // Resolves technician ids to users (every page of /users); unknown ids end the command.
    void resolveTechnicians(const QStringList &ids, std::function<void(QList<Niagara::User>)> next);
    void planSplit(const SplitArgs &args, const Niagara::WorkOrder &workOrder, const Niagara::Queue &queue,
                   const QList<Niagara::User> &technicians);
    struct AssignState
    {
        AssignArgs args;
        QList<Niagara::User> technicians;
        QList<AssignmentTarget> targets;
    };
    void readAssignTarget(const std::shared_ptr<AssignState> &state);
    void runAndReport(WriteRun *run);
    void printPlan(const SplitPlan &plan, const QList<PlannedRequest> &requests);

    Niagara::NiagaraClient *m_client;
    bool m_json;
    std::unique_ptr<PlanningService> m_service;
};

} // namespace BatchDesk::Cli
