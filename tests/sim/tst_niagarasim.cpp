// Black-box tests of niagara-sim: start the real executable and speak raw HTTP to it with
// QNetworkAccessManager. Deliberately not using client/ so that the sim is checked against
// the contract, not against the client's reading of it.

#include "common/httpcall.h"
#include "common/simprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <QUrlQuery>

#include <array>
#include <memory>

#include <sys/stat.h>

using TestSupport::SimProcess;

namespace {

using Reply = TestSupport::HttpReply;

const QString kFastLane = QStringLiteral("queue-fast-lane");
const QString kRework = QStringLiteral("queue-rework");
const QString kIpad500 = QStringLiteral("wo-ipad-500");

// One batch as GET /batches shows it, for comparing two moments.
struct BatchState
{
    std::array<int, 6> cycles{}; // pending, in_progress, verifying, complete, blocked, cancelled
    int numberCycles = 0;
    QString updated;
    QString category;          // current_status.category
    bool customerLabel = false; // current_status.status is the customer's label for that category
    bool operator==(const BatchState &) const = default;
};
enum CycleIndex { Pending, InProgress, Verifying, Complete, Blocked, Cancelled };

struct Snapshot
{
    bool ok = false;
    qint64 total = -1;
    QStringList order; // batch ids in listing order
    QHash<QString, BatchState> batches;
};

// ---- OAuth (sim/README.md "OAuth")

const QString kClientId = QStringLiteral("batchdesk-desktop");
const QString kRedirect = QStringLiteral("http://127.0.0.1:49152/callback");

struct Pkce
{
    QString verifier, challenge;
};

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 7636 Appendix B: the sim must agree with the RFC's own example.
Pkce rfcPkce()
{
    return {QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")};
}

Pkce makePkce()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    QString verifier;
    for (int i = 0; i < 64; ++i)
        verifier += alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size())));
    return {verifier, s256(verifier)};
}

// name=value&... with every value percent-encoded (RFC 3986 unreserved characters kept).
QByteArray encodeParams(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> authorizeParams(const Pkce &pkce, const QString &state,
                                               const QString &loginHint = QString::fromLatin1(TestSupport::kManagerEmail),
                                               const QString &redirectUri = kRedirect)
{
    QList<QPair<QString, QString>> p{{QStringLiteral("client_id"), kClientId},
                                     {QStringLiteral("response_type"), QStringLiteral("code")},
                                     {QStringLiteral("redirect_uri"), redirectUri},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("code_challenge"), pkce.challenge},
                                     {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (!loginHint.isEmpty())
        p.append({QStringLiteral("login_hint"), loginHint});
    return p;
}

// Sets (or, with a null value, removes) one parameter.
void setParam(QList<QPair<QString, QString>> &params, const QString &name, const QString &value)
{
    params.removeIf([&name](const auto &p) { return p.first == name; });
    if (!value.isNull())
        params.append({name, value});
}

QUrlQuery locationQuery(const Reply &r)
{
    return QUrlQuery(QUrl::fromEncoded(r.location, QUrl::StrictMode));
}

QString locationValue(const Reply &r, const QString &name)
{
    const QUrlQuery q = locationQuery(r);
    return q.hasQueryItem(name) ? q.queryItemValue(name, QUrl::FullyDecoded) : QString();
}

QString unescapeHtml(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

class TestNiagaraSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unauthorized_data();
    void unauthorized();
    void forbiddenForTechnician_data();
    void forbiddenForTechnician();
    void unknownRouteAndMethod();
    void me();
    void usersListed();
    void rolesListedAndPaged();
    void roleAndItsUsers();
    void roleGrantsAreWhatIsEnforced();
    void seedRevisionShapes();
    void technicianSeesOnlyOwnQueues();
    void pagingVisitsEveryBatchOnce();
    void invalidLimit_data();
    void invalidLimit();
    void badCursor_data();
    void badCursor();
    void cursorStableUnderInserts();
    void createBatch();
    void createBatchInvalid_data();
    void createBatchInvalid();
    void patchCreatesBatchesAndTechnicians();
    void patchInvalid();
    void getUnknownBatch();
    void deleteBatch();
    void totalsFollowEveryWrite();
    void deleteLockedBatch();
    void relationFilters_data();
    void relationFilters();
    void relationLifecycle();
    void relationNotFound();
    void persistenceAcrossRestart();
    void laterRevisionShapes();
    void simulatedWorkMovesCycles();
    void noWorkWithoutOption();

    // --fail-writes / --test-admin: deterministic faults on the nth write request.
    void faultNotCarriedOut_data();
    void faultNotCarriedOut();
    void faultLostActs();
    void faultHangActs();
    void faultGetsAreNotCounted();
    void faultAdminRearms();
    void faultAdminInvalid_data();
    void faultAdminInvalid();
    void faultAdminOffByDefault();
    void faultSpecMalformedExits2_data();
    void faultSpecMalformedExits2();

    // OAuth2 authorization code with PKCE (sim/README.md, "OAuth").
    void oauthHappyPath();
    void oauthSignInPage();
    void oauthStateEchoedExactly_data();
    void oauthStateEchoedExactly();
    void oauthLoopbackRedirectsAccepted_data();
    void oauthLoopbackRedirectsAccepted();
    void oauthBadClientOrRedirectNotRedirected_data();
    void oauthBadClientOrRedirectNotRedirected();
    void oauthOtherAuthorizeErrorsRedirected_data();
    void oauthOtherAuthorizeErrorsRedirected();
    void oauthTokenRejects_data();
    void oauthTokenRejects();
    void oauthTokenMalformed();
    void oauthReusedCodeRevokesItsTokens();
    void oauthRevoke();
    void oauthExpiryAndLogging();
    void oauthTokensSurviveRestart();

    // The sim belongs to whoever started it (sim/README.md, "Running").
    void approvalNeedsTheSecret();
    void autoApproveWithoutSecretRefusesToStart();
    void endsWhenStdinCloses();
    void filesAreOwnerOnly();
    void personalTokensStoredHashed();
    void plainTextTokensOfAnOldDatabaseAreHashed();

    // A real browser cannot send the approval header: the app's proof in the URL (issue 15).
    void proofOpensTheChooserForOneSignIn();
    void proofIsBoundToItsRequest_data();
    void proofIsBoundToItsRequest();

private:
    Reply send(const QByteArray &verb, const SimProcess &sim, const QString &pathAndQuery, const QString &token,
               const QByteArray &body = {});
    Reply sendRequest(const QByteArray &verb, const QUrl &url, const QString &token, const QByteArray &body,
                      const QByteArray &contentType);
    Reply get(const SimProcess &sim, const QString &path, const QString &token) { return send("GET", sim, path, token); }
    Reply post(const SimProcess &sim, const QString &path, const QString &token, const QJsonObject &body)
    {
        return send("POST", sim, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Pages through GET /batches with limit 100, calling `onBatch` for every item; false when
    // a page does not answer 200 or the cursor never ends. *totalCount: the last page's total.
    bool forEachBatch(const SimProcess &sim, const QString &token, const std::function<void(const QJsonObject &)> &onBatch,
                      qint64 *totalCount = nullptr);
    QStringList allBatchIds(const SimProcess &sim, const QString &token, qint64 *totalCount = nullptr);
    QString userId(const SimProcess &sim, const QString &token);
    // POST /batches of `cycles` cycles in Fast Lane for the iPad work order.
    Reply createSmallBatch(const SimProcess &sim, int cycles, const QString &label = {});
    qint64 batchTotal(const SimProcess &sim);
    Snapshot snapshot(const SimProcess &sim, const QString &token);

    QNetworkAccessManager m_nam;
    SimProcess m_demo;  // --seed demo: read-mostly tests
    SimProcess m_empty; // --seed empty: mutation tests with exact counts
    SimProcess m_oauth; // --seed empty --oauth-auto-approve

    // OAuth helpers: the test plays the browser and the client with raw HTTP.
    using Params = QList<QPair<QString, QString>>;
    Reply authorize(const SimProcess &sim, const Params &params);
    Reply postForm(const SimProcess &sim, const QString &path, const Params &form, const QString &token = {},
                   const QByteArray &verb = "POST");
    Reply postJson(const SimProcess &sim, const QString &path, const QJsonObject &body, const QByteArray &verb = "POST");
    // Auto-approved authorize for `email`: the code, or "" (and a failed check) otherwise.
    QString codeFor(const SimProcess &sim, const Pkce &pkce, const QString &email = {},
                    const QString &redirectUri = {});
    Reply exchange(const SimProcess &sim, const QString &code, const Pkce &pkce, const QString &redirectUri = {});
    Reply refresh(const SimProcess &sim, const QString &refreshToken);
    // GET /oauth/authorize as the user's browser: no approval header.
    Reply browserGet(const SimProcess &sim, const Params &params);
};

Reply TestNiagaraSim::send(const QByteArray &verb, const SimProcess &sim, const QString &pathAndQuery,
                           const QString &token, const QByteArray &body)
{
    return sendRequest(verb, QUrl(sim.baseUrl().toString() + pathAndQuery), token, body,
                       QByteArrayLiteral("application/json"));
}

Reply TestNiagaraSim::sendRequest(const QByteArray &verb, const QUrl &url, const QString &token,
                                  const QByteArray &body, const QByteArray &contentType)
{
    return TestSupport::httpCall(m_nam, verb, url, token, body, contentType);
}

bool TestNiagaraSim::forEachBatch(const SimProcess &sim, const QString &token,
                                  const std::function<void(const QJsonObject &)> &onBatch, qint64 *totalCount)
{
    QString offset;
    for (int guard = 0; guard < 1000; ++guard) {
        QString path = QStringLiteral("/batches?limit=100");
        if (!offset.isEmpty())
            path += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        const Reply r = get(sim, path, token);
        if (r.status != 200)
            return false;
        for (const QJsonValue &b : r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray())
            onBatch(b.toObject());
        if (totalCount)
            *totalCount = r.json.value(QStringLiteral("total_count")).toInteger();
        if (r.json.value(QStringLiteral("offset")).isNull())
            return true;
        offset = r.json.value(QStringLiteral("offset")).toString();
    }
    return false;
}

QStringList TestNiagaraSim::allBatchIds(const SimProcess &sim, const QString &token, qint64 *totalCount)
{
    QStringList ids;
    if (!forEachBatch(sim, token, [&ids](const QJsonObject &b) { ids << b.value(QStringLiteral("batch_id")).toString(); },
                      totalCount))
        return {};
    return ids;
}

QString TestNiagaraSim::userId(const SimProcess &sim, const QString &token)
{
    return get(sim, QStringLiteral("/me"), token).json.value(QStringLiteral("user_id")).toString();
}

Snapshot TestNiagaraSim::snapshot(const SimProcess &sim, const QString &token)
{
    static const QString keys[] = {QStringLiteral("pending"), QStringLiteral("in_progress"), QStringLiteral("verifying"),
                                   QStringLiteral("complete"), QStringLiteral("blocked"), QStringLiteral("cancelled")};
    Snapshot s;
    s.ok = forEachBatch(sim, token, [&s](const QJsonObject &b) {
        BatchState state;
        const QJsonObject cycles = b.value(QStringLiteral("cycles")).toObject();
        for (std::size_t i = 0; i < state.cycles.size(); ++i)
            state.cycles[i] = cycles.value(keys[i]).toInt(-1);
        state.numberCycles = b.value(QStringLiteral("number_cycles")).toInt();
        state.updated = b.value(QStringLiteral("updated")).toString();
        const QJsonObject status = b.value(QStringLiteral("current_status")).toObject();
        state.category = status.value(QStringLiteral("category")).toString();
        const QJsonArray allowed = b.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("project")).toObject()
                                       .value(QStringLiteral("customer")).toObject().value(QStringLiteral("allowed_statuses")).toArray();
        for (const QJsonValue &a : allowed) {
            if (a.toObject().value(QStringLiteral("category")) == status.value(QStringLiteral("category")))
                state.customerLabel = a.toObject().value(QStringLiteral("status")) == status.value(QStringLiteral("status"));
        }
        const QString id = b.value(QStringLiteral("batch_id")).toString();
        s.order << id;
        s.batches.insert(id, state);
    }, &s.total);
    return s.ok ? s : Snapshot{};
}

void TestNiagaraSim::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    QVERIFY2(m_empty.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QVERIFY2(m_oauth.start(QStringLiteral("empty"), {QStringLiteral("--oauth-auto-approve")}, &error), qPrintable(error));
    QVERIFY(!m_demo.managerToken().isEmpty());
    QVERIFY(!m_demo.technicianToken().isEmpty());
    QCOMPARE(m_demo.tokens().size(), 25);
    QCOMPARE(m_empty.tokens().size(), 25);
}

void TestNiagaraSim::cleanupTestCase()
{
    m_demo.stop();
    m_empty.stop();
    m_oauth.stop();
}

void TestNiagaraSim::unauthorized_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("no header") << QString() << QStringLiteral("/batches");
    QTest::newRow("unknown token") << QStringLiteral("not-a-token") << QStringLiteral("/batches");
    QTest::newRow("empty token") << QStringLiteral("") << QStringLiteral("/me");
    QTest::newRow("single batch") << QStringLiteral("nope") << QStringLiteral("/batches/whatever");
}

void TestNiagaraSim::unauthorized()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    const Reply r = get(m_demo, path, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(r.json.value(QStringLiteral("type")).toString(),
             QStringLiteral("https://docs.nterprise.com/api/problem/Unauthorized"));
    QCOMPARE(r.json.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(r.json.value(QStringLiteral("detail")).toString(), QStringLiteral("Invalid authorization token"));
}

void TestNiagaraSim::forbiddenForTechnician_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("permission");
    const QString someBatch = QStringLiteral("/batches/does-not-matter");
    QTest::newRow("create") << QByteArrayLiteral("POST") << QStringLiteral("/batches") << QStringLiteral("batch:create");
    QTest::newRow("split") << QByteArrayLiteral("PATCH") << QStringLiteral("/batches") << QStringLiteral("batch:update");
    QTest::newRow("delete") << QByteArrayLiteral("DELETE") << someBatch << QStringLiteral("batch:delete");
    QTest::newRow("attach") << QByteArrayLiteral("POST") << someBatch + QStringLiteral("/relations")
                            << QStringLiteral("batch:attach");
    QTest::newRow("detach") << QByteArrayLiteral("DELETE") << someBatch + QStringLiteral("/relations/x")
                            << QStringLiteral("batch:detach");
    QTest::newRow("users") << QByteArrayLiteral("GET") << QStringLiteral("/users") << QStringLiteral("user:all");
    QTest::newRow("queues") << QByteArrayLiteral("GET") << QStringLiteral("/queues") << QStringLiteral("queue:all");
    QTest::newRow("work orders") << QByteArrayLiteral("GET") << QStringLiteral("/work-orders")
                                 << QStringLiteral("work-order:all");
}

void TestNiagaraSim::forbiddenForTechnician()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, permission);
    const QByteArray body = (verb == "GET" || verb == "DELETE") ? QByteArray() : QByteArrayLiteral("{}");
    const Reply r = send(verb, m_demo, path, m_demo.technicianToken(), body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Forbidden"));
    QVERIFY2(r.json.value(QStringLiteral("detail")).toString().contains(permission), r.body.constData());
}

void TestNiagaraSim::unknownRouteAndMethod()
{
    const Reply missing = get(m_demo, QStringLiteral("/no-such-thing"), m_demo.managerToken());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(missing.json.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));

    const Reply wrongMethod = send("PUT", m_demo, QStringLiteral("/batches"), m_demo.managerToken(), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.contentType, QByteArrayLiteral("application/problem+json"));
}

