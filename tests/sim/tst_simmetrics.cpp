// niagara-sim's completion history over real HTTP: POST /metrics (oas_report.md), the demo's
// 30 days of history, --simulate-work's records, GET /queues/{id}/relations and --seed-date.
// The database is read directly (read-only queries) as the reference the answers must match.

#include "common/httpcall.h"
#include "common/simprocess.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <optional>

using TestSupport::SimProcess;
using Reply = TestSupport::HttpReply;

namespace {

// Every test sim is dated here, so its history lies in a known period.
const QString kSeedDate = QStringLiteral("2026-11-29");
const QDateTime kAnchor(QDate(2026, 11, 29), QTime(8, 0), QTimeZone::utc());
const QString kFastLane = QStringLiteral("queue-fast-lane");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray rowsOf(const Reply &r)
{
    return r.json.value(QStringLiteral("metrics")).toArray();
}

QString dimension(const QJsonObject &row, const QString &key)
{
    for (const QJsonValue &d : row.value(QStringLiteral("dimensions")).toArray()) {
        if (d.toObject().value(QStringLiteral("key")).toString() == key)
            return d.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

qint64 sumOf(const QJsonArray &rows)
{
    qint64 sum = 0;
    for (const QJsonValue &row : rows)
        sum += row.toObject().value(QStringLiteral("value")).toInteger();
    return sum;
}

// The listing order: date, then user (none first), queue, work order.
QStringList orderKey(const QJsonObject &row)
{
    return {row.value(QStringLiteral("date")).toString(), dimension(row, QStringLiteral("user")),
            dimension(row, QStringLiteral("queue")), dimension(row, QStringLiteral("work_order"))};
}

// Read-only access to a running sim's database (WAL: readers do not disturb it).
class Database final
{
public:
    explicit Database(const QString &path)
        : m_name(QStringLiteral("metrics-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Database() { QSqlDatabase::removeDatabase(m_name); }

    // The first column of the first row of `sql` with `values` bound.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    qint64 cycles(const QDateTime &from, const QDateTime &to) const
    {
        return value(QStringLiteral("SELECT coalesce(sum(cycles), 0) FROM completions WHERE completed_at >= ? AND completed_at < ?"),
                     {iso(from), iso(to)})
            .toLongLong();
    }

private:
    QString m_name;
};

} // namespace

class TestSimMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void metricsEqualTheHistory();
    void rowShape();
    void dateFiltering();
    void invalid_data();
    void invalid();
    void permissions();
    void capAt1000();
    void top();
    void laterRevisionSameRows();
    void demoHistoryFitsTheBatches();
    void deletingABatchKeepsItsHistory();
    void simulatedWorkIsRecorded();
    void queueRelationsPaged();
    void queueRelationFilters_data();
    void queueRelationFilters();
    void queueRelationsRefused();
    void seedDatePinsTheDates();
    void seedDateInvalidExits2_data();
    void seedDateInvalidExits2();
    void defaultAnchorIsNow();

private:
    Reply send(const QByteArray &verb, const SimProcess &sim, const QString &path, const QString &token,
               const QByteArray &body = {})
    {
        return TestSupport::httpCall(m_nam, verb, QUrl(sim.baseUrl().toString() + path), token, body);
    }
    Reply metrics(const SimProcess &sim, const QDateTime &from, const QDateTime &to, std::optional<int> top = {},
                  const QString &token = {})
    {
        QJsonObject metric{{QStringLiteral("metric"), QStringLiteral("cycle_success")}};
        if (top)
            metric.insert(QStringLiteral("top"), *top);
        const QJsonObject body{{QStringLiteral("metrics"), QJsonArray{metric}},
                               {QStringLiteral("date_start"), iso(from)},
                               {QStringLiteral("date_end"), iso(to)}};
        return send("POST", sim, QStringLiteral("/metrics"), token.isNull() ? sim.managerToken() : token,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Sum of `complete` per work order and per batch, over every page of GET /batches.
    bool completeCounts(const SimProcess &sim, QHash<QString, qint64> *byWorkOrder, QHash<QString, qint64> *byBatch);

    QNetworkAccessManager m_nam;
    SimProcess m_demo; // --seed demo --seed-date 2026-11-29: read-only tests
};

void TestSimMetrics::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate}, &error), qPrintable(error));
}

void TestSimMetrics::cleanupTestCase()
{
    m_demo.stop();
}

bool TestSimMetrics::completeCounts(const SimProcess &sim, QHash<QString, qint64> *byWorkOrder,
                                    QHash<QString, qint64> *byBatch)
{
    QString offset;
    for (int guard = 0; guard < 100; ++guard) {
        QString path = QStringLiteral("/batches?limit=100");
        if (!offset.isEmpty())
            path += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        const Reply r = send("GET", sim, path, sim.managerToken());
        if (r.status != 200)
            return false;
        for (const QJsonValue &v : r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()) {
            const QJsonObject b = v.toObject();
            const qint64 complete = b.value(QStringLiteral("cycles")).toObject().value(QStringLiteral("complete")).toInteger();
            if (byWorkOrder)
                (*byWorkOrder)[b.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("work_order_id")).toString()] += complete;
            if (byBatch)
                (*byBatch)[b.value(QStringLiteral("batch_id")).toString()] = complete;
        }
        if (r.json.value(QStringLiteral("offset")).isNull())
            return true;
        offset = r.json.value(QStringLiteral("offset")).toString();
    }
    return false;
}

