#include "models/batchstore.h"

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <utility>

Q_LOGGING_CATEGORY(lcBatchStore, "batchdesk.models.store", QtWarningMsg)

namespace BatchDesk {

using namespace Niagara;

namespace {

QString detachedCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

BatchFields diff(const BatchRecord &a, const BatchRecord &b)
{
    BatchFields f;
    if (a.label != b.label)
        f |= BatchField::Label;
    if (a.status != b.status)
        f |= BatchField::Status;
    if (a.cycles != b.cycles)
        f |= BatchField::Cycles;
    if (a.numberCycles != b.numberCycles)
        f |= BatchField::NumberCycles;
    if (!(a.order == b.order))
        f |= BatchField::Order;
    if (a.technicians != b.technicians)
        f |= BatchField::Technicians;
    if (a.queueId != b.queueId || a.workOrderId != b.workOrderId)
        f |= BatchField::Placement;
    if (a.updated != b.updated)
        f |= BatchField::Updated;
    return f;
}

} // namespace

BatchStore::BatchStore(QObject *parent)
    : QObject(parent)
    , m_ownRequests(new RequestQueue(this))
{
    qRegisterMetaType<BatchDesk::BatchChange>();
}

BatchStore::~BatchStore() = default;

const BatchRecord *BatchStore::batch(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_records[*it];
}

const Queue *BatchStore::queue(const QString &id) const
{
    const auto it = m_queues.byId.constFind(id);
    return it == m_queues.byId.cend() ? nullptr : it->get();
}

const WorkOrder *BatchStore::workOrder(const QString &id) const
{
    const auto it = m_workOrders.byId.constFind(id);
    return it == m_workOrders.byId.cend() ? nullptr : it->get();
}

BatchStore::InternCounts BatchStore::internCounts() const
{
    qsizetype statuses = 0;
    for (const auto &sameLabel : m_statuses)
        statuses += sameLabel.size();
    return {m_queues.byId.size(),   m_workOrders.byId.size(), m_projects.byId.size(), m_programs.byId.size(),
            m_customers.byId.size(), m_locations.byId.size(), statuses};
}

// Keeps one copy per id. An equal incoming value is replaced by the held one, so that its
// strings and lists share the held copy's storage (Qt's implicit sharing) instead of adding
// a copy per batch; a different one replaces the held value (the server changed it).
template <typename T>
bool BatchStore::intern(InternTable<T> &table, T &value, QStringList *changedIds)
{
    const auto it = table.byId.find(value.id);
    if (it == table.byId.end()) {
        table.byId.insert(value.id, std::make_shared<T>(value));
        return true;
    }
    T &held = **it;
    if (held == value) {
        value = held;
        return false;
    }
    held = value;
    if (changedIds)
        changedIds->append(value.id);
    return true;
}

void BatchStore::canonicalise(Location &location)
{
    if (!location.id.isEmpty())
        intern(m_locations, location, nullptr);
}

void BatchStore::canonicalise(Customer &customer)
{
    for (Status &status : customer.allowedStatuses)
        canonicalise(status);
    if (!customer.id.isEmpty())
        intern(m_customers, customer, nullptr);
}

void BatchStore::canonicalise(Status &status)
{
    // Keyed by label (no string building per call); the few statuses sharing a label are compared.
    QList<Status> &sameLabel = m_statuses[status.label];
    for (const Status &held : std::as_const(sameLabel)) {
        if (held == status) {
            status = held;
            return;
        }
    }
    sameLabel.append(status);
}

void BatchStore::releaseFreeMemory()
{
#if defined(__GLIBC__)
    // malloc_trim also returns free pages in the middle of glibc's arenas, not only at their top.
    malloc_trim(0);
#endif
}

bool BatchStore::techniciansFromRelations(const QString &batchId) const
{
    const auto it = m_index.constFind(batchId);
    return it != m_index.cend() && m_slots[*it].techniciansFromRelations;
}

SharedStatus BatchStore::sharedStatus(const std::optional<Status> &status)
{
    if (!status)
        return {};
    std::vector<SharedStatus> &sameLabel = m_recordStatuses[status->label];
    for (const SharedStatus &held : sameLabel) {
        if (*held == *status)
            return held;
    }
    Status copy = *status;
    canonicalise(copy); // its strings shared with the customers' allowed statuses
    sameLabel.push_back(SharedStatus(std::make_shared<const Status>(std::move(copy))));
    return sameLabel.back();
}

void BatchStore::internFrom(const Batch &batch, PageMemo &memo, QStringList *changedQueues,
                            QStringList *changedWorkOrders)
{
    // Nearly every batch embeds a queue and a work order the store already holds, unchanged,
    // and a page repeats the same few many times: each is compared once per page, and only a
    // new or changed one is copied, canonicalised and kept (the batch's own copy is dropped).
    if (!memo.queues.contains(batch.queue.id)) {
        memo.queues.insert(batch.queue.id);
        if (!isHeldUnchanged(m_queues, batch.queue)) {
            Queue queue = batch.queue;
            if (queue.location)
                canonicalise(*queue.location);
            intern(m_queues, queue, changedQueues);
        }
    }
    if (!memo.workOrders.contains(batch.workOrder.id)) {
        memo.workOrders.insert(batch.workOrder.id);
        if (!isHeldUnchanged(m_workOrders, batch.workOrder)) {
            WorkOrder wo = batch.workOrder;
            if (wo.location)
                canonicalise(*wo.location);
            if (wo.currentStatus)
                canonicalise(*wo.currentStatus);
            if (wo.project) {
                Project &project = *wo.project;
                canonicalise(project.customer);
                canonicalise(project.program.customer);
                for (Status &status : project.program.allowedStatuses)
                    canonicalise(status);
                if (!project.program.id.isEmpty())
                    intern(m_programs, project.program, nullptr);
                for (Status &status : project.allowedStatuses)
                    canonicalise(status);
                if (!project.id.isEmpty())
                    intern(m_projects, project, nullptr);
            }
            intern(m_workOrders, wo, changedWorkOrders);
        }
    }
}

void BatchStore::beginLoad()
{
    ++m_generation;
    m_inGeneration = true;
    m_skipped.clear();
    m_itemsThisLoad = 0;
}

void BatchStore::beginPage(const Page<Batch> &page)
{
    m_serverTotal = page.totalCount;
    // Grow once to the announced size: rehashing 8,000 entries mid-load is a visible stall.
    const auto expected = static_cast<std::size_t>(std::clamp<qint64>(page.totalCount, 0, qint64(1) << 20));
    if (m_records.capacity() < expected) {
        m_records.reserve(expected);
        m_slots.reserve(expected);
        m_index.reserve(static_cast<qsizetype>(expected));
    }
    for (Niagara::DecodeIssue issue : page.skipped) {
        issue.index += static_cast<int>(m_itemsThisLoad);
        m_skipped.append(issue);
    }
    m_itemsThisLoad += page.items.size() + page.skipped.size();
}

void BatchStore::ingest(const Page<Batch> &page)
{
    ingestSlice(page, 0, page.items.size());
}

void BatchStore::ingestSlice(const Page<Batch> &page, qsizetype from, qsizetype count)
{
    const qsizetype to = std::min(page.items.size(), from + std::max<qsizetype>(count, 0));
    if (from == 0)
        beginPage(page);
    QStringList added;
    QList<BatchChange> changes;
    QStringList changedQueues;
    QStringList changedWorkOrders;
    PageMemo memo;
    for (qsizetype i = from; i < to; ++i) {
        const Batch &batch = page.items.at(i);
        internFrom(batch, memo, &changedQueues, &changedWorkOrders);

        BatchRecord record{batch.id,          batch.label,         batch.created,        batch.updated,
                           batch.order,       sharedStatus(batch.currentStatus), batch.numberCycles,   batch.cycles,
                           batch.queue.id,    batch.workOrder.id,  batch.assignedUsers};
        // The queue's and work order's ids as the interned entities hold them: 100,000 batches
        // then share a handful of strings instead of holding 200,000 copies (about 20 MB).
        if (const auto q = m_queues.byId.constFind(batch.queue.id); q != m_queues.byId.cend())
            record.queueId = (*q)->id;
        if (const auto w = m_workOrders.byId.constFind(batch.workOrder.id); w != m_workOrders.byId.cend())
            record.workOrderId = (*w)->id;
        // The seed revision does not embed technicians: keep what the relations said.
        const bool fromRelations = !batch.totalAssignedUsers && batch.assignedUsers.isEmpty();
        if (fromRelations)
            record.technicians = m_technicianCache.value(batch.id).users;
        const SlotState slot{m_generation, fromRelations};
        const auto it = m_index.constFind(batch.id);
        if (it == m_index.cend()) {
            // The strings a record keeps are copied here, on this thread, instead of shared
            // with the decoded page: the page was decoded on a pool thread, and its strings
            // live in that thread's malloc arena between the page's temporaries. Kept, they pin
            // holes in the arena of each decode thread; copied, the whole page goes back to its
            // arena when it is freed (bench_scale at 100,000 batches: 2 to 3 MB less at the peak).
            record.id = detachedCopy(batch.id);
            record.label = detachedCopy(batch.label);
            m_index.insert(record.id, m_records.size());
            added.append(record.id);
            m_records.push_back(std::move(record));
            m_slots.push_back(slot);
            continue;
        }
        m_slots[*it] = slot;
        BatchRecord &held = m_records[*it];
        const BatchFields fields = diff(held, record);
        if (fields) {
            // The same reasons: the held strings stay unless they changed.
            record.id = held.id;
            record.label = fields.testFlag(BatchField::Label) ? detachedCopy(batch.label) : held.label;
            held = std::move(record);
            // A batch listed twice in one load (cursor drift) is reported once, as added.
            if (!added.contains(batch.id))
                changes.append(BatchChange{batch.id, fields});
        }
    }
    changedQueues.removeDuplicates();
    changedWorkOrders.removeDuplicates();
    if (!changedQueues.isEmpty())
        Q_EMIT queuesChanged(changedQueues);
    if (!changedWorkOrders.isEmpty())
        Q_EMIT workOrdersChanged(changedWorkOrders);
    if (!added.isEmpty())
        Q_EMIT batchesAdded(added);
    if (!changes.isEmpty())
        Q_EMIT batchesChanged(changes);
}

void BatchStore::endLoad()
{
    if (!m_inGeneration)
        return;
    m_inGeneration = false;
    QStringList removed;
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if (!m_records[i].id.isNull() && m_slots[i].generation != m_generation)
            removed.append(m_records[i].id);
    }
    if (removed.isEmpty()) {
        Q_EMIT generationEnded();
        return;
    }
    removeRecords(removed);
    Q_EMIT generationEnded();
}

