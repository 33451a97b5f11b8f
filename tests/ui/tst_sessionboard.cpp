// The main window over a Session, against niagara-sim: the server switcher changes the
// client's server, empties the board at once and reloads it from the new server after the
// sign-in; an expired sign-in shows the non-modal "sign in again" banner while the board, the
// selection and an open wizard stay untouched, and signing in again (as the same user) reloads
// the board in place. A switch while the old server is still loading (slowed by the sim's
// latency) drops that server's late pages: nothing of it reaches the new server's board.
// Leaves sign-in-expired.png (the window with the banner) next to the binary.

#include "common/awaitoutcome.h"
#include "common/browserplayer.h"
#include "common/httpcall.h"
#include "common/simprocess.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "models/session/session.h"
#include "ui/errorbanner.h"
#include "common/sessionfixture.h"
#include "ui/mainwindow.h"
#include "ui/wizards/splitworkorderwizard.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using BatchDesk::Session;

namespace {

constexpr int kTimeoutMs = 120000;

struct Board : TestSupport::SessionFixture
{
    BatchDesk::BatchStore store;
    BatchDesk::PlanningService planning{&client};
    std::unique_ptr<BatchDesk::Ui::MainWindow> window;

    Board()
    {
        store.setClient(&client);
        window = std::make_unique<BatchDesk::Ui::MainWindow>(&store, &settings);
        window->setPlanningService(&planning);
        window->setSession(&session);
        window->resize(1200, 700);
        window->show();
    }

    QString addServer(const QString &name, const QUrl &url)
    {
        Niagara::ServerProfile p;
        p.id = name.toLower();
        p.name = name;
        p.baseUrl = url;
        return session.saveProfile(p) ? QString() : p.id;
    }

    // Picks `profileId` in the toolbar's switcher as a user would.
    bool switchWithSwitcher(const QString &profileId)
    {
        QComboBox *switcher = window->serverSwitcher();
        const int index = switcher->findData(profileId);
        if (index < 0 || !switcher->isVisible() || !switcher->isEnabled())
            return false;
        switcher->setCurrentIndex(index);
        Q_EMIT switcher->activated(index); // what a click on the item emits
        return true;
    }

    // Without a keychain in the environment nothing is restored: sign in with the token then.
    bool settled()
    {
        return QTest::qWaitFor([&] { return session.state() != Session::State::SigningIn; }, kTimeoutMs);
    }

    void signInUnlessRestored(const QString &token)
    {
        QVERIFY(settled());
        if (session.state() != Session::State::SignedIn)
            session.usePersonalToken(token);
    }
};

QString currentBatchId(const BatchDesk::Ui::MainWindow &window)
{
    const QModelIndex current = window.tree()->currentIndex();
    return current.data(BatchDesk::BatchRoles::IdRole).toString();
}

} // namespace

class TestSessionBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutASessionThereIsNoSwitcher();
    void switcherChangesServerAndReloadsTheBoard();
    void switchDuringALoadDropsTheOldServersLateAnswers();
    void expiredSignInKeepsTheBoardAndSignsInAgain();
};

void TestSessionBoard::withoutASessionThereIsNoSwitcher()
{
    // A window over a bare client (tests, tools) has no servers to choose from.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    BatchDesk::BatchStore store;
    BatchDesk::Ui::MainWindow window(&store, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.serverSwitcher()->isVisible());
    QVERIFY(!window.connectionAction()->isVisible());
    QVERIFY(!window.openConnectionDialog());
}