// Day by day (each well under 1,000 rows), the report's values add up to the database's rows,
// per day and per work order, and the demo has 30 days of them before its anchor.
void TestSimMetrics::metricsEqualTheHistory()
{
    const Database db(m_demo.databasePath());
    const QDateTime first(kAnchor.date().addDays(-31), QTime(0, 0), QTimeZone::utc());
    qint64 total = 0;
    int daysWithWork = 0;
    for (QDateTime day = first; day <= kAnchor; day = day.addDays(1)) {
        const Reply r = metrics(m_demo, day, day.addDays(1));
        QCOMPARE(r.status, 201);
        const QJsonArray rows = rowsOf(r);
        QVERIFY(rows.size() < 1000);
        QCOMPARE(sumOf(rows), db.cycles(day, day.addDays(1)));
        QHash<QString, qint64> perWorkOrder;
        for (const QJsonValue &row : rows) {
            QCOMPARE(row.toObject().value(QStringLiteral("date")).toString(), iso(day));
            perWorkOrder[dimension(row.toObject(), QStringLiteral("work_order"))] += row.toObject().value(QStringLiteral("value")).toInteger();
        }
        for (const QVariantList &dbRow : db.rows(QStringLiteral("SELECT work_order_id, sum(cycles) FROM completions WHERE completed_at >= ?"
                                                                " AND completed_at < ? GROUP BY work_order_id"),
                                                 {iso(day), iso(day.addDays(1))}))
            QCOMPARE(perWorkOrder.value(dbRow[0].toString()), dbRow[1].toLongLong());
        total += sumOf(rows);
        daysWithWork += rows.isEmpty() ? 0 : 1;
    }
    QCOMPARE(total, db.value(QStringLiteral("SELECT sum(cycles) FROM completions")).toLongLong());
    QVERIFY(total > 1000);
    QVERIFY2(daysWithWork >= 30, qPrintable(QString::number(daysWithWork)));
    // Nothing at or after the anchor, nothing more than 30 days before it.
    QCOMPARE(db.cycles(kAnchor, kAnchor.addYears(10)), qint64(0));
    QCOMPARE(db.cycles(kAnchor.addYears(-10), kAnchor.addDays(-30)), qint64(0));
}

void TestSimMetrics::rowShape()
{
    const QDateTime from = kAnchor.addDays(-3);
    const Reply r = metrics(m_demo, from, kAnchor);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QString reportId = r.json.value(QStringLiteral("report_id")).toString();
    QVERIFY(!QUuid::fromString(reportId).isNull());
    QCOMPARE(r.json.value(QStringLiteral("_links")).toObject().value(QStringLiteral("self")).toObject().value(QStringLiteral("href")).toString(),
             m_demo.baseUrl().toString() + QStringLiteral("/reports/") + reportId);
    const QJsonArray rows = rowsOf(r);
    QVERIFY(!rows.isEmpty());
    bool someWithUser = false;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("metric")).toString(), QStringLiteral("cycle_success"));
        QCOMPARE(row.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("BatchDesk Demo"));
        QCOMPARE(row.value(QStringLiteral("entity_type")).toString(), QStringLiteral("MET"));
        QVERIFY(row.value(QStringLiteral("value")).toInteger() > 0);
        QVERIFY(row.value(QStringLiteral("date")).toString().endsWith(QLatin1String("T00:00:00.000Z")));
        QStringList keys;
        for (const QJsonValue &d : row.value(QStringLiteral("dimensions")).toArray()) {
            keys << d.toObject().value(QStringLiteral("key")).toString();
            QVERIFY(!d.toObject().value(QStringLiteral("value")).toString().isEmpty());
            QVERIFY(!d.toObject().value(QStringLiteral("label")).toString().isEmpty());
        }
        const QString customer = dimension(row, QStringLiteral("customer"));
        const QString program = dimension(row, QStringLiteral("customer:") + customer + QStringLiteral(":program"));
        QVERIFY(customer.startsWith(QLatin1String("cust-")));
        QVERIFY(program.startsWith(QLatin1String("pgm-")));
        QVERIFY(dimension(row, QStringLiteral("customer:%1:program:%2:project").arg(customer, program)).startsWith(QLatin1String("prj-")));
        QVERIFY(dimension(row, QStringLiteral("queue")).startsWith(QLatin1String("queue-")));
        QVERIFY(dimension(row, QStringLiteral("work_order")).startsWith(QLatin1String("wo-")));
        QStringList expected{QStringLiteral("customer"), QStringLiteral("customer:%1:program").arg(customer),
                             QStringLiteral("customer:%1:program:%2:project").arg(customer, program)};
        if (keys.contains(QStringLiteral("user"))) {
            expected << QStringLiteral("user");
            someWithUser = true;
        }
        expected << QStringLiteral("queue") << QStringLiteral("work_order");
        QCOMPARE(keys, expected);
        if (i > 0) // ordered by date, then user, queue, work order; one row per combination
            QVERIFY2(orderKey(rows.at(i - 1).toObject()) < orderKey(row), qPrintable(orderKey(row).join(u' ')));
    }
    QVERIFY(someWithUser);
}

