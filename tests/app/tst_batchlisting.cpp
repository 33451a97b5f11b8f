// BatchListing over the board's own store, tree and sort: dedupe across pages (cursor drift),
// queue → work order → batch order, skipped items, and the JSON/CSV renderings.

#include "app/cli/batchlisting.h"
#include "common/batchfactory.h"
#include "models/batchproxies.h"
#include "models/batchtreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using BatchDesk::Cli::BatchListing;
using TestSupport::BatchSpec;
using TestSupport::makePage;

namespace {

BatchSpec spec(const char *id, const char *queue, const char *wo, double order, std::array<qint64, 6> cycles = {10, 0, 0, 0, 0, 0})
{
    BatchSpec s{QString::fromLatin1(id), QString::fromLatin1(queue), QString::fromLatin1(wo)};
    s.order = order;
    s.cycles = cycles;
    return s;
}

// The CLI's pipeline: store → tree → sort by order.
struct Pipeline
{
    BatchStore store;
    std::unique_ptr<BatchTreeModel> tree;
    BatchSortProxy sorted;

    void load(std::initializer_list<Page<Batch>> pages)
    {
        store.beginLoad();
        for (const auto &page : pages)
            store.ingest(page);
        store.endLoad();
        tree = std::make_unique<BatchTreeModel>(&store);
        sorted.setSortBy(BatchSortProxy::SortBy::Order);
        sorted.setSourceModel(tree.get());
    }
    QJsonObject json() const { return QJsonDocument::fromJson(BatchListing(store, sorted).toJson()).object(); }
};

QStringList batchIds(const QJsonObject &root)
{
    QStringList ids;
    for (const QJsonValue &q : root.value(QStringLiteral("queues")).toArray())
        for (const QJsonValue &w : q.toObject().value(QStringLiteral("work_orders")).toArray())
            for (const QJsonValue &b : w.toObject().value(QStringLiteral("batches")).toArray())
                ids << b.toObject().value(QStringLiteral("batch_id")).toString();
    return ids;
}

} // namespace

class TestBatchListing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicatesAcrossPagesAreListedOnce()
    {
        Pipeline p;
        // b2 arrives on both pages (the cursor drifted); the fresher copy wins.
        p.load({makePage({spec("b1", "q1", "w1", 1), spec("b2", "q1", "w1", 2)}, 3),
                makePage({spec("b2", "q1", "w1", 2, {3, 0, 0, 7, 0, 0}), spec("b3", "q1", "w1", 3)}, 3)});
        const QJsonObject root = p.json();
        QCOMPARE(batchIds(root), (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")}));
        const QJsonObject b2 = root.value(QStringLiteral("queues")).toArray().first().toObject()
                                   .value(QStringLiteral("work_orders")).toArray().first().toObject()
                                   .value(QStringLiteral("batches")).toArray().at(1).toObject();
        QCOMPARE(b2.value(QStringLiteral("cycles")).toObject().value(QStringLiteral("complete")).toInt(), 7);
    }

    void groupingOrder()
    {
        Pipeline p;
        Page<Batch> page = makePage({spec("late-q", "q-low", "w1", 1), spec("b-order-10", "q-high", "w-later", 10),
                                     spec("b-order-9", "q-high", "w-later", 9), spec("b-soon", "q-high", "w-soon", 4)});
        for (Batch &b : page.items) {
            b.queue.priority = SortKey::fromNumber(b.queue.id == QLatin1String("q-high") ? 1 : 5);
            b.workOrder.dueDate = QDateTime(QDate(b.workOrder.id == QLatin1String("w-soon") ? 2026 : 2027, 1, 1), QTime(8, 0), Qt::UTC);
        }
        page.items[3].order = SortKey::fromString(QStringLiteral("a")); // strings after numbers
        p.load({page});
        const QJsonArray queues = p.json().value(QStringLiteral("queues")).toArray();
        QCOMPARE(queues.size(), 2);
        QCOMPARE(queues.at(0).toObject().value(QStringLiteral("queue_id")).toString(), QStringLiteral("q-high"));
        const QJsonArray wos = queues.at(0).toObject().value(QStringLiteral("work_orders")).toArray();
        QCOMPARE(wos.at(0).toObject().value(QStringLiteral("work_order_id")).toString(), QStringLiteral("w-soon"));
        const QJsonArray later = wos.at(1).toObject().value(QStringLiteral("batches")).toArray();
        QCOMPARE(later.at(0).toObject().value(QStringLiteral("batch_id")).toString(), QStringLiteral("b-order-9"));
        QCOMPARE(later.at(1).toObject().value(QStringLiteral("batch_id")).toString(), QStringLiteral("b-order-10"));
    }

    void skippedIndexesCountAcrossPages()
    {
        Pipeline p;
        Page<Batch> first = makePage({spec("b1", "q", "w", 1)}, 4);
        first.skipped = {DecodeIssue{1, QStringLiteral("$._embedded['nter:batches'][1].order"), QStringLiteral("must be >= 0"), QStringLiteral("bad-1")}};
        Page<Batch> second = makePage({spec("b4", "q", "w", 4)}, 4);
        second.skipped = {DecodeIssue{0, QStringLiteral("$._embedded['nter:batches'][0].batch_id"), QStringLiteral("bad id"), QString()}};
        p.load({first, second});
        const QJsonArray skipped = p.json().value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("index")).toInt(), 2); // two items came before page two
        QVERIFY(skipped.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("batch_id")));
    }

    void jsonShape()
    {
        Pipeline p;
        p.load({makePage({spec("b1", "q1", "w1", 3, {6, 0, 0, 4, 0, 0})}, 1)});
        const QJsonObject root = p.json();
        QCOMPARE(root.value(QStringLiteral("total_count")).toInt(), 1);
        const QJsonObject queue = root.value(QStringLiteral("queues")).toArray().first().toObject();
        for (const char *key : {"queue_id", "label", "priority", "work_orders"})
            QVERIFY2(queue.contains(QLatin1String(key)), key);
        const QJsonObject wo = queue.value(QStringLiteral("work_orders")).toArray().first().toObject();
        for (const char *key : {"work_order_id", "label", "batches"})
            QVERIFY2(wo.contains(QLatin1String(key)), key);
        const QJsonObject batch = wo.value(QStringLiteral("batches")).toArray().first().toObject();
        for (const char *key : {"batch_id", "label", "order", "number_cycles", "current_status", "cycles"})
            QVERIFY2(batch.contains(QLatin1String(key)), key);
        QCOMPARE(batch.value(QStringLiteral("order")).toDouble(), 3.0);
        const QJsonObject cycles = batch.value(QStringLiteral("cycles")).toObject();
        QCOMPARE(cycles.size(), 6);
        QCOMPARE(cycles.value(QStringLiteral("complete")).toInt(), 4);
        QCOMPARE(cycles.value(QStringLiteral("pending")).toInt(), 6);
    }

    void csvQuotesFields()
    {
        Pipeline p;
        Page<Batch> page = makePage({spec("b1", "q1", "w1", 1)});
        page.items.first().currentStatus->label = QStringLiteral("Imaging, bay \"2\"");
        p.load({page});
        const QList<QByteArray> lines = BatchListing(p.store, p.sorted).toCsv().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.at(1).contains("\"Imaging, bay \"\"2\"\"\""), lines.at(1).constData());
        QCOMPARE(lines.at(0).count(','), lines.at(1).count(',') - 1); // the one comma inside quotes
    }
};

QTEST_GUILESS_MAIN(TestBatchListing)
#include "tst_batchlisting.moc"
