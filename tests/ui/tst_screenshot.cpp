// The main window on the demo seed, loaded from niagara-sim through a real NiagaraClient:
// rendered at 1366×768 in English and German into mainwindow-demo-{en,de}.png next to the test
// binary (test artifacts), nothing cut (boardfit.h); and the delete flow (confirmation, 423 explained in the banner, success refreshes the board). And the board
// on a page with odd data (a count that cannot be, counts that do not add up), rendered into
// mainwindow-odd-data.png.

#include "app/i18n/translations.h"
#include "boardfit.h"
#include "common/httpcall.h"
#include "common/scriptedserver.h"
#include "common/sessionfixture.h"
#include "common/simprocess.h"
#include "client/niagaraclient.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "ui/batchdetailpane.h"
#include "ui/board/boarddesk.h"
#include "ui/errorbanner.h"
#include "messageboxanswer.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The app's English (its plural forms: "1 batch", "3 batches"), as the pictures should show.
    void initTestCase()
    {
        m_translations = new BatchDesk::App::Translations(nullptr, this);
        QVERIFY(m_translations->choose(QStringLiteral("en")));
    }
    void mainWindowOnDemoData();
    void technicianBoardAt1366In2Languages();
    void deleteAsksFirstAndExplainsLocks();
    void oddDataIsExplainedOnTheBoard();

private:
    BatchDesk::App::Translations *m_translations = nullptr;
};

namespace {
// niagara-sim on the demo seed and a main window loaded from it through a real client.
struct DemoBoard
{
    TestSupport::SimProcess sim;
    TestSupport::SessionFixture f;
    BatchDesk::BatchStore store;
    BatchDesk::PlanningService planning{&f.client};
    std::unique_ptr<BatchDesk::Ui::MainWindow> window;
    QString error;

    // Signed in as the demo's production manager, or as `email` (a seeded user).
    bool start(const QString &email = {})
    {
        // --test-admin: the delete test reads the sim's own count of writes.
        if (!sim.start(QStringLiteral("demo"), {QStringLiteral("--test-admin")}, &error))
            return false;
        store.setClient(&f.client);
        planning.setPermissions(f.session.permissions());
        window = std::make_unique<BatchDesk::Ui::MainWindow>(&store, &f.settings);
        window->setPlanningService(&planning);
        window->setSession(&f.session);
        window->resize(1366, 768);
        window->show();
        QSignalSpy finished(&store, &BatchDesk::BatchStore::loadFinished);
        if (!f.signInWithToken(sim.baseUrl(), email.isEmpty() ? sim.managerToken() : sim.tokenFor(email))) {
            error = QStringLiteral("could not sign in");
            return false;
        }
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 120000)) {
            error = QStringLiteral("the demo did not load");
            return false;
        }
        return true;
    }
};

} // namespace