// Only completions with date_start <= time < date_end count, to the millisecond; any offset.
void TestSimMetrics::dateFiltering()
{
    const Database db(m_demo.databasePath());
    const QList<QVariantList> some = db.rows(QStringLiteral("SELECT completed_at FROM completions ORDER BY completed_at"
                                                            " LIMIT 1 OFFSET 1000"));
    QCOMPARE(some.size(), 1);
    const QDateTime t = QDateTime::fromString(some[0][0].toString(), Qt::ISODateWithMs);
    QVERIFY(t.isValid());
    const QDateTime from(t.date().addDays(-2), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(t.date().addDays(2), QTime(0, 0), QTimeZone::utc());
    const qint64 before = sumOf(rowsOf(metrics(m_demo, from, t)));
    const qint64 after = sumOf(rowsOf(metrics(m_demo, t, to)));
    const qint64 at = sumOf(rowsOf(metrics(m_demo, t, t.addMSecs(1))));
    QCOMPARE(before, db.cycles(from, t));
    QCOMPARE(after, db.cycles(t, to));
    QVERIFY(at > 0);
    QCOMPARE(at, db.cycles(t, t.addMSecs(1)));
    QCOMPARE(before + after, sumOf(rowsOf(metrics(m_demo, from, to))));
    QCOMPARE(sumOf(rowsOf(metrics(m_demo, t, t))), qint64(0)); // an empty period
    // The same instants written with an offset.
    const QJsonObject body{{QStringLiteral("metrics"), QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("cycle_success")}}}},
                           {QStringLiteral("date_start"), from.toOffsetFromUtc(2 * 3600).toString(Qt::ISODate)},
                           {QStringLiteral("date_end"), to.toOffsetFromUtc(-5 * 3600).toString(Qt::ISODate)}};
    const Reply offset = send("POST", m_demo, QStringLiteral("/metrics"), m_demo.managerToken(), QJsonDocument(body).toJson());
    QCOMPARE(offset.status, 201);
    QCOMPARE(sumOf(rowsOf(offset)), before + after);
}

void TestSimMetrics::invalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("dataPath");
    QTest::addColumn<QString>("keyword");
    const QByteArray dates = R"("date_start": "2026-11-01T00:00:00Z", "date_end": "2026-11-02T00:00:00Z")";
    const QByteArray metric = R"("metrics": [{"metric": "cycle_success"}])";
    QTest::newRow("not JSON") << QByteArray("{nope") << QString() << QStringLiteral("type");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QStringLiteral("type");
    QTest::newRow("metrics missing") << "{" + dates + "}" << QStringLiteral(".metrics") << QStringLiteral("required");
    QTest::newRow("metrics not a list") << R"({"metrics": "cycle_success", )" + dates + "}" << QStringLiteral(".metrics") << QStringLiteral("type");
    QTest::newRow("metrics empty") << R"({"metrics": [], )" + dates + "}" << QStringLiteral(".metrics") << QStringLiteral("minItems");
    QTest::newRow("metric not an object") << R"({"metrics": ["cycle_success"], )" + dates + "}" << QStringLiteral(".metrics[0]") << QStringLiteral("type");
    QTest::newRow("metric name missing") << R"({"metrics": [{"top": 3}], )" + dates + "}" << QStringLiteral(".metrics[0].metric") << QStringLiteral("required");
    QTest::newRow("unknown metric") << R"({"metrics": [{"metric": "cycle_success"}, {"metric": "cycle_failure"}], )" + dates + "}"
                                    << QStringLiteral(".metrics[1].metric") << QStringLiteral("enum");
    QTest::newRow("top 0") << R"({"metrics": [{"metric": "cycle_success", "top": 0}], )" + dates + "}" << QStringLiteral(".metrics[0].top") << QStringLiteral("minimum");
    QTest::newRow("top negative") << R"({"metrics": [{"metric": "cycle_success", "top": -4}], )" + dates + "}" << QStringLiteral(".metrics[0].top") << QStringLiteral("minimum");
    QTest::newRow("top not a number") << R"({"metrics": [{"metric": "cycle_success", "top": "5"}], )" + dates + "}" << QStringLiteral(".metrics[0].top") << QStringLiteral("type");
    QTest::newRow("start missing") << "{" + metric + R"(, "date_end": "2026-11-02T00:00:00Z"})" << QStringLiteral(".date_start") << QStringLiteral("required");
    QTest::newRow("end missing") << "{" + metric + R"(, "date_start": "2026-11-02T00:00:00Z"})" << QStringLiteral(".date_end") << QStringLiteral("required");
    QTest::newRow("start not a string") << "{" + metric + R"(, "date_start": 1764000000, "date_end": "2026-11-02T00:00:00Z"})" << QStringLiteral(".date_start") << QStringLiteral("type");
    QTest::newRow("start not a date") << "{" + metric + R"(, "date_start": "last week", "date_end": "2026-11-02T00:00:00Z"})" << QStringLiteral(".date_start") << QStringLiteral("format");
    QTest::newRow("end without zone") << "{" + metric + R"(, "date_start": "2026-11-01T00:00:00Z", "date_end": "2026-11-02T00:00:00"})" << QStringLiteral(".date_end") << QStringLiteral("format");
    QTest::newRow("end a date only") << "{" + metric + R"(, "date_start": "2026-11-01T00:00:00Z", "date_end": "2026-11-02"})" << QStringLiteral(".date_end") << QStringLiteral("format");
    QTest::newRow("end impossible") << "{" + metric + R"(, "date_start": "2026-11-01T00:00:00Z", "date_end": "2026-02-30T00:00:00Z"})" << QStringLiteral(".date_end") << QStringLiteral("format");
    QTest::newRow("end before start") << "{" + metric + R"(, "date_start": "2026-11-02T00:00:00Z", "date_end": "2026-11-01T23:59:59.999Z"})" << QStringLiteral(".date_end") << QStringLiteral("formatMinimum");
}

