#include "models/cache/boardcache.h"

#include "models/cache/snapshotcodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cstdlib>
#include <span>
#include <utility>

Q_LOGGING_CATEGORY(lcBoardCache, "batchdesk.cache")

namespace BatchDesk {

namespace {

constexpr int kCacheBusyTimeoutMs = 5000;
constexpr qsizetype kCacheEntitiesPerBlob = 200; // queues and work orders: a blob or two
constexpr auto kCacheDigest = QCryptographicHash::Blake2b_160;

// SQLite's result codes for a database another connection holds: not damage, so not deleted.
bool cacheIsBusy(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xFF; // extended codes keep the primary in the low byte
    return isNumber && (code == 5 || code == 6);                      // SQLITE_BUSY, SQLITE_LOCKED
}

// One connection for the duration of a call, on the calling thread.
class CacheConnection final
{
public:
    explicit CacheConnection(const QString &path)
        : m_name(QStringLiteral("batchdesk-cache-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kCacheBusyTimeoutMs));
        if (!db.open())
            m_error = db.lastError();
    }
    ~CacheConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    bool ok() const { return !m_error.isValid(); }
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QSqlError m_error;
};

// A failed step: its text, and whether it failed only because another connection held the file.
struct CacheFailure
{
    QString why;
    bool busy = false;
};

CacheFailure cacheFailure(const QString &what, const QSqlError &error)
{
    return {what + QStringLiteral(": ") + error.text(), cacheIsBusy(error)};
}

bool cacheExec(QSqlQuery &q, const QString &sql, CacheFailure *failure)
{
    if (q.exec(sql))
        return true;
    *failure = cacheFailure(sql, q.lastError());
    return false;
}

QByteArray cacheDigest(const QByteArray &blob)
{
    return QCryptographicHash::hash(blob, kCacheDigest);
}

// The files SQLite keeps next to a database.
QStringList cacheFiles(const QString &path)
{
    return {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

const char *const kCacheTables[] = {"queues", "work_orders", "batches"};

bool cacheCreateSchema(QSqlDatabase db, CacheFailure *failure)
{
    QSqlQuery q(db);
    // Whatever the file held before (another schema version's tables too) goes: the cache is
    // replaced, never merged.
    if (!cacheExec(q, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
                   failure))
        return false;
    QStringList old;
    while (q.next())
        old.append(q.value(0).toString());
    q.finish();
    for (const QString &table : std::as_const(old)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!cacheExec(q, QStringLiteral("DROP TABLE \"%1\"").arg(quoted), failure))
            return false;
    }
    if (!cacheExec(q, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"), failure))
        return false;
    for (const char *table : kCacheTables) {
        if (!cacheExec(q,
                       QStringLiteral("CREATE TABLE %1 (seq INTEGER PRIMARY KEY, items INTEGER NOT NULL,"
                                      " data BLOB NOT NULL, digest BLOB NOT NULL)")
                           .arg(QLatin1String(table)),
                       failure))
            return false;
    }
    return true;
}

struct CacheBlob
{
    qsizetype items = 0;
    QByteArray data;
    QByteArray digest;
};

template <typename T>
bool cacheEncodeChunks(const std::vector<T> &values, qsizetype perBlob, std::vector<CacheBlob> &blobs)
{
    const qsizetype total = static_cast<qsizetype>(values.size());
    for (qsizetype from = 0; from < total; from += perBlob) {
        const qsizetype count = std::min(perBlob, total - from);
        CacheBlob blob;
        blob.items = count;
        blob.data = SnapshotCodec::encodeBlob(
            std::span<const T>(values.data() + from, static_cast<std::size_t>(count)));
        if (blob.data.isNull())
            return false;
        blob.digest = cacheDigest(blob.data);
        blobs.push_back(std::move(blob));
    }
    return true;
}

bool cacheInsertChunks(QSqlDatabase db, const char *table, const std::vector<CacheBlob> &blobs,
                       CacheFailure *failure)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (seq, items, data, digest) VALUES (?, ?, ?, ?)")
                            .arg(QLatin1String(table)))) {
        *failure = cacheFailure(QStringLiteral("prepare insert"), insert.lastError());
        return false;
    }
    qint64 seq = 0;
    for (const CacheBlob &blob : blobs) {
        insert.addBindValue(seq++);
        insert.addBindValue(static_cast<qint64>(blob.items));
        insert.addBindValue(blob.data);
        insert.addBindValue(blob.digest);
        if (!insert.exec()) {
            *failure = cacheFailure(QStringLiteral("insert into %1").arg(QLatin1String(table)), insert.lastError());
            return false;
        }
    }
    return true;
}

// Reads a table's rows in order into `values`; false with *failure on any doubt.
template <typename T>
bool cacheReadChunks(QSqlDatabase db, const char *table, std::vector<T> &values, CacheFailure *failure)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!cacheExec(q, QStringLiteral("SELECT seq, items, data, digest FROM %1 ORDER BY seq").arg(QLatin1String(table)),
                   failure))
        return false;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QVariant items = q.value(1);
        const QByteArray data = q.value(2).toByteArray();
        if (q.value(3).toByteArray() != cacheDigest(data)) {
            *failure = {QStringLiteral("row %1 of %2 is damaged (its digest does not match)").arg(seq).arg(QLatin1String(table))};
            return false;
        }
        const std::size_t before = values.size();
        if (!SnapshotCodec::decodeBlob(data, values)) {
            *failure = {QStringLiteral("row %1 of %2 cannot be decoded").arg(seq).arg(QLatin1String(table))};
            return false;
        }
        if (items.typeId() != QMetaType::LongLong || items.toLongLong() != static_cast<qint64>(values.size() - before)) {
            *failure = {QStringLiteral("row %1 of %2 does not hold the items it says").arg(seq).arg(QLatin1String(table))};
            return false;
        }
    }
    if (q.lastError().isValid()) {
        *failure = cacheFailure(QStringLiteral("read %1").arg(QLatin1String(table)), q.lastError());
        return false;
    }
    return true;
}

} // namespace

