#pragma once

// Keeps the planning desk's figures current (issue 16). After each load of the board's store it
//  1. reads what the batches do not carry, through the planning service's client and request
//     queue: every work order (those not split yet too), the users, the queues and who can work
//     each (`GET /queues/{id}/relations`, relation "technician"), and the server's
//     `cycle_success` metrics for the pace window (once per window and server; not when the
//     user's grants lack `report:read`, nor again after the server refused or lacks them);
//  2. copies what planning needs of the store's batches a slice per event-loop turn (the GUI
//     thread is never held for the whole store; a change of the store meanwhile restarts it);
//  3. on a worker thread, records the observation in the completion history, reads the pace
//     window from it, fills the days before it with the server's metrics and computes the
//     figures (PlanningFigures::compute), which come back to the GUI thread.
// A result older than the latest request is dropped. The CLI's `planning report` drives the
// same object once.

#include "models/planning/completionhistory.h"
#include "models/planning/planningfigures.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace BatchDesk {

class BatchStore;
class PlanningService;

class PlanningMonitor final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultSliceSize = 20000; // at most, per turn; the time budget usually ends it first
    static constexpr qint64 kDefaultSliceBudgetNs = 2'000'000;
    // The overload threshold's setting (days of work at a technician's pace), read by the desk
    // and by `batchdesk-cli planning report` from the desktop app's settings.
    static constexpr char kOverloadThresholdKey[] = "planning/overloadThresholdDays";
    static constexpr double kDefaultOverloadThresholdDays = 5.0;

    PlanningMonitor(BatchStore *store, PlanningService *service, QObject *parent = nullptr);
    ~PlanningMonitor() override;

    // Where the completion history lives; empty: none kept (pace from the server's metrics
    // only). Set it on a server switch (CompletionHistory::defaultPath).
    void setHistoryPath(const QString &path);
    QString historyPath() const { return m_historyPath; }
    void setOverloadThreshold(double days);
    double overloadThreshold() const { return m_threshold; }
    void setPaceWindowDays(int days) { m_windowDays = std::max(1, days); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setSliceSize(qsizetype batches) { m_sliceSize = std::max<qsizetype>(1, batches); }
    // GUI-thread time one slice of the snapshot may take (bench/bench_planning: ≤ 5 ms a turn).
    void setSliceBudget(std::chrono::nanoseconds budget) { m_sliceBudgetNs = budget.count(); }
    // Recompute on the store's own loads (the desktop app); off for the CLI, which calls refresh().
    void setFollowStore(bool follow);

    // How much of the context (work orders, users, queues and who works them) a refresh reads.
    enum class ContextReuse : quint8 {
        Reread,   // all of it: the user asked (the desk's Refresh, the CLI)
        WhenFresh // the context read in the last kContextMaxAge is kept: the store's own loads
    };
    // Work orders, users and queues change far less often than batches: the store's loads
    // (every few minutes, and after each write) reuse them for this long.
    static constexpr std::chrono::minutes kContextMaxAge{10};

    // Reads the context (all of it, or only what is stale), then computes.
    void refresh(ContextReuse reuse = ContextReuse::Reread);
    // Computes again from the context already read (a changed threshold, the technicians).
    void recompute();
    // A server switch: forget the context, the metrics and the figures.
    void reset();

    // Figures computed elsewhere (tests; a report read back): shown as if computed here.
    void setFigures(const PlanningFigures &figures);
    bool hasFigures() const { return m_hasFigures; }
    const PlanningFigures &figures() const { return m_figures; }
    bool isBusy() const { return m_busy; }
    // Why the server's metrics were not used (translated), or empty.
    QString metricsNote() const { return m_metricsNote; }
    // "Pace from 7 days: 5 from the server's metrics, 2 from this app's history" (translated).
    QString paceSummary() const;
    static QString paceSummary(const PlanningFigures &figures);
    // The last failure to read the context or write the history (translated); empty when none.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void figuresChanged();
    void busyChanged(bool busy);
    // Something could not be read or recorded; the figures use what could.
    void problem(const QString &message);

private:
    struct Context
    {
        QHash<QString, PlanWorkOrder> workOrders;
        QHash<QString, PlanQueue> queues;
        QHash<QString, QString> userNames;
        QHash<QString, QStringList> userRoles;
    };
    void setBusy(bool busy);
    void readContext(quint64 generation, ContextReuse reuse);
    void readQueueTechnicians(quint64 generation, QStringList queueIds);
    void readRoles(quint64 generation);
    void readMetrics(quint64 generation);
    void contextPartDone(quint64 generation);
    void startSnapshot(quint64 generation);
    void snapshotSlice(quint64 generation);
    void startWorker(quint64 generation);
    void storeChanged();
    void note(const QString &message);
    QDateTime now() const;

    QPointer<BatchStore> m_store;
    QPointer<PlanningService> m_service;
    QString m_historyPath;
    double m_threshold = 5.0;
    int m_windowDays = 7;
    qsizetype m_sliceSize = kDefaultSliceSize;
    qint64 m_sliceBudgetNs = kDefaultSliceBudgetNs;
    std::function<QDateTime()> m_clock;
    bool m_follow = false;

    quint64 m_generation = 0;
    int m_contextPending = 0;
    Context m_context;
    Context m_incoming;
    QDateTime m_contextRead; // when m_context was read (the monitor's clock); invalid: never
    bool m_incomingCatalogs = false; // the read under way reads the catalogs, not only metrics

    // The server's metrics for the window [first, last]; kept while the window is the same.
    struct Metrics
    {
        QDate first;
        QDate last;
        QList<Niagara::MetricRow> rows;
    };
    std::optional<Metrics> m_metrics;
    bool m_metricsUnavailable = false; // refused or not served: not asked again on this server
    QString m_metricsNote;

    // The snapshot under construction.
    std::shared_ptr<PlanInput> m_input;
    std::vector<BatchObservation> m_observations;
    qsizetype m_nextSlot = 0;
    bool m_snapshotDirty = false;
    QTimer m_sliceTimer;

    PlanningFigures m_figures;
    bool m_hasFigures = false;
    bool m_busy = false;
    QString m_lastError;
    QThreadPool m_pool; // one worker: history writes in order
};

} // namespace BatchDesk
