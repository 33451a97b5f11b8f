// The board's local cache without a server: a snapshot of every field (seed- and later-
// revision shapes) comes back operator== equal; a damaged file (random bytes, truncated, a
// changed blob, a blob of garbage with a matching digest, a missing row, no tables), a file of
// another schema version and another user's or server's file are Discarded — deleted, with a
// warning on "batchdesk.cache" — and never returned; saves run on a worker thread while the
// GUI thread loads another file; the codec refuses every truncation of a blob and survives
// random damage without crashing or allocating what the bytes claim.

#include "models/cache/boardcache.h"
#include "models/cache/snapshotcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QUuid>

#include <atomic>

using namespace BatchDesk;
using namespace Niagara;

namespace {

const QDateTime kAsOf(QDate(2024, 5, 6), QTime(7, 30, 12, 345), Qt::UTC);

QDateTime utc(int day, int hour = 9)
{
    return QDateTime(QDate(2024, 4, day), QTime(hour, 15, 30, 250), Qt::UTC);
}

CycleCounts counts(qint64 base)
{
    CycleCounts c;
    for (std::size_t i = 0; i < c.counts.size(); ++i)
        c.counts[i] = base + static_cast<qint64>(i) * 7;
    return c;
}

Status status(const QString &label, StatusCategory category, std::optional<double> order)
{
    Status s;
    s.label = label;
    s.description = label + QStringLiteral(" — the customer's words");
    s.category = category;
    s.order = order;
    return s;
}

Location location(const QString &id)
{
    Location l;
    l.id = id;
    l.label = QStringLiteral("Plant ") + id;
    l.created = utc(1);
    l.updated = QDateTime(); // null
    l.locationType = QStringLiteral("facility");
    l.formattedAddress = QStringLiteral("1 Rue de l'Usine, 69007 Lyon");
    l.address = {QStringLiteral("FRA"), QStringLiteral("Auvergne-Rhône-Alpes"), QStringLiteral("Rhône"),
                 QStringLiteral("Lyon"),  QStringLiteral("69007"),               QStringLiteral("Rue de l'Usine"),
                 QStringLiteral("1"),    QString(QLatin1StringView(""))};
    return l;
}

// Seed revision: a number priority, location, every server total.
Queue seedQueue()
{
    Queue q;
    q.id = QStringLiteral("queue-imaging");
    q.label = QStringLiteral("Imaging Bay");
    q.created = utc(2);
    q.updated = QDateTime(QDate(2024, 4, 3), QTime(10, 0), Qt::OffsetFromUTC, 2 * 3600);
    q.priority = SortKey::fromNumber(2.5);
    q.location = location(QStringLiteral("loc-1"));
    q.totalWorkOrders = counts(3);
    q.totalBatches = 120;
    q.activeWorkOrders = 0;
    q.activeBatches = 44;
    q.activeCycles = std::numeric_limits<qint64>::max();
    return q;
}

// Later revision: a string priority, no totals, no location.
Queue laterQueue()
{
    Queue q;
    q.id = QStringLiteral("queue-kitting");
    q.label = QStringLiteral("Kitting 東京 ✓");
    q.created = utc(3);
    q.updated = QDateTime(QDate(2024, 4, 4), QTime(11, 0), QTimeZone::utc());
    q.priority = SortKey::fromString(QStringLiteral("a0"));
    return q;
}

Customer customer()
{
    Customer c;
    c.id = QStringLiteral("cust-1");
    c.label = QStringLiteral("Acme");
    c.created = utc(1);
    c.updated = utc(2);
    c.allowedStatuses = {status(QStringLiteral("Waiting"), StatusCategory::Pending, 1),
                         status(QStringLiteral("Imaging"), StatusCategory::InProgress, std::nullopt),
                         status(QStringLiteral("Stuck"), StatusCategory::Blocked, -3.25)};
    c.totalPrograms = 4;
    return c;
}

WorkOrder seedWorkOrder()
{
    WorkOrder w;
    w.id = QStringLiteral("wo-500");
    w.label = QStringLiteral("Provision 500 iPad");
    w.created = utc(1);
    w.updated = utc(5);
    w.description = QStringLiteral("Line one\nline two\ttabbed");
    w.workOrderType = QStringLiteral("provision");
    w.beginDate = utc(1, 8);
    w.dueDate = utc(20, 17);
    w.startDate = QDateTime(); // null
    w.endDate = QDateTime();
    w.currentStatus = status(QStringLiteral("Open"), StatusCategory::InProgress, 2);
    Program program;
    program.id = QStringLiteral("prog-1");
    program.label = QStringLiteral("Schools");
    program.created = utc(1);
    program.updated = utc(1);
    program.startDate = utc(1);
    program.customer = customer();
    program.allowedStatuses = customer().allowedStatuses;
    Project project;
    project.id = QStringLiteral("proj-1");
    project.label = QStringLiteral("District 9");
    project.description = QString(QLatin1StringView("")); // empty, not null
    project.created = utc(1);
    project.updated = utc(2);
    project.endDate = utc(30);
    project.customer = customer();
    project.program = program;
    project.allowedStatuses = {status(QStringLiteral("Done"), StatusCategory::Complete, 9)};
    w.project = project;
    w.location = location(QStringLiteral("loc-2"));
    WorkOrderCycles imaging;
    imaging.needed = 500;
    imaging.counts = counts(10);
    imaging.workFlow = WorkFlowSummary{QStringLiteral("wf-1"), QStringLiteral("Imaging"), QStringLiteral("1.2"), 7,
                                       QStringLiteral("device")};
    WorkOrderCycles kitting;
    kitting.needed = 0;
    kitting.counts = counts(0);
    w.cycles = {imaging, kitting};
    return w;
}

WorkOrder laterWorkOrder()
{
    WorkOrder w;
    w.id = QStringLiteral("wo-later");
    w.label = QStringLiteral("Later revision");
    w.created = utc(2);
    w.updated = utc(3);
    w.dueDate = QDateTime(); // none
    WorkOrderCycles one;
    one.needed = 12;
    one.counts = counts(1);
    one.workFlow = WorkFlowSummary{QStringLiteral("wf-2"), QString(), QString(), std::nullopt, QString()};
    w.cycles = {one};
    return w;
}

User user(const QString &id, bool full)
{
    User u;
    u.id = id;
    u.name = QStringLiteral("Ana Łukasiewicz ") + id;
    u.email = id + QStringLiteral("@example.com");
    if (full) {
        u.created = utc(1);
        u.updated = utc(2);
        u.profile = QStringLiteral("https://example.com/p/") + id;
        u.picture = QStringLiteral("https://example.com/i/") + id + QStringLiteral(".png");
    }
    return u;
}

CachedBatch batch(int i)
{
    CachedBatch b;
    BatchRecord &r = b.record;
    r.id = QStringLiteral("batch-%1").arg(i);
    r.label = QStringLiteral("iPad %1/250").arg(i + 1);
    r.created = utc(1 + i % 20);
    r.updated = i % 5 == 0 ? QDateTime() : utc(2 + i % 20, 11);
    r.numberCycles = 10 + i;
    r.cycles = counts(i);
    switch (i % 4) {
    case 0: // seed revision: a number order, technicians from relations
        r.order = SortKey::fromNumber(i);
        r.status = status(QStringLiteral("Imaging"), StatusCategory::InProgress, std::nullopt);
        r.queueId = QStringLiteral("queue-imaging");
        r.workOrderId = QStringLiteral("wo-500");
        r.technicians = {user(QStringLiteral("u-ana"), false), user(QStringLiteral("u-ben"), false)};
        b.techniciansFromRelations = true;
        b.techniciansReadAtMs = kAsOf.toMSecsSinceEpoch() - i;
        break;
    case 1: // seed revision, relations never read
        r.order = SortKey::fromNumber(-0.5 * i);
        r.queueId = QStringLiteral("queue-imaging");
        r.workOrderId = QStringLiteral("wo-500");
        b.techniciansFromRelations = true;
        b.techniciansReadAtMs = 0;
        break;
    case 2: // later revision: a string order, embedded assigned users
        r.order = SortKey::fromString(QStringLiteral("a%1").arg(i));
        r.status = status(QStringLiteral("Done ✓"), StatusCategory::Complete, 4);
        r.queueId = QStringLiteral("queue-kitting");
        r.workOrderId = QStringLiteral("wo-later");
        r.technicians = {user(QStringLiteral("u-cy"), true)};
        break;
    default: // no order at all, nothing assigned, an empty (not null) label
        r.label = QString(QLatin1StringView(""));
        r.queueId = QStringLiteral("queue-kitting");
        r.workOrderId = QStringLiteral("wo-later");
        break;
    }
    return b;
}

BoardSnapshot snapshot(const QString &serverKey, const QString &userEmail, int batches)
{
    BoardSnapshot s;
    s.serverKey = serverKey;
    s.userEmail = userEmail;
    s.asOf = kAsOf;
    s.serverTotal = batches + 3;
    s.queues = {seedQueue(), laterQueue()};
    s.workOrders = {seedWorkOrder(), laterWorkOrder()};
    s.batches.reserve(static_cast<std::size_t>(batches));
    for (int i = 0; i < batches; ++i)
        s.batches.push_back(batch(i));
    return s;
}

const QString kServer = QStringLiteral("profile-7f3a");
const QString kUser = QStringLiteral("dana@example.com");

// Records the warnings logged on "batchdesk.cache" (from any thread); everything else goes to
// the handler that was installed before.
class CacheWarnings final
{
public:
    CacheWarnings() { s_previous = qInstallMessageHandler(&CacheWarnings::handle); }
    ~CacheWarnings()
    {
        qInstallMessageHandler(s_previous);
        QMutexLocker lock(&s_mutex);
        s_lines.clear();
    }
    CacheWarnings(const CacheWarnings &) = delete;
    CacheWarnings &operator=(const CacheWarnings &) = delete;

    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && context.category && qstrcmp(context.category, "batchdesk.cache") == 0) {
            QMutexLocker lock(&s_mutex);
            s_lines.append(message);
            return;
        }
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

// A connection of the test's own to poke at a cache file.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("tst-boardcache-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return values;
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }

private:
    QString m_name;
    bool m_ok = false;
};

QByteArray blake2b160(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160);
}

} // namespace

class TestBoardCache final : public QObject
{
    Q_OBJECT

private:
    // A snapshot that can never be what a load returns: the load must leave it alone.
    static BoardSnapshot sentinel()
    {
        BoardSnapshot s;
        s.serverKey = QStringLiteral("sentinel");
        s.serverTotal = -1;
        return s;
    }

    // The file is gone, `out` untouched, and one warning on batchdesk.cache says why.
    void expectDiscarded(const BoardCache &cache, const QString &serverKey, const QString &userEmail,
                         const QString &reasonPattern)
    {
        CacheWarnings warnings;
        BoardSnapshot out = sentinel();
        QString why;
        QCOMPARE(cache.load(serverKey, userEmail, out, &why), BoardCache::LoadResult::Discarded);
        QVERIFY2(QRegularExpression(reasonPattern).match(why).hasMatch(), qPrintable(why));
        QVERIFY(!QFileInfo::exists(cache.path()));
        QVERIFY(!QFileInfo::exists(cache.path() + QStringLiteral("-journal")));
        QVERIFY(out == sentinel());
        const QStringList lines = warnings.lines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("discarding")) && lines.first().contains(why),
                 qPrintable(lines.first()));
        // And the next start finds nothing, quietly.
        QCOMPARE(cache.load(serverKey, userEmail, out, &why), BoardCache::LoadResult::Missing);
        QCOMPARE(warnings.lines().size(), 1);
    }

