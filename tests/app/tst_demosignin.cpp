// The desktop app's start-up wiring (DemoWorkspace, SignInBrowser, WorkspaceConnector) over a
// real Session: the demo workspace is a saved server that signs in through the same OAuth code
// path as any other (niagara-sim with --oauth-auto-approve, the authorization URL answered by
// a GET instead of a browser); its saved address follows the port of each run; no secret
// reaches the settings file or the sim's command line, and the sim does not inherit
// NIAGARA_TOKEN; --server selects or saves a profile (https rule); a real server with nothing
// saved asks the user instead of starting the demo. The demo belongs to its user: its folder
// 0700 and database 0600, the sim's approval secret reaches it on stdin only and nobody without
// it gets a code, and the sim ends when the real app is SIGKILLed. A sign-in the user starts on
// the demo opens the sim's own chooser in the user's browser (with a proof of the secret bound
// to the request, no login_hint), and --demo-user (SignInBrowser::setDemoUser) picks who the
// demo signs in as by itself; an unknown one ends in a message, not a sign-in.

#include "app/gui/demoworkspace.h"
#include "app/gui/signinbrowser.h"
#include "app/gui/workspaceconnector.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/session/session.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using BatchDesk::Session;
using BatchDesk::App::DemoWorkspace;
using BatchDesk::App::SignInBrowser;
using BatchDesk::App::WorkspaceConnector;

namespace {

constexpr int kTimeoutMs = 120000;
constexpr int kKeychainTimeoutMs = 20000; // a keychain answers in milliseconds
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
    SignInBrowser browser{&network, &session, &demo};
    WorkspaceConnector connector{&session, &demo, &browser};
};

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One keychain read, waited for.
Niagara::CredentialStore::Result readEntry(Niagara::CredentialStore &store, const QString &key)
{
    std::optional<Niagara::CredentialStore::Result> result;
    QObject context;
    store.read(key, &context, [&result](Niagara::CredentialStore::Result r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("the keychain did not answer");
    return *result;
}

// Stands in for the user's web browser: QDesktopServices hands it every http URL it is to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

constexpr char kYukiEmail[] = "yuki.tanaka@demo.batchdesk.test"; // a technician (sim/README.md)

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
    void demoBelongsToItsUser();
    void simEndsWhenTheAppIsKilled();
    void userSignInOpensTheSimsChooser();
    void demoUserChoosesWhoTheDemoIs();

private:
    QTemporaryDir m_dir;
    // Which world this registration runs in (tests/app/CMakeLists.txt): with a keychain or without.
    bool m_expectKeychain = true;
};

void TestDemoSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!DemoWorkspace::findSimulator().isEmpty(), "niagara-sim not found");
    const QByteArray world = qgetenv("BATCHDESK_TEST_EXPECT_KEYCHAIN");
    QVERIFY2(world == "1" || world == "0", "BATCHDESK_TEST_EXPECT_KEYCHAIN must be 1 or 0 (see CMakeLists.txt)");
    m_expectKeychain = world == "1";
    // The user's own token, set for the CLI: the demo server must not see it.
    qputenv("NIAGARA_TOKEN", kCanary);
}

