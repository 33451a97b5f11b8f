// niagara-sim's --faults: the spec, the dice, and each fault as a client sees it on the wire
// (raw sockets where QNetworkAccessManager would hide what happened, e.g. by resending).

#include "common/httpcall.h"
#include "common/simprocess.h"
#include "faults.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <climits>
#include <map>
#include <memory>

using TestSupport::SimProcess;

namespace {

using Reply = TestSupport::HttpReply;

// What came back on a raw connection: every byte, and whether the server closed it.
struct Wire
{
    QByteArray bytes;
    bool closedByServer = false;
    QByteArray head() const { return bytes.left(bytes.indexOf("\r\n\r\n")); }
    QByteArray body() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : bytes.mid(end + 4);
    }
    qsizetype contentLength() const
    {
        for (const QByteArray &line : head().split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return -1;
    }
};

const QByteArray kCreate = R"({"queue":{"queue_id":"queue-fast-lane"},"work_order":{"work_order_id":"wo-ipad-500"},"number_cycles":2})";

} // namespace

class TestSimFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void diceFollowsTheShares();
    void diceIsReproducible();
    void diceHonoursMethods();

    void refusals_data();
    void refusals();
    void lockedOnlyOnDelete();
    void resetCarriesOutThenDrops();
    void truncatedBodyIsWellFramed();
    void lostResponseCarriesOut();
    void latencyDelaysEveryAnswer();
    void expireEndsAnOAuthToken();
    void oauthIsNeverFaulted();
    void adminReportsAndValidates();
    void commandLine();
    void workSwitchWithoutSimulatedWork();

private:
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QString &token, const QByteArray &body = {},
               const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void arm(const QString &spec);
    QJsonObject adminState();
    qint64 batchTotal();
    // One request on a fresh raw connection; reads until the server closes or `waitMs` passes.
    Wire raw(const QByteArray &verb, const QString &path, const QByteArray &body, int waitMs = 3000);
    QString oauthAccessToken();

    QNetworkAccessManager m_nam;
    SimProcess m_sim; // --seed empty --test-admin --oauth-auto-approve
};

void TestSimFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("empty"), {QStringLiteral("--test-admin"), QStringLiteral("--oauth-auto-approve")},
                         &error),
             qPrintable(error));
}

void TestSimFaults::init()
{
    // Each test arms what it needs; none inherits the previous one's weather.
    m_nam.clearConnectionCache();
    arm(QString());
}

Reply TestSimFaults::send(const QByteArray &verb, const QString &pathAndQuery, const QString &token,
                          const QByteArray &body, const QByteArray &contentType)
{
    // No token at all (not even an empty header) where none is given.
    return TestSupport::httpCall(m_nam, verb, QUrl(m_sim.baseUrl().toString() + pathAndQuery),
                                 token.isEmpty() ? QString() : token, body, contentType);
}

void TestSimFaults::arm(const QString &spec)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec}}).toJson(QJsonDocument::Compact);
    const Reply r = send("PUT", QStringLiteral("/_sim/faults"), QString(), body);
    QVERIFY2(r.status == 204, r.body.constData());
}

QJsonObject TestSimFaults::adminState()
{
    return send("GET", QStringLiteral("/_sim/faults"), QString()).json;
}

qint64 TestSimFaults::batchTotal()
{
    return send("GET", QStringLiteral("/batches?limit=1"), m_sim.managerToken())
        .json.value(QStringLiteral("total_count"))
        .toInteger(-1);
}

Wire TestSimFaults::raw(const QByteArray &verb, const QString &path, const QByteArray &body, int waitMs)
{
    Wire wire;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_sim.baseUrl().port()));
    if (!socket.waitForConnected(5000))
        return wire;
    QByteArray request = verb + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                         + m_sim.managerToken().toUtf8() + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            wire.closedByServer = true;
            break;
        }
        // A complete, well-framed answer ends the wait too (the connection is kept alive).
        const qsizetype length = wire.contentLength();
        if (length >= 0 && wire.body().size() >= length)
            break;
        socket.waitForReadyRead(50);
        wire.bytes += socket.readAll();
    }
    wire.bytes += socket.readAll();
    return wire;
}

