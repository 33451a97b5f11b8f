#include "models/planning/activitylog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

Q_LOGGING_CATEGORY(lcActivity, "batchdesk.activity", QtInfoMsg)

namespace BatchDesk {

namespace {

constexpr int kFormatVersion = 1;

const char *kindName(ActivityRecord::Kind kind)
{
    switch (kind) {
    case ActivityRecord::Kind::Split: return "split";
    case ActivityRecord::Kind::Assignment: return "assignment";
    case ActivityRecord::Kind::Undo: return "undo";
    case ActivityRecord::Kind::Delete: return "delete";
    }
    return "split";
}

std::optional<ActivityRecord::Kind> kindFrom(const QString &name)
{
    for (auto kind : {ActivityRecord::Kind::Split, ActivityRecord::Kind::Assignment, ActivityRecord::Kind::Undo,
                      ActivityRecord::Kind::Delete}) {
        if (name == QLatin1String(kindName(kind)))
            return kind;
    }
    return std::nullopt;
}

const char *outcomeName(ActivityRecord::Outcome outcome)
{
    switch (outcome) {
    case ActivityRecord::Outcome::Done: return "done";
    case ActivityRecord::Outcome::PartlyDone: return "partly_done";
    case ActivityRecord::Outcome::Failed: return "failed";
    }
    return "failed";
}

ActivityRecord::Outcome outcomeFrom(const QString &name)
{
    if (name == QLatin1String("done"))
        return ActivityRecord::Outcome::Done;
    if (name == QLatin1String("partly_done"))
        return ActivityRecord::Outcome::PartlyDone;
    return ActivityRecord::Outcome::Failed;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject toJson(const ActivityBatch &b)
{
    return {{u"batch_id"_qs, b.batchId}, {u"batch_label"_qs, b.batchLabel},
            {u"queue_id"_qs, b.queueId}, {u"queue_label"_qs, b.queueLabel}};
}

ActivityBatch batchFrom(const QJsonObject &o)
{
    return {o.value(u"batch_id").toString(), o.value(u"batch_label").toString(), o.value(u"queue_id").toString(),
            o.value(u"queue_label").toString()};
}

QJsonObject toJson(const ActivityRelation &r)
{
    return {{u"batch_id"_qs, r.batchId},         {u"batch_label"_qs, r.batchLabel},
            {u"queue_id"_qs, r.queueId},         {u"queue_label"_qs, r.queueLabel},
            {u"relation_id"_qs, r.relationId},   {u"relation_type"_qs, r.relationType},
            {u"user_id"_qs, r.userId},           {u"user_name"_qs, r.userName}};
}

ActivityRelation relationFrom(const QJsonObject &o)
{
    return {o.value(u"batch_id").toString(),    o.value(u"batch_label").toString(),
            o.value(u"queue_id").toString(),    o.value(u"queue_label").toString(),
            o.value(u"relation_id").toString(), o.value(u"relation_type").toString(),
            o.value(u"user_id").toString(),     o.value(u"user_name").toString()};
}

template<typename T>
QJsonArray arrayOf(const QList<T> &list)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(toJson(item));
    return out;
}

QJsonObject toJson(const ActivityRecord &r)
{
    QJsonObject o{{u"id"_qs, r.id},
                  {u"kind"_qs, QString::fromLatin1(kindName(r.kind))},
                  {u"finished_at"_qs, timeText(r.finishedAt)},
                  {u"user_id"_qs, r.userId},
                  {u"summary"_qs, r.summary},
                  {u"outcome"_qs, QString::fromLatin1(outcomeName(r.outcome))},
                  {u"succeeded"_qs, r.succeeded},
                  {u"failed"_qs, r.failed},
                  {u"not_attempted"_qs, r.notAttempted},
                  {u"problem"_qs, r.problem},
                  {u"undo_deadline"_qs, timeText(r.undoDeadline)},
                  {u"created_batches"_qs, arrayOf(r.createdBatches)},
                  {u"added_relations"_qs, arrayOf(r.addedRelations)},
                  {u"removed_relations"_qs, arrayOf(r.removedRelations)},
                  {u"undo_of"_qs, r.undoOf},
                  {u"undone"_qs, r.undone}};
    return o;
}

// A record the file holds; nullopt when it lacks what every record has (skipped, not fatal).
std::optional<ActivityRecord> recordFrom(const QJsonObject &o)
{
    ActivityRecord r;
    r.id = o.value(u"id").toString();
    const auto kind = kindFrom(o.value(u"kind").toString());
    r.finishedAt = timeFrom(o.value(u"finished_at"));
    if (r.id.isEmpty() || !kind || !r.finishedAt.isValid())
        return std::nullopt;
    r.kind = *kind;
    r.userId = o.value(u"user_id").toString();
    r.summary = o.value(u"summary").toString();
    r.outcome = outcomeFrom(o.value(u"outcome").toString());
    r.succeeded = o.value(u"succeeded").toInt();
    r.failed = o.value(u"failed").toInt();
    r.notAttempted = o.value(u"not_attempted").toInt();
    r.problem = o.value(u"problem").toString();
    r.undoDeadline = timeFrom(o.value(u"undo_deadline"));
    for (const QJsonValue &v : o.value(u"created_batches").toArray())
        r.createdBatches.append(batchFrom(v.toObject()));
    for (const QJsonValue &v : o.value(u"added_relations").toArray())
        r.addedRelations.append(relationFrom(v.toObject()));
    for (const QJsonValue &v : o.value(u"removed_relations").toArray())
        r.removedRelations.append(relationFrom(v.toObject()));
    r.undoOf = o.value(u"undo_of").toString();
    r.undone = o.value(u"undone").toBool();
    return r;
}

constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString ActivityRecord::outcomeText() const
{
    const QLocale locale;
    const QString done = locale.toString(succeeded);
    const QString all = locale.toString(total());
    switch (outcome) {
    case Outcome::Done:
        return tr("Done: %1 of %2").arg(done, all);
    case Outcome::PartlyDone:
        return tr("Partly done: %1 of %2, %Ln failed or not attempted", nullptr, failed + notAttempted)
            .arg(done, all);
    case Outcome::Failed:
        return tr("Failed: %1 of %2 done").arg(done, all);
    }
    return {};
}

ActivityLog::ActivityLog(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
}

ActivityLog::~ActivityLog() = default;

QString ActivityLog::pathFor(const QString &dataDir, const QString &profileId)
{
    // The profile id is hashed: the file name says nothing about the server.
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return dataDir + QStringLiteral("/activity/") + name + QStringLiteral(".json");
}

QString ActivityLog::filePath() const
{
    return m_profileId.isEmpty() ? QString() : pathFor(m_dataDir, m_profileId);
}

void ActivityLog::setProfileId(const QString &profileId)
{
    Q_EMIT aboutToReload();
    m_profileId = profileId;
    m_records.clear();
    m_touched.clear();
    load();
    Q_EMIT reloaded();
    watch();
}

void ActivityLog::watch()
{
    // Another instance of the app on the same server writes the same file (renamed into
    // place by QSaveFile): the folder is watched, the file is read again when it changes.
    delete m_watcher;
    m_watcher = nullptr;
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return;
    QFile::setPermissions(dir, kOwnerOnlyDir);
    m_watcher = new QFileSystemWatcher({dir}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { sync(); });
}

std::optional<QList<ActivityRecord>> ActivityLog::readFile() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcActivity).noquote() << "cannot read the activity file" << path << file.errorString();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(u"records").isArray()) {
        // A damaged file (a crash of another program, a hand edit) costs the history, not the app.
        qCWarning(lcActivity).noquote() << "the activity file" << path << "is damaged; starting with an empty list:"
                                        << (error.error != QJsonParseError::NoError ? error.errorString()
                                                                                     : QStringLiteral("no records"));
        return std::nullopt;
    }
    QList<ActivityRecord> records;
    int skipped = 0;
    for (const QJsonValue &v : doc.object().value(u"records").toArray()) {
        if (auto record = recordFrom(v.toObject()))
            records.append(*record);
        else
            ++skipped;
    }
    if (skipped > 0)
        qCWarning(lcActivity).noquote() << "skipped" << skipped << "unreadable activity record(s) in" << path;
    std::stable_sort(records.begin(), records.end(), [](const ActivityRecord &a, const ActivityRecord &b) {
        return a.finishedAt < b.finishedAt;
    });
    return records;
}

