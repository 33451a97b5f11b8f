#pragma once

// The planning service: what the split and assign wizards and the CLI's `workorders split` /
// `batches assign` call. It reads what planning needs (which work orders are already batched,
// which technicians a batch has), builds WriteRuns, and keeps the undo window and the record
// of permission refusals. No widgets; every request goes through NiagaraClient, which it never
// hands out: widgets get what they need from its methods, its runs and its models
// (CatalogPager, BatchRelationsModel).

#include "client/apierror.h"
#include "client/domain.h"
#include "client/requests.h"
#include "models/planning/activitylog.h"
#include "models/planning/splitplan.h"
#include "models/requestqueue.h"
#include "models/session/permissions.h"
#include "models/planning/writerun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace Niagara {
class NiagaraClient;
}

namespace BatchDesk {

// What the batches on the server say about each work order and queue.
struct WorkOrderUsage
{
    qint64 batchedCycles = 0; // sum of number_cycles over its batches
    int batches = 0;
};
struct QueueLoad
{
    int batches = 0;
    int activeBatches = 0;    // with cycles pending, in progress, verifying or blocked
    qint64 activeCycles = 0;
    qint64 highestOrder = 0;  // numeric orders only; 0 when none
};
struct Census
{
    QHash<QString, WorkOrderUsage> workOrders;
    QHash<QString, QueueLoad> queues;
};

// A batch an assignment works on, with its current technician relations.
struct AssignmentTarget
{
    QString batchId;
    QString batchLabel;
    QString queueId;
    QString queueLabel;
    QList<Niagara::Relation> technicians; // relation "technician", entity USER
};

enum class AssignMode : quint8 {
    Add,     // keep current technicians, add the chosen ones
    Replace, // the chosen technicians become the batch's only ones
};

// A batch to delete (the board's selection).
struct DeletionTarget
{
    QString batchId;
    QString batchLabel;
    QString queueId;
    QString queueLabel;
    QString workOrderId;
};

class PlanningService final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kTechnicianRelation = "technician";
    static constexpr const char *kUserEntity = "USER";
    static constexpr int kDefaultMaxInFlight = RequestQueue::kDefaultMaxInFlight;
    static constexpr int kMaxPerPatch = 500; // batches per PATCH /batches

    explicit PlanningService(Niagara::NiagaraClient *client, QObject *parent = nullptr);
    ~PlanningService() override;

    // Every request of the service and its runs goes through this queue; the composition root
    // hands the board's store the same one, so that together they keep at most
    // maxInFlight() requests under way. Without one the service uses its own. Set it before
    // the first run is created (a run keeps the queue it was made with).
    void setRequestQueue(RequestQueue *queue) { m_requests = queue; }
    RequestQueue *requestQueue() const { return m_requests ? m_requests.data() : m_ownRequests; }
    // The queue's bound (shared: setting it limits the store too).
    void setMaxInFlight(int n) { requestQueue()->setMaxInFlight(n); }
    int maxInFlight() const { return requestQueue()->maxInFlight(); }
    void setUndoWindow(std::chrono::seconds window) { m_undoWindow = window; }
    std::chrono::seconds undoWindow() const { return m_undoWindow; }
    // For tests: what "now" is when checking the undo window.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    // Who is signed in: refusals are remembered per user.
    void setCurrentUserId(const QString &userId);
    QString currentUserId() const;

    // --- reading
    // Walks every page of /batches once (one job of the request queue, owned by `context`).
    void census(QObject *context, std::function<void(Niagara::Outcome<Census>)> done);
    // Current technician relations of each batch (every page): one foreground job per batch in
    // the request queue, owned by `context`; the first failure ends the load.
    void loadAssignmentTargets(const QList<AssignmentTarget> &batches, QObject *context,
                               std::function<void(Niagara::Outcome<QList<AssignmentTarget>>)> done);

