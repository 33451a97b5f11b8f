#pragma once

// The Activity list: every split, assignment, undo and deletion the app's PlanningService
// finished, with its outcome and what an undo needs, so that Undo outlives the wizard and a
// restart. One JSON file per server profile in the app data folder
// (<dataDir>/activity/<sha256(profile id), 32 hex>.json, folder 0700, file 0600, written
// atomically). No token or secret is ever part of a record: ids, labels, counts and times.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QFileSystemWatcher;

namespace BatchDesk {

// A batch a split created (undo deletes it).
struct ActivityBatch
{
    QString batchId; // empty when the server created it but the run never learnt its id
    QString batchLabel;
    QString queueId;
    QString queueLabel;
    bool operator==(const ActivityBatch &) const = default;
};

// A relation an assignment added (undo removes it by id) or removed (undo adds it again for
// the same user and type).
struct ActivityRelation
{
    QString batchId;
    QString batchLabel;
    QString queueId;
    QString queueLabel;
    QString relationId;   // added relations
    QString relationType; // "technician"
    QString userId;
    QString userName;
    bool operator==(const ActivityRelation &) const = default;
};

struct ActivityRecord
{
    enum class Kind : quint8 { Split, Assignment, Undo, Delete };
    enum class Outcome : quint8 { Done, PartlyDone, Failed };

    QString id; // unique within the log
    Kind kind = Kind::Split;
    QDateTime finishedAt; // UTC
    QString userId;       // who was signed in
    QString summary;      // one line in the manager's language, as it was recorded
    Outcome outcome = Outcome::Done;
    int succeeded = 0;
    int failed = 0;
    int notAttempted = 0;
    QString problem; // the first failure's message or why the run stopped; empty when none
    QDateTime undoDeadline; // invalid when the run cannot be undone

    QList<ActivityBatch> createdBatches;
    QList<ActivityRelation> addedRelations;
    QList<ActivityRelation> removedRelations;

    QString undoOf;   // an undo: the record it reverts
    bool undone = false; // an undo was made of this record (once only)

    int total() const { return succeeded + failed + notAttempted; }
    bool hasUndoData() const
    {
        return !createdBatches.isEmpty() || !addedRelations.isEmpty() || !removedRelations.isEmpty();
    }
    // Splits and assignments that did something and were not undone yet (the deadline is the
    // service's to check, against its clock).
    bool isUndoable() const
    {
        return (kind == Kind::Split || kind == Kind::Assignment) && !undone && hasUndoData()
            && undoDeadline.isValid();
    }
    // "Done: 16 of 16", "Partly done: 10 of 16, 6 failed", "Failed: 0 of 16" (translated now).
    QString outcomeText() const;

    bool operator==(const ActivityRecord &) const = default;

    Q_DECLARE_TR_FUNCTIONS(BatchDesk::ActivityRecord) // last: the macro ends in "private:"
};

class ActivityLog final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 200;
    static constexpr int kKeepDays = 30;

    // `dataDir`: the app data folder; records go to <dataDir>/activity/.
    explicit ActivityLog(const QString &dataDir, QObject *parent = nullptr);
    ~ActivityLog() override;

    // The file of a profile (the folder is created on the first write).
    static QString pathFor(const QString &dataDir, const QString &profileId);

    // Makes `profileId` the current server: its file is loaded (empty when there is none, or
    // when it cannot be read: a warning, never a crash). An empty id holds nothing and writes
    // nothing.
    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }
    QString filePath() const;

    // For tests: what "now" is when pruning entries older than kKeepDays.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    // Oldest first.
    const QList<ActivityRecord> &records() const { return m_records; }
    qsizetype indexOf(const QString &id) const;
    std::optional<ActivityRecord> find(const QString &id) const;

    // Appends (an id is made when it has none), prunes, saves; returns the id.
    QString add(ActivityRecord record);
    // Replaces the record with the same id (a retried run finished again); saves.
    void update(const ActivityRecord &record);
    void markUndone(const QString &id);
    // Marks the record undone unless it already is, here or in the file another instance of
    // the app shares (one server, two windows): true when this call claimed it. Read, check
    // and write happen under the file's lock, so two instances cannot both undo one split.
    bool claimUndo(const QString &id);
    // Takes in what other instances wrote to the file since (their new records, their undos).
    // Also done on every write, and when the file changes on disk.
    void sync();

    // The last write's error (empty after a successful one).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void aboutToReload();
    void reloaded();
    void aboutToInsert(qsizetype index);
    void inserted();
    void aboutToRemove(qsizetype first, qsizetype last);
    void removed();
    void changed(qsizetype index);

private:
    void load();
    // The file's records, oldest first; nullopt when there is no file or it cannot be used.
    std::optional<QList<ActivityRecord>> readFile() const;
    // Folds the file's records into m_records (see sync()), with the list's signals.
    void merge(const QList<ActivityRecord> &onDisk);
    // Drops entries older than kKeepDays and all but the last kMaxEntries.
    void prune(bool notify = true);
    // How many of `records` (oldest first) prune() would drop.
    qsizetype prunable(const QList<ActivityRecord> &records) const;
    // Under the file's lock: merges what is on disk, then writes. `before` runs after the
    // merge and before the write (claimUndo's check); returning false writes nothing.
    bool save(const std::function<bool()> &before = {});
    bool writeFile();
    void watch();

    QString m_dataDir;
    QString m_profileId;
    QList<ActivityRecord> m_records;
    // Records this instance added or changed since its last write: in a merge, its version of
    // these wins (an undone flag from anywhere always wins); the file's wins for the others.
    QSet<QString> m_touched;
    std::function<QDateTime()> m_clock;
    QString m_lastError;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace BatchDesk