void TestSimMetrics::invalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, dataPath);
    QFETCH(QString, keyword);
    const Reply r = send("POST", m_demo, QStringLiteral("/metrics"), m_demo.managerToken(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Bad Request"));
    bool found = false;
    for (const QJsonValue &m : r.json.value(QStringLiteral("validation_messages")).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("dataPath")).toString() == dataPath && o.value(QStringLiteral("keyword")).toString() == keyword)
            found = true;
    }
    QVERIFY2(found, r.body.constData());
}

void TestSimMetrics::permissions()
{
    const QByteArray body = R"({"metrics": [{"metric": "cycle_success"}], "date_start": "2026-11-01T00:00:00Z", "date_end": "2026-11-02T00:00:00Z"})";
    const Reply technician = send("POST", m_demo, QStringLiteral("/metrics"), m_demo.technicianToken(), body);
    QCOMPARE(technician.status, 403);
    QCOMPARE(technician.contentType, QByteArrayLiteral("application/problem+json"));
    QVERIFY2(technician.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("report:read")), technician.body.constData());
    // Refused before the body is looked at.
    QCOMPARE(send("POST", m_demo, QStringLiteral("/metrics"), m_demo.technicianToken(), "{}").status, 403);
    QCOMPARE(send("POST", m_demo, QStringLiteral("/metrics"), QString(), body).status, 401);
    QCOMPARE(send("GET", m_demo, QStringLiteral("/metrics"), m_demo.managerToken()).status, 405);
    // The manager role lists report:read (what GET /roles says is what is enforced).
    const Reply role = send("GET", m_demo, QStringLiteral("/roles/manager"), m_demo.managerToken());
    QVERIFY(QJsonDocument(role.json.value(QStringLiteral("grants")).toArray()).toJson().contains("\"report:read\""));
    QCOMPARE(send("POST", m_demo, QStringLiteral("/metrics"), m_demo.managerToken(), body).status, 201);
}

void TestSimMetrics::capAt1000()
{
    const Database db(m_demo.databasePath());
    const Reply r = metrics(m_demo, kAnchor.addYears(-1), kAnchor);
    QCOMPARE(r.status, 201);
    const QJsonArray rows = rowsOf(r);
    const qint64 combinations = db.value(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM completions GROUP BY"
                                                        " substr(completed_at, 1, 10), user_id, queue_id, work_order_id)")).toLongLong();
    QVERIFY2(combinations > 1000, qPrintable(QString::number(combinations)));
    QCOMPARE(rows.size(), 1000);
    // The first 1,000 in the listing order: the last row's day is not complete, the days
    // before it are.
    const QString lastDay = rows.last().toObject().value(QStringLiteral("date")).toString();
    const QDateTime lastStart = QDateTime::fromString(lastDay, Qt::ISODateWithMs);
    qint64 beforeLastDay = 0;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("date")).toString() != lastDay)
            beforeLastDay += row.toObject().value(QStringLiteral("value")).toInteger();
    }
    QCOMPARE(beforeLastDay, db.cycles(kAnchor.addYears(-1), lastStart));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(orderKey(rows.at(i - 1).toObject()) < orderKey(rows.at(i).toObject()));
}

