// The planning desk's arithmetic (issue 16): pace, projection, risk, overload, in `_data`
// tables; the completion history (spread by day, restart, two writers, compaction); the three
// table models and the link proxy under QAbstractItemModelTester through loads, refreshes and
// removals.

#include "models/planning/completionhistory.h"
#include "models/planning/planningfigures.h"
#include "models/planning/planningtablemodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <thread>

using namespace BatchDesk;
using Niagara::StatusCategory;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return t.toUTC();
}

Niagara::CycleCounts counts(qint64 pending, qint64 inProgress, qint64 verifying, qint64 complete, qint64 blocked = 0,
                            qint64 cancelled = 0)
{
    Niagara::CycleCounts c;
    c[StatusCategory::Pending] = pending;
    c[StatusCategory::InProgress] = inProgress;
    c[StatusCategory::Verifying] = verifying;
    c[StatusCategory::Complete] = complete;
    c[StatusCategory::Blocked] = blocked;
    c[StatusCategory::Cancelled] = cancelled;
    return c;
}

PlanBatch batch(const QString &id, const QString &queue, const QString &wo, const Niagara::CycleCounts &c,
                const QStringList &techs = {})
{
    PlanBatch b;
    b.id = id;
    b.queueId = queue;
    b.workOrderId = wo;
    b.cycles = c;
    b.numberCycles = c.total();
    b.technicianIds = techs;
    return b;
}

// A window of `covered` days (of 7) from the server, each with `perDay` completions for the
// work order "wo", the queue "q" and the user "u".
PaceWindow windowWith(const QDateTime &now, int covered, double perDay)
{
    PaceWindow w = PaceWindow::empty(now, 7);
    for (int i = 7 - covered; i < 7; ++i) {
        DayCompletions &d = w.days[static_cast<std::size_t>(i)];
        d.source = PaceSource::ServerMetrics;
        d.byWorkOrder.insert(QStringLiteral("wo"), perDay);
        d.byQueue.insert(QStringLiteral("q"), perDay);
        d.byUser.insert(QStringLiteral("u"), perDay);
    }
    return w;
}

QString fmt(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("null");
}

} // namespace

class TestPlanningFigures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workOrderProjection_data();
    void workOrderProjection();
    void projectionAcrossDaylightSaving();
    void queueOverload_data();
    void queueOverload();
    void technicianLoad_data();
    void technicianLoad();
    void noPaceDataMeansNoVerdicts();
    void workOrdersAcrossQueuesAndUnbatched();
    void serverMetricsFillDaysBeforeOwnHistory();
    void historySpreadsIncreasesByDay();
    void historySurvivesRestartAndCountsOnce();
    void historyBatchMovedBetweenQueues();
    void historyTwoWritersAtOnce();
    void historyCompactsOldDays();
    void tablesUnderModelTester();
    void linkProxyFilters();
};

void TestPlanningFigures::workOrderProjection_data()
{
    QTest::addColumn<qint64>("needed");
    QTest::addColumn<qint64>("complete");
    QTest::addColumn<int>("coveredDays");
    QTest::addColumn<double>("perDay");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<qint64>("remaining");

    // now = 2026-12-02T12:00:00Z
    // No day of the window has data: a pace of 0 says nothing yet.
    QTest::newRow("no data yet: no pace") << qint64(100) << qint64(10) << 0 << 0.0 << "2026-12-20T00:00:00Z"
                                          << "no_pace" << "null" << qint64(90);
    QTest::newRow("no data yet, past due: late") << qint64(100) << qint64(10) << 0 << 0.0 << "2026-12-01T00:00:00Z"
                                                 << "late" << "null" << qint64(90);
    QTest::newRow("no data yet, all complete: done") << qint64(100) << qint64(100) << 0 << 0.0
                                                     << "2026-12-20T00:00:00Z" << "done" << "null" << qint64(0);
    QTest::newRow("pace 0 over covered days: stalled")
        << qint64(100) << qint64(10) << 7 << 0.0 << "2026-12-20T00:00:00Z" << "stalled" << "null" << qint64(90);
    QTest::newRow("on track: 90 at 10/day = 9 days")
        << qint64(100) << qint64(10) << 7 << 10.0 << "2026-12-20T00:00:00Z" << "on_track" << "2026-12-11T12:00:00Z"
        << qint64(90);
    QTest::newRow("at risk: finish after due")
        << qint64(100) << qint64(10) << 7 << 5.0 << "2026-12-10T00:00:00Z" << "at_risk" << "2026-12-20T12:00:00Z"
        << qint64(90);
    QTest::newRow("pace from 2 covered days only")
        << qint64(100) << qint64(10) << 2 << 30.0 << "2026-12-20T00:00:00Z" << "on_track" << "2026-12-05T12:00:00Z"
        << qint64(90);
    QTest::newRow("everything done, past due: done beats late")
        << qint64(100) << qint64(100) << 7 << 10.0 << "2026-11-01T00:00:00Z" << "done" << "2026-12-02T12:00:00Z"
        << qint64(0);
    QTest::newRow("more complete than needed: remaining never below 0")
        << qint64(100) << qint64(130) << 0 << 0.0 << "2026-12-20T00:00:00Z" << "done" << "null" << qint64(0);
    QTest::newRow("past due, unfinished: late beats stalled")
        << qint64(100) << qint64(10) << 0 << 0.0 << "2026-12-01T00:00:00Z" << "late" << "null" << qint64(90);
    QTest::newRow("past due with pace: late") << qint64(100) << qint64(10) << 7 << 50.0 << "2026-12-02T11:59:59Z"
                                              << "late" << "2026-12-04T07:12:00Z" << qint64(90);
    QTest::newRow("no due date: on track") << qint64(100) << qint64(10) << 7 << 1.0 << "" << "on_track"
                                           << "2027-03-02T12:00:00Z" << qint64(90);
}