private Q_SLOTS:
    void pathIsPerServerAndUser()
    {
        const QString path = BoardCache::pathFor(QStringLiteral("/data"), kServer, kUser);
        QVERIFY2(QRegularExpression(QStringLiteral("^/data/cache/[0-9a-f]{32}\\.sqlite$")).match(path).hasMatch(),
                 qPrintable(path));
        QCOMPARE(BoardCache::pathFor(QStringLiteral("/data"), kServer, kUser), path);
        const QByteArray expected =
            QCryptographicHash::hash((kServer + QLatin1Char('\n') + kUser).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32);
        QCOMPARE(QFileInfo(path).completeBaseName().toLatin1(), expected);
        QVERIFY(BoardCache::pathFor(QStringLiteral("/data"), kServer, QStringLiteral("eli@example.com")) != path);
        QVERIFY(BoardCache::pathFor(QStringLiteral("/data"), QStringLiteral("profile-other"), kUser) != path);
        QCOMPARE(BoardCache(path).path(), path);
    }

    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        BoardSnapshot written = snapshot(kServer, kUser, 1234); // three batch blobs
        // Strings that are not Latin-1, down to a lone surrogate (JSON's "\ud800" decodes to one).
        written.batches[5].record.label = QStringLiteral("Prüfung 東京 ") + QChar(0xD800) + QStringLiteral("x");
        written.batches[6].record.technicians[0].name = QStringLiteral("Ωμέγα");
        written.queues[0].location->address.premise = QString(); // null next to the empty subPremise
        // Date kinds other than UTC keep their kind, not only the instant.
        written.batches[9].record.created = QDateTime(QDate(2024, 4, 9), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600);
        written.batches[10].record.created = QDateTime(QDate(2024, 4, 10), QTime(8, 0), Qt::LocalTime);
        written.batches[11].record.created = QDateTime(QDate(2024, 4, 11), QTime(8, 0), QTimeZone::utc());

        QString error;
        QVERIFY2(cache.save(written, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        BoardSnapshot read;
        QString why;
        QCOMPARE(cache.load(kServer, kUser, read, &why), BoardCache::LoadResult::Loaded);
        QVERIFY(read == written);
        // Field by field where operator== is lenient or a mismatch would be hard to read.
        QCOMPARE(read.asOf, kAsOf);
        QCOMPARE(read.serverTotal, qint64(1237));
        QCOMPARE(read.queues.size(), std::size_t(2));
        QVERIFY(read.queues[0] == written.queues[0]);
        QVERIFY(read.queues[1] == laterQueue());
        QVERIFY(!read.queues[1].totalBatches.has_value());
        QVERIFY(!read.queues[1].location.has_value());
        QVERIFY(read.queues[0].priority.isNumber());
        QCOMPARE(read.queues[1].priority.toString(), QStringLiteral("a0"));
        QCOMPARE(read.queues[1].updated.timeSpec(), Qt::TimeZone);
        QCOMPARE(read.queues[0].updated.offsetFromUtc(), 2 * 3600);
        QVERIFY(read.workOrders[0] == seedWorkOrder());
        QVERIFY(read.workOrders[1] == laterWorkOrder());
        QCOMPARE(read.workOrders[0].cycles.size(), 2);
        QVERIFY(!read.workOrders[0].cycles[1].workFlow.has_value());
        QVERIFY(read.workOrders[0].startDate.isNull());
        QVERIFY(read.workOrders[0].project->description.isEmpty());
        QVERIFY(!read.workOrders[0].project->description.isNull());
        QVERIFY(read.workOrders[1].cycles[0].workFlow->label.isNull());
        QVERIFY(read.queues[0].location->address.premise.isNull());
        QVERIFY(!read.queues[0].location->address.subPremise.isNull());
        QCOMPARE(read.batches.size(), written.batches.size());
        for (std::size_t i = 0; i < read.batches.size(); ++i)
            QVERIFY2(read.batches[i] == written.batches[i], qPrintable(written.batches[i].record.id));
        QCOMPARE(read.batches[5].record.label, written.batches[5].record.label);
        QCOMPARE(read.batches[9].record.created.offsetFromUtc(), -5 * 3600);
        QCOMPARE(read.batches[10].record.created.timeSpec(), Qt::LocalTime);
        QVERIFY(!read.batches[3].record.order.isValid());
        QVERIFY(!read.batches[3].record.label.isNull());
        QVERIFY(read.batches[0].record.updated.isNull());
        QVERIFY(read.batches[0].techniciansFromRelations);
        QCOMPARE(read.batches[0].techniciansReadAtMs, kAsOf.toMSecsSinceEpoch());
        QCOMPARE(read.batches[0].record.technicians.size(), 2);
        QVERIFY(read.batches[2].record.status.has_value());
        QVERIFY(!read.batches[1].record.status.has_value());
        QCOMPARE(read.batches[2].record.technicians.first().picture, written.batches[2].record.technicians.first().picture);

        // The operator== used above does see a difference.
        BoardSnapshot changed = read;
        changed.batches[700].record.technicians.clear();
        QVERIFY(!(changed == written));
        changed = read;
        changed.batches[700].techniciansReadAtMs += 1;
        QVERIFY(!(changed == written));
    }

    void emptyBoardRoundTrips()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        BoardSnapshot written;
        written.serverKey = kServer;
        written.userEmail = kUser;
        QVERIFY(cache.save(written));
        BoardSnapshot read = sentinel();
        QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
        QVERIFY(read == written);
        QVERIFY(read.asOf.isNull());
    }

    void saveReplacesTheWholeContent()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 1100)));
        BoardSnapshot smaller = snapshot(kServer, kUser, 7);
        smaller.queues.pop_back();
        smaller.asOf = kAsOf.addSecs(60);
        QVERIFY(cache.save(smaller));
        BoardSnapshot read;
        QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
        QVERIFY(read == smaller);
        // A rollback journal only while a save runs: nothing beside the file between saves.
        const QStringList files = QDir(QFileInfo(cache.path()).absolutePath()).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QFileInfo(cache.path()).fileName()});
    }

    void fileAndFolderAreTheOwnersOnly()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 3)));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QFileDevice::Permissions file = QFileInfo(cache.path()).permissions();
        QCOMPARE(file & (owner | QFileDevice::ExeOwner | others), owner);
        const QFileDevice::Permissions folder = QFileInfo(QFileInfo(cache.path()).absolutePath()).permissions();
        QCOMPARE(folder & (owner | QFileDevice::ExeOwner | others), owner | QFileDevice::ExeOwner);
        // An existing file someone made readable goes back to 0600 with the next save.
        QVERIFY(QFile::setPermissions(cache.path(), owner | QFileDevice::ReadOther));
        QVERIFY(cache.save(snapshot(kServer, kUser, 3)));
        QCOMPARE(QFileInfo(cache.path()).permissions() & others, QFileDevice::Permissions());