void TestScreenshot::deleteAsksFirstAndExplainsLocks()
{
    DemoBoard board;
    QVERIFY2(board.start(), qPrintable(board.error));
    BatchDesk::BatchStore &store = board.store;
    BatchDesk::Ui::MainWindow &window = *board.window;

    // A batch with cycles in flight (locked) and one without, each with a label no other has.
    QHash<QString, int> labelUses;
    store.forEach([&](const BatchDesk::BatchRecord &r) { ++labelUses[r.label]; });
    QString locked;
    QString idle;
    store.forEach([&](const BatchDesk::BatchRecord &r) {
        if (labelUses.value(r.label) != 1)
            return;
        const qint64 inFlight = r.cycles[Niagara::StatusCategory::InProgress] + r.cycles[Niagara::StatusCategory::Verifying];
        if (inFlight > 0 && locked.isEmpty())
            locked = r.id;
        else if (inFlight == 0 && idle.isEmpty())
            idle = r.id;
    });
    QVERIFY(!locked.isEmpty() && !idle.isEmpty());

    auto select = [&](const QString &id) {
        window.searchField()->setText(store.batch(id)->label);
        return window.selectFirstBatch() && window.deleteAction()->isEnabled();
    };

    // Cancel: nothing is sent, the batch stays.
    QVERIFY(select(idle));
    window.deleteAction()->trigger();
    QVERIFY(TestSupport::answerMessageBox(window, QStringLiteral("Cancel"), store.batch(idle)->label));
    QTRY_VERIFY(!window.findChild<QMessageBox *>() || !window.findChild<QMessageBox *>()->isVisible());
    // The server, asked after any DELETE the Cancel could have sent: it holds the batch and
    // has seen no write at all (its own count).
    QNetworkAccessManager probe;
    const QUrl sim = board.sim.baseUrl();
    QCOMPARE(TestSupport::httpCall(probe, "GET", sim.resolved(QUrl(QStringLiteral("/batches/") + idle)), board.sim.managerToken()).status,
             200);
    const TestSupport::HttpReply faults = TestSupport::httpCall(probe, "GET", sim.resolved(QUrl(QStringLiteral("/_sim/faults"))), QString());
    QCOMPARE(faults.status, 200);
    QCOMPARE(faults.json.value(QStringLiteral("writes_seen")).toInt(-1), 0);
    QVERIFY(store.batch(idle));

    // Locked: the server answers 423 and the banner says why.
    QVERIFY(select(locked));
    window.deleteAction()->trigger();
    QVERIFY(TestSupport::answerMessageBox(window, QStringLiteral("Delete"), store.batch(locked)->label));
    QTRY_VERIFY_WITH_TIMEOUT(!window.errorBanner()->message().isEmpty(), 30000);
    QVERIFY2(window.errorBanner()->message().contains(QStringLiteral("in progress")), qPrintable(window.errorBanner()->message()));
    QVERIFY(store.batch(locked));

    // Deletable: gone from the board after the refresh that follows.
    QVERIFY(select(idle));
    window.deleteAction()->trigger();
    QVERIFY(TestSupport::answerMessageBox(window, QStringLiteral("Delete"), store.batch(idle)->label));
    QTRY_VERIFY_WITH_TIMEOUT(store.batch(idle) == nullptr, 60000);
    QCOMPARE(store.size(), 1199);
}

void TestScreenshot::mainWindowOnDemoData()
{
    DemoBoard board;
    QVERIFY2(board.start(), qPrintable(board.error));
    BatchDesk::BatchStore &store = board.store;
    BatchDesk::Ui::MainWindow &window = *board.window;
    QVERIFY2(window.errorBanner()->message().isEmpty(), qPrintable(window.errorBanner()->message()));
    QCOMPARE(store.size(), 1200);
    QVERIFY(window.loadProgressText().contains(QStringLiteral("1,200")));
    // The technicians come from each batch's relations after the load: the picture shows them.
    QTRY_VERIFY_WITH_TIMEOUT(store.pendingTechnicianFetches() == 0, 120000);

    QVERIFY(window.selectFirstBatch());
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->relationsState() == BatchDesk::Ui::BatchDetailPane::RelationsState::Loaded,
                             30000);
    QVERIFY(!window.detailPane()->fieldText(QStringLiteral("customer.label")).isEmpty());
    const QModelIndex first = window.tree()->currentIndex();
    QVERIFY(!first.siblingAtColumn(BatchDesk::TechniciansColumn).data().toString().isEmpty());

    // The manager's week at 1366×768, pane open, in English and German: nothing cut.
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
        QVERIFY(m_translations->choose(language));
        WizardDriver::settleLayout(window); // the pane and the columns lay out before the picture
        QCOMPARE(window.size(), QSize(1366, 768));
        const QStringList cut = TestSupport::cutBoardTexts(window);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(":\n") + cut.join(QLatin1Char('\n'))));
        const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/mainwindow-demo-%1.png").arg(language);
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(path));
        // Not blank: a real board has text, bars in six colours, selection, alternating rows.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }
}

