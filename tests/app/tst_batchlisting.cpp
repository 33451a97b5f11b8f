// BatchListing: the CLI's grouping of paged batches — dedupe across pages (cursor drift),
// queue → work order → batch order, skipped items, and the JSON/CSV renderings.

#include "app/cli/batchlisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Niagara;
using BatchDesk::Cli::BatchListing;

namespace {

Batch makeBatch(const QString &id, const QString &queueId, double priority, const QString &workOrderId,
                const QDateTime &due, SortKey order, qint64 complete = 0)
{
    Batch b;
    b.id = id;
    b.label = QStringLiteral("Batch ") + id;
    b.queue.id = queueId;
    b.queue.label = QStringLiteral("Queue ") + queueId;
    b.queue.priority = SortKey::fromNumber(priority);
    b.workOrder.id = workOrderId;
    b.workOrder.label = QStringLiteral("WO ") + workOrderId;
    b.workOrder.dueDate = due;
    b.order = order;
    b.numberCycles = 10;
    b.cycles[StatusCategory::Complete] = complete;
    b.cycles[StatusCategory::Pending] = 10 - complete;
    b.currentStatus = Status{QStringLiteral("Imaging, bay \"2\""), {}, StatusCategory::InProgress, std::nullopt};
    return b;
}

const QDateTime kSoon(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
const QDateTime kLater(QDate(2027, 1, 15), QTime(8, 0), Qt::UTC);

} // namespace

class TestBatchListing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicatesAcrossPagesAreListedOnce()
    {
        BatchListing listing;
        Page<Batch> first;
        first.totalCount = 3;
        first.items = {makeBatch(QStringLiteral("b1"), QStringLiteral("q1"), 0, QStringLiteral("w1"), kSoon, SortKey::fromNumber(1)),
                       makeBatch(QStringLiteral("b2"), QStringLiteral("q1"), 0, QStringLiteral("w1"), kSoon, SortKey::fromNumber(2))};
        Page<Batch> second;
        second.totalCount = 3;
        // b2 again (the cursor drifted), now with more cycles done: the fresher copy wins.
        second.items = {makeBatch(QStringLiteral("b2"), QStringLiteral("q1"), 0, QStringLiteral("w1"), kSoon, SortKey::fromNumber(2), 7),
                        makeBatch(QStringLiteral("b3"), QStringLiteral("q1"), 0, QStringLiteral("w1"), kSoon, SortKey::fromNumber(3))};
        listing.addPage(first);
        listing.addPage(second);
        QCOMPARE(listing.batchCount(), 3);
        QCOMPARE(listing.duplicatesDropped(), 1);
        const auto groups = listing.groups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().workOrders.size(), 1);
        const auto &batches = groups.first().workOrders.first().batches;
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(1)->id, QStringLiteral("b2"));
        QCOMPARE(batches.at(1)->cycles[StatusCategory::Complete], 7);
    }

    void groupingOrder()
    {
        BatchListing listing;
        Page<Batch> page;
        page.totalCount = 5;
        page.items = {
            makeBatch(QStringLiteral("late-q"), QStringLiteral("q-low"), 5, QStringLiteral("w1"), kSoon, SortKey::fromNumber(1)),
            makeBatch(QStringLiteral("b-order-10"), QStringLiteral("q-high"), 1, QStringLiteral("w-later"), kLater, SortKey::fromNumber(10)),
            makeBatch(QStringLiteral("b-order-9"), QStringLiteral("q-high"), 1, QStringLiteral("w-later"), kLater, SortKey::fromNumber(9)),
            makeBatch(QStringLiteral("b-soon"), QStringLiteral("q-high"), 1, QStringLiteral("w-soon"), kSoon, SortKey::fromNumber(4)),
            makeBatch(QStringLiteral("b-string"), QStringLiteral("q-high"), 1, QStringLiteral("w-later"), kLater, SortKey::fromString(QStringLiteral("a"))),
        };
        listing.addPage(page);
        const auto groups = listing.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).queue.id, QStringLiteral("q-high")); // priority 1 before 5
        QCOMPARE(groups.at(1).queue.id, QStringLiteral("q-low"));
        QCOMPARE(groups.at(0).workOrders.at(0).workOrder.id, QStringLiteral("w-soon")); // earlier due date first
        const auto &later = groups.at(0).workOrders.at(1).batches;
        QCOMPARE(later.size(), 3);
        QCOMPARE(later.at(0)->id, QStringLiteral("b-order-9"));
        QCOMPARE(later.at(1)->id, QStringLiteral("b-order-10"));
        QCOMPARE(later.at(2)->id, QStringLiteral("b-string")); // string keys after numbers
    }

    void skippedIndexesCountAcrossPages()
    {
        BatchListing listing;
        Page<Batch> first;
        first.totalCount = 4;
        first.items = {makeBatch(QStringLiteral("b1"), QStringLiteral("q"), 0, QStringLiteral("w"), kSoon, SortKey::fromNumber(1))};
        first.skipped = {DecodeIssue{1, QStringLiteral("$._embedded['nter:batches'][1].order"), QStringLiteral("must be >= 0"), QStringLiteral("bad-1")}};
        Page<Batch> second;
        second.totalCount = 4;
        second.skipped = {DecodeIssue{0, QStringLiteral("$._embedded['nter:batches'][0].batch_id"), QStringLiteral("bad id"), QString()}};
        second.items = {makeBatch(QStringLiteral("b4"), QStringLiteral("q"), 0, QStringLiteral("w"), kSoon, SortKey::fromNumber(4))};
        listing.addPage(first);
        listing.addPage(second);
        QCOMPARE(listing.skipped().size(), 2);
        QCOMPARE(listing.skipped().at(0).index, 1);
        QCOMPARE(listing.skipped().at(1).index, 2); // two items came before the second page

        const QJsonObject root = QJsonDocument::fromJson(listing.toJson()).object();
        const QJsonArray skipped = root.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("index")).toInt(), 2);
        QVERIFY(skipped.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("batch_id")));
    }

    void jsonShape()
    {
        BatchListing listing;
        Page<Batch> page;
        page.totalCount = 1;
        page.items = {makeBatch(QStringLiteral("b1"), QStringLiteral("q1"), 2, QStringLiteral("w1"), kSoon, SortKey::fromNumber(3), 4)};
        listing.addPage(page);
        const QJsonObject root = QJsonDocument::fromJson(listing.toJson()).object();
        QCOMPARE(root.value(QStringLiteral("total_count")).toInt(), 1);
        const QJsonObject queue = root.value(QStringLiteral("queues")).toArray().first().toObject();
        QCOMPARE(queue.value(QStringLiteral("queue_id")).toString(), QStringLiteral("q1"));
        QCOMPARE(queue.value(QStringLiteral("priority")).toDouble(), 2.0);
        const QJsonObject wo = queue.value(QStringLiteral("work_orders")).toArray().first().toObject();
        QCOMPARE(wo.value(QStringLiteral("work_order_id")).toString(), QStringLiteral("w1"));
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
        BatchListing listing;
        Page<Batch> page;
        page.totalCount = 1;
        page.items = {makeBatch(QStringLiteral("b1"), QStringLiteral("q1"), 0, QStringLiteral("w1"), kSoon, SortKey::fromNumber(1))};
        listing.addPage(page);
        const QList<QByteArray> lines = listing.toCsv().split('\n');
        QVERIFY(lines.size() >= 2);
        // The status label holds a comma and quotes: one quoted field, quotes doubled.
        QVERIFY2(lines.at(1).contains("\"Imaging, bay \"\"2\"\"\""), lines.at(1).constData());
        QCOMPARE(lines.at(0).count(','), lines.at(1).count(',') - 1); // the one comma inside quotes
    }
};

QTEST_GUILESS_MAIN(TestBatchListing)
#include "tst_batchlisting.moc"
