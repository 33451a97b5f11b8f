#pragma once

#include "client/apierror.h"
#include "client/domain.h"
#include "models/requestqueue.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Niagara {
class NiagaraClient;
class BatchPageWalker;
} // namespace Niagara

namespace BatchDesk {

// A batch's current status, held once per distinct status: 100,000 batches show a handful of
// statuses, and a std::optional<Status> in every record was 80 bytes of it (bench_scale's peak
// memory). Reads like the optional it replaced; equal when the statuses are.
class SharedStatus final
{
public:
    SharedStatus() = default;
    SharedStatus(const Niagara::Status &status) // NOLINT(google-explicit-constructor): r.status = Status{...}
        : m_status(std::make_shared<const Niagara::Status>(status))
    {
    }
    explicit SharedStatus(std::shared_ptr<const Niagara::Status> status) : m_status(std::move(status)) {}
    static SharedStatus from(const std::optional<Niagara::Status> &status)
    {
        return status ? SharedStatus(*status) : SharedStatus();
    }

    bool has_value() const { return m_status != nullptr; }
    explicit operator bool() const { return has_value(); }
    const Niagara::Status &operator*() const { return *m_status; }
    const Niagara::Status *operator->() const { return m_status.get(); }
    std::optional<Niagara::Status> toOptional() const
    {
        return m_status ? std::optional<Niagara::Status>(*m_status) : std::nullopt;
    }

    friend bool operator==(const SharedStatus &a, const SharedStatus &b)
    {
        return a.m_status == b.m_status || (a.m_status && b.m_status && *a.m_status == *b.m_status);
    }

private:
    std::shared_ptr<const Niagara::Status> m_status;
};

// A batch as the store keeps it: its own fields, and ids of the queue and work order it
// belongs to (those are interned once in the store, not copied per batch).
struct BatchRecord
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    Niagara::SortKey order;
    SharedStatus status;
    qint64 numberCycles = 0;
    Niagara::CycleCounts cycles;
    QString queueId;
    QString workOrderId;
    // assigned_users when the server embeds them (later revision); otherwise the batch's
    // "technician" relations, fetched in the background after a load.
    QList<Niagara::User> technicians;
};

// What changed in a batch (or in what it shows of its work order) between two loads.
enum class BatchField : quint16 {
    Label = 0x01,
    Status = 0x02,
    Cycles = 0x04,
    NumberCycles = 0x08,
    Order = 0x10,
    Technicians = 0x20,
    WorkOrderData = 0x40, // due date or other work-order fields shown on the batch row
    Placement = 0x80,     // moved to another queue or work order
    Updated = 0x100,
};
Q_DECLARE_FLAGS(BatchFields, BatchField)

struct BatchChange
{
    QString id;
    BatchFields fields;
};

// The board's data: every batch the server lists, deduplicated by id, with one shared copy of
// each queue, work order, project, program, customer and location the batches embed.
//
// Loads are generations: beginLoad(), any number of ingest() calls (pages, in any order,
// possibly overlapping), endLoad(). Batches not seen by endLoad() are removed; a failed load
// (abortLoad) removes nothing. The store reports only differences: added, changed (with the
// fields that changed) and removed ids. reload() drives a whole load through the client.
class BatchStore final : public QObject
{
    Q_OBJECT

public:
    explicit BatchStore(QObject *parent = nullptr);
    ~BatchStore() override;

    // --- ingest (pure: no network; what the models and tests drive directly)
    void beginLoad();
    void ingest(const Niagara::Page<Niagara::Batch> &page);
    // Applies items [from, from + count) of a page; the first slice (from == 0) also takes the
    // page's totals and skipped items. reload() feeds pages this way, kSliceSize at a time,
    // one slice per event-loop turn.
    void ingestSlice(const Niagara::Page<Niagara::Batch> &page, qsizetype from, qsizetype count);
    static constexpr qsizetype kSliceSize = 32;
    // Decoded pages waiting to be applied before the walk is held (BatchPageWalker::setHeld).
    static constexpr int kMaxPendingPages = 2;
    // Every kPagesPerRelease pages applied, a thread of the pool frees the pages and gives the
    // memory malloc holds free back to the system. A load frees a page's worth of decoded
    // batches, raw bytes and model bookkeeping for every page it applies, in between the strings
    // and nodes it keeps, and glibc keeps those holes resident (bench_scale: 15 to 30 MB at
    // 100,000 batches). Public for the benchmarks that apply pages as reload() does.
    static constexpr int kPagesPerRelease = 8;
    static void releaseFreeMemory();
    // Items applied per event-loop turn while loading (kSliceSize by default). Larger slices
    // mean fewer model signals and longer turns; tests with many rows under a model tester
    // (which checks the whole tree on every signal) use whole pages.
    void setSliceSize(qsizetype items) { m_sliceSize = std::max<qsizetype>(1, items); }
    void endLoad();
    void abortLoad();
    // Drops batches known to be gone from the server (deleted by a run): batchesRemoved and
    // generationEnded as a load's removal sends them, no reload. Unknown ids are ignored.
    void forget(const QStringList &ids);

