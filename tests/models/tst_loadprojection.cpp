// LoadProjection: what a split or an assignment does to the technicians' load, in `_data`
// tables written as the desk would state them: "open cycles / pace" now, the plan's cycles,
// and who ends up over the threshold with what load.

#include "models/planning/loadprojection.h"
#include "models/planning/splitplan.h"

#include <QTest>

using namespace BatchDesk;

namespace {

// "u1:10/2" = user u1 with 10 open cycles at a pace of 2 a day.
std::vector<TechnicianFigures> figuresFrom(const QStringList &specs)
{
    std::vector<TechnicianFigures> out;
    for (const QString &spec : specs) {
        const QStringList idRest = spec.split(QLatin1Char(':'));
        const QStringList openPace = idRest.at(1).split(QLatin1Char('/'));
        TechnicianFigures t;
        t.userId = idRest.at(0);
        t.name = QStringLiteral("Name of ") + t.userId;
        t.openCycles = openPace.at(0).toDouble();
        t.pacePerDay = openPace.at(1).toDouble();
        out.push_back(t);
    }
    return out;
}

// "u1=12.5 u2=-" (load in days, "-" for none) of the given projections, in their order.
QString describe(const std::vector<ProjectedLoad> &loads)
{
    QStringList out;
    for (const ProjectedLoad &p : loads)
        out << QStringLiteral("%1=%2").arg(p.userId, p.loadDays ? QString::number(*p.loadDays, 'f', 2) : QStringLiteral("-"));
    return out.join(QLatin1Char(' '));
}

PlannedBatch batch(qint64 cycles, const QStringList &technicians)
{
    PlannedBatch b;
    b.numberCycles = cycles;
    b.technicianIds = technicians;
    return b;
}

} // namespace

class TestLoadProjection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void assignment_data();
    void assignment();
    void namesFromFiguresOrFallback();
};

void TestLoadProjection::split_data()
{
    QTest::addColumn<QStringList>("figures");
    QTest::addColumn<QList<PlannedBatch>>("batches");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("projected"); // everyone given work, highest load first
    QTest::addColumn<QString>("over");

    const QStringList team{QStringLiteral("a:10/10"), QStringLiteral("b:0/5"), QStringLiteral("c:40/10")};
    QTest::newRow("no technicians: nobody gets work") << team << QList<PlannedBatch>{batch(500, {})} << 5.0 << QString() << QString();
    QTest::newRow("one batch under the threshold")
        << team << QList<PlannedBatch>{batch(30, {QStringLiteral("a")})} << 5.0 << QStringLiteral("a=4.00") << QString();
    QTest::newRow("exactly at the threshold is not over")
        << team << QList<PlannedBatch>{batch(40, {QStringLiteral("a")})} << 5.0 << QStringLiteral("a=5.00") << QString();
    QTest::newRow("just over")
        << team << QList<PlannedBatch>{batch(41, {QStringLiteral("a")})} << 5.0 << QStringLiteral("a=5.10") << QStringLiteral("a=5.10");
    // Every batch shared by two: each gets half of 2 × 30.
    QTest::newRow("shared equally among a batch's technicians")
        << team << QList<PlannedBatch>{batch(30, {QStringLiteral("a"), QStringLiteral("b")}), batch(30, {QStringLiteral("a"), QStringLiteral("b")})}
        << 5.0 << QStringLiteral("b=6.00 a=4.00") << QStringLiteral("b=6.00");
    // Round-robin: a gets batches 1 and 3, c batch 2.
    QTest::newRow("round-robin: each their own batches")
        << team << QList<PlannedBatch>{batch(20, {QStringLiteral("a")}), batch(20, {QStringLiteral("c")}), batch(20, {QStringLiteral("a")})}
        << 5.0 << QStringLiteral("c=6.00 a=5.00") << QStringLiteral("c=6.00");
    QTest::newRow("already over and given more") << team << QList<PlannedBatch>{batch(1, {QStringLiteral("c")})} << 3.0
                                                 << QStringLiteral("c=4.10") << QStringLiteral("c=4.10");
    QTest::newRow("pace 0 with added work is over")
        << QStringList{QStringLiteral("z:0/0")} << QList<PlannedBatch>{batch(1, {QStringLiteral("z")})} << 5.0
        << QStringLiteral("z=-") << QStringLiteral("z=-");
    QTest::newRow("not in the figures: nothing open, pace 0")
        << team << QList<PlannedBatch>{batch(5, {QStringLiteral("new")})} << 5.0 << QStringLiteral("new=-") << QStringLiteral("new=-");
    QTest::newRow("a name twice on a batch counts once")
        << team << QList<PlannedBatch>{batch(30, {QStringLiteral("a"), QStringLiteral("a")})} << 5.0 << QStringLiteral("a=4.00") << QString();
    QTest::newRow("a higher threshold clears it")
        << team << QList<PlannedBatch>{batch(41, {QStringLiteral("a")})} << 10.0 << QStringLiteral("a=5.10") << QString();
}