// The demo's technician at 1366×768 with "Assigned to me" on, and an empty result, in English
// and German: pictures to look at (test artifacts next to the binary), and the numbers on them.
void TestScreenshot::technicianBoardAt1366In2Languages()
{
    DemoBoard board;
    QVERIFY2(board.start(QStringLiteral("yuki.tanaka@demo.batchdesk.test")), qPrintable(board.error));
    BatchDesk::Ui::MainWindow &window = *board.window;
    window.resize(1366, 768);
    window.mineCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(board.store.pendingTechnicianFetches() == 0, 60000);
    QVERIFY(window.selectFirstBatch());
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
        QVERIFY(m_translations->choose(language));
        window.searchField()->clear();
        WizardDriver::settleLayout(window);
        const QString counts = window.boardDesk()->countsText();
        QVERIFY2(counts.contains(QLatin1Char('/')) || counts.contains(QStringLiteral(" of ")) || counts.contains(QStringLiteral(" von ")),
                 qPrintable(counts));
        QVERIFY(!window.boardDesk()->emptyResult()->isVisible());
        const QStringList cut = TestSupport::cutBoardTexts(window);
        QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(":\n") + cut.join(QLatin1Char('\n'))));
        const QString dir = QCoreApplication::applicationDirPath();
        QVERIFY(window.grab().save(dir + QStringLiteral("/board-technician-%1.png").arg(language)));
        // Nothing matches: the board says so and offers to clear the filters.
        window.searchField()->setText(QStringLiteral("no such batch anywhere"));
        WizardDriver::settleLayout(window);
        QVERIFY(window.boardDesk()->emptyResult()->isVisible());
        QVERIFY(window.grab().save(dir + QStringLiteral("/board-empty-%1.png").arg(language)));
    }
    window.searchField()->clear();
}

void TestScreenshot::oddDataIsExplainedOnTheBoard()
{
    QFile fixture(QStringLiteral(BATCHDESK_FIXTURES_DIR "/odd-page.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray page = fixture.readAll();
    TestSupport::ScriptedServer server;
    QVERIFY(server.listen());
    server.setResponder([&page](const TestSupport::RecordedRequest &request) {
        if (request.target.startsWith("/batches?") || request.target == "/batches")
            return TestSupport::ScriptedAction::json(200, page);
        return TestSupport::ScriptedAction::problem(
            404, R"({"type":"about:blank","title":"Not Found","status":404,"detail":"not in this fixture"})");
    });
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setBearerToken(QStringLiteral("fixture-token"));
    BatchDesk::BatchStore store;
    store.setClient(&client);
    BatchDesk::Ui::MainWindow window(&store, &settings);
    window.resize(1280, 560);
    window.show();
    QSignalSpy finished(&store, &BatchDesk::BatchStore::loadFinished);
    // The scripted server knows no /me, so no session: the board loads over the bare client.
    window.boardDesk()->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);

    // Three of the four batches are on the board; the banner names the one that is not.
    QCOMPARE(store.size(), 3);
    QVERIFY(!store.batch(QStringLiteral("b-cart-3")));
    const QString banner = window.errorBanner()->message();
    QVERIFY2(banner.contains(QStringLiteral("could not be shown")) && banner.contains(QStringLiteral("b-cart-3")),
             qPrintable(banner));
    QVERIFY(window.errorBanner()->isVisible());

    // The batch whose counts add up to 6 of its 4 cycles says so in its row.
    QTreeView *tree = window.tree();
    tree->expandAll();
    QModelIndex over;
    const std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(BatchDesk::BatchRoles::IdRole).toString() == QLatin1String("b-cart-2"))
                over = index;
            find(index);
        }
    };
    find({});
    QVERIFY(over.isValid());
    QCOMPARE(over.siblingAtColumn(BatchDesk::NumberCyclesColumn).data().toString(), QStringLiteral("4 (6 counted)"));
    QVERIFY(over.data(BatchDesk::BatchRoles::CycleCountsMismatchRole).toBool());
    WizardDriver::settleLayout(window);

    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/mainwindow-odd-data.png");
    QVERIFY(window.grab().toImage().save(path));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
