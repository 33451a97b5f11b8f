// niagara-sim's per-endpoint request counts (GET/DELETE /_sim/requests, --test-admin): every
// API and OAuth request by method and route template with the statuses answered — refusals
// of fault injection included, a lost answer as "none" — the admin routes not counted, a
// reset, and the endpoint unknown (404) without --test-admin. The route templates themselves
// are checked compiled in.

#include "common/httpcall.h"
#include "common/simprocess.h"
#include "requestcounts.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QTest>

using TestSupport::SimProcess;

namespace {

using Reply = TestSupport::HttpReply;

const QByteArray kNewBatch =
    R"({"queue":{"queue_id":"queue-fast-lane"},"work_order":{"work_order_id":"wo-ipad-500"},"number_cycles":2})";

} // namespace

class TestSimRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void routeTemplates_data();
    void routeTemplates();
    void countsPerEndpointAndStatus();
    void faultRefusalsAreCounted();
    void resetStartsAgain();
    void otherMethodsAreRefused();
    void unknownWithoutTestAdmin();

private:
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QString &token = QString(),
               const QByteArray &body = {}, const QByteArray &contentType = QByteArrayLiteral("application/json"));
    QJsonObject counts();
    // The count of `key` ("GET /batches") and of each of its statuses, {} when not counted.
    static std::pair<qint64, QJsonObject> endpoint(const QJsonObject &counts, const QString &key);
    void armFaults(const QByteArray &body);

    QNetworkAccessManager m_nam;
    SimProcess m_sim; // --seed empty --test-admin --oauth-auto-approve
};

void TestSimRequests::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("empty"), {QStringLiteral("--test-admin"), QStringLiteral("--oauth-auto-approve")},
                         &error),
             qPrintable(error));
}

void TestSimRequests::init()
{
    m_nam.clearConnectionCache();
    armFaults(R"({"fail_writes": "", "faults": ""})");
    QCOMPARE(send("DELETE", QStringLiteral("/_sim/requests")).status, 204);
}

Reply TestSimRequests::send(const QByteArray &verb, const QString &pathAndQuery, const QString &token,
                            const QByteArray &body, const QByteArray &contentType)
{
    return TestSupport::httpCall(m_nam, verb, QUrl(m_sim.baseUrl().toString() + pathAndQuery), token, body, contentType);
}

QJsonObject TestSimRequests::counts()
{
    const Reply r = send("GET", QStringLiteral("/_sim/requests"));
    if (r.status != 200)
        qWarning("GET /_sim/requests answered %d: %s", r.status, r.body.constData());
    return r.json;
}

std::pair<qint64, QJsonObject> TestSimRequests::endpoint(const QJsonObject &counts, const QString &key)
{
    const QJsonObject entry = counts.value(QStringLiteral("endpoints")).toObject().value(key).toObject();
    return {entry.value(QStringLiteral("count")).toInteger(0), entry.value(QStringLiteral("statuses")).toObject()};
}

void TestSimRequests::armFaults(const QByteArray &body)
{
    const Reply r = send("PUT", QStringLiteral("/_sim/faults"), QString(), body);
    QVERIFY2(r.status == 204, r.body.constData());
}

void TestSimRequests::routeTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");
    const auto row = [](const char *path, const char *route) {
        QTest::newRow(path) << QString::fromLatin1(path) << QString::fromLatin1(route);
    };
    row("/batches", "/batches");
    row("/batches/", "/batches"); // the route table splits paths the same way
    row("/batches/b-1", "/batches/{batch_id}");
    row("/batches/b-1/relations", "/batches/{batch_id}/relations");
    row("/batches/b-1/relations/r-9", "/batches/{batch_id}/relations/{relation_id}");
    row("/batches/b-1/cycles", "/batches/{batch_id}/cycles");
    row("/queues", "/queues");
    row("/queues/q-1/relations", "/queues/{queue_id}/relations");
    row("/work-orders", "/work-orders");
    row("/users", "/users");
    row("/me", "/me");
    row("/metrics", "/metrics");
    row("/roles", "/roles");
    row("/roles/r-1", "/roles/{role_id}");
    row("/roles/r-1/users", "/roles/{role_id}/users");
    row("/oauth/authorize", "/oauth/authorize");
    row("/oauth/token", "/oauth/token");
    // No route: the sim answers these 404.
    row("/", "");
    row("/oauth/other", "");
    row("/batches/b-1/techs", "");
    row("/batches/b-1/relations/r-9/x", "");
    row("/queues/q-1", "");
    row("/me/too", "");
    row("/_sim/requests", "");
}