void TestPlanningFigures::workOrderProjection()
{
    QFETCH(qint64, needed);
    QFETCH(qint64, complete);
    QFETCH(int, coveredDays);
    QFETCH(double, perDay);
    QFETCH(QString, due);
    QFETCH(QString, risk);
    QFETCH(QString, finish);
    QFETCH(qint64, remaining);

    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.workOrders.insert(QStringLiteral("wo"),
                         {QStringLiteral("wo"), QStringLiteral("Work order"),
                          due.isEmpty() ? QDateTime() : utc(due.toLatin1().constData()), needed});
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q"), QStringLiteral("wo"),
                               counts(needed > complete ? needed - complete : 0, 0, 0, complete)));
    in.pace = windowWith(in.now, coveredDays, perDay);

    const PlanningFigures f = PlanningFigures::compute(in);
    QCOMPARE(f.workOrders.size(), std::size_t(1));
    const WorkOrderFigures &w = f.workOrders.front();
    QCOMPARE(w.cyclesRemaining, remaining);
    QCOMPARE(w.cyclesComplete, complete);
    QCOMPARE(w.pacePerDay, perDay);
    QCOMPARE(fmt(w.projectedFinish), finish);
    QCOMPARE(riskWireName(w.risk), risk);
    QCOMPARE(f.paceDays, coveredDays);
}

void TestPlanningFigures::projectionAcrossDaylightSaving()
{
    // Europe/Berlin leaves summer time on 2026-10-25: a local calendar day is 25 hours there.
    // The projection counts days of 86,400 s, so 10 remaining at 1/day from 2026-10-20 12:00 UTC
    // ends 2026-10-30 12:00 UTC (13:00 local, an hour "earlier" on the local clock than at the
    // start), and against a due date given in local time the slack is exact in hours.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    PlanInput in;
    in.now = QDateTime(QDate(2026, 10, 20), QTime(14, 0), berlin); // 12:00 UTC (summer time)
    const QDateTime due(QDate(2026, 10, 30), QTime(14, 0), berlin); // 13:00 UTC (winter time)
    in.workOrders.insert(QStringLiteral("wo"), {QStringLiteral("wo"), QStringLiteral("WO"), due, 20});
    in.batches.push_back(batch(QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), counts(10, 0, 0, 10)));
    in.pace = windowWith(in.now, 7, 1.0);
    const PlanningFigures f = PlanningFigures::compute(in);
    const WorkOrderFigures &w = f.workOrders.front();
    QCOMPARE(fmt(w.projectedFinish), QStringLiteral("2026-10-30T12:00:00Z"));
    QVERIFY(w.slackDays);
    QCOMPARE(std::lround(*w.slackDays * 24.0), 1L); // one hour, not zero and not 25
    QCOMPARE(riskWireName(w.risk), QStringLiteral("on_track"));
}