void BatchStore::removeRecords(const QStringList &removed)
{
    Q_EMIT batchesRemoved(removed);
    for (const QString &id : std::as_const(removed)) {
        const std::size_t i = m_index.take(id);
        m_records[i] = BatchRecord{};
        m_slots[i] = SlotState{};
        m_technicianCache.remove(id);
    }
    // Compact once tombstones outnumber live records, then drop entities no batch uses.
    if (m_records.size() > 2 * static_cast<std::size_t>(m_index.size())) {
        std::vector<BatchRecord> live;
        std::vector<SlotState> liveSlots;
        live.reserve(static_cast<std::size_t>(m_index.size()));
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            if (m_records[i].id.isNull())
                continue;
            m_index[m_records[i].id] = live.size();
            live.push_back(std::move(m_records[i]));
            liveSlots.push_back(m_slots[i]);
        }
        m_records = std::move(live);
        m_slots = std::move(liveSlots);
        ++m_slotEpoch;
        // Positions moved: a scan for technician fetches starts over (what it queued stays).
        m_technicianScanPos = 0;
    }
    QSet<QString> queues;
    QSet<QString> workOrders;
    forEach([&](const BatchRecord &r) {
        queues.insert(r.queueId);
        workOrders.insert(r.workOrderId);
    });
    m_queues.byId.removeIf([&](const auto &it) { return !queues.contains(it.key()); });
    m_workOrders.byId.removeIf([&](const auto &it) { return !workOrders.contains(it.key()); });
}

