// Each proxy on its own over the tree model, and the whole chain, under
// QAbstractItemModelTester (fatal) through loads, refreshes, removals and filter changes.

#include "common/batchfactory.h"
#include "models/batchproxies.h"
#include "models/batchtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::BatchSpec;
using TestSupport::makePage;

namespace {

BatchSpec spec(const char *id, const char *queue, const char *wo, StatusCategory status, std::array<qint64, 6> cycles,
               double order, QStringList techs = {})
{
    BatchSpec s{QString::fromLatin1(id), QString::fromLatin1(queue), QString::fromLatin1(wo)};
    s.status = status;
    s.cycles = cycles;
    s.order = order;
    s.technicianIds = techs;
    return s;
}

Page<Batch> demoPage()
{
    Page<Batch> page = makePage({
        spec("b-imaging-1", "q-fast", "wo-ipad", StatusCategory::InProgress, {5, 5, 0, 0, 0, 0}, 2, {QStringLiteral("u-priya")}),
        spec("b-imaging-2", "q-fast", "wo-ipad", StatusCategory::Complete, {0, 0, 0, 10, 0, 0}, 1),
        spec("b-mac-1", "q-fast", "wo-mac", StatusCategory::Blocked, {8, 0, 0, 0, 2, 0}, 1, {QStringLiteral("u-james")}),
        spec("b-qa-1", "q-qa", "wo-ipad", StatusCategory::Verifying, {0, 0, 6, 4, 0, 0}, 3, {QStringLiteral("u-priya")}),
    });
    // Queue q-qa is more urgent than q-fast; wo-mac is overdue.
    for (Batch &b : page.items) {
        b.queue.priority = SortKey::fromNumber(b.queue.id == QLatin1String("q-qa") ? 0 : 5);
        if (b.workOrder.id == QLatin1String("wo-mac"))
            b.workOrder.dueDate = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    }
    return page;
}

void load(BatchStore &store, const Page<Batch> &page)
{
    store.beginLoad();
    store.ingest(page);
    store.endLoad();
}

// Ids of the batch rows a model shows, depth first.
QStringList visibleBatches(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(BatchRoles::LevelRole).toInt() == int(TreeLevel::Batch))
            out << i.data(BatchRoles::IdRole).toString();
        else
            out += visibleBatches(model, i);
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// What a group row must say when it counts only the batches shown.
struct Sums
{
    CycleCounts cycles;
    qint64 numberCycles = 0;
    qint64 batches = 0;
    QSet<QString> technicianIds;
};

// Walks `model` below `parent`, checks every group row against the sums of its visible
// batches, and adds those to `out`.
void checkGroupSums(const QAbstractItemModel &model, const QModelIndex &parent, Sums &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(BatchRoles::LevelRole).toInt() == int(TreeLevel::Batch)) {
            out.cycles += i.data(BatchRoles::CycleCountsRole).value<CycleCounts>();
            out.numberCycles += i.data(BatchRoles::NumberCyclesRole).toLongLong();
            ++out.batches;
            for (const QString &id : i.data(BatchRoles::TechnicianIdsRole).toStringList())
                out.technicianIds.insert(id);
            continue;
        }
        Sums mine;
        checkGroupSums(model, i, mine);
        if (QTest::currentTestFailed())
            return;
        const QString id = i.data(BatchRoles::IdRole).toString();
        QVERIFY2(i.data(BatchRoles::CycleCountsRole).value<CycleCounts>() == mine.cycles, qPrintable(id));
        QCOMPARE(i.data(BatchRoles::NumberCyclesRole).toLongLong(), mine.numberCycles);
        QCOMPARE(i.data(BatchRoles::BatchCountRole).toLongLong(), mine.batches);
        const QStringList techs = i.data(BatchRoles::TechnicianIdsRole).toStringList();
        QCOMPARE(QSet<QString>(techs.cbegin(), techs.cend()), mine.technicianIds);
        QCOMPARE(techs.size(), mine.technicianIds.size()); // each once
        const QLocale locale;
        const QString complete = locale.toString(mine.cycles[StatusCategory::Complete]);
        QVERIFY2(i.siblingAtColumn(CyclesColumn).data().toString().startsWith(complete + QLatin1String(" / ")),
                 qPrintable(i.siblingAtColumn(CyclesColumn).data().toString()));
        QVERIFY2(i.data(Qt::AccessibleDescriptionRole).toString().contains(complete + QLatin1String(" of ")),
                 qPrintable(i.data(Qt::AccessibleDescriptionRole).toString()));
        if (i.data(BatchRoles::LevelRole).toInt() == int(TreeLevel::Queue)) {
            // A queue's progress is measured against its batched cycles.
            const double percent = mine.numberCycles > 0
                                       ? 100.0 * double(mine.cycles[StatusCategory::Complete]) / double(mine.numberCycles)
                                       : 0.0;
            QCOMPARE(i.data(BatchRoles::PercentCompleteRole).toDouble(), percent);
        }
        out.cycles += mine.cycles;
        out.numberCycles += mine.numberCycles;
        out.batches += mine.batches;
        out.technicianIds.unite(mine.technicianIds);
    }
}