void TestSimRequests::routeTemplates()
{
    QFETCH(QString, path);
    QFETCH(QString, route);
    QCOMPARE(QString::fromStdString(sim::routeTemplate(path)), route);
}

void TestSimRequests::countsPerEndpointAndStatus()
{
    const QString token = m_sim.managerToken();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(send("GET", QStringLiteral("/batches"), token).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/batches?limit=5"), token).status, 200); // the query is not the key
    const Reply created = send("POST", QStringLiteral("/batches"), token, kNewBatch);
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(QStringLiteral("batch_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(send("GET", QStringLiteral("/batches/") + id, token).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/batches/") + id + QStringLiteral("/relations"), token).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/batches/") + id + QStringLiteral("/cycles"), token).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/batches/no-such-batch"), token).status, 404);
    QCOMPARE(send("DELETE", QStringLiteral("/batches/") + id, token).status, 205);
    QCOMPARE(send("GET", QStringLiteral("/me")).status, 401);
    QCOMPARE(send("PUT", QStringLiteral("/batches"), token, kNewBatch).status, 405);
    QCOMPARE(send("GET", QStringLiteral("/no/such/route"), token).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/batches/1/2/3/4/5"), token).status, 404);
    QCOMPARE(send("POST", QStringLiteral("/oauth/token"), QString(), QByteArrayLiteral("grant_type=password"),
                  QByteArrayLiteral("application/x-www-form-urlencoded"))
                 .status,
             400);
    // The admin routes are not counted, not even this reading of the counts.
    QCOMPARE(send("GET", QStringLiteral("/_sim/faults")).status, 200);

    const QJsonObject c = counts();
    QCOMPARE(c.value(QStringLiteral("total")).toInteger(), qint64(13));
    const QDateTime since = QDateTime::fromString(c.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    QVERIFY2(since.isValid() && since.timeSpec() == Qt::UTC, qPrintable(c.value(QStringLiteral("since")).toString()));
    QVERIFY(since >= before);
    QVERIFY(since <= QDateTime::currentDateTimeUtc());

    const auto expect = [&c](const char *key, qint64 count, const QJsonObject &statuses) {
        const auto [seen, seenStatuses] = endpoint(c, QString::fromLatin1(key));
        if (seen != count || seenStatuses != statuses) {
            qWarning("%s: %lld %s", key, static_cast<long long>(seen),
                     QJsonDocument(seenStatuses).toJson(QJsonDocument::Compact).constData());
            return false;
        }
        return true;
    };
    QVERIFY(expect("GET /batches", 2, {{QStringLiteral("200"), 2}}));
    QVERIFY(expect("POST /batches", 1, {{QStringLiteral("200"), 1}}));
    QVERIFY(expect("GET /batches/{batch_id}", 2, {{QStringLiteral("200"), 1}, {QStringLiteral("404"), 1}}));
    QVERIFY(expect("GET /batches/{batch_id}/relations", 1, {{QStringLiteral("200"), 1}}));
    QVERIFY(expect("GET /batches/{batch_id}/cycles", 1, {{QStringLiteral("200"), 1}}));
    QVERIFY(expect("DELETE /batches/{batch_id}", 1, {{QStringLiteral("205"), 1}}));
    QVERIFY(expect("GET /me", 1, {{QStringLiteral("401"), 1}}));
    QVERIFY(expect("PUT /batches", 1, {{QStringLiteral("405"), 1}}));
    QVERIFY(expect("GET (no route)", 2, {{QStringLiteral("404"), 2}}));
    QVERIFY(expect("POST /oauth/token", 1, {{QStringLiteral("400"), 1}}));
    QCOMPARE(c.value(QStringLiteral("endpoints")).toObject().size(), 10);
    // Listed in text order.
    const QStringList keys = c.value(QStringLiteral("endpoints")).toObject().keys();
    QVERIFY(std::is_sorted(keys.begin(), keys.end()));
}

void TestSimRequests::faultRefusalsAreCounted()
{
    const QString token = m_sim.managerToken();
    // --faults: every GET gets 429 (with its Retry-After), OAuth is never faulted.
    armFaults(R"({"faults": "429=1,methods=GET,retry-after=3"})");
    for (int i = 0; i < 3; ++i) {
        const Reply r = send("GET", QStringLiteral("/batches"), token);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArrayLiteral("3"));
    }
    // --fail-writes: the first write is refused with 503, the second is lost (no status line).
    armFaults(R"({"faults": "", "fail_writes": "1:503,2:lost"})");
    QCOMPARE(send("POST", QStringLiteral("/batches"), token, kNewBatch).status, 503);
    {
        // A raw connection: QNetworkAccessManager would resend a request whose answer was lost.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_sim.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /batches HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toUtf8()
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(kNewBatch.size())
                     + "\r\n\r\n" + kNewBatch);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(socket.readAll().isEmpty());
    }
    armFaults(R"({"fail_writes": ""})");

    const QJsonObject c = counts();
    QCOMPARE(c.value(QStringLiteral("total")).toInteger(), qint64(5));
    const auto [gets, getStatuses] = endpoint(c, QStringLiteral("GET /batches"));
    QCOMPARE(gets, qint64(3));
    QCOMPARE(getStatuses, (QJsonObject{{QStringLiteral("429"), 3}}));
    const auto [posts, postStatuses] = endpoint(c, QStringLiteral("POST /batches"));
    QCOMPARE(posts, qint64(2));
    QCOMPARE(postStatuses, (QJsonObject{{QStringLiteral("503"), 1}, {QStringLiteral("none"), 1}}));
}