void BatchStore::forget(const QStringList &ids)
{
    // Only what is held, once: the same removal as a load's, for batches known to be gone
    // (a delete run's results) without reading every page again.
    QStringList removed;
    for (const QString &id : ids) {
        if (m_index.contains(id) && !removed.contains(id))
            removed.append(id);
    }
    if (removed.isEmpty())
        return;
    removeRecords(removed);
    if (m_serverTotal >= removed.size())
        m_serverTotal -= removed.size();
    // Listeners that hold back group updates until a generation ends flush them now.
    Q_EMIT generationEnded();
}

void BatchStore::abortLoad()
{
    m_inGeneration = false;
}

namespace {

bool hasTechnician(const QList<User> &users, const QString &userId)
{
    return !userId.isEmpty()
           && std::any_of(users.cbegin(), users.cend(), [&](const User &u) { return u.id == userId; });
}

} // namespace

// All of its units are done (complete or cancelled): nobody works on it any more, so whoever
// its technicians were, they will not change on their own.
bool BatchStore::isFinished(const BatchRecord &r)
{
    const qint64 total = r.cycles.total();
    return total > 0
           && addCounts(r.cycles[StatusCategory::Complete], r.cycles[StatusCategory::Cancelled]) >= total;
}

bool BatchStore::restoreCached(std::vector<Page<Batch>> pages, const QHash<QString, KnownTechnicians> &technicians,
                               const QDateTime &asOf)
{
    if (m_loading || m_liveLoads > 0 || m_inGeneration || !m_records.empty())
        return false;
    for (auto it = technicians.cbegin(); it != technicians.cend(); ++it)
        m_technicianCache.insert(it.key(), TechnicianCacheEntry{it->users, it->readAtMs, it->batchUpdated, it->finished, false});
    m_cachedAsOf = asOf;
    m_restoring = true;
    beginLoad();
    for (Page<Batch> &page : pages)
        m_pendingPages.push_back(std::move(page));
    m_finishPending = true;
    schedulePump();
    return true;
}

