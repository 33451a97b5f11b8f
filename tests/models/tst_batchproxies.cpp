// Each proxy on its own over the tree model, and the whole chain, under
// QAbstractItemModelTester (fatal) through loads, refreshes, removals and filter changes.

#include "common/batchfactory.h"
#include "models/batchproxies.h"
#include "models/batchtreemodel.h"

#include <QAbstractItemModelTester>
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
        // q-qa (priority 0) first; in q-fast, wo-ipad (due 2030) after wo-mac (due 2020).
        QTest::newRow("order") << BatchSortProxy::SortBy::Order
                               << QStringList{QStringLiteral("b-qa-1"), QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-2"),
                                              QStringLiteral("b-imaging-1")};
        QTest::newRow("label") << BatchSortProxy::SortBy::Label
                               << QStringList{QStringLiteral("b-qa-1"), QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-1"),
                                              QStringLiteral("b-imaging-2")};
        QTest::newRow("progress") << BatchSortProxy::SortBy::Progress
                                  << QStringList{QStringLiteral("b-qa-1"), QStringLiteral("b-mac-1"), QStringLiteral("b-imaging-1"),
                                                 QStringLiteral("b-imaging-2")};
    }
    void sorting()
    {
        QFETCH(BatchSortProxy::SortBy, sortBy);
        QFETCH(QStringList, expected);
        BatchSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model.get());
        proxy.setSortBy(sortBy);
        QCOMPARE(visibleBatches(proxy), expected);
        QCOMPARE(proxy.index(0, 0).data(BatchRoles::IdRole).toString(), QStringLiteral("q-qa"));
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
