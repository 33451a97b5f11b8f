// NiagaraClient::createMetricReport (POST /metrics), listQueueRelations
// (GET /queues/{queue_id}/relations) and listBatchCycles (GET /batches/{id}/cycles) against a
// scripted loopback server: what goes over the wire, what comes back decoded, how refusals and
// failures are reported, that the POST is never sent twice while the GETs are retried, and that
// the queue's relations can be walked page by page.

#include "client/niagaraclient.h"
#include "client/pagewalk.h"
#include "common/scriptedclienttest.h"
#include "common/scriptedserver.h"
#include "payloads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using namespace Niagara;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedAction;
using TestSupport::ScriptedServer;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BATCHDESK_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

template <typename T>
struct Catcher
{
    std::shared_ptr<std::optional<Outcome<T>>> result = std::make_shared<std::optional<Outcome<T>>>();
    std::function<void(Outcome<T>)> callback()
    {
        auto r = result;
        return [r](Outcome<T> o) { *r = std::move(o); };
    }
    bool done() const { return result->has_value(); }
    const Outcome<T> &get() const { return **result; }
};

// A relation page of technicians u-<n> with the given cursor (null string: the last page).
QByteArray relationPage(const QStringList &userIds, const QString &cursor)
{
    QJsonArray items;
    for (const QString &id : userIds) {
        items.append(QJsonObject{
            {QStringLiteral("relation_id"), QString(QStringLiteral("rel-") + id)},
            {QStringLiteral("relation"), QStringLiteral("technician")},
            {QStringLiteral("label"), QStringLiteral("Technician")},
            {QStringLiteral("direction"), QStringLiteral("OUTWARD")},
            {QStringLiteral("created"), QStringLiteral("2026-11-01T08:00:00.000Z")},
            {QStringLiteral("updated"), QStringLiteral("2026-11-01T08:00:00.000Z")},
            {QStringLiteral("entity"), QJsonObject{{QStringLiteral("entity_type"), QStringLiteral("USER")},
                                                   {QStringLiteral("entity_id"), id}}},
        });
    }
    const QJsonObject page{
        {QStringLiteral("total_count"), 5},
        {QStringLiteral("limit"), 2},
        {QStringLiteral("offset"), cursor.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor)},
        {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("nter:relations"), items}}},
    };
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

// The query items of a recorded request target, percent-decoded by hand: QUrlQuery does not
// match "filter[relation]" against the encoded "filter%5Brelation%5D".
QHash<QString, QString> queryOf(const RecordedRequest &request)
{
    QHash<QString, QString> items;
    const qsizetype start = request.target.indexOf('?');
    if (start < 0)
        return items;
    for (const QByteArray &part : request.target.mid(start + 1).split('&')) {
        const qsizetype eq = part.indexOf('=');
        items.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(eq))),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(eq + 1))));
    }
    return items;
}

MetricQuery weekQuery()
{
    MetricQuery query;
    query.metrics = {QStringLiteral("cycle_success"), QStringLiteral("cycle_failure")};
    query.dateStart = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    // Not in UTC: the body must carry the same instant in UTC.
    query.dateEnd = QDateTime(QDate(2026, 12, 2), QTime(1, 0, 0, 250), QTimeZone(3600));
    return query;
}

} // namespace