void TestSessionBoard::switcherChangesServerAndReloadsTheBoard()
{
    TestSupport::SimProcess albany; // no batches yet
    TestSupport::SimProcess austin; // the demo's 1,200
    QString error;
    QVERIFY2(albany.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    QVERIFY2(austin.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    Board board;
    BatchDesk::Ui::MainWindow &window = *board.window;
    const QString albanyId = board.addServer(QStringLiteral("Albany"), albany.baseUrl());
    const QString austinId = board.addServer(QStringLiteral("Austin"), austin.baseUrl());
    QVERIFY(!albanyId.isEmpty() && !austinId.isEmpty());
    QCOMPARE(window.serverSwitcher()->count(), 2);
    QVERIFY(window.connectionAction()->isEnabled());

    QVERIFY(board.switchWithSwitcher(albanyId));
    QCOMPARE(board.client.baseUrl(), albany.baseUrl());
    QCOMPARE(window.serverSwitcher()->currentText(), QStringLiteral("Albany"));
    QSignalSpy finished(&board.store, &BatchDesk::BatchStore::loadFinished);
    board.signInUnlessRestored(albany.managerToken());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    QCOMPARE(board.store.size(), 0);
    QVERIFY2(window.connectionStatusText().contains(QStringLiteral("Albany — signed in as Dana Whitfield")),
             qPrintable(window.connectionStatusText()));

    // To Austin: the client follows, and the board loads Austin's batches once signed in.
    finished.clear();
    QVERIFY(board.switchWithSwitcher(austinId));
    QCOMPARE(board.client.baseUrl(), austin.baseUrl());
    QCOMPARE(board.session.currentProfile()->id, austinId);
    QVERIFY(window.connectionStatusText().startsWith(QStringLiteral("Austin")));
    board.signInUnlessRestored(austin.managerToken());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    QCOMPARE(board.store.size(), 1200);
    QVERIFY(window.tree()->model()->rowCount() > 0);
    QVERIFY(window.selectFirstBatch());

    // Back to Albany: Austin's batches leave the board at once (not after Albany answers) ...
    finished.clear();
    QVERIFY(board.switchWithSwitcher(albanyId));
    QCOMPARE(board.client.baseUrl(), albany.baseUrl());
    QCOMPARE(board.store.size(), 0);
    QCOMPARE(window.tree()->model()->rowCount(), 0);
    QVERIFY(currentBatchId(window).isEmpty());
    // ... and Albany's come back (restored from the keychain when there is one).
    board.signInUnlessRestored(albany.managerToken());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    QCOMPARE(board.session.state(), Session::State::SignedIn);
    QCOMPARE(board.store.size(), 0);

    // The servers and the current one are in the settings; no token is.
    board.settings.sync();
    QFile file(board.settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(albany.baseUrl().toString().toUtf8()));
    QVERIFY(!saved.contains(albany.managerToken().toUtf8()));
    QVERIFY(!saved.contains(austin.managerToken().toUtf8()));
    board.session.signOut();
    board.session.switchTo(austinId);
    board.session.signOut();
}

void TestSessionBoard::switchDuringALoadDropsTheOldServersLateAnswers()
{
    // Austin: the demo's 1,200 batches in pages of 100, every answer 300 ms late, so a switch
    // lands mid-load with a page request in flight. Albany: one batch of its own, every answer
    // 600 ms late, so Austin's late page arrives before Albany's load has even begun.
    TestSupport::SimProcess austin;
    TestSupport::SimProcess albany;
    QString error;
    QVERIFY2(austin.start(QStringLiteral("demo"), {QStringLiteral("--faults"), QStringLiteral("latency=300")}, &error),
             qPrintable(error));
    QVERIFY2(albany.start(QStringLiteral("empty"), {QStringLiteral("--faults"), QStringLiteral("latency=600")}, &error),
             qPrintable(error));
    QNetworkAccessManager otherNetwork;
    Niagara::NiagaraClient otherDesk(&otherNetwork);
    otherDesk.setBaseUrl(albany.baseUrl());
    otherDesk.setBearerToken(albany.managerToken());
    const auto made = TestSupport::await<Niagara::Batch>([&](auto done) {
        return otherDesk.createBatch(Niagara::NewBatch{QStringLiteral("wo-macbook-40"), QStringLiteral("queue-rework"), 10, {}, {}, {}},
                                     this, done);
    });
    QVERIFY2(made.ok(), qPrintable(made.error.message()));
    const QString albanyBatch = made.value->id;

    Board board;
    const QString austinId = board.addServer(QStringLiteral("Austin"), austin.baseUrl());
    const QString albanyId = board.addServer(QStringLiteral("Albany"), albany.baseUrl());
    QVERIFY(!austinId.isEmpty() && !albanyId.isEmpty());
    QVERIFY(board.switchWithSwitcher(austinId));
    board.signInUnlessRestored(austin.managerToken());
    // Austin's first page is on the board, the rest still to come.
    QTRY_VERIFY_WITH_TIMEOUT(board.store.size() > 0, kTimeoutMs);
    QVERIFY(board.store.isLoading());
    QVERIFY(board.store.size() < 1200);

    // Every batch that reaches the board from now on.
    QStringList added;
    QObject watcher; // goes before `added` does
    connect(&board.store, &BatchDesk::BatchStore::batchesAdded, &watcher, [&added](const QStringList &ids) { added += ids; });
    QSignalSpy finished(&board.store, &BatchDesk::BatchStore::loadFinished);
    QVERIFY(board.switchWithSwitcher(albanyId));
    QCOMPARE(board.store.size(), 0);
    // Austin answers the page it was asked for before the switch: one more request of ours,
    // at the same latency and after it, comes back only once that answer has been sent.
    QNetworkAccessManager probe;
    const TestSupport::HttpReply late = TestSupport::httpCall(
        probe, "GET", austin.baseUrl().resolved(QUrl(QStringLiteral("/me"))), austin.managerToken());
    QCOMPARE(late.status, 200);
    board.signInUnlessRestored(albany.managerToken());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    // One more reload of Albany (F5): anything of Austin's still on its way has had every
    // chance to land meanwhile.
    finished.clear();
    QVERIFY(board.window->refreshAction()->isEnabled());
    board.window->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);

    // Only Albany's batch ever reached the board.
    QCOMPARE(added, QStringList{albanyBatch});
    QCOMPARE(board.store.size(), 1);
    QVERIFY(board.store.batch(albanyBatch));
    QCOMPARE(board.client.baseUrl(), albany.baseUrl());
    board.session.signOut();
    board.session.switchTo(austinId);
    board.session.signOut();
}

void TestSessionBoard::expiredSignInKeepsTheBoardAndSignsInAgain()
{
    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--oauth-auto-approve")}, &error), qPrintable(error));
    Board board;
    TestSupport::BrowserPlayer browser(&board.session);
    BatchDesk::Ui::MainWindow &window = *board.window;
    const QString id = board.addServer(QStringLiteral("Albany"), sim.baseUrl());
    board.session.switchTo(id);
    QVERIFY(board.settled());

    QSignalSpy finished(&board.store, &BatchDesk::BatchStore::loadFinished);
    const QString email = QString::fromLatin1(TestSupport::kManagerEmail);
    board.session.signInWithBrowser(email);
    QTRY_COMPARE_WITH_TIMEOUT(board.session.state(), Session::State::SignedIn, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    QCOMPARE(board.store.size(), 1200);

    // The user is at work: a batch selected, the split wizard open with a work order picked.
    QVERIFY(window.selectFirstBatch());
    const QString selected = currentBatchId(window);
    QVERIFY(!selected.isEmpty());
    QPointer<BatchDesk::Ui::SplitWorkOrderWizard> wizard = window.openSplitWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    const int wizardPage = wizard->currentId();

    // Without a keychain in the environment the banner said so; that is not under test here.
    window.errorBanner()->dismiss();

    // The sign-in is revoked on the server (as when it expires and cannot be renewed).
    QNetworkRequest revoke(board.session.currentProfile()->effectiveTokenUrl());
    revoke.setRawHeader("Authorization", "Bearer " + board.session.credentials().accessToken.toUtf8());
    QNetworkAccessManager admin;
    QNetworkReply *reply = admin.deleteResource(revoke);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();

    // The next refresh meets a 401; the renewal is refused too: sign in again.
    finished.clear();
    window.refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(board.session.state(), Session::State::SignInRequired, kTimeoutMs);
    BatchDesk::Ui::ErrorBanner *banner = window.signInBanner();
    QTRY_VERIFY(!banner->message().isEmpty());
    QVERIFY2(banner->message().contains(QStringLiteral("expired")), qPrintable(banner->message()));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Sign in again"));
    QVERIFY(banner->actionButton()->isVisible());
    // Not reported twice as a load error.
    QVERIFY2(window.errorBanner()->message().isEmpty(), qPrintable(window.errorBanner()->message()));
    // Nothing on screen was lost.
    QCOMPARE(board.store.size(), 1200);
    QCOMPARE(currentBatchId(window), selected);
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->currentId(), wizardPage);
    QVERIFY(window.connectionStatusText().contains(QStringLiteral("sign-in expired")));
    // While the sign-in is gone the board does not keep asking.
    QVERIFY(!window.refreshAction()->isEnabled());
    wizard->hide(); // the picture is of the window behind it
    QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/sign-in-expired.png")));
    wizard->show();

    // "Sign in again": the same user (login hint), and the board reloads in place.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(board.session.state(), Session::State::SignedIn, kTimeoutMs);
    QCOMPARE(browser.urls().size(), 2);
    QCOMPARE(QUrlQuery(browser.urls().constLast()).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), email);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kTimeoutMs);
    QVERIFY(banner->message().isEmpty());
    QCOMPARE(board.store.size(), 1200);
    QCOMPARE(currentBatchId(window), selected);
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->currentId(), wizardPage);
    QVERIFY(window.refreshAction()->isEnabled());

    wizard->close();
    board.session.signOut();
}

QTEST_MAIN(TestSessionBoard)
#include "tst_sessionboard.moc"
