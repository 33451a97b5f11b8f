#include "models/batchstore.h"

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcBatchStore, "batchdesk.models.store", QtWarningMsg)

namespace BatchDesk {

using namespace Niagara;

namespace {

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
        m_seen.reserve(expected);
        m_index.reserve(static_cast<qsizetype>(expected));
        // Every batch of a seed-revision server lands here too.
        m_needsRelationTechnicians.reserve(static_cast<qsizetype>(expected));
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
                           batch.order,       batch.currentStatus, batch.numberCycles,   batch.cycles,
                           batch.queue.id,    batch.workOrder.id,  batch.assignedUsers};
        if (record.status)
            canonicalise(*record.status);
        // The seed revision does not embed technicians: keep what the relations said.
        if (!batch.totalAssignedUsers && batch.assignedUsers.isEmpty()) {
            m_needsRelationTechnicians.insert(batch.id);
            record.technicians = m_technicianCache.value(batch.id).users;
        } else {
            m_needsRelationTechnicians.remove(batch.id);
        }
        const auto it = m_index.constFind(batch.id);
        if (it == m_index.cend()) {
            m_index.insert(batch.id, m_records.size());
            m_records.push_back(std::move(record));
            m_seen.push_back(m_generation);
            added.append(batch.id);
            continue;
        }
        m_seen[*it] = m_generation;
        BatchRecord &held = m_records[*it];
        const BatchFields fields = diff(held, record);
        if (fields) {
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
        if (!m_records[i].id.isNull() && m_seen[i] != m_generation)
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
        m_needsRelationTechnicians.remove(id);
        m_technicianCache.remove(id);
    }
    // Compact once tombstones outnumber live records, then drop entities no batch uses.
    if (m_records.size() > 2 * static_cast<std::size_t>(m_index.size())) {
        std::vector<BatchRecord> live;
        std::vector<quint64> seen;
        live.reserve(static_cast<std::size_t>(m_index.size()));
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            if (m_records[i].id.isNull())
                continue;
            m_index[m_records[i].id] = live.size();
            live.push_back(std::move(m_records[i]));
            seen.push_back(m_seen[i]);
        }
        m_records = std::move(live);
        m_seen = std::move(seen);
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

// Fetches the "technician" relations of batches whose server does not embed them (GETs:
// retried by the client if they fail transiently), skipping fresh cache entries. Each fetch is a
// background job of the request queue: writes and page loads the user waits for go first.
void BatchStore::fetchTechnicians()
{
    if (!m_client)
        return;
    ++m_technicianEpoch;
    m_technicianQueue.clear();
    m_technicianScanPos = 0;
    m_technicianScanning = true;
    scanForTechnicianFetches(m_technicianEpoch);
}

// Finds the batches that need their relations fetched, kTechnicianScanChunk records per
// event-loop turn: at 100,000 batches one pass took 35 ms of the turn that ends a load.
void BatchStore::scanForTechnicianFetches(quint64 epoch)
{
    if (epoch != m_technicianEpoch || !m_technicianScanning)
        return; // a newer load restarted the scan
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 ttlMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_technicianTtl).count();
    const std::size_t end = std::min(m_records.size(), m_technicianScanPos + kTechnicianScanChunk);
    for (; m_technicianScanPos < end; ++m_technicianScanPos) {
        const BatchRecord &r = m_records[m_technicianScanPos];
        if (r.id.isNull() || !m_needsRelationTechnicians.contains(r.id))
            continue;
        const auto cached = m_technicianCache.constFind(r.id);
        if (cached == m_technicianCache.cend() || now - cached->fetchedAtMs > ttlMs)
            m_technicianQueue.push_back(r.id);
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
    return static_cast<int>(m_technicianQueue.size() + unscanned) + m_technicianInFlight;
}

// Keeps a few fetch jobs in the shared queue (never more than it runs at once), each taking the
// next batch in line when it starts: thousands of batches do not become thousands of queued
// jobs, and whatever others queue meanwhile is not stuck behind all of them.
void BatchStore::feedTechnicianFetches()
{
    RequestQueue *queue = requestQueue();
    while (m_client && static_cast<std::size_t>(m_technicianJobs) < m_technicianQueue.size()
           && m_technicianJobs + m_technicianInFlight < queue->maxInFlight()) {
        ++m_technicianJobs;
        queue->enqueue(this, [this](RequestQueue::Done done) {
            --m_technicianJobs;
            fetchNextTechnicians(std::move(done));
        }, RequestQueue::Priority::Background);
    }
}

void BatchStore::finishTechniciansIfDone()
{
    if (m_technicianScanning || !m_technicianQueue.empty() || m_technicianInFlight > 0)
        return;
    flushTechnicianChanges(); // listeners of techniciansLoaded see a consistent model
    Q_EMIT techniciansLoaded();
}

void BatchStore::fetchNextTechnicians(RequestQueue::Done done)
{
    if (m_technicianQueue.empty() || !m_client) {
        done(); // another job took the last one
        return;
    }
    const QString id = m_technicianQueue.front();
    m_technicianQueue.pop_front();
    ++m_technicianInFlight;
    const quint64 generation = m_technicianGeneration;
    const RelationFilter filter{QStringLiteral("USER"), QStringLiteral("technician"), QString()};
    m_client->listRelations(id, filter, PageRequest{100, {}}, this,
                            [this, id, generation, done](Outcome<Page<Relation>> outcome) {
        --m_technicianInFlight;
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
            m_technicianCache.insert(id, TechnicianCacheEntry{users, QDateTime::currentMSecsSinceEpoch()});
            const auto it = m_index.constFind(id);
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
    m_technicianScanning = false;
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
            QThreadPool::globalInstance()->start([doomed = std::move(m_pendingPages.front())]() mutable { doomed = {}; });
            m_pendingPages.pop_front();
            m_pendingPos = 0;
        }
    }
    if (!m_pendingPages.empty()) {
        schedulePump();
        return;
    }
    if (m_finishPending) {
        m_finishPending = false;
        m_loading = false;
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