// `top` keeps the N rows of highest value, in the listing order.
void TestSimMetrics::top()
{
    const QDateTime from = kAnchor.addDays(-7);
    const QJsonArray all = rowsOf(metrics(m_demo, from, kAnchor));
    QVERIFY(all.size() > 20 && all.size() < 1000);
    const Reply r = metrics(m_demo, from, kAnchor, 7);
    QCOMPARE(r.status, 201);
    const QJsonArray top = rowsOf(r);
    QCOMPARE(top.size(), 7);
    QList<qint64> values;
    for (const QJsonValue &row : all)
        values << row.toObject().value(QStringLiteral("value")).toInteger();
    std::sort(values.begin(), values.end(), std::greater<>());
    QList<qint64> topValues;
    for (const QJsonValue &row : top)
        topValues << row.toObject().value(QStringLiteral("value")).toInteger();
    std::sort(topValues.begin(), topValues.end(), std::greater<>());
    QCOMPARE(topValues, values.mid(0, 7));
    QVERIFY(values.at(0) > values.last()); // the choice mattered
    for (int i = 1; i < top.size(); ++i)
        QVERIFY(orderKey(top.at(i - 1).toObject()) < orderKey(top.at(i).toObject()));
    // Every kept row is one of the full listing's rows.
    for (const QJsonValue &row : top)
        QVERIFY(all.contains(row));
    // A top larger than the rows keeps them all.
    QCOMPARE(rowsOf(metrics(m_demo, from, kAnchor, 100000)), all);
}

void TestSimMetrics::laterRevisionSameRows()
{
    SimProcess later;
    QString error;
    QVERIFY2(later.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate, QStringLiteral("--api-revision"),
                                                  QStringLiteral("later")}, &error),
             qPrintable(error));
    const QDateTime from = kAnchor.addDays(-2);
    const Reply seed = metrics(m_demo, from, kAnchor);
    const Reply r = metrics(later, from, kAnchor);
    QCOMPARE(r.status, 201);
    QVERIFY(!rowsOf(r).isEmpty());
    // The same seed (user ids included), the same history, the same rows.
    QCOMPARE(rowsOf(r), rowsOf(seed));
    QVERIFY(r.json.value(QStringLiteral("_links")).toObject().value(QStringLiteral("self")).toObject().value(QStringLiteral("href"))
                .toString().startsWith(later.baseUrl().toString() + QStringLiteral("/reports/")));
    // Queue relations are served in this revision too.
    QCOMPARE(send("GET", later, QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations"), later.managerToken()).status, 200);
}

// Per batch and per work order the demo's history never exceeds the complete cycles, and each
// row names the batch's queue, work order and (when it has any) one of its technicians.
void TestSimMetrics::demoHistoryFitsTheBatches()
{
    QHash<QString, qint64> completeByWorkOrder;
    QVERIFY(completeCounts(m_demo, &completeByWorkOrder, nullptr));
    QHash<QString, qint64> recorded;
    for (QDateTime day = kAnchor.addDays(-31); day < kAnchor; day = day.addDays(7)) {
        const Reply r = metrics(m_demo, day, std::min(day.addDays(7), kAnchor));
        QCOMPARE(r.status, 201);
        QVERIFY(rowsOf(r).size() < 1000);
        for (const QJsonValue &row : rowsOf(r))
            recorded[dimension(row.toObject(), QStringLiteral("work_order"))] += row.toObject().value(QStringLiteral("value")).toInteger();
    }
    QVERIFY(recorded.size() > 30);
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        QVERIFY2(it.value() <= completeByWorkOrder.value(it.key()),
                 qPrintable(QStringLiteral("%1: %2 recorded, %3 complete").arg(it.key()).arg(it.value()).arg(completeByWorkOrder.value(it.key()))));

    const Database db(m_demo.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM (SELECT c.batch_id FROM completions c JOIN batches b USING (batch_id)"
                                     " GROUP BY c.batch_id HAVING sum(c.cycles) > max(b.complete))")).toInt(), 0);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM completions c LEFT JOIN batches b USING (batch_id) WHERE b.batch_id IS NULL"
                                     " OR c.queue_id <> b.queue_id OR c.work_order_id <> b.work_order_id OR c.completed_at < b.created")).toInt(), 0);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM completions c WHERE CASE WHEN c.user_id IS NULL"
                                     " THEN EXISTS (SELECT 1 FROM relations r WHERE r.batch_id = c.batch_id AND r.relation = 'technician')"
                                     " ELSE NOT EXISTS (SELECT 1 FROM relations r WHERE r.batch_id = c.batch_id AND r.relation = 'technician'"
                                     " AND r.entity_id = c.user_id) END")).toInt(), 0);
    QVERIFY(db.value(QStringLiteral("SELECT count(*) FROM completions WHERE user_id IS NOT NULL")).toInt() > 1000);
}

// Deleted batches keep their history: the work was done.
void TestSimMetrics::deletingABatchKeepsItsHistory()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate}, &error), qPrintable(error));
    const Database db(sim.databasePath());
    const QList<QVariantList> candidates = db.rows(QStringLiteral(
        "SELECT b.batch_id, sum(c.cycles) FROM batches b JOIN completions c USING (batch_id)"
        " WHERE b.in_progress + b.verifying = 0 GROUP BY b.batch_id ORDER BY sum(c.cycles) DESC LIMIT 1"));
    QCOMPARE(candidates.size(), 1);
    const QString batchId = candidates[0][0].toString();
    const QDateTime from = kAnchor.addDays(-31);
    const qint64 before = sumOf(rowsOf(metrics(sim, from, kAnchor.addDays(-15)))) + sumOf(rowsOf(metrics(sim, kAnchor.addDays(-15), kAnchor)));
    QCOMPARE(send("DELETE", sim, QStringLiteral("/batches/") + batchId, sim.managerToken()).status, 205);
    QCOMPARE(send("GET", sim, QStringLiteral("/batches/") + batchId, sim.managerToken()).status, 404);
    const qint64 after = sumOf(rowsOf(metrics(sim, from, kAnchor.addDays(-15)))) + sumOf(rowsOf(metrics(sim, kAnchor.addDays(-15), kAnchor)));
    QCOMPARE(after, before);
    QCOMPARE(db.value(QStringLiteral("SELECT sum(cycles) FROM completions WHERE batch_id = ?"), {batchId}).toLongLong(),
             candidates[0][1].toLongLong());
}