void TestNiagaraSim::me()
{
    const Reply r = get(m_demo, QStringLiteral("/me"), m_demo.managerToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.json.value(QStringLiteral("email")).toString(), QString::fromLatin1(TestSupport::kManagerEmail));
    QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("Dana Whitfield"));
    QVERIFY(r.json.value(QStringLiteral("notifications")).toObject().contains(QStringLiteral("un_read")));
    QVERIFY(r.json.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("self")));
    // Technicians may read their own profile.
    const Reply tech = get(m_demo, QStringLiteral("/me"), m_demo.technicianToken());
    QCOMPARE(tech.status, 200);
    QCOMPARE(tech.json.value(QStringLiteral("email")).toString(), QString::fromLatin1(TestSupport::kTechnicianEmail));
}

void TestNiagaraSim::usersListed()
{
    const Reply first = get(m_demo, QStringLiteral("/users?limit=10"), m_demo.managerToken());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("total_count")).toInt(), 25);
    const QJsonArray users = first.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:users")).toArray();
    QCOMPARE(users.size(), 10);
    QCOMPARE(users.first().toObject().value(QStringLiteral("email")).toString(),
             QString::fromLatin1(TestSupport::kManagerEmail));
    QVERIFY(first.json.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));

    const Reply queues = get(m_empty, QStringLiteral("/queues"), m_empty.managerToken());
    QCOMPARE(queues.status, 200);
    const QJsonArray q = queues.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:queues")).toArray();
    QCOMPARE(q.size(), 2);
    QCOMPARE(q.at(0).toObject().value(QStringLiteral("queue_id")).toString(), kFastLane);
    QCOMPARE(q.at(1).toObject().value(QStringLiteral("queue_id")).toString(), kRework);
    QVERIFY(queues.json.value(QStringLiteral("offset")).isNull());

    const Reply orders = get(m_empty, QStringLiteral("/work-orders"), m_empty.managerToken());
    QCOMPARE(orders.status, 200);
    QCOMPARE(orders.json.value(QStringLiteral("total_count")).toInt(), 4);
    const QJsonObject ipad = orders.json.value(QStringLiteral("_embedded")).toObject()
                                 .value(QStringLiteral("nter:work-orders")).toArray().at(0).toObject();
    QCOMPARE(ipad.value(QStringLiteral("work_order_id")).toString(), kIpad500);
    QCOMPARE(ipad.value(QStringLiteral("cycles")).toArray().at(0).toObject().value(QStringLiteral("needed")).toInt(), 500);
}

// GET /roles (oas_role.md): every role once across pages, HAL links, total_count.
void TestNiagaraSim::rolesListedAndPaged()
{
    // Any signed-in user may read them (that is how a client learns its grants); not anonymous.
    QCOMPARE(get(m_demo, QStringLiteral("/roles"), QString()).status, 401);
    const Reply all = get(m_demo, QStringLiteral("/roles"), m_demo.technicianToken());
    QCOMPARE(all.status, 200);
    QCOMPARE(all.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(all.json.value(QStringLiteral("total_count")).toInt(), 2);
    QVERIFY(all.json.value(QStringLiteral("offset")).isNull());
    const QJsonArray roles = all.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:roles")).toArray();
    QCOMPARE(roles.size(), 2);
    const QJsonObject manager = roles.at(0).toObject();
    QCOMPARE(manager.value(QStringLiteral("role_id")).toString(), QStringLiteral("manager"));
    QCOMPARE(manager.value(QStringLiteral("total_users")).toInt(), 2);
    QVERIFY(!manager.value(QStringLiteral("label")).toString().isEmpty());
    QVERIFY(manager.value(QStringLiteral("description")).isString());
    QVERIFY(manager.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(manager.value(QStringLiteral("updated")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject grant = manager.value(QStringLiteral("grants")).toArray().at(0).toObject();
    QVERIFY(grant.value(QStringLiteral("permission")).isString());
    QVERIFY(grant.value(QStringLiteral("label")).isString());
    QVERIFY(grant.value(QStringLiteral("match_location")).isBool());
    const QJsonObject links = manager.value(QStringLiteral("_links")).toObject();
    QCOMPARE(links.value(QStringLiteral("self")).toObject().value(QStringLiteral("href")).toString(),
             m_demo.baseUrl().toString() + QStringLiteral("/roles/manager"));
    QCOMPARE(links.value(QStringLiteral("nter:role-users")).toObject().value(QStringLiteral("href")).toString(),
             m_demo.baseUrl().toString() + QStringLiteral("/roles/manager/users"));
    QCOMPARE(roles.at(1).toObject().value(QStringLiteral("role_id")).toString(), QStringLiteral("technician"));
    QCOMPARE(roles.at(1).toObject().value(QStringLiteral("total_users")).toInt(), 23);

    // One per page: the same roles, in the same order, then a null offset.
    QStringList paged;
    QString offset;
    for (int guard = 0; guard < 5; ++guard) {
        QString path = QStringLiteral("/roles?limit=1");
        if (!offset.isEmpty())
            path += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        const Reply page = get(m_demo, path, m_demo.managerToken());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("limit")).toInt(), 1);
        const QJsonArray items = page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:roles")).toArray();
        QCOMPARE(items.size(), 1);
        paged << items.at(0).toObject().value(QStringLiteral("role_id")).toString();
        if (page.json.value(QStringLiteral("offset")).isNull()) {
            QVERIFY(!page.json.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));
            break;
        }
        QVERIFY(page.json.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));
        offset = page.json.value(QStringLiteral("offset")).toString();
    }
    QCOMPARE(paged, (QStringList{QStringLiteral("manager"), QStringLiteral("technician")}));
    // A cursor of another listing is refused, as everywhere.
    const Reply users = get(m_demo, QStringLiteral("/users?limit=1"), m_demo.managerToken());
    const QString foreign = users.json.value(QStringLiteral("offset")).toString();
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(get(m_demo, QStringLiteral("/roles?offset=") + QString::fromLatin1(QUrl::toPercentEncoding(foreign)),
                 m_demo.managerToken()).status, 400);
    QCOMPARE(get(m_demo, QStringLiteral("/roles?limit=101"), m_demo.managerToken()).status, 400);
}

// GET /roles/{id} and GET /roles/{id}/users (paged); 404 for an unknown role.
void TestNiagaraSim::roleAndItsUsers()
{
    const Reply one = get(m_demo, QStringLiteral("/roles/technician"), m_demo.technicianToken());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("role_id")).toString(), QStringLiteral("technician"));
    QCOMPARE(one.json.value(QStringLiteral("total_users")).toInt(), 23);

    for (const QString &path : {QStringLiteral("/roles/no-such-role"), QStringLiteral("/roles/no-such-role/users")}) {
        const Reply missing = get(m_demo, path, m_demo.managerToken());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.contentType, QByteArrayLiteral("application/problem+json"));
        QVERIFY2(missing.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("no-such-role")),
                 missing.body.constData());
    }
    QCOMPARE(send("DELETE", m_demo, QStringLiteral("/roles/technician"), m_demo.managerToken()).status, 405);

    // The technicians, 10 a page: every one once, seeding order, the demo technician among them.
    QStringList emails;
    QString offset;
    int pages = 0;
    for (; pages < 10; ++pages) {
        QString path = QStringLiteral("/roles/technician/users?limit=10");
        if (!offset.isEmpty())
            path += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        const Reply page = get(m_demo, path, m_demo.technicianToken());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("total_count")).toInt(), 23);
        for (const QJsonValue &u : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:users")).toArray())
            emails << u.toObject().value(QStringLiteral("email")).toString();
        if (page.json.value(QStringLiteral("offset")).isNull())
            break;
        offset = page.json.value(QStringLiteral("offset")).toString();
    }
    QCOMPARE(pages + 1, 3);
    QCOMPARE(emails.size(), 23);
    QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), 23);
    QCOMPARE(emails.first(), QStringLiteral("priya.natarajan@demo.batchdesk.test"));
    QVERIFY(emails.contains(QString::fromLatin1(TestSupport::kTechnicianEmail)));
    QVERIFY(!emails.contains(QString::fromLatin1(TestSupport::kManagerEmail)));

    const Reply managers = get(m_demo, QStringLiteral("/roles/manager/users"), m_demo.technicianToken());
    QCOMPARE(managers.status, 200);
    const QJsonArray m = managers.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:users")).toArray();
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.at(0).toObject().value(QStringLiteral("email")).toString(), QString::fromLatin1(TestSupport::kManagerEmail));
}

// What a role lists is what the sim enforces for its holders.
void TestNiagaraSim::roleGrantsAreWhatIsEnforced()
{
    const auto grantsOf = [this](const QString &roleId) {
        QSet<QString> out;
        const Reply r = get(m_demo, QStringLiteral("/roles/") + roleId, m_demo.managerToken());
        for (const QJsonValue &g : r.json.value(QStringLiteral("grants")).toArray())
            out.insert(g.toObject().value(QStringLiteral("permission")).toString());
        return out;
    };
    const QSet<QString> technician = grantsOf(QStringLiteral("technician"));
    const QSet<QString> manager = grantsOf(QStringLiteral("manager"));
    QCOMPARE(technician, (QSet<QString>{QStringLiteral("batch:read"), QStringLiteral("queue:read"), QStringLiteral("me:profile")}));
    QVERIFY(manager.contains(QStringLiteral("batch:create")));

    // Every write and listing the sim guards, against both roles: listed ⇔ not refused with 403.
    struct Guarded
    {
        QByteArray verb;
        QString path;
        QString permission;
    };
    const QString someBatch = QStringLiteral("/batches/does-not-exist");
    const QList<Guarded> guarded{
        {"POST", QStringLiteral("/batches"), QStringLiteral("batch:create")},
        {"PATCH", QStringLiteral("/batches"), QStringLiteral("batch:update")},
        {"DELETE", someBatch, QStringLiteral("batch:delete")},
        {"POST", someBatch + QStringLiteral("/relations"), QStringLiteral("batch:attach")},
        {"DELETE", someBatch + QStringLiteral("/relations/x"), QStringLiteral("batch:detach")},
        {"GET", QStringLiteral("/users?limit=1"), QStringLiteral("user:all")},
        {"GET", QStringLiteral("/queues?limit=1"), QStringLiteral("queue:all")},
        {"GET", QStringLiteral("/work-orders?limit=1"), QStringLiteral("work-order:all")},
        {"GET", QStringLiteral("/me"), QStringLiteral("me:profile")},
        {"GET", QStringLiteral("/queues/queue-fast-lane/relations?limit=1"), QStringLiteral("queue:read")},
        {"POST", QStringLiteral("/metrics"), QStringLiteral("report:read")},
    };
    for (const auto &[grants, token] : {std::pair{technician, m_demo.technicianToken()}, std::pair{manager, m_demo.managerToken()}}) {
        for (const Guarded &g : guarded) {
            // An empty body: a granted write fails validation (400) or finds nothing (404), never 403.
            const QByteArray body = (g.verb == "POST" || g.verb == "PATCH") ? QByteArrayLiteral("{}") : QByteArray();
            const Reply r = send(g.verb, m_demo, g.path, token, body);
            const QString what = QString::fromLatin1(g.verb) + QLatin1Char(' ') + g.path + QStringLiteral(": ")
                + QString::fromUtf8(r.body);
            QVERIFY2(r.status != 0 && r.status != 401, qPrintable(what));
            QCOMPARE(r.status == 403, !grants.contains(g.permission));
            if (r.status == 403)
                QVERIFY2(r.json.value(QStringLiteral("detail")).toString().contains(g.permission), qPrintable(what));
        }
    }
}

void TestNiagaraSim::seedRevisionShapes()
{
    const Reply r = get(m_demo, QStringLiteral("/batches?limit=5"), m_demo.managerToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.json.value(QStringLiteral("limit")).toInt(), 5);
    QVERIFY(r.json.value(QStringLiteral("offset")).isString());
    const QJsonObject links = r.json.value(QStringLiteral("_links")).toObject();
    QVERIFY(links.value(QStringLiteral("next")).toObject().value(QStringLiteral("href")).toString()
                .startsWith(m_demo.baseUrl().toString() + QStringLiteral("/batches?")));
    const QJsonArray batches = r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray();
    QCOMPARE(batches.size(), 5);
    for (const QJsonValue &value : batches) {
        const QJsonObject b = value.toObject();
        QVERIFY(b.value(QStringLiteral("order")).isDouble());
        QVERIFY(b.value(QStringLiteral("order")).toDouble() >= 0);
        const QJsonObject queue = b.value(QStringLiteral("queue")).toObject();
        QVERIFY(queue.value(QStringLiteral("priority")).isDouble());
        QVERIFY(queue.value(QStringLiteral("total_work_orders")).isObject());
        QVERIFY(queue.value(QStringLiteral("location")).toObject().contains(QStringLiteral("formatted_address")));
        const QJsonObject cycles = b.value(QStringLiteral("cycles")).toObject();
        int sum = 0;
        for (const QString &key : {QStringLiteral("pending"), QStringLiteral("in_progress"), QStringLiteral("verifying"),
                                   QStringLiteral("complete"), QStringLiteral("blocked"), QStringLiteral("cancelled")})
            sum += cycles.value(key).toInt();
        QCOMPARE(sum, b.value(QStringLiteral("number_cycles")).toInt());
        const QJsonObject wo = b.value(QStringLiteral("work_order")).toObject();
        const QJsonArray woCycles = wo.value(QStringLiteral("cycles")).toArray();
        QCOMPARE(woCycles.size(), 1);
        QCOMPARE(woCycles.at(0).toObject().value(QStringLiteral("work_flow")).toObject().value(QStringLiteral("entity_type")).toString(),
                 QStringLiteral("WKF"));
        QVERIFY(wo.value(QStringLiteral("project")).toObject().value(QStringLiteral("customer")).toObject()
                    .value(QStringLiteral("allowed_statuses")).toArray().size() == 6);
        const QString self = b.value(QStringLiteral("_links")).toObject().value(QStringLiteral("self")).toObject()
                                 .value(QStringLiteral("href")).toString();
        QCOMPARE(self, m_demo.baseUrl().toString() + QStringLiteral("/batches/") + b.value(QStringLiteral("batch_id")).toString());
        QVERIFY(b.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(b.value(QStringLiteral("created")).toString().size(), 24); // 2026-11-29T08:15:00.000Z
    }
}

void TestNiagaraSim::technicianSeesOnlyOwnQueues()
{
    qint64 techTotal = 0;
    const QStringList techIds = allBatchIds(m_demo, m_demo.technicianToken(), &techTotal);
    qint64 managerTotal = 0;
    const QStringList managerIds = allBatchIds(m_demo, m_demo.managerToken(), &managerTotal);
    QVERIFY(!techIds.isEmpty());
    QCOMPARE(techIds.size(), techTotal);
    QVERIFY(techTotal < managerTotal);

    // Every batch the technician sees is in Fast Lane or QA Verification (sim/README.md).
    const QSet<QString> allowed{QStringLiteral("queue-fast-lane"), QStringLiteral("queue-qa-verify")};
    const Reply page = get(m_demo, QStringLiteral("/batches?limit=100"), m_demo.technicianToken());
    for (const QJsonValue &b : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray())
        QVERIFY(allowed.contains(b.toObject().value(QStringLiteral("queue")).toObject().value(QStringLiteral("queue_id")).toString()));

    // A batch outside those queues is forbidden, one inside is readable.
    const QSet<QString> visible(techIds.begin(), techIds.end());
    QString foreign;
    for (const QString &id : managerIds) {
        if (!visible.contains(id)) {
            foreign = id;
            break;
        }
    }
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(get(m_demo, QStringLiteral("/batches/") + foreign, m_demo.technicianToken()).status, 403);
    QCOMPARE(get(m_demo, QStringLiteral("/batches/") + techIds.first(), m_demo.technicianToken()).status, 200);

    // In the empty seed Priya has Fast Lane only.
    QCOMPARE(get(m_empty, QStringLiteral("/batches"), m_empty.technicianToken()).status, 200);
}

void TestNiagaraSim::pagingVisitsEveryBatchOnce()
{
    qint64 total = 0;
    const QStringList ids = allBatchIds(m_demo, m_demo.managerToken(), &total);
    QVERIFY(total >= 1200);
    QCOMPARE(ids.size(), total);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    // The last page has a null offset and no next link.
    const Reply r = get(m_demo, QStringLiteral("/users?limit=25"), m_demo.managerToken());
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("offset")).isNull());
    QVERIFY(!r.json.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));
    // Default limit is 25.
    QCOMPARE(get(m_demo, QStringLiteral("/batches"), m_demo.managerToken()).json.value(QStringLiteral("limit")).toInt(), 25);
}

