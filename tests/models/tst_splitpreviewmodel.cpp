// SplitPreviewModel under QAbstractItemModelTester: a plan change sends the fewest signals
// (changed rows as dataChanged runs, only the difference in count inserted or removed), so
// the sizing page's preview never resets while the manager types.

#include "models/planning/splitpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;

namespace {

// The sizing page's inputs, compactly: "size 10", "count 17 spread", "size 30 split 490".
SplitInput inputFor(const QString &spec)
{
    SplitInput in;
    in.workOrderId = QStringLiteral("wo-ipad-500");
    in.workOrderLabel = QStringLiteral("iPad");
    in.queueId = QStringLiteral("queue-fast-lane");
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = 500;
    in.firstOrder = 1;
    const QStringList words = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("size")) {
            in.sizing = SizingMode::BatchSize;
            in.sizingValue = words.at(++i).toLongLong();
        } else if (w == QLatin1String("count")) {
            in.sizing = SizingMode::BatchCount;
            in.sizingValue = words.at(++i).toLongLong();
        } else if (w == QLatin1String("spread")) {
            in.remainder = RemainderPolicy::SpreadEvenly;
        } else if (w == QLatin1String("split")) {
            in.cyclesToSplit = words.at(++i).toLongLong();
        } else if (w == QLatin1String("pattern")) {
            in.labelPattern = words.at(++i);
        } else if (w == QLatin1String("order")) {
            in.firstOrder = words.at(++i).toLongLong();
        } else if (w == QLatin1String("techs")) {
            in.technicianIds = words.at(++i).split(QLatin1Char(','));
            in.technicianMode = TechnicianMode::AllBatches;
        } else if (w == QLatin1String("roundrobin")) {
            in.technicianMode = TechnicianMode::RoundRobin;
        }
    }
    return in;
}

QStringList ranges(const QSignalSpy &spy, int firstArg, int lastArg, bool rows)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        const int first = rows ? args.at(firstArg).toInt() : args.at(firstArg).toModelIndex().row();
        const int last = rows ? args.at(lastArg).toInt() : args.at(lastArg).toModelIndex().row();
        out << QStringLiteral("%1-%2").arg(first).arg(last);
    }
    return out;
}

} // namespace

class TestSplitPreviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<SplitPreviewModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsAndCells()
    {
        m_model->setPlan(SplitPlan::compute(inputFor(QStringLiteral("size 30 order 7"))));
        QCOMPARE(m_model->rowCount(), 17);
        QCOMPARE(m_model->columnCount(), int(SplitPreviewModel::ColumnCount));
        QCOMPARE(m_model->headerData(SplitPreviewModel::LabelColumn, Qt::Horizontal).toString(), QStringLiteral("Label"));
        QCOMPARE(m_model->index(0, SplitPreviewModel::NumberColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(m_model->index(0, SplitPreviewModel::LabelColumn).data().toString(), QStringLiteral("iPad 1/17"));
        QCOMPARE(m_model->index(0, SplitPreviewModel::CyclesColumn).data().toString(), QStringLiteral("30"));
        QCOMPARE(m_model->index(16, SplitPreviewModel::CyclesColumn).data().toString(), QStringLiteral("20"));
        QCOMPARE(m_model->index(16, 0).data(SplitPreviewModel::NumberCyclesRole).toLongLong(), 20);
        QCOMPARE(m_model->index(0, SplitPreviewModel::OrderColumn).data().toString(), QStringLiteral("7"));
        QCOMPARE(m_model->index(16, SplitPreviewModel::OrderColumn).data().toString(), QStringLiteral("23"));
        QCOMPARE(m_model->index(0, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("none"));
    }

    void planChangesSendMinimalSignals_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("rowsAfter");
        QTest::addColumn<QStringList>("changed");  // dataChanged row ranges
        QTest::addColumn<QStringList>("inserted"); // rowsInserted ranges
        QTest::addColumn<QStringList>("removed");  // rowsRemoved ranges

        QTest::newRow("first plan") << QString() << QStringLiteral("size 10") << 50 << QStringList()
                                    << QStringList{QStringLiteral("0-49")} << QStringList();
        QTest::newRow("same plan again") << QStringLiteral("size 10") << QStringLiteral("size 10") << 50
                                         << QStringList() << QStringList() << QStringList();
        QTest::newRow("larger batches: fewer rows") << QStringLiteral("size 10") << QStringLiteral("size 20") << 25
                                                    << QStringList{QStringLiteral("0-24")} << QStringList()
                                                    << QStringList{QStringLiteral("25-49")};
        QTest::newRow("smaller batches: more rows") << QStringLiteral("size 20") << QStringLiteral("size 10") << 50
                                                    << QStringList{QStringLiteral("0-24")}
                                                    << QStringList{QStringLiteral("25-49")} << QStringList();
        // 500 / 30 = 16 × 30 + 20; 490 / 30 = 16 × 30 + 10: only the last batch differs.
        QTest::newRow("only the remainder changes") << QStringLiteral("size 30") << QStringLiteral("size 30 split 490")
                                                    << 17 << QStringList{QStringLiteral("16-16")} << QStringList()
                                                    << QStringList();
        // Spread evenly: 7 × 30 + 10 × 29; last-smaller with 17 batches: 16 × 30 + 20.
        QTest::newRow("remainder policy") << QStringLiteral("count 17 spread") << QStringLiteral("count 17") << 17
                                          << QStringList{QStringLiteral("7-16")} << QStringList() << QStringList();
        QTest::newRow("label pattern") << QStringLiteral("size 100") << QStringLiteral("size 100 pattern B{n}") << 5
                                       << QStringList{QStringLiteral("0-4")} << QStringList() << QStringList();
        QTest::newRow("invalid sizing empties the preview") << QStringLiteral("size 10") << QStringLiteral("size 0") << 0
                                                            << QStringList() << QStringList()
                                                            << QStringList{QStringLiteral("0-49")};
        QTest::newRow("technicians on every batch") << QStringLiteral("size 100") << QStringLiteral("size 100 techs u1,u2")
                                                    << 5 << QStringList{QStringLiteral("0-4")} << QStringList()
                                                    << QStringList();
    }
    void planChangesSendMinimalSignals()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, rowsAfter);
        QFETCH(QStringList, changed);
        QFETCH(QStringList, inserted);
        QFETCH(QStringList, removed);

        if (!before.isNull())
            m_model->setPlan(SplitPlan::compute(inputFor(before)));
        QSignalSpy dataSpy(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy insertSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removeSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

        const SplitPlan plan = SplitPlan::compute(inputFor(after));
        m_model->setPlan(plan);

        QCOMPARE(m_model->rowCount(), rowsAfter);
        QCOMPARE(ranges(dataSpy, 0, 1, false), changed);
        QCOMPARE(ranges(insertSpy, 1, 2, true), inserted);
        QCOMPARE(ranges(removeSpy, 1, 2, true), removed);
        QCOMPARE(resetSpy.count(), 0);
        for (const QList<QVariant> &args : std::as_const(dataSpy)) {
            QCOMPARE(args.at(0).toModelIndex().column(), 0);
            QCOMPARE(args.at(1).toModelIndex().column(), int(SplitPreviewModel::ColumnCount) - 1);
        }
        // What the rows show is the plan, row by row.
        for (int row = 0; row < rowsAfter; ++row) {
            QCOMPARE(m_model->index(row, SplitPreviewModel::LabelColumn).data().toString(), plan.batches().at(row).label);
            QCOMPARE(m_model->index(row, 0).data(SplitPreviewModel::NumberCyclesRole).toLongLong(),
                     plan.batches().at(row).numberCycles);
        }
    }

    void technicianNames()
    {
        m_model->setPlan(SplitPlan::compute(inputFor(QStringLiteral("size 100 techs u1,u2 roundrobin"))));
        QCOMPARE(m_model->index(0, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("u1"));
        QCOMPARE(m_model->index(1, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("u2"));
        QSignalSpy dataSpy(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setTechnicianNames({{QStringLiteral("u1"), QStringLiteral("Priya Natarajan")},
                                     {QStringLiteral("u2"), QStringLiteral("James Okafor")}});
        QCOMPARE(dataSpy.count(), 1);
        QCOMPARE(dataSpy.at(0).at(0).toModelIndex(), m_model->index(0, SplitPreviewModel::TechniciansColumn));
        QCOMPARE(dataSpy.at(0).at(1).toModelIndex(), m_model->index(4, SplitPreviewModel::TechniciansColumn));
        QCOMPARE(m_model->index(0, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("Priya Natarajan"));
        QCOMPARE(m_model->index(2, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("Priya Natarajan"));
        QCOMPARE(m_model->index(3, SplitPreviewModel::TechniciansColumn).data().toString(), QStringLiteral("James Okafor"));
        // The same names again: nothing to tell the view.
        m_model->setTechnicianNames({{QStringLiteral("u1"), QStringLiteral("Priya Natarajan")},
                                     {QStringLiteral("u2"), QStringLiteral("James Okafor")}});
        QCOMPARE(dataSpy.count(), 1);
        // All technicians on every batch read as a list.
        m_model->setPlan(SplitPlan::compute(inputFor(QStringLiteral("size 100 techs u1,u2"))));
        QCOMPARE(m_model->index(4, SplitPreviewModel::TechniciansColumn).data().toString(),
                 QStringLiteral("Priya Natarajan, James Okafor"));
    }

private:
    std::unique_ptr<SplitPreviewModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestSplitPreviewModel)
#include "tst_splitpreviewmodel.moc"