void BatchStore::setTechnicianRefreshBudget(int perMinute)
{
    m_refreshPerMinute = std::max(0, perMinute);
    m_refreshTokens = std::min<double>(m_refreshTokens, refreshBurst());
    feedTechnicianFetches();
}

void BatchStore::setPriorityBatches(const QStringList &ids)
{
    m_priorityBatches = QSet<QString>(ids.cbegin(), ids.cend());
    // Jump the queues: whatever they still need goes first (a copy left further back is
    // skipped when reached, since it will be fresh by then).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : ids) {
        const BatchRecord *r = batch(id);
        if (!r)
            continue;
        switch (fetchKindFor(*r, now)) {
        case FetchKind::FirstRead:
            m_technicianQueue.push_front(id);
            m_firstReadWaveOpen = true;
            break;
        case FetchKind::Refresh:
            m_refreshQueue.push_front(id);
            break;
        case FetchKind::None:
            break;
        }
    }
    feedTechnicianFetches();
}

void BatchStore::setCurrentUserId(const QString &userId)
{
    m_currentUserId = userId;
}

void BatchStore::invalidateTechnicians(const QStringList &ids)
{
    bool any = false;
    for (const QString &id : ids) {
        const auto it = m_technicianCache.find(id);
        if (it == m_technicianCache.end() || !techniciansFromRelations(id))
            continue;
        it->invalidated = true;
        m_technicianQueue.push_front(id);
        any = true;
    }
    if (!any)
        return;
    m_firstReadWaveOpen = true;
    feedTechnicianFetches();
}