    // --- loading through the client
    void setClient(Niagara::NiagaraClient *client);
    // Every request goes through this queue (the one the planning service uses too): the page
    // walk as one foreground job (its pages one after another), each technician relation
    // fetch as a background job. Without one the store uses its own queue of 4. Set it before
    // the first reload.
    void setRequestQueue(RequestQueue *queue);
    RequestQueue *requestQueue() const { return m_requests ? m_requests.data() : m_ownRequests; }
    void setPageSize(int limit) { m_pageSize = limit; }
    // Technicians read from relations (seed revision) — a request budget. A batch never read,
    // or named by invalidateTechnicians(), is read soon after the load that lists it (these
    // are what pendingTechnicianFetches() counts; the batches in priorityBatches() and the
    // signed-in user's go first). A batch already read is read again only when that is older
    // than the refresh interval, the batch is still being worked (a batch whose cycles are all
    // complete or cancelled is read once, and again only if its `updated` moves), and the
    // budget allows: at most refreshBudget() such reads a minute (a token bucket, the user's
    // visible rows and batches first), so a 10,000-batch board costs the server a trickle,
    // not 10,000 requests every 5 minutes.
    void setTechnicianRefreshInterval(std::chrono::seconds interval) { m_technicianTtl = interval; }
    void setTechnicianRefreshBudget(int perMinute);
    int technicianRefreshBudget() const { return m_refreshPerMinute; }
    // Rows the user sees now (the views' visible batches); read before the others.
    void setPriorityBatches(const QStringList &ids);
    // The signed-in user: batches they are a technician of are refreshed first.
    void setCurrentUserId(const QString &userId);
    // A run added or removed technicians of these batches: read them again soon.
    void invalidateTechnicians(const QStringList &ids);
    // First reads and invalidated batches still to come or under way (at most this many while
    // the store is still working out which batches need one). Budgeted refreshes are not
    // counted: they trickle on for as long as the board is open.
    int pendingTechnicianFetches() const;
    struct TechnicianFetchCounts
    {
        qint64 firstReads = 0; // never read, or invalidated
        qint64 refreshes = 0;  // budgeted re-reads
    };
    TechnicianFetchCounts technicianFetchCounts() const { return m_fetchCounts; }
    // The technicians known from relations (seed revision) and when they were read, for the
    // local cache; restoreCached() puts them back.
    struct KnownTechnicians
    {
        QList<Niagara::User> users;
        qint64 readAtMs = 0;
        QDateTime batchUpdated; // the batch's `updated` when they were read
        bool finished = false;  // its cycles were all complete or cancelled then
    };
    std::optional<KnownTechnicians> knownTechnicians(const QString &batchId) const;
    // Whether this batch's technicians come from its relations (its server does not embed them).
    bool techniciansFromRelations(const QString &batchId) const;
    static bool isFinished(const BatchRecord &record);

    // --- starting from the local cache (models/cache/)
    // Shows the last-known board before any load: the pages go through the store as a
    // generation of their own, a slice per event-loop turn like a load's (the views get rows
    // inserted, never a reset), with the technicians read from relations put back first. The
    // live load that follows is a normal generation: it changes, adds and removes only what
    // differs. False (nothing done) once a load ran or while one runs: live data wins.
    bool restoreCached(std::vector<Niagara::Page<Niagara::Batch>> pages,
                       const QHash<QString, KnownTechnicians> &technicians, const QDateTime &asOf);
    // When the data shown was current, while the board shows the cache (invalid once a live
    // load has ended).
    QDateTime cachedAsOf() const { return m_cachedAsOf; }
    bool hasLiveData() const { return m_liveLoads > 0; }
    void reload();        // cancels a load already running (technician fetches go on)
    // Stops the load and every technician fetch not yet answered: nothing more is sent, and
    // answers still to come are dropped (a server switch).
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    // Received pages not yet applied. A failed load still applies what arrived before the failure,
    // one slice per event-loop turn; this says when that is done.
    bool hasPendingPages() const { return !m_pendingPages.empty(); }

