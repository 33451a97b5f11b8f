// The demo's niagara-sim is supervised (DemoWorkspace): SIGKILLed in the middle of the board's
// first load, it is started again on the same database at a new port; the demo profile follows
// the new address, the session is signed in there again (restored from the keychain, or signed
// in through OAuth without one), the board reloads everything the sim holds and the connector
// says what happened. stop() — the app's exit — restarts nothing, and a sim that keeps dying
// right after its start is given up after a bounded, doubling back-off.
//
// The app's parts as main.cpp builds them: one network manager, client, keychain store,
// session, request queue, store, planning service, main window (its board reloads on signedIn),
// demo workspace, sign-in browser and connector.

#include "app/gui/demoworkspace.h"
#include "app/gui/signinbrowser.h"
#include "app/gui/workspaceconnector.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "common/httpcall.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "models/requestqueue.h"
#include "models/session/session.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <unistd.h>

using BatchDesk::Session;
using BatchDesk::App::DemoWorkspace;
using BatchDesk::App::SignInBrowser;
using BatchDesk::App::WorkspaceConnector;

namespace {

constexpr int kTimeoutMs = 120000;

// One run of the desktop app's start-up, as main.cpp wires it.
struct AppRun
{
    AppRun(const QString &settingsPath, const QString &databasePath)
        : settings(settingsPath, QSettings::IniFormat)
    {
        demo.setDatabasePath(databasePath);
        store.setClient(&client);
        store.setRequestQueue(&requests);
        planning.setRequestQueue(&requests);
        planning.setPermissions(session.permissions());
        window = std::make_unique<BatchDesk::Ui::MainWindow>(&store, &settings);
        window->setPlanningService(&planning);
        window->setSession(&session);
    }
    ~AppRun()
    {
        window.reset();
        demo.stop(); // as at the app's exit (aboutToQuit)
    }

    QSettings settings;
    QNetworkAccessManager network;
    Niagara::NiagaraClient client{&network};
    Niagara::CredentialStore credentials;
    Session session{&network, &client, &credentials, &settings};
    BatchDesk::RequestQueue requests;
    BatchDesk::BatchStore store;
    BatchDesk::PlanningService planning{&client};
    std::unique_ptr<BatchDesk::Ui::MainWindow> window;
    DemoWorkspace demo;
    SignInBrowser browser{&network, &session, &demo};
    WorkspaceConnector connector{&session, &demo, &browser};
};

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Ended: no such process, or only its zombie waiting to be reaped.
bool processGone(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return stat.isEmpty() || (close > 0 && stat.mid(close + 2, 1) == "Z");
}

// Whether `pid` holds `path` open (a /proc/<pid>/fd link to it).
bool holdsOpen(qint64 pid, const QString &path)
{
    const QByteArray wanted = QFile::encodeName(QFileInfo(path).canonicalFilePath());
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096] = {};
        const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof(target) - 1);
        if (n > 0 && QByteArray(target, n) == wanted)
            return true;
    }
    return false;
}

// The pids of running niagara-sim processes whose command line names `database`.
QList<qint64> simsOn(const QString &database)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || processGone(pid))
            continue;
        const QList<QByteArray> args = readProcFile(pid, "cmdline").split('\0');
        if (!args.isEmpty() && args.constFirst().endsWith("niagara-sim") && args.contains(QFile::encodeName(database)))
            pids << pid;
    }
    return pids;
}

} // namespace

class TestDemoSupervision final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void simKilledMidLoadIsRestartedAndTheBoardReloads();
    void stopAtExitRestartsNothing();
    void simThatKeepsDyingIsGivenUp();

private:
    QTemporaryDir m_dir;
    bool m_expectKeychain = true;
};

void TestDemoSupervision::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!DemoWorkspace::findSimulator().isEmpty(), "niagara-sim not found");
    const QByteArray world = qgetenv("BATCHDESK_TEST_EXPECT_KEYCHAIN");
    QVERIFY2(world == "1" || world == "0", "BATCHDESK_TEST_EXPECT_KEYCHAIN must be 1 or 0 (see CMakeLists.txt)");
    m_expectKeychain = world == "1";
}