void TestNiagaraSim::invalidLimit_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("101") << QStringLiteral("101") << QStringLiteral("maximum");
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("minimum");
    QTest::newRow("-3") << QStringLiteral("-3") << QStringLiteral("minimum");
    QTest::newRow("text") << QStringLiteral("ten") << QStringLiteral("type");
    QTest::newRow("fraction") << QStringLiteral("1.5") << QStringLiteral("type");
}

void TestNiagaraSim::invalidLimit()
{
    QFETCH(QString, limit);
    QFETCH(QString, keyword);
    const Reply r = get(m_demo, QStringLiteral("/batches?limit=") + limit, m_demo.managerToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Bad Request"));
    const QJsonArray messages = r.json.value(QStringLiteral("validation_messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("dataPath")).toString(), QStringLiteral(".limit"));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("keyword")).toString(), keyword);
}

void TestNiagaraSim::badCursor_data()
{
    QTest::addColumn<QString>("cursor");
    const Reply page = get(m_demo, QStringLiteral("/batches?limit=3"), m_demo.managerToken());
    QString real = page.json.value(QStringLiteral("offset")).toString();
    QVERIFY(!real.isEmpty());
    QString tampered = real;
    tampered[8] = tampered[8] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString foreign = get(m_demo, QStringLiteral("/users?limit=3"), m_demo.managerToken())
                                .json.value(QStringLiteral("offset")).toString();
    QTest::newRow("garbage") << QStringLiteral("not-a-cursor");
    QTest::newRow("tampered") << tampered;
    QTest::newRow("from another listing") << foreign;
}

void TestNiagaraSim::badCursor()
{
    QFETCH(QString, cursor);
    const Reply r = get(m_demo, QStringLiteral("/batches?offset=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                        m_demo.managerToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject()
                 .value(QStringLiteral("dataPath")).toString(),
             QStringLiteral(".offset"));
}

void TestNiagaraSim::cursorStableUnderInserts()
{
    const QString token = m_demo.managerToken();
    const QStringList before = allBatchIds(m_demo, token);
    QVERIFY(before.size() >= 1200);

    Reply page = get(m_demo, QStringLiteral("/batches?limit=100"), token);
    QCOMPARE(page.status, 200);
    QStringList seen;
    for (const QJsonValue &b : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray())
        seen << b.toObject().value(QStringLiteral("batch_id")).toString();

    // Insert while a client is half-way through the listing.
    QStringList created;
    const QJsonObject wo = get(m_demo, QStringLiteral("/work-orders?limit=1"), token).json.value(QStringLiteral("_embedded"))
                               .toObject().value(QStringLiteral("nter:work-orders")).toArray().at(0).toObject();
    for (int i = 0; i < 5; ++i) {
        const Reply r = post(m_demo, QStringLiteral("/batches"), token,
                             QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"),
                                                                                    wo.value(QStringLiteral("work_order_id"))}}},
                                         {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                                         {QStringLiteral("number_cycles"), 1}});
        QCOMPARE(r.status, 200);
        created << r.json.value(QStringLiteral("batch_id")).toString();
    }

    QString offset = page.json.value(QStringLiteral("offset")).toString();
    while (!offset.isEmpty()) {
        page = get(m_demo, QStringLiteral("/batches?limit=100&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset)), token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &b : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray())
            seen << b.toObject().value(QStringLiteral("batch_id")).toString();
        offset = page.json.value(QStringLiteral("offset")).toString();
    }
    const QSet<QString> seenSet(seen.begin(), seen.end());
    QCOMPARE(seenSet.size(), seen.size()); // no duplicates
    for (const QString &id : before)
        QVERIFY2(seenSet.contains(id), qPrintable(QStringLiteral("skipped ") + id)); // no skips
    for (const QString &id : created)
        QVERIFY(seenSet.contains(id)); // new rows sort after the cursor
    QCOMPARE(seen.size(), before.size() + created.size());

    for (const QString &id : created)
        QCOMPARE(send("DELETE", m_demo, QStringLiteral("/batches/") + id, token).status, 205);
}

void TestNiagaraSim::createBatch()
{
    const QString token = m_empty.managerToken();
    const Reply r = post(m_empty, QStringLiteral("/batches"), token,
                         QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                                     {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                                     {QStringLiteral("number_cycles"), 10},
                                     {QStringLiteral("order"), 3}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QString id = r.json.value(QStringLiteral("batch_id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-zA-Z-_]+$")).match(id).hasMatch());
    QCOMPARE(r.json.value(QStringLiteral("number_cycles")).toInt(), 10);
    QCOMPARE(r.json.value(QStringLiteral("order")).toInt(), 3);
    QCOMPARE(r.json.value(QStringLiteral("cycles")).toObject().value(QStringLiteral("pending")).toInt(), 10);
    QCOMPARE(r.json.value(QStringLiteral("queue")).toObject().value(QStringLiteral("queue_id")).toString(), kFastLane);
    QCOMPARE(r.json.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("work_order_id")).toString(), kIpad500);
    QVERIFY(r.json.value(QStringLiteral("label")).toString().startsWith(QStringLiteral("Provision 500 iPad Air")));
    QCOMPARE(r.json.value(QStringLiteral("current_status")).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("PENDING"));
    // Aggregates follow the mutation.
    QVERIFY(r.json.value(QStringLiteral("queue")).toObject().value(QStringLiteral("total_batches")).toInt() >= 1);

    const Reply fetched = get(m_empty, QStringLiteral("/batches/") + id, token);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json.value(QStringLiteral("label")).toString(), r.json.value(QStringLiteral("label")).toString());
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + id, token).status, 205);
}

void TestNiagaraSim::createBatchInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("dataPath");
    QTest::addColumn<QString>("keyword");
    const QByteArray target = R"("work_order":{"work_order_id":"wo-ipad-500"},"queue":{"queue_id":"queue-fast-lane")";
    QTest::newRow("missing number_cycles") << "{" + target + "}}" << QStringLiteral(".number_cycles") << QStringLiteral("required");
    QTest::newRow("zero cycles") << "{" + target + R"(},"number_cycles":0})" << QStringLiteral(".number_cycles") << QStringLiteral("minimum");
    QTest::newRow("string cycles") << "{" + target + R"(},"number_cycles":"5"})" << QStringLiteral(".number_cycles") << QStringLiteral("type");
    QTest::newRow("negative order") << "{" + target + R"(},"number_cycles":2,"order":-1})" << QStringLiteral(".order") << QStringLiteral("minimum");
    QTest::newRow("bad category") << "{" + target + R"(},"number_cycles":2,"current_status":{"status":"Nope","category":"DONE"}})"
                                  << QStringLiteral(".current_status.category") << QStringLiteral("enum");
    QTest::newRow("unknown queue") << QByteArray(R"({"work_order":{"work_order_id":"wo-ipad-500"},"queue":{"queue_id":"queue-nope"},"number_cycles":1})")
                                   << QStringLiteral(".queue.queue_id") << QStringLiteral("exists");
    QTest::newRow("unknown work order") << QByteArray(R"({"work_order":{"work_order_id":"wo-nope"},"queue":{"queue_id":"queue-fast-lane"},"number_cycles":1})")
                                        << QStringLiteral(".work_order.work_order_id") << QStringLiteral("exists");
    QTest::newRow("missing queue") << QByteArray(R"({"work_order":{"work_order_id":"wo-ipad-500"},"number_cycles":1})")
                                   << QStringLiteral(".queue") << QStringLiteral("required");
    QTest::newRow("invalid json") << QByteArray("{not json") << QString() << QStringLiteral("type");
    QTest::newRow("array body") << QByteArray("[]") << QString() << QStringLiteral("type");
}

void TestNiagaraSim::createBatchInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, dataPath);
    QFETCH(QString, keyword);
    const Reply r = send("POST", m_empty, QStringLiteral("/batches"), m_empty.managerToken(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("type")).toString(), QStringLiteral("https://docs.nterprise.com/api/problem/BadRequest"));
    const QJsonArray messages = r.json.value(QStringLiteral("validation_messages")).toArray();
    QVERIFY(!messages.isEmpty());
    bool found = false;
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        for (const char *key : {"keyword", "dataPath", "schemaPath", "params", "message"})
            QVERIFY(o.contains(QLatin1String(key)));
        found = found || (o.value(QStringLiteral("dataPath")).toString() == dataPath
                          && o.value(QStringLiteral("keyword")).toString() == keyword);
    }
    QVERIFY2(found, r.body.constData());
}

void TestNiagaraSim::patchCreatesBatchesAndTechnicians()
{
    const QString token = m_empty.managerToken();
    const QString priya = userId(m_empty, m_empty.technicianToken());
    QVERIFY(!priya.isEmpty());
    qint64 before = 0;
    const QStringList existing = allBatchIds(m_empty, token, &before);

    const QJsonObject body{{QStringLiteral("total"), 4},
                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                           {QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                           {QStringLiteral("number_cycles"), 25},
                           {QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("user_id"), priya}}}}};
    const Reply r = send("PATCH", m_empty, QStringLiteral("/batches"), token, QJsonDocument(body).toJson());
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());

    qint64 after = 0;
    const QStringList ids = allBatchIds(m_empty, token, &after);
    QCOMPARE(after, before + 4);
    int newOnes = 0;
    for (const QString &id : ids) {
        if (existing.contains(id))
            continue;
        ++newOnes;
        const Reply batch = get(m_empty, QStringLiteral("/batches/") + id, token);
        QCOMPARE(batch.json.value(QStringLiteral("number_cycles")).toInt(), 25);
        const Reply rel = get(m_empty, QStringLiteral("/batches/") + id + QStringLiteral("/relations?filter[relation]=technician"), token);
        QCOMPARE(rel.status, 200);
        const QJsonArray list = rel.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject entity = list.at(0).toObject().value(QStringLiteral("entity")).toObject();
        QCOMPARE(entity.value(QStringLiteral("entity_type")).toString(), QStringLiteral("USER"));
        QCOMPARE(entity.value(QStringLiteral("entity_id")).toString(), priya);
        // Priya has Fast Lane access, so she sees her new batch.
        QCOMPARE(get(m_empty, QStringLiteral("/batches/") + id, m_empty.technicianToken()).status, 200);
    }
    QCOMPARE(newOnes, 4);
}

void TestNiagaraSim::patchInvalid()
{
    const QByteArray unknownUser = R"({"total":2,"queue":{"queue_id":"queue-fast-lane"},"work_order":{"work_order_id":"wo-ipad-500"},)"
                                   R"("number_cycles":5,"users":[{"user_id":"no-such-user"}]})";
    const Reply r = send("PATCH", m_empty, QStringLiteral("/batches"), m_empty.managerToken(), unknownUser);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject().value(QStringLiteral("dataPath")).toString(),
             QStringLiteral(".users[0].user_id"));
    const QByteArray zeroTotal = R"({"total":0,"queue":{"queue_id":"queue-fast-lane"},"work_order":{"work_order_id":"wo-ipad-500"},"number_cycles":5})";
    QCOMPARE(send("PATCH", m_empty, QStringLiteral("/batches"), m_empty.managerToken(), zeroTotal).status, 400);
}

void TestNiagaraSim::getUnknownBatch()
{
    const Reply r = get(m_demo, QStringLiteral("/batches/no-such-batch"), m_demo.managerToken());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("detail")).toString(), QStringLiteral("A Resource with the id \"no-such-batch\" was not found"));
    QCOMPARE(r.json.value(QStringLiteral("type")).toString(), QStringLiteral("https://docs.nterprise.com/api/problem/NotFound"));
}

void TestNiagaraSim::deleteBatch()
{
    const QString token = m_empty.managerToken();
    const Reply created = post(m_empty, QStringLiteral("/batches"), token,
                               QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kRework}}},
                                           {QStringLiteral("number_cycles"), 2}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(QStringLiteral("batch_id")).toString();
    // Technicians cannot delete, even in their queue.
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + id, m_empty.technicianToken()).status, 403);
    const Reply deleted = send("DELETE", m_empty, QStringLiteral("/batches/") + id, token);
    QCOMPARE(deleted.status, 205);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(get(m_empty, QStringLiteral("/batches/") + id, token).status, 404);
    QCOMPARE(get(m_empty, QStringLiteral("/batches/") + id + QStringLiteral("/relations"), token).status, 404);
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + id, token).status, 404);
}

// The sim keeps its totals between writes (they would cost a scan of every batch per page):
// every write must show in the next answer.
void TestNiagaraSim::totalsFollowEveryWrite()
{
    const QString token = m_empty.managerToken();
    const auto listed = [&] {
        return get(m_empty, QStringLiteral("/batches?limit=1"), token).json.value(QStringLiteral("total_count")).toInt(-1);
    };
    const auto queueTotal = [&](const QString &batchId) {
        return get(m_empty, QStringLiteral("/batches/") + batchId, token)
            .json.value(QStringLiteral("queue")).toObject().value(QStringLiteral("total_batches")).toInt(-1);
    };
    const auto create = [&] {
        return post(m_empty, QStringLiteral("/batches"), token,
                    QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                                {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kRework}}},
                                {QStringLiteral("number_cycles"), 3}})
            .json.value(QStringLiteral("batch_id")).toString();
    };
    const int before = listed();
    QVERIFY(before >= 0);
    const QString first = create();
    QCOMPARE(listed(), before + 1);
    const int inQueue = queueTotal(first);
    QVERIFY(inQueue >= 1);
    QCOMPARE(queueTotal(first), inQueue); // asked again, nothing written: the same
    const QString second = create();
    QCOMPARE(listed(), before + 2);
    QCOMPARE(queueTotal(first), inQueue + 1);
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + second, token).status, 205);
    QCOMPARE(queueTotal(first), inQueue);
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + first, token).status, 205);
    QCOMPARE(listed(), before);
}