void TestLoadProjection::split()
{
    QFETCH(QStringList, figures);
    QFETCH(QList<PlannedBatch>, batches);
    QFETCH(double, threshold);
    QFETCH(QString, projected);
    QFETCH(QString, over);
    const std::vector<TechnicianFigures> team = figuresFrom(figures);
    const QHash<QString, double> change = LoadProjection::splitChange(batches);
    QCOMPARE(describe(LoadProjection::project(team, change, threshold)), projected);
    QCOMPARE(describe(LoadProjection::overloaded(team, change, threshold)), over);
}

void TestLoadProjection::assignment_data()
{
    QTest::addColumn<QStringList>("figures");
    QTest::addColumn<QList<StaffedBatch>>("batches");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("projected");
    QTest::addColumn<QString>("over");

    const QStringList team{QStringLiteral("a:20/10"), QStringLiteral("b:0/10"), QStringLiteral("c:0/0")};
    const QList<StaffedBatch> unstaffed{{30, {}}, {30, {}}};
    QTest::newRow("add to unstaffed batches: all theirs") << team << unstaffed << QStringList{QStringLiteral("b")} << false
                                                          << QStringLiteral("b=6.00") << QStringLiteral("b=6.00");
    // a holds both batches (its 20 open cycles include their 2 × 10); b joins: b gets 10.
    const QList<StaffedBatch> withA{{10, {QStringLiteral("a")}}, {10, {QStringLiteral("a")}}};
    QTest::newRow("joining shares the batch: only the newcomer is given work")
        << team << withA << QStringList{QStringLiteral("b")} << false << QStringLiteral("b=1.00") << QString();
    QTest::newRow("already on the batch: nothing changes")
        << team << withA << QStringList{QStringLiteral("a")} << false << QString() << QString();
    QTest::newRow("replace moves the whole batch")
        << team << withA << QStringList{QStringLiteral("b")} << true << QStringLiteral("b=2.00") << QString();
    QTest::newRow("done batches (no open cycles) add nothing")
        << team << QList<StaffedBatch>{{0, {}}} << QStringList{QStringLiteral("c")} << false << QString() << QString();
    QTest::newRow("pace 0 and open work: over")
        << team << QList<StaffedBatch>{{1, {}}} << QStringList{QStringLiteral("c")} << false << QStringLiteral("c=-") << QStringLiteral("c=-");
    QTest::newRow("two chosen share each batch")
        << team << unstaffed << QStringList{QStringLiteral("a"), QStringLiteral("b")} << false
        << QStringLiteral("a=5.00 b=3.00") << QString();
}

void TestLoadProjection::assignment()
{
    QFETCH(QStringList, figures);
    QFETCH(QList<StaffedBatch>, batches);
    QFETCH(QStringList, chosen);
    QFETCH(bool, replace);
    QFETCH(QString, projected);
    QFETCH(QString, over);
    const std::vector<TechnicianFigures> team = figuresFrom(figures);
    const QHash<QString, double> change = LoadProjection::assignmentChange(batches, chosen, replace);
    QCOMPARE(describe(LoadProjection::project(team, change, 5.0)), projected);
    QCOMPARE(describe(LoadProjection::overloaded(team, change, 5.0)), over);
}

void TestLoadProjection::namesFromFiguresOrFallback()
{
    const std::vector<TechnicianFigures> team = figuresFrom({QStringLiteral("a:0/1")});
    const QHash<QString, double> change{{QStringLiteral("a"), 1.0}, {QStringLiteral("x"), 1.0}};
    const std::vector<ProjectedLoad> loads = LoadProjection::project(team, change, 5.0, {{QStringLiteral("x"), QStringLiteral("Xavier")}});
    QCOMPARE(loads.size(), std::size_t(2));
    QCOMPARE(loads.at(0).name, QStringLiteral("Xavier")); // pace 0 first
    QCOMPARE(loads.at(1).name, QStringLiteral("Name of a"));
    QCOMPARE(loads.at(1).change, 1.0);
}

QTEST_GUILESS_MAIN(TestLoadProjection)
#include "tst_loadprojection.moc"