void TestDemoSignIn::demoSignsInThroughOAuthAndFollowsItsPort()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("demo.ini"));
    const QString database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString demoId;
    QUrl firstUrl;
    QString entryKey;
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
        // The keychain's answer to the write: the entry saved (read back), or refused in the
        // world without a keychain. Either way the world must be the expected one.
        entryKey = Niagara::CredentialStore::entryKey(demoId, run.session.credentials().userEmail);
        Niagara::CredentialStore::Status stored = Niagara::CredentialStore::Status::NotFound;
        QTRY_VERIFY_WITH_TIMEOUT(!run.session.keychainAvailable()
                                     || (stored = readEntry(run.credentials, entryKey).status)
                                            == Niagara::CredentialStore::Status::Ok,
                                 kKeychainTimeoutMs);
        if (m_expectKeychain) {
            QVERIFY2(run.session.keychainAvailable() && stored == Niagara::CredentialStore::Status::Ok,
                     "this run expects a keychain (scripts/with-keyring.sh), but the sign-in was not saved");
            QCOMPARE(readEntry(run.credentials, entryKey).credentials->accessToken, run.session.credentials().accessToken);
        } else {
            QVERIFY2(!run.session.keychainAvailable(), "a keychain answered although this run expects none");
        }
    }

    // The next start: the same saved demo server, at the new run's port, signed in again
    // (restored from the keychain when there is one, through OAuth otherwise). The demo
    // database is the same, so the saved tokens are still good there.
    AppRun run(settingsPath, database);
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    // With a keychain: restored, no sign-in flow at all; without: signed in again by itself.
    QCOMPARE(authorize.count(), m_expectKeychain ? 0 : 1);
    QCOMPARE(run.session.currentProfile()->id, demoId);
    QCOMPARE(run.session.currentProfile()->baseUrl, run.demo.baseUrl());
    QCOMPARE(run.client.baseUrl(), run.demo.baseUrl());
    int demoProfiles = 0;
    for (const Niagara::ServerProfile &p : run.session.directory().profiles())
        demoProfiles += p.demo ? 1 : 0;
    QCOMPARE(demoProfiles, 1);
    // Signing out leaves nobody to restore.
    run.session.signOut();
    QVERIFY(run.session.directory().lastUser(demoId).isEmpty());
    if (m_expectKeychain)
        QTRY_COMPARE_WITH_TIMEOUT(readEntry(run.credentials, entryKey).status, Niagara::CredentialStore::Status::NotFound,
                                  kKeychainTimeoutMs);
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

namespace {

// The permission bits of `path`, or -1 when it does not exist.
int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

// The pids whose parent is `parent` and whose name is `name` (from /proc/<pid>/stat).
QList<qint64> childrenNamed(qint64 parent, const QByteArray &name)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = readProcFile(pid, "stat"); // pid (comm) state ppid ...
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == parent && stat.mid(open + 1, close - open - 1) == name)
            pids << pid;
    }
    return pids;
}

// Ended: no such process, or only its zombie waiting to be reaped by whoever inherited it.
bool processGone(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return stat.isEmpty() || (close > 0 && stat.mid(close + 2, 1) == "Z");
}

// What a /proc/<pid>/fd/<n> link names, as it says it ("socket:[123]", "pipe:[456]", a path).
QByteArray linkTarget(const QString &path)
{
    char target[256] = {};
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof(target) - 1);
    return n > 0 ? QByteArray(target, n) : QByteArray();
}

int socketCount(qint64 pid)
{
    int sockets = 0;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot))
        sockets += linkTarget(fds.filePath(fd)).startsWith("socket:") ? 1 : 0;
    return sockets;
}

} // namespace

void TestDemoSignIn::demoBelongsToItsUser()
{
    // A folder that does not exist yet: the demo creates it for its user alone.
    const QString folder = m_dir.filePath(QStringLiteral("owned/workspace"));
    const QString database = folder + QStringLiteral("/demo.sqlite");
    const QString settingsPath = m_dir.filePath(QStringLiteral("owned.ini"));
    AppRun run(settingsPath, database);
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    QCOMPARE(authorize.count(), 1);

    QCOMPARE(fileMode(folder), 0700);
    QCOMPARE(fileMode(m_dir.filePath(QStringLiteral("owned"))), 0700);
    QCOMPARE(fileMode(database), 0600);
    QCOMPARE(fileMode(database + QStringLiteral("-wal")), 0600);

    // The approval secret: only for requests to this demo's sim, and nowhere on the outside.
    QNetworkRequest toSim(QUrl(run.demo.baseUrl().toString() + QStringLiteral("/oauth/authorize")));
    QVERIFY(run.demo.addApproval(toSim));
    const QByteArray secret = toSim.rawHeader("X-Niagara-Sim-Approval");
    QVERIFY(secret.size() >= 43);
    QUrl elsewhere = run.demo.baseUrl();
    elsewhere.setPort(run.demo.baseUrl().port() == 9 ? 10 : 9);
    QNetworkRequest toOther(elsewhere);
    QVERIFY(!run.demo.addApproval(toOther));
    QVERIFY(!toOther.hasRawHeader("X-Niagara-Sim-Approval"));
    const qint64 pid = run.demo.processId();
    QVERIFY(!readProcFile(pid, "cmdline").contains(secret));
    QVERIFY(!readProcFile(pid, "environ").contains(secret));
    // Its stdin is the app's pipe: the secret came that way, and the sim ends when it closes.
    QVERIFY(linkTarget(QStringLiteral("/proc/%1/fd/0").arg(pid)).startsWith("pipe:"));
    run.settings.sync();
    QVERIFY(!readFile(settingsPath).contains(secret));

    // Another local process asking for the manager by login_hint gets a refusal, no code.
    QUrl url = authorize.constFirst().constFirst().toUrl();
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("login_hint"));
    query.addQueryItem(QStringLiteral("login_hint"), QString::fromLatin1(SignInBrowser::kDemoUserEmail));
    url.setQuery(query);
    QNetworkAccessManager stranger;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(stranger.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QVERIFY(!reply->hasRawHeader("Location"));
    QVERIFY(!reply->readAll().contains("code="));
}