class TestReportClient final : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

    void metricReportRequestAndAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("top"); // 0: none
        QTest::newRow("201, top") << 201 << 5;
        QTest::newRow("200, no top") << 200 << 0;
    }
    void metricReportRequestAndAnswer()
    {
        QFETCH(int, status);
        QFETCH(int, top);
        m_server->enqueue(ScriptedAction::json(status, fixture("metrics_report.json")));
        MetricQuery query = weekQuery();
        if (top > 0)
            query.top = top;
        Catcher<MetricReport> catcher;
        m_client->createMetricReport(query, this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().ok(), qPrintable(catcher.get().error.message()));

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/metrics"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer secret-token-123"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("date_end"), QStringLiteral("date_start"),
                                           QStringLiteral("metrics")}));
        QCOMPARE(body.value(QStringLiteral("date_start")).toString(), QStringLiteral("2026-11-25T00:00:00.000Z"));
        QCOMPARE(body.value(QStringLiteral("date_end")).toString(), QStringLiteral("2026-12-02T00:00:00.250Z"));
        const QJsonArray metrics = body.value(QStringLiteral("metrics")).toArray();
        QCOMPARE(metrics.size(), 2);
        QStringList names;
        for (const QJsonValue &entry : metrics) {
            const QJsonObject object = entry.toObject();
            names << object.value(QStringLiteral("metric")).toString();
            if (top > 0) {
                QCOMPARE(object.keys(), (QStringList{QStringLiteral("metric"), QStringLiteral("top")}));
                QCOMPARE(object.value(QStringLiteral("top")).toInt(-1), top);
            } else {
                QCOMPARE(object.keys(), QStringList{QStringLiteral("metric")});
            }
        }
        QCOMPARE(names, query.metrics);

        const MetricReport &report = *catcher.get().value;
        QCOMPARE(report.reportId, QStringLiteral("3c0e9a52-71d4-4b8e-9f06-2d5a1be4c7a9"));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).value, 14.0);
        QCOMPARE(report.rows.at(0).date, QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC));
        QCOMPARE(report.rows.at(0).dimension(u"work_order"), QStringLiteral("wo-handhelds"));
        QCOMPARE(report.rows.at(1).value, 2.5);
    }

    // A bad row reaches the caller as a skipped row, not as a failed report.
    void metricReportWithBadRows()
    {
        QByteArray body = fixture("metrics_report_text_values.json");
        body.replace("\"value\": \"0.75\"", "\"value\": \"n/a\"");
        QVERIFY(body.contains("\"n/a\""));
        m_server->enqueue(ScriptedAction::json(201, body));
        Catcher<MetricReport> catcher;
        m_client->createMetricReport(weekQuery(), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().ok(), qPrintable(catcher.get().error.message()));
        const MetricReport &report = *catcher.get().value;
        QCOMPARE(report.rows.size(), 1);
        QCOMPARE(report.rows.at(0).dimension(u"user"), QStringLiteral("7741"));
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(report.skipped.at(0).index, 1);
        QCOMPARE(report.skipped.at(0).itemId, QStringLiteral("cycle_failure"));
    }

    void metricReportFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden
                             << QStringLiteral("You are not allowed to read the completion metrics. This needs the "
                                               "permission \"report:read\"");
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound
                             << QStringLiteral("Could not read the completion metrics: this server does not offer them.");
        QTest::newRow("400") << 400 << ApiError::Kind::BadRequest
                             << QStringLiteral("The server refused to read the completion metrics");
    }
    void metricReportFailures()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, messagePart);
        m_server->enqueue(ScriptedAction::problem(status, problemJson(status, "Refused", "not for you")));
        Catcher<MetricReport> catcher;
        m_client->createMetricReport(weekQuery(), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        const ApiError &error = catcher.get().error;
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.operation(), Operation::CreateMetricReport);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.requiredPermission(), QStringLiteral("report:read"));
        QVERIFY(error.problem().has_value());
        QCOMPARE(error.problem()->detail, QStringLiteral("not for you"));
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        QCOMPARE(m_server->requestCount(), 1);
    }

    // POST is never sent twice, whatever the failure: the server may have acted on it.
    void metricReportIsNeverRetried_data()
    {
        QTest::addColumn<int>("failure"); // 0 = connection reset
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("503") << 503 << ApiError::Kind::ServerError;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
        QTest::newRow("reset") << 0 << ApiError::Kind::Network;
    }
    void metricReportIsNeverRetried()
    {
        QFETCH(int, failure);
        QFETCH(ApiError::Kind, kind);
        m_server->enqueue(failure == 0 ? ScriptedAction::reset()
                                       : ScriptedAction::respond(failure, problemJson(failure, "Busy", "later"),
                                                                 {{"Content-Type", "application/problem+json"},
                                                                  {"Retry-After", "0"}}));
        m_server->setFallback(ScriptedAction::json(201, fixture("metrics_report.json")));
        Catcher<MetricReport> catcher;
        m_client->createMetricReport(weekQuery(), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QCOMPARE(catcher.get().error.kind(), kind);
        QCOMPARE(catcher.get().error.attempts(), 1);
        QCOMPARE(m_client->pendingCount(), 0); // nothing held back to send again
        QTest::qWait(150);                     // longer than the policy's first backoff
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(catcher.get().error.message().contains(QStringLiteral("read the completion metrics")));
    }

    void queueRelationsPathFiltersAndPage()
    {
        m_server->enqueue(ScriptedAction::json(200, fixture("relations_page.json")));
        const QString queueId = QStringLiteral("q 1/ü?#&x");
        PageRequest page;
        page.limit = 25;
        page.offset = QStringLiteral("c+1/=");
        using RelationPage = Outcome<Page<Relation>>; // (moc mis-tokenizes ">>>")
        std::optional<RelationPage> result;
        m_client->listQueueRelations(queueId,
                                     RelationFilter{QStringLiteral("USER"), QStringLiteral("technician"),
                                                    QStringLiteral("OUTWARD")},
                                     page, this, [&result](Outcome<Page<Relation>> o) { result = o; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error.message()));
        QCOMPARE(result->value->items.size(), 2);
        QCOMPARE(result->value->items.at(0).entity->id, QStringLiteral("u-7f3a2c"));

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.body.isEmpty());
        // The id is one path segment: '/', '?', '#', '&' and blanks cannot split it.
        const QByteArray path = "/queues/" + QUrl::toPercentEncoding(queueId) + "/relations";
        QVERIFY2(request.target.startsWith(QByteArray(path + '?')), request.target.constData());
        const QHash<QString, QString> query = queryOf(request);
        QCOMPARE(query.value(QStringLiteral("filter[entity_type]")), QStringLiteral("USER"));
        QCOMPARE(query.value(QStringLiteral("filter[relation]")),
                 QStringLiteral("technician"));
        QCOMPARE(query.value(QStringLiteral("filter[direction]")),
                 QStringLiteral("OUTWARD"));
        QCOMPARE(query.value(QStringLiteral("limit")), QStringLiteral("25"));
        QCOMPARE(query.value(QStringLiteral("offset")), page.offset);
        QCOMPARE(query.size(), 5);
        // The cursor goes back byte for byte ('+' is not a blank).
        QVERIFY2(request.target.endsWith(QByteArray("&offset=" + QUrl::toPercentEncoding(page.offset))), request.target.constData());
    }

    void queueRelationsWithoutFilter()
    {
        m_server->enqueue(ScriptedAction::json(200, emptyRelationPageJson()));
        Catcher<Page<Relation>> catcher;
        m_client->listQueueRelations(QStringLiteral("queue-imaging"), RelationFilter{}, PageRequest{}, this,
                                     catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY(catcher.get().ok());
        QCOMPARE(m_server->requests().first().target, QByteArray("/queues/queue-imaging/relations?limit=100"));
    }

    // An idempotent GET: retried on transient failures like every other listing.
    void queueRelationsAreRetried()
    {
        m_server->enqueue(ScriptedAction::problem(503, problemJson(503, "Unavailable", "busy")));
        m_server->enqueue(ScriptedAction::reset());
        m_server->enqueue(ScriptedAction::json(200, fixture("relations_page.json")));
        Catcher<Page<Relation>> catcher;
        m_client->listQueueRelations(QStringLiteral("queue-imaging"), RelationFilter{}, PageRequest{}, this,
                                     catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().ok(), qPrintable(catcher.get().error.message()));
        QCOMPARE(m_server->requestCount(), 3);
        for (const RecordedRequest &request : m_server->requests())
            QVERIFY(request.target.startsWith("/queues/queue-imaging/relations?"));
    }

    void queueRelationsRefused()
    {
        m_server->enqueue(ScriptedAction::problem(403, problemJson(403, "Forbidden", "no")));
        Catcher<Page<Relation>> catcher;
        m_client->listQueueRelations(QStringLiteral("queue-imaging"), RelationFilter{}, PageRequest{}, this,
                                     catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        const ApiError &error = catcher.get().error;
        QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(error.operation(), Operation::ListQueueRelations);
        QCOMPARE(error.requiredPermission(), QStringLiteral("queue:read"));
        QVERIFY2(error.message().contains(QStringLiteral("You are not allowed to load a queue's technicians. This "
                                                         "needs the permission \"queue:read\"")),
                 qPrintable(error.message()));
        QCOMPARE(m_server->requestCount(), 1); // a refusal is not transient
    }

    // collectAllPages over listQueueRelations: every page, the filter on each, the cursors
    // followed, and a repeated cursor reported against the queue operation.
    void queueRelationsWalk()
    {
        m_server->setResponder([](const RecordedRequest &request) {
            const QString offset = queryOf(request).value(QStringLiteral("offset"));
            if (offset.isEmpty())
                return ScriptedAction::json(200, relationPage({QStringLiteral("u-1"), QStringLiteral("u-2")},
                                                              QStringLiteral("p 2")));
            if (offset == QLatin1String("p 2"))
                return ScriptedAction::json(200, relationPage({QStringLiteral("u-3"), QStringLiteral("u-4")},
                                                              QStringLiteral("p+3")));
            if (offset == QLatin1String("p+3"))
                return ScriptedAction::json(200, relationPage({QStringLiteral("u-5")}, QString()));
            return ScriptedAction::respond(500, "unexpected cursor");
        });
        RelationFilter filter;
        filter.relation = QStringLiteral("technician");
        NiagaraClient *client = m_client;
        std::optional<Outcome<QList<Relation>>> all;
        collectAllPages<Relation>(
            Operation::ListQueueRelations,
            [client, filter](const PageRequest &page, QObject *ctx, NiagaraClient::Callback<Page<Relation>> cb) {
                return client->listQueueRelations(QStringLiteral("queue-imaging"), filter, page, ctx, std::move(cb));
            },
            this, [&all](Outcome<QList<Relation>> outcome) { all = std::move(outcome); });
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 10000);
        QVERIFY2(all->ok(), qPrintable(all->error.message()));
        QStringList ids;
        for (const Relation &r : std::as_const(*all->value))
            ids << r.entity->id;
        QCOMPARE(ids, (QStringList{QStringLiteral("u-1"), QStringLiteral("u-2"), QStringLiteral("u-3"),
                                   QStringLiteral("u-4"), QStringLiteral("u-5")}));
        QCOMPARE(m_server->requestCount(), 3);
        for (const RecordedRequest &request : m_server->requests()) {
            QVERIFY2(request.target.startsWith("/queues/queue-imaging/relations?"), request.target.constData());
            QCOMPARE(queryOf(request).value(QStringLiteral("filter[relation]")),
                     QStringLiteral("technician"));
        }
    }

    // GET /batches/{id}/cycles: the path (the id encoded), filter[status] as the category's
    // wire name, the page; retried like every GET; a 404 is NotFound for the units' operation.
    void batchCyclesRequestRetriedAndDecoded()
    {
        m_server->enqueue(ScriptedAction::problem(503, problemJson(503, "Unavailable", "busy")));
        m_server->enqueue(ScriptedAction::json(200, fixture("cycles_page.json")));
        Catcher<Page<Cycle>> catcher;
        PageRequest page;
        page.limit = 50;
        page.offset = QStringLiteral("c 2");
        m_client->listBatchCycles(QStringLiteral("B 7/1"), StatusCategory::Blocked, page, this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().ok(), qPrintable(catcher.get().error.message()));
        QCOMPARE(catcher.get().value->items.size(), 3);
        QCOMPARE(m_server->requestCount(), 2);
        for (const RecordedRequest &request : m_server->requests()) {
            QVERIFY2(request.target.startsWith("/batches/B%207%2F1/cycles?"), request.target.constData());
            QCOMPARE(request.method, QByteArray("GET"));
            const QHash<QString, QString> query = queryOf(request);
            QCOMPARE(query.value(QStringLiteral("filter[status]")), QStringLiteral("BLOCKED"));
            QCOMPARE(query.value(QStringLiteral("limit")), QStringLiteral("50"));
            QCOMPARE(query.value(QStringLiteral("offset")), QStringLiteral("c 2"));
        }

        // No filter: no filter parameter. Not offered: NotFound, for this operation.
        m_server->enqueue(ScriptedAction::problem(404, problemJson(404, "Not Found", "no route")));
        Catcher<Page<Cycle>> missing;
        m_client->listBatchCycles(QStringLiteral("b1"), std::nullopt, PageRequest{}, this, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.done(), 10000);
        QVERIFY(!queryOf(m_server->requests().last()).contains(QStringLiteral("filter[status]")));
        QCOMPARE(missing.get().error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(missing.get().error.operation(), Operation::ListBatchCycles);
        QCOMPARE(operationInfo(Operation::ListBatchCycles).permission, QStringLiteral("batch:read"));
        QVERIFY(operationInfo(Operation::ListBatchCycles).idempotent);
    }

    void queueRelationsWalkStopsOnRepeatedCursor()
    {
        m_server->setFallback(ScriptedAction::json(200, relationPage({QStringLiteral("u-1")}, QStringLiteral("same"))));
        NiagaraClient *client = m_client;
        std::optional<Outcome<QList<Relation>>> all;
        collectAllPages<Relation>(
            Operation::ListQueueRelations,
            [client](const PageRequest &page, QObject *ctx, NiagaraClient::Callback<Page<Relation>> cb) {
                return client->listQueueRelations(QStringLiteral("queue-imaging"), RelationFilter{}, page, ctx,
                                                  std::move(cb));
            },
            this, [&all](Outcome<QList<Relation>> outcome) { all = std::move(outcome); });
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 10000);
        QCOMPARE(all->error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(all->error.responseFault(), ApiError::ResponseFault::RepeatedPage);
        QCOMPARE(all->error.operation(), Operation::ListQueueRelations);
        QCOMPARE(m_server->requestCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportClient)
#include "tst_reportclient.moc"