// --simulate-work records every move to complete: what the report adds up to is what the
// batches' complete counts gained, attributed to one of each batch's technicians.
void TestSimMetrics::simulatedWorkIsRecorded()
{
    SimProcess sim;
    QString error;
    // Dated long ago, so that the history lies before the anchor and every later row is the
    // simulator's.
    const QDateTime anchor(QDate(2020, 1, 6), QTime(8, 0), QTimeZone::utc());
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), QStringLiteral("2020-01-06"),
                                                QStringLiteral("--simulate-work"), QStringLiteral("0.05"), QStringLiteral("--test-admin")},
                       &error),
             qPrintable(error));
    const QString token = sim.managerToken();
    auto pause = [&](bool running) {
        return send("PUT", sim, QStringLiteral("/_sim/work"), QString(),
                    running ? QByteArrayLiteral(R"({"running": true})") : QByteArrayLiteral(R"({"running": false})")).status;
    };
    const QDateTime far = QDateTime::currentDateTimeUtc().addDays(2);
    QCOMPARE(pause(false), 200);
    QHash<QString, qint64> before;
    QVERIFY(completeCounts(sim, nullptr, &before));
    const qint64 recordedBefore = sumOf(rowsOf(metrics(sim, anchor, far)));
    QCOMPARE(pause(true), 200);
    const Database db(sim.databasePath());
    QTRY_VERIFY_WITH_TIMEOUT(db.value(QStringLiteral("SELECT coalesce(sum(cycles), 0) FROM completions WHERE completed_at >= ?"),
                                      {iso(anchor)}).toLongLong() > recordedBefore + 20,
                             30000);
    QCOMPARE(pause(false), 200);
    QHash<QString, qint64> after;
    QVERIFY(completeCounts(sim, nullptr, &after));
    const Reply r = metrics(sim, anchor, far);
    QCOMPARE(r.status, 201);
    qint64 gained = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        gained += it.value() - before.value(it.key());
    QVERIFY(gained > 0);
    QCOMPARE(sumOf(rowsOf(r)) - recordedBefore, gained);
    // Per batch too, and attributed like the seeded rows.
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT batch_id, sum(cycles) FROM completions WHERE completed_at >= ?"
                                                          " GROUP BY batch_id"), {iso(anchor)}))
        QCOMPARE(row[1].toLongLong(), after.value(row[0].toString()) - before.value(row[0].toString()));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM completions c WHERE c.completed_at >= ? AND CASE WHEN c.user_id IS NULL"
                                     " THEN EXISTS (SELECT 1 FROM relations r WHERE r.batch_id = c.batch_id AND r.relation = 'technician')"
                                     " ELSE NOT EXISTS (SELECT 1 FROM relations r WHERE r.batch_id = c.batch_id AND r.relation = 'technician'"
                                     " AND r.entity_id = c.user_id) END"), {iso(anchor)}).toInt(), 0);
}