void TestPlanningFigures::queueOverload_data()
{
    QTest::addColumn<qint64>("active");
    QTest::addColumn<double>("pace");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("overloaded");
    QTest::addColumn<double>("backlog"); // -1: null

    // now = 2026-12-02T12:00:00Z; the queue's only work order is due at `due`
    QTest::newRow("backlog 4 days, 8 left") << qint64(40) << 10.0 << "2026-12-10T12:00:00Z" << false << 4.0;
    QTest::newRow("backlog 10 days, 8 left") << qint64(100) << 10.0 << "2026-12-10T12:00:00Z" << true << 10.0;
    QTest::newRow("no pace, work left, a due date") << qint64(5) << 0.0 << "2026-12-30T12:00:00Z" << true << -1.0;
    QTest::newRow("no pace, no active cycles") << qint64(0) << 0.0 << "2026-12-30T12:00:00Z" << false << -1.0;
    QTest::newRow("no due date: never overloaded") << qint64(100) << 1.0 << "" << false << 100.0;
    QTest::newRow("past due with work left") << qint64(1) << 100.0 << "2026-12-01T12:00:00Z" << true << 0.01;
}

void TestPlanningFigures::queueOverload()
{
    QFETCH(qint64, active);
    QFETCH(double, pace);
    QFETCH(QString, due);
    QFETCH(bool, overloaded);
    QFETCH(double, backlog);

    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.workOrders.insert(QStringLiteral("wo"),
                         {QStringLiteral("wo"), QStringLiteral("WO"),
                          due.isEmpty() ? QDateTime() : utc(due.toLatin1().constData()), 1000});
    // Active cycles split over two batches, one blocked part.
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q"), QStringLiteral("wo"),
                               counts(active / 2, 0, 0, 3)));
    in.batches.push_back(batch(QStringLiteral("b2"), QStringLiteral("q"), QStringLiteral("wo"),
                               counts(0, 0, 0, 2, active - active / 2)));
    in.queues.insert(QStringLiteral("q"), {QStringLiteral("q"), QStringLiteral("Queue"), {}, std::nullopt});
    in.pace = windowWith(in.now, 7, pace);
    const PlanningFigures f = PlanningFigures::compute(in);
    QCOMPARE(f.queues.size(), std::size_t(1));
    const QueueFigures &q = f.queues.front();
    QCOMPARE(q.activeCycles, active);
    QCOMPARE(q.blockedCycles, active - active / 2);
    QCOMPARE(q.overloaded, overloaded);
    if (backlog < 0)
        QVERIFY(!q.backlogDays);
    else
        QCOMPARE(*q.backlogDays, backlog);
}

void TestPlanningFigures::technicianLoad_data()
{
    QTest::addColumn<double>("pace");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("open");
    QTest::addColumn<bool>("overloaded");

    // u holds all of b1 (20 active) and half of b2 (30 active, shared with v): 35 open.
    QTest::newRow("35 open at 10/day = 3.5 days") << 10.0 << 5.0 << 35.0 << false;
    QTest::newRow("35 open at 5/day = 7 days") << 5.0 << 5.0 << 35.0 << true;
    QTest::newRow("threshold 8: 7 days is fine") << 5.0 << 8.0 << 35.0 << false;
    QTest::newRow("no pace with open work") << 0.0 << 5.0 << 35.0 << true;
}

void TestPlanningFigures::technicianLoad()
{
    QFETCH(double, pace);
    QFETCH(double, threshold);
    QFETCH(double, open);
    QFETCH(bool, overloaded);

    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.overloadThresholdDays = threshold;
    in.userNames.insert(QStringLiteral("u"), QStringLiteral("Yuki"));
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q"), QStringLiteral("wo"), counts(10, 5, 5, 7),
                               {QStringLiteral("u")}));
    in.batches.push_back(batch(QStringLiteral("b2"), QStringLiteral("q2"), QStringLiteral("wo"), counts(20, 0, 0, 0, 10),
                               {QStringLiteral("u"), QStringLiteral("v")}));
    // A finished batch counts no open cycle and no batch.
    in.batches.push_back(batch(QStringLiteral("b3"), QStringLiteral("q"), QStringLiteral("wo"), counts(0, 0, 0, 9),
                               {QStringLiteral("u")}));
    in.pace = windowWith(in.now, 7, pace);
    const PlanningFigures f = PlanningFigures::compute(in);
    const auto it = std::find_if(f.technicians.begin(), f.technicians.end(),
                                 [](const TechnicianFigures &t) { return t.userId == QLatin1String("u"); });
    QVERIFY(it != f.technicians.end());
    QCOMPARE(it->name, QStringLiteral("Yuki"));
    QCOMPARE(it->openCycles, open);
    QCOMPARE(it->batches, 2);
    QCOMPARE(it->queueIds, (QStringList{QStringLiteral("q"), QStringLiteral("q2")}));
    QCOMPARE(it->overloaded, overloaded);
    if (pace > 0)
        QCOMPARE(*it->loadDays, open / pace);
    else
        QVERIFY(!it->loadDays);
    const auto v = std::find_if(f.technicians.begin(), f.technicians.end(),
                                [](const TechnicianFigures &t) { return t.userId == QLatin1String("v"); });
    QVERIFY(v != f.technicians.end());
    QCOMPARE(v->openCycles, 15.0);
    QCOMPARE(v->name, QStringLiteral("v")); // no name known: the id
}