BoardCache::BoardCache(QString path)
    : m_path(std::move(path))
{
}

QString BoardCache::pathFor(const QString &dataDir, const QString &serverKey, const QString &userEmail)
{
    const QByteArray key = (serverKey + QLatin1Char('\n') + userEmail).toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return dataDir + QStringLiteral("/cache/") + name + QStringLiteral(".sqlite");
}

bool BoardCache::save(const BoardSnapshot &snapshot, QString *error) const
{
    auto fail = [&](const QString &detail) {
        qCWarning(lcBoardCache) << "cannot save the board cache" << m_path << ":" << detail;
        if (error)
            *error = QCoreApplication::translate("BatchDesk::BoardCache", "The board could not be saved for the next start: %1")
                         .arg(detail);
        return false;
    };

    // Encoded before the file is locked: the lock is held only for the writes.
    std::vector<CacheBlob> queueBlobs;
    std::vector<CacheBlob> workOrderBlobs;
    std::vector<CacheBlob> batchBlobs;
    if (!cacheEncodeChunks(snapshot.queues, kCacheEntitiesPerBlob, queueBlobs)
        || !cacheEncodeChunks(snapshot.workOrders, kCacheEntitiesPerBlob, workOrderBlobs)
        || !cacheEncodeChunks(snapshot.batches, kBatchesPerBlob, batchBlobs))
        return fail(QStringLiteral("a value is too large to be kept"));

    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the folder %1").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created 0600 before SQLite opens it (an empty file is an empty database), so it is never
    // readable by others, not even for a moment; SQLite gives its journal the file's mode.
    auto createFile = [&]() -> bool {
        if (QFileInfo::exists(m_path))
            return QFile::setPermissions(m_path, ownerOnly);
        QFile file(m_path);
        return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly);
    };

    CacheFailure failure;
    // Twice at most: a file that is not a database (damaged, or something else under our
    // name) is removed and the save starts again on a new one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!createFile())
            return fail(QStringLiteral("cannot create %1").arg(m_path));
        bool notADatabase = false;
        {
            CacheConnection c(m_path);
            if (!c.ok())
                return fail(c.error().text());
            QSqlDatabase db = c.db();
            QSqlQuery q(db);
            auto rollback = [&] {
                QSqlQuery r(db);
                r.exec(QStringLiteral("ROLLBACK"));
            };
            // The rollback journal, not WAL: the cache is one file with no -wal/-shm beside
            // it between saves.
            if (!cacheExec(q, QStringLiteral("PRAGMA journal_mode=DELETE"), &failure)
                || !cacheExec(q, QStringLiteral("BEGIN IMMEDIATE"), &failure)) {
                // SQLITE_NOTADB (26): not a database.
                notADatabase = (q.lastError().nativeErrorCode().toInt() & 0xFF) == 26;
                if (!notADatabase)
                    return fail(failure.why);
            } else {
                bool written = cacheCreateSchema(db, &failure);
                if (written) {
                    QSqlQuery meta(db);
                    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                    const std::pair<QString, QVariant> values[] = {
                        {QStringLiteral("schema"), QVariant(qint64(kSchemaVersion))},
                        {QStringLiteral("server_key"), QVariant(snapshot.serverKey)},
                        {QStringLiteral("user_email"), QVariant(snapshot.userEmail)},
                        {QStringLiteral("as_of"), snapshot.asOf.isValid() ? QVariant(snapshot.asOf.toMSecsSinceEpoch())
                                                                          : QVariant(QMetaType::fromType<qint64>())},
                        {QStringLiteral("server_total"), QVariant(snapshot.serverTotal)},
                        {QStringLiteral("queue_count"), QVariant(qint64(snapshot.queues.size()))},
                        {QStringLiteral("work_order_count"), QVariant(qint64(snapshot.workOrders.size()))},
                        {QStringLiteral("batch_count"), QVariant(qint64(snapshot.batches.size()))},
                    };
                    for (const auto &[key, value] : values) {
                        meta.addBindValue(key);
                        meta.addBindValue(value);
                        if (!meta.exec()) {
                            failure = cacheFailure(QStringLiteral("insert into meta"), meta.lastError());
                            written = false;
                            break;
                        }
                    }
                }
                written = written && cacheInsertChunks(db, "queues", queueBlobs, &failure)
                          && cacheInsertChunks(db, "work_orders", workOrderBlobs, &failure)
                          && cacheInsertChunks(db, "batches", batchBlobs, &failure)
                          && cacheExec(q, QStringLiteral("COMMIT"), &failure);
                if (!written) {
                    rollback();
                    return fail(failure.why);
                }
                return true;
            }
        }
        // The connection is closed: the file can go.
        qCWarning(lcBoardCache) << "replacing" << m_path << "which is not a database";
        remove();
    }
    return fail(failure.why);
}

