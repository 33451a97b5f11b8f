// The board from the local cache with the server down, and back online: what the desktop app
// wires (app/gui/offlinesupport.h) over niagara-sim.
//  - A first run loads the board and writes the cache (technicians read from relations too).
//  - A second run with the sim stopped shows the cached rows at once, marked "as of", says
//    "Offline since … — trying again in …" with Try now, and refuses writes up front with
//    the reason; nothing of the cache holds the token.
//  - Meanwhile the server changes (a batch deleted, one created). Try now
//    brings it back: the board ends equal to the server, by differences (the batch the user
//    selected on the cached board stays selected and was never removed), and the banner and
//    the "as of" mark go.
// Leaves offline-board-<language>-<manager|technician>.png (the window offline, from the cache)
// next to the binary: the interface language follows the environment (LANGUAGE=de), and
// OFFLINE_BOARD_USER=technician signs in as the demo technician instead of the manager (the
// pictures in docs/screenshots/). The checks compare the translated texts.

#include "app/gui/offlinesupport.h"
#include "app/i18n/translations.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "common/httpcall.h"
#include "common/simprocess.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/cache/boardcache.h"
#include "models/planning/planningservice.h"
#include "models/requestqueue.h"
#include "models/session/session.h"
#include "models/planning/planningmonitor.h"
#include "ui/board/boarddesk.h"
#include "ui/planning/planningdesk.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/shell/offlinestatus.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

constexpr int kTimeoutMs = 180000;

// One desktop app, wired as main() wires it (minus the demo workspace).
struct Desktop
{
    QSettings settings;
    QNetworkAccessManager network;
    Niagara::NiagaraClient client{&network};
    Niagara::CredentialStore credentials;
    BatchDesk::Session session;
    BatchDesk::RequestQueue requests;
    BatchDesk::BatchStore store;
    BatchDesk::PlanningService planning{&client};
    BatchDesk::App::OfflineSupport offline;
    BatchDesk::PlanningMonitor monitor{&store, &planning};
    std::unique_ptr<BatchDesk::Ui::MainWindow> window;
    BatchDesk::Ui::PlanningDesk *planningDesk = nullptr; // the window owns it

    Desktop(const QString &settingsFile, const QString &dataDir)
        : settings(settingsFile, QSettings::IniFormat)
        , session(&network, &client, &credentials, &settings)
        , offline(&client, &requests, &session, &store, dataDir)
    {
        monitor.setFollowStore(true);
        monitor.setHistoryPath(QDir(dataDir).filePath(QStringLiteral("history.sqlite")));
        store.setClient(&client);
        store.setRequestQueue(&requests);
        planning.setRequestQueue(&requests);
        planning.setPermissions(session.permissions());
        window = std::make_unique<BatchDesk::Ui::MainWindow>(&store, &settings);
        window->setPlanningService(&planning);
        window->setSession(&session);
        window->setConnectivity(offline.connectivity());
        window->setPlanningMonitor(&monitor);
        planningDesk = new BatchDesk::Ui::PlanningDesk(&monitor, &settings);
        planningDesk->setPermissions(session.permissions());
        planningDesk->setSession(&session);
        window->addDesk(planningDesk);
        QObject::connect(&offline, &BatchDesk::App::OfflineSupport::reloadDue, window.get(),
                         [this] { window->boardDesk()->refresh(); });
        window->resize(1366, 768);
        window->show();
    }
    ~Desktop() { window.reset(); }
};

QHash<QString, QString> serverLabels(QNetworkAccessManager &nam, const QUrl &base, const QString &token)
{
    QHash<QString, QString> labels;
    QString offset;
    do {
        QUrl url = base;
        url.setPath(base.path() + QStringLiteral("/batches"));
        QString query = QStringLiteral("limit=100");
        if (!offset.isEmpty())
            query += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
        url.setQuery(query);
        const TestSupport::HttpReply page = TestSupport::httpCall(nam, "GET", url, token);
        if (page.status != 200) {
            qWarning() << "GET" << url << "->" << page.status << page.body.left(300);
            return {};
        }
        for (const QJsonValue &b : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray())
            labels.insert(b.toObject().value(QStringLiteral("batch_id")).toString(), b.toObject().value(QStringLiteral("label")).toString());
        offset = page.json.value(QStringLiteral("offset")).toString();
    } while (!offset.isEmpty());
    return labels;
}