void TestPlanningFigures::noPaceDataMeansNoVerdicts()
{
    // The same work as queueOverload's and technicianLoad's overloaded rows, with no day of
    // data: nobody is called overloaded, and nothing OK either.
    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.workOrders.insert(QStringLiteral("wo"), {QStringLiteral("wo"), QStringLiteral("WO"), utc("2026-12-10T12:00:00Z"), 1000});
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q"), QStringLiteral("wo"), counts(100, 5, 5, 7),
                               {QStringLiteral("u")}));
    in.pace = windowWith(in.now, 0, 0.0);
    PlanningFigures f = PlanningFigures::compute(in);
    QCOMPARE(f.paceDays, 0);
    QCOMPARE(f.queues.size(), std::size_t(1));
    QVERIFY(!f.queues.front().loadKnown);
    QVERIFY(!f.queues.front().overloaded);
    QCOMPARE(f.technicians.size(), std::size_t(1));
    QVERIFY(!f.technicians.front().loadKnown);
    QVERIFY(!f.technicians.front().overloaded);
    QCOMPARE(f.workOrders.front().risk, Risk::NoPace);

    // The tables say so in words, and sort it after the overloaded.
    QueueLoadModel queues;
    TechnicianLoadModel technicians;
    QAbstractItemModelTester queueTester(&queues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester technicianTester(&technicians, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queues.setFigures(f);
    technicians.setFigures(f);
    QCOMPARE(queues.index(0, QueueLoadModel::Load).data().toString(), QStringLiteral("not known"));
    QVERIFY(queues.index(0, QueueLoadModel::Load).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("No pace yet")));
    QCOMPARE(technicians.index(0, TechnicianLoadModel::Status).data().toString(), QStringLiteral("not known"));
    QCOMPARE(riskDisplayName(f.workOrders.front().risk), QStringLiteral("No pace yet"));

    // One day of data is enough for verdicts: the same work is overloaded then.
    in.pace = windowWith(in.now, 7, 1.0);
    f = PlanningFigures::compute(in);
    QVERIFY(f.queues.front().loadKnown);
    QVERIFY(f.queues.front().overloaded);
    QVERIFY(f.technicians.front().overloaded);
    QCOMPARE(f.workOrders.front().risk, Risk::AtRisk);
    queues.setFigures(f);
    QCOMPARE(queues.index(0, QueueLoadModel::Load).data().toString(), QStringLiteral("Overloaded"));
}

