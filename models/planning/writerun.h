#pragma once

// WriteRun carries out one bulk write — a split, an assignment, or the undo of either — as a
// set of WriteItems, through the service's request queue (bounded with everything else that
// is sent), with per-item progress, cancellation, reconcile-
// before-retry and an undo window. Runs are made by PlanningService; wizards and the CLI only
// start them, watch their signals and read items().

#include "client/apierror.h"
#include "client/domain.h"
#include "models/planning/splitplan.h"
#include "models/planning/writeitem.h"
#include "models/requestqueue.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Niagara {
class NiagaraClient;
class BatchPageWalker;
}

namespace BatchDesk {

class PlanningService;

enum class CreationMode : quint8 {
    Bulk,       // one PATCH /batches per batch size (server names and orders those batches)
    Individual, // one POST /batches per batch, with the planned label and queue order
};

class WriteRun final : public QObject
{
    Q_OBJECT

public:
    // Delete: batches chosen on the board (not undoable; the same rules as undo's deletes).
    enum class Kind : quint8 { Split, Assignment, Undo, Delete };
    enum class Phase : quint8 {
        Ready,       // built, not started
        Checking,    // split: reading the work order's batches before writing
        Writing,     // requests in flight
        Linking,     // split: learning the ids of batches a PATCH created
        Reconciling, // retry: reading what the server holds before sending anything again
        Finished,    // every item succeeded, failed or was not attempted
    };
    Q_ENUM(Phase)

    ~WriteRun() override;

    Kind kind() const { return m_kind; }
    Phase phase() const { return m_phase; }
    const QList<WriteItem> &items() const { return m_items; }
    int count(ItemState state) const;
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool wasCancelled() const { return m_cancelled; }
    // A problem that stopped the run before any item was sent (e.g. the work order changed).
    QString abortReason() const { return m_abortReason; }

    // The requests a start (or a retry) would make now, for the review page.
    QList<PlannedRequest> plannedRequests() const;
    const SplitPlan &splitPlan() const { return m_plan; }
    CreationMode creationMode() const { return m_mode; }

    void start();
    // Sends nothing new; requests in flight are abandoned and their items marked failed
    // ("may have been carried out"), which the next retry reconciles.
    void cancel();
    bool canRetry() const;
    // Re-reads the server's state for failed items first, so nothing is created twice, then
    // sends what is still missing.
    void retryFailed();

    QDateTime finishedAt() const { return m_finishedAt; }

Q_SIGNALS:
    void phaseChanged(BatchDesk::WriteRun::Phase phase);
    void itemChanged(int index);
    void progress(int done, int total);
    void finished();

private:
    friend class PlanningService;
    WriteRun(Kind kind, PlanningService *service, Niagara::NiagaraClient *client);

    struct Task
    {
        QList<int> items;
        std::function<void(std::function<void()>)> send; // calls its argument when answered
    };

    void setPhase(Phase phase);
    void setState(int index, ItemState state, const QString &message = {});
    void finish();
    void emitProgress();

    // Each task is a foreground job of the request queue; the run counts its own to know
    // when they are all answered (whenIdle).
    void enqueue(Task task);
    void submit(RequestQueue::Job job);
    void checkIdle();
    void whenIdle(std::function<void()> next);
    void stopWalk();

    // Split. A creation is one request: a PATCH for a group of same-size batches (carrying the
    // technicians when every batch gets all of them) or a POST for one batch.
    struct Creation
    {
        bool bulk = false;
        qint64 numberCycles = 0;
        QList<int> batches;            // CreateBatch item indexes
        QList<int> carriedTechnicians; // AddTechnician items the PATCH's `users` create
    };
    QList<Creation> pendingCreations() const;
    void checkWorkOrder();
    void sendCreations();
    void linkCreatedBatches(std::function<void()> next);
    void sendRelationChanges();
    void reconcileSplit();
    // Assignment and undo
    void sendItems();
    Task addTechnicianTask(int index);
    Task deleteTask(int index); // a relation or a batch; 404 counts as done
    void reconcileRelations(std::function<void()> next);

    // Walks every page of /batches and calls `done` with this work order's batches.
    void listWorkOrderBatches(std::function<void(bool ok, QList<Niagara::Batch>)> done);
    void failItems(const QList<int> &items, const Niagara::ApiError &error);
    QString itemError(int index, const Niagara::ApiError &error) const;
    // Attributes new batches of the work order to created-but-unknown items by size.
    void attributeNewBatches(const QList<Niagara::Batch> &batches, bool markFound);
    void shareBatchWithTechnicians(int batchIndex);

    Kind m_kind;
    QPointer<PlanningService> m_service;
    QPointer<Niagara::NiagaraClient> m_client;
    Phase m_phase = Phase::Ready;
    QList<WriteItem> m_items;
    SplitPlan m_plan;
    CreationMode m_mode = CreationMode::Bulk;
    QSet<QString> m_knownBatchIds; // split: the work order's batches that are not ours
    QSet<QString> m_ourBatchIds;   // split: batches attributed to our items
    QSet<int> m_carriedByPatch;    // technician items a successful PATCH created with its batches
    QPointer<RequestQueue> m_queue; // the service's, when the run was made
    int m_outstanding = 0;          // tasks queued or under way
    int m_queuedTasks = 0;          // tasks waiting for a slot
    int m_inFlight = 0;             // tasks under way
    QSet<quint64> m_requests;      // in flight, for cancel()
    std::function<void()> m_onIdle;
    std::unique_ptr<Niagara::BatchPageWalker> m_walker;
    RequestQueue::JobId m_walkJob = 0; // the walk, while it waits for a slot
    RequestQueue::Done m_walkSlot;     // the walk's slot while it runs
    bool m_cancelled = false;
    bool m_wrote = false; // a write was sent (retry must reconcile, not start over)
    QString m_abortReason;
    QDateTime m_finishedAt;
    bool m_undone = false;
    // Activity (PlanningService::recordFinished): this run's record once it finished, and for
    // an undo the record it reverts and that record's summary.
    QString m_activityId;
    QString m_undoOf;
    QString m_undoOfSummary;
};

} // namespace BatchDesk
