// Decode::metricReport (POST /metrics, oas_report.md) against hand-written fixtures
// (tests/fixtures/metrics_report*.json) and variants derived from them: values as numbers or
// numeric strings, dates as RFC 3339 in any offset, dimension values as text or numbers,
// unknown members anywhere, and bad rows that are skipped without sinking the report.

#include "client/decode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Niagara;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BATCHDESK_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const QString kRemove = QStringLiteral("<remove>");

// Sets (or removes) the value at a '/'-separated path; numeric parts index arrays. The raw
// value is JSON text, so that strings, numbers, objects and arrays can all be planted.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QString &rawValue)
{
    const QString head = path.takeFirst();
    const bool remove = rawValue == kRemove;
    QJsonValue value;
    if (!remove && path.isEmpty())
        value = QJsonDocument::fromJson(QByteArray("[") + rawValue.toUtf8() + QByteArray("]")).array().at(0);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        if (!path.isEmpty())
            array[i] = setAt(array.at(i), path, rawValue);
        else if (remove)
            array.removeAt(i);
        else
            array[i] = value;
        return array;
    }
    QJsonObject object = node.toObject();
    if (!path.isEmpty())
        object[head] = setAt(object.value(head), path, rawValue);
    else if (remove)
        object.remove(head);
    else
        object[head] = value;
    return object;
}

QByteArray mutated(const QByteArray &json, const QString &path, const QString &rawValue)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(setAt(root, path.split(QLatin1Char('/')), rawValue).toObject()).toJson(QJsonDocument::Compact);
}

QString describe(const Decode::Result<MetricReport> &result)
{
    if (!result)
        return result.error.path + QLatin1Char(' ') + result.error.message;
    QStringList issues;
    for (const DecodeIssue &issue : result.value->skipped)
        issues << QStringLiteral("[%1] %2 %3").arg(issue.index).arg(issue.path, issue.message);
    return issues.join(QLatin1String("; "));
}

} // namespace

class TestMetricReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAsTheReferenceShowsThem();
    void numericStringsAndNumericDimensions();
    void values_data();
    void values();
    void rowFields_data();
    void rowFields();
    void badRowsNeverSinkTheReport();
    void report_data();
    void report();
    void nestingIsCapped();
};

// The shape of the reference's example: numbers, string dimension values, report_id, _links.
void TestMetricReport::numbersAsTheReferenceShowsThem()
{
    const auto result = Decode::metricReport(view(fixture("metrics_report.json")));
    QVERIFY2(result, qPrintable(describe(result)));
    const MetricReport &report = *result.value;
    QCOMPARE(report.reportId, QStringLiteral("3c0e9a52-71d4-4b8e-9f06-2d5a1be4c7a9"));
    QVERIFY(report.skipped.isEmpty());
    QCOMPARE(report.rows.size(), 2);

    const MetricRow &first = report.rows.at(0);
    QCOMPARE(first.metric, QStringLiteral("cycle_success"));
    QCOMPARE(first.value, 14.0);
    QCOMPARE(first.date, utc(2026, 11, 23));
    QCOMPARE(first.date.timeSpec(), Qt::UTC);
    QCOMPARE(first.tenantId, QStringLiteral("Harbor Logistics"));
    QCOMPARE(first.entityType, QStringLiteral("MET"));
    QCOMPARE(first.dimensions.size(), 6);
    QCOMPARE(first.dimensions.at(3), (MetricDimension{QStringLiteral("user"), QStringLiteral("u-7f3a2c"),
                                                      QStringLiteral("Priya Natarajan")}));
    // Keys the client has no use for are kept as sent.
    QCOMPARE(first.dimension(u"customer:cust-harbor:program:prog-fleet:project"), QStringLiteral("proj-depot-7"));
    QCOMPARE(first.dimension(u"queue"), QStringLiteral("queue-imaging"));
    QVERIFY(first.dimension(u"location").isNull());

    const MetricRow &second = report.rows.at(1);
    QCOMPARE(second.value, 2.5);
    QCOMPARE(second.date, utc(2026, 11, 24));
    QCOMPARE(second.dimension(u"user"), QStringLiteral("u-19bd04"));
}