void TestNiagaraSim::deleteLockedBatch()
{
    const QString token = m_demo.managerToken();
    QString busy;
    QString offset;
    while (busy.isEmpty()) {
        const Reply page = get(m_demo, QStringLiteral("/batches?limit=100") + (offset.isEmpty() ? QString()
                                          : QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset))), token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()) {
            const QJsonObject cycles = v.toObject().value(QStringLiteral("cycles")).toObject();
            if (cycles.value(QStringLiteral("in_progress")).toInt() + cycles.value(QStringLiteral("verifying")).toInt() > 0) {
                busy = v.toObject().value(QStringLiteral("batch_id")).toString();
                break;
            }
        }
        offset = page.json.value(QStringLiteral("offset")).toString();
        QVERIFY2(!busy.isEmpty() || !offset.isEmpty(), "the demo seed has no batch with cycles in flight");
    }
    const Reply r = send("DELETE", m_demo, QStringLiteral("/batches/") + busy, token);
    QCOMPARE(r.status, 423);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Locked"));
    QCOMPARE(r.json.value(QStringLiteral("detail")).toString(), QStringLiteral("This resource is currently locked from editing"));
    QCOMPARE(get(m_demo, QStringLiteral("/batches/") + busy, token).status, 200); // still there
}

void TestNiagaraSim::relationFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("relation");  // every result must have it ("" = any)
    QTest::addColumn<QString>("direction"); // every result must have it ("" = any)
    QTest::newRow("none") << QString() << QString() << QString();
    QTest::newRow("relation") << QStringLiteral("filter[relation]=technician") << QStringLiteral("technician") << QStringLiteral("OUTWARD");
    QTest::newRow("direction") << QStringLiteral("filter[direction]=INWARD") << QStringLiteral("created") << QStringLiteral("INWARD");
    QTest::newRow("entity type") << QStringLiteral("filter[entity_type]=USER") << QString() << QString();
    QTest::newRow("combined") << QStringLiteral("filter[entity_type]=USER&filter[relation]=created&filter[direction]=INWARD")
                              << QStringLiteral("created") << QStringLiteral("INWARD");
}

void TestNiagaraSim::relationFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, relation);
    QFETCH(QString, direction);
    const QString token = m_demo.managerToken();
    // Find a seeded batch that has both a creator and a technician.
    QString batchId;
    const Reply page = get(m_demo, QStringLiteral("/batches?limit=50"), token);
    for (const QJsonValue &v : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("batch_id")).toString();
        if (get(m_demo, QStringLiteral("/batches/") + id + QStringLiteral("/relations?filter[relation]=technician"), token)
                .json.value(QStringLiteral("total_count")).toInt() > 0) {
            batchId = id;
            break;
        }
    }
    QVERIFY(!batchId.isEmpty());
    const int all = get(m_demo, QStringLiteral("/batches/") + batchId + QStringLiteral("/relations"), token)
                        .json.value(QStringLiteral("total_count")).toInt();
    QVERIFY(all >= 2);

    const Reply r = get(m_demo, QStringLiteral("/batches/") + batchId + QStringLiteral("/relations") +
                                    (query.isEmpty() ? QString() : QStringLiteral("?") + query), token);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray();
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.size(), r.json.value(QStringLiteral("total_count")).toInt());
    if (!relation.isEmpty())
        QVERIFY(list.size() < all);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (!relation.isEmpty())
            QCOMPARE(o.value(QStringLiteral("relation")).toString(), relation);
        if (!direction.isEmpty())
            QCOMPARE(o.value(QStringLiteral("direction")).toString(), direction);
        QCOMPARE(o.value(QStringLiteral("entity")).toObject().value(QStringLiteral("entity_type")).toString(), QStringLiteral("USER"));
        QVERIFY(!o.value(QStringLiteral("relation_id")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("self")));
    }
}

void TestNiagaraSim::relationLifecycle()
{
    const QString token = m_empty.managerToken();
    const Reply created = post(m_empty, QStringLiteral("/batches"), token,
                               QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                                           {QStringLiteral("number_cycles"), 3}});
    QCOMPARE(created.status, 200);
    const QString batch = QStringLiteral("/batches/") + created.json.value(QStringLiteral("batch_id")).toString();
    const QString marcus = userId(m_empty, m_empty.tokenFor(QString::fromLatin1(TestSupport::kSecondManagerEmail)));
    const QJsonObject body{{QStringLiteral("relation"), QStringLiteral("technician")},
                           {QStringLiteral("entity"), QJsonObject{{QStringLiteral("entity_id"), marcus},
                                                                  {QStringLiteral("entity_type"), QStringLiteral("USER")}}}};
    const Reply attached = post(m_empty, batch + QStringLiteral("/relations"), token, body);
    QCOMPARE(attached.status, 201);
    QCOMPARE(attached.json.value(QStringLiteral("relation")).toString(), QStringLiteral("technician"));
    QCOMPARE(attached.json.value(QStringLiteral("direction")).toString(), QStringLiteral("OUTWARD"));
    QCOMPARE(attached.json.value(QStringLiteral("label")).toString(), QStringLiteral("Technician"));
    QCOMPARE(attached.json.value(QStringLiteral("entity")).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Marcus Ortega"));
    const QString relationId = attached.json.value(QStringLiteral("relation_id")).toString();

    const Reply duplicate = post(m_empty, batch + QStringLiteral("/relations"), token, body);
    QCOMPARE(duplicate.status, 400);
    QVERIFY(duplicate.json.value(QStringLiteral("validation_messages")).toArray().at(0).toObject()
                .value(QStringLiteral("message")).toString().contains(QStringLiteral("already related")));

    QJsonObject unknown = body;
    unknown[QStringLiteral("entity")] = QJsonObject{{QStringLiteral("entity_id"), QStringLiteral("ghost")},
                                                    {QStringLiteral("entity_type"), QStringLiteral("USER")}};
    QCOMPARE(post(m_empty, batch + QStringLiteral("/relations"), token, unknown).status, 400);

    const Reply listed = get(m_empty, batch + QStringLiteral("/relations?filter[relation]=technician"), token);
    QCOMPARE(listed.json.value(QStringLiteral("total_count")).toInt(), 1);

    const Reply detached = send("DELETE", m_empty, batch + QStringLiteral("/relations/") + relationId, token);
    QCOMPARE(detached.status, 200);
    QCOMPARE(detached.json.value(QStringLiteral("relation_id")).toString(), relationId);
    QCOMPARE(send("DELETE", m_empty, batch + QStringLiteral("/relations/") + relationId, token).status, 404);
    QCOMPARE(get(m_empty, batch + QStringLiteral("/relations?filter[relation]=technician"), token)
                 .json.value(QStringLiteral("total_count")).toInt(), 0);
    QCOMPARE(send("DELETE", m_empty, batch, token).status, 205);
}

void TestNiagaraSim::relationNotFound()
{
    const QString token = m_demo.managerToken();
    QCOMPARE(get(m_demo, QStringLiteral("/batches/ghost/relations"), token).status, 404);
    const QJsonObject body{{QStringLiteral("relation"), QStringLiteral("technician")},
                           {QStringLiteral("entity"), QJsonObject{{QStringLiteral("entity_id"), QStringLiteral("x")},
                                                                  {QStringLiteral("entity_type"), QStringLiteral("USER")}}}};
    QCOMPARE(post(m_demo, QStringLiteral("/batches/ghost/relations"), token, body).status, 404);
    QCOMPARE(send("DELETE", m_demo, QStringLiteral("/batches/ghost/relations/x"), token).status, 404);
    const QString someBatch = allBatchIds(m_demo, token).value(0);
    QCOMPARE(send("DELETE", m_demo, QStringLiteral("/batches/") + someBatch + QStringLiteral("/relations/nope"), token).status, 404);
}

void TestNiagaraSim::persistenceAcrossRestart()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QString token = sim.managerToken();
    const Reply created = post(sim, QStringLiteral("/batches"), token,
                               QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                                           {QStringLiteral("number_cycles"), 7},
                                           {QStringLiteral("label"), QStringLiteral("Survives restarts")}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(QStringLiteral("batch_id")).toString();

    QVERIFY2(sim.restart({}, &error), qPrintable(error));
    // The database keeps only hashes of personal tokens: --dev-tokens issues new ones at each
    // start, and the old ones stop working.
    QCOMPARE(get(sim, QStringLiteral("/me"), token).status, 401);
    QVERIFY(sim.managerToken() != token);
    token = sim.managerToken();
    const Reply fetched = get(sim, QStringLiteral("/batches/") + id, token);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json.value(QStringLiteral("label")).toString(), QStringLiteral("Survives restarts"));
    QCOMPARE(fetched.json.value(QStringLiteral("number_cycles")).toInt(), 7);
    QCOMPARE(get(sim, QStringLiteral("/batches"), token).json.value(QStringLiteral("total_count")).toInt(), 1);

    // An existing database ignores --seed.
    QVERIFY2(sim.restart({QStringLiteral("--seed"), QStringLiteral("demo")}, &error), qPrintable(error));
    QCOMPARE(get(sim, QStringLiteral("/batches"), sim.managerToken()).json.value(QStringLiteral("total_count")).toInt(), 1);
}

void TestNiagaraSim::laterRevisionShapes()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--api-revision"), QStringLiteral("later")}, &error),
             qPrintable(error));
    const QString token = sim.managerToken();
    const QString priya = userId(sim, sim.technicianToken());
    const QJsonObject body{{QStringLiteral("total"), 1},
                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                           {QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                           {QStringLiteral("number_cycles"), 12},
                           {QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("user_id"), priya}}}}};
    QCOMPARE(send("PATCH", sim, QStringLiteral("/batches"), token, QJsonDocument(body).toJson()).status, 204);

    const Reply r = get(sim, QStringLiteral("/batches"), token);
    QCOMPARE(r.status, 200);
    const QJsonObject b = r.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray().at(0).toObject();
    QVERIFY(b.value(QStringLiteral("order")).isString());
    QVERIFY(b.value(QStringLiteral("queue")).toObject().value(QStringLiteral("priority")).isString());
    QVERIFY(b.value(QStringLiteral("queue")).toObject().contains(QStringLiteral("is_active")));
    QVERIFY(!b.value(QStringLiteral("queue")).toObject().contains(QStringLiteral("total_batches")));
    const QJsonObject cycles = b.value(QStringLiteral("cycles")).toObject();
    QCOMPARE(cycles.value(QStringLiteral("needed")).toInt(), 12);
    QCOMPARE(cycles.value(QStringLiteral("active")).toInt(), 12);
    const QJsonValue woCycles = b.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("cycles"));
    QVERIFY(woCycles.isObject());
    QCOMPARE(woCycles.toObject().value(QStringLiteral("needed")).toInt(), 500);
    QCOMPARE(woCycles.toObject().value(QStringLiteral("assigned")).toInt(), 12);
    QVERIFY(woCycles.toObject().value(QStringLiteral("work_flow")).toObject().contains(QStringLiteral("work_flow_id")));
    QCOMPARE(b.value(QStringLiteral("total_assigned_users")).toInt(), 1);
    QCOMPARE(b.value(QStringLiteral("assigned_users")).toArray().at(0).toObject().value(QStringLiteral("email")).toString(),
             QString::fromLatin1(TestSupport::kTechnicianEmail));

    const Reply orders = get(sim, QStringLiteral("/work-orders"), token);
    QVERIFY(orders.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:work-orders")).toArray()
                .at(0).toObject().value(QStringLiteral("cycles")).isObject());
}

void TestNiagaraSim::simulatedWorkMovesCycles()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--simulate-work"), QStringLiteral("0.2")}, &error),
             qPrintable(error));
    const QString token = sim.managerToken();
    const Snapshot before = snapshot(sim, token);
    QVERIFY(before.ok);
    QCOMPARE(before.total, qint64(1200));
    QCOMPARE(before.order.size(), 1200);

    Snapshot after;
    const auto differs = [&] {
        after = snapshot(sim, token);
        return after.ok && after.batches != before.batches;
    };
    QTRY_VERIFY_WITH_TIMEOUT(differs(), 30000);

    // No rows come or go, and the listing order (keyset) is untouched.
    QCOMPARE(after.total, before.total);
    QCOMPARE(after.order, before.order);
    int changed = 0;
    for (auto it = after.batches.cbegin(); it != after.batches.cend(); ++it) {
        const QByteArray what = it.key().toUtf8();
        const BatchState &now = it.value();
        QVERIFY2(before.batches.contains(it.key()), what.constData());
        const BatchState &then = before.batches[it.key()];
        QCOMPARE(now.numberCycles, then.numberCycles);
        int sum = 0;
        for (int n : now.cycles) {
            QVERIFY2(n >= 0, what.constData());
            sum += n;
        }
        QVERIFY2(sum == now.numberCycles, what.constData());
        QVERIFY2(now.cycles[Complete] >= then.cycles[Complete], what.constData());
        QVERIFY2(now.cycles[Cancelled] == then.cycles[Cancelled], what.constData());
        if (now.cycles == then.cycles)
            continue;
        ++changed;
        const QDateTime thenUpdated = QDateTime::fromString(then.updated, Qt::ISODateWithMs);
        const QDateTime nowUpdated = QDateTime::fromString(now.updated, Qt::ISODateWithMs);
        QVERIFY2(thenUpdated.isValid() && nowUpdated.isValid(), what.constData());
        QVERIFY2(nowUpdated > thenUpdated, qPrintable(it.key() + QLatin1Char(' ') + then.updated + QStringLiteral(" -> ") + now.updated));
        // The status follows the cycles, with the customer's label.
        QVERIFY2(now.customerLabel, what.constData());
        if (now.cycles[Blocked] > 0)
            QCOMPARE(now.category, QStringLiteral("BLOCKED"));
        else if (now.cycles[Complete] + now.cycles[Cancelled] == now.numberCycles)
            QCOMPARE(now.category, QStringLiteral("COMPLETE"));
        else if (now.cycles[InProgress] > 0)
            QCOMPARE(now.category, QStringLiteral("IN_PROGRESS"));
    }
    QVERIFY(changed > 0);

    // A batch with many cycles in flight is still locked against deletion. (Many: a tick
    // moves at most a few cycles of a batch, so it cannot finish between the two requests.)
    QString busiest;
    int inFlight = 0;
    for (auto it = after.batches.cbegin(); it != after.batches.cend(); ++it) {
        const int n = it.value().cycles[InProgress] + it.value().cycles[Verifying];
        if (n > inFlight) {
            inFlight = n;
            busiest = it.key();
        }
    }
    QVERIFY(inFlight >= 10);
    QCOMPARE(send("DELETE", sim, QStringLiteral("/batches/") + busiest, token).status, 423);
}