// GET /queues/{id}/relations: one technician relation per user with access, paged like a
// batch's relations, stable ids.
void TestSimMetrics::queueRelationsPaged()
{
    const Database db(m_demo.databasePath());
    const QSet<QString> withAccess = [&db] {
        QSet<QString> ids;
        for (const QVariantList &row : db.rows(QStringLiteral("SELECT user_id FROM queue_access WHERE queue_id = ?"), {kFastLane}))
            ids.insert(row[0].toString());
        return ids;
    }();
    QVERIFY(withAccess.size() > 3);
    QStringList relationIds;
    QSet<QString> users;
    QString offset;
    int pages = 0;
    for (; pages < 50; ++pages) {
        QString path = QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations?limit=2");
        if (!offset.isEmpty())
            path += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        const Reply r = send("GET", m_demo, path, m_demo.managerToken());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total_count")).toInt(), withAccess.size());
        QCOMPARE(r.json.value(QStringLiteral("limit")).toInt(), 2);
        const QJsonObject links = r.json.value(QStringLiteral("_links")).toObject();
        QVERIFY(links.value(QStringLiteral("self")).toObject().value(QStringLiteral("href")).toString()
                    .startsWith(m_demo.baseUrl().toString() + QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations?")));
        for (const QJsonValue &v : r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray()) {
            const QJsonObject rel = v.toObject();
            QCOMPARE(rel.value(QStringLiteral("relation")).toString(), QStringLiteral("technician"));
            QCOMPARE(rel.value(QStringLiteral("label")).toString(), QStringLiteral("Technician"));
            QCOMPARE(rel.value(QStringLiteral("direction")).toString(), QStringLiteral("OUTWARD"));
            const QJsonObject entity = rel.value(QStringLiteral("entity")).toObject();
            QCOMPARE(entity.value(QStringLiteral("entity_type")).toString(), QStringLiteral("USER"));
            const QString user = entity.value(QStringLiteral("entity_id")).toString();
            QCOMPARE(entity.value(QStringLiteral("label")).toString(),
                     db.value(QStringLiteral("SELECT name FROM users WHERE user_id = ?"), {user}).toString());
            relationIds << rel.value(QStringLiteral("relation_id")).toString();
            users.insert(user);
        }
        if (r.json.value(QStringLiteral("offset")).isNull()) {
            QVERIFY(!links.contains(QStringLiteral("next")));
            break;
        }
        QVERIFY(links.contains(QStringLiteral("next")));
        offset = r.json.value(QStringLiteral("offset")).toString();
    }
    QCOMPARE(pages + 1, (withAccess.size() + 1) / 2);
    QCOMPARE(users, withAccess);
    QCOMPARE(QSet<QString>(relationIds.cbegin(), relationIds.cend()).size(), relationIds.size());
    // Stable: the same ids in the same order on the next reading (one page of all).
    const Reply again = send("GET", m_demo, QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations?limit=100"), m_demo.managerToken());
    QStringList againIds;
    for (const QJsonValue &v : again.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray())
        againIds << v.toObject().value(QStringLiteral("relation_id")).toString();
    QCOMPARE(againIds, relationIds);
    // Another queue, other relations.
    const Reply other = send("GET", m_demo, QStringLiteral("/queues/queue-kitting/relations?limit=100"), m_demo.managerToken());
    QCOMPARE(other.status, 200);
    for (const QJsonValue &v : other.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray())
        QVERIFY(!relationIds.contains(v.toObject().value(QStringLiteral("relation_id")).toString()));
}

void TestSimMetrics::queueRelationFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("all"); // every relation, or none
    QTest::newRow("relation technician") << QStringLiteral("filter[relation]=technician") << true;
    QTest::newRow("relation created") << QStringLiteral("filter[relation]=created") << false;
    QTest::newRow("direction outward") << QStringLiteral("filter[direction]=outward") << true;
    QTest::newRow("direction inward") << QStringLiteral("filter[direction]=INWARD") << false;
    QTest::newRow("entity type user") << QStringLiteral("filter[entity_type]=user") << true;
    QTest::newRow("entity type queue") << QStringLiteral("filter[entity_type]=QUEUE") << false;
    QTest::newRow("combined") << QStringLiteral("filter[entity_type]=USER&filter[relation]=technician&filter[direction]=OUTWARD") << true;
}

void TestSimMetrics::queueRelationFilters()
{
    QFETCH(QString, query);
    QFETCH(bool, all);
    const QString base = QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations");
    const int total = send("GET", m_demo, base, m_demo.managerToken()).json.value(QStringLiteral("total_count")).toInt();
    QVERIFY(total > 0);
    const Reply r = send("GET", m_demo, base + QStringLiteral("?limit=100&") + query, m_demo.managerToken());
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray();
    QCOMPARE(r.json.value(QStringLiteral("total_count")).toInt(), all ? total : 0);
    QCOMPARE(list.size(), all ? total : 0);
    // The filters travel in the links.
    QVERIFY(r.json.value(QStringLiteral("_links")).toObject().value(QStringLiteral("self")).toObject().value(QStringLiteral("href"))
                .toString().contains(QStringLiteral("filter")));
}

void TestSimMetrics::queueRelationsRefused()
{
    const QString path = QStringLiteral("/queues/") + kFastLane + QStringLiteral("/relations");
    QCOMPARE(send("GET", m_demo, path, QString()).status, 401);
    // Both roles may read them (queue:read), for every queue.
    QCOMPARE(send("GET", m_demo, QStringLiteral("/queues/queue-repair-bench/relations"), m_demo.technicianToken()).status, 200);
    const Reply unknown = send("GET", m_demo, QStringLiteral("/queues/queue-nowhere/relations"), m_demo.managerToken());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.contentType, QByteArrayLiteral("application/problem+json"));
    const Reply post = send("POST", m_demo, path, m_demo.managerToken(), "{}");
    QCOMPARE(post.status, 405);
    QCOMPARE(send("DELETE", m_demo, path, m_demo.managerToken()).status, 405);
    const Reply direction = send("GET", m_demo, path + QStringLiteral("?filter[direction]=sideways"), m_demo.managerToken());
    QCOMPARE(direction.status, 400);
    QCOMPARE(direction.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject().value(QStringLiteral("dataPath")).toString(),
             QStringLiteral(".filter[direction]"));
    QCOMPARE(send("GET", m_demo, path + QStringLiteral("?limit=0"), m_demo.managerToken()).status, 400);
    // A cursor of another queue's listing is refused.
    const Reply kitting = send("GET", m_demo, QStringLiteral("/queues/queue-kitting/relations?limit=1"), m_demo.managerToken());
    const QString foreign = kitting.json.value(QStringLiteral("offset")).toString();
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(send("GET", m_demo, path + QStringLiteral("?offset=") + QString::fromLatin1(QUrl::toPercentEncoding(foreign)),
                  m_demo.managerToken()).status, 400);
}

// --seed-date: the same data, dated relative to that day 08:00 UTC.
void TestSimMetrics::seedDatePinsTheDates()
{
    SimProcess other;
    QString error;
    QVERIFY2(other.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), QStringLiteral("2027-03-01")}, &error), qPrintable(error));
    const QDateTime otherAnchor(QDate(2027, 3, 1), QTime(8, 0), QTimeZone::utc());
    const qint64 shift = kAnchor.secsTo(otherAnchor);
    auto workOrders = [this](const SimProcess &sim) {
        QHash<QString, QJsonObject> out;
        const Reply r = send("GET", sim, QStringLiteral("/work-orders?limit=100"), sim.managerToken());
        for (const QJsonValue &v : r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:work-orders")).toArray())
            out.insert(v.toObject().value(QStringLiteral("work_order_id")).toString(), v.toObject());
        return out;
    };
    const QHash<QString, QJsonObject> here = workOrders(m_demo);
    const QHash<QString, QJsonObject> there = workOrders(other);
    QCOMPARE(here.size(), 42);
    QCOMPARE(QSet<QString>(here.keyBegin(), here.keyEnd()), QSet<QString>(there.keyBegin(), there.keyEnd()));
    // The order received this week: due 28 days after the anchor.
    QCOMPARE(here.value(QStringLiteral("wo-northwind-schools-ipad-10-500-new")).value(QStringLiteral("due_date")).toString(),
             QStringLiteral("2026-12-27T08:00:00.000Z"));
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        for (const QString &field : {QStringLiteral("due_date"), QStringLiteral("created")}) {
            const QDateTime a = QDateTime::fromString(it.value().value(field).toString(), Qt::ISODateWithMs);
            const QDateTime b = QDateTime::fromString(there.value(it.key()).value(field).toString(), Qt::ISODateWithMs);
            QVERIFY2(a.isValid() && a.secsTo(b) == shift, qPrintable(it.key() + QLatin1Char(' ') + field));
        }
    }
    // The history moves with them.
    const Database a(m_demo.databasePath());
    const Database b(other.databasePath());
    QCOMPARE(b.value(QStringLiteral("SELECT sum(cycles) FROM completions")), a.value(QStringLiteral("SELECT sum(cycles) FROM completions")));
    QVERIFY(b.cycles(otherAnchor.addDays(-7), otherAnchor) > 0);
    QCOMPARE(b.cycles(otherAnchor.addDays(-31), otherAnchor), a.cycles(kAnchor.addDays(-31), kAnchor));
}