// Another server's shape: values as numeric strings, dimension values as numbers, an offset in
// the date, no report_id, and members nobody documented, at every level.
void TestMetricReport::numericStringsAndNumericDimensions()
{
    const auto result = Decode::metricReport(view(fixture("metrics_report_text_values.json")));
    QVERIFY2(result, qPrintable(describe(result)));
    const MetricReport &report = *result.value;
    QVERIFY(report.reportId.isEmpty());
    QVERIFY2(report.skipped.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(report.rows.size(), 2);

    const MetricRow &first = report.rows.at(0);
    QCOMPARE(first.value, 31.0);
    QCOMPARE(first.date, utc(2026, 11, 23, 0, 30)); // 01:30+01:00
    QCOMPARE(first.date.timeSpec(), Qt::UTC);
    QVERIFY(first.tenantId.isEmpty());
    QCOMPARE(first.dimensions.size(), 3);
    QCOMPARE(first.dimension(u"user"), QStringLiteral("7741"));
    QCOMPARE(first.dimension(u"work_order"), QStringLiteral("90210"));
    QVERIFY(first.dimensions.at(1).label.isEmpty()); // null label
    // A fractional number stays as the server wrote it, not as a double prints.
    QCOMPARE(first.dimension(u"site:bay:shelf"), QStringLiteral("3.50"));
    QCOMPARE(first.dimensions.at(2).label, QStringLiteral("Shelf 3.5"));

    const MetricRow &second = report.rows.at(1);
    QCOMPARE(second.metric, QStringLiteral("cycle_failure"));
    QCOMPARE(second.value, 0.75);
    QCOMPARE(second.date, utc(2026, 11, 24));
    QVERIFY(second.dimensions.isEmpty());
}

void TestMetricReport::values_data()
{
    QTest::addColumn<QString>("raw");  // JSON text planted as the first row's value
    QTest::addColumn<bool>("kept");
    QTest::addColumn<double>("expected");

    QTest::newRow("integer") << QStringLiteral("7") << true << 7.0;
    QTest::newRow("zero") << QStringLiteral("0") << true << 0.0;
    QTest::newRow("negative") << QStringLiteral("-3") << true << -3.0;
    QTest::newRow("fraction") << QStringLiteral("0.125") << true << 0.125;
    QTest::newRow("exponent") << QStringLiteral("1e3") << true << 1000.0;
    QTest::newRow("large unsigned") << QStringLiteral("18446744073709551615") << true << 18446744073709551615.0;
    QTest::newRow("numeric string") << QStringLiteral("\"12\"") << true << 12.0;
    QTest::newRow("fractional string") << QStringLiteral("\"3.5\"") << true << 3.5;
    QTest::newRow("negative string") << QStringLiteral("\"-4\"") << true << -4.0;
    QTest::newRow("exponent string") << QStringLiteral("\"2.5e2\"") << true << 250.0;

    QTest::newRow("word") << QStringLiteral("\"twelve\"") << false << 0.0;
    QTest::newRow("empty string") << QStringLiteral("\"\"") << false << 0.0;
    QTest::newRow("leading blank") << QStringLiteral("\" 12\"") << false << 0.0;
    QTest::newRow("trailing text") << QStringLiteral("\"12 cycles\"") << false << 0.0;
    QTest::newRow("decimal comma") << QStringLiteral("\"3,5\"") << false << 0.0;
    QTest::newRow("hex") << QStringLiteral("\"0x10\"") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("\"inf\"") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("\"NaN\"") << false << 0.0;
    QTest::newRow("overflowing string") << QStringLiteral("\"1e999\"") << false << 0.0;
    QTest::newRow("null") << QStringLiteral("null") << false << 0.0;
    QTest::newRow("boolean") << QStringLiteral("true") << false << 0.0;
    QTest::newRow("object") << QStringLiteral("{\"amount\":3}") << false << 0.0;
    QTest::newRow("array") << QStringLiteral("[3]") << false << 0.0;
    QTest::newRow("missing") << kRemove << false << 0.0;
}

void TestMetricReport::values()
{
    QFETCH(QString, raw);
    QFETCH(bool, kept);
    QFETCH(double, expected);
    const auto result =
        Decode::metricReport(view(mutated(fixture("metrics_report.json"), QStringLiteral("metrics/0/value"), raw)));
    QVERIFY2(result, qPrintable(describe(result)));
    const MetricReport &report = *result.value;
    if (kept) {
        QVERIFY2(report.skipped.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).value, expected);
        return;
    }
    // The bad row goes; the other stays, and the issue says which row and where.
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.rows.at(0).date, utc(2026, 11, 24));
    QCOMPARE(report.skipped.size(), 1);
    const DecodeIssue &issue = report.skipped.at(0);
    QCOMPARE(issue.index, 0);
    QCOMPARE(issue.itemId, QStringLiteral("cycle_success"));
    QCOMPARE(issue.path, QStringLiteral("$.metrics[0].value"));
}

