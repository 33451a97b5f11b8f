#include "models/planning/completionhistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcHistory, "batchdesk.planning.history")

namespace BatchDesk {

namespace {

constexpr int kSchemaVersion = 1;
constexpr int kBusyTimeoutMs = 10000;
constexpr double kMsPerDay = 86400.0 * 1000.0;

enum Dimension : int { DimWorkOrder = 0, DimQueue = 1, DimUser = 2 };

QString dayKey(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// One connection for the duration of a call, on the calling thread.
class Connection final
{
public:
    Connection(const QString &path, bool create)
        : m_name(QStringLiteral("batchdesk-history-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        if (!create && !QFileInfo::exists(path)) {
            m_missing = true;
            return;
        }
        if (create) {
            const QFileInfo info(path);
            QDir().mkpath(info.absolutePath());
            QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                             | QFileDevice::ExeOwner);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        m_ok = db.open();
        if (!m_ok) {
            m_error = db.lastError().text();
            return;
        }
        if (create)
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_ok; }
    bool missing() const { return m_missing; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    bool m_missing = false;
    QString m_error;
};

bool exec(QSqlQuery &q, const QString &sql, QString *why)
{
    if (q.exec(sql))
        return true;
    *why = q.lastError().text();
    return false;
}

bool ensureSchema(QSqlDatabase db, QString *why)
{
    QSqlQuery q(db);
    // WAL: readers (the other instance's fill()) never wait for a writer.
    if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), why))
        return false;
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS batch_state (batch_id TEXT PRIMARY KEY, complete INTEGER NOT NULL,"
        " seen_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS daily (day TEXT NOT NULL, dim INTEGER NOT NULL, key TEXT NOT NULL,"
        " count REAL NOT NULL, PRIMARY KEY (day, dim, key))",
    };
    for (const char *sql : statements) {
        if (!exec(q, QString::fromLatin1(sql), why))
            return false;
    }
    if (!exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"), why))
        return false;
    if (q.next()) {
        if (q.value(0).toInt() > kSchemaVersion) {
            *why = QCoreApplication::translate("BatchDesk::CompletionHistory", "The history was written by a newer version of BatchDesk.");
            return false;
        }
    }
    return true;
}

std::optional<qint64> metaInt(QSqlDatabase db, const QString &key, QString *why)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *why = q.lastError().text();
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    return qint64(-1);
}

// Spreads `count` completions over [from, to] by UTC day, in proportion to the time of each
// day inside the span; a span of no length puts everything on the day of `to`.
void spread(double count, const QDateTime &from, const QDateTime &to, QHash<QDate, double> &days)
{
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    if (end <= start) {
        days[to.toUTC().date()] += count;
        return;
    }
    const double span = static_cast<double>(end - start);
    QDate day = from.toUTC().date();
    while (true) {
        const qint64 dayStart = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 dayEnd = dayStart + static_cast<qint64>(kMsPerDay);
        const qint64 a = std::max(start, dayStart);
        const qint64 b = std::min(end, dayEnd);
        if (b > a)
            days[day] += count * static_cast<double>(b - a) / span;
        if (dayEnd >= end)
            break;
        day = day.addDays(1);
    }
}

} // namespace

CompletionHistory::CompletionHistory(QString path)
    : m_path(std::move(path))
{
}

QString CompletionHistory::defaultPath(const QString &dataDir, const QString &serverKey)
{
    const QByteArray key = serverKey.toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return dataDir + QStringLiteral("/history/") + name
           + QStringLiteral(".sqlite");
}

