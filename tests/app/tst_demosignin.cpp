// The desktop app's start-up wiring (DemoWorkspace, SignInBrowser, WorkspaceConnector) over a
// real Session: the demo workspace is a saved server that signs in through the same OAuth code
// path as any other (niagara-sim with --oauth-auto-approve, the authorization URL answered by
// a GET instead of a browser); its saved address follows the port of each run; no secret
// reaches the settings file or the sim's command line, and the sim does not inherit
// NIAGARA_TOKEN; --server selects or saves a profile (https rule); a real server with nothing
// saved asks the user instead of starting the demo.

#include "app/gui/demoworkspace.h"
#include "app/gui/signinbrowser.h"
#include "app/gui/workspaceconnector.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/session/session.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using BatchDesk::Session;
using BatchDesk::App::DemoWorkspace;
using BatchDesk::App::SignInBrowser;
using BatchDesk::App::WorkspaceConnector;

namespace {

constexpr int kTimeoutMs = 120000;
constexpr char kCanary[] = "niagara-token-canary-4f1c";

// One run of the app's start-up: network, client, keychain store, session, demo, browser.
struct AppRun
{
    AppRun(const QString &settingsPath, const QString &databasePath)
        : settings(settingsPath, QSettings::IniFormat)
    {
        demo.setDatabasePath(databasePath);
    }

    QSettings settings;
    QNetworkAccessManager network;
    Niagara::NiagaraClient client{&network};
    Niagara::CredentialStore credentials;
    Session session{&network, &client, &credentials, &settings};
    DemoWorkspace demo;
    SignInBrowser browser{&network, &session};
    WorkspaceConnector connector{&session, &demo};
};

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemoSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSignsInThroughOAuthAndFollowsItsPort();
    void serverArgumentSelectsOrSavesAProfile();
    void realServerWithoutSignInAsksTheUser();

private:
    QTemporaryDir m_dir;
};

void TestDemoSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!DemoWorkspace::findSimulator().isEmpty(), "niagara-sim not found");
    // The user's own token, set for the CLI: the demo server must not see it.
    qputenv("NIAGARA_TOKEN", kCanary);
}

