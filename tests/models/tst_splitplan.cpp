// SplitPlan: sizes per remainder policy, bounds, the over-split override, labels, queue order
// and technicians, as data-driven tables. Expected sizes are written as "count×size" runs so
// each row reads like the examples ("16×30 1×20").

#include "models/planning/splitplan.h"

#include <QTest>

using namespace BatchDesk;
using Problem = SplitPlan::Problem;
using Note = SplitPlan::Note;

Q_DECLARE_METATYPE(BatchDesk::SizingMode)
Q_DECLARE_METATYPE(BatchDesk::RemainderPolicy)
Q_DECLARE_METATYPE(BatchDesk::SplitPlan::Problem)
Q_DECLARE_METATYPE(BatchDesk::SplitPlan::Note)
Q_DECLARE_METATYPE(BatchDesk::SplitInput)

namespace {

// "16×30 1×20" for the sizes of a plan, in plan order.
QString runs(const SplitPlan &plan)
{
    QStringList out;
    qint64 current = -1;
    int n = 0;
    const auto flush = [&] {
        if (n > 0)
            out.append(QStringLiteral("%1×%2").arg(n).arg(current));
    };
    for (const PlannedBatch &b : plan.batches()) {
        if (b.numberCycles != current) {
            flush();
            current = b.numberCycles;
            n = 0;
        }
        ++n;
    }
    flush();
    return out.join(QLatin1Char(' '));
}

SplitInput baseInput()
{
    SplitInput in;
    in.workOrderId = QStringLiteral("wo-ipad-500");
    in.workOrderLabel = QStringLiteral("iPad rollout");
    in.queueId = QStringLiteral("queue-fast-lane");
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = 500;
    return in;
}

} // namespace

class TestSplitPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<qint64>("needed");
        QTest::addColumn<qint64>("batched");
        QTest::addColumn<SizingMode>("sizing");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<RemainderPolicy>("remainder");
        QTest::addColumn<QString>("expected");

        const auto size = SizingMode::BatchSize;
        const auto count = SizingMode::BatchCount;
        const auto last = RemainderPolicy::LastSmaller;
        const auto spread = RemainderPolicy::SpreadEvenly;
        QTest::newRow("500 by 30, last smaller") << qint64(500) << qint64(0) << size << qint64(30) << last << u"16×30 1×20"_qs;
        QTest::newRow("500 in 17, spread") << qint64(500) << qint64(0) << count << qint64(17) << spread << u"7×30 10×29"_qs;
        QTest::newRow("500 by 30, spread") << qint64(500) << qint64(0) << size << qint64(30) << spread << u"7×30 10×29"_qs;
        QTest::newRow("500 in 17, last smaller") << qint64(500) << qint64(0) << count << qint64(17) << last << u"16×30 1×20"_qs;
        QTest::newRow("500 by 10: exact") << qint64(500) << qint64(0) << size << qint64(10) << last << u"50×10"_qs;
        QTest::newRow("500 in 50: exact") << qint64(500) << qint64(0) << count << qint64(50) << spread << u"50×10"_qs;
        QTest::newRow("one batch of all") << qint64(500) << qint64(0) << count << qint64(1) << last << u"1×500"_qs;
        QTest::newRow("size larger than all") << qint64(40) << qint64(0) << size << qint64(100) << last << u"1×40"_qs;
        QTest::newRow("one cycle each") << qint64(7) << qint64(0) << size << qint64(1) << spread << u"7×1"_qs;
        QTest::newRow("as many batches as cycles") << qint64(7) << qint64(0) << count << qint64(7) << last << u"7×1"_qs;
        QTest::newRow("only what is not batched yet") << qint64(500) << qint64(380) << size << qint64(50) << last << u"2×50 1×20"_qs;
        QTest::newRow("remaining spread") << qint64(120) << qint64(20) << count << qint64(3) << spread << u"1×34 2×33"_qs;
        QTest::newRow("count: last smaller needs fewer") << qint64(10) << qint64(0) << count << qint64(6) << last << u"5×2"_qs;
    }

    void sizes()
    {
        QFETCH(qint64, needed);
        QFETCH(qint64, batched);
        QFETCH(SizingMode, sizing);
        QFETCH(qint64, value);
        QFETCH(RemainderPolicy, remainder);
        QFETCH(QString, expected);

        SplitInput in = baseInput();
        in.cyclesNeeded = needed;
        in.cyclesBatched = batched;
        in.sizing = sizing;
        in.sizingValue = value;
        in.remainder = remainder;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY2(plan.isValid(), qPrintable(plan.problemMessages().join(u'\n')));
        QCOMPARE(runs(plan), expected);
        QCOMPARE(plan.cyclesPlanned(), needed - batched);
        // Numbers run 1..n in plan order.
        for (int i = 0; i < plan.batches().size(); ++i)
            QCOMPARE(plan.batches().at(i).number, i + 1);
    }

    void fewerBatchesNote()
    {
        SplitInput in = baseInput();
        in.cyclesNeeded = 10;
        in.sizing = SizingMode::BatchCount;
        in.sizingValue = 6;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY(plan.isValid());
        QVERIFY(plan.notes().contains(Note::FewerBatchesThanAsked));
        QVERIFY(plan.noteMessages().join(u' ').contains(u"spread evenly"));
        in.remainder = RemainderPolicy::SpreadEvenly;
        const SplitPlan spread = SplitPlan::compute(in);
        QCOMPARE(spread.batches().size(), 6);
        QVERIFY(!spread.notes().contains(Note::FewerBatchesThanAsked));
    }

    void problems_data()
    {
        QTest::addColumn<SplitInput>("input");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("messagePart");

        SplitInput in = baseInput();
        in.sizingValue = 10;

        SplitInput noWo = in;
        noWo.workOrderId.clear();
        QTest::newRow("no work order") << noWo << Problem::NoWorkOrder << u"work order"_qs;
        SplitInput noQueue = in;
        noQueue.queueId.clear();
        QTest::newRow("no queue") << noQueue << Problem::NoQueue << u"queue"_qs;
        SplitInput zero = in;
        zero.sizingValue = 0;
        QTest::newRow("size 0") << zero << Problem::SizingNotPositive << u"at least 1"_qs;
        SplitInput negative = in;
        negative.sizing = SizingMode::BatchCount;
        negative.sizingValue = -3;
        QTest::newRow("count -3") << negative << Problem::SizingNotPositive << u"at least one"_qs;
        SplitInput huge = in;
        huge.cyclesNeeded = 500000;
        huge.sizingValue = SplitPlan::kMaxBatchSize + 1;
        QTest::newRow("batch too large") << huge << Problem::BatchSizeTooLarge << u"100"_qs;
        SplitInput tooMany = in;
        tooMany.cyclesNeeded = 5000;
        tooMany.sizingValue = 1;
        QTest::newRow("too many batches") << tooMany << Problem::TooManyBatches << u"2"_qs;
        SplitInput moreBatches = in;
        moreBatches.cyclesNeeded = 5;
        moreBatches.sizing = SizingMode::BatchCount;
        moreBatches.sizingValue = 6;
        QTest::newRow("more batches than cycles") << moreBatches << Problem::MoreBatchesThanCycles << u"at least one cycle"_qs;
        SplitInput full = in;
        full.cyclesBatched = 500;
        QTest::newRow("all batched") << full << Problem::NothingLeftToSplit << u"already in batches"_qs;
        SplitInput over = in;
        over.cyclesBatched = 450;
        over.cyclesToSplit = 100;
        QTest::newRow("more than remaining") << over << Problem::ExceedsRemaining << u"explicit"_qs;
        SplitInput zeroAmount = in;
        zeroAmount.cyclesToSplit = 0;
        QTest::newRow("split 0 cycles") << zeroAmount << Problem::CyclesToSplitNotPositive << u"at least 1"_qs;
        SplitInput emptyPattern = in;
        emptyPattern.labelPattern = u"   "_qs;
        QTest::newRow("empty pattern") << emptyPattern << Problem::EmptyLabelPattern << u"{work_order}"_qs;
        SplitInput unknown = in;
        unknown.labelPattern = u"{work_order} {batch}"_qs;
        QTest::newRow("unknown placeholder") << unknown << Problem::UnknownPlaceholder << u"{batch}"_qs;
        SplitInput longLabel = in;
        longLabel.workOrderLabel = QString(300, QLatin1Char('x'));
        QTest::newRow("label too long") << longLabel << Problem::LabelTooLong << u"200"_qs;
    }

    void problems()
    {
        QFETCH(SplitInput, input);
        QFETCH(Problem, problem);
        QFETCH(QString, messagePart);
        const SplitPlan plan = SplitPlan::compute(input);
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.problems().contains(problem), qPrintable(plan.problemMessages().join(u'\n')));
        const QString text = plan.message(problem);
        QVERIFY2(text.contains(messagePart), qPrintable(text));
        QCOMPARE(plan.problemMessages().size(), plan.problems().size());
    }

    void overSplitNeedsOverride()
    {
        SplitInput in = baseInput();
        in.cyclesBatched = 480;
        in.cyclesToSplit = 60;
        in.sizingValue = 20;
        QVERIFY(!SplitPlan::compute(in).isValid());
        in.allowOverSplit = true;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY(plan.isValid());
        QCOMPARE(runs(plan), u"3×20"_qs);
        QVERIFY(plan.notes().contains(Note::OverSplit));
        QVERIFY2(plan.message(Note::OverSplit).contains(u"40"), qPrintable(plan.message(Note::OverSplit)));

        // Nothing left, but explicitly asked for 10 more with the override.
        in.cyclesBatched = 500;
        in.cyclesToSplit = 10;
        in.sizingValue = 5;
        QCOMPARE(runs(SplitPlan::compute(in)), u"2×5"_qs);
        in.allowOverSplit = false;
        QVERIFY(SplitPlan::compute(in).problems().contains(Problem::NothingLeftToSplit));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");

        QTest::newRow("default") << u"{work_order} {n}/{total}"_qs << u"iPad rollout 1/17"_qs << u"iPad rollout 17/17"_qs;
        QTest::newRow("queue and size") << u"{queue} · {size} × {n}"_qs << u"Fast Lane · 30 × 1"_qs << u"Fast Lane · 20 × 17"_qs;
        QTest::newRow("plain text") << u"Batch {n}"_qs << u"Batch 1"_qs << u"Batch 17"_qs;
        QTest::newRow("spaces collapse") << u"  {work_order}   {n} "_qs << u"iPad rollout 1"_qs << u"iPad rollout 17"_qs;
    }

    void labels()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, first);
        QFETCH(QString, last);
        SplitInput in = baseInput();
        in.sizingValue = 30;
        in.labelPattern = pattern;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY(plan.isValid());
        QCOMPARE(plan.batches().constFirst().label, first);
        QCOMPARE(plan.batches().constLast().label, last);
    }

    void unnumberedPatternIsANote()
    {
        SplitInput in = baseInput();
        in.sizingValue = 100;
        in.labelPattern = u"{work_order}"_qs;
        const SplitPlan plan = SplitPlan::compute(in);
        QVERIFY(plan.isValid());
        QVERIFY(plan.notes().contains(Note::LabelsNotNumbered));
        in.sizingValue = 500; // one batch needs no number
        QVERIFY(!SplitPlan::compute(in).notes().contains(Note::LabelsNotNumbered));
    }

    void queueOrderFollowsFirstOrder()
    {
        SplitInput in = baseInput();
        in.sizingValue = 100;
        in.firstOrder = 41;
        const SplitPlan plan = SplitPlan::compute(in);
        QCOMPARE(plan.batches().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(plan.batches().at(i).order, 41 + i);
    }

    void technicians_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expectedFirstFour");
        const QStringList all{u"a"_qs, u"b"_qs, u"c"_qs};
        QTest::newRow("none") << int(TechnicianMode::None) << QStringList{u""_qs, u""_qs, u""_qs, u""_qs};
        QTest::newRow("all batches") << int(TechnicianMode::AllBatches)
                                     << QStringList{u"a,b,c"_qs, u"a,b,c"_qs, u"a,b,c"_qs, u"a,b,c"_qs};
        QTest::newRow("round robin") << int(TechnicianMode::RoundRobin) << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"a"_qs};
    }

    void technicians()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, expectedFirstFour);
        SplitInput in = baseInput();
        in.sizingValue = 10;
        in.technicianIds = {u"a"_qs, u"b"_qs, u"c"_qs};
        in.technicianMode = static_cast<TechnicianMode>(mode);
        const SplitPlan plan = SplitPlan::compute(in);
        QCOMPARE(plan.batches().size(), 50);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(plan.batches().at(i).technicianIds.join(u','), expectedFirstFour.at(i));
    }

    void sizeGroups()
    {
        SplitInput in = baseInput();
        in.sizing = SizingMode::BatchCount;
        in.sizingValue = 17;
        in.remainder = RemainderPolicy::SpreadEvenly;
        const QList<SizeGroup> groups = SplitPlan::compute(in).sizeGroups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).numberCycles, 29); // 10 of them: the larger group first
        QCOMPARE(groups.at(0).batchIndexes.size(), 10);
        QCOMPARE(groups.at(1).numberCycles, 30);
        QCOMPARE(groups.at(1).batchIndexes, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    }
};

QTEST_GUILESS_MAIN(TestSplitPlan)
#include "tst_splitplan.moc"