// The board's chain: source → text → category → mine → overdue → totals → sort.
struct Chain
{
    explicit Chain(QAbstractItemModel *source)
    {
        text.setSourceModel(source);
        category.setSourceModel(&text);
        mine.setSourceModel(&category);
        overdue.setSourceModel(&mine);
        totals.setSourceModel(&overdue);
        sort.setSourceModel(&totals);
    }
    TextFilterProxy text;
    CategoryFilterProxy category;
    AssignedToUserProxy mine;
    OverdueFilterProxy overdue;
    FilteredAggregateProxy totals;
    BatchSortProxy sort;
    using Tester = QAbstractItemModelTester;
    Tester t1{&text, Tester::FailureReportingMode::Fatal};
    Tester t2{&category, Tester::FailureReportingMode::Fatal};
    Tester t3{&mine, Tester::FailureReportingMode::Fatal};
    Tester t4{&overdue, Tester::FailureReportingMode::Fatal};
    Tester t5{&totals, Tester::FailureReportingMode::Fatal};
    Tester t6{&sort, Tester::FailureReportingMode::Fatal};
};

} // namespace

class TestBatchProxies final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchTreeModel> m_model;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<BatchStore>();
        m_model = std::make_unique<BatchTreeModel>(m_store.get());
        load(*m_store, demoPage());
    }
    void cleanup()
    {
        m_model.reset();
        m_store.reset();
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows all") << QString()
                                         << QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-imaging-2"),
                                                        QStringLiteral("b-mac-1"), QStringLiteral("b-qa-1")};
        QTest::newRow("batch label") << QStringLiteral("mac-1") << QStringList{QStringLiteral("b-mac-1")};
        QTest::newRow("case-insensitive") << QStringLiteral("BATCH B-QA") << QStringList{QStringLiteral("b-qa-1")};
        QTest::newRow("technician") << QStringLiteral("tech u-priya")
                                    << QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-qa-1")};
        QTest::newRow("queue label shows its batches") << QStringLiteral("queue q-qa") << QStringList{QStringLiteral("b-qa-1")};
        QTest::newRow("work order label") << QStringLiteral("wo-mac") << QStringList{QStringLiteral("b-mac-1")};
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringList{};
        // A quoted phrase is one term (the planning desk's links): its words in another order,
        // which match as words, do not match as a phrase.
        QTest::newRow("words in any order") << QStringLiteral("b-qa-1 batch") << QStringList{QStringLiteral("b-qa-1")};
        QTest::newRow("phrase") << QStringLiteral("\"batch b-qa\"") << QStringList{QStringLiteral("b-qa-1")};
        QTest::newRow("phrase, other order") << QStringLiteral("\"b-qa-1 batch\"") << QStringList{};
        QTest::newRow("phrase and a word") << QStringLiteral("\"batch b\" mac") << QStringList{QStringLiteral("b-mac-1")};
    }
    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TextFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setText(text);
        QCOMPARE(sorted(visibleBatches(proxy)), sorted(expected));
        proxy.setText(QString());
        QCOMPARE(visibleBatches(proxy).size(), 4);
    }

    void categoryFilter()
    {
        CategoryFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setCategories({StatusCategory::Blocked, StatusCategory::Verifying});
        QCOMPARE(sorted(visibleBatches(proxy)), (QStringList{QStringLiteral("b-mac-1"), QStringLiteral("b-qa-1")}));
        // Groups without a matching batch disappear; groups with one stay.
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategories({StatusCategory::Complete});
        QCOMPARE(visibleBatches(proxy), QStringList{QStringLiteral("b-imaging-2")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategories({});
        QCOMPARE(visibleBatches(proxy).size(), 4);
    }

    void assignedToMe()
    {
        AssignedToUserProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setUserId(QStringLiteral("u-priya"));
        QCOMPARE(visibleBatches(proxy).size(), 4); // not enabled yet
        proxy.setEnabled(true);
        QCOMPARE(sorted(visibleBatches(proxy)), (QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-qa-1")}));
        proxy.setUserId(QStringLiteral("u-james"));
        QCOMPARE(visibleBatches(proxy), QStringList{QStringLiteral("b-mac-1")});
    }

    void overdue()
    {
        OverdueFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setEnabled(true);
        QCOMPARE(visibleBatches(proxy), QStringList{QStringLiteral("b-mac-1")});
    }

    void sorting_data()
    {
        QTest::addColumn<BatchSortProxy::SortBy>("sortBy");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstQueue");
        // q-qa (priority 0) first; in q-fast, wo-ipad (due 2030) after wo-mac (due 2020).
        QTest::newRow("order") << BatchSortProxy::SortBy::Order
                               << QStringList{QStringLiteral("b-qa-1"), QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-2"),
                                              QStringLiteral("b-imaging-1")}
                               << "q-qa";
        QTest::newRow("due date") << BatchSortProxy::SortBy::DueDate
                                  << QStringList{QStringLiteral("b-qa-1"), QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-1"),
                                                 QStringLiteral("b-imaging-2")}
                                  << "q-qa";
        // Every level by label: "Queue q-fast" before "Queue q-qa".
        QTest::newRow("label") << BatchSortProxy::SortBy::Label
                               << QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-imaging-2"), QStringLiteral("b-mac-1"),
                                              QStringLiteral("b-qa-1")}
                               << "q-fast";
        // q-fast 10 of 30 complete (33 %) before q-qa 4 of 10 (40 %); wo-mac 0 of 500 needed
        // before wo-ipad 10 of 500.
        QTest::newRow("progress") << BatchSortProxy::SortBy::Progress
                                  << QStringList{QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-1"), QStringLiteral("b-imaging-2"),
                                                 QStringLiteral("b-qa-1")}
                                  << "q-fast";
    }
    void sorting()
    {
        QFETCH(BatchSortProxy::SortBy, sortBy);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstQueue);
        BatchSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setSortBy(sortBy);
        QCOMPARE(proxy.sortBy(), sortBy);
        QCOMPARE(proxy.sortColumn(), BatchSortProxy::columnOf(sortBy));
        QCOMPARE(visibleBatches(proxy), expected);
        QCOMPARE(proxy.index(0, 0).data(BatchRoles::IdRole).toString(), firstQueue);
    }

    // A header click: sort(column, order) for every column, either way.
    void sortByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        for (int column = 0; column < ColumnCount; ++column) {
            static const int roles[] = {BatchRoles::LabelRole,       BatchRoles::StatusCategoryRole, BatchRoles::PercentCompleteRole,
                                        BatchRoles::NumberCyclesRole, BatchRoles::PercentCompleteRole, BatchRoles::DueDateRole,
                                        BatchRoles::TechniciansRole,  BatchRoles::OrderRole};
            QTest::addRow("column %d", column) << column << roles[column];
        }
    }
    void sortByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, role);
        // Batches of one work order that differ in every column.
        Page<Batch> page = makePage({
            spec("b-10", "q", "wo", StatusCategory::Blocked, {1, 0, 0, 9, 2, 0}, 3, {QStringLiteral("u-zoe")}),
            spec("b-2", "q", "wo", StatusCategory::Pending, {10, 0, 0, 0, 0, 0}, 1, {QStringLiteral("u-al")}),
            spec("b-9", "q", "wo", StatusCategory::InProgress, {2, 2, 0, 1, 0, 0}, 2, {QStringLiteral("u-mo")}),
        });
        load(*m_store, page);
        BatchSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            const QModelIndex wo = proxy.index(0, 0, proxy.index(0, 0));
            QCOMPARE(proxy.rowCount(wo), 3);
            for (int r = 1; r < proxy.rowCount(wo); ++r) {
                const QVariant a = proxy.index(r - 1, 0, wo).data(role);
                const QVariant b = proxy.index(r, 0, wo).data(role);
                bool inOrder = false;
                if (role == BatchRoles::LabelRole || role == BatchRoles::TechniciansRole) {
                    const QString sa = role == BatchRoles::LabelRole ? a.toString() : a.toStringList().join(u',');
                    const QString sb = role == BatchRoles::LabelRole ? b.toString() : b.toStringList().join(u',');
                    inOrder = order == Qt::AscendingOrder ? proxy.compareLabels(sa, sb) < 0 : proxy.compareLabels(sa, sb) > 0;
                } else if (role == BatchRoles::OrderRole) {
                    const SortKey ka = a.value<SortKey>();
                    const SortKey kb = b.value<SortKey>();
                    inOrder = order == Qt::AscendingOrder ? ka < kb : kb < ka;
                } else {
                    inOrder = order == Qt::AscendingOrder ? a.toDouble() < b.toDouble() : a.toDouble() > b.toDouble();
                }
                if (role == BatchRoles::DueDateRole)
                    inOrder = a == b; // one work order: one due date, the label decides
                QVERIFY2(inOrder, qPrintable(QStringLiteral("rows %1 and %2").arg(r - 1).arg(r)));
            }
        }
    }

    void naturalLabelOrder_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("2/50 before 10/50") << "Batch 2/50" << "Batch 10/50";
        QTest::newRow("9 before 10") << "Imaging 9" << "Imaging 10";
        QTest::newRow("1/50 before 2/50") << "1/50" << "2/50";
        QTest::newRow("case does not split") << "alpha 3" << "Alpha 20";
        QTest::newRow("text first") << "Bay A" << "Bay B";
    }
    void naturalLabelOrder()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        BatchSortProxy proxy;
        QVERIFY(proxy.compareLabels(first, second) < 0);
        QVERIFY(proxy.compareLabels(second, first) > 0);
        // And on the board: batches so labelled sort that way.
        Page<Batch> page = makePage({spec("b-x", "q", "wo", StatusCategory::Pending, {1, 0, 0, 0, 0, 0}, 1),
                                     spec("b-y", "q", "wo", StatusCategory::Pending, {1, 0, 0, 0, 0, 0}, 1)});
        page.items[0].label = second;
        page.items[1].label = first;
        load(*m_store, page);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setSortBy(BatchSortProxy::SortBy::Label);
        QCOMPARE(visibleBatches(proxy), (QStringList{QStringLiteral("b-y"), QStringLiteral("b-x")}));
    }

    // Group rows count what the filters show: batch count, cycles, number of cycles, percent,
    // technicians, texts and the spoken summary are the sums over their visible batches.
    void groupCountsFollowFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("categories");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<qint64>("shown");
        QTest::newRow("none") << QString() << QList<int>{} << QString() << false << qint64(4);
        QTest::newRow("text") << QStringLiteral("imaging") << QList<int>{} << QString() << false << qint64(2);
        QTest::newRow("text on a queue label") << QStringLiteral("queue q-qa") << QList<int>{} << QString() << false << qint64(1);
        QTest::newRow("category") << QString() << QList<int>{int(StatusCategory::Complete), int(StatusCategory::Blocked)}
                                  << QString() << false << qint64(2);
        QTest::newRow("mine") << QString() << QList<int>{} << QStringLiteral("u-priya") << false << qint64(2);
        QTest::newRow("overdue") << QString() << QList<int>{} << QString() << true << qint64(1);
        QTest::newRow("combined") << QStringLiteral("batch") << QList<int>{int(StatusCategory::InProgress), int(StatusCategory::Verifying)}
                                  << QStringLiteral("u-priya") << false << qint64(2);
        QTest::newRow("nothing left") << QStringLiteral("zebra") << QList<int>{} << QString() << false << qint64(0);
    }
    void groupCountsFollowFilters()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, categories);
        QFETCH(QString, mine);
        QFETCH(bool, overdue);
        QFETCH(qint64, shown);
        Chain chain(m_model.get());
        QSignalSpy countsChanged(&chain.totals, &FilteredAggregateProxy::countsChanged);
        chain.text.setText(text);
        QSet<StatusCategory> set;
        for (int c : categories)
            set.insert(StatusCategory(c));
        chain.category.setCategories(set);
        chain.mine.setUserId(mine);
        chain.mine.setEnabled(!mine.isEmpty());
        chain.overdue.setEnabled(overdue);

        const bool filtered = !text.isEmpty() || !categories.isEmpty() || !mine.isEmpty() || overdue;
        QCOMPARE(chain.totals.isFilterActive(), filtered);
        Sums all;
        checkGroupSums(chain.sort, {}, all);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(all.batches, shown);
        const FilteredAggregateProxy::Counts counts = chain.totals.counts();
        QCOMPARE(counts.shownBatches, shown);
        QCOMPARE(counts.totalBatches, 4);
        QCOMPARE(counts.filtered, filtered);
        QCOMPARE(counts.allFilteredOut(), shown == 0);
        QCOMPARE(FilteredAggregateProxy::countsText(counts),
                 filtered ? QStringLiteral("%1 of 4 batches").arg(shown)
                          : QCoreApplication::translate("BatchDesk::FilteredAggregateProxy", "%Ln batch(es)", nullptr, 4));
        if (shown > 0 && shown < 4)
            QVERIFY(countsChanged.size() > 0);

        // Without filters every group row is the source's, server totals and all.
        chain.text.setText(QString());
        chain.category.setCategories({});
        chain.mine.setEnabled(false);
        chain.overdue.setEnabled(false);
        QVERIFY(!chain.totals.isFilterActive());
        QCOMPARE(chain.totals.counts().shownBatches, 4);
        const QModelIndex q = chain.totals.index(0, 0);
        const QModelIndex sourceQ = m_model->index(0, 0);
        for (int column = 0; column < ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleDescriptionRole), int(BatchRoles::BatchCountRole)})
                QCOMPARE(q.siblingAtColumn(column).data(role), sourceQ.siblingAtColumn(column).data(role));
        }
    }

    // A filter change moves a group's sums without the tree saying anything: the totals proxy
    // announces the group rows itself (views above re-sort, screen readers re-read).
    void filterChangesAnnounceGroups()
    {
        Chain chain(m_model.get());
        chain.category.setCategories({StatusCategory::InProgress, StatusCategory::Complete});
        const QModelIndex qFast = chain.totals.index(0, 0);
        QCOMPARE(qFast.data(BatchRoles::IdRole).toString(), QStringLiteral("q-fast"));
        const QModelIndex woIpad = chain.totals.index(0, 0, qFast);
        QCOMPARE(woIpad.data(BatchRoles::IdRole).toString(), QStringLiteral("wo-ipad"));
        QCOMPARE(woIpad.data(BatchRoles::BatchCountRole).toLongLong(), 2);
        QCOMPARE(qFast.data(BatchRoles::BatchCountRole).toLongLong(), 2);
        QSignalSpy sourceChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy changed(&chain.totals, &QAbstractItemModel::dataChanged);
        chain.category.setCategories({StatusCategory::InProgress});
        QVERIFY(sourceChanged.isEmpty());
        QSet<QString> announced;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            announced.insert(topLeft.data(BatchRoles::IdRole).toString());
            QVERIFY(signal.at(2).value<QList<int>>().contains(BatchRoles::BatchCountRole)
                    || signal.at(2).value<QList<int>>().contains(Qt::AccessibleDescriptionRole));
        }
        QCOMPARE(announced, (QSet<QString>{QStringLiteral("q-fast"), QStringLiteral("wo-ipad")}));
        QCOMPARE(woIpad.data(BatchRoles::BatchCountRole).toLongLong(), 1);
        QCOMPARE(qFast.data(BatchRoles::BatchCountRole).toLongLong(), 1);
    }

    // "Assigned to me" as the technician: every group number counts only her batches, and
    // follows a refresh that changes one of them.
    void filteredGroupsFollowRefreshes()
    {
        Chain chain(m_model.get());
        chain.mine.setUserId(QStringLiteral("u-priya"));
        chain.mine.setEnabled(true);
        Sums before;
        checkGroupSums(chain.sort, {}, before);
        QCOMPARE(before.batches, 2);
        QCOMPARE(before.cycles[StatusCategory::Complete], 4);
        const QModelIndex qFast = [&] {
            for (int r = 0; r < chain.totals.rowCount(); ++r) {
                if (chain.totals.index(r, 0).data(BatchRoles::IdRole) == QStringLiteral("q-fast"))
                    return chain.totals.index(r, 0);
            }
            return QModelIndex();
        }();
        QVERIFY(qFast.isValid());
        QCOMPARE(qFast.data(BatchRoles::BatchCountRole).toLongLong(), 1); // b-imaging-1 only
        QCOMPARE(qFast.siblingAtColumn(StatusColumn).data().toString(),
                 QCoreApplication::translate("BatchDesk::BatchTreeModel", "%Ln batch(es)", nullptr, 1));

        QSignalSpy groupChanged(&chain.totals, &QAbstractItemModel::dataChanged);
        Page<Batch> next = demoPage();
        next.items[0].cycles.counts = {0, 0, 0, 10, 0, 0}; // b-imaging-1 completes
        load(*m_store, next);
        const bool announced = std::any_of(groupChanged.cbegin(), groupChanged.cend(), [&](const QList<QVariant> &signal) {
            return signal.at(0).value<QModelIndex>().siblingAtColumn(0) == qFast;
        });
        QVERIFY(announced);
        QCOMPARE(qFast.data(BatchRoles::CycleCountsRole).value<CycleCounts>()[StatusCategory::Complete], 10);
        Sums after;
        checkGroupSums(chain.sort, {}, after);
        QCOMPARE(after.cycles[StatusCategory::Complete], 14);

        // A new batch of hers arrives; the counts follow.
        QSignalSpy countsChanged(&chain.totals, &FilteredAggregateProxy::countsChanged);
        next.items.append(TestSupport::makeBatch(spec("b-new", "q-fast", "wo-mac", StatusCategory::Pending, {3, 0, 0, 0, 0, 0}, 4,
                                                      {QStringLiteral("u-priya")})));
        load(*m_store, next);
        QVERIFY(countsChanged.size() > 0);
        QCOMPARE(chain.totals.counts(), (FilteredAggregateProxy::Counts{3, 5, true}));
        Sums more;
        checkGroupSums(chain.sort, {}, more);
        QCOMPARE(more.batches, 3);
    }

    void chainThroughRefreshesAndRemovals()
    {
        TextFilterProxy text;
        CategoryFilterProxy category;
        AssignedToUserProxy mine;
        OverdueFilterProxy overdue;
        BatchSortProxy sort;
        text.setSourceModel(m_model.get());
        category.setSourceModel(&text);
        mine.setSourceModel(&category);
        overdue.setSourceModel(&mine);
        sort.setSourceModel(&overdue);
        QAbstractItemModelTester t1(&text, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&category, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t3(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t4(&overdue, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t5(&sort, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t0(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        text.setText(QStringLiteral("batch"));
        category.setCategories({StatusCategory::InProgress, StatusCategory::Complete});
        QCOMPARE(sorted(visibleBatches(sort)), (QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-imaging-2")}));

        // Refresh: b-imaging-1 completes, b-qa-1 becomes in progress, a new batch arrives,
        // b-mac-1 disappears.
        Page<Batch> next = makePage({
            spec("b-imaging-1", "q-fast", "wo-ipad", StatusCategory::Complete, {0, 0, 0, 10, 0, 0}, 2, {QStringLiteral("u-priya")}),
            spec("b-imaging-2", "q-fast", "wo-ipad", StatusCategory::Complete, {0, 0, 0, 10, 0, 0}, 1),
            spec("b-qa-1", "q-qa", "wo-ipad", StatusCategory::InProgress, {0, 6, 0, 4, 0, 0}, 3, {QStringLiteral("u-priya")}),
            spec("b-new", "q-new", "wo-new", StatusCategory::InProgress, {3, 3, 0, 0, 0, 0}, 1),
        });
        load(*m_store, next);
        QCOMPARE(sorted(visibleBatches(sort)), (QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-imaging-2"),
                                                            QStringLiteral("b-new"), QStringLiteral("b-qa-1")}));
        mine.setUserId(QStringLiteral("u-priya"));
        mine.setEnabled(true);
        QCOMPARE(sorted(visibleBatches(sort)), (QStringList{QStringLiteral("b-imaging-1"), QStringLiteral("b-qa-1")}));
        sort.setSortBy(BatchSortProxy::SortBy::Progress);
        mine.setEnabled(false);
        overdue.setEnabled(true);
        QVERIFY(visibleBatches(sort).isEmpty());
        overdue.setEnabled(false);
        // Everything goes away, then comes back.
        load(*m_store, makePage({}));
        QCOMPARE(sort.rowCount(), 0);
        load(*m_store, demoPage());
        category.setCategories({});
        text.setText(QString());
        QCOMPARE(visibleBatches(sort).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBatchProxies)
#include "tst_batchproxies.moc"