void TestSimMetrics::seedDateInvalidExits2_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("not a date") << QStringLiteral("tomorrow");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    QTest::newRow("short fields") << QStringLiteral("2026-1-5");
    QTest::newRow("with a time") << QStringLiteral("2026-11-29T08:00:00Z");
    QTest::newRow("empty") << QString();
}

void TestSimMetrics::seedDateInvalidExits2()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess sim;
    sim.setProgram(QStringLiteral(NIAGARA_SIM_PATH));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                      dir.filePath(QStringLiteral("sim.sqlite")), QStringLiteral("--seed-date"), value});
    sim.start();
    QVERIFY2(sim.waitForFinished(30000), "niagara-sim kept running despite a malformed --seed-date");
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(!sim.readAllStandardOutput().contains("listening on"));
    const QByteArray err = sim.readAllStandardError();
    QVERIFY2(err.contains("--seed-date must be a date YYYY-MM-DD"), err.constData());
}

// Without --seed-date the demo is dated to its creation (to the minute).
void TestSimMetrics::defaultAnchorIsNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const Reply r = send("GET", sim, QStringLiteral("/work-orders?limit=100"), sim.managerToken());
    QDateTime due;
    for (const QJsonValue &v : r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:work-orders")).toArray()) {
        if (v.toObject().value(QStringLiteral("work_order_id")).toString() == QLatin1String("wo-northwind-schools-ipad-10-500-new"))
            due = QDateTime::fromString(v.toObject().value(QStringLiteral("due_date")).toString(), Qt::ISODateWithMs);
    }
    QVERIFY(due.isValid());
    const QDateTime anchor = due.addDays(-28);
    QCOMPARE(anchor.time().second(), 0);
    QVERIFY2(anchor > before.addSecs(-61) && anchor <= after, qPrintable(anchor.toString(Qt::ISODate)));
    // Its history ends before that moment, and its last week is there.
    const Database db(sim.databasePath());
    QCOMPARE(db.cycles(anchor, anchor.addYears(1)), qint64(0));
    const QDateTime today(anchor.date(), QTime(0, 0), QTimeZone::utc());
    QVERIFY(sumOf(rowsOf(metrics(sim, today.addDays(-7), today))) > 500);
}

QTEST_GUILESS_MAIN(TestSimMetrics)
#include "tst_simmetrics.moc"