void ActivityLog::load()
{
    if (auto records = readFile())
        m_records = std::move(*records);
    const qsizetype before = m_records.size();
    prune(false); // inside a reload: no row signals
    if (m_records.size() != before)
        save();
}

void ActivityLog::sync()
{
    if (auto records = readFile())
        merge(*records);
}

void ActivityLog::merge(const QList<ActivityRecord> &onDisk)
{
    QList<ActivityRecord> added;
    for (const ActivityRecord &theirs : onDisk) {
        const qsizetype i = indexOf(theirs.id);
        if (i < 0) {
            added.append(theirs);
            continue;
        }
        ActivityRecord merged = m_touched.contains(theirs.id) ? m_records.at(i) : theirs;
        merged.undone = m_records.at(i).undone || theirs.undone;
        if (merged == m_records.at(i))
            continue;
        m_records[i] = merged;
        Q_EMIT changed(i);
    }
    if (added.isEmpty())
        return;
    QList<ActivityRecord> combined = m_records + added;
    std::stable_sort(combined.begin(), combined.end(), [](const ActivityRecord &a, const ActivityRecord &b) {
        return a.finishedAt < b.finishedAt;
    });
    combined.remove(0, prunable(combined));
    // Records the file still holds but this list has pruned (a write right after loading an
    // old file) change nothing: no relayout for them.
    if (combined == m_records)
        return;
    // Another instance's records fall between this one's by time: the list is laid out again.
    Q_EMIT aboutToReload();
    m_records = std::move(combined);
    Q_EMIT reloaded();
}