// One field of the second row changed: kept (with what it reads as) or skipped.
void TestMetricReport::rowFields_data()
{
    QTest::addColumn<QString>("field"); // '/'-separated, under metrics/1
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("kept");

    QTest::newRow("no metric") << QStringLiteral("metric") << kRemove << false;
    QTest::newRow("metric a number") << QStringLiteral("metric") << QStringLiteral("5") << false;
    QTest::newRow("no date") << QStringLiteral("date") << kRemove << false;
    QTest::newRow("date not RFC 3339") << QStringLiteral("date") << QStringLiteral("\"24/11/2026\"") << false;
    QTest::newRow("date without zone") << QStringLiteral("date") << QStringLiteral("\"2026-11-24T00:00:00\"") << false;
    QTest::newRow("date impossible") << QStringLiteral("date") << QStringLiteral("\"2026-02-30T00:00:00Z\"") << false;
    QTest::newRow("date a number") << QStringLiteral("date") << QStringLiteral("1764000000") << false;
    QTest::newRow("dimensions not an array") << QStringLiteral("dimensions") << QStringLiteral("{}") << false;
    QTest::newRow("dimension not an object") << QStringLiteral("dimensions/0") << QStringLiteral("\"user\"") << false;
    QTest::newRow("dimension without key") << QStringLiteral("dimensions/0/key") << kRemove << false;
    QTest::newRow("dimension value a boolean") << QStringLiteral("dimensions/0/value") << QStringLiteral("false") << false;
    QTest::newRow("tenant_id an object") << QStringLiteral("tenant_id") << QStringLiteral("{}") << false;

    QTest::newRow("no tenant_id") << QStringLiteral("tenant_id") << kRemove << true;
    QTest::newRow("no entity_type") << QStringLiteral("entity_type") << kRemove << true;
    QTest::newRow("no dimensions") << QStringLiteral("dimensions") << kRemove << true;
    QTest::newRow("no dimension label") << QStringLiteral("dimensions/0/label") << kRemove << true;
    QTest::newRow("no dimension value") << QStringLiteral("dimensions/0/value") << kRemove << true;
    QTest::newRow("dimension value null") << QStringLiteral("dimensions/0/value") << QStringLiteral("null") << true;
    QTest::newRow("unknown dimension member")
        << QStringLiteral("dimensions/0/weight") << QStringLiteral("{\"deep\":[1,{\"x\":null}]}") << true;
    QTest::newRow("unknown row member") << QStringLiteral("_links") << QStringLiteral("{\"self\":{\"href\":\"x\"}}")
                                        << true;
    QTest::newRow("date with offset") << QStringLiteral("date") << QStringLiteral("\"2026-11-24T02:00:00+02:00\"")
                                      << true;
}

void TestMetricReport::rowFields()
{
    QFETCH(QString, field);
    QFETCH(QString, raw);
    QFETCH(bool, kept);
    const auto result = Decode::metricReport(
        view(mutated(fixture("metrics_report.json"), QStringLiteral("metrics/1/") + field, raw)));
    QVERIFY2(result, qPrintable(describe(result)));
    const MetricReport &report = *result.value;
    QCOMPARE(report.rows.at(0).value, 14.0); // the good row is never touched
    if (!kept) {
        QCOMPARE(report.rows.size(), 1);
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(report.skipped.at(0).index, 1);
        QVERIFY2(report.skipped.at(0).path.startsWith(QStringLiteral("$.metrics[1]")),
                 qPrintable(report.skipped.at(0).path));
        return;
    }
    QVERIFY2(report.skipped.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(report.rows.size(), 2);
    const MetricRow &row = report.rows.at(1);
    QCOMPARE(row.value, 2.5);
    // Every date reads as the same UTC day, whatever offset the server wrote it in.
    QCOMPARE(row.date, utc(2026, 11, 24));
    if (field == QLatin1String("dimensions")) {
        QVERIFY(row.dimensions.isEmpty());
        return;
    }
    QCOMPARE(row.dimensions.size(), 3);
    QCOMPARE(row.dimensions.at(0).key, QStringLiteral("user"));
    if (field == QLatin1String("dimensions/0/value"))
        QVERIFY(row.dimension(u"user").isEmpty());
    else
        QCOMPARE(row.dimension(u"user"), QStringLiteral("u-19bd04"));
}

// Bad rows in wire order among good ones: each is reported with its index among the rows sent
// (rows + skipped = what the server sent), and its metric when the row named one.
void TestMetricReport::badRowsNeverSinkTheReport()
{
    const QByteArray json = R"({"metrics":[
        {"metric":"cycle_success","value":1,"date":"2026-11-20T00:00:00Z"},
        {"metric":"cycle_success","value":"lots","date":"2026-11-21T00:00:00Z"},
        42,
        {"value":3,"date":"2026-11-22T00:00:00Z"},
        {"metric":"cycle_success","value":4,"date":"2026-11-23T00:00:00Z","dimensions":[{"key":"user","value":[1]}]},
        {"date":"not a date","metric":"late_id","value":5},
        {"metric":"cycle_success","value":"6","date":"2026-11-25T00:00:00Z"}
    ]})";
    const auto result = Decode::metricReport(view(json));
    QVERIFY2(result, qPrintable(describe(result)));
    const MetricReport &report = *result.value;
    QCOMPARE(report.rows.size(), 2);
    QCOMPARE(report.rows.at(0).value, 1.0);
    QCOMPARE(report.rows.at(1).value, 6.0);
    QCOMPARE(report.rows.at(1).date, utc(2026, 11, 25));
    QCOMPARE(report.skipped.size(), 5);
    QCOMPARE(report.rows.size() + report.skipped.size(), 7);
    QList<int> indexes;
    for (const DecodeIssue &issue : report.skipped)
        indexes << issue.index;
    QCOMPARE(indexes, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(report.skipped.at(0).path, QStringLiteral("$.metrics[1].value"));
    QCOMPARE(report.skipped.at(0).itemId, QStringLiteral("cycle_success"));
    QVERIFY(report.skipped.at(1).itemId.isEmpty()); // not even an object
    QCOMPARE(report.skipped.at(2).path, QStringLiteral("$.metrics[3].metric"));
    QCOMPARE(report.skipped.at(3).path, QStringLiteral("$.metrics[4].dimensions[0].value"));
    // The metric came after the bad date: the issue still names it.
    QCOMPARE(report.skipped.at(4).itemId, QStringLiteral("late_id"));
}