void TestDemoSignIn::simEndsWhenTheAppIsKilled()
{
    // The real app, started as a user would, with the demo; then killed outright. Its sim must
    // not live on (serving the user's demo data to anyone on the machine).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No keychain: nothing outside the throw-away HOME is touched.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    QProcess app;
    app.setProgram(QStringLiteral(BATCHDESK_GUI_PATH));
    app.setArguments({QStringLiteral("--demo-database"), home.filePath(QStringLiteral("demo/demo.sqlite"))});
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start();
    QVERIFY(app.waitForStarted(10000));
    const qint64 appPid = app.processId();

    qint64 simPid = 0;
    QTRY_VERIFY_WITH_TIMEOUT((simPid = childrenNamed(appPid, "niagara-sim").value(0)) > 0, kTimeoutMs);
    // Whatever happens below, no sim is left behind by this test.
    const auto cleanup = qScopeGuard([simPid] {
        if (!processGone(simPid))
            ::kill(static_cast<pid_t>(simPid), SIGKILL);
    });
    // Running for real: it has read its secret and listens (the signal pipe's pair + the listener).
    QTRY_VERIFY_WITH_TIMEOUT(socketCount(simPid) >= 3, kTimeoutMs);

    const QList<qint64> sims = childrenNamed(appPid, "niagara-sim");
    QCOMPARE(sims, QList<qint64>{simPid}); // one demo server, the one watched here

    QCOMPARE(::kill(static_cast<pid_t>(appPid), SIGKILL), 0);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY2_WITH_TIMEOUT(processGone(simPid), "niagara-sim outlived the app that started it", 10000);
}