#endif
    }

    void holdsNoTokenOrSecret()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 40)));
        {
            RawDb raw(cache.path());
            QVERIFY(raw.ok());
            // No table, column or meta key is named for a token or secret.
            const QStringList schema = raw.column(QStringLiteral("SELECT sql FROM sqlite_master"));
            QVERIFY(!schema.isEmpty());
            const QStringList keys = raw.column(QStringLiteral("SELECT key FROM meta"));
            QCOMPARE(keys.size(), 8);
            const QRegularExpression secretWord(QStringLiteral("token|secret|password|credential|bearer"),
                                                QRegularExpression::CaseInsensitiveOption);
            for (const QString &text : schema + keys)
                QVERIFY2(!secretWord.match(text).hasMatch(), qPrintable(text));
        }
        // Nor do the bytes anywhere (the test's data has none of those words).
        QFile file(cache.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().toLower();
        for (const char *word : {"token", "secret", "password", "bearer"})
            QVERIFY2(!bytes.contains(word), word);
    }

    void missingFileIsMissing()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        BoardSnapshot out = sentinel();
        QString why;
        QCOMPARE(cache.load(kServer, kUser, out, &why), BoardCache::LoadResult::Missing);
        QVERIFY(out == sentinel());
        QVERIFY(!why.isEmpty());
        cache.remove(); // nothing to remove: no harm
    }

    void anotherUsersOrServersBoardIsNotReturned()
    {
        QTemporaryDir dir;
        // Each (server, user) has a file of its own ...
        const BoardCache mine(BoardCache::pathFor(dir.path(), kServer, kUser));
        const BoardCache eli(BoardCache::pathFor(dir.path(), kServer, QStringLiteral("eli@example.com")));
        QVERIFY(mine.save(snapshot(kServer, kUser, 5)));
        BoardSnapshot out = sentinel();
        QCOMPARE(eli.load(kServer, QStringLiteral("eli@example.com"), out), BoardCache::LoadResult::Missing);
        QVERIFY(out == sentinel());
        // ... and a file that holds someone else's board (copied, or a hash collision) is
        // neither returned nor kept.
        QVERIFY(mine.save(snapshot(kServer, kUser, 5)));
        expectDiscarded(mine, kServer, QStringLiteral("eli@example.com"), QStringLiteral("another server's or user's"));
        QVERIFY(mine.save(snapshot(kServer, kUser, 5)));
        expectDiscarded(mine, QStringLiteral("profile-other"), kUser, QStringLiteral("another server's or user's"));
        // Case matters: the cache does not guess that two spellings are one person.
        QVERIFY(mine.save(snapshot(kServer, kUser, 5)));
        expectDiscarded(mine, kServer, kUser.toUpper(), QStringLiteral("another server's or user's"));
    }

    void randomBytesAreDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(QDir().mkpath(QFileInfo(cache.path()).absolutePath()));
        QFile file(cache.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(42);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &c : bytes)
            c = static_cast<char>(random.bounded(256));
        file.write(bytes);
        file.close();
        expectDiscarded(cache, kServer, kUser, QStringLiteral("not a database|malformed|open"));
    }

    void aSaveReplacesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(QDir().mkpath(QFileInfo(cache.path()).absolutePath()));
        QFile file(cache.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        CacheWarnings warnings;
        const BoardSnapshot written = snapshot(kServer, kUser, 3);
        QString error;
        QVERIFY2(cache.save(written, &error), qPrintable(error));
        BoardSnapshot read;
        QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
        QVERIFY(read == written);
    }

    void truncatedFileIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 1500)));
        QFile file(cache.path());
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(file.resize(size / 2));
        expectDiscarded(cache, kServer, kUser, QStringLiteral("."));
    }

    void changedBlobIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 1200)));
        {
            // One character of one label, as a bad sector or a stray write would change it: the
            // blob still decodes, only its digest tells.
            RawDb raw(cache.path());
            QVERIFY(raw.ok());
            QByteArray blob = raw.value(QStringLiteral("SELECT data FROM batches WHERE seq = 1")).toByteArray();
            const qsizetype at = blob.indexOf("iPad 601/250");
            QVERIFY(at > 0);
            blob[at + 5] = '7';
            QVERIFY(raw.exec(QStringLiteral("UPDATE batches SET data = ? WHERE seq = 1"), {blob}));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("row 1 of batches is damaged"));
    }

    void undecodableBlobIsDiscarded_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("garbage") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("huge count") << 2;
        QTest::newRow("bytes left over") << 3;
        QTest::newRow("items column disagrees") << 4;
    }
    void undecodableBlobIsDiscarded()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 30)));
        {
            // The digest is made to match: the codec itself must refuse the blob.
            RawDb raw(cache.path());
            QVERIFY(raw.ok());
            QByteArray blob = raw.value(QStringLiteral("SELECT data FROM work_orders WHERE seq = 0")).toByteArray();
            QVERIFY(!blob.isEmpty());
            qint64 items = 2;
            switch (damage) {
            case 0: {
                QRandomGenerator random(7);
                for (char &c : blob)
                    c = static_cast<char>(random.bounded(256));
                break;
            }
            case 1:
                blob.chop(blob.size() / 3);
                break;
            case 2:
                blob[0] = blob[1] = blob[2] = blob[3] = '\xff';
                break;
            case 3:
                blob.append('\0');
                break;
            default:
                items = 3;
                break;
            }
            QVERIFY(raw.exec(QStringLiteral("UPDATE work_orders SET data = ?, digest = ?, items = ? WHERE seq = 0"),
                             {blob, blake2b160(blob), items}));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("row 0 of work_orders"));
    }

    void missingRowIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 1200)));
        {
            RawDb raw(cache.path());
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM batches WHERE seq = 2")));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("rows are missing"));
    }

    void databaseWithoutTablesIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(QDir().mkpath(QFileInfo(cache.path()).absolutePath()));
        {
            RawDb raw(cache.path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE unrelated (x)")));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("meta"));
    }

    void olderSchemaVersionIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(QDir().mkpath(QFileInfo(cache.path()).absolutePath()));
        {
            // What a version 0 might have looked like: one row per batch, as JSON.
            RawDb raw(cache.path());
            QVERIFY(raw.ok());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta VALUES ('schema', 0), ('server_key', ?), ('user_email', ?)"),
                             {kServer, kUser}));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE batches (id TEXT PRIMARY KEY, json TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO batches VALUES ('batch-1', '{\"label\":\"iPad 1\"}')")));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("schema version 0, expected 1"));
        // A save afterwards starts a file of the current version.
        QVERIFY(cache.save(snapshot(kServer, kUser, 2)));
        BoardSnapshot read;
        QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
    }

    void newerSchemaVersionIsDiscarded()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        QVERIFY(cache.save(snapshot(kServer, kUser, 2)));
        {
            RawDb raw(cache.path());
            QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema'"),
                             {qint64(BoardCache::kSchemaVersion + 1)}));
        }
        expectDiscarded(cache, kServer, kUser, QStringLiteral("schema version 2, expected 1"));
    }

    void aFileHeldByAnotherProcessIsKept()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        const BoardSnapshot written = snapshot(kServer, kUser, 4);
        QVERIFY(cache.save(written));
        {
            // Another instance in the middle of a long write (past the busy timeout): the file
            // is not damaged, so it is neither used nor deleted, and a save leaves it as it was.
            RawDb other(cache.path());
            QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            CacheWarnings warnings;
            BoardSnapshot out = sentinel();
            QString why;
            QCOMPARE(cache.load(kServer, kUser, out, &why), BoardCache::LoadResult::Missing);
            QVERIFY(out == sentinel());
            QVERIFY(QFileInfo::exists(cache.path()));
            QCOMPARE(warnings.lines().size(), 1);
            QVERIFY2(warnings.lines().first().contains(QStringLiteral("busy")), qPrintable(warnings.lines().first()));
            QString error;
            QVERIFY(!cache.save(snapshot(kServer, kUser, 9), &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        }
        BoardSnapshot read;
        QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
        QVERIFY(read == written);
    }

    void saveFailureIsReported()
    {
        QTemporaryDir dir;
        // The cache folder's place is taken by a file: nothing can be created under it.
        QFile blocker(dir.filePath(QStringLiteral("cache")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        CacheWarnings warnings;
        QString error;
        QVERIFY(!cache.save(snapshot(kServer, kUser, 2), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(warnings.lines().size(), 1);
        QVERIFY(warnings.lines().first().contains(QStringLiteral("cannot save")));
    }

    void savesOnAWorkerWhileTheGuiThreadLoads()
    {
        QTemporaryDir dir;
        const BoardCache shown(BoardCache::pathFor(dir.path(), kServer, kUser));
        const BoardSnapshot shownBoard = snapshot(kServer, kUser, 600);
        QVERIFY(shown.save(shownBoard));

        const QString otherServer = QStringLiteral("profile-other");
        const BoardCache written(BoardCache::pathFor(dir.path(), otherServer, kUser));
        const BoardSnapshot writtenBoard = snapshot(otherServer, kUser, 1500);
        std::atomic<int> saves{0};
        std::atomic<bool> failed{false};
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.start([&] {
            for (int i = 0; i < 3; ++i) {
                if (!written.save(writtenBoard))
                    failed = true;
                ++saves;
            }
        });
        int loads = 0;
        // Loads of the other file go on while the worker writes (at least one, however
        // quickly the worker ends).
        do {
            BoardSnapshot read;
            QCOMPARE(shown.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
            QCOMPARE(read.batches.size(), shownBoard.batches.size());
            ++loads;
        } while (saves.load() < 3);
        QVERIFY(pool.waitForDone(60000));
        QVERIFY(!failed.load());
        QVERIFY(loads >= 1);
        BoardSnapshot read;
        QCOMPARE(written.load(otherServer, kUser, read), BoardCache::LoadResult::Loaded);
        QVERIFY(read == writtenBoard);
        BoardSnapshot again;
        QCOMPARE(shown.load(kServer, kUser, again), BoardCache::LoadResult::Loaded);
        QVERIFY(again == shownBoard);
        // Every connection the calls opened is gone again.
        QVERIFY2(QSqlDatabase::connectionNames().filter(QStringLiteral("batchdesk-cache")).isEmpty(),
                 qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(','))));
    }

    void concurrentSaveAndLoadOfOneFileSeeWholeSnapshots()
    {
        QTemporaryDir dir;
        const BoardCache cache(BoardCache::pathFor(dir.path(), kServer, kUser));
        const BoardSnapshot small = snapshot(kServer, kUser, 10);
        const BoardSnapshot large = snapshot(kServer, kUser, 1100);
        QVERIFY(cache.save(small));
        std::atomic<bool> done{false};
        std::atomic<bool> failed{false};
        QThreadPool pool;
        pool.start([&] {
            for (int i = 0; i < 4; ++i) {
                if (!cache.save(i % 2 == 0 ? large : small))
                    failed = true;
            }
            done = true;
        });
        // Whatever a load sees is one of the two snapshots, whole.
        do {
            BoardSnapshot read;
            QCOMPARE(cache.load(kServer, kUser, read), BoardCache::LoadResult::Loaded);
            QVERIFY(read.batches.size() == small.batches.size() || read.batches.size() == large.batches.size());
            QVERIFY(read == (read.batches.size() == small.batches.size() ? small : large));
        } while (!done.load());
        QVERIFY(pool.waitForDone(60000));
        QVERIFY(!failed.load());
    }

    // --- the codec on its own

    void codecRefusesEveryTruncation()
    {
        const BoardSnapshot s = snapshot(kServer, kUser, 8);
        const QByteArray batches = SnapshotCodec::encodeBlob(std::span<const CachedBatch>(s.batches));
        const QByteArray workOrders = SnapshotCodec::encodeBlob(std::span<const WorkOrder>(s.workOrders));
        const QByteArray queues = SnapshotCodec::encodeBlob(std::span<const Queue>(s.queues));
        std::vector<CachedBatch> b;
        QVERIFY(SnapshotCodec::decodeBlob(batches, b));
        QVERIFY(b == s.batches);
        for (qsizetype n = 0; n < batches.size(); ++n) {
            std::vector<CachedBatch> items;
            QVERIFY2(!SnapshotCodec::decodeBlob(batches.left(n), items), qPrintable(QString::number(n)));
        }
        for (qsizetype n = 0; n < workOrders.size(); ++n) {
            std::vector<WorkOrder> items;
            QVERIFY(!SnapshotCodec::decodeBlob(workOrders.left(n), items));
        }
        for (qsizetype n = 0; n < queues.size(); ++n) {
            std::vector<Queue> items;
            QVERIFY(!SnapshotCodec::decodeBlob(queues.left(n), items));
        }
    }

    void codecSurvivesRandomDamage()
    {
        const BoardSnapshot s = snapshot(kServer, kUser, 6);
        const QByteArray batches = SnapshotCodec::encodeBlob(std::span<const CachedBatch>(s.batches));
        const QByteArray workOrders = SnapshotCodec::encodeBlob(std::span<const WorkOrder>(s.workOrders));
        QRandomGenerator random(2024);
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = round % 2 ? batches : workOrders;
            const int changes = 1 + static_cast<int>(random.bounded(4));
            for (int c = 0; c < changes; ++c) {
                const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(damaged.size())));
                // Bytes, and now and then a 0xff run that makes a length or count enormous.
                if (random.bounded(4) == 0) {
                    for (qsizetype i = at; i < std::min(damaged.size(), at + 4); ++i)
                        damaged[i] = '\xff';
                } else {
                    damaged[at] = static_cast<char>(random.bounded(256));
                }
            }
            bool ok = false;
            if (round % 2) {
                std::vector<CachedBatch> items;
                ok = SnapshotCodec::decodeBlob(damaged, items);
            } else {
                std::vector<WorkOrder> items;
                ok = SnapshotCodec::decodeBlob(damaged, items);
            }
            refused += ok ? 0 : 1;
        }
        // Most damage is seen (changes inside a string's characters are not: the digest's job).
        QVERIFY2(refused > 1000, qPrintable(QString::number(refused)));
    }

    void codecRefusesCountsAndLengthsTheBytesCannotHold()
    {
        // A list of 0xfffffffe batches in 12 bytes: refused before anything is reserved.
        QByteArray huge;
        {
            QDataStream out(&huge, QIODevice::WriteOnly);
            SnapshotCodec::prepare(out);
            out << quint32(0xfffffffe) << quint32(0) << quint32(0);
        }
        std::vector<CachedBatch> items;
        QVERIFY(!SnapshotCodec::decodeBlob(huge, items));
        QVERIFY(items.capacity() < 16);
        // A string said to be 2 GB long, in a few bytes.
        for (quint32 header : {quint32(0x7ffffffe), quint32(0xfffffffe), quint32(5)}) {
            QByteArray text;
            {
                QDataStream out(&text, QIODevice::WriteOnly);
                SnapshotCodec::prepare(out);
                out << header << quint32(0);
            }
            QDataStream in(text);
            SnapshotCodec::prepare(in);
            QString value;
            QVERIFY(!SnapshotCodec::decode(in, value));
            QCOMPARE(in.status(), QDataStream::ReadCorruptData);
        }
        // Tags and enums out of range.
        auto refuses = [](const QByteArray &bytes, auto value) {
            QDataStream in(bytes);
            SnapshotCodec::prepare(in);
            return !SnapshotCodec::decode(in, value);
        };
        QVERIFY(refuses(QByteArray("\x03", 1), SortKey()));
        QVERIFY(refuses(QByteArray("\x05", 1), QDateTime()));
        QVERIFY(refuses(QByteArray("\x02", 1), std::optional<qint64>()));
        QByteArray outOfRange; // a UTC date far beyond year 9999
        {
            QDataStream out(&outOfRange, QIODevice::WriteOnly);
            SnapshotCodec::prepare(out);
            out << quint8(1) << std::numeric_limits<qint64>::max();
        }
        QVERIFY(refuses(outOfRange, QDateTime()));
        QByteArray category; // a status whose category is the seventh of six
        {
            QDataStream out(&category, QIODevice::WriteOnly);
            SnapshotCodec::prepare(out);
            SnapshotCodec::encode(out, QString());
            SnapshotCodec::encode(out, QString());
            out << quint8(6) << quint8(0);
        }
        QVERIFY(refuses(category, Status()));
    }
};

QTEST_GUILESS_MAIN(TestBoardCache)
#include "tst_boardcache.moc"
