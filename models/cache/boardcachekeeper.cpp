#include "models/cache/boardcachekeeper.h"

#include "models/batchstore.h"
#include "models/cache/boardcache.h"
#include "models/cache/boardsnapshot.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCacheKeeper, "batchdesk.cache.keeper", QtInfoMsg)

namespace BatchDesk {

using namespace Niagara;

namespace {

struct RestoredBoard
{
    std::vector<Page<Batch>> pages;
    QHash<QString, BatchStore::KnownTechnicians> technicians;
    QDateTime asOf;
    qsizetype batches = 0;
};

// The snapshot back in the shape of the pages a load delivers (done on the worker: each batch
// gets its queue and work order again, which the store interns once more).
RestoredBoard toPages(BoardSnapshot &snapshot)
{
    RestoredBoard board;
    board.asOf = snapshot.asOf;
    QHash<QString, const Queue *> queues;
    for (const Queue &q : snapshot.queues)
        queues.insert(q.id, &q);
    QHash<QString, const WorkOrder *> workOrders;
    for (const WorkOrder &w : snapshot.workOrders)
        workOrders.insert(w.id, &w);
    constexpr qsizetype kPageItems = 100;
    for (const CachedBatch &cached : snapshot.batches) {
        const BatchRecord &r = cached.record;
        if (board.pages.empty() || board.pages.back().items.size() >= kPageItems) {
            board.pages.emplace_back();
            board.pages.back().totalCount = snapshot.serverTotal;
            board.pages.back().items.reserve(kPageItems);
        }
        Batch b;
        b.id = r.id;
        b.label = r.label;
        b.created = r.created;
        b.updated = r.updated;
        if (const Queue *q = queues.value(r.queueId))
            b.queue = *q;
        else
            b.queue.id = r.queueId;
        b.order = r.order;
        b.currentStatus = r.status.toOptional();
        b.numberCycles = r.numberCycles;
        b.cycles = r.cycles;
        if (const WorkOrder *w = workOrders.value(r.workOrderId))
            b.workOrder = *w;
        else
            b.workOrder.id = r.workOrderId;
        if (cached.techniciansFromRelations) {
            if (cached.techniciansReadAtMs > 0)
                board.technicians.insert(r.id, BatchStore::KnownTechnicians{r.technicians, cached.techniciansReadAtMs,
                                                                             r.updated, BatchStore::isFinished(r)});
        } else {
            b.assignedUsers = r.technicians;
            b.totalAssignedUsers = r.technicians.size();
        }
        board.pages.back().items.append(std::move(b));
        ++board.batches;
    }
    snapshot = {};
    return board;
}

} // namespace

BoardCacheKeeper::BoardCacheKeeper(BatchStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_pool.setMaxThreadCount(1);
    connect(store, &BatchStore::loadFinished, this, &BoardCacheKeeper::onLoadFinished);
    connect(store, &BatchStore::techniciansLoaded, this, [this] {
        // The technicians a load fetched are in: the snapshot holds them too.
        if (m_loadEndedAt.isValid() && m_store->hasLiveData() && !m_store->isLoading())
            save();
    });
    // A snapshot under way is copied again when the store changes between two slices.
    for (auto signal : {&BatchStore::batchesAdded, &BatchStore::batchesRemoved, &BatchStore::queuesChanged,
                        &BatchStore::workOrdersChanged})
        connect(store, signal, this, [this] { m_storeChanged = m_dirty = true; });
    connect(store, &BatchStore::batchesChanged, this, [this] { m_storeChanged = m_dirty = true; });
}

BoardCacheKeeper::~BoardCacheKeeper()
{
    m_pool.waitForDone();
}

void BoardCacheKeeper::setIdentity(const QString &dataDir, const QString &serverKey, const QString &userEmail)
{
    if (dataDir == m_dataDir && serverKey == m_serverKey && userEmail == m_userEmail)
        return;
    m_dataDir = dataDir;
    m_serverKey = serverKey;
    m_userEmail = userEmail;
    ++m_copyRun; // a snapshot of the previous identity is not written under this one
    m_copying = false;
    m_loadEndedAt = QDateTime();
    m_dirty = true;
    m_savedPath.clear();
}

QString BoardCacheKeeper::path() const
{
    if (m_dataDir.isEmpty() || m_serverKey.isEmpty() || m_userEmail.isEmpty())
        return {};
    return BoardCache::pathFor(m_dataDir, m_serverKey, m_userEmail);
}

void BoardCacheKeeper::restore()
{
    const QString file = path();
    if (file.isEmpty() || m_restoring)
        return;
    m_restoring = true;
    const QString serverKey = m_serverKey;
    const QString userEmail = m_userEmail;
    QPointer<BoardCacheKeeper> self(this);
    m_pool.start([self, file, serverKey, userEmail] {
        BoardSnapshot snapshot;
        QString why;
        const BoardCache::LoadResult result = BoardCache(file).load(serverKey, userEmail, snapshot, &why);
        auto board = std::make_shared<RestoredBoard>();
        if (result == BoardCache::LoadResult::Loaded)
            *board = toPages(snapshot);
        // The keeper waits for this pool in its destructor: `self` is alive while this runs,
        // and the queued call is dropped if the keeper is gone by the time it would run.
        QMetaObject::invokeMethod(self.data(), [self, result, board, why, serverKey, userEmail] {
            if (!self)
                return;
            self->m_restoring = false;
            if (serverKey != self->m_serverKey || userEmail != self->m_userEmail)
                return; // another server or user by now
            if (result != BoardCache::LoadResult::Loaded) {
                Q_EMIT self->notRestored(why);
                return;
            }
            const qsizetype count = board->batches;
            const QDateTime asOf = board->asOf;
            if (!self->m_store->restoreCached(std::move(board->pages), board->technicians, asOf)) {
                qCInfo(lcCacheKeeper) << "cache not shown: the live board came first";
                return;
            }
            qCInfo(lcCacheKeeper) << "showing" << count << "cached batches as of" << asOf;
            Q_EMIT self->restored(asOf, count);
        }, Qt::QueuedConnection);
    });
}

void BoardCacheKeeper::onLoadFinished()
{
    m_loadEndedAt = QDateTime::currentDateTimeUtc();
    // With technicians still to come from relations, the snapshot waits for them.
    if (m_store->pendingTechnicianFetches() == 0)
        save();
}

void BoardCacheKeeper::save()
{
    if (path().isEmpty() || !m_loadEndedAt.isValid())
        return;
    if (m_touching)
        return; // when the touch under way is done, it saves again if this is a later load
    if (m_copying) {
        // The copy under way writes what the store holds (it starts over by itself when the
        // store changes under it): only its time moves on.
        m_snapshot->asOf = m_loadEndedAt;
        return;
    }
    // Nothing changed since the board last written there: only its "as of" time moves. A
    // 10,000-batch board is otherwise copied (GUI thread, in slices), encoded and written
    // again after every refresh, every 30 s, to say the same.
    if (!m_dirty && m_savedPath == path()) {
        touch();
        return;
    }
    m_dirty = false;
    ++m_fullSaves;
    m_snapshot = std::make_shared<BoardSnapshot>();
    m_snapshot->serverKey = m_serverKey;
    m_snapshot->userEmail = m_userEmail;
    m_snapshot->asOf = m_loadEndedAt;
    m_snapshot->serverTotal = m_store->serverTotal();
    m_snapshot->batches.reserve(static_cast<std::size_t>(m_store->size()));
    m_copyPos = 0;
    m_storeChanged = false;
    m_copying = true;
    copyStep(++m_copyRun);
}

// A slice of the store per event-loop turn: a 100,000-batch board must not hold the GUI for
// the whole copy.
void BoardCacheKeeper::copyStep(quint64 run)
{
    if (run != m_copyRun || !m_copying)
        return;
    if (m_storeChanged) {
        // Slots moved under the copy: start again from the top (the store is settled by now
        // or the next load's end starts a new copy anyway).
        m_copying = false;
        if (!m_store->isLoading())
            save();
        return;
    }
    const qsizetype to = m_copyPos + m_slice;
    m_store->forEachInSlots(m_copyPos, to, [this](const BatchRecord &r) {
        CachedBatch cached;
        cached.record = r;
        cached.techniciansFromRelations = m_store->techniciansFromRelations(r.id);
        if (cached.techniciansFromRelations) {
            if (const auto known = m_store->knownTechnicians(r.id))
                cached.techniciansReadAtMs = known->readAtMs;
        }
        m_snapshot->batches.push_back(std::move(cached));
    });
    m_copyPos = to;
    if (m_copyPos < m_store->slotCount()) {
        QTimer::singleShot(0, this, [this, run] { copyStep(run); });
        return;
    }
    QSet<QString> queueIds;
    QSet<QString> workOrderIds;
    for (const CachedBatch &cached : m_snapshot->batches) {
        queueIds.insert(cached.record.queueId);
        workOrderIds.insert(cached.record.workOrderId);
    }
    for (const QString &id : std::as_const(queueIds)) {
        if (const Queue *q = m_store->queue(id))
            m_snapshot->queues.push_back(*q);
    }
    for (const QString &id : std::as_const(workOrderIds)) {
        if (const WorkOrder *w = m_store->workOrder(id))
            m_snapshot->workOrders.push_back(*w);
    }
    m_copying = false;
    write(std::exchange(m_snapshot, {}));
}

void BoardCacheKeeper::touch()
{
    const QString file = path();
    const QString serverKey = m_serverKey;
    const QString userEmail = m_userEmail;
    const QDateTime asOf = m_loadEndedAt;
    const qsizetype count = m_store->size();
    ++m_writes;
    m_touching = true;
    QPointer<BoardCacheKeeper> self(this);
    m_pool.start([self, file, serverKey, userEmail, asOf, count] {
        const bool ok = BoardCache(file).touch(serverKey, userEmail, asOf);
        QMetaObject::invokeMethod(self.data(), [self, ok, file, asOf, count] {
            if (!self)
                return;
            --self->m_writes;
            self->m_touching = false;
            if (ok) {
                Q_EMIT self->saved(asOf, count);
                // A load that ended meanwhile (its save() found this touch under way) moves
                // the time once more, or writes the whole board when it changed it.
                if (self->m_loadEndedAt != asOf && self->path() == file)
                    self->save();
                return;
            }
            // The file is gone, busy or someone else's: write the whole board.
            self->m_dirty = true;
            if (self->path() == file)
                self->save();
        }, Qt::QueuedConnection);
    });
}

void BoardCacheKeeper::write(std::shared_ptr<BoardSnapshot> snapshot)
{
    const QString file = path();
    ++m_writes;
    QPointer<BoardCacheKeeper> self(this);
    m_pool.start([self, file, snapshot] {
        QString error;
        const bool ok = BoardCache(file).save(*snapshot, &error);
        const QDateTime asOf = snapshot->asOf;
        const qsizetype count = static_cast<qsizetype>(snapshot->batches.size());
        QMetaObject::invokeMethod(self.data(), [self, ok, file, asOf, count, error] {
            if (!self)
                return;
            --self->m_writes;
            if (ok) {
                self->m_savedPath = file;
                Q_EMIT self->saved(asOf, count);
            } else {
                self->m_dirty = true;
                Q_EMIT self->saveFailed(error);
            }
        }, Qt::QueuedConnection);
    });
}

} // namespace BatchDesk