void TestDemoSupervision::simKilledMidLoadIsRestartedAndTheBoardReloads()
{
    const QString database = m_dir.filePath(QStringLiteral("demo/demo.sqlite"));
    AppRun run(m_dir.filePath(QStringLiteral("killed.ini")), database);
    QSignalSpy ready(&run.demo, &DemoWorkspace::ready);
    QSignalSpy interrupted(&run.demo, &DemoWorkspace::interrupted);
    QSignalSpy restarted(&run.demo, &DemoWorkspace::restarted);
    QSignalSpy demoFailed(&run.demo, &DemoWorkspace::failed);
    QSignalSpy notices(&run.connector, &WorkspaceConnector::statusMessage);
    QSignalSpy browserFailed(&run.browser, &SignInBrowser::failed);
    QSignalSpy signedIn(&run.session, &Session::signedIn);
    QSignalSpy authorize(&run.session, &Session::authorizeUrl);
    QSignalSpy loadsStarted(&run.store, &BatchDesk::BatchStore::loadStarted);
    QSignalSpy loadsFinished(&run.store, &BatchDesk::BatchStore::loadFinished);

    // The kill comes right after the first page of the first load has arrived: mid-load, with
    // the walk still under way (the demo holds 1,200 batches, 100 a page).
    qint64 killedPid = 0;
    const auto cleanup = qScopeGuard([&killedPid] {
        if (killedPid > 0 && !processGone(killedPid))
            ::kill(static_cast<pid_t>(killedPid), SIGKILL);
    });
    bool killedMidLoad = false;
    QMetaObject::Connection killer;
    killer = connect(&run.store, &BatchDesk::BatchStore::loadProgress, this, [&] {
        disconnect(killer);
        killedPid = run.demo.processId();
        killedMidLoad = run.store.isLoading() && loadsFinished.isEmpty();
        ::kill(static_cast<pid_t>(killedPid), SIGKILL);
    });

    run.connector.start();
    QTRY_VERIFY_WITH_TIMEOUT(killedPid > 0, kTimeoutMs);
    QVERIFY2(killedMidLoad, "the first load had ended before the kill");
    QCOMPARE(ready.count(), 1);
    QCOMPARE(signedIn.count(), 1);
    const QString demoId = run.session.currentProfile()->id;
    const int authorizeBefore = static_cast<int>(authorize.count());

    // A new sim on the same database, at a new address.
    QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 1, kTimeoutMs);
    QVERIFY(processGone(killedPid));
    QCOMPARE(interrupted.count(), 1);
    QCOMPARE(interrupted.constFirst().at(1).toInt(), DemoWorkspace::kFirstRestartDelayMs);
    const QUrl newUrl = restarted.constFirst().at(0).toUrl();
    QCOMPARE(restarted.constFirst().at(1).toInt(), SIGKILL);
    QCOMPARE(run.demo.baseUrl(), newUrl);
    const qint64 newPid = run.demo.processId();
    QVERIFY(newPid > 0 && newPid != killedPid);
    QCOMPARE(simsOn(database), QList<qint64>{newPid});
    QTRY_VERIFY_WITH_TIMEOUT(holdsOpen(newPid, database), kTimeoutMs);
    QCOMPARE(ready.count(), 1); // a restart is not a first start

    // The demo profile (saved and current) and the client follow the new address.
    QCOMPARE(run.session.currentProfile()->id, demoId);
    QCOMPARE(run.session.currentProfile()->baseUrl, newUrl);
    QCOMPARE(run.session.directory().profile(demoId)->baseUrl, newUrl);
    QCOMPARE(run.client.baseUrl(), newUrl);

    // Signed in there again (restored with a keychain; through OAuth, by itself, without).
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 2, kTimeoutMs);
    QCOMPARE(run.session.state(), Session::State::SignedIn);
    QCOMPARE(run.session.user().email, QString::fromLatin1(SignInBrowser::kDemoUserEmail));
    QCOMPARE(static_cast<int>(authorize.count()) - authorizeBefore, m_expectKeychain ? 0 : 1);

    // The board reloads, and then holds every batch the sim has.
    QTRY_VERIFY_WITH_TIMEOUT(!loadsFinished.isEmpty() && !run.store.isLoading(), kTimeoutMs);
    QVERIFY(loadsStarted.count() >= 2);
    QNetworkAccessManager probe;
    const TestSupport::HttpReply total =
        TestSupport::httpCall(probe, "GET", QUrl(newUrl.toString() + QStringLiteral("/batches?limit=1")),
                              run.session.credentials().accessToken);
    QCOMPARE(total.status, 200);
    const qint64 expected = total.json.value(QStringLiteral("total_count")).toInteger(-1);
    QVERIFY(expected > 100); // more than the one page that had arrived before the kill
    QCOMPARE(qint64(run.store.size()), expected);

    // Said in passing: stopped, then restarted.
    QVERIFY(!notices.isEmpty());
    QCOMPARE(notices.constLast().constFirst().toString(), QStringLiteral("The demo server stopped unexpectedly and was restarted."));
    QVERIFY(demoFailed.isEmpty());
    QVERIFY(browserFailed.isEmpty());
    QCOMPARE(restarted.count(), 1);
}