void TestPlanningFigures::workOrdersAcrossQueuesAndUnbatched()
{
    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.workOrders.insert(QStringLiteral("wo"), {QStringLiteral("wo"), QStringLiteral("Split"), utc("2026-12-04T00:00:00Z"), 100});
    in.workOrders.insert(QStringLiteral("new"), {QStringLiteral("new"), QStringLiteral("Not split"), utc("2026-12-30T00:00:00Z"), 50});
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q1"), QStringLiteral("wo"), counts(10, 0, 0, 20)));
    in.batches.push_back(batch(QStringLiteral("b2"), QStringLiteral("q2"), QStringLiteral("wo"), counts(0, 10, 0, 20)));
    in.pace = windowWith(in.now, 7, 10.0); // "wo" at 10/day; "new" has no pace
    const PlanningFigures f = PlanningFigures::compute(in);
    QCOMPARE(f.workOrders.size(), std::size_t(2));
    // Worst first: "new" is stalled (no pace), "wo" is at risk (60 left at 10/day, due in 1.5 days).
    QCOMPARE(f.workOrders[0].workOrderId, QStringLiteral("new"));
    QCOMPARE(f.workOrders[0].risk, Risk::Stalled);
    QCOMPARE(f.workOrders[0].cyclesBatched, 0);
    QCOMPARE(f.workOrders[0].cyclesRemaining, 50);
    const WorkOrderFigures &wo = f.workOrders[1];
    QCOMPARE(wo.risk, Risk::AtRisk);
    QCOMPARE(wo.cyclesBatched, 60);
    QCOMPARE(wo.cyclesComplete, 40);
    QCOMPARE(wo.cyclesRemaining, 60);
    QCOMPARE(wo.queueIds, (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
    QVERIFY(wo.slackDays);
    QCOMPARE(*wo.slackDays, -4.5);
}

void TestPlanningFigures::serverMetricsFillDaysBeforeOwnHistory()
{
    const QDateTime now = utc("2026-12-02T12:00:00Z");
    PaceWindow w = PaceWindow::empty(now, 7);
    QCOMPARE(w.days.front().day, QDate(2026, 11, 25));
    QCOMPARE(w.days.back().day, QDate(2026, 12, 1));
    // The own history covers the last two days.
    for (int i = 5; i < 7; ++i) {
        w.days[std::size_t(i)].source = PaceSource::OwnHistory;
        w.days[std::size_t(i)].byQueue.insert(QStringLiteral("q"), 4);
    }
    QCOMPARE(w.uncoveredSpan()->first, QDate(2026, 11, 25));
    QCOMPARE(w.uncoveredSpan()->second, QDate(2026, 11, 29));

    auto row = [](const char *day, double value, const char *queue, const char *user, const char *metric = "cycle_success") {
        Niagara::MetricRow r;
        r.metric = QString::fromLatin1(metric);
        r.value = value;
        r.date = utc(day);
        r.dimensions.append({QStringLiteral("queue"), QString::fromLatin1(queue), QString()});
        r.dimensions.append({QStringLiteral("user"), QString::fromLatin1(user), QString()});
        r.dimensions.append({QStringLiteral("customer:c1:program"), QStringLiteral("p"), QString()}); // unknown: ignored
        return r;
    };
    const QList<Niagara::MetricRow> rows{
        row("2026-11-25T00:00:00.000Z", 6, "q", "u"),
        row("2026-11-26T00:00:00.000Z", 3, "q", "u"),
        row("2026-11-26T00:00:00.000Z", 3, "q", "v"),
        row("2026-11-30T00:00:00.000Z", 100, "q", "u"), // a day the own history covers: ignored
        row("2026-11-20T00:00:00.000Z", 100, "q", "u"), // before the window: ignored
        row("2026-11-27T00:00:00.000Z", 100, "q", "u", "cycle_failure"), // another metric
    };
    w.applyServerMetrics(rows, QDate(2026, 11, 25), QDate(2026, 12, 1));
    QCOMPARE(w.coveredDays(), 7);
    QCOMPARE(w.daysFrom(PaceSource::ServerMetrics), 5);
    QCOMPARE(w.daysFrom(PaceSource::OwnHistory), 2);
    QCOMPARE(w.queuePace(QStringLiteral("q")), (6 + 6 + 4 + 4) / 7.0);
    QCOMPARE(w.userPace(QStringLiteral("u")), 9 / 7.0);
    QCOMPARE(w.userPace(QStringLiteral("v")), 3 / 7.0);
    QCOMPARE(w.workOrderPace(QStringLiteral("q")), 0.0);
}

void TestPlanningFigures::historySpreadsIncreasesByDay()
{
    QTemporaryDir dir;
    CompletionHistory h(dir.filePath(QStringLiteral("h.sqlite")));
    QString error;
    // First observation: a baseline, no completions.
    QVERIFY2(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 5, {}, {QStringLiteral("u"), QStringLiteral("v")}}},
                      utc("2026-11-20T12:00:00Z"), &error), qPrintable(error));
    // 24 more, seen 1.5 days later: 8 on the 20th (12 h), 16 on the 21st (24 h).
    QVERIFY2(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 29, {}, {QStringLiteral("u"), QStringLiteral("v")}}},
                      utc("2026-11-22T00:00:00Z"), &error), qPrintable(error));
    PaceWindow w = PaceWindow::empty(utc("2026-11-23T12:00:00Z"), 7); // 16th .. 22nd
    QVERIFY2(h.fill(w, &error), qPrintable(error));
    QCOMPARE(h.historyStart(), utc("2026-11-20T12:00:00Z"));
    // Only the days the history saw whole: the 21st and the 22nd.
    QCOMPARE(w.daysFrom(PaceSource::OwnHistory), 2);
    QCOMPARE(w.days[5].day, QDate(2026, 11, 21));
    QCOMPARE(w.days[5].byQueue.value(QStringLiteral("q")), 16.0);
    QCOMPARE(w.days[5].byWorkOrder.value(QStringLiteral("wo")), 16.0);
    QCOMPARE(w.days[5].byUser.value(QStringLiteral("u")), 8.0); // shared by two technicians
    QCOMPARE(w.days[6].byQueue.value(QStringLiteral("q")), 0.0);
    QCOMPARE(w.queuePace(QStringLiteral("q")), 8.0);

    // A batch created after the last observation: its completions count from its creation.
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 29, {}, {}},
                      {QStringLiteral("n"), QStringLiteral("q"), QStringLiteral("wo"), 6, utc("2026-11-22T06:00:00Z"), {}}},
                     utc("2026-11-22T12:00:00Z"), &error));
    w = PaceWindow::empty(utc("2026-11-23T12:00:00Z"), 7);
    QVERIFY(h.fill(w, &error));
    QCOMPARE(w.days[6].byQueue.value(QStringLiteral("q")), 6.0);
    // A batch seen for the first time that is older than the last observation: a baseline.
    QVERIFY(h.record({{QStringLiteral("old"), QStringLiteral("q"), QStringLiteral("wo"), 50, utc("2026-01-01T00:00:00Z"), {}}},
                     utc("2026-11-22T18:00:00Z"), &error));
    w = PaceWindow::empty(utc("2026-11-23T12:00:00Z"), 7);
    QVERIFY(h.fill(w, &error));
    QCOMPARE(w.days[6].byQueue.value(QStringLiteral("q")), 6.0);
}