std::optional<BatchStore::KnownTechnicians> BatchStore::knownTechnicians(const QString &batchId) const
{
    const auto it = m_technicianCache.constFind(batchId);
    if (it == m_technicianCache.cend() || it->invalidated)
        return std::nullopt;
    return KnownTechnicians{it->users, it->fetchedAtMs, it->batchUpdated, it->finished};
}

BatchStore::FetchKind BatchStore::fetchKindFor(const BatchRecord &r, qint64 nowMs) const
{
    if (r.id.isNull() || !techniciansFromRelations(r.id))
        return FetchKind::None;
    const auto cached = m_technicianCache.constFind(r.id);
    if (cached == m_technicianCache.cend() || cached->invalidated)
        return FetchKind::FirstRead;
    if (cached->finished && cached->batchUpdated == r.updated)
        return FetchKind::None; // read once: a finished batch does not change hands
    const qint64 ttlMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_technicianTtl).count();
    return nowMs - cached->fetchedAtMs > ttlMs ? FetchKind::Refresh : FetchKind::None;
}

// Finds the batches whose technicians need reading, after every load (GETs: retried by the
// client if they fail transiently). Each fetch is a background job of the request queue:
// writes and page loads the user waits for go first.
void BatchStore::fetchTechnicians()
{
    if (!m_client)
        return;
    ++m_technicianEpoch;
    m_technicianQueue.clear();
    m_refreshQueue.clear();
    m_technicianScanPos = 0;
    m_technicianScanning = true;
    m_firstReadWaveOpen = true;
    scanForTechnicianFetches(m_technicianEpoch);
}

// Finds the batches that need their relations fetched, kTechnicianScanChunk records per
// event-loop turn: at 100,000 batches one pass took 35 ms of the turn that ends a load.
void BatchStore::scanForTechnicianFetches(quint64 epoch)
{
    if (epoch != m_technicianEpoch || !m_technicianScanning)
        return; // a newer load restarted the scan
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::size_t end = std::min(m_records.size(), m_technicianScanPos + kTechnicianScanChunk);
    for (; m_technicianScanPos < end; ++m_technicianScanPos) {
        const BatchRecord &r = m_records[m_technicianScanPos];
        const FetchKind kind = fetchKindFor(r, now);
        if (kind == FetchKind::None)
            continue;
        // What the user sees, and their own batches, go first.
        const bool first = m_priorityBatches.contains(r.id) || hasTechnician(r.technicians, m_currentUserId);
        std::deque<QString> &queue = kind == FetchKind::FirstRead ? m_technicianQueue : m_refreshQueue;
        if (first)
            queue.push_front(r.id);
        else
            queue.push_back(r.id);
    }
    m_technicianScanning = m_technicianScanPos < m_records.size();
    if (m_technicianScanning)
        QTimer::singleShot(0, this, [this, epoch] { scanForTechnicianFetches(epoch); });
    feedTechnicianFetches();
    finishTechniciansIfDone();
}

int BatchStore::pendingTechnicianFetches() const
{
    // While the scan runs, the records it has not reached may all need a fetch.
    const std::size_t unscanned = m_technicianScanning ? m_records.size() - std::min(m_records.size(), m_technicianScanPos) : 0;
    return static_cast<int>(m_technicianQueue.size() + unscanned) + m_firstReadsInFlight;
}

void BatchStore::refillRefreshTokens()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_refreshTokensAtMs == 0)
        m_refreshTokensAtMs = now;
    const double perMs = m_refreshPerMinute / 60000.0;
    m_refreshTokens = std::min<double>(refreshBurst(), m_refreshTokens + double(now - m_refreshTokensAtMs) * perMs);
    m_refreshTokensAtMs = now;
}