    // --- writing (runs are parented to the service; call start())
    // `technicians` supplies the names of the plan's technician ids for the item texts.
    WriteRun *createSplitRun(const SplitPlan &plan, CreationMode mode, const QList<Niagara::User> &technicians = {});
    // Deletes batches: one run, one item per batch, the same write path and rules as undo (404:
    // already gone, counted as done; 423: explained; 403: remembered as a refusal). When it
    // finishes, batchesDeleted() names the batches that are gone — no reload of every page.
    WriteRun *createDeleteRun(const QList<DeletionTarget> &batches);
    WriteRun *createAssignmentRun(const QList<AssignmentTarget> &targets, const QList<Niagara::User> &technicians,
                                  AssignMode mode);
    // The items an assignment would carry out (for the preview); pure.
    static QList<WriteItem> assignmentItems(const QList<AssignmentTarget> &targets,
                                            const QList<Niagara::User> &technicians, AssignMode mode);

    // --- undo: for undoWindow() after a split or assignment finished with something done
    bool canUndo(const WriteRun *run) const;
    QDateTime undoDeadline(const WriteRun *run) const;
    // A run (not started) that reverts what `run` did; nullptr when canUndo() is false.
    // Built from the run's activity record, the same way as an undo from the Activity list.
    WriteRun *createUndoRun(WriteRun *run);

    // --- activity: every run the service's runs finish is recorded in `log` (when set, and
    // while it has a server profile), so that Undo outlives the wizard and a restart.
    void setActivityLog(ActivityLog *log) { m_activityLog = log; }
    ActivityLog *activityLog() const { return m_activityLog; }
    // The record as it stands now (the log's copy when it has one: it may have been undone).
    bool canUndo(const ActivityRecord &record) const;
    // A run (not started) that reverts what the record says: deletes the batches it created
    // (404: already gone; 423: explained), removes the relations it added and adds back the
    // ones it removed. nullptr when canUndo(record) is false. Works without the run that made
    // the record (a closed wizard, a restart); when that run is still alive, it is marked
    // undone too (one undo per record, whichever way it is asked for).
    WriteRun *createUndoRun(const ActivityRecord &record);
    // What the log records for a finished run (its id once recorded).
    ActivityRecord activityRecordOf(const WriteRun *run) const;

    // --- permissions: the refusals its runs meet go to `permissions()`: the service's own, or
    // the session's (setPermissions), so that may()/reasonIfNot() answer from one place.
    void setPermissions(Permissions *permissions);
    Permissions *permissions() const { return m_permissions ? m_permissions.data() : m_ownPermissions; }
    std::optional<QString> refusal(PlanningAction action, const QString &queueId) const;
    void recordRefusal(PlanningAction action, const QString &queueId, const QString &reason);

Q_SIGNALS:
    void refusalsChanged();
    // A split, assignment or undo changed what the server holds (so the board can refresh).
    // Not emitted by delete runs: see batchesDeleted.
    void serverChanged();
    // These batches are gone from the server (deleted now, or found already gone: 404), by a
    // delete or an undo run. The board's store drops them without reloading.
    void batchesDeleted(const QStringList &batchIds);
    // A run added or removed technicians of these batches (or tried to: a failed POST may
    // still have been done). The board's store reads their technicians again soon.
    void techniciansChanged(const QStringList &batchIds);

private:
    friend class WriteRun;
    // Called by every run when it finishes (again after a retry: the record is updated).
    void recordFinished(WriteRun *run);
    WriteRun *undoRunFor(const ActivityRecord &record);

    // Models that read through the service's client (which it never hands out).
    friend class CatalogPager;
    friend class BatchRelationsModel;
    friend class BatchCyclesFeed;
    friend class PlanningMonitor;

    Niagara::NiagaraClient *m_client;
    RequestQueue *m_ownRequests;       // used until setRequestQueue
    QPointer<RequestQueue> m_requests; // the shared one
    std::chrono::seconds m_undoWindow{600};
    std::function<QDateTime()> m_clock;
    QPointer<Permissions> m_permissions; // the own one, or the session's
    Permissions *m_ownPermissions;
    QPointer<ActivityLog> m_activityLog;
    QHash<QString, QPointer<WriteRun>> m_recordedRuns; // by record id, while the run lives
};

} // namespace BatchDesk