qsizetype ActivityLog::prunable(const QList<ActivityRecord> &records) const
{
    const QDateTime oldest = now().addDays(-kKeepDays);
    qsizetype drop = 0;
    while (drop < records.size() && records.at(drop).finishedAt < oldest)
        ++drop;
    return std::max(drop, records.size() - kMaxEntries);
}

void ActivityLog::prune(bool notify)
{
    const qsizetype drop = prunable(m_records);
    if (drop <= 0)
        return;
    if (notify)
        Q_EMIT aboutToRemove(0, drop - 1);
    m_records.remove(0, drop);
    if (notify)
        Q_EMIT removed();
}

qsizetype ActivityLog::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ActivityRecord> ActivityLog::find(const QString &id) const
{
    const qsizetype i = id.isEmpty() ? -1 : indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_records.at(i);
}

QString ActivityLog::add(ActivityRecord record)
{
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Q_EMIT aboutToInsert(m_records.size());
    m_records.append(record);
    Q_EMIT inserted();
    m_touched.insert(record.id);
    prune();
    save();
    return record.id;
}

void ActivityLog::update(const ActivityRecord &record)
{
    const qsizetype i = indexOf(record.id);
    if (i < 0) {
        add(record);
        return;
    }
    if (m_records.at(i) == record)
        return;
    m_records[i] = record;
    m_touched.insert(record.id);
    Q_EMIT changed(i);
    save();
}

void ActivityLog::markUndone(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_records.at(i).undone)
        return;
    m_records[i].undone = true;
    m_touched.insert(id);
    Q_EMIT changed(i);
    save();
}

bool ActivityLog::claimUndo(const QString &id)
{
    if (filePath().isEmpty()) {
        const qsizetype i = indexOf(id);
        if (i < 0 || m_records.at(i).undone)
            return false;
        markUndone(id);
        return true;
    }
    bool claimed = false;
    save([this, &id, &claimed] {
        // After the merge: an undo another instance made is in m_records now.
        const qsizetype i = indexOf(id);
        if (i < 0 || m_records.at(i).undone)
            return false;
        m_records[i].undone = true;
        m_touched.insert(id);
        Q_EMIT changed(i);
        claimed = true;
        return true;
    });
    return claimed;
}

bool ActivityLog::save(const std::function<bool()> &before)
{
    const QString path = filePath();
    if (path.isEmpty())
        return false;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_lastError = QStringLiteral("cannot create the folder");
        qCWarning(lcActivity).noquote() << "cannot write the activity file" << path << m_lastError;
        return false;
    }
    // Owner only: the list names batches, users and what they were given.
    QFile::setPermissions(dir, kOwnerOnlyDir);
    // Read, merge and write under the lock: another instance's write in between would be lost.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(std::chrono::seconds(30));
    if (!lock.tryLock(std::chrono::seconds(2))) {
        m_lastError = QStringLiteral("another instance holds the file's lock");
        qCWarning(lcActivity).noquote() << "cannot write the activity file" << path << m_lastError;
        return false;
    }
    sync();
    if (before && !before())
        return true;
    return writeFile();
}

bool ActivityLog::writeFile()
{
    const QString path = filePath();
    const auto fail = [this, &path](const QString &why) {
        m_lastError = why;
        qCWarning(lcActivity).noquote() << "cannot write the activity file" << path << why;
        return false;
    };
    QJsonArray records;
    for (const ActivityRecord &r : std::as_const(m_records))
        records.append(toJson(r));
    const QJsonObject root{{u"version"_qs, kFormatVersion}, {u"records"_qs, records}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // The temporary file gets the mode before any byte is in it; commit() renames it.
    file.setPermissions(kOwnerOnlyFile);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(file.errorString());
    m_touched.clear();
    m_lastError.clear();
    return true;
}

} // namespace BatchDesk