BoardCache::LoadResult BoardCache::load(const QString &serverKey, const QString &userEmail, BoardSnapshot &out,
                                        QString *why) const
{
    if (!QFileInfo::exists(m_path)) {
        if (why)
            *why = QStringLiteral("no cache file");
        return LoadResult::Missing;
    }

    BoardSnapshot snapshot;
    CacheFailure failure;
    // Every step is one condition; the first that fails says why.
    const bool loaded = [&]() -> bool {
        CacheConnection c(m_path);
        if (!c.ok()) {
            failure = cacheFailure(QStringLiteral("open"), c.error());
            return false;
        }
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // One read transaction: a save that commits meanwhile is seen wholly or not at all.
        if (!cacheExec(q, QStringLiteral("BEGIN"), &failure))
            return false;
        auto end = qScopeGuard([&] {
            QSqlQuery r(db);
            r.exec(QStringLiteral("ROLLBACK"));
        });
        // The b-trees and pages must be sound before any row is believed.
        if (!cacheExec(q, QStringLiteral("PRAGMA quick_check"), &failure))
            return false;
        if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
            failure = {QStringLiteral("integrity check failed: %1").arg(q.value(0).toString())};
            return false;
        }
        q.finish();

        if (!cacheExec(q, QStringLiteral("SELECT key, value FROM meta"), &failure))
            return false; // no meta table: not a cache file of any version we wrote
        QHash<QString, QVariant> meta;
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1));
        q.finish();
        const QVariant schema = meta.value(QStringLiteral("schema"));
        if (schema.typeId() != QMetaType::LongLong || schema.toLongLong() != kSchemaVersion) {
            failure = {QStringLiteral("schema version %1, expected %2")
                           .arg(schema.isValid() ? schema.toString() : QStringLiteral("(none)"))
                           .arg(kSchemaVersion)};
            return false;
        }
        const QVariant storedServer = meta.value(QStringLiteral("server_key"));
        const QVariant storedUser = meta.value(QStringLiteral("user_email"));
        if (storedServer.typeId() != QMetaType::QString || storedUser.typeId() != QMetaType::QString
            || storedServer.toString() != serverKey || storedUser.toString() != userEmail) {
            failure = {QStringLiteral("it holds another server's or user's board")};
            return false;
        }
        auto count = [&](const char *key, qint64 &value) {
            const QVariant v = meta.value(QLatin1String(key));
            if (v.typeId() != QMetaType::LongLong || v.toLongLong() < 0)
                return false;
            value = v.toLongLong();
            return true;
        };
        qint64 queueCount = 0;
        qint64 workOrderCount = 0;
        qint64 batchCount = 0;
        if (!count("server_total", snapshot.serverTotal) || !count("queue_count", queueCount)
            || !count("work_order_count", workOrderCount) || !count("batch_count", batchCount)) {
            failure = {QStringLiteral("its meta table is incomplete")};
            return false;
        }
        const QVariant asOf = meta.value(QStringLiteral("as_of"));
        constexpr qint64 kLatestMs = 8'640'000'000'000'000; // the codec's date range
        if (asOf.typeId() == QMetaType::LongLong && std::abs(asOf.toLongLong()) <= kLatestMs) {
            snapshot.asOf = QDateTime::fromMSecsSinceEpoch(asOf.toLongLong(), Qt::UTC);
        } else if (asOf.isValid() && !asOf.isNull()) {
            failure = {QStringLiteral("its meta table is incomplete")};
            return false;
        }
        snapshot.serverKey = serverKey;
        snapshot.userEmail = userEmail;

        if (!cacheReadChunks(db, "queues", snapshot.queues, &failure)
            || !cacheReadChunks(db, "work_orders", snapshot.workOrders, &failure)
            || !cacheReadChunks(db, "batches", snapshot.batches, &failure))
            return false;
        if (static_cast<qint64>(snapshot.queues.size()) != queueCount
            || static_cast<qint64>(snapshot.workOrders.size()) != workOrderCount
            || static_cast<qint64>(snapshot.batches.size()) != batchCount) {
            failure = {QStringLiteral("rows are missing")};
            return false;
        }
        return true;
    }();

    if (loaded) {
        out = std::move(snapshot);
        return LoadResult::Loaded;
    }
    if (why)
        *why = failure.why;
    if (failure.busy) {
        // Another process held the file for longer than the busy timeout: nothing wrong with
        // it, so it stays; this start goes without it.
        qCWarning(lcBoardCache) << "board cache" << m_path << "is busy; starting without it:" << failure.why;
        return LoadResult::Missing;
    }
    qCWarning(lcBoardCache) << "discarding the board cache" << m_path << ":" << failure.why;
    remove();
    return LoadResult::Discarded;
}