    // --- reading
    qsizetype size() const { return static_cast<qsizetype>(m_index.size()); }
    const BatchRecord *batch(const QString &id) const;
    // Records in arrival order (the first time each id was seen).
    template <typename F>
    void forEach(F &&f) const
    {
        for (const BatchRecord &record : m_records) {
            if (!record.id.isNull())
                f(record);
        }
    }
    // The records in slots [from, to) (erased ones skipped): a reader that must not hold the
    // GUI thread for the whole store (the planning snapshot) walks it a slice per turn. Slots
    // stay put until the store next changes (any of the signals below).
    qsizetype slotCount() const { return static_cast<qsizetype>(m_records.size()); }
    // The slot a batch's record is in; -1 when the store does not hold it. A slot holds one
    // batch until slotEpoch() changes (records are moved to other slots when the store is
    // compacted): a view may index its own per-batch data by slot instead of by id.
    qsizetype slotOf(const QString &batchId) const
    {
        const auto it = m_index.constFind(batchId);
        return it == m_index.cend() ? -1 : static_cast<qsizetype>(*it);
    }
    quint64 slotEpoch() const { return m_slotEpoch; }
    template <typename F>
    void forEachInSlots(qsizetype from, qsizetype to, F &&f) const
    {
        to = std::min(to, slotCount());
        for (qsizetype i = std::max<qsizetype>(0, from); i < to; ++i) {
            const BatchRecord &record = m_records[static_cast<std::size_t>(i)];
            if (!record.id.isNull())
                f(record);
        }
    }
    const Niagara::Queue *queue(const QString &id) const;
    const Niagara::WorkOrder *workOrder(const QString &id) const;
    qint64 serverTotal() const { return m_serverTotal; }
    // Items of the current (or last) load that could not be decoded; their index counts items
    // from the start of that load, across pages.
    const QList<Niagara::DecodeIssue> &skipped() const { return m_skipped; }

    // Number of distinct entities of each kind held (for tests and diagnostics).
    struct InternCounts
    {
        qsizetype queues, workOrders, projects, programs, customers, locations, statuses;
    };
    InternCounts internCounts() const;

Q_SIGNALS:
    void batchesAdded(const QStringList &ids);
    void batchesChanged(const QList<BatchDesk::BatchChange> &changes);
    // Emitted while the records are still readable; they are gone right after.
    void batchesRemoved(const QStringList &ids);
    // A queue's or work order's own fields changed (label, priority, dates, totals).
    void queuesChanged(const QStringList &ids);
    void workOrdersChanged(const QStringList &ids);
    // endLoad() applied a whole generation (its removals included): listeners that hold back
    // notifications while pages arrive can send them now.
    void generationEnded();
    void loadStarted();
    void loadProgress(qint64 received, qint64 total);
    void loadFinished();
    void loadFailed(const Niagara::ApiError &error);
    // Every batch's technicians are known (after the relation fetches a load started).
    void techniciansLoaded();
    // restoreCached()'s rows are all in (asOf: when they were current).
    void cacheRestored(const QDateTime &asOf);

private:
    template <typename T>
    struct InternTable
    {
        QHash<QString, std::shared_ptr<T>> byId;
    };

    struct PageMemo
    {
        QSet<QString> queues;     // embedded queues already checked in this page
        QSet<QString> workOrders; // embedded work orders already checked in this page
    };
    void internFrom(const Niagara::Batch &batch, PageMemo &memo, QStringList *changedQueues,
                    QStringList *changedWorkOrders);
    template <typename T>
    bool intern(InternTable<T> &table, T &value, QStringList *changedIds);
    template <typename T>
    static bool isHeldUnchanged(const InternTable<T> &table, const T &value)
    {
        const auto it = table.byId.constFind(value.id);
        return it != table.byId.cend() && **it == value;
    }
    void canonicalise(Niagara::Location &location);
    void canonicalise(Niagara::Customer &customer);
    void canonicalise(Niagara::Status &status);

    void beginPage(const Niagara::Page<Niagara::Batch> &page);
    // Emits batchesRemoved, drops the records, compacts and drops unused entities.
    void removeRecords(const QStringList &removed);
    void schedulePump();
    void pump();
    void stopWalk();
    void stopTechnicianFetches();
    void fetchTechnicians();
    void scanForTechnicianFetches(quint64 epoch);
    void feedTechnicianFetches();
    void fetchNextTechnicians(RequestQueue::Done done);
    void finishTechniciansIfDone();
    void flushTechnicianChanges();