QString TestSimFaults::oauthAccessToken()
{
    const QString verifier = QStringLiteral("fault-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz");
    const QString challenge = QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    QUrlQuery query;
    query.setQueryItems({{QStringLiteral("client_id"), QStringLiteral("batchdesk-desktop")},
                         {QStringLiteral("response_type"), QStringLiteral("code")},
                         {QStringLiteral("redirect_uri"), redirect},
                         {QStringLiteral("state"), QStringLiteral("s")},
                         {QStringLiteral("code_challenge"), challenge},
                         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                         {QStringLiteral("login_hint"), QString::fromLatin1(TestSupport::kManagerEmail)}});
    const Reply authorized = TestSupport::httpCall(
        m_nam, "GET", QUrl(m_sim.baseUrl().toString() + QStringLiteral("/oauth/authorize?") + query.toString(QUrl::FullyEncoded)),
        QString(), {}, {}, m_sim.approvalHeaders());
    if (authorized.status != 302)
        return {};
    const QString code = QUrlQuery(QUrl(QString::fromUtf8(authorized.location))).queryItemValue(QStringLiteral("code"));
    QUrlQuery form;
    form.setQueryItems({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("redirect_uri"), redirect},
                        {QStringLiteral("client_id"), QStringLiteral("batchdesk-desktop")},
                        {QStringLiteral("code_verifier"), verifier}});
    const Reply tokens = send("POST", QStringLiteral("/oauth/token"), QString(),
                              form.toString(QUrl::FullyEncoded).toLatin1(),
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
    return tokens.json.value(QStringLiteral("access_token")).toString();
}

// ------------------------------------------------------------------------------ the spec

void TestSimFaults::parseValid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blanks") << QStringLiteral("   ") << QString();
    QTest::newRow("latency") << QStringLiteral("latency=20, jitter = 30") << QStringLiteral("latency=20,jitter=30");
    QTest::newRow("order fixed") << QStringLiteral("lost=0.01,503=0.05,500=.02")
                                 << QStringLiteral("500=0.02,503=0.05,lost=0.01");
    QTest::newRow("everything")
        << QStringLiteral("seed=7,methods=GET|DELETE,retry-after=3,lost=0.1,truncate=0.1,reset=0.1,expire=0.1,"
                          "423=0.1,429=0.1,503=0.1,502=0.1,500=0.1,jitter=5,latency=1")
        << QStringLiteral("latency=1,jitter=5,500=0.1,502=0.1,503=0.1,429=0.1,423=0.1,expire=0.1,reset=0.1,"
                          "truncate=0.1,lost=0.1,retry-after=3,methods=GET|DELETE,seed=7");
    QTest::newRow("all of one") << QStringLiteral("503=1") << QStringLiteral("503=1");
    QTest::newRow("zero share dropped") << QStringLiteral("500=0,502=0.5") << QStringLiteral("502=0.5");
}

void TestSimFaults::parseValid()
{
    QFETCH(QString, spec);
    QFETCH(QString, normalised);
    std::string error;
    const auto profile = sim::FaultProfile::parse(spec.toStdString(), &error);
    QVERIFY2(profile.has_value(), error.c_str());
    QCOMPARE(QString::fromStdString(profile->spec()), normalised);
    // The normalised spec means the same thing.
    const auto again = sim::FaultProfile::parse(profile->spec(), &error);
    QVERIFY(again.has_value());
    QCOMPARE(again->spec(), profile->spec());
}