void TestNiagaraSim::noWorkWithoutOption()
{
    // m_demo runs without --simulate-work (and the tests before this one leave it unchanged).
    const Snapshot before = snapshot(m_demo, m_demo.managerToken());
    QVERIFY(before.ok);
    // Nothing to wait for here: the point is that nothing happens while time passes (with
    // --simulate-work the sim moves cycles several times a second).
    QTest::qWait(1000);
    const Snapshot after = snapshot(m_demo, m_demo.managerToken());
    QVERIFY(after.ok);
    QCOMPARE(after.total, before.total);
    QCOMPARE(after.order, before.order);
    QVERIFY(after.batches == before.batches);
}

// ------------------------------------------------------------------------- fault injection

Reply TestNiagaraSim::createSmallBatch(const SimProcess &sim, int cycles, const QString &label)
{
    QJsonObject body{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                     {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                     {QStringLiteral("number_cycles"), cycles}};
    if (!label.isEmpty())
        body.insert(QStringLiteral("label"), label);
    return post(sim, QStringLiteral("/batches"), sim.managerToken(), body);
}

qint64 TestNiagaraSim::batchTotal(const SimProcess &sim)
{
    const Reply r = get(sim, QStringLiteral("/batches"), sim.managerToken());
    return r.status == 200 ? r.json.value(QStringLiteral("total_count")).toInteger(-1) : -1;
}

void TestNiagaraSim::faultNotCarriedOut_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("503") << QStringLiteral("503") << 503 << QStringLiteral("Service Unavailable") << QByteArrayLiteral("1");
    QTest::newRow("500") << QStringLiteral("500") << 500 << QStringLiteral("Internal Server Error") << QByteArray();
}

void TestNiagaraSim::faultNotCarriedOut()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, title);
    QFETCH(QByteArray, retryAfter);
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--fail-writes"), QStringLiteral("1:") + kind}, &error),
             qPrintable(error));

    const Reply failed = createSmallBatch(sim, 4);
    QCOMPARE(failed.status, status);
    QCOMPARE(failed.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(failed.json.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(failed.json.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(failed.json.value(QStringLiteral("type")).toString(),
             QStringLiteral("https://docs.nterprise.com/api/problem/") + title.remove(QLatin1Char(' ')));
    QVERIFY2(failed.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Injected fault")),
             failed.body.constData());
    QCOMPARE(failed.retryAfter, retryAfter);
    // Not carried out: the listing is still empty.
    QCOMPARE(batchTotal(sim), qint64(0));

    // Only the first write was armed: the second one goes through.
    const Reply created = createSmallBatch(sim, 4);
    QCOMPARE(created.status, 200);
    QCOMPARE(batchTotal(sim), qint64(1));

    // The injected fault is logged (method, path, kind) without the token.
    sim.stop();
    const QByteArray log = sim.standardError();
    const QByteArray expected = QByteArray("injected fault ") + kind.toLatin1() + QByteArray(" on write #1: POST /batches (");
    QVERIFY2(log.contains(expected), log.constData());
    QVERIFY(!log.contains(sim.managerToken().toLatin1()));
}

void TestNiagaraSim::faultLostActs()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--fail-writes"), QStringLiteral("1:lost"),
                                                 QStringLiteral("--test-admin")}, &error),
             qPrintable(error));
    const QString admin = QStringLiteral("/_sim/faults");

    // On the wire (a plain socket, so that no client logic is in between): the request is
    // read, then the connection closes without a single byte of response.
    const QByteArray body = QJsonDocument(QJsonObject{
        {QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
        {QStringLiteral("number_cycles"), 6},
        {QStringLiteral("label"), QStringLiteral("Lost answer")}}).toJson(QJsonDocument::Compact);
    const QByteArray hostPort = "127.0.0.1:" + QByteArray::number(sim.baseUrl().port());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), static_cast<quint16>(sim.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.write("POST /batches HTTP/1.1\r\nHost: " + hostPort + "\r\nAuthorization: Bearer " + sim.managerToken().toLatin1()
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body);
    QVERIFY(disconnected.wait(10000));
    received += socket.readAll();
    QCOMPARE(received, QByteArray());

    // ...although the server created the batch, once.
    const Reply listed = get(sim, QStringLiteral("/batches"), sim.managerToken());
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(listed.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()
                 .at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Lost answer"));
    QCOMPARE(get(sim, admin, QString()).json.value(QStringLiteral("writes_seen")).toInt(), 1);
    // The next write is answered normally.
    QCOMPARE(createSmallBatch(sim, 2).status, 200);
    QCOMPARE(batchTotal(sim), qint64(2));

    // Through QNetworkAccessManager: Qt resends a request, even a POST, when the connection
    // closes before any response byte; every attempt is carried out. Enough consecutive
    // `lost` faults make it give up, and the client sees a connection error.
    QCOMPARE(send("PUT", sim, admin, QString(), R"({"fail_writes": "1:lost,2:lost,3:lost,4:lost"})").status, 204);
    const Reply lost = createSmallBatch(sim, 6, QStringLiteral("Lost again"));
    QCOMPARE(lost.status, 0);
    QCOMPARE(lost.error, QNetworkReply::RemoteHostClosedError);
    const int attempts = get(sim, admin, QString()).json.value(QStringLiteral("writes_seen")).toInt();
    QVERIFY2(attempts >= 1 && attempts <= 4, qPrintable(QString::number(attempts)));
    QCOMPARE(batchTotal(sim), qint64(2 + attempts));
}

void TestNiagaraSim::faultHangActs()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"),
                       {QStringLiteral("--fail-writes"), QStringLiteral("1:hang"), QStringLiteral("--test-admin")},
                       &error),
             qPrintable(error));
    QNetworkRequest request(QUrl(sim.baseUrl().toString() + QStringLiteral("/batches")));
    request.setRawHeader("Authorization", "Bearer " + sim.managerToken().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                           {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                           {QStringLiteral("number_cycles"), 5},
                           {QStringLiteral("label"), QStringLiteral("Never answered")}};
    std::unique_ptr<QNetworkReply> hung(m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(hung.get(), &QNetworkReply::finished);
    QSignalSpy metaData(hung.get(), &QNetworkReply::metaDataChanged);
    QVERIFY(!finished.wait(1500));
    QVERIFY(!hung->isFinished());
    QCOMPARE(metaData.size(), 0); // not even a status line arrived
    QCOMPARE(hung->bytesAvailable(), qint64(0));

    // Meanwhile other connections are served, and the hung request was carried out.
    const Reply listed = get(sim, QStringLiteral("/batches"), sim.managerToken());
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(listed.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()
                 .at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Never answered"));

    // The client gives up and closes the connection; the sim carries on.
    hung->abort();
    QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError);
    hung.reset();
    // The sim has seen the close: the hung request no longer counts as in flight.
    QTRY_COMPARE(get(sim, QStringLiteral("/_sim/stats"), QString()).json.value(QStringLiteral("in_flight")).toInt(-1), 0);
    QCOMPARE(createSmallBatch(sim, 1).status, 200);
    QCOMPARE(batchTotal(sim), qint64(2));
    sim.stop();
    QVERIFY2(sim.standardError().contains("injected fault hang on write #1: POST /batches ("), sim.standardError().constData());
}

void TestNiagaraSim::faultGetsAreNotCounted()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--fail-writes"), QStringLiteral("2:503")}, &error),
             qPrintable(error));
    QCOMPARE(batchTotal(sim), qint64(0));      // GET: not counted
    QCOMPARE(createSmallBatch(sim, 3).status, 200); // write 1
    QCOMPARE(batchTotal(sim), qint64(1));      // GET: not counted
    QCOMPARE(get(sim, QStringLiteral("/me"), sim.managerToken()).status, 200);
    const Reply second = createSmallBatch(sim, 3); // write 2
    QCOMPARE(second.status, 503);
    QCOMPARE(batchTotal(sim), qint64(1));
    QCOMPARE(createSmallBatch(sim, 3).status, 200); // write 3
    QCOMPARE(batchTotal(sim), qint64(2));
}

void TestNiagaraSim::faultAdminRearms()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--test-admin"), QStringLiteral("--fail-writes"),
                                                 QStringLiteral("9:hang")}, &error),
             qPrintable(error));
    const QString admin = QStringLiteral("/_sim/faults");
    const QString token = sim.managerToken();

    Reply state = get(sim, admin, QString()); // no token needed
    QCOMPARE(state.status, 200);
    QCOMPARE(state.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(state.json.value(QStringLiteral("fail_writes")).toString(), QStringLiteral("9:hang"));
    QCOMPARE(state.json.value(QStringLiteral("writes_seen")).toInt(), 0);

    QCOMPARE(createSmallBatch(sim, 2).status, 200);
    QCOMPARE(send("DELETE", sim, QStringLiteral("/batches/ghost"), token).status, 404); // a write too
    QCOMPARE(get(sim, admin, QString()).json.value(QStringLiteral("writes_seen")).toInt(), 2);

    // Re-arm: replaces the spec and restarts the count; the PUT itself is not a write.
    const Reply armed = send("PUT", sim, admin, QString(), R"({"fail_writes": " 2:500 , 1:503"})");
    QCOMPARE(armed.status, 204);
    QVERIFY(armed.body.isEmpty());
    state = get(sim, admin, QString());
    QCOMPARE(state.json.value(QStringLiteral("fail_writes")).toString(), QStringLiteral("1:503,2:500"));
    QCOMPARE(state.json.value(QStringLiteral("writes_seen")).toInt(), 0);

    QCOMPARE(createSmallBatch(sim, 2).status, 503);
    QCOMPARE(createSmallBatch(sim, 2).status, 500);
    QCOMPARE(createSmallBatch(sim, 2).status, 200);
    QCOMPARE(batchTotal(sim), qint64(2));
    QCOMPARE(get(sim, admin, QString()).json.value(QStringLiteral("writes_seen")).toInt(), 3);

    // Re-arming with the same spec starts over: write 1 fails again.
    QCOMPARE(send("PUT", sim, admin, QString(), R"({"fail_writes": "1:503"})").status, 204);
    QCOMPARE(createSmallBatch(sim, 2).status, 503);

    // "" clears.
    QCOMPARE(send("PUT", sim, admin, QString(), R"({"fail_writes": ""})").status, 204);
    state = get(sim, admin, QString());
    QCOMPARE(state.json.value(QStringLiteral("fail_writes")).toString(), QString());
    QCOMPARE(state.json.value(QStringLiteral("writes_seen")).toInt(), 0);
    QCOMPARE(createSmallBatch(sim, 2).status, 200);
    QCOMPARE(createSmallBatch(sim, 2).status, 200);
    QCOMPARE(batchTotal(sim), qint64(4));

    // Other methods on the admin path: 405 with Allow.
    const Reply wrong = send("DELETE", sim, admin, QString());
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.contentType, QByteArrayLiteral("application/problem+json"));
}

void TestNiagaraSim::faultAdminInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("dataPath");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("unknown kind") << QByteArrayLiteral(R"({"fail_writes": "1:teapot"})") << QStringLiteral(".fail_writes")
                                  << QStringLiteral("format");
    QTest::newRow("zero") << QByteArrayLiteral(R"({"fail_writes": "0:503"})") << QStringLiteral(".fail_writes")
                          << QStringLiteral("format");
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"({"fail_writes": "1:503,"})") << QStringLiteral(".fail_writes")
                                    << QStringLiteral("format");
    QTest::newRow("twice") << QByteArrayLiteral(R"({"fail_writes": "2:503,2:lost"})") << QStringLiteral(".fail_writes")
                           << QStringLiteral("format");
    QTest::newRow("not a string") << QByteArrayLiteral(R"({"fail_writes": 3})") << QStringLiteral(".fail_writes")
                                  << QStringLiteral("type");
    QTest::newRow("missing") << QByteArrayLiteral(R"({"failWrites": "1:503"})") << QStringLiteral(".fail_writes")
                             << QStringLiteral("required");
    QTest::newRow("not JSON") << QByteArrayLiteral("1:503") << QString() << QStringLiteral("type");
}