void TestDemoSignIn::demoSignsInThroughOAuthAndFollowsItsPort()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("demo.ini"));
    const QString database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString demoId;
    QUrl firstUrl;
    bool keychainWorked = false;
    {
        AppRun run(settingsPath, database);
        QSignalSpy authorize(&run.session, &Session::authorizeUrl);
        QSignalSpy asked(&run.connector, &WorkspaceConnector::signInNeeded);
        QSignalSpy browserFailed(&run.browser, &SignInBrowser::failed);
        run.connector.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
        QVERIFY(browserFailed.isEmpty());
        QVERIFY(asked.isEmpty());

        // A saved server like any other, marked as the demo, at this run's address.
        const auto demo = run.session.currentProfile();
        QVERIFY(demo);
        QVERIFY(demo->demo);
        QCOMPARE(demo->baseUrl, run.demo.baseUrl());
        QCOMPARE(run.client.baseUrl(), run.demo.baseUrl());
        demoId = demo->id;
        firstUrl = demo->baseUrl;

        // Signed in through the OAuth code flow (PKCE), as the seeded production manager.
        QCOMPARE(authorize.count(), 1);
        const QUrlQuery query(authorize.constFirst().constFirst().toUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("batchdesk-desktop"));
        QCOMPARE(run.session.credentials().kind, Niagara::Credentials::Kind::OAuth);
        QVERIFY(!run.session.credentials().refreshToken.isEmpty());
        QCOMPARE(run.session.user().email, QString::fromLatin1(SignInBrowser::kDemoUserEmail));

        // No secret on the sim's command line or in its environment.
        const qint64 pid = run.demo.processId();
        QVERIFY(pid > 0);
        const QByteArray cmdline = readProcFile(pid, "cmdline");
        QVERIFY(cmdline.contains("--oauth-auto-approve"));
        QVERIFY(!cmdline.contains("--dev-tokens"));
        QVERIFY(!cmdline.contains(run.session.credentials().accessToken.toUtf8()));
        const QByteArray environment = readProcFile(pid, "environ");
        QVERIFY(!environment.isEmpty());
        QVERIFY(!environment.contains("NIAGARA_TOKEN"));
        QVERIFY(!environment.contains(kCanary));

        // Nor in the settings: the server and who signed in, nothing else.
        run.settings.sync();
        const QByteArray saved = readFile(settingsPath);
        QVERIFY(saved.contains(firstUrl.toString().toUtf8()));
        QVERIFY(saved.contains("dana.whitfield@demo.batchdesk.test"));
        QVERIFY(!saved.contains(run.session.credentials().accessToken.toUtf8()));
        QVERIFY(!saved.contains(run.session.credentials().refreshToken.toUtf8()));
        QVERIFY(!saved.contains(kCanary));
        QTest::qWait(500); // the keychain's answer to the write, if there is a keychain
        keychainWorked = run.session.keychainAvailable();
    }

    // The next start: the same saved demo server, at the new run's port, signed in again
    // (restored from the keychain when there is one, through OAuth otherwise). The demo
    // database is the same, so the saved tokens are still good there.
    AppRun run(settingsPath, database);
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    // With a keychain: restored, no sign-in flow at all; without: signed in again by itself.
    QCOMPARE(authorize.count(), keychainWorked ? 0 : 1);
    QCOMPARE(run.session.currentProfile()->id, demoId);
    QCOMPARE(run.session.currentProfile()->baseUrl, run.demo.baseUrl());
    QCOMPARE(run.client.baseUrl(), run.demo.baseUrl());
    int demoProfiles = 0;
    for (const Niagara::ServerProfile &p : run.session.directory().profiles())
        demoProfiles += p.demo ? 1 : 0;
    QCOMPARE(demoProfiles, 1);
    // Signing out leaves nobody to restore.
    run.session.signOut();
    QTest::qWait(500);
    QVERIFY(run.session.directory().lastUser(demoId).isEmpty());
}

void TestDemoSignIn::serverArgumentSelectsOrSavesAProfile()
{
    AppRun run(m_dir.filePath(QStringLiteral("server.ini")), m_dir.filePath(QStringLiteral("unused.sqlite")));
    const QUrl url(QStringLiteral("https://niagara.example.com"));
    QVERIFY(!run.connector.useServer(url));
    const QString id = run.session.directory().currentId();
    const auto saved = run.session.directory().profile(id);
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, url);
    QCOMPARE(saved->name, QStringLiteral("niagara.example.com"));
    QVERIFY(!saved->demo);

    // The same address again: the same profile, not a second one.
    QVERIFY(!run.connector.useServer(QUrl(QStringLiteral("https://niagara.example.com/"))));
    QCOMPARE(run.session.directory().currentId(), id);
    QCOMPARE(run.session.directory().profiles().size(), 1);

    // Plain http to another machine: refused, nothing saved, the current server unchanged.
    const std::optional<QString> refused = run.connector.useServer(QUrl(QStringLiteral("http://niagara.example.com:8080")));
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("https")), qPrintable(*refused));
    QCOMPARE(run.session.directory().profiles().size(), 1);
    QCOMPARE(run.session.directory().currentId(), id);
}

void TestDemoSignIn::realServerWithoutSignInAsksTheUser()
{
    AppRun run(m_dir.filePath(QStringLiteral("real.ini")), m_dir.filePath(QStringLiteral("unused2.sqlite")));
    QVERIFY(!run.connector.useServer(QUrl(QStringLiteral("http://127.0.0.1:9"))));
    QSignalSpy asked(&run.connector, &WorkspaceConnector::signInNeeded);
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kTimeoutMs);
    QCOMPARE(run.session.state(), Session::State::SignedOut);
    QVERIFY(authorize.isEmpty()); // nobody opens a browser unasked
    QVERIFY(!run.demo.isRunning()); // the demo's server is not started for nothing
}

QTEST_MAIN(TestDemoSignIn)
#include "tst_demosignin.moc"