void TestSimFaults::parseInvalid_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no equals") << QStringLiteral("503") << QStringLiteral("KEY=VALUE");
    QTest::newRow("empty entry") << QStringLiteral("503=0.1,") << QStringLiteral("KEY=VALUE");
    QTest::newRow("unknown key") << QStringLiteral("teapot=0.1") << QStringLiteral("unknown key \"teapot\"");
    QTest::newRow("share above 1") << QStringLiteral("500=1.5") << QStringLiteral("share 0..1");
    QTest::newRow("negative share") << QStringLiteral("500=-0.1") << QStringLiteral("share 0..1");
    QTest::newRow("exponent") << QStringLiteral("500=1e-2") << QStringLiteral("share 0..1");
    QTest::newRow("two dots") << QStringLiteral("500=0.1.2") << QStringLiteral("share 0..1");
    QTest::newRow("sum above 1") << QStringLiteral("500=0.6,lost=0.6") << QStringLiteral("more than 1");
    QTest::newRow("twice") << QStringLiteral("500=0.1,500=0.2") << QStringLiteral("twice");
    QTest::newRow("latency too long") << QStringLiteral("latency=60001") << QStringLiteral("0..60000");
    QTest::newRow("latency not a number") << QStringLiteral("latency=fast") << QStringLiteral("0..60000");
    QTest::newRow("retry-after") << QStringLiteral("retry-after=3601") << QStringLiteral("0..3600");
    QTest::newRow("seed") << QStringLiteral("seed=-1") << QStringLiteral("seed");
    QTest::newRow("method") << QStringLiteral("methods=GET|FETCH") << QStringLiteral("\"FETCH\"");
    QTest::newRow("empty method") << QStringLiteral("methods=GET|") << QStringLiteral("methods");
}

void TestSimFaults::parseInvalid()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    std::string error;
    QVERIFY(!sim::FaultProfile::parse(spec.toStdString(), &error).has_value());
    QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
}

void TestSimFaults::diceFollowsTheShares()
{
    std::string error;
    const auto profile = sim::FaultProfile::parse("500=0.1,503=0.05,lost=0.2,423=0.3,latency=10,jitter=20", &error);
    QVERIFY(profile);
    sim::FaultDice dice(*profile);
    constexpr int kRolls = 20000;
    std::map<sim::Injection, int> getCounts, deleteCounts;
    int minDelay = INT_MAX, maxDelay = 0;
    for (int i = 0; i < kRolls; ++i) {
        ++getCounts[dice.roll("GET")];
        ++deleteCounts[dice.roll("DELETE")];
        const int delay = dice.delayMs();
        minDelay = std::min(minDelay, delay);
        maxDelay = std::max(maxDelay, delay);
    }
    // Binomial with n = 20000: 5 standard deviations of a share of 0.3 are about 0.016.
    auto near = [](int count, double share) { return std::abs(count / double(kRolls) - share) < 0.02; };
    QVERIFY(near(getCounts[sim::Injection::Status500], 0.1));
    QVERIFY(near(getCounts[sim::Injection::Status503], 0.05));
    QVERIFY(near(getCounts[sim::Injection::Lost], 0.2));
    QCOMPARE(getCounts[sim::Injection::Locked], 0); // 423 is for DELETE only
    QVERIFY(near(getCounts[sim::Injection::None], 0.65));
    QVERIFY(near(deleteCounts[sim::Injection::Locked], 0.3));
    QVERIFY(near(deleteCounts[sim::Injection::None], 0.35));
    QCOMPARE(dice.requestsSeen(), qint64(2 * kRolls));
    QCOMPARE(dice.injected(sim::Injection::Lost),
             qint64(getCounts[sim::Injection::Lost] + deleteCounts[sim::Injection::Lost]));
    // latency + U[0, jitter], both ends reached over 20000 draws.
    QCOMPARE(minDelay, 10);
    QCOMPARE(maxDelay, 30);
}

void TestSimFaults::diceIsReproducible()
{
    std::string error;
    auto rolls = [&error](const std::string &spec) {
        sim::FaultDice dice(*sim::FaultProfile::parse(spec, &error));
        QList<int> out;
        for (int i = 0; i < 500; ++i)
            out.append(static_cast<int>(dice.roll(i % 3 ? "GET" : "POST")));
        return out;
    };
    QCOMPARE(rolls("503=0.3,lost=0.3,seed=42"), rolls("503=0.3,lost=0.3,seed=42"));
    QVERIFY(rolls("503=0.3,lost=0.3,seed=42") != rolls("503=0.3,lost=0.3,seed=43"));
}