void TestPlanningFigures::historySurvivesRestartAndCountsOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/h.sqlite"));
    QString error;
    {
        CompletionHistory h(path);
        QVERIFY2(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 0, {}, {}}},
                          utc("2026-11-20T00:00:00Z"), &error), qPrintable(error));
        QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 10, {}, {}}},
                         utc("2026-11-21T00:00:00Z"), &error));
    }
    QFile::Permissions perms = QFile::permissions(path);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    {
        // "Restart": a new object on the same file sees the history, and the same count seen
        // again adds nothing.
        CompletionHistory h(path);
        QCOMPARE(h.historyStart(), utc("2026-11-20T00:00:00Z"));
        QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 10, {}, {}}},
                         utc("2026-11-21T06:00:00Z"), &error));
        PaceWindow w = PaceWindow::empty(utc("2026-11-22T12:00:00Z"), 2); // 20th, 21st
        QVERIFY(h.fill(w, &error));
        QCOMPARE(w.days[0].byQueue.value(QStringLiteral("q")), 10.0);
        QCOMPARE(w.days[1].byQueue.value(QStringLiteral("q")), 0.0);
        QCOMPARE(w.daysFrom(PaceSource::OwnHistory), 2);
    }
}

void TestPlanningFigures::historyBatchMovedBetweenQueues()
{
    QTemporaryDir dir;
    CompletionHistory h(dir.filePath(QStringLiteral("h.sqlite")));
    QString error;
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("qa"), QStringLiteral("wo"), 0, {}, {}}}, utc("2026-11-20T00:00:00Z"), &error));
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("qa"), QStringLiteral("wo"), 4, {}, {}}}, utc("2026-11-21T00:00:00Z"), &error));
    // Moved to qb: what it completes from now on is qb's; what it did in qa stays there.
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("qb"), QStringLiteral("wo"), 10, {}, {}}}, utc("2026-11-22T00:00:00Z"), &error));
    PaceWindow w = PaceWindow::empty(utc("2026-11-22T12:00:00Z"), 2);
    QVERIFY(h.fill(w, &error));
    QCOMPARE(w.days[0].byQueue.value(QStringLiteral("qa")), 4.0);
    QCOMPARE(w.days[1].byQueue.value(QStringLiteral("qb")), 6.0);
    QCOMPARE(w.days[1].byQueue.value(QStringLiteral("qa")), 0.0);
    QCOMPARE(w.workOrderPace(QStringLiteral("wo")), 5.0);
}