void TestDemoSupervision::stopAtExitRestartsNothing()
{
    const QString database = m_dir.filePath(QStringLiteral("demo/demo.sqlite"));
    AppRun run(m_dir.filePath(QStringLiteral("stop.ini")), database);
    QSignalSpy interrupted(&run.demo, &DemoWorkspace::interrupted);
    QSignalSpy restarted(&run.demo, &DemoWorkspace::restarted);
    QSignalSpy demoFailed(&run.demo, &DemoWorkspace::failed);
    QSignalSpy notices(&run.connector, &WorkspaceConnector::statusMessage);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    const qint64 pid = run.demo.processId();
    QVERIFY(pid > 0);

    run.demo.stop(); // what the app's aboutToQuit does
    QVERIFY(processGone(pid));
    // Longer than the first back-off, twice over: nothing comes back.
    QTest::qWait(3 * DemoWorkspace::kFirstRestartDelayMs);
    QVERIFY(!run.demo.isRunning());
    QVERIFY(!run.demo.isRestarting());
    QVERIFY(simsOn(database).isEmpty());
    QVERIFY(interrupted.isEmpty());
    QVERIFY(restarted.isEmpty());
    QVERIFY(demoFailed.isEmpty());
    QVERIFY(notices.isEmpty());

    // Nor when the app quits while a restart is pending (the sim had died just before).
    run.demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.demo.processId() > 0 && !run.demo.baseUrl().isEmpty(), kTimeoutMs);
    QCOMPARE(::kill(static_cast<pid_t>(run.demo.processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(interrupted.count(), 1, kTimeoutMs);
    QVERIFY(run.demo.isRestarting());
    run.demo.stop();
    QVERIFY(!run.demo.isRestarting());
    QTest::qWait(3 * DemoWorkspace::kFirstRestartDelayMs);
    QVERIFY(!run.demo.isRunning());
    QVERIFY(simsOn(database).isEmpty());
    QVERIFY(restarted.isEmpty());
    QVERIFY(demoFailed.isEmpty());
}

void TestDemoSupervision::simThatKeepsDyingIsGivenUp()
{
    // A sim that cannot run any more: its database replaced by something that is not one
    // (the last test: the demo database of the others is not needed after it).
    const QString database = m_dir.filePath(QStringLiteral("demo/demo.sqlite"));
    AppRun run(m_dir.filePath(QStringLiteral("broken.ini")), database);
    QSignalSpy interrupted(&run.demo, &DemoWorkspace::interrupted);
    QSignalSpy restarted(&run.demo, &DemoWorkspace::restarted);
    QSignalSpy demoFailed(&run.demo, &DemoWorkspace::failed);
    run.connector.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.session.state(), Session::State::SignedIn, kTimeoutMs);
    const qint64 pid = run.demo.processId();
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(interrupted.count(), 1, kTimeoutMs);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(database + suffix);
    QFile garbage(database);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();

    // Each restart ends at once: the back-off doubles, and after kMaxQuickRestarts it gives up.
    QTRY_COMPARE_WITH_TIMEOUT(demoFailed.count(), 1, kTimeoutMs);
    QCOMPARE(interrupted.count(), DemoWorkspace::kMaxQuickRestarts);
    int delay = DemoWorkspace::kFirstRestartDelayMs;
    for (const QList<QVariant> &signal : std::as_const(interrupted)) {
        QCOMPARE(signal.at(1).toInt(), delay);
        delay = std::min(2 * delay, DemoWorkspace::kMaxRestartDelayMs);
    }
    QVERIFY(restarted.isEmpty());
    QVERIFY(demoFailed.constFirst().constFirst().toString().contains(QStringLiteral("keeps stopping")));
    QTest::qWait(2 * DemoWorkspace::kFirstRestartDelayMs);
    QVERIFY(!run.demo.isRunning());
    QVERIFY(!run.demo.isRestarting());
    QVERIFY(simsOn(database).isEmpty());
    QCOMPARE(interrupted.count(), DemoWorkspace::kMaxQuickRestarts);
}

QTEST_MAIN(TestDemoSupervision)
#include "tst_demosupervision.moc"