void TestSimFaults::diceHonoursMethods()
{
    std::string error;
    sim::FaultDice dice(*sim::FaultProfile::parse("500=1,methods=POST|DELETE", &error));
    QCOMPARE(dice.roll("GET"), sim::Injection::None);
    QCOMPARE(dice.roll("PATCH"), sim::Injection::None);
    QCOMPARE(dice.roll("POST"), sim::Injection::Status500);
    QCOMPARE(dice.roll("DELETE"), sim::Injection::Status500);
    QCOMPARE(dice.requestsSeen(), qint64(2)); // requests of other methods are not counted
}

// ------------------------------------------------------------------------------ on the wire

void TestSimFaults::refusals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << QStringLiteral("500=1") << 500 << QByteArrayLiteral("application/problem+json") << QByteArray();
    QTest::newRow("502 is a proxy's HTML page")
        << QStringLiteral("502=1") << 502 << QByteArrayLiteral("text/html; charset=utf-8") << QByteArray();
    QTest::newRow("503") << QStringLiteral("503=1,retry-after=7") << 503 << QByteArrayLiteral("application/problem+json")
                         << QByteArrayLiteral("7");
    QTest::newRow("429") << QStringLiteral("429=1") << 429 << QByteArrayLiteral("application/problem+json")
                         << QByteArrayLiteral("1");
}

void TestSimFaults::refusals()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, retryAfter);
    const qint64 before = batchTotal();
    arm(spec);

    const Reply read = send("GET", QStringLiteral("/batches"), m_sim.managerToken());
    QCOMPARE(read.status, status);
    QCOMPARE(read.contentType, contentType);
    QCOMPARE(read.retryAfter, retryAfter);
    if (contentType.startsWith("application/problem+json")) {
        QCOMPARE(read.json.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(read.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("not carried out")));
    } else {
        QVERIFY(read.body.contains("<h1>502 Bad Gateway</h1>"));
    }

    // A refused write is not carried out.
    QCOMPARE(send("POST", QStringLiteral("/batches"), m_sim.managerToken(), kCreate).status, status);
    arm(QString());
    QCOMPARE(batchTotal(), before);
    QCOMPARE(adminState().value(QStringLiteral("requests_seen")).toInteger(), qint64(0)); // re-arming resets
}

void TestSimFaults::lockedOnlyOnDelete()
{
    const Reply created = send("POST", QStringLiteral("/batches"), m_sim.managerToken(), kCreate);
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(QStringLiteral("batch_id")).toString();
    QVERIFY(!id.isEmpty());
    const qint64 before = batchTotal();

    arm(QStringLiteral("423=1"));
    QCOMPARE(send("GET", QStringLiteral("/batches/") + id, m_sim.managerToken()).status, 200);
    QCOMPARE(send("POST", QStringLiteral("/batches"), m_sim.managerToken(), kCreate).status, 200);
    const Reply locked = send("DELETE", QStringLiteral("/batches/") + id, m_sim.managerToken());
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(locked.json.value(QStringLiteral("title")).toString(), QStringLiteral("Locked"));
    const QJsonObject state = adminState();
    QCOMPARE(state.value(QStringLiteral("injected")).toObject().value(QStringLiteral("423")).toInteger(), qint64(1));
    QCOMPARE(state.value(QStringLiteral("requests_seen")).toInteger(), qint64(3));

    arm(QString());
    QCOMPARE(send("GET", QStringLiteral("/batches/") + id, m_sim.managerToken()).status, 200); // still there
    QCOMPARE(batchTotal(), before + 1);
}

void TestSimFaults::resetCarriesOutThenDrops()
{
    const qint64 before = batchTotal();
    arm(QStringLiteral("reset=1,methods=POST"));
    const Wire wire = raw("POST", QStringLiteral("/batches"), kCreate);
    QVERIFY(wire.closedByServer);
    QVERIFY2(wire.bytes.startsWith("HTTP/1.1 200 OK\r\n"), wire.bytes.left(60).constData());
    QVERIFY(wire.contentLength() > 0);
    QVERIFY2(wire.body().size() < wire.contentLength(), "the connection must drop before the body is complete");
    QVERIFY(!wire.body().isEmpty());
    arm(QString());
    QCOMPARE(batchTotal(), before + 1); // carried out
}

