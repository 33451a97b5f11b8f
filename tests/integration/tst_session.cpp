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
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/session/session.h"

#include <QFile>
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

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private:
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

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