QHash<QString, QString> boardLabels(const BatchDesk::BatchStore &store)
{
    QHash<QString, QString> labels;
    store.forEach([&](const BatchDesk::BatchRecord &r) { labels.insert(r.id, r.label); });
    return labels;
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

// The first batch row under the first work order of the first queue of the view.
QModelIndex firstBatchRow(QTreeView *tree)
{
    QAbstractItemModel *model = tree->model();
    for (int q = 0; q < model->rowCount(); ++q) {
        const QModelIndex queue = model->index(q, 0);
        for (int w = 0; w < model->rowCount(queue); ++w) {
            const QModelIndex workOrder = model->index(w, 0, queue);
            if (model->rowCount(workOrder) > 0)
                return model->index(0, 0, workOrder);
        }
    }
    return {};
}

} // namespace

class TestOfflineBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedBoardOfflineThenBackWithServerChanges();
};

void TestOfflineBoard::cachedBoardOfflineThenBackWithServerChanges()
{
    // The interface language of the environment, as the app restores it.
    BatchDesk::App::Translations translations;
    translations.restore();
    const auto tr = [](const char *context, const char *text) { return QCoreApplication::translate(context, text); };
    const bool asTechnician = qEnvironmentVariable("OFFLINE_BOARD_USER") == QLatin1String("technician");

    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    const int port = sim.baseUrl().port();
    const QString token = asTechnician ? sim.technicianToken() : sim.managerToken();
    const QString managerToken = sim.managerToken(); // the changes made on the server meanwhile
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("batchdesk.ini"));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QString cacheFile;
    qsizetype cachedCount = 0;

    // --- a first run: signed in, the board loaded, the cache written
    {
        Desktop app(settingsFile, dataDir);
        Niagara::ServerProfile profile;
        profile.id = QStringLiteral("offline-test");
        profile.name = QStringLiteral("Offline test");
        profile.baseUrl = sim.baseUrl();
        QVERIFY(!app.session.saveProfile(profile));
        app.session.switchTo(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(app.session.state() != BatchDesk::Session::State::SigningIn, kTimeoutMs);
        QSignalSpy saved(app.offline.boardCache(), &BatchDesk::BoardCacheKeeper::saved);
        app.session.usePersonalToken(token);
        QTRY_VERIFY_WITH_TIMEOUT(app.session.state() == BatchDesk::Session::State::SignedIn, kTimeoutMs);
        app.window->boardDesk()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
        cachedCount = app.store.size();
        QVERIFY(cachedCount > 100);
        QCOMPARE(saved.last().at(1).value<qsizetype>(), cachedCount);
        cacheFile = app.offline.boardCache()->path();
        QVERIFY(QFile::exists(cacheFile));
        QVERIFY(cacheFile.startsWith(dataDir));
    }
    // Never a token in the cache.
    {
        QFile file(cacheFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
    }

    // --- the server goes away; a second run starts from the cache
    sim.stop();
    Desktop app(settingsFile, dataDir);
    QAbstractItemModelTester tester(app.window->tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // No automatic retry while the test changes the server: only Try now.
    app.offline.connectivity()->setBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
    QSignalSpy restored(app.offline.boardCache(), &BatchDesk::BoardCacheKeeper::restored);
    app.offline.startFromCache();
    QTRY_COMPARE_WITH_TIMEOUT(app.store.size(), cachedCount, 30000);
    QCOMPARE(restored.size(), 1);
    QVERIFY(app.store.cachedAsOf().isValid());
    const QString asOfPrefix = tr("BatchDesk::Ui::OfflineStatus", "As of %1").section(QStringLiteral("%1"), 0, 0);
    QTRY_VERIFY(!app.window->asOfText().isEmpty() && app.window->asOfText().startsWith(asOfPrefix));
    // The status bar counts the cached rows, as after a load.
    QTRY_VERIFY2(app.window->boardDesk()->loadProgressText().startsWith(QLocale().toString(cachedCount)),
                 qPrintable(app.window->boardDesk()->loadProgressText()));
    // Technicians read from relations came back with the rows.
    qsizetype withTechnicians = 0;
    app.store.forEach([&](const BatchDesk::BatchRecord &r) { withTechnicians += r.technicians.isEmpty() ? 0 : 1; });
    QVERIFY(withTechnicians > 0);

    app.session.restore(); // the keychain's sign-in; the server does not answer
    QTRY_VERIFY_WITH_TIMEOUT(app.offline.connectivity()->isOffline(), kTimeoutMs);
    QTRY_VERIFY(app.window->offlineBanner()->isVisible());
    const QString banner = app.window->offlineBanner()->message();
    QVERIFY2(banner == BatchDesk::Ui::OfflineStatus::offlineText(app.offline.connectivity()->offlineSince(),
                                                                 app.offline.connectivity()->secondsToNextAttempt(), false)
                 || banner == BatchDesk::Ui::OfflineStatus::offlineText(app.offline.connectivity()->offlineSince(),
                                                                        app.offline.connectivity()->secondsToNextAttempt() + 1, false),
             qPrintable(banner));
    // One banner says it: not the session's "cannot be reached" as well.
    QVERIFY(!app.window->errorBanner()->isVisible());
    QCOMPARE(app.window->offlineBanner()->actionButton()->text(), tr("BatchDesk::Ui::OfflineStatus", "Try now"));
    // The failed load did not take a row away, and writes are refused before the click.
    QCOMPARE(app.store.size(), cachedCount);
    QVERIFY(!app.window->splitAction()->isEnabled());
    const QString offlineReason =
        tr("BatchDesk::Permissions", "The server cannot be reached: changes can be made again once it is back.");
    QVERIFY2(app.window->splitAction()->toolTip().contains(offlineReason), qPrintable(app.window->splitAction()->toolTip()));

    // The user works on the cached board: a batch selected, its group open.
    QTreeView *tree = app.window->tree();
    const QModelIndex row = firstBatchRow(tree);
    QVERIFY(row.isValid());
    const QString selectedId = row.data(BatchDesk::BatchRoles::IdRole).toString();
    tree->setCurrentIndex(row);
    tree->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(200);
    QVERIFY(app.window->grab().save(QStringLiteral("offline-board-%1-%2.png")
                                        .arg(translations.language(), asTechnician ? QStringLiteral("technician") : QStringLiteral("manager"))));

    // The planning desk works from the same cached board: every cached batch counted in its
    // queues (the context reads fail offline and fall back to the batches' own data).
    QTRY_VERIFY_WITH_TIMEOUT(app.monitor.hasFigures() && !app.monitor.isBusy(), kTimeoutMs);
    qsizetype plannedBatches = 0;
    QSet<QString> cachedQueues;
    app.store.forEach([&](const BatchDesk::BatchRecord &r) { cachedQueues.insert(r.queueId); });
    for (const BatchDesk::QueueFigures &queue : app.monitor.figures().queues)
        plannedBatches += queue.batches;
    QCOMPARE(plannedBatches, cachedCount);
    QCOMPARE(static_cast<qsizetype>(app.monitor.figures().queues.size()), cachedQueues.size());
    QVERIFY(!app.monitor.figures().workOrders.empty());
    app.window->setCurrentDesk(app.planningDesk);
    QTest::qWait(300);
    QVERIFY(!app.window->offlineBanner()->isHidden()); // still offline, said on this desk too
    QVERIFY(app.window->grab().save(QStringLiteral("offline-planning-%1-%2.png")
                                        .arg(translations.language(), asTechnician ? QStringLiteral("technician") : QStringLiteral("manager"))));
    app.window->setCurrentDesk(app.window->boardDesk());

    // --- the server changes meanwhile (run on another port, which the app does not know)
    QVERIFY2(sim.restartKeepingTokens({}, &error), qPrintable(error));
    QVERIFY(sim.baseUrl().port() != port);
    QNetworkAccessManager nam;
    // What the signed-in user's board lists (a technician may see fewer batches than exist).
    const QHash<QString, QString> before = serverLabels(nam, sim.baseUrl(), token);
    QCOMPARE(before.size(), cachedCount);
    // One the manager may delete: nothing of it in progress or verifying (else 423).
    QString doomed;
    app.store.forEach([&](const BatchDesk::BatchRecord &r) {
        const bool busy = r.cycles[Niagara::StatusCategory::InProgress] + r.cycles[Niagara::StatusCategory::Verifying] > 0;
        if (doomed.isEmpty() && r.id != selectedId && !busy)
            doomed = r.id;
    });
    QVERIFY(!doomed.isEmpty());
    const int deleted = TestSupport::httpCall(nam, "DELETE", endpoint(sim.baseUrl(), QStringLiteral("/batches/") + doomed), managerToken).status;
    QVERIFY2(deleted == 204 || deleted == 205, QByteArray::number(deleted).constData());
    const QJsonObject wo = TestSupport::httpCall(nam, "GET", endpoint(sim.baseUrl(), QStringLiteral("/work-orders")), managerToken)
                               .json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:work-orders"))
                               .toArray().at(0).toObject();
    const QString queueId = app.store.batch(selectedId)->queueId;
    const TestSupport::HttpReply created = TestSupport::httpCall(
        nam, "POST", endpoint(sim.baseUrl(), QStringLiteral("/batches")), managerToken,
        QJsonDocument(QJsonObject{{QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), wo.value(QStringLiteral("work_order_id"))}}},
                                  {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), queueId}}},
                                  {QStringLiteral("label"), QStringLiteral("Made while offline")},
                                  {QStringLiteral("number_cycles"), 3}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
    const QString createdId = created.json.value(QStringLiteral("batch_id")).toString();
    const QHash<QString, QString> server = serverLabels(nam, sim.baseUrl(), token);
    QVERIFY(!server.isEmpty());
    QVERIFY(!server.contains(doomed));
    if (!asTechnician)
        QVERIFY(server.contains(createdId)); // the manager's board lists every batch
    QVERIFY(app.offline.connectivity()->isOffline());
    QCOMPARE(app.store.size(), cachedCount);

    // --- it comes back at the address the app knows (same database)
    QVERIFY2(sim.restartKeepingTokens({QStringLiteral("--port"), QString::number(port)}, &error), qPrintable(error));
    QCOMPARE(sim.baseUrl().port(), port);

    // --- Try now: the board takes the differences and ends equal to the server
    QSignalSpy removed(&app.store, &BatchDesk::BatchStore::batchesRemoved);
    QSignalSpy finished(&app.store, &BatchDesk::BatchStore::loadFinished);
    // (A request the client was retrying may find the server first: coming back by itself
    // reloads the same way.)
    if (app.window->offlineBanner()->isVisible())
        app.window->offlineBanner()->actionButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kTimeoutMs);
    QTRY_VERIFY(!app.offline.connectivity()->isOffline());
    QCOMPARE(boardLabels(app.store), server);
    QStringList removedIds;
    for (const QList<QVariant> &signal : std::as_const(removed))
        removedIds += signal.at(0).toStringList();
    QCOMPARE(removedIds, QStringList{doomed});
    // The selection stayed where the user put it.
    QCOMPARE(tree->currentIndex().data(BatchDesk::BatchRoles::IdRole).toString(), selectedId);
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    QVERIFY(!app.window->offlineBanner()->isVisible());
    QVERIFY(app.window->asOfText().isEmpty());
    QVERIFY(!app.store.cachedAsOf().isValid());
    // Writes are the role's business again (a technician's Split stays refused, for that reason).
    QTRY_VERIFY(!app.window->splitAction()->toolTip().contains(offlineReason));
    if (!asTechnician)
        QTRY_VERIFY(app.window->splitAction()->isEnabled());
}

QTEST_MAIN(TestOfflineBoard)
#include "tst_offlineboard.moc"