void TestSimFaults::truncatedBodyIsWellFramed()
{
    QCOMPARE(send("POST", QStringLiteral("/batches"), m_sim.managerToken(), kCreate).status, 200);
    arm(QStringLiteral("truncate=1"));
    const Wire wire = raw("GET", QStringLiteral("/batches?limit=5"), {});
    QVERIFY(!wire.closedByServer); // framing intact: the connection lives on
    QVERIFY2(wire.bytes.startsWith("HTTP/1.1 200 OK\r\n"), wire.bytes.left(60).constData());
    QCOMPARE(wire.body().size(), wire.contentLength());
    QVERIFY(wire.body().startsWith("{"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(wire.body(), &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    // Through QNetworkAccessManager: a 200 with a body that is not JSON.
    const Reply reply = send("GET", QStringLiteral("/batches?limit=5"), m_sim.managerToken());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
}

void TestSimFaults::lostResponseCarriesOut()
{
    const qint64 before = batchTotal();
    arm(QStringLiteral("lost=1,methods=POST"));
    const Wire wire = raw("POST", QStringLiteral("/batches"), kCreate);
    QVERIFY(wire.closedByServer);
    QVERIFY2(wire.bytes.isEmpty(), wire.bytes.constData());
    arm(QString());
    QCOMPARE(batchTotal(), before + 1);
}

void TestSimFaults::latencyDelaysEveryAnswer()
{
    arm(QStringLiteral("latency=400"));
    QElapsedTimer timer;
    timer.start();
    const Reply read = send("GET", QStringLiteral("/batches?limit=2"), m_sim.managerToken());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(read.status, 200);
    QVERIFY(read.json.contains(QStringLiteral("total_count"))); // the answer arrives whole
    QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
    // Keep-alive survives a delayed answer: the next request on the same connection works.
    QCOMPARE(send("GET", QStringLiteral("/me"), m_sim.managerToken()).status, 200);
    const Reply problem = send("GET", QStringLiteral("/batches/nope"), m_sim.managerToken());
    QCOMPARE(problem.status, 404);
    QCOMPARE(problem.contentType, QByteArrayLiteral("application/problem+json"));
}

void TestSimFaults::expireEndsAnOAuthToken()
{
    const QString access = oauthAccessToken();
    QVERIFY(!access.isEmpty());
    QCOMPARE(send("GET", QStringLiteral("/me"), access).status, 200);

    arm(QStringLiteral("expire=1"));
    // Dev tokens cannot expire: their requests go through, and nothing is counted.
    QCOMPARE(send("GET", QStringLiteral("/me"), m_sim.managerToken()).status, 200);
    QCOMPARE(adminState().value(QStringLiteral("injected")).toObject().value(QStringLiteral("expire")).toInteger(),
             qint64(0));
    const Reply expired = send("GET", QStringLiteral("/me"), access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json.value(QStringLiteral("detail")).toString(), QStringLiteral("The access token has expired"));
    QCOMPARE(adminState().value(QStringLiteral("injected")).toObject().value(QStringLiteral("expire")).toInteger(),
             qint64(1));

    // For good: without faults the token stays expired; a new sign-in works.
    arm(QString());
    QCOMPARE(send("GET", QStringLiteral("/me"), access).status, 401);
    QCOMPARE(send("GET", QStringLiteral("/me"), oauthAccessToken()).status, 200);
}

void TestSimFaults::oauthIsNeverFaulted()
{
    arm(QStringLiteral("500=1"));
    QVERIFY(!oauthAccessToken().isEmpty()); // /oauth/authorize and /oauth/token answer as usual
    QCOMPARE(send("GET", QStringLiteral("/me"), m_sim.managerToken()).status, 500);
    QCOMPARE(adminState().value(QStringLiteral("requests_seen")).toInteger(), qint64(1));
}

void TestSimFaults::adminReportsAndValidates()
{
    arm(QStringLiteral("lost=0.5, 503=0.25, seed=9"));
    QJsonObject state = adminState();
    QCOMPARE(state.value(QStringLiteral("faults")).toString(), QStringLiteral("503=0.25,lost=0.5,seed=9"));
    QCOMPARE(state.value(QStringLiteral("requests_seen")).toInteger(), qint64(0));
    const QJsonObject injected = state.value(QStringLiteral("injected")).toObject();
    for (const char *kind : {"500", "502", "503", "429", "423", "expire", "reset", "truncate", "lost"})
        QVERIFY2(injected.value(QLatin1String(kind)).toInteger(-1) == 0, kind);

    const Reply bad = send("PUT", QStringLiteral("/_sim/faults"), QString(), R"({"faults": "lost=2"})");
    QCOMPARE(bad.status, 400);
    const QJsonArray messages = bad.json.value(QStringLiteral("validation_messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("dataPath")).toString(), QStringLiteral(".faults"));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("keyword")).toString(), QStringLiteral("format"));
    QCOMPARE(send("PUT", QStringLiteral("/_sim/faults"), QString(), R"({"faults": 1})")
                 .json.value(QStringLiteral("validation_messages"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("keyword"))
                 .toString(),
             QStringLiteral("type"));
    // Nothing changed on a 400.
    QCOMPARE(adminState().value(QStringLiteral("faults")).toString(), QStringLiteral("503=0.25,lost=0.5,seed=9"));

    // Both kinds can be armed at once; each key only changes its own kind.
    QCOMPARE(send("PUT", QStringLiteral("/_sim/faults"), QString(), R"({"fail_writes": "3:hang"})").status, 204);
    state = adminState();
    QCOMPARE(state.value(QStringLiteral("fail_writes")).toString(), QStringLiteral("3:hang"));
    QCOMPARE(state.value(QStringLiteral("faults")).toString(), QStringLiteral("503=0.25,lost=0.5,seed=9"));
    QCOMPARE(send("PUT", QStringLiteral("/_sim/faults"), QString(), R"({"fail_writes": "", "faults": ""})").status, 204);
    state = adminState();
    QCOMPARE(state.value(QStringLiteral("fail_writes")).toString(), QString());
    QCOMPARE(state.value(QStringLiteral("faults")).toString(), QString());
}

void TestSimFaults::commandLine()
{
    {
        SimProcess bad;
        QString error;
        QVERIFY(!bad.start(QStringLiteral("empty"), {QStringLiteral("--faults"), QStringLiteral("lost=3")}, &error));
        QVERIFY2(error.contains(QStringLiteral("--faults")) || bad.standardError().contains("--faults"),
                 qPrintable(error));
    }
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"),
                       {QStringLiteral("--test-admin"), QStringLiteral("--faults"), QStringLiteral("seed=3, 503=1")},
                       &error),
             qPrintable(error));
    QNetworkRequest request(QUrl(sim.baseUrl().toString() + QStringLiteral("/_sim/faults")));
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(30000));
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("faults")).toString(),
             QStringLiteral("503=1,seed=3"));
    sim.stop();
    QVERIFY(sim.standardError().contains("injecting faults: 503=1,seed=3"));
}

void TestSimFaults::workSwitchWithoutSimulatedWork()
{
    // m_sim runs without --simulate-work (tst_soak pauses a real one): nothing to pause, and
    // nothing that could be resumed.
    Reply state = send("GET", QStringLiteral("/_sim/work"), QString());
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json.value(QStringLiteral("simulate_work")).toBool(true), false);
    QCOMPARE(state.json.value(QStringLiteral("running")).toBool(true), false);
    QCOMPARE(send("PUT", QStringLiteral("/_sim/work"), QString(), R"({"running": false})").status, 200);
    const Reply resume = send("PUT", QStringLiteral("/_sim/work"), QString(), R"({"running": true})");
    QCOMPARE(resume.status, 400);
    QCOMPARE(resume.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject()
                 .value(QStringLiteral("keyword")).toString(),
             QStringLiteral("const"));
    const Reply missing = send("PUT", QStringLiteral("/_sim/work"), QString(), R"({"run": false})");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject()
                 .value(QStringLiteral("keyword")).toString(),
             QStringLiteral("required"));
    QCOMPARE(send("DELETE", QStringLiteral("/_sim/work"), QString()).status, 405);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