void TestSimRequests::resetStartsAgain()
{
    QCOMPARE(send("GET", QStringLiteral("/queues"), m_sim.managerToken()).status, 200);
    const QJsonObject first = counts();
    QCOMPARE(first.value(QStringLiteral("total")).toInteger(), qint64(1));
    QCOMPARE(endpoint(first, QStringLiteral("GET /queues")).first, qint64(1));
    const QDateTime firstSince = QDateTime::fromString(first.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);

    QTest::qWait(20); // so that the new "since" is later, at millisecond resolution
    const Reply reset = send("DELETE", QStringLiteral("/_sim/requests"));
    QCOMPARE(reset.status, 204);
    QVERIFY(reset.body.isEmpty());
    const QJsonObject after = counts();
    QCOMPARE(after.value(QStringLiteral("total")).toInteger(-1), qint64(0));
    QVERIFY(after.value(QStringLiteral("endpoints")).isObject());
    QVERIFY(after.value(QStringLiteral("endpoints")).toObject().isEmpty());
    QVERIFY(QDateTime::fromString(after.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs) > firstSince);

    // Counting goes on from zero.
    QCOMPARE(send("GET", QStringLiteral("/queues"), m_sim.managerToken()).status, 200);
    QCOMPARE(endpoint(counts(), QStringLiteral("GET /queues")).first, qint64(1));
}

void TestSimRequests::otherMethodsAreRefused()
{
    for (const QByteArray &verb : {QByteArrayLiteral("PUT"), QByteArrayLiteral("POST"), QByteArrayLiteral("PATCH")}) {
        const Reply r = send(verb, QStringLiteral("/_sim/requests"), QString(), QByteArrayLiteral("{}"));
        QCOMPARE(r.status, 405);
    }
    // Nothing was reset or counted by them.
    QCOMPARE(counts().value(QStringLiteral("total")).toInteger(-1), qint64(0));
}

void TestSimRequests::unknownWithoutTestAdmin()
{
    SimProcess plain; // no --test-admin
    QString error;
    QVERIFY2(plain.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    const auto call = [this, &plain](const QByteArray &verb, const QString &path, const QString &token) {
        return TestSupport::httpCall(m_nam, verb, QUrl(plain.baseUrl().toString() + path), token);
    };
    // Like the other admin routes: a path as unknown as any other.
    const Reply faults = call("GET", QStringLiteral("/_sim/faults"), QString());
    QCOMPARE(faults.status, 404);
    for (const QByteArray &verb : {QByteArrayLiteral("GET"), QByteArrayLiteral("DELETE")}) {
        for (const QString &token : {QString(), plain.managerToken()}) {
            const Reply r = call(verb, QStringLiteral("/_sim/requests"), token);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.contentType, faults.contentType);
            QCOMPARE(r.json.value(QStringLiteral("detail")).toString(),
                     QStringLiteral("No route matches \"/_sim/requests\""));
        }
    }
}

QTEST_GUILESS_MAIN(TestSimRequests)
#include "tst_simrequests.moc"