void TestNiagaraSim::faultAdminInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, dataPath);
    QFETCH(QString, keyword);
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--test-admin"), QStringLiteral("--fail-writes"),
                                                 QStringLiteral("2:lost")}, &error),
             qPrintable(error));
    QCOMPARE(createSmallBatch(sim, 1).status, 200);

    const Reply r = send("PUT", sim, QStringLiteral("/_sim/faults"), QString(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Bad Request"));
    const QJsonArray messages = r.json.value(QStringLiteral("validation_messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("dataPath")).toString(), dataPath);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("keyword")).toString(), keyword);

    // Nothing changed: same spec, same count.
    const Reply state = get(sim, QStringLiteral("/_sim/faults"), QString());
    QCOMPARE(state.json.value(QStringLiteral("fail_writes")).toString(), QStringLiteral("2:lost"));
    QCOMPARE(state.json.value(QStringLiteral("writes_seen")).toInt(), 1);
}

void TestNiagaraSim::faultAdminOffByDefault()
{
    // m_empty runs without --test-admin: the admin path is as unknown as any other path.
    const Reply unknown = get(m_empty, QStringLiteral("/_sim/nothing"), QString());
    QCOMPARE(unknown.status, 404);
    for (const QByteArray &verb : {QByteArrayLiteral("GET"), QByteArrayLiteral("PUT")}) {
        const QByteArray body = verb == "PUT" ? QByteArrayLiteral(R"({"fail_writes": "1:503"})") : QByteArray();
        for (const QString &token : {QString(), m_empty.managerToken()}) {
            const Reply r = send(verb, m_empty, QStringLiteral("/_sim/faults"), token, body);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.contentType, unknown.contentType);
            QCOMPARE(r.json.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
            QCOMPARE(r.json.value(QStringLiteral("type")).toString(), unknown.json.value(QStringLiteral("type")).toString());
            QCOMPARE(r.json.value(QStringLiteral("detail")).toString(), QStringLiteral("No route matches \"/_sim/faults\""));
        }
    }
    // And nothing was armed: writes still succeed.
    const Reply created = createSmallBatch(m_empty, 1);
    QCOMPARE(created.status, 200);
    QCOMPARE(send("DELETE", m_empty, QStringLiteral("/batches/") + created.json.value(QStringLiteral("batch_id")).toString(),
                  m_empty.managerToken()).status, 205);
}

void TestNiagaraSim::faultSpecMalformedExits2_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << QStringLiteral("1:teapot");
    QTest::newRow("kind in capitals") << QStringLiteral("1:LOST");
    QTest::newRow("no ordinal") << QStringLiteral("503");
    QTest::newRow("zero") << QStringLiteral("0:503");
    QTest::newRow("negative") << QStringLiteral("-1:500");
    QTest::newRow("not a number") << QStringLiteral("x:hang");
    QTest::newRow("empty entry") << QStringLiteral("1:503,,2:500");
    QTest::newRow("trailing comma") << QStringLiteral("1:503,");
    QTest::newRow("listed twice") << QStringLiteral("3:503,3:lost");
}

void TestNiagaraSim::faultSpecMalformedExits2()
{
    QFETCH(QString, spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess sim;
    sim.setProgram(QStringLiteral(NIAGARA_SIM_PATH));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                      dir.filePath(QStringLiteral("sim.sqlite")), QStringLiteral("--seed"), QStringLiteral("empty"),
                      QStringLiteral("--fail-writes"), spec});
    sim.start();
    QVERIFY2(sim.waitForFinished(30000), "niagara-sim kept running despite a malformed --fail-writes");
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(!sim.readAllStandardOutput().contains("listening on"));
    const QByteArray err = sim.readAllStandardError();
    QVERIFY2(err.contains("--fail-writes must be N:KIND"), err.constData());
}

// ------------------------------------------------------------------------------------ OAuth

Reply TestNiagaraSim::authorize(const SimProcess &sim, const Params &params)
{
    // As the app that started the sim: with its approval secret (none for a sim without
    // --oauth-auto-approve).
    const QByteArray url = sim.baseUrl().toEncoded() + "/oauth/authorize?" + encodeParams(params);
    return TestSupport::httpCall(m_nam, "GET", QUrl::fromEncoded(url, QUrl::StrictMode), QString(), {}, {},
                                 sim.approvalHeaders());
}

Reply TestNiagaraSim::postForm(const SimProcess &sim, const QString &path, const Params &form, const QString &token,
                               const QByteArray &verb)
{
    return sendRequest(verb, QUrl(sim.baseUrl().toString() + path), token, encodeParams(form),
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
}

Reply TestNiagaraSim::postJson(const SimProcess &sim, const QString &path, const QJsonObject &body,
                               const QByteArray &verb)
{
    return sendRequest(verb, QUrl(sim.baseUrl().toString() + path), QString(),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

QString TestNiagaraSim::codeFor(const SimProcess &sim, const Pkce &pkce, const QString &email,
                                const QString &redirectUri)
{
    const QString hint = email.isEmpty() ? QString::fromLatin1(TestSupport::kManagerEmail) : email;
    const Reply r = authorize(sim, authorizeParams(pkce, QStringLiteral("s"), hint,
                                                   redirectUri.isEmpty() ? kRedirect : redirectUri));
    [&r] { QCOMPARE(r.status, 302); }();
    return locationValue(r, QStringLiteral("code"));
}

Reply TestNiagaraSim::exchange(const SimProcess &sim, const QString &code, const Pkce &pkce, const QString &redirectUri)
{
    return postForm(sim, QStringLiteral("/oauth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), redirectUri.isEmpty() ? kRedirect : redirectUri},
                     {QStringLiteral("client_id"), kClientId},
                     {QStringLiteral("code_verifier"), pkce.verifier}});
}

Reply TestNiagaraSim::refresh(const SimProcess &sim, const QString &refreshToken)
{
    return postForm(sim, QStringLiteral("/oauth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken},
                     {QStringLiteral("client_id"), kClientId}});
}

namespace {
QString str(const Reply &r, const char *key)
{
    return r.json.value(QLatin1String(key)).toString();
}

// The reference's OAuth error body: 400, application/json, {title, error, error_description}.
bool isOAuthError(const Reply &r, const QString &error)
{
    return r.status == 400 && r.contentType == "application/json" && str(r, "title") == QLatin1String("Bad Request")
           && str(r, "error") == error && !str(r, "error_description").isEmpty() && r.location.isEmpty();
}

bool isOAuthError(const Reply &r, const char *error)
{
    return isOAuthError(r, QString::fromLatin1(error));
}

#define QVERIFY_OAUTH_ERROR(reply, error) \
    QVERIFY2(isOAuthError(reply, error), \
             qPrintable(QString::number((reply).status) + QLatin1Char(' ') + QString::fromUtf8((reply).body)))

bool isBase64UrlSecret(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43,}$"));
    return re.match(s).hasMatch();
}
} // namespace

void TestNiagaraSim::oauthHappyPath()
{
    const Pkce pkce = rfcPkce();
    QCOMPARE(s256(pkce.verifier), pkce.challenge); // the test's own S256 agrees with RFC 7636 too
    const QString manager = QString::fromLatin1(TestSupport::kManagerEmail);

    // Authorize, auto-approved: 302 straight back to the loopback redirect with code and state.
    const Reply auth = authorize(m_oauth, authorizeParams(pkce, QStringLiteral("happy-state"), manager));
    QCOMPARE(auth.status, 302);
    QVERIFY2(auth.location.startsWith(QByteArray(kRedirect.toLatin1() + "?code=")), auth.location.constData());
    QCOMPARE(auth.cacheControl, QByteArrayLiteral("no-store"));
    QCOMPARE(locationValue(auth, QStringLiteral("state")), QStringLiteral("happy-state"));
    const QString code = locationValue(auth, QStringLiteral("code"));
    QVERIFY2(isBase64UrlSecret(code), qPrintable(code));

    // Code -> tokens.
    const Reply tokens = exchange(m_oauth, code, pkce);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(tokens.cacheControl, QByteArrayLiteral("no-store"));
    QCOMPARE(str(tokens, "token_type"), QStringLiteral("Bearer"));
    QCOMPARE(tokens.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    const QString access = str(tokens, "access_token");
    const QString refreshToken = str(tokens, "refresh_token");
    QVERIFY2(isBase64UrlSecret(access), qPrintable(access));
    QVERIFY2(isBase64UrlSecret(refreshToken), qPrintable(refreshToken));
    QVERIFY(access != refreshToken);
    QVERIFY(!m_oauth.tokens().values().contains(access)); // not a dev token

    // The access token works like a dev token.
    const Reply me = get(m_oauth, QStringLiteral("/me"), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(str(me, "email"), manager);
    QCOMPARE(get(m_oauth, QStringLiteral("/batches"), access).status, 200);

    // Refresh (JSON body this time): a new access token and a new refresh token.
    const Reply refreshed = postJson(m_oauth, QStringLiteral("/oauth/token"),
                                     QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("refresh_token"), refreshToken},
                                                 {QStringLiteral("client_id"), kClientId}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.cacheControl, QByteArrayLiteral("no-store"));
    const QString access2 = str(refreshed, "access_token");
    const QString refresh2 = str(refreshed, "refresh_token");
    QVERIFY(isBase64UrlSecret(access2) && isBase64UrlSecret(refresh2));
    QVERIFY(access2 != access && refresh2 != refreshToken);

    // Rotation: the old refresh token is refused; the new access token works; the earlier
    // access token lives on until it expires.
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, refreshToken), "access_denied");
    QCOMPARE(str(get(m_oauth, QStringLiteral("/me"), access2), "email"), manager);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), access).status, 200);

    // Sign out: DELETE revokes the whole sign-in.
    const Reply revoked = send("DELETE", m_oauth, QStringLiteral("/oauth/token"), access2);
    QCOMPARE(revoked.status, 204);
    const Reply after = get(m_oauth, QStringLiteral("/me"), access2);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(str(after, "title"), QStringLiteral("Unauthorized"));
    QCOMPARE(str(after, "detail"), QStringLiteral("The access token has been revoked"));
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), access).status, 401);
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, refresh2), "access_denied");
    QCOMPARE(send("DELETE", m_oauth, QStringLiteral("/oauth/token"), access2).status, 401);
    // Dev tokens are untouched by all this.
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), m_oauth.managerToken()).status, 200);
}

void TestNiagaraSim::oauthSignInPage()
{
    // m_demo runs without --oauth-auto-approve: login_hint only preselects.
    const Pkce pkce = makePkce();
    const QString state = QStringLiteral("<b>\"Tom & Jerry's\"</b> ünï ✓");
    const QString technician = QString::fromLatin1(TestSupport::kTechnicianEmail);
    const Reply page = authorize(m_demo, authorizeParams(pkce, state, technician));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
    QCOMPARE(page.cacheControl, QByteArrayLiteral("no-store"));
    QVERIFY(page.location.isEmpty());
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));

    // Every seeded user, with name and email and a "Sign in" button.
    const Reply users = get(m_demo, QStringLiteral("/users?limit=100"), m_demo.managerToken());
    const QJsonArray list = users.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:users")).toArray();
    QCOMPARE(list.size(), 25);
    for (const QJsonValue &u : list) {
        const QJsonObject user = u.toObject();
        QVERIFY2(html.contains(QStringLiteral(">") + user.value(QStringLiteral("name")).toString() + QStringLiteral("<")),
                 qPrintable(user.value(QStringLiteral("name")).toString()));
        QVERIFY(html.contains(QStringLiteral("name=\"login\" value=\"") + user.value(QStringLiteral("email")).toString()
                              + QLatin1Char('"')));
    }
    QCOMPARE(html.count(QStringLiteral(">Sign in</button>")), 25);
    QCOMPARE(html.count(QStringLiteral(">Cancel</button>")), 1);
    // The hinted user is preselected (highlighted, its button focused), and only that one.
    static const QRegularExpression hintedRow(QStringLiteral("<li class=\"hinted\">.*?</li>"));
    const QRegularExpressionMatch hinted = hintedRow.match(html);
    QVERIFY(hinted.hasMatch());
    QVERIFY(hinted.captured(0).contains(technician));
    QVERIFY(hinted.captured(0).contains(QStringLiteral("autofocus")));
    QCOMPARE(html.count(QStringLiteral("autofocus")), 1);
    QCOMPARE(html.count(QStringLiteral("class=\"hinted\"")), 1);
    // Output is escaped: the state shows up only HTML-escaped.
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt; ünï ✓")));

    // Play the browser: submit the page's own hidden fields with the button of another user.
    static const QRegularExpression hiddenInput(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    Params fields;
    for (auto it = hiddenInput.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        fields.append({m.captured(1), unescapeHtml(m.captured(2))});
    }
    QVERIFY(fields.contains({QStringLiteral("state"), state}));
    QVERIFY(fields.contains({QStringLiteral("redirect_uri"), kRedirect}));
    const QString marcus = QString::fromLatin1(TestSupport::kSecondManagerEmail);
    const Reply approved = postForm(m_demo, QStringLiteral("/oauth/authorize"),
                                    fields + Params{{QStringLiteral("login"), marcus}});
    QCOMPARE(approved.status, 302);
    QVERIFY2(approved.location.startsWith(QByteArray(kRedirect.toLatin1() + "?code=")), approved.location.constData());
    QCOMPARE(locationValue(approved, QStringLiteral("state")), state);
    const Reply tokens = exchange(m_demo, locationValue(approved, QStringLiteral("code")), pkce);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(str(get(m_demo, QStringLiteral("/me"), str(tokens, "access_token")), "email"), marcus);

    // Cancel: back to the client with access_denied and the state, no code.
    const Reply cancelled = postForm(m_demo, QStringLiteral("/oauth/authorize"),
                                     fields + Params{{QStringLiteral("cancel"), QStringLiteral("1")}});
    QCOMPARE(cancelled.status, 302);
    QVERIFY2(cancelled.location.startsWith(QByteArray(kRedirect.toLatin1() + "?error=access_denied&")), cancelled.location.constData());
    QCOMPARE(locationValue(cancelled, QStringLiteral("state")), state);
    QVERIFY(!locationQuery(cancelled).hasQueryItem(QStringLiteral("code")));

    // A form naming nobody is refused, not redirected.
    QVERIFY_OAUTH_ERROR(postForm(m_demo, QStringLiteral("/oauth/authorize"),
                                 fields + Params{{QStringLiteral("login"), QStringLiteral("nobody@example.com")}}),
                        "invalid_request");
}

void TestNiagaraSim::oauthStateEchoedExactly_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("plain") << QStringLiteral("af0ifjsldkj");
    QTest::newRow("space, ampersand, equals") << QStringLiteral("a b&c=d");
    QTest::newRow("reserved characters") << QStringLiteral("?#/:;,@!$'()*+[]");
    QTest::newRow("percent sequences") << QStringLiteral("%20%2B%zz%");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße ✓ 日本");
}

void TestNiagaraSim::oauthStateEchoedExactly()
{
    QFETCH(QString, state);
    const Reply r = authorize(m_oauth, authorizeParams(makePkce(), state));
    QCOMPARE(r.status, 302);
    // Percent-encoded as RFC 3986 wants it: nothing but unreserved characters stays raw.
    QVERIFY2(r.location.endsWith(QByteArray("&state=" + QUrl::toPercentEncoding(state))), r.location.constData());
    QCOMPARE(locationValue(r, QStringLiteral("state")), state);
}

void TestNiagaraSim::oauthLoopbackRedirectsAccepted_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QByteArray>("locationPrefix");
    QTest::newRow("127.0.0.1") << kRedirect << kRedirect.toLatin1() + "?code=";
    QTest::newRow("[::1]") << QStringLiteral("http://[::1]:8080/") << QByteArrayLiteral("http://[::1]:8080/?code=");
    QTest::newRow("localhost, query kept") << QStringLiteral("http://localhost:1/deep/path?keep=1&x=%2F")
                                           << QByteArrayLiteral("http://localhost:1/deep/path?keep=1&x=%2F&code=");
    QTest::newRow("no path") << QStringLiteral("http://127.0.0.1:65535")
                             << QByteArrayLiteral("http://127.0.0.1:65535?code=");
}

void TestNiagaraSim::oauthLoopbackRedirectsAccepted()
{
    QFETCH(QString, redirectUri);
    QFETCH(QByteArray, locationPrefix);
    const Pkce pkce = makePkce();
    const Reply r = authorize(m_oauth, authorizeParams(pkce, QStringLiteral("st"), QString::fromLatin1(TestSupport::kManagerEmail), redirectUri));
    QCOMPARE(r.status, 302);
    QVERIFY2(r.location.startsWith(locationPrefix), r.location.constData());
    // The token request must name the same redirect URI.
    const Reply tokens = exchange(m_oauth, locationValue(r, QStringLiteral("code")), pkce, redirectUri);
    QCOMPARE(tokens.status, 200);
}

void TestNiagaraSim::oauthBadClientOrRedirectNotRedirected_data()
{
    QTest::addColumn<QString>("clientId");    // null: not sent
    QTest::addColumn<QString>("redirectUri"); // null: not sent
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown client") << QStringLiteral("someone-else") << kRedirect << QStringLiteral("client_id");
    QTest::newRow("no client") << QString() << kRedirect << QStringLiteral("invalid_request");
    QTest::newRow("no redirect_uri") << kClientId << QString() << QStringLiteral("invalid_request");
    const QStringList bad{QStringLiteral("http://evil.example:8080/cb"),
                          QStringLiteral("https://127.0.0.1:8443/cb"),
                          QStringLiteral("http://127.0.0.1.evil.example:80/cb"),
                          QStringLiteral("http://127.0.0.2:80/cb"),
                          QStringLiteral("http://127.0.0.1/cb"),
                          QStringLiteral("http://user@127.0.0.1:80/cb"),
                          QStringLiteral("http://127.0.0.1:80/cb#fragment"),
                          QStringLiteral("com.example.app:/cb"),
                          QStringLiteral("not a uri")};
    for (const QString &uri : bad)
        QTest::newRow(qPrintable(uri)) << kClientId << uri << QStringLiteral("invalid_request");
}