bool CompletionHistory::record(const std::vector<BatchObservation> &batches, const QDateTime &nowIn, QString *error)
{
    const QDateTime now = nowIn.toUTC();
    QString why;
    auto fail = [&](const QString &detail) {
        qCWarning(lcHistory) << "cannot record completions:" << detail;
        if (error)
            *error = QCoreApplication::translate("BatchDesk::CompletionHistory", "The completion history could not be saved: %1").arg(detail);
        return false;
    };
    Connection c(m_path, true);
    if (!c.ok())
        return fail(c.error());
    QSqlDatabase db = c.db();
    if (!ensureSchema(db, &why))
        return fail(why);

    QSqlQuery q(db);
    // Taken before anything is read: another instance's observation is either all before
    // ours or all after it.
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), &why))
        return fail(why);
    auto rollback = [&](const QString &detail) {
        QSqlQuery r(db);
        r.exec(QStringLiteral("ROLLBACK"));
        return fail(detail);
    };

    const std::optional<qint64> lastRunMs = metaInt(db, QStringLiteral("last_run"), &why);
    if (!lastRunMs)
        return rollback(why);
    const QDateTime lastRun = *lastRunMs >= 0 ? QDateTime::fromMSecsSinceEpoch(*lastRunMs, QTimeZone::utc()) : QDateTime();
    // A clock that went back (or an instance with a clock ahead): spans never run backwards.
    const QDateTime since = lastRun.isValid() && lastRun < now ? lastRun : now;

    QHash<QString, qint64> known;
    if (!exec(q, QStringLiteral("SELECT batch_id, complete FROM batch_state"), &why))
        return rollback(why);
    while (q.next())
        known.insert(q.value(0).toString(), q.value(1).toLongLong());

    // day → dimension → key → completions
    QHash<QDate, double> perDay;
    QHash<std::pair<QDate, std::pair<int, QString>>, double> daily;
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO batch_state (batch_id, complete, seen_at) VALUES (?, ?, ?)"
                                  " ON CONFLICT(batch_id) DO UPDATE SET complete = excluded.complete,"
                                  " seen_at = excluded.seen_at"));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const BatchObservation &b : batches) {
        const auto it = known.constFind(b.batchId);
        double increase = 0;
        QDateTime from = since;
        if (it != known.cend()) {
            if (*it == b.complete)
                continue;
            increase = static_cast<double>(b.complete - *it);
        } else if (lastRun.isValid() && b.created.isValid() && b.created > lastRun && b.created <= now) {
            // New since the last observation: whatever is complete was done after it was created.
            increase = static_cast<double>(b.complete);
            from = b.created.toUTC();
        }
        upsert.addBindValue(b.batchId);
        upsert.addBindValue(b.complete);
        upsert.addBindValue(nowMs);
        if (!upsert.exec())
            return rollback(upsert.lastError().text());
        if (increase <= 0)
            continue; // a first sight, or a count that went down (corrected on the server)
        perDay.clear();
        spread(increase, from, now, perDay);
        for (const auto &[day, count] : perDay.asKeyValueRange()) {
            daily[{day, {DimWorkOrder, b.workOrderId}}] += count;
            daily[{day, {DimQueue, b.queueId}}] += count;
            if (!b.technicianIds.isEmpty()) {
                const double share = count / static_cast<double>(b.technicianIds.size());
                for (const QString &t : b.technicianIds)
                    daily[{day, {DimUser, t}}] += share;
            }
        }
    }

    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO daily (day, dim, key, count) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT(day, dim, key) DO UPDATE SET count = count + excluded.count"));
    for (const auto &[key, count] : daily.asKeyValueRange()) {
        add.addBindValue(dayKey(key.first));
        add.addBindValue(key.second.first);
        add.addBindValue(key.second.second);
        add.addBindValue(count);
        if (!add.exec())
            return rollback(add.lastError().text());
    }

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("schema"), QString::number(kSchemaVersion)},
        {QStringLiteral("last_run"), QString::number(std::max(nowMs, lastRunMs.value_or(-1)))},
    };
    for (const auto &[k, v] : values) {
        meta.addBindValue(k);
        meta.addBindValue(v);
        if (!meta.exec())
            return rollback(meta.lastError().text());
    }
    QSqlQuery start(db);
    start.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('history_start', ?)"));
    start.addBindValue(QString::number(nowMs));
    if (!start.exec())
        return rollback(start.lastError().text());

    // Compaction: days past the keep window go, and so do batches not seen for as long.
    QSqlQuery purge(db);
    purge.prepare(QStringLiteral("DELETE FROM daily WHERE day < ?"));
    purge.addBindValue(dayKey(now.date().addDays(-kKeepDays)));
    if (!purge.exec())
        return rollback(purge.lastError().text());
    purge.prepare(QStringLiteral("DELETE FROM batch_state WHERE seen_at < ?"));
    purge.addBindValue(nowMs - static_cast<qint64>(kKeepDays) * static_cast<qint64>(kMsPerDay));
    if (!purge.exec())
        return rollback(purge.lastError().text());

    if (!exec(q, QStringLiteral("COMMIT"), &why))
        return rollback(why);
    return true;
}

QDateTime CompletionHistory::historyStart(QString *error) const
{
    Connection c(m_path, false);
    if (c.missing())
        return {};
    QString why;
    if (!c.ok()) {
        if (error)
            *error = QCoreApplication::translate("BatchDesk::CompletionHistory", "The completion history could not be read: %1").arg(c.error());
        return {};
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'history_start'"));
    if (!q.exec()) {
        // A database without the table yet: no history.
        return {};
    }
    if (q.next())
        return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    return {};
}

bool CompletionHistory::fill(PaceWindow &window, QString *error) const
{
    QString why;
    const QDateTime start = historyStart(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!start.isValid())
        return true;
    Connection c(m_path, false);
    if (!c.ok()) {
        if (error)
            *error = QCoreApplication::translate("BatchDesk::CompletionHistory", "The completion history could not be read: %1").arg(c.error());
        return false;
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT dim, key, count FROM daily WHERE day = ?"));
    for (DayCompletions &day : window.days) {
        const QDateTime dayStart(day.day, QTime(0, 0), QTimeZone::utc());
        if (start > dayStart)
            continue; // the history began during or after this day: it did not see all of it
        day.source = PaceSource::OwnHistory;
        day.byWorkOrder.clear();
        day.byQueue.clear();
        day.byUser.clear();
        q.addBindValue(dayKey(day.day));
        if (!q.exec()) {
            if (error)
                *error = QCoreApplication::translate("BatchDesk::CompletionHistory", "The completion history could not be read: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next()) {
            const QString key = q.value(1).toString();
            const double count = q.value(2).toDouble();
            switch (q.value(0).toInt()) {
            case DimWorkOrder:
                day.byWorkOrder[key] += count;
                break;
            case DimQueue:
                day.byQueue[key] += count;
                break;
            case DimUser:
                day.byUser[key] += count;
                break;
            default:
                break;
            }
        }
    }
    return true;
}

} // namespace BatchDesk