void TestDemoSignIn::userSignInOpensTheSimsChooser()
{
    AppRun run(m_dir.filePath(QStringLiteral("chooser.ini")), m_dir.filePath(QStringLiteral("shared.sqlite")));
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    QCOMPARE(run.session.user().email, QString::fromLatin1(SignInBrowser::kDemoUserEmail));

    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    QSignalSpy browserFailed(&run.browser, &SignInBrowser::failed);
    // "Sign in with browser" (ui/signinpanel.cpp): the user's own sign-in.
    run.session.signInWithBrowser();
    QTRY_COMPARE_WITH_TIMEOUT(browser.urls.size(), 1, 10000);
    QVERIFY(browserFailed.isEmpty());
    const QUrl opened = browser.urls.constFirst();
    QCOMPARE(opened.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), run.demo.baseUrl());
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    const QUrlQuery query(opened);
    QVERIFY(!query.hasQueryItem(QStringLiteral("login_hint"))); // the page asks who you are
    QVERIFY(query.queryItemValue(QStringLiteral("sim_approval")).size() >= 43);
    // The secret itself never leaves the app.
    QNetworkRequest toSim(run.demo.baseUrl());
    QVERIFY(run.demo.addApproval(toSim));
    QVERIFY(!opened.toEncoded().contains(toSim.rawHeader("X-Niagara-Sim-Approval")));

    // The browser: no header, nothing shared with the app. It gets the chooser…
    QNetworkAccessManager webBrowser;
    const auto fetch = [&webBrowser](QNetworkRequest request, const QByteArray &verb, const QByteArray &body) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(webBrowser.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        return std::make_tuple(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                               reply->rawHeader("Location"));
    };
    const auto [pageStatus, page, pageLocation] = fetch(QNetworkRequest(opened), "GET", {});
    QCOMPARE(pageStatus, 200);
    QVERIFY(pageLocation.isEmpty());
    QVERIFY(page.contains(QByteArray(QByteArray("value=\"") + kYukiEmail + '"')));
    QVERIFY(page.contains(QByteArray(QByteArray("value=\"") + SignInBrowser::kDemoUserEmail + '"')));

    // …and posts its form as Yuki Tanaka: the sim sends it on to the session's loopback handler.
    static const QRegularExpression hiddenInput(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QByteArray form; // application/x-www-form-urlencoded, as a browser sends it
    for (auto it = hiddenInput.globalMatch(QString::fromUtf8(page)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2);
        value.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        value.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        form += QUrl::toPercentEncoding(m.captured(1)) + '=' + QUrl::toPercentEncoding(value) + '&';
    }
    QVERIFY(form.contains("sim_approval="));
    form += "login=" + QUrl::toPercentEncoding(QString::fromLatin1(kYukiEmail));
    const auto [postStatus, postBody, location] =
        fetch(QNetworkRequest(opened.resolved(QUrl(QStringLiteral("/oauth/authorize")))), "POST",
              form);
    QCOMPARE(postStatus, 302);
    const QUrl handler = QUrl::fromEncoded(location);
    QCOMPARE(handler.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(QUrlQuery(handler).hasQueryItem(QStringLiteral("code")));
    fetch(QNetworkRequest(handler), "GET", {});
    // Signed in again (the user first, then the state, once the permissions are known).
    QTRY_VERIFY_WITH_TIMEOUT(run.session.user().email == QLatin1String(kYukiEmail)
                                 && run.session.state() == Session::State::SignedIn,
                             kTimeoutMs);
    QVERIFY(browserFailed.isEmpty());

    // Opened once: the same link cannot sign anybody in again.
    const auto [replayStatus, replayBody, replayLocation] = fetch(QNetworkRequest(opened), "GET", {});
    QCOMPARE(replayStatus, 403);
    QVERIFY(replayLocation.isEmpty());
}

void TestDemoSignIn::demoUserChoosesWhoTheDemoIs()
{
    const QString database = m_dir.filePath(QStringLiteral("shared.sqlite"));
    {
        // --demo-user, spelt in any case: the demo signs in as that seeded user by itself.
        AppRun run(m_dir.filePath(QStringLiteral("chosen.ini")), database);
        run.browser.setDemoUser(QStringLiteral(" Yuki.TANAKA@demo.batchdesk.test"));
        QSignalSpy authorize(&run.session, &Session::authorizeUrl);
        QSignalSpy browserFailed(&run.browser, &SignInBrowser::failed);
        run.connector.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
        QCOMPARE(run.session.user().email, QString::fromLatin1(kYukiEmail));
        QCOMPARE(authorize.count(), 1);
        QVERIFY(browserFailed.isEmpty());
    }

    // An email that is no seeded user: a message that names it, no sign-in, no second attempt.
    AppRun run(m_dir.filePath(QStringLiteral("unknown.ini")), database);
    run.browser.setDemoUser(QStringLiteral("nobody@demo.batchdesk.test"));
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    QSignalSpy browserFailed(&run.browser, &SignInBrowser::failed);
    QSignalSpy signedIn(&run.session, &Session::signedIn);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(browserFailed.count(), 1, kTimeoutMs);
    const QString message = browserFailed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("nobody@demo.batchdesk.test")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no user")), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedOut, 10000);
    QVERIFY(signedIn.isEmpty());
    QCOMPARE(authorize.count(), 1);
    QVERIFY(run.demo.isRunning()); // the demo server (and the app) go on
}

QTEST_MAIN(TestDemoSignIn)
#include "tst_demosignin.moc"
