#pragma once
// Keeps the board's local cache (BoardCache) in step with the store: at start it reads the
// last-known board of this server and user on a worker thread and hands it to the store
// (BatchStore::restoreCached: the rows appear at once, marked "as of"); after each live load
// (once the technicians it fetched are in) it copies the store a slice per event-loop turn
// and writes the snapshot on the same worker. The cache never holds a token: there is none
// in a snapshot.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace BatchDesk {

class BatchStore;
struct BoardSnapshot;

class BoardCacheKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit BoardCacheKeeper(BatchStore *store, QObject *parent = nullptr);
    ~BoardCacheKeeper() override; // waits for a write under way (at most one)

    // Whose board: the app data folder, the saved server's id and the signed-in user's email.
    // An empty server or user keeps nothing.
    void setIdentity(const QString &dataDir, const QString &serverKey, const QString &userEmail);
    QString serverKey() const { return m_serverKey; }
    QString userEmail() const { return m_userEmail; }
    QString path() const;

    // Reads the cache and shows it, unless a live load got there first.
    void restore();
    // Writes what the store holds now (after a live load; called by the keeper itself).
    void save();

    bool isBusy() const { return m_restoring || m_copying || m_writes > 0; }
    // Slots copied per event-loop turn while taking a snapshot.
    void setSliceSize(int records) { m_slice = std::max(1, records); }
    // Snapshots copied and written whole (a load that changed nothing only moves the file's
    // "as of" time: BoardCache::touch). For tests.
    int fullSaves() const { return m_fullSaves; }

Q_SIGNALS:
    void restored(const QDateTime &asOf, qsizetype batches);
    // Nothing usable (no file, another version, damaged: the file is gone then, and `why` says so).
    void notRestored(const QString &why);
    void saved(const QDateTime &asOf, qsizetype batches);
    // Not written (translated, for the status bar): the next start shows the older copy or none.
    void saveFailed(const QString &message);

private:
    void onLoadFinished();
    void copyStep(quint64 run);
    void write(std::shared_ptr<BoardSnapshot> snapshot);
    void touch();

    BatchStore *m_store;
    QThreadPool m_pool; // one thread: reads and writes of the file never overlap
    QString m_dataDir;
    QString m_serverKey;
    QString m_userEmail;
    std::shared_ptr<BoardSnapshot> m_snapshot; // being copied
    QDateTime m_loadEndedAt;
    qsizetype m_copyPos = 0;
    quint64 m_copyRun = 0;
    bool m_restoring = false;
    bool m_copying = false;
    bool m_storeChanged = false;
    bool m_dirty = true;  // the store changed since the last full save (or there was none)
    bool m_touching = false; // a touch (the time only) is under way
    QString m_savedPath;  // where the last full save went
    int m_fullSaves = 0;
    int m_writes = 0;
    int m_slice = 2000;
};

} // namespace BatchDesk