bool BatchStore::takeRefreshToken()
{
    refillRefreshTokens();
    if (m_refreshTokens < 1.0)
        return false;
    m_refreshTokens -= 1.0;
    return true;
}

// No token now: come back when the next one is due, not on a busy loop.
void BatchStore::scheduleBudgetWake()
{
    if (m_budgetWakeArmed || m_refreshQueue.empty() || m_refreshPerMinute <= 0)
        return;
    m_budgetWakeArmed = true;
    refillRefreshTokens();
    const double missing = std::max(0.0, 1.0 - m_refreshTokens);
    const int waitMs = static_cast<int>(missing * 60000.0 / m_refreshPerMinute) + 1;
    QTimer::singleShot(waitMs, this, [this] {
        m_budgetWakeArmed = false;
        feedTechnicianFetches();
    });
}

// Keeps a few fetch jobs in the shared queue (never more than it runs at once), each taking the
// next batch in line when it starts: thousands of batches do not become thousands of queued
// jobs, and whatever others queue meanwhile is not stuck behind all of them. Refreshes are
// queued only while the budget has a token for them.
void BatchStore::feedTechnicianFetches()
{
    RequestQueue *queue = requestQueue();
    refillRefreshTokens();
    while (m_client && m_technicianJobs + m_technicianInFlight < queue->maxInFlight()) {
        const std::size_t firstReads = m_technicianQueue.size();
        const bool refreshDue = !m_refreshQueue.empty() && m_refreshTokens - m_technicianJobs >= 1.0;
        if (static_cast<std::size_t>(m_technicianJobs) >= firstReads && !refreshDue)
            break;
        ++m_technicianJobs;
        queue->enqueue(this, [this](RequestQueue::Done done) {
            --m_technicianJobs;
            fetchNextTechnicians(std::move(done));
        }, RequestQueue::Priority::Background);
    }
    scheduleBudgetWake();
}

void BatchStore::finishTechniciansIfDone()
{
    if (!m_firstReadWaveOpen || m_technicianScanning || !m_technicianQueue.empty() || m_firstReadsInFlight > 0)
        return;
    m_firstReadWaveOpen = false;
    flushTechnicianChanges(); // listeners of techniciansLoaded see a consistent model
    Q_EMIT techniciansLoaded();
}