void TestNiagaraSim::oauthBadClientOrRedirectNotRedirected()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QString, error);
    Params params = authorizeParams(makePkce(), QStringLiteral("st"));
    setParam(params, QStringLiteral("client_id"), clientId);
    setParam(params, QStringLiteral("redirect_uri"), redirectUri);
    const Reply r = authorize(m_oauth, params);
    QVERIFY_OAUTH_ERROR(r, error); // 400 JSON, no Location
    QCOMPARE(r.json.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("error_description"), QStringLiteral("title")}));
}

void TestNiagaraSim::oauthOtherAuthorizeErrorsRedirected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: not sent
    QTest::addColumn<QString>("error");
    QTest::newRow("response_type token") << QStringLiteral("response_type") << QStringLiteral("token")
                                         << QStringLiteral("unsupported_response_type");
    QTest::newRow("no response_type") << QStringLiteral("response_type") << QString() << QStringLiteral("invalid_request");
    QTest::newRow("no code_challenge") << QStringLiteral("code_challenge") << QString() << QStringLiteral("invalid_request");
    QTest::newRow("method plain") << QStringLiteral("code_challenge_method") << QStringLiteral("plain")
                                  << QStringLiteral("invalid_request");
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString() << QStringLiteral("invalid_request");
    QTest::newRow("malformed challenge") << QStringLiteral("code_challenge") << QStringLiteral("too-short")
                                         << QStringLiteral("invalid_request");
}

void TestNiagaraSim::oauthOtherAuthorizeErrorsRedirected()
{
    // Once client and redirect URI are verified, errors go back to the client (RFC 6749 §4.1.2.1).
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    Params params = authorizeParams(makePkce(), QStringLiteral("st &"));
    setParam(params, name, value);
    const Reply r = authorize(m_oauth, params);
    QCOMPARE(r.status, 302);
    QVERIFY2(r.location.startsWith(QByteArray(kRedirect.toLatin1() + "?error=" + error.toLatin1() + "&")), r.location.constData());
    QVERIFY(!locationValue(r, QStringLiteral("error_description")).isEmpty());
    QCOMPARE(locationValue(r, QStringLiteral("state")), QStringLiteral("st &"));
    QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("code")));
}

void TestNiagaraSim::oauthTokenRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: not sent
    QTest::addColumn<QString>("error");
    const QString invalid = QStringLiteral("invalid_request");
    QTest::newRow("wrong verifier") << QStringLiteral("code_verifier") << makePkce().verifier << invalid;
    QTest::newRow("verifier too short") << QStringLiteral("code_verifier") << QStringLiteral("abc") << invalid;
    QTest::newRow("verifier bad characters") << QStringLiteral("code_verifier") << QString(50, QLatin1Char('*')) << invalid;
    QTest::newRow("wrong redirect_uri") << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:49153/callback")
                                        << invalid;
    QTest::newRow("redirect_uri one slash longer") << QStringLiteral("redirect_uri") << kRedirect + QLatin1Char('/') << invalid;
    QTest::newRow("no code") << QStringLiteral("code") << QString() << invalid;
    QTest::newRow("no redirect_uri") << QStringLiteral("redirect_uri") << QString() << invalid;
    QTest::newRow("no code_verifier") << QStringLiteral("code_verifier") << QString() << invalid;
    QTest::newRow("no client_id") << QStringLiteral("client_id") << QString() << invalid;
    QTest::newRow("no grant_type") << QStringLiteral("grant_type") << QString() << invalid;
    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("someone-else") << QStringLiteral("client_id");
    QTest::newRow("unknown grant_type") << QStringLiteral("grant_type") << QStringLiteral("password")
                                        << QStringLiteral("unsupported_response_type");
    QTest::newRow("unknown code") << QStringLiteral("code") << makePkce().verifier << QStringLiteral("access_denied");
}

void TestNiagaraSim::oauthTokenRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Pkce pkce = makePkce();
    const QString code = codeFor(m_oauth, pkce);
    QVERIFY(!code.isEmpty());
    Params form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), kRedirect},
                {QStringLiteral("client_id"), kClientId},
                {QStringLiteral("code_verifier"), pkce.verifier}};
    setParam(form, name, value);
    const Reply r = postForm(m_oauth, QStringLiteral("/oauth/token"), form);
    QVERIFY_OAUTH_ERROR(r, error);
    QCOMPARE(r.cacheControl, QByteArrayLiteral("no-store"));
    // A refused request does not use the code up: the right request still succeeds.
    QCOMPARE(exchange(m_oauth, code, pkce).status, 200);
}

void TestNiagaraSim::oauthTokenMalformed()
{
    const QString path = QStringLiteral("/oauth/token");
    const QUrl url(m_oauth.baseUrl().toString() + path);
    QVERIFY_OAUTH_ERROR(sendRequest("POST", url, QString(), "{not json", "application/json"), "invalid_request");
    QVERIFY_OAUTH_ERROR(sendRequest("POST", url, QString(), "grant_type=refresh_token", "text/plain"), "invalid_request");
    QVERIFY_OAUTH_ERROR(postJson(m_oauth, path, QJsonObject{{QStringLiteral("grant_type"), 5}}), "invalid_request");
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, QString()), "invalid_request");
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, makePkce().verifier), "access_denied");
    // A parameter given twice (RFC 6749 §3.1).
    QVERIFY_OAUTH_ERROR(postForm(m_oauth, path, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("client_id"), kClientId}}),
                        "invalid_request");
    // An access token is no refresh token, and a refresh token no access token.
    const Pkce pkce = makePkce();
    const Reply tokens = exchange(m_oauth, codeFor(m_oauth, pkce), pkce);
    QCOMPARE(tokens.status, 200);
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, str(tokens, "access_token")), "access_denied");
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(tokens, "refresh_token")).status, 401);
    // Routes: only GET/POST on authorize, POST/DELETE on token.
    const Reply wrong = send("GET", m_oauth, path, QString());
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(send("PUT", m_oauth, QStringLiteral("/oauth/authorize"), QString(), "{}").status, 405);
    QCOMPARE(send("GET", m_oauth, QStringLiteral("/oauth/nothing"), QString()).status, 404);
}

void TestNiagaraSim::oauthReusedCodeRevokesItsTokens()
{
    const Pkce pkce = makePkce();
    const QString code = codeFor(m_oauth, pkce);
    const Reply first = exchange(m_oauth, code, pkce);
    QCOMPARE(first.status, 200);
    const QString access = str(first, "access_token");
    const Reply refreshed = refresh(m_oauth, str(first, "refresh_token"));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), access).status, 200);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(refreshed, "access_token")).status, 200);

    // The code again: refused, and every token issued from it (refreshed ones too) revoked.
    QVERIFY_OAUTH_ERROR(exchange(m_oauth, code, pkce), "access_denied");
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), access).status, 401);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(refreshed, "access_token")).status, 401);
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, str(refreshed, "refresh_token")), "access_denied");
    // Other sign-ins are not affected.
    const Pkce other = makePkce();
    const Reply second = exchange(m_oauth, codeFor(m_oauth, other), other);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(second, "access_token")).status, 200);
}

void TestNiagaraSim::oauthRevoke()
{
    const QString path = QStringLiteral("/oauth/token");
    auto signIn = [this] {
        const Pkce pkce = makePkce();
        return exchange(m_oauth, codeFor(m_oauth, pkce), pkce);
    };
    // By refresh token in a form body, without any Authorization header.
    const Reply a = signIn();
    QCOMPARE(a.status, 200);
    QCOMPARE(postForm(m_oauth, path, {{QStringLiteral("token"), str(a, "refresh_token")}}, QString(), "DELETE").status, 204);
    const Reply gone = get(m_oauth, QStringLiteral("/me"), str(a, "access_token"));
    QCOMPARE(gone.status, 401);
    QCOMPARE(str(gone, "detail"), QStringLiteral("The access token has been revoked"));
    QVERIFY_OAUTH_ERROR(refresh(m_oauth, str(a, "refresh_token")), "access_denied");
    // Revoked already: unknown from now on.
    QCOMPARE(postForm(m_oauth, path, {{QStringLiteral("token"), str(a, "refresh_token")}}, QString(), "DELETE").status, 401);

    // By refresh token in a JSON body.
    const Reply b = signIn();
    QCOMPARE(postJson(m_oauth, path, QJsonObject{{QStringLiteral("token"), str(b, "refresh_token")}}, "DELETE").status, 204);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(b, "access_token")).status, 401);

    // Unknown or missing credentials: the usual 401 problem.
    for (const QString &token : {QStringLiteral("not-a-token"), QString()}) {
        const Reply r = send("DELETE", m_oauth, path, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.contentType, QByteArrayLiteral("application/problem+json"));
        QCOMPARE(str(r, "title"), QStringLiteral("Unauthorized"));
    }
    QCOMPARE(postForm(m_oauth, path, {{QStringLiteral("token"), QStringLiteral("unknown")}}, QString(), "DELETE").status, 401);
    // A refresh token is no bearer token.
    const Reply c = signIn();
    QCOMPARE(send("DELETE", m_oauth, path, str(c, "refresh_token")).status, 401);
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), str(c, "access_token")).status, 200);

    // Dev tokens cannot be revoked and keep working.
    QVERIFY_OAUTH_ERROR(send("DELETE", m_oauth, path, m_oauth.managerToken()), "invalid_request");
    QCOMPARE(get(m_oauth, QStringLiteral("/me"), m_oauth.managerToken()).status, 200);
}

void TestNiagaraSim::oauthExpiryAndLogging()
{
    SimProcess sim;
    QString error;
    // All debug output on, Qt's own HTTP server logging included (the sim keeps that one off:
    // Qt 6.4 logs whole requests there, query and Authorization header too).
    const QByteArray rules = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    const bool started = sim.start(QStringLiteral("empty"),
                                   {QStringLiteral("--oauth-auto-approve"), QStringLiteral("--token-ttl"),
                                    QStringLiteral("1"), QStringLiteral("--oauth-code-ttl"), QStringLiteral("1")},
                                   &error);
    if (rules.isNull())
        qunsetenv("QT_LOGGING_RULES");
    else
        qputenv("QT_LOGGING_RULES", rules);
    QVERIFY2(started, qPrintable(error));
    const QString state = QStringLiteral("state-that-must-never-be-logged");
    const Pkce pkce = makePkce();
    const Reply auth = authorize(sim, authorizeParams(pkce, state));
    QCOMPARE(auth.status, 302);
    const QString unusedCode = locationValue(auth, QStringLiteral("code"));
    const QString code = codeFor(sim, pkce);
    const Reply tokens = exchange(sim, code, pkce);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access = str(tokens, "access_token");
    QCOMPARE(get(sim, QStringLiteral("/me"), access).status, 200);

    // The token lives one second: wait for the sim to refuse it, not for a fixed time.
    QTRY_COMPARE_WITH_TIMEOUT(get(sim, QStringLiteral("/me"), access).status, 401, 10000);
    const Reply expired = get(sim, QStringLiteral("/me"), access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(str(expired, "title"), QStringLiteral("Unauthorized"));
    QCOMPARE(str(expired, "detail"), QStringLiteral("The access token has expired"));
    const Reply lateCode = exchange(sim, unusedCode, pkce);
    QVERIFY_OAUTH_ERROR(lateCode, "access_denied");
    QVERIFY(str(lateCode, "error_description").contains(QStringLiteral("expired")));
    // Dev tokens never expire.
    QCOMPARE(get(sim, QStringLiteral("/me"), sim.managerToken()).status, 200);
    // The refresh token outlives the access token.
    const Reply refreshed = refresh(sim, str(tokens, "refresh_token"));
    QCOMPARE(refreshed.status, 200);
    const QString access2 = str(refreshed, "access_token");
    QCOMPARE(get(sim, QStringLiteral("/me"), access2).status, 200);
    // Signing out with the expired access token still revokes the sign-in.
    QCOMPARE(send("DELETE", sim, QStringLiteral("/oauth/token"), access).status, 204);
    QCOMPARE(str(get(sim, QStringLiteral("/me"), access2), "detail"), QStringLiteral("The access token has been revoked"));

    // The log has method, path and status of the OAuth requests, and none of their secrets.
    sim.stop();
    const QByteArray log = sim.standardError();
    for (const char *line : {"GET /oauth/authorize 302", "POST /oauth/token 200", "POST /oauth/token 400",
                             "DELETE /oauth/token 204", "GET /me 401"})
        QVERIFY2(log.contains(line), line);
    const QStringList secrets{state, pkce.verifier, pkce.challenge, code, unusedCode, access, access2,
                              str(tokens, "refresh_token"), str(refreshed, "refresh_token")};
    for (const QString &secret : secrets)
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(QStringLiteral("logged: ") + secret));
    QVERIFY(!log.contains("/oauth/authorize?"));
    QVERIFY(!log.contains("code_challenge"));
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains("qt.httpserver: Request"));
}

void TestNiagaraSim::oauthTokensSurviveRestart()
{
    SimProcess sim;
    QString error;
    // The first API write fails: the OAuth POSTs before it are not counted as writes.
    QVERIFY2(sim.start(QStringLiteral("empty"),
                       {QStringLiteral("--oauth-auto-approve"), QStringLiteral("--fail-writes"), QStringLiteral("1:503")},
                       &error),
             qPrintable(error));
    const Pkce pkce = makePkce();
    const Reply tokens = exchange(sim, codeFor(sim, pkce, QString::fromLatin1(TestSupport::kTechnicianEmail)), pkce);
    QCOMPARE(tokens.status, 200);
    const QString access = str(tokens, "access_token");
    const QJsonObject batch{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), kIpad500}}},
                            {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), kFastLane}}},
                            {QStringLiteral("number_cycles"), 3}};
    QCOMPARE(post(sim, QStringLiteral("/batches"), sim.managerToken(), batch).status, 503);

    QVERIFY2(sim.restart({QStringLiteral("--oauth-auto-approve")}, &error), qPrintable(error));
    const Reply me = get(sim, QStringLiteral("/me"), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(str(me, "email"), QString::fromLatin1(TestSupport::kTechnicianEmail));
    // The signed-in technician has the technician's permissions.
    QCOMPARE(post(sim, QStringLiteral("/batches"), access, batch).status, 403);
    const Reply refreshed = refresh(sim, str(tokens, "refresh_token"));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(get(sim, QStringLiteral("/me"), str(refreshed, "access_token")).status, 200);
}

// ------------------------------------------------------------------------ owner only

namespace {

// The permission bits of `path`, or -1 when it does not exist.
int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

// The process's first stdout line, or "" when it ends or stays silent for `timeoutMs`.
QByteArray firstLine(QProcess &process, int timeoutMs = 60000)
{
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    return out.left(out.indexOf('\n'));
}

} // namespace