void TestPlanningFigures::historyTwoWritersAtOnce()
{
    // Two instances observe the same increases at the same time: each increase counts once,
    // and the file stays a sound database.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QString error;
    std::vector<BatchObservation> base;
    std::vector<BatchObservation> later;
    for (int i = 0; i < 2000; ++i) {
        base.push_back({QStringLiteral("b%1").arg(i), QStringLiteral("q"), QStringLiteral("wo"), 0, {}, {}});
        later.push_back({QStringLiteral("b%1").arg(i), QStringLiteral("q"), QStringLiteral("wo"), 3, {}, {}});
    }
    QVERIFY(CompletionHistory(path).record(base, utc("2026-11-20T00:00:00Z"), &error));
    bool ok1 = false;
    bool ok2 = false;
    std::thread a([&] {
        QString e;
        ok1 = CompletionHistory(path).record(later, utc("2026-11-20T12:00:00Z"), &e);
    });
    std::thread b([&] {
        QString e;
        ok2 = CompletionHistory(path).record(later, utc("2026-11-20T12:00:01Z"), &e);
    });
    a.join();
    b.join();
    QVERIFY(ok1);
    QVERIFY(ok2);
    PaceWindow w = PaceWindow::empty(utc("2026-11-21T12:00:00Z"), 1);
    QVERIFY(CompletionHistory(path).fill(w, &error));
    QCOMPARE(w.days[0].byQueue.value(QStringLiteral("q")), 6000.0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestPlanningFigures::historyCompactsOldDays()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    CompletionHistory h(path);
    QString error;
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 0, {}, {}}}, utc("2026-01-01T00:00:00Z"), &error));
    QVERIFY(h.record({{QStringLiteral("b"), QStringLiteral("q"), QStringLiteral("wo"), 5, {}, {}}}, utc("2026-01-02T00:00:00Z"), &error));
    QVERIFY(h.record({{QStringLiteral("c"), QStringLiteral("q"), QStringLiteral("wo"), 1, {}, {}}}, utc("2026-06-01T00:00:00Z"), &error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("compact"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM daily WHERE day < '2026-03-01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batch_state WHERE batch_id = 'b'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not seen for 90 days
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("compact"));
}

namespace {

PlanningFigures sampleFigures(int variant)
{
    PlanInput in;
    in.now = utc("2026-12-02T12:00:00Z");
    in.queues.insert(QStringLiteral("q1"), {QStringLiteral("q1"), QStringLiteral("Fast Lane"), Niagara::SortKey::fromNumber(0),
                                            QStringList{QStringLiteral("u")}});
    in.queues.insert(QStringLiteral("q2"), {QStringLiteral("q2"), QStringLiteral("Rework"), Niagara::SortKey::fromNumber(1), std::nullopt});
    in.workOrders.insert(QStringLiteral("w1"), {QStringLiteral("w1"), QStringLiteral("<b>iPads</b>"), utc("2026-12-05T00:00:00Z"), 100});
    in.workOrders.insert(QStringLiteral("w2"), {QStringLiteral("w2"), QStringLiteral("Chromebooks"), utc("2026-12-25T00:00:00Z"), 40});
    in.userNames.insert(QStringLiteral("u"), QStringLiteral("Yuki"));
    in.batches.push_back(batch(QStringLiteral("b1"), QStringLiteral("q1"), QStringLiteral("w1"), counts(30, 0, 0, 10), {QStringLiteral("u")}));
    if (variant >= 1)
        in.batches.push_back(batch(QStringLiteral("b2"), QStringLiteral("q2"), QStringLiteral("w2"), counts(5, 0, 0, 5), {QStringLiteral("v")}));
    if (variant == 2) {
        in.queues.remove(QStringLiteral("q1"));
        in.workOrders.remove(QStringLiteral("w1"));
        in.batches.erase(in.batches.begin());
    }
    in.pace = windowWith(in.now, 7, 2.0 + variant);
    return PlanningFigures::compute(in);
}

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, col).data(role).toString());
    return out;
}

} // namespace

