// The My work desk: the list in the planned order with its section headings, the highlight of
// what changed since the user last looked (kept per server and user in the settings, gone after
// "Mark as seen", not new again after a restart), the units pane's states; and against
// niagara-sim, signed in as the demo technician: the desk lists exactly what
// `batchdesk-cli batches mine` prints, in the same order, and a blocked batch shows its blocked
// units first.

#include "app/i18n/translations.h"
#include "common/batchfactory.h"
#include "common/clirun.h"
#include "common/sessionfixture.h"
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/cycles/batchcyclesfeed.h"
#include "models/mywork/myworkmodel.h"
#include "models/planning/planningservice.h"
#include "ui/mywork/myworkdesk.h"
#include "ui/mywork/myworkview.h"
#include "ui/mywork/unitspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace BatchDesk;
using TestSupport::BatchSpec;
using BatchDesk::Ui::MyWorkDesk;

namespace {

const QString kMe = QStringLiteral("u-me");

BatchSpec deskSpec(const QString &id, std::array<qint64, 6> cycles, double order, QStringList technicians = {kMe})
{
    return TestSupport::assignedSpec(id, cycles, order, std::move(technicians));
}

void deskLoad(BatchStore &store, std::initializer_list<BatchSpec> specs)
{
    store.beginLoad();
    store.ingest(TestSupport::makePage(specs));
    store.endLoad();
}

} // namespace

class TestMyWorkDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY((new App::Translations(nullptr, this))->choose(QStringLiteral("en")));
    }

    void listsTheUsersBatchesInOrderUnderSectionHeadings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        BatchStore store;
        CycleListModel units;
        BatchCyclesFeed feed(static_cast<Niagara::NiagaraClient *>(nullptr), &units);
        MyWorkDesk desk(&store, &feed, &settings);
        QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        desk.setUser(QStringLiteral("server-1"), kMe);
        // pending, in progress, verifying, complete, blocked, cancelled
        deskLoad(store, {deskSpec(QStringLiteral("n2"), {5, 0, 0, 0, 0, 0}, 2), deskSpec(QStringLiteral("n10"), {5, 0, 0, 0, 0, 0}, 10),
                         deskSpec(QStringLiteral("busy"), {1, 2, 0, 0, 0, 0}, 3), deskSpec(QStringLiteral("stuck"), {1, 0, 0, 0, 1, 0}, 4),
                         deskSpec(QStringLiteral("theirs"), {5, 0, 0, 0, 0, 0}, 1, {QStringLiteral("u-other")})});
        QTRY_COMPARE(desk.shownBatchIds(),
                     (QStringList{QStringLiteral("stuck"), QStringLiteral("busy"), QStringLiteral("n2"), QStringLiteral("n10")}));
        QCOMPARE(desk.countsText(), QStringLiteral("4 batches: 1 blocked, 1 in progress, 2 next, 0 done today"));
        // Section headings span the row; batch rows show the label large and the counts on the bar.
        QTreeView *view = desk.view();
        for (int s = 0; s < 4; ++s)
            QVERIFY(view->isFirstColumnSpanned(s, QModelIndex()));
        const QModelIndex stuck = desk.model()->indexOfBatch(QStringLiteral("stuck"));
        QCOMPARE(stuck.siblingAtColumn(MyWorkModel::ProgressColumn).data().toString(), QStringLiteral("0 / 2 done · 1 blocked"));
        QStyleOptionViewItem option;
        option.initFrom(view);
        const int batchRowHeight = view->itemDelegate()->sizeHint(option, stuck).height();
        QVERIFY2(batchRowHeight >= QFontMetrics(Ui::MyWorkDelegate::labelFont(view->font())).height(),
                 "the label's large type fits its row");

        // Opening a batch selects it and asks for its units; another user's batch is not here.
        QVERIFY(desk.openBatch(QStringLiteral("busy")));
        QCOMPARE(desk.currentBatchId(), QStringLiteral("busy"));
        QCOMPARE(feed.batchId(), QStringLiteral("busy"));
        QCOMPARE(desk.unitsPane()->headingLabel()->text(), QStringLiteral("Units of Batch busy"));
        QVERIFY(!desk.openBatch(QStringLiteral("theirs")));
        QVERIFY(desk.printAction()->isEnabled());
        // Signed out: nothing of the last user stays.
        desk.setUser(QStringLiteral("server-1"), QString());
        QCOMPARE(desk.shownBatchIds(), QStringList());
        QVERIFY(!desk.printAction()->isEnabled());
    }

    void whatChangedIsHighlightedUntilMarkedSeen()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        BatchStore store;
        CycleListModel units;
        BatchCyclesFeed feed(static_cast<Niagara::NiagaraClient *>(nullptr), &units);
        deskLoad(store, {deskSpec(QStringLiteral("a"), {5, 0, 0, 0, 0, 0}, 1), deskSpec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2)});
        {
            MyWorkDesk desk(&store, &feed, &settings);
            desk.setUser(QStringLiteral("server-1"), kMe);
            // Never looked before: what is there now is what was seen.
            QTRY_VERIFY(settings.contains(QStringLiteral("myWork/seen/server-1/u-me/at")));
            QVERIFY(desk.changeBanner()->isHidden());
            QVERIFY(!desk.markSeenAction()->isEnabled());

            // One more batch for me, and one of mine is blocked now.
            deskLoad(store, {deskSpec(QStringLiteral("a"), {4, 0, 0, 0, 1, 0}, 1), deskSpec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2),
                             deskSpec(QStringLiteral("c"), {5, 0, 0, 0, 0, 0}, 3)});
            QTRY_VERIFY(!desk.changeBanner()->isHidden());
            const QString text = desk.changeLabel()->text();
            QVERIFY2(text.startsWith(QStringLiteral("1 batch assigned to you since ")), qPrintable(text));
            QVERIFY2(text.endsWith(QStringLiteral("1 became blocked")), qPrintable(text));
            QVERIFY(desk.model()->indexOfBatch(QStringLiteral("c")).data(MyWorkModel::ChangedRole).toBool());
            QVERIFY(desk.model()->indexOfBatch(QStringLiteral("a")).data(MyWorkModel::NewlyBlockedRole).toBool());
            QCOMPARE(Ui::MyWorkDelegate::badgeText(desk.model()->indexOfBatch(QStringLiteral("c"))), QStringLiteral("New"));
            QCOMPARE(Ui::MyWorkDelegate::badgeText(desk.model()->indexOfBatch(QStringLiteral("a"))), QStringLiteral("Blocked"));
            QVERIFY(desk.markSeenAction()->isEnabled());
        }
        {
            // A restart before looking: the changes are still new.
            MyWorkDesk desk(&store, &feed, &settings);
            desk.setUser(QStringLiteral("server-1"), kMe);
            QTRY_VERIFY(!desk.changeBanner()->isHidden());
            // Another user on the same bench PC has seen nothing of this.
            desk.setUser(QStringLiteral("server-1"), QStringLiteral("u-other"));
            QVERIFY(desk.changeBanner()->isHidden());
            desk.setUser(QStringLiteral("server-1"), kMe);
            QTRY_VERIFY(!desk.changeBanner()->isHidden());
            desk.markSeenAction()->trigger();
            QVERIFY(desk.changeBanner()->isHidden());
            QVERIFY(!desk.model()->indexOfBatch(QStringLiteral("c")).data(MyWorkModel::ChangedRole).toBool());
        }
        {
            MyWorkDesk desk(&store, &feed, &settings);
            desk.setUser(QStringLiteral("server-1"), kMe);
            QTest::qWait(50);
            QVERIFY(desk.changeBanner()->isHidden());
            QCOMPARE(desk.shownBatchIds().size(), 3);
        }
    }

    void notificationsReportEachChangeOnce()
    {
        BatchStore store;
        MyWorkModel model(&store);
        model.setUserId(kMe);
        deskLoad(store, {deskSpec(QStringLiteral("a"), {5, 0, 0, 0, 0, 0}, 1)});
        model.refresh();
        model.setSeen(model.seenNow());
        ChangeNotices notices;
        QCOMPARE(notices.take(model), QString());
        deskLoad(store, {deskSpec(QStringLiteral("a"), {4, 0, 0, 0, 1, 0}, 1), deskSpec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2)});
        model.refresh();
        QCOMPARE(notices.take(model), QStringLiteral("Assigned to you: Batch b. Blocked: Batch a."));
        // Worked out again: nothing new to report.
        model.refresh();
        QCOMPARE(notices.take(model), QString());
        deskLoad(store, {deskSpec(QStringLiteral("a"), {4, 0, 0, 0, 1, 0}, 1), deskSpec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2),
                         deskSpec(QStringLiteral("c"), {5, 0, 0, 0, 0, 0}, 3)});
        model.refresh();
        QCOMPARE(notices.take(model), QStringLiteral("Assigned to you: Batch c."));
    }

    void theTechniciansDeskMatchesBatchesMineAndShowsBlockedUnitsFirst()
    {
        TestSupport::SimProcess sim;
        QString error;
        QVERIFY2(sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
        // The demo's technicians, each as `batches mine` prints their work: the first with a
        // blocked batch (the seeded technician when they have one) signs in to the desk.
        const auto mineOf = [&sim](const QString &token, QStringList *blocked) {
            const TestSupport::CliResult cli = TestSupport::runCli(
                QStringLiteral(BATCHDESK_CLI_PATH),
                {QStringLiteral("batches"), QStringLiteral("mine"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--server"), sim.baseUrl().toString()},
                token);
            QStringList printed;
            if (cli.exitCode != 0)
                return printed;
            for (const QJsonValue &section : QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("sections")).toArray()) {
                for (const QJsonValue &b : section.toObject().value(QStringLiteral("batches")).toArray()) {
                    printed << b.toObject().value(QStringLiteral("batch_id")).toString();
                    if (section.toObject().value(QStringLiteral("section")).toString() == QLatin1String("blocked"))
                        blocked->append(printed.constLast());
                }
            }
            return printed;
        };
        QStringList emails = sim.tokens().keys();
        emails.sort();
        emails.removeAll(QString::fromLatin1(TestSupport::kTechnicianEmail));
        emails.prepend(QString::fromLatin1(TestSupport::kTechnicianEmail));
        QString token;
        QStringList printed;
        QStringList blocked;
        for (const QString &email : std::as_const(emails)) {
            blocked.clear();
            printed = mineOf(sim.tokenFor(email), &blocked);
            if (!blocked.isEmpty()) {
                token = sim.tokenFor(email);
                break;
            }
        }
        QVERIFY2(!token.isEmpty(), "a demo technician has a blocked batch");

        TestSupport::SessionFixture fx;
        QVERIFY(fx.signInWithToken(sim.baseUrl(), token));
        BatchStore store;
        store.setClient(&fx.client);
        PlanningService planning(&fx.client);
        CycleListModel units;
        BatchCyclesFeed feed(&planning, &units);
        MyWorkDesk desk(&store, &feed, &fx.settings);
        QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester unitsTester(desk.unitsPane()->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        desk.setSession(&fx.session);
        store.reload();
        QVERIFY(QTest::qWaitFor([&] { return !store.isLoading() && store.pendingTechnicianFetches() == 0 && store.size() > 0; },
                                120000));
        desk.model()->refresh();

        QVERIFY2(!printed.isEmpty(), "the technician has work");
        QCOMPARE(desk.shownBatchIds(), printed);

        // The blocked batch: its units arrive with the blocked ones first.
        QVERIFY(desk.openBatch(blocked.constFirst()));
        QVERIFY(QTest::qWaitFor([&] { return feed.state() == BatchCyclesFeed::State::Loaded; }, 30000));
        const int blockedUnits = units.countIn(Niagara::StatusCategory::Blocked);
        QVERIFY(blockedUnits > 0);
        QVERIFY(units.rowCount() > blockedUnits);
        QVERIFY(desk.unitsPane()->showsTable());
        const QAbstractItemModel *shown = desk.unitsPane()->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const bool isBlocked = shown->index(row, 0).data(CycleListModel::CategoryRole).toInt()
                                   == static_cast<int>(Niagara::StatusCategory::Blocked);
            QCOMPARE(isBlocked, row < blockedUnits);
        }
        // A blocked unit says why.
        QVERIFY(!shown->index(0, CycleListModel::ReasonColumn).data().toString().isEmpty());
        // The filter shows the blocked ones only, and says how many there are.
        QComboBox *filter = desk.unitsPane()->categoryCombo();
        const int blockedChoice = filter->findData(static_cast<int>(Niagara::StatusCategory::Blocked));
        QCOMPARE(filter->itemText(blockedChoice), QStringLiteral("Blocked (%1)").arg(blockedUnits));
        filter->setCurrentIndex(blockedChoice);
        QCOMPARE(shown->rowCount(), blockedUnits);
    }
};

QTEST_MAIN(TestMyWorkDesk)
#include "tst_myworkdesk.moc"