    struct TechnicianCacheEntry
    {
        QList<Niagara::User> users;
        qint64 fetchedAtMs = 0;
        QDateTime batchUpdated; // the batch's `updated` when they were read
        bool finished = false;  // its cycles were all complete or cancelled then
        bool invalidated = false;
    };
    enum class FetchKind : quint8 { None, FirstRead, Refresh };
    FetchKind fetchKindFor(const BatchRecord &record, qint64 nowMs) const;
    bool takeRefreshToken();
    void refillRefreshTokens();
    void scheduleBudgetWake();

    std::vector<BatchRecord> m_records; // erased records keep a null id until compacted
    // Per record: the last load generation that listed it, and whether its server leaves the
    // technicians to relations (seed revision). A bit here, not a set of 100,000 ids (3 MB).
    struct SlotState
    {
        quint64 generation : 63 = 0;
        quint64 techniciansFromRelations : 1 = 0;
    };
    std::vector<SlotState> m_slots;
    quint64 m_slotEpoch = 0;
    QHash<QString, std::size_t> m_index;
    quint64 m_generation = 0;

    InternTable<Niagara::Queue> m_queues;
    InternTable<Niagara::WorkOrder> m_workOrders;
    InternTable<Niagara::Project> m_projects;
    InternTable<Niagara::Program> m_programs;
    InternTable<Niagara::Customer> m_customers;
    InternTable<Niagara::Location> m_locations;
    QHash<QString, QList<Niagara::Status>> m_statuses; // keyed by label
    // The records' statuses, one per distinct status (keyed by label, few per label).
    QHash<QString, std::vector<SharedStatus>> m_recordStatuses;
    SharedStatus sharedStatus(const std::optional<Niagara::Status> &status);

    qint64 m_serverTotal = 0;
    qint64 m_itemsThisLoad = 0;
    QList<Niagara::DecodeIssue> m_skipped;
    QPointer<Niagara::NiagaraClient> m_client;
    RequestQueue *m_ownRequests;        // used until setRequestQueue
    QPointer<RequestQueue> m_requests;  // the shared one
    std::unique_ptr<Niagara::BatchPageWalker> m_walker;
    RequestQueue::JobId m_walkJob = 0;  // the walk's job while it waits for a slot
    RequestQueue::Done m_walkDone;      // the walk's slot while it runs
    int m_pageSize = 100;
    qsizetype m_sliceSize = kSliceSize;
    bool m_loading = false;
    bool m_inGeneration = false;
    std::deque<Niagara::Page<Niagara::Batch>> m_pendingPages; // loaded, not yet applied
    qsizetype m_pendingPos = 0;                               // next item of the front page
    quint64 m_pagesApplied = 0;
    bool m_finishPending = false;                             // the walk ended; finish when drained
    bool m_pumpScheduled = false;
    bool m_restoring = false;   // the pending pages are the cache's
    QDateTime m_cachedAsOf;
    int m_liveLoads = 0;

    QHash<QString, TechnicianCacheEntry> m_technicianCache;
    std::deque<QString> m_technicianQueue; // batches waiting for a first read
    std::deque<QString> m_refreshQueue;    // batches waiting for a budgeted refresh
    QSet<QString> m_priorityBatches;
    QString m_currentUserId;
    int m_refreshPerMinute = 50;
    // A small burst (a tenth of a minute's worth): any minute then sees at most the budget
    // plus this, however the minute falls.
    double refreshBurst() const { return std::max(1.0, m_refreshPerMinute / 10.0); }
    double m_refreshTokens = 5;
    qint64 m_refreshTokensAtMs = 0;
    bool m_budgetWakeArmed = false;
    int m_firstReadsInFlight = 0;
    bool m_firstReadWaveOpen = false;
    TechnicianFetchCounts m_fetchCounts;
    static constexpr std::size_t kTechnicianScanChunk = 4096;
    std::size_t m_technicianScanPos = 0; // next record the scan for fetches looks at
    bool m_technicianScanning = false;
    int m_technicianInFlight = 0;
    int m_technicianJobs = 0;           // fetch jobs in the request queue, not started yet
    quint64 m_technicianGeneration = 0; // cancelLoad: answers of an older one are dropped
    QStringList m_technicianChanges; // reported together by a short timer
    quint64 m_technicianEpoch = 0;
    std::chrono::seconds m_technicianTtl{300};
};

} // namespace BatchDesk

Q_DECLARE_OPERATORS_FOR_FLAGS(BatchDesk::BatchFields)
Q_DECLARE_METATYPE(BatchDesk::BatchChange)