void TestPlanningFigures::tablesUnderModelTester()
{
    QueueLoadModel queues;
    WorkOrderRiskModel workOrders;
    TechnicianLoadModel technicians;
    QAbstractItemModelTester t1(&queues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&workOrders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&technicians, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&workOrders, &QAbstractItemModel::modelReset);

    queues.setFigures(sampleFigures(0));
    workOrders.setFigures(sampleFigures(0));
    technicians.setFigures(sampleFigures(0));
    QCOMPARE(column(queues, QueueLoadModel::Queue), (QStringList{QStringLiteral("Fast Lane"), QStringLiteral("Rework")}));
    QCOMPARE(column(queues, QueueLoadModel::Active), (QStringList{QStringLiteral("30"), QStringLiteral("0")}));
    // (No translator here: the English plural file is the app's.)
    QCOMPARE(queues.index(0, QueueLoadModel::Technicians).data().toString(), QStringLiteral("1"));
    QCOMPARE(queues.index(1, QueueLoadModel::Technicians).data().toString(), QStringLiteral("not known"));
    QVERIFY(queues.index(0, QueueLoadModel::Technicians).data(Qt::ToolTipRole).toString().contains(QLatin1String("Yuki")));
    // Markup in a label is shown as text, and the risk is a word.
    QCOMPARE(workOrders.index(workOrders.rowOf(QStringLiteral("w1")), WorkOrderRiskModel::WorkOrder).data().toString(),
             QStringLiteral("<b>iPads</b>"));
    QVERIFY(!workOrders.index(workOrders.rowOf(QStringLiteral("w1")), WorkOrderRiskModel::WorkOrder)
                 .data(Qt::ToolTipRole).toString().contains(QLatin1String("<b>")));
    QCOMPARE(workOrders.index(workOrders.rowOf(QStringLiteral("w1")), WorkOrderRiskModel::RiskColumn).data().toString(),
             QStringLiteral("Stalled")); // its pace: none in the window (the window counts "wo")
    QCOMPARE(column(technicians, TechnicianLoadModel::Technician), QStringList{QStringLiteral("Yuki")});
    QCOMPARE(technicians.index(0, TechnicianLoadModel::Load).data().toString(), QStringLiteral("15.0"));
    QCOMPARE(technicians.index(0, TechnicianLoadModel::Status).data().toString(), QStringLiteral("Overloaded"));

    // A refresh that adds a row changes the others in place.
    const QPersistentModelIndex kept = workOrders.index(workOrders.rowOf(QStringLiteral("w1")), 0);
    workOrders.setFigures(sampleFigures(1));
    technicians.setFigures(sampleFigures(1));
    QCOMPARE(workOrders.rowCount(), 2);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(PlanningRoles::IdRole).toString(), QStringLiteral("w1"));
    QCOMPARE(workOrders.index(kept.row(), WorkOrderRiskModel::Remaining).data().toString(), QStringLiteral("90"));
    QCOMPARE(technicians.index(technicians.rowOf(QStringLiteral("u")), TechnicianLoadModel::Pace).data().toString(),
             QStringLiteral("3.0"));
    QCOMPARE(technicians.rowCount(), 2);
    // A refresh that removes rows.
    queues.setFigures(sampleFigures(2));
    workOrders.setFigures(sampleFigures(2));
    technicians.setFigures(sampleFigures(2));
    QCOMPARE(column(queues, QueueLoadModel::Queue), QStringList{QStringLiteral("Rework")});
    QCOMPARE(column(workOrders, WorkOrderRiskModel::WorkOrder), QStringList{QStringLiteral("Chromebooks")});
    // Yuki holds no open batch any more but completed work in the window: still listed, with room.
    QCOMPARE(column(technicians, TechnicianLoadModel::Technician), (QStringList{QStringLiteral("Yuki"), QStringLiteral("v")}));
    QCOMPARE(technicians.index(0, TechnicianLoadModel::OpenCycles).data().toString(), QStringLiteral("0.0"));
    QCOMPARE(technicians.index(0, TechnicianLoadModel::Status).data().toString(), QStringLiteral("OK"));
    QVERIFY(!kept.isValid());
    QCOMPARE(resets.count(), 0);
    // And empty.
    workOrders.setFigures({});
    QCOMPARE(workOrders.rowCount(), 0);
}

void TestPlanningFigures::linkProxyFilters()
{
    WorkOrderRiskModel workOrders;
    PlanningLinkProxy proxy(PlanningRoles::QueueIdsRole);
    proxy.setSourceModel(&workOrders);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(WorkOrderRiskModel::WorkOrder);
    workOrders.setFigures(sampleFigures(1));
    QCOMPARE(proxy.rowCount(), 2);
    // Worst first through the sort role.
    QCOMPARE(proxy.index(0, 0).data(PlanningRoles::IdRole).toString(), QStringLiteral("w1"));
    proxy.setLinkedIds({QStringLiteral("q2")});
    QCOMPARE(column(proxy, WorkOrderRiskModel::WorkOrder), QStringList{QStringLiteral("Chromebooks")});
    workOrders.setFigures(sampleFigures(2));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setLinkedIds({});
    QCOMPARE(proxy.rowCount(), 1);
    workOrders.setFigures(sampleFigures(1));
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestPlanningFigures)
#include "tst_planningfigures.moc"