void BatchStore::fetchNextTechnicians(RequestQueue::Done done)
{
    // The next batch still in need: first reads, then (while the budget lasts) refreshes.
    // Queues may hold ids read meanwhile or gone: those are skipped here.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString id;
    FetchKind kind = FetchKind::None;
    while (!m_technicianQueue.empty() && kind == FetchKind::None) {
        id = m_technicianQueue.front();
        m_technicianQueue.pop_front();
        const BatchRecord *r = batch(id);
        kind = r && fetchKindFor(*r, now) == FetchKind::FirstRead ? FetchKind::FirstRead : FetchKind::None;
    }
    while (kind == FetchKind::None && !m_refreshQueue.empty()) {
        const BatchRecord *r = batch(m_refreshQueue.front());
        if (!r || fetchKindFor(*r, now) != FetchKind::Refresh) {
            m_refreshQueue.pop_front();
            continue;
        }
        if (!takeRefreshToken())
            break;
        id = m_refreshQueue.front();
        m_refreshQueue.pop_front();
        kind = FetchKind::Refresh;
    }
    if (kind == FetchKind::None || !m_client) {
        done(); // another job took the last one, or the budget is spent for now
        scheduleBudgetWake();
        finishTechniciansIfDone();
        return;
    }
    const bool firstRead = kind == FetchKind::FirstRead;
    ++m_technicianInFlight;
    m_firstReadsInFlight += firstRead ? 1 : 0;
    (firstRead ? m_fetchCounts.firstReads : m_fetchCounts.refreshes) += 1;
    const quint64 generation = m_technicianGeneration;
    const RelationFilter filter{QStringLiteral("USER"), QStringLiteral("technician"), QString()};
    m_client->listRelations(id, filter, PageRequest{100, {}}, this,
                            [this, id, generation, done, firstRead](Outcome<Page<Relation>> outcome) {
        --m_technicianInFlight;
        m_firstReadsInFlight -= firstRead ? 1 : 0;
        if (generation != m_technicianGeneration) {
            done(); // cancelled (a server switch): this answer belongs to what was cancelled
            return;
        }
        if (outcome.ok()) {
            QList<User> users;
            for (const Relation &relation : outcome.value->items) {
                if (!relation.entity)
                    continue;
                User user;
                user.id = relation.entity->id;
                user.name = relation.entity->label;
                users.append(user);
            }
            const auto it = m_index.constFind(id);
            TechnicianCacheEntry entry{users, QDateTime::currentMSecsSinceEpoch(), {}, false, false};
            if (it != m_index.cend()) {
                entry.batchUpdated = m_records[*it].updated;
                entry.finished = isFinished(m_records[*it]);
            }
            m_technicianCache.insert(id, std::move(entry));
            if (it != m_index.cend() && m_records[*it].technicians != users) {
                m_records[*it].technicians = users;
                // Answers trickle in one by one: report them in batches, not a signal each.
                if (m_technicianChanges.isEmpty())
                    QTimer::singleShot(50, this, &BatchStore::flushTechnicianChanges);
                m_technicianChanges.append(id);
            }
        } else if (outcome.error.kind() == ApiError::Kind::Cancelled) {
            // Someone cancelled the client's requests (a server switch does): queue nothing
            // more, before the slot is given back and the next job could start.
            stopTechnicianFetches();
            done();
            return;
        } else {
            // Not read: tried again when the next load's scan finds it still unknown.
            qCInfo(lcBatchStore) << "technicians of" << id << "not loaded:" << kindName(outcome.error.kind());
        }
        done();
        feedTechnicianFetches();
        finishTechniciansIfDone();
    });
}

void BatchStore::stopTechnicianFetches()
{
    ++m_technicianEpoch;
    ++m_technicianGeneration;
    m_technicianQueue.clear();
    m_refreshQueue.clear();
    m_technicianScanning = false;
    m_firstReadWaveOpen = false;
    // Only fetch jobs can be waiting here: the walk is stopped first (cancelLoad).
    requestQueue()->cancelQueued(this);
    m_technicianJobs = 0;
}

void BatchStore::flushTechnicianChanges()
{
    QList<BatchChange> changes;
    for (const QString &id : std::as_const(m_technicianChanges)) {
        if (m_index.contains(id))
            changes.append(BatchChange{id, BatchField::Technicians});
    }
    m_technicianChanges.clear();
    if (!changes.isEmpty())
        Q_EMIT batchesChanged(changes);
}

void BatchStore::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, &BatchStore::pump);
}

void BatchStore::pump()
{
    m_pumpScheduled = false;
    if (!m_pendingPages.empty()) {
        const Page<Batch> &page = m_pendingPages.front();
        ingestSlice(page, m_pendingPos, m_sliceSize);
        m_pendingPos += m_sliceSize;
        if (m_pendingPos >= page.items.size()) {
            // Freeing 100 decoded batches takes about a millisecond: not on this thread.
            const bool release = ++m_pagesApplied % kPagesPerRelease == 0;
            QThreadPool::globalInstance()->start([doomed = std::move(m_pendingPages.front()), release]() mutable {
                doomed = {};
                if (release)
                    releaseFreeMemory();
            });
            m_pendingPages.pop_front();
            m_pendingPos = 0;
            if (m_walker && static_cast<int>(m_pendingPages.size()) < kMaxPendingPages)
                m_walker->setHeld(false);
        }
    }
    if (!m_pendingPages.empty()) {
        schedulePump();
        return;
    }
    if (m_finishPending && m_restoring) {
        // The cache's rows: nothing is fetched for them (the live load that follows does).
        m_finishPending = false;
        m_restoring = false;
        endLoad();
        flushTechnicianChanges();
        Q_EMIT cacheRestored(m_cachedAsOf);
        Q_EMIT techniciansLoaded();
        return;
    }
    if (m_finishPending) {
        m_finishPending = false;
        m_loading = false;
        ++m_liveLoads;
        m_cachedAsOf = QDateTime();
        endLoad();
        // The fetches first: whoever hears loadFinished asks pendingTechnicianFetches() to
        // know whether the technicians are still to come.
        fetchTechnicians();
        Q_EMIT loadFinished();
    }
}