bool BoardCache::touch(const QString &serverKey, const QString &userEmail, const QDateTime &asOf) const
{
    if (!QFileInfo::exists(m_path) || !asOf.isValid())
        return false;
    CacheConnection c(m_path);
    if (!c.ok())
        return false;
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    CacheFailure failure;
    if (!cacheExec(q, QStringLiteral("BEGIN IMMEDIATE"), &failure))
        return false;
    auto metaValue = [&](const QString &key) {
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        read.addBindValue(key);
        return read.exec() && read.next() ? read.value(0) : QVariant();
    };
    // Only the file this board was written to: same schema, server and user.
    const bool same = metaValue(QStringLiteral("schema")).toLongLong() == kSchemaVersion
                      && metaValue(QStringLiteral("server_key")).toString() == serverKey
                      && metaValue(QStringLiteral("user_email")).toString() == userEmail;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'as_of'"));
    update.addBindValue(QVariant(asOf.toMSecsSinceEpoch()));
    if (!same || !update.exec() || update.numRowsAffected() != 1
        || !cacheExec(q, QStringLiteral("COMMIT"), &failure)) {
        QSqlQuery r(db);
        r.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void BoardCache::remove() const
{
    for (const QString &file : cacheFiles(m_path))
        QFile::remove(file);
}

} // namespace BatchDesk