void TestNiagaraSim::approvalNeedsTheSecret()
{
    const Pkce pkce = makePkce();
    const QByteArray url = m_oauth.baseUrl().toEncoded() + "/oauth/authorize?"
                           + encodeParams(authorizeParams(pkce, QStringLiteral("st")));
    auto authorizeWith = [&](const QList<std::pair<QByteArray, QByteArray>> &headers) {
        return TestSupport::httpCall(m_nam, "GET", QUrl::fromEncoded(url, QUrl::StrictMode), QString(), {}, {}, headers);
    };
    auto isRefusal = [](const Reply &r) {
        return r.status == 403 && r.contentType == "text/html; charset=utf-8" && r.location.isEmpty()
               && !r.body.contains("code=") && !r.body.contains("Sign in</button>");
    };
    const QByteArray secret = m_oauth.approvalSecret();
    QVERIFY(secret.size() >= 22);

    // Another local process that asks for the manager by login_hint: no secret, no code.
    const Reply none = authorizeWith({});
    QVERIFY2(isRefusal(none), qPrintable(QString::number(none.status) + QLatin1Char(' ') + QString::fromUtf8(none.body)));
    // A wrong one, one of the same length, the secret's prefix, or the header empty: the same.
    QByteArray flipped = secret;
    flipped[flipped.size() - 1] = flipped.back() == 'A' ? 'B' : 'A';
    for (const QByteArray &wrong : {flipped, secret.left(secret.size() - 1), QByteArray(), QByteArray(secret + 'x')})
        QVERIFY2(isRefusal(authorizeWith({{TestSupport::kApprovalHeader, wrong}})), wrong.constData());
    // The sign-in form is no way around it: posting "Sign in" without the secret gets no code.
    const Reply form = postForm(m_oauth, QStringLiteral("/oauth/authorize"),
                                authorizeParams(pkce, QStringLiteral("st"), QString())
                                    + Params{{QStringLiteral("login"), QString::fromLatin1(TestSupport::kManagerEmail)}});
    QVERIFY2(isRefusal(form), qPrintable(QString::number(form.status)));

    // The owner's request: approved at once.
    const Reply approved = authorizeWith(m_oauth.approvalHeaders());
    QCOMPARE(approved.status, 302);
    QVERIFY2(approved.location.startsWith(QByteArray(kRedirect.toLatin1() + "?code=")), approved.location.constData());
    QCOMPARE(exchange(m_oauth, locationValue(approved, QStringLiteral("code")), pkce).status, 200);
    // The secret is not logged.
    QVERIFY(!m_oauth.standardError().contains(secret));
}

void TestNiagaraSim::autoApproveWithoutSecretRefusesToStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QByteArray &input : {QByteArray(), QByteArray("short\n"), QByteArray("a secret with blanks in it\n")}) {
        QProcess sim;
        sim.setProgram(QStringLiteral(NIAGARA_SIM_PATH));
        sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                          dir.filePath(QStringLiteral("refused.sqlite")), QStringLiteral("--seed"),
                          QStringLiteral("empty"), QStringLiteral("--oauth-auto-approve")});
        sim.start();
        QVERIFY(sim.waitForStarted(10000));
        sim.write(input);
        sim.closeWriteChannel();
        QVERIFY2(sim.waitForFinished(30000), "niagara-sim started without an approval secret");
        QCOMPARE(sim.exitCode(), 1);
        QVERIFY(!sim.readAllStandardOutput().contains("listening on"));
        QVERIFY(sim.readAllStandardError().contains("approval secret"));
    }
}

void TestNiagaraSim::endsWhenStdinCloses()
{
    // The app that started the sim holds its stdin: when the app dies the pipe closes, and the
    // sim must end with it (cleanly, as on SIGTERM), not serve on without an owner.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess sim;
    sim.setProgram(QStringLiteral(NIAGARA_SIM_PATH));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                      dir.filePath(QStringLiteral("orphan.sqlite")), QStringLiteral("--seed"), QStringLiteral("empty"),
                      QStringLiteral("--oauth-auto-approve")});
    sim.start();
    QVERIFY(sim.waitForStarted(10000));
    sim.write("0123456789abcdefghijklmnopqrstuvwxyz\n");
    QVERIFY(firstLine(sim).startsWith("listening on "));
    // Nothing to wait for: the point is that the sim stays while its stdin is open.
    QTest::qWait(300);
    QCOMPARE(sim.state(), QProcess::Running); // the open pipe keeps it alive
    sim.closeWriteChannel();
    QVERIFY2(sim.waitForFinished(10000), "niagara-sim outlived the end of its stdin");
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
    const QByteArray err = sim.readAllStandardError();
    QVERIFY2(err.contains("stdin closed") && err.contains("stopped"), err.constData());
}

void TestNiagaraSim::filesAreOwnerOnly()
{
    // A new database: 0600, and so are its -wal and -shm files; the dev-token file too.
    QCOMPARE(fileMode(m_empty.databasePath()), 0600);
    for (const char *suffix : {"-wal", "-shm"}) {
        const int mode = fileMode(m_empty.databasePath() + QLatin1String(suffix));
        QVERIFY2(mode == -1 || mode == 0600, suffix);
    }
    QCOMPARE(fileMode(m_empty.databasePath() + QStringLiteral("-wal")), 0600); // WAL mode: it exists
    QCOMPARE(fileMode(m_empty.devTokensPath()), 0600);

    // An existing database readable by everyone is tightened, with its companions.
    SimProcess sim;
    QVERIFY(QFile(sim.databasePath()).open(QIODevice::WriteOnly));
    QVERIFY(QFile(sim.databasePath() + QStringLiteral("-wal")).open(QIODevice::WriteOnly));
    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(sim.databasePath(), open));
    QVERIFY(QFile::setPermissions(sim.databasePath() + QStringLiteral("-wal"), open));
    QCOMPARE(fileMode(sim.databasePath()), 0644);
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QCOMPARE(fileMode(sim.databasePath()), 0600);
    QCOMPARE(fileMode(sim.databasePath() + QStringLiteral("-wal")), 0600);
    QCOMPARE(get(sim, QStringLiteral("/me"), sim.managerToken()).status, 200);
}

void TestNiagaraSim::personalTokensStoredHashed()
{
    // The database file and its write-ahead log hold no personal token, only their SHA-256.
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QCOMPARE(sim.tokens().size(), 25);
    QCOMPARE(get(sim, QStringLiteral("/me"), sim.managerToken()).status, 200);
    auto contents = [&sim] {
        QByteArray bytes;
        for (const char *suffix : {"", "-wal"}) {
            QFile file(sim.databasePath() + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    };
    QByteArray stored = contents();
    QVERIFY(stored.size() > 0);
    int hashesFound = 0;
    for (const QString &token : sim.tokens()) {
        QVERIFY2(!stored.contains(token.toLatin1()), "a personal token is stored in plain text");
        hashesFound += stored.contains(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex())
                           ? 1 : 0;
    }
    QCOMPARE(hashesFound, 25);

    // Stopped (checkpointed into the main file) and started again: new tokens, still hashed,
    // and the old ones are gone for good.
    const QHash<QString, QString> before = sim.tokens();
    QVERIFY2(sim.restart({}, &error), qPrintable(error));
    sim.stop();
    stored = contents();
    for (const QString &token : before)
        QVERIFY(!stored.contains(token.toLatin1()));
    for (const QString &token : sim.tokens())
        QVERIFY(!stored.contains(token.toLatin1()));
}

void TestNiagaraSim::plainTextTokensOfAnOldDatabaseAreHashed()
{
    // A database from before hashing, as the demo workspace keeps one across app updates:
    // users.token in plain text. Started without --dev-tokens (as the demo is), the sim hashes
    // them in place (so a token handed out earlier still works) and none is left in the file.
    QByteArray plain = "old-plain-text-personal-token-";
    plain += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    SimProcess seeded;
    QString error;
    QVERIFY2(seeded.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    seeded.stop();
    const QString path = seeded.databasePath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE users SET token = ? WHERE email = ?")));
        q.addBindValue(QString::fromLatin1(plain));
        q.addBindValue(QString::fromLatin1(TestSupport::kManagerEmail));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto fileHolds = [&path](const QByteArray &needle) {
        for (const char *suffix : {"", "-wal"}) {
            QFile file(path + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    };
    QVERIFY(fileHolds(plain)); // the test's premise: an old database

    QProcess sim;
    sim.setProgram(QStringLiteral(NIAGARA_SIM_PATH));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"), path});
    sim.start();
    QVERIFY(sim.waitForStarted(10000));
    const QByteArray line = firstLine(sim);
    QVERIFY2(line.startsWith("listening on "), line.constData());
    const QUrl base(QString::fromLatin1(line.mid(qsizetype(sizeof("listening on ")) - 1)));
    const Reply me = sendRequest("GET", QUrl(base.toString() + QStringLiteral("/me")), QString::fromLatin1(plain), {}, {});
    QCOMPARE(me.status, 200);
    QCOMPARE(str(me, "email"), QString::fromLatin1(TestSupport::kManagerEmail));
    QVERIFY2(!fileHolds(plain), "the plain-text token is still in the database file");
    QVERIFY(fileHolds(QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex()));
    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
    QVERIFY(!fileHolds(plain));
}

// ------------------------------------------ A browser's proof of the approval secret (issue 15)

namespace {

// sim/README.md "--oauth-auto-approve": what the app puts in sim_approval for the user's browser.
QString approvalProof(const QByteArray &secret, const QString &redirectUri, const QString &state,
                      const QString &challenge, const QString &clientId = kClientId)
{
    const QByteArray message = (clientId + QLatin1Char('\n') + redirectUri + QLatin1Char('\n') + state
                                + QLatin1Char('\n') + challenge)
                                   .toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The page's hidden fields, as a browser submits them.
QList<QPair<QString, QString>> hiddenFields(const QByteArray &body)
{
    static const QRegularExpression hiddenInput(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QList<QPair<QString, QString>> fields;
    for (auto it = hiddenInput.globalMatch(QString::fromUtf8(body)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        fields.append({m.captured(1), unescapeHtml(m.captured(2))});
    }
    return fields;
}

// No code for anyone: the owner-only page, no redirect.
bool refusedWithoutCode(const Reply &r)
{
    return r.status == 403 && r.location.isEmpty() && !r.body.contains("code=") && !r.body.contains("Sign in</button>");
}

} // namespace

Reply TestNiagaraSim::browserGet(const SimProcess &sim, const Params &params)
{
    // A browser: no approval header, whatever the URL says.
    const QByteArray url = sim.baseUrl().toEncoded() + "/oauth/authorize?" + encodeParams(params);
    return TestSupport::httpCall(m_nam, "GET", QUrl::fromEncoded(url, QUrl::StrictMode), QString(), {}, {});
}

void TestNiagaraSim::proofOpensTheChooserForOneSignIn()
{
    const Pkce pkce = makePkce();
    const QString state = QStringLiteral("proof-state-1");
    const QString yuki = QStringLiteral("yuki.tanaka@demo.batchdesk.test");
    Params params = authorizeParams(pkce, state, QString());
    params.append({QStringLiteral("sim_approval"), approvalProof(m_oauth.approvalSecret(), kRedirect, state, pkce.challenge)});

    // The user's browser, without the header: the chooser, every seeded user, the proof carried
    // back in the form.
    const Reply page = browserGet(m_oauth, params);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
    QVERIFY(page.location.isEmpty());
    QCOMPARE(page.body.count(">Sign in</button>"), 25);
    QVERIFY(page.body.contains(QByteArray("value=\"" + yuki.toLatin1() + '"')));
    const Params fields = hiddenFields(page.body);
    QVERIFY(fields.contains(params.last()));
    // A login_hint with the proof only preselects: the browser's user still chooses.
    Params hinted = params;
    hinted.append({QStringLiteral("login_hint"), QString::fromLatin1(TestSupport::kManagerEmail)});
    const Reply preselected = browserGet(m_oauth, hinted);
    QCOMPARE(preselected.status, 200);
    QVERIFY(preselected.location.isEmpty());

    // "Sign in" as Yuki Tanaka (the page's form, posted back without any header): the code.
    const Reply approved =
        postForm(m_oauth, QStringLiteral("/oauth/authorize"), fields + Params{{QStringLiteral("login"), yuki}});
    QCOMPARE(approved.status, 302);
    QVERIFY2(approved.location.startsWith(QByteArray(kRedirect.toLatin1() + "?code=")), approved.location.constData());
    QCOMPARE(locationValue(approved, QStringLiteral("state")), state);
    const Reply tokens = exchange(m_oauth, locationValue(approved, QStringLiteral("code")), pkce);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(str(get(m_oauth, QStringLiteral("/me"), str(tokens, "access_token")), "email"), yuki);

    // Replayed after its code was issued: no page, no second code (GET or form alike).
    QVERIFY(refusedWithoutCode(browserGet(m_oauth, params)));
    QVERIFY(refusedWithoutCode(
        postForm(m_oauth, QStringLiteral("/oauth/authorize"), fields + Params{{QStringLiteral("login"), yuki}})));
    // The owner's header still works for a new request.
    QCOMPARE(codeFor(m_oauth, makePkce()).isEmpty(), false);
    // Not logged.
    QVERIFY(!m_oauth.standardError().contains(params.last().second.toLatin1()));
}

void TestNiagaraSim::proofIsBoundToItsRequest_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("wrong proof") << QStringLiteral("wrong");
    QTest::newRow("proof for another state") << QStringLiteral("state");
    QTest::newRow("proof for another redirect") << QStringLiteral("redirect");
    QTest::newRow("proof for another challenge") << QStringLiteral("challenge");
    QTest::newRow("proof made with another secret") << QStringLiteral("secret");
    QTest::newRow("empty proof") << QStringLiteral("empty");
}

void TestNiagaraSim::proofIsBoundToItsRequest()
{
    QFETCH(QString, what);
    const Pkce pkce = makePkce();
    const QString state = QStringLiteral("bound-state");
    const QString redirect = QStringLiteral("http://127.0.0.1:49153/other");
    const QByteArray secret = m_oauth.approvalSecret();
    QString proof = approvalProof(secret, kRedirect, state, pkce.challenge);
    if (what == QLatin1String("wrong"))
        proof[proof.size() - 1] = proof.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    else if (what == QLatin1String("state"))
        proof = approvalProof(secret, kRedirect, QStringLiteral("another-state"), pkce.challenge);
    else if (what == QLatin1String("redirect"))
        proof = approvalProof(secret, redirect, state, pkce.challenge);
    else if (what == QLatin1String("challenge"))
        proof = approvalProof(secret, kRedirect, state, makePkce().challenge);
    else if (what == QLatin1String("secret"))
        proof = approvalProof(QByteArray(secret).replace(0, 1, secret.at(0) == 'a' ? "b" : "a"), kRedirect, state,
                              pkce.challenge);
    else if (what == QLatin1String("empty"))
        proof = QStringLiteral("");
    Params params = authorizeParams(pkce, state, QString());
    params.append({QStringLiteral("sim_approval"), proof});

    const Reply page = browserGet(m_oauth, params);
    QVERIFY2(refusedWithoutCode(page), qPrintable(QString::number(page.status)));
    // Nor can the form be posted with it, by any user.
    const Reply form = postForm(m_oauth, QStringLiteral("/oauth/authorize"),
                                params + Params{{QStringLiteral("login"), QString::fromLatin1(TestSupport::kManagerEmail)}});
    QVERIFY2(refusedWithoutCode(form), qPrintable(QString::number(form.status)));
}

QTEST_GUILESS_MAIN(TestNiagaraSim)
#include "tst_niagarasim.moc"