void BatchStore::setClient(NiagaraClient *client)
{
    cancelLoad();
    m_client = client;
}

void BatchStore::setRequestQueue(RequestQueue *queue)
{
    if (queue == requestQueue())
        return;
    cancelLoad();
    m_requests = queue;
}

void BatchStore::stopWalk()
{
    if (m_walker)
        m_walker->cancel();
    if (m_walkJob != 0)
        requestQueue()->cancel(m_walkJob); // still waiting for a slot: it never starts
    m_walkJob = 0;
    std::exchange(m_walkDone, {})();
    m_pendingPages.clear();
    m_pendingPos = 0;
    m_finishPending = false;
    if (m_restoring) {
        // A load overtakes the cache's rows: what was shown of them stays until that load
        // ends, which removes what the server no longer lists.
        m_restoring = false;
        m_inGeneration = false;
        Q_EMIT cacheRestored(m_cachedAsOf);
    }
    if (m_loading) {
        m_loading = false;
        abortLoad();
    }
}

void BatchStore::cancelLoad()
{
    stopWalk();
    stopTechnicianFetches();
}

void BatchStore::reload()
{
    if (!m_client)
        return;
    stopWalk();
    m_walker = std::make_unique<BatchPageWalker>(m_client);
    m_walker->setPageSize(m_pageSize);
    // Pages are applied in slices, one per event-loop turn, so that the GUI never stalls for
    // a whole page; the walker meanwhile fetches the next one.
    connect(m_walker.get(), &BatchPageWalker::pageLoaded, this, [this](const Page<Batch> &page) {
        m_pendingPages.push_back(page);
        // Decoding outruns applying (simdjson reads a page in about 2 ms, applying it takes
        // a few turns): without a limit, decoded pages pile up here (bench_scale: 25 MB of
        // them at the peak).
        if (static_cast<int>(m_pendingPages.size()) >= kMaxPendingPages)
            m_walker->setHeld(true);
        schedulePump();
    });
    connect(m_walker.get(), &BatchPageWalker::progress, this, &BatchStore::loadProgress);
    connect(m_walker.get(), &BatchPageWalker::finished, this, [this] {
        std::exchange(m_walkDone, {})();
        m_finishPending = true;
        schedulePump();
    });
    connect(m_walker.get(), &BatchPageWalker::failed, this, [this](const ApiError &error) {
        // Cancelled from outside (a server switch cancels every request): no technician fetch
        // of this server may start in the slot the walk gives back.
        if (error.kind() == ApiError::Kind::Cancelled)
            stopTechnicianFetches();
        std::exchange(m_walkDone, {})();
        m_loading = false;
        abortLoad();
        qCWarning(lcBatchStore) << "load failed:" << kindName(error.kind()) << error.technicalDetail();
        Q_EMIT loadFailed(error);
    });
    m_loading = true;
    beginLoad();
    Q_EMIT loadStarted();
    // One job for the whole walk: it holds one slot and never has two pages out at once.
    // (The id stays after it started; cancelling a started job is a no-op.)
    m_walkJob = requestQueue()->enqueue(this, [this](RequestQueue::Done done) {
        m_walkDone = std::move(done);
        m_walker->start();
    });
}

} // namespace BatchDesk