void TestMetricReport::report_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("errorPath"); // when !ok

    QTest::newRow("empty metrics") << QByteArray(R"({"report_id":"r-1","metrics":[]})") << true << 0 << QString();
    QTest::newRow("no report_id") << QByteArray(R"({"metrics":[]})") << true << 0 << QString();
    QTest::newRow("report_id null") << QByteArray(R"({"report_id":null,"metrics":[]})") << true << 0 << QString();
    QTest::newRow("unknown top-level members")
        << QByteArray(R"({"_links":{"self":{"href":"x"},"next":null},"total_count":"n/a","metrics":[)"
                      R"({"metric":"m","value":1,"date":"2026-11-20T00:00:00Z"}],"_embedded":{"nter:rows":[[[]]]}})")
        << true << 1 << QString();
    QTest::newRow("no metrics member") << QByteArray(R"({"report_id":"r-1","_links":{}})") << false << 0
                                       << QStringLiteral("$.metrics");
    QTest::newRow("metrics not an array") << QByteArray(R"({"metrics":{"metric":"m"}})") << false << 0
                                          << QStringLiteral("$.metrics");
    QTest::newRow("metrics null") << QByteArray(R"({"metrics":null})") << false << 0 << QStringLiteral("$.metrics");
    QTest::newRow("report_id a number") << QByteArray(R"({"report_id":5,"metrics":[]})") << false << 0
                                        << QStringLiteral("$.report_id");
    QTest::newRow("an array") << QByteArray(R"([{"metric":"m"}])") << false << 0 << QStringLiteral("$");
    QTest::newRow("not JSON") << QByteArray("<html>metrics</html>") << false << 0 << QStringLiteral("$");
    QTest::newRow("cut off") << QByteArray(R"({"metrics":[{"metric":"m","value":1,)") << false << 0
                             << QStringLiteral("$");
}

void TestMetricReport::report()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, rows);
    QFETCH(QString, errorPath);
    const auto result = Decode::metricReport(view(json));
    QCOMPARE(bool(result), ok);
    if (!ok) {
        QCOMPARE(result.error.path, errorPath);
        return;
    }
    QCOMPARE(result.value->rows.size(), rows);
    QVERIFY(result.value->skipped.isEmpty());
}

// Far deeper than any report, in an unknown member and inside a row: refused at the cap, not
// walked, and not mistaken for a bad row.
void TestMetricReport::nestingIsCapped()
{
    const QByteArray deep = QByteArray("[").repeated(5000) + QByteArray("]").repeated(5000);
    const QList<QByteArray> bodies{
        QByteArray(R"({"metrics":[],"extra":)") + deep + QByteArray("}"),
        QByteArray(R"({"metrics":[{"metric":"m","value":1,"date":"2026-11-20T00:00:00Z","x":)") + deep + QByteArray("}]}"),
    };
    for (const QByteArray &json : bodies) {
        const auto result = Decode::metricReport(view(json));
        QVERIFY(!result);
        QVERIFY(result.error.tooDeep);
    }
}

QTEST_GUILESS_MAIN(TestMetricReport)
#include "tst_metricreport.moc"
