// Sign-in end to end against niagara-sim's OAuth endpoints over 127.0.0.1, with the real
// keychain (scripts/test.sh runs the suite inside a session bus with an unlocked keyring).
// The test plays the browser: it GETs the authorization URL through a QNetworkAccessManager,
// and the sim (with --oauth-auto-approve) redirects to the loopback handler. Covered: sign-in,
// a restart without signing in again, sign-out leaving no secret, renewal ahead of expiry,
// renewal on a 401 in the middle of a paged load (no page lost or repeated), a refused renewal
// asking to sign in again, personal tokens checked before saving, a forged callback state,
// a token endpoint's refusal, and no token in the settings file or the log output.

#include "client/auth/credentialstore.h"
#include "client/auth/oauthsignin.h"
#include "client/niagaraclient.h"
#include "common/httpcall.h"
#include "common/scriptedserver.h"
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/session/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>


using namespace BatchDesk;
using namespace Niagara;
using TestSupport::SimProcess;

namespace {

const QString kDana = QString::fromLatin1(TestSupport::kManagerEmail);

// Everything logged while the test runs, to look for secrets in it.
QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, message);
}

CredentialStore::Result readKeychain(CredentialStore &store, const QString &key)
{
    std::optional<CredentialStore::Result> result;
    store.read(key, &store, [&result](CredentialStore::Result r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("keychain read did not finish");
    return *result;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BATCHDESK_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// A HAL page as the batches contract pages (limit, opaque offset, _embedded).
QByteArray halPage(const QString &key, const QJsonArray &items, const QString &next)
{
    return QJsonDocument(QJsonObject{{u"total_count"_qs, 99},
                                     {u"limit"_qs, 100},
                                     {u"offset"_qs, next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
                                     {u"_embedded"_qs, QJsonObject{{key, items}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject roleJson(const QString &id, const QStringList &grants)
{
    QJsonArray g;
    for (const QString &permission : grants)
        g.append(QJsonObject{{u"permission"_qs, permission}, {u"label"_qs, permission}, {u"match_location"_qs, false}});
    return QJsonObject{{u"role_id"_qs, id},
                       {u"label"_qs, id},
                       {u"created"_qs, u"2020-01-09T22:12:03.000Z"_qs},
                       {u"updated"_qs, u"2020-01-09T22:12:03.000Z"_qs},
                       {u"total_users"_qs, 2},
                       {u"grants"_qs, g}};
}

QJsonObject userJson(const QString &id)
{
    return QJsonObject{{u"user_id"_qs, id}, {u"email"_qs, QString(id + u"@niagara.test"_qs)}};
}

// What the permissions were when signedIn was emitted (the board enables its actions then).
struct GrantsAtSignIn
{
    int signIns = 0;
    std::optional<QSet<QString>> granted;
};

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private:
    // A new session signed in with a personal token to a scripted server; `at` is what the
    // session knew of the grants when it said signedIn.
    bool signInToScripted(const QUrl &baseUrl, GrantsAtSignIn &at)
    {
        newSession();
        ServerProfile p;
        p.id = u"scripted"_qs;
        p.name = u"Scripted"_qs;
        p.baseUrl = baseUrl;
        if (m_session->saveProfile(p))
            return false;
        m_profileId = p.id;
        m_session->switchTo(p.id);
        connect(m_session.get(), &Session::signedIn, this, [&at, this] {
            ++at.signIns;
            at.granted = m_session->permissions()->granted();
        });
        m_session->usePersonalToken(u"scripted-token"_qs);
        return QTest::qWaitFor([&at] { return at.signIns == 1; }, 30000);
    }
    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager m_nam;   // the app's
    QNetworkAccessManager m_browser; // the "browser"
    CredentialStore m_store;
    std::unique_ptr<NiagaraClient> m_client;
    std::unique_ptr<Session> m_session;
    QString m_profileId;
    int m_browserVisits = 0;

    bool startSim(const QString &seed, const QStringList &args = {})
    {
        m_sim = std::make_unique<SimProcess>();
        QString error;
        if (!m_sim->start(seed, QStringList{u"--oauth-auto-approve"_qs} + args, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // A fresh client and session over the same settings and keychain: an app restart.
    void newSession()
    {
        m_session.reset();
        m_client = std::make_unique<NiagaraClient>(&m_nam);
        m_session = std::make_unique<Session>(&m_nam, m_client.get(), &m_store, m_settings.get());
        m_session->setSignInTimeout(std::chrono::seconds(20));
        connect(m_session.get(), &Session::authorizeUrl, this, [this](const QUrl &url) {
            ++m_browserVisits;
            QNetworkRequest request(url); // with the approval secret of the sim, as the app's demo does
            request.setRawHeader(TestSupport::kApprovalHeader, SimProcess::approvalSecretFor(url));
            QNetworkReply *reply = m_browser.get(request); // follows the 302 to the app
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    }

    bool addServer()
    {
        ServerProfile p;
        p.name = u"Local sim"_qs;
        p.baseUrl = m_sim->baseUrl();
        p.id = u"local-sim"_qs;
        if (auto refused = m_session->saveProfile(p)) {
            qWarning("%s", qPrintable(*refused));
            return false;
        }
        m_profileId = p.id;
        m_session->switchTo(p.id);
        return true;
    }

    bool signIn()
    {
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signInWithBrowser(kDana);
        return QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 30000);
    }

    int meStatus(const QString &token)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/me"_qs);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_browser.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer");
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // Arms the sim's fault profile (--test-admin; `spec` as --faults, empty: none).
    bool armFaults(const QString &spec)
    {
        const TestSupport::HttpReply reply = TestSupport::httpCall(
            m_browser, "PUT", QUrl(m_sim->baseUrl().toString() + u"/_sim/faults"_qs), QString(),
            QJsonDocument(QJsonObject{{u"faults"_qs, spec}}).toJson(QJsonDocument::Compact));
        return reply.status == 200 || reply.status == 204;
    }

    QString keyFor(const QString &email) const { return CredentialStore::entryKey(m_profileId, email); }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_qs);
        g_previous = qInstallMessageHandler(capture);
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QUuid::createUuid().toString() + u".ini"_qs),
                                                 QSettings::IniFormat);
        m_browserVisits = 0;
    }

    void cleanup()
    {
        if (m_session && m_session->state() == Session::State::SignedIn)
            m_session->signOut();
        m_session.reset();
        m_client.reset();
        m_sim.reset();
    }

    void signInRestartAndSignOut()
    {
        QVERIFY(startSim(u"empty"_qs));
        newSession();
        QVERIFY(addServer());
        QCOMPARE(m_session->state(), Session::State::SignedOut);
        QVERIFY(signIn());
        QCOMPARE(m_browserVisits, 1);
        QCOMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->user().email, kDana);
        const Credentials first = m_session->credentials();
        QVERIFY(first.canRefresh());
        QVERIFY(first.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(meStatus(first.accessToken), 200);
        const auto saved = readKeychain(m_store, keyFor(kDana));
        QCOMPARE(saved.status, CredentialStore::Status::Ok);
        QCOMPARE(saved.credentials->accessToken, first.accessToken);

        // Restart: the new session is signed in from the keychain, no browser.
        newSession();
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->restore();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        QCOMPARE(m_browserVisits, 1);
        QCOMPARE(m_session->user().email, kDana);
        const auto me = [&] {
            std::optional<Outcome<Me>> out;
            m_client->getMe(this, [&out](Outcome<Me> o) { out = std::move(o); });
            return QTest::qWaitFor([&] { return out.has_value(); }, 30000) && out->ok();
        };
        QVERIFY(me());

        // Sign out: revoked on the server, gone from the keychain and from memory.
        const Credentials current = m_session->credentials();
        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        m_session->signOut();
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(m_session->state(), Session::State::SignedOut);
        QVERIFY(!m_session->credentials().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(meStatus(current.accessToken), 401, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(m_store, keyFor(kDana)).status, CredentialStore::Status::NotFound, 10000);

        // Nothing secret in the settings file or the log.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("local-sim")); // the file is the one the session wrote
        for (const Credentials &c : {first, current}) {
            for (const QString &secret : {c.accessToken, c.refreshToken}) {
                QVERIFY(!secret.isEmpty());
                QVERIFY2(!settings.contains(secret.toUtf8()), "a token in the settings file");
                QVERIFY2(!g_log.contains(secret.toUtf8()), "a token in the log output");
            }
        }
        QVERIFY(g_log.contains("tokens received from")); // logging did run, and at debug level
    }

    void renewsAheadOfExpiry()
    {
        QVERIFY(startSim(u"empty"_qs, {u"--token-ttl"_qs, u"2"_qs}));
        newSession();
        QVERIFY(addServer());
        QVERIFY(signIn());
        const QString before = m_session->credentials().accessToken;
        QSignalSpy renewed(m_session.get(), &Session::tokenRenewed);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() >= 1, 10000);
        QVERIFY(m_session->credentials().accessToken != before);
        QCOMPARE(meStatus(m_session->credentials().accessToken), 200);
        // The keychain follows the renewed token.
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(m_store, keyFor(kDana)).credentials->accessToken,
                                  m_session->credentials().accessToken, 10000);
    }

    void renewsOn401DuringAPagedLoad()
    {
        QVERIFY(startSim(u"demo"_qs, {u"--test-admin"_qs}));
        newSession();
        m_session->setRenewAhead(false); // only the 401 may renew here
        QVERIFY(addServer());
        QVERIFY(signIn());
        BatchStore store;
        store.setClient(m_client.get());
        store.setPageSize(100);
        QSignalSpy renewed(m_session.get(), &Session::tokenRenewed);
        QSignalSpy finished(&store, &BatchStore::loadFinished);
        QSignalSpy failed(&store, &BatchStore::loadFailed);
        QSignalSpy progress(&store, &BatchStore::loadProgress);
        // After the first page the access token expires at the server (its `expire` fault, for
        // every request), so a later page meets a 401; the renewed token must live, so the fault
        // is disarmed as soon as the renewal succeeded, before the refused page goes again.
        bool armed = false;
        bool disarmed = false;
        connect(&store, &BatchStore::loadProgress, this, [&](qint64 received, qint64) {
            if (!armed && received > 0)
                armed = armFaults(u"expire=1"_qs);
        });
        connect(m_session.get(), &Session::tokenRenewed, this, [&] { disarmed = armFaults(QString()); });
        store.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY(failed.isEmpty());
        QVERIFY(armed);
        QVERIFY(disarmed);
        QCOMPARE(renewed.count(), 1);
        QCOMPARE(store.size(), store.serverTotal());
        QCOMPARE(store.size(), 1200);
        // Every item arrived exactly once: no page lost, none fetched twice.
        QCOMPARE(progress.last().at(0).toLongLong(), 1200);
        QCOMPARE(progress.last().at(1).toLongLong(), 1200);
    }

    void refusedRenewalAsksToSignInAgain()
    {
        QVERIFY(startSim(u"empty"_qs));
        newSession();
        m_session->setRenewAhead(false);
        QVERIFY(addServer());
        QVERIFY(signIn());
        // Someone revokes the sign-in elsewhere (access and refresh token).
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/oauth/token"_qs);
        QNetworkRequest revoke(url);
        revoke.setRawHeader("Authorization", "Bearer " + m_session->credentials().accessToken.toUtf8());
        QNetworkReply *reply = m_browser.deleteResource(revoke);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();

        QSignalSpy messages(m_session.get(), &Session::message);
        std::optional<Outcome<Me>> me;
        m_client->getMe(this, [&me](Outcome<Me> o) { me = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 30000);
        QCOMPARE(me->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(m_session->state(), Session::State::SignInRequired);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(u"Sign in again"), qPrintable(messages.last().first().toString()));
        // Signing in again picks up the same user; the board was never cleared by the session.
        QVERIFY(signIn());
        QCOMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->user().email, kDana);
    }

    void personalTokenIsCheckedBeforeSaving()
    {
        QVERIFY(startSim(u"empty"_qs));
        newSession();
        QVERIFY(addServer());
        QSignalSpy messages(m_session.get(), &Session::message);
        m_session->usePersonalToken(u"not-a-token"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 30000);
        QVERIFY2(messages.last().first().toString().contains(u"not accepted"), qPrintable(messages.last().first().toString()));
        QCOMPARE(m_session->state(), Session::State::SignedOut);
        QCOMPARE(readKeychain(m_store, keyFor(QString())).status, CredentialStore::Status::NotFound);

        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->usePersonalToken(u"  "_qs + m_sim->managerToken() + u"\n"_qs); // pasted with blanks
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        QCOMPARE(m_session->credentials().kind, Credentials::Kind::PersonalToken);
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(m_store, keyFor(kDana)).status, CredentialStore::Status::Ok, 10000);
        QCOMPARE(readKeychain(m_store, keyFor(kDana)).credentials->accessToken, m_sim->managerToken());
    }

    void forgedCallbackStateIsIgnored()
    {
        QVERIFY(startSim(u"empty"_qs));
        ServerProfile profile;
        profile.baseUrl = m_sim->baseUrl();
        OAuthSignIn signIn(&m_nam, profile);
        signIn.setTimeout(std::chrono::seconds(3));
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        connect(&signIn, &OAuthSignIn::authorizeUrl, this, [this](const QUrl &url) {
            // Another page calls the loopback handler with a code and a state of its own.
            const QUrlQuery query(url);
            QUrl callback(query.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
            QVERIFY(!query.queryItemValue(u"state"_qs).isEmpty());
            QCOMPARE(query.queryItemValue(u"code_challenge_method"_qs), u"S256"_qs);
            QCOMPARE(callback.host(), u"127.0.0.1"_qs);
            callback.setQuery(u"code=stolen&state=forged"_qs);
            QNetworkReply *reply = m_browser.get(QNetworkRequest(callback));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(succeeded.count(), 0);
        QVERIFY2(failed.first().first().toString().contains(u"too long"), qPrintable(failed.first().first().toString()));
    }

    void tokenEndpointRefusalIsReported()
    {
        QVERIFY(startSim(u"empty"_qs));
        ServerProfile profile;
        profile.baseUrl = m_sim->baseUrl();
        OAuthSignIn renewal(&m_nam, profile);
        QSignalSpy failed(&renewal, &OAuthSignIn::failed);
        QSignalSpy succeeded(&renewal, &OAuthSignIn::succeeded);
        renewal.refresh(u"no-such-refresh-token"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(succeeded.count(), 0);
        QVERIFY2(failed.first().first().toString().contains(u"refused"), qPrintable(failed.first().first().toString()));
    }

    // The grants come from the server's roles (GET /roles, then each role's users), settled
    // before signedIn: a manager may Split, Assign and Delete; a technician may not, and is told
    // which permission is missing.
    void grantsComeFromTheServersRoles()
    {
        QVERIFY(startSim(u"empty"_qs));
        newSession();
        QVERIFY(addServer());
        GrantsAtSignIn at;
        connect(m_session.get(), &Session::signedIn, this, [&at, this] {
            ++at.signIns;
            at.granted = m_session->permissions()->granted();
        });
        const Permissions *permissions = m_session->permissions();
        const QList<PlanningAction> actions{PlanningAction::Split, PlanningAction::Assign, PlanningAction::Delete};

        m_session->usePersonalToken(m_sim->managerToken());
        QTRY_COMPARE_WITH_TIMEOUT(at.signIns, 1, 30000);
        QCOMPARE(m_session->user().email, kDana);
        QVERIFY(at.granted);
        QVERIFY(at.granted->contains(u"batch:create"_qs));
        QVERIFY(at.granted->contains(u"batch:detach"_qs));
        for (const PlanningAction action : actions)
            QVERIFY2(permissions->may(action, u"q-any"_qs), qPrintable(permissions->reasonIfNot(action, u"q-any"_qs)));

        m_session->usePersonalToken(m_sim->technicianToken());
        QTRY_COMPARE_WITH_TIMEOUT(at.signIns, 2, 30000);
        QCOMPARE(m_session->user().email, QString::fromLatin1(TestSupport::kTechnicianEmail));
        // The technician role's batch:read and queue:read (who works which queue), and what they
        // imply; nothing to write with.
        QCOMPARE(at.granted,
                 std::optional(Permissions::expandGrants({u"batch:read"_qs, u"queue:read"_qs, u"me:profile"_qs})));
        const QStringList missing{u"batch:create"_qs, u"batch:attach"_qs, u"batch:delete"_qs};
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QVERIFY(!permissions->may(actions.at(i), u"q-any"_qs));
            const QString why = permissions->reasonIfNot(actions.at(i), u"q-any"_qs);
            QVERIFY2(why.contains(missing.at(i)) && why.contains(u"does not allow"), qPrintable(why));
        }
    }

    // A server without /roles (the seed revision: 404, or 405) or one refusing them (403):
    // the grants stay unknown — nothing refused up front, nothing guessed from other lists.
    void noRolesLeavesGrantsUnknown_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404 (seed revision)") << 404;
        QTest::newRow("405") << 405;
        QTest::newRow("403") << 403;
    }

    void noRolesLeavesGrantsUnknown()
    {
        QFETCH(int, status);
        TestSupport::ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray me = fixture("me.json");
        server.setResponder([&](const TestSupport::RecordedRequest &request) {
            if (request.target == "/me")
                return TestSupport::ScriptedAction::json(200, me);
            if (request.target.startsWith("/roles"))
                return TestSupport::ScriptedAction::problem(
                    status, QJsonDocument(QJsonObject{{u"title"_qs, u"No"_qs}, {u"status"_qs, status}}).toJson());
            return TestSupport::ScriptedAction::respond(500, "not scripted");
        });
        GrantsAtSignIn at;
        at.granted = QSet<QString>{u"stale"_qs}; // what no sign-in may leave behind
        QVERIFY(signInToScripted(server.baseUrl(), at));
        QCOMPARE(m_session->user().id, u"u-7f3a2c"_qs);
        QCOMPARE(at.granted, std::nullopt);
        for (const PlanningAction action : {PlanningAction::Split, PlanningAction::Assign, PlanningAction::Delete})
            QVERIFY(m_session->permissions()->may(action, u"q-any"_qs));
        QStringList asked;
        for (const auto &request : server.requests())
            asked << QString::fromLatin1(request.target);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0), u"/me"_qs);
        QVERIFY2(asked.at(1).startsWith(u"/roles?"_qs), qPrintable(asked.join(u' ')));
    }

    // Roles and a role's users are paged: the user's role is found on a later page of a later
    // role page, its grants expanded (batch:create grants attach and delete), and the role's
    // remaining users are not fetched.
    void userFoundOnALaterPageOfTheirRole()
    {
        TestSupport::ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray me = fixture("me.json"); // u-7f3a2c
        const QHash<QByteArray, QByteArray> answers{
            {"/roles", halPage(u"nter:roles"_qs, {roleJson(u"viewer"_qs, {u"batch:read"_qs})}, u"r2"_qs)},
            {"/roles?offset=r2", halPage(u"nter:roles"_qs, {roleJson(u"planner"_qs, {u"batch:create"_qs})}, {})},
            {"/roles/viewer/users", halPage(u"nter:users"_qs, {userJson(u"u-other"_qs)}, {})},
            {"/roles/planner/users", halPage(u"nter:users"_qs, {userJson(u"u-other"_qs)}, u"p2"_qs)},
            {"/roles/planner/users?offset=p2",
             halPage(u"nter:users"_qs, {userJson(u"u-third"_qs), userJson(u"u-7f3a2c"_qs)}, u"p3"_qs)},
        };
        server.setResponder([&](const TestSupport::RecordedRequest &request) {
            if (request.target == "/me")
                return TestSupport::ScriptedAction::json(200, me);
            // The page size is the client's business; the cursor is what matters here.
            QUrl url(QString::fromLatin1(request.target));
            QUrlQuery query(url);
            query.removeAllQueryItems(u"limit"_qs);
            url.setQuery(query);
            const auto it = answers.constFind(url.toEncoded());
            if (it != answers.cend())
                return TestSupport::ScriptedAction::json(200, *it);
            return TestSupport::ScriptedAction::respond(500, "not scripted");
        });
        GrantsAtSignIn at;
        QVERIFY(signInToScripted(server.baseUrl(), at));
        QCOMPARE(at.granted, std::optional(Permissions::expandGrants({u"batch:create"_qs})));
        for (const PlanningAction action : {PlanningAction::Split, PlanningAction::Assign, PlanningAction::Delete})
            QVERIFY(m_session->permissions()->may(action, u"q-any"_qs));
        QStringList asked;
        for (const auto &request : server.requests())
            asked << QString::fromLatin1(request.target);
        QVERIFY2(asked.filter(u"offset=p2"_qs).size() == 1, qPrintable(asked.join(u' ')));
        QVERIFY2(asked.filter(u"offset=p3"_qs).isEmpty(), qPrintable(asked.join(u' ')));
        QVERIFY2(asked.filter(u"/roles/viewer/users"_qs).size() == 1, qPrintable(asked.join(u' ')));
        QCOMPARE(asked.size(), 6);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
