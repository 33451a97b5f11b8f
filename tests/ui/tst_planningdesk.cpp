// The planning desk (issue 16) over known figures: the three tables and their link, the status
// bar counting what is shown, the actions unavailable (with the reason) before the click, the
// links to the board, the charts and their text alternatives, the CSV export; rendered at
// 1366×768 in English and German into planningdesk-{en,de}-{tab}.png next to the test binary.

#include "app/i18n/translations.h"
#include "models/planning/planningcharts.h"
#include "models/planning/planningmonitor.h"
#include "ui/wrappingheaderview.h"
#include "models/planning/planningtablemodels.h"
#include "models/session/permissions.h"
#include "ui/planning/planningchartviews.h"
#include "ui/planning/planningdesk.h"
#include "ui/planning/planningreportpdf.h"
#include "models/planning/planningexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace BatchDesk;

namespace {

Niagara::CycleCounts counts(qint64 pending, qint64 complete, qint64 blocked = 0)
{
    Niagara::CycleCounts c;
    c[Niagara::StatusCategory::Pending] = pending;
    c[Niagara::StatusCategory::Complete] = complete;
    c[Niagara::StatusCategory::Blocked] = blocked;
    return c;
}

PlanningFigures figures()
{
    PlanInput in;
    in.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    in.queues.insert(QStringLiteral("q-fast"), {QStringLiteral("q-fast"), QStringLiteral("Fast Lane"),
                                                Niagara::SortKey::fromNumber(0), QStringList{QStringLiteral("u-yuki")}});
    in.queues.insert(QStringLiteral("q-img"), {QStringLiteral("q-img"), QStringLiteral("Imaging Bay"),
                                               Niagara::SortKey::fromNumber(1), QStringList{QStringLiteral("u-liam")}});
    in.workOrders.insert(QStringLiteral("wo-late"), {QStringLiteral("wo-late"), QStringLiteral("Provision 60 iPad Air — Northwind"),
                                                     QDateTime(QDate(2026, 12, 6), QTime(0, 0), QTimeZone::utc()), 200});
    in.workOrders.insert(QStringLiteral("wo-ok"), {QStringLiteral("wo-ok"), QStringLiteral("Image 40 Latitude — Contoso"),
                                                   QDateTime(QDate(2027, 1, 30), QTime(0, 0), QTimeZone::utc()), 40});
    in.userNames.insert(QStringLiteral("u-yuki"), QStringLiteral("Yuki Tanaka"));
    in.userNames.insert(QStringLiteral("u-liam"), QStringLiteral("Liam Byrne"));
    PlanBatch a{QStringLiteral("b1"), QStringLiteral("q-fast"), QStringLiteral("wo-late"), 150, counts(100, 40, 10),
                {QStringLiteral("u-yuki")}};
    PlanBatch b{QStringLiteral("b2"), QStringLiteral("q-img"), QStringLiteral("wo-ok"), 33, counts(3, 30),
                {QStringLiteral("u-liam")}};
    in.batches = {a, b};
    in.history = PaceWindow::empty(in.now, kHistoryDays);
    for (std::size_t i = 0; i < in.history.days.size(); ++i) {
        DayCompletions &d = in.history.days[i];
        d.source = i < 25 ? PaceSource::ServerMetrics : PaceSource::OwnHistory;
        d.byWorkOrder.insert(QStringLiteral("wo-late"), 2);
        d.byWorkOrder.insert(QStringLiteral("wo-ok"), 1);
        d.byQueue.insert(QStringLiteral("q-fast"), 2);
        d.byQueue.insert(QStringLiteral("q-img"), 1);
        d.byUser.insert(QStringLiteral("u-yuki"), 2);
        d.byUser.insert(QStringLiteral("u-liam"), 1);
    }
    in.pace = in.history.lastDays(7);
    return PlanningFigures::compute(in);
}

QStringList shownIds(QTableView *view)
{
    QStringList ids;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        ids << view->model()->index(r, 0).data(PlanningRoles::IdRole).toString();
    return ids;
}

void selectRow(QTableView *view, const QString &id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(PlanningRoles::IdRole).toString() == id) {
            view->setCurrentIndex(view->model()->index(r, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(id)));
}

} // namespace

class TestPlanningDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_translations = new App::Translations(nullptr, this);
        QVERIFY(m_translations->choose(QStringLiteral("en")));
    }

    void tablesLinkAndCountWhatIsShown()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        PlanningMonitor monitor(nullptr, nullptr);
        Ui::PlanningDesk desk(&monitor, &settings);
        desk.resize(1366, 700);
        monitor.setFigures(figures());

        QCOMPARE(shownIds(desk.queueView()), (QStringList{QStringLiteral("q-fast"), QStringLiteral("q-img")}));
        // Worst first: wo-late (160 left at 2/day, due in 3.5 days) is at risk, wo-ok on track.
        QCOMPARE(shownIds(desk.workOrderView()), (QStringList{QStringLiteral("wo-late"), QStringLiteral("wo-ok")}));
        QCOMPARE(desk.workOrderView()->model()->index(0, WorkOrderRiskModel::RiskColumn).data().toString(),
                 QStringLiteral("At risk"));
        QCOMPARE(desk.countsText(),
                 QStringLiteral("1 of 2 queues overloaded · 1 of 2 work orders late, stalled or at risk · 1 of 2 technicians overloaded"));
        QVERIFY(desk.summaryLabel()->text().contains(QLatin1String("7 days: 2 from server metrics, 5 from this app's history")));

        // Choosing a queue narrows the others to it, and the counts follow.
        selectRow(desk.queueView(), QStringLiteral("q-img"));
        QCOMPARE(shownIds(desk.workOrderView()), QStringList{QStringLiteral("wo-ok")});
        QCOMPARE(shownIds(desk.technicianView()), QStringList{QStringLiteral("u-liam")});
        QCOMPARE(desk.countsText(),
                 QStringLiteral("1 of 2 queues overloaded · 0 of 1 work order late, stalled or at risk · 0 of 1 technician overloaded"));
        desk.linkToQueue({});
        QCOMPARE(desk.workOrderView()->model()->rowCount(), 2);

        // A refresh that drops a work order keeps the desk consistent.
        PlanningFigures fewer = figures();
        fewer.workOrders.erase(fewer.workOrders.begin());
        monitor.setFigures(fewer);
        QCOMPARE(shownIds(desk.workOrderView()), QStringList{QStringLiteral("wo-ok")});
    }

    void actionsSayWhyBeforeTheClick()
    {
        PlanningMonitor monitor(nullptr, nullptr);
        Ui::PlanningDesk desk(&monitor, nullptr);
        Permissions permissions;
        permissions.setGranted(QSet<QString>{QStringLiteral("batch:read")});
        desk.setPermissions(&permissions);
        monitor.setFigures(figures());
        // Nothing chosen: unavailable, with the reason.
        QVERIFY(!desk.showWorkOrderAction()->isEnabled());
        QVERIFY(!desk.splitAction()->isEnabled());
        QVERIFY(desk.splitAction()->toolTip().contains(QLatin1String("Choose a work order")));
        selectRow(desk.workOrderView(), QStringLiteral("wo-late"));
        QVERIFY(desk.showWorkOrderAction()->isEnabled());
        // Chosen, but this user may not split: still unavailable, and the permissions say why.
        QVERIFY(!desk.splitAction()->isEnabled());
        QVERIFY2(desk.splitAction()->toolTip().contains(QLatin1String("batch:create")), qPrintable(desk.splitAction()->toolTip()));
        permissions.setGranted(QSet<QString>{QStringLiteral("batch:create")});
        QVERIFY(desk.splitAction()->isEnabled());

        QSignalSpy board(&desk, &Ui::PlanningDesk::showOnBoard);
        QSignalSpy split(&desk, &Ui::PlanningDesk::splitRequested);
        desk.showWorkOrderAction()->trigger();
        QCOMPARE(board.size(), 1);
        QCOMPARE(board.at(0).at(0).toString(), QStringLiteral("\"Provision 60 iPad Air — Northwind\""));
        desk.splitAction()->trigger();
        QCOMPARE(split.size(), 1);
        QCOMPARE(split.at(0).at(0).toString(), QStringLiteral("wo-late"));
        selectRow(desk.technicianView(), QStringLiteral("u-liam"));
        desk.showTechnicianAction()->trigger();
        QCOMPARE(board.size(), 2);
        QCOMPARE(board.at(1).at(0).toString(), QStringLiteral("\"Liam Byrne\""));
    }

    void chartsFollowTheChosenWorkOrder()
    {
        PlanningMonitor monitor(nullptr, nullptr);
        Ui::PlanningDesk desk(&monitor, nullptr);
        monitor.setFigures(figures());
        // The worst work order until one is chosen.
        QVERIFY2(desk.burnUpChart()->textAlternative().startsWith(QLatin1String("Provision 60 iPad Air")),
                 qPrintable(desk.burnUpChart()->textAlternative()));
        QVERIFY(desk.burnUpChart()->accessibleDescription().contains(QLatin1String("40 of 200 cycles complete")));
        selectRow(desk.workOrderView(), QStringLiteral("wo-ok"));
        QVERIFY(desk.burnUpChart()->textAlternative().startsWith(QLatin1String("Image 40 Latitude")));
        QVERIFY2(desk.dailyChart()->accessibleDescription().contains(QLatin1String("Fast Lane: 28 cycles completed in 14 days")),
                 qPrintable(desk.dailyChart()->accessibleDescription()));
    }

    void exportsWhatIsShown()
    {
        QTemporaryDir dir;
        PlanningMonitor monitor(nullptr, nullptr);
        Ui::PlanningDesk desk(&monitor, nullptr);
        monitor.setFigures(figures());
        desk.linkToQueue(QStringLiteral("q-img"));
        const QString csv = dir.filePath(QStringLiteral("wo.csv"));
        QCOMPARE(desk.exportCsv(PlanningTable::WorkOrders, csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("work_order_id,label,due_date"));
        QVERIFY(lines.at(1).startsWith("wo-ok,"));
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        desk.linkToQueue({});
        QCOMPARE(desk.exportPdf(pdf), QString());
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
        QVERIFY(out.size() > 10000);
        QVERIFY(Ui::PlanningReportPdf::lastPageCount() >= 2);
        QVERIFY(!desk.exportCsv(PlanningTable::Queues, dir.filePath(QStringLiteral("missing/dir/q.csv"))).isEmpty());
    }

    void burnUpWalksBackFromToday()
    {
        const PlanningFigures f = figures();
        const std::optional<BurnUp> b = BurnUp::of(f, QStringLiteral("wo-late"));
        QVERIFY(b);
        QCOMPARE(b->segments.size(), 1);
        const QList<BurnUpPoint> &points = b->segments.first();
        // 30 day ends + the start of the oldest day + now; 2 a day back from 40.
        QCOMPARE(points.size(), 32);
        QCOMPARE(points.last().complete, 40.0);
        QCOMPARE(points.first().complete, 0.0); // 60 done over the 30 days: more than 40, so the start is 0
        QCOMPARE(points.at(points.size() - 3).complete, 38.0);
        QCOMPARE(b->projection.size(), 2);
        QCOMPARE(b->projection.last().complete, 200.0);
        QVERIFY(!BurnUp::of(f, QStringLiteral("nope")));
    }

    void renderedAt1366InTwoLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void renderedAt1366InTwoLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(m_translations->choose(language));
        PlanningMonitor monitor(nullptr, nullptr);
        Ui::PlanningDesk desk(&monitor, nullptr);
        desk.resize(1366, 700);
        desk.show();
        monitor.setFigures(figures());
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        const QString dir = QCoreApplication::applicationDirPath();
        const QStringList names{QStringLiteral("tables"), QStringLiteral("burnup"), QStringLiteral("daily")};
        for (int tab = 0; tab < 3; ++tab) {
            desk.lowerTabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString file = dir + QStringLiteral("/planningdesk-%1-%2.png").arg(language, names.at(tab));
            QVERIFY(desk.grab().save(file));
        }
        // Every column of the three tables is on screen, and every header readable whole (on
        // two lines at most: long labels wrap over short figures).
        for (QTableView *view : {desk.queueView(), desk.technicianView(), desk.workOrderView()}) {
            QHeaderView *header = view->horizontalHeader();
            QVERIFY2(header->length() <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 needs %3 px, has %4")
                                    .arg(language, view->objectName())
                                    .arg(header->length())
                                    .arg(view->viewport()->width())));
            for (int c = 1; c < header->count(); ++c) {
                const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= Ui::WrappingHeaderView::wrappedWidth(header->fontMetrics(), text, 2),
                         qPrintable(QStringLiteral("%1: %2").arg(language, text)));
            }
        }
        QVERIFY(m_translations->choose(QStringLiteral("en")));
    }

private:
    App::Translations *m_translations = nullptr;
};

QTEST_MAIN(TestPlanningDesk)
#include "tst_planningdesk.moc"
