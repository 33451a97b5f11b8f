// planMyWork: which section a technician's batch is in (the first that holds: blocked, in
// progress, next, done today in local time) and the order within a section (queue priority,
// the batch's order — numbers, or text in natural order — due date, label), as _data tables;
// and that only the user's own batches are taken from a store.

#include "common/batchfactory.h"
#include "models/mywork/myworkplan.h"

#include <QTest>
#include <QTimeZone>

using namespace BatchDesk;
using Niagara::SortKey;
using Niagara::StatusCategory;

Q_DECLARE_METATYPE(std::optional<BatchDesk::WorkSection>)

namespace {

// pending, in progress, verifying, complete, blocked, cancelled
Niagara::CycleCounts counts(qint64 p, qint64 ip, qint64 v, qint64 c, qint64 b = 0, qint64 x = 0)
{
    Niagara::CycleCounts n;
    n[StatusCategory::Pending] = p;
    n[StatusCategory::InProgress] = ip;
    n[StatusCategory::Verifying] = v;
    n[StatusCategory::Complete] = c;
    n[StatusCategory::Blocked] = b;
    n[StatusCategory::Cancelled] = x;
    return n;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

BatchRecord record(const QString &id, const Niagara::CycleCounts &c, const QDateTime &updated = at("2026-12-02T08:00:00Z"))
{
    BatchRecord r;
    r.id = id;
    r.label = id;
    r.cycles = c;
    r.updated = updated;
    r.queueId = QStringLiteral("q");
    r.workOrderId = QStringLiteral("w");
    return r;
}

SortKey key(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? SortKey::fromString(v.toString()) : SortKey::fromNumber(v.toDouble());
}

} // namespace

class TestMyWorkPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data()
    {
        QTest::addColumn<Niagara::CycleCounts>("cycles");
        QTest::addColumn<QDateTime>("updated");
        QTest::addColumn<int>("zoneOffsetHours");
        QTest::addColumn<std::optional<WorkSection>>("section");
        const QDateTime morning = at("2026-12-02T08:00:00Z");
        const std::optional<WorkSection> none;
        QTest::newRow("a blocked cycle wins over work in progress")
            << counts(1, 2, 1, 0, 1) << morning << 0 << std::optional(WorkSection::Blocked);
        QTest::newRow("in progress") << counts(3, 1, 0, 2) << morning << 0 << std::optional(WorkSection::InProgress);
        QTest::newRow("verifying only is in progress") << counts(0, 0, 2, 5) << morning << 0
                                                       << std::optional(WorkSection::InProgress);
        QTest::newRow("only pending left: next") << counts(4, 0, 0, 6) << morning << 0 << std::optional(WorkSection::Next);
        QTest::newRow("untouched: next") << counts(10, 0, 0, 0) << morning << 0 << std::optional(WorkSection::Next);
        QTest::newRow("finished today") << counts(0, 0, 0, 8, 0, 2) << morning << 0 << std::optional(WorkSection::DoneToday);
        QTest::newRow("finished yesterday: not shown") << counts(0, 0, 0, 10) << at("2026-12-01T23:59:59Z") << 0 << none;
        // Local time: at 03:00 in UTC+10, 15:00 UTC yesterday is 01:00 today.
        QTest::newRow("finished today in UTC+10") << counts(0, 0, 0, 10) << at("2026-12-01T15:00:00Z") << 10
                                                 << std::optional(WorkSection::DoneToday);
        QTest::newRow("finished yesterday in UTC+10") << counts(0, 0, 0, 10) << at("2026-12-01T13:59:00Z") << 10 << none;
        QTest::newRow("all cancelled today: done") << counts(0, 0, 0, 0, 0, 3) << morning << 0
                                                   << std::optional(WorkSection::DoneToday);
    }
    void sections()
    {
        QFETCH(Niagara::CycleCounts, cycles);
        QFETCH(QDateTime, updated);
        QFETCH(int, zoneOffsetHours);
        QFETCH(std::optional<WorkSection>, section);
        const QTimeZone zone(zoneOffsetHours * 3600);
        // "now" is 03:00 local on 2026-12-02 in the zone.
        const QDateTime now(QDate(2026, 12, 2), QTime(3, 0), zone);
        QCOMPARE(workSectionOf(record(QStringLiteral("b"), cycles, updated), now, zone), section);
    }

    void order_data()
    {
        // Each row: batches as "id:queue priority:order:due day (0 = none)", and the order expected.
        QTest::addColumn<QStringList>("batches");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("queue priority first")
            << QStringList{QStringLiteral("a:2:1:5"), QStringLiteral("b:1:9:9")} << QStringList{QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("then the batch order, numerically")
            << QStringList{QStringLiteral("a:1:10:1"), QStringLiteral("b:1:9:9"), QStringLiteral("c:1:2.5:9")}
            << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("text orders naturally: B2 before B10")
            << QStringList{QStringLiteral("a:1:\"B10\":1"), QStringLiteral("b:1:\"B2\":1"), QStringLiteral("c:1:\"A11\":1")}
            << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("numbers before text")
            << QStringList{QStringLiteral("a:1:\"a0\":1"), QStringLiteral("b:1:7:1")} << QStringList{QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("then the due date, none last")
            << QStringList{QStringLiteral("a:1:1:0"), QStringLiteral("b:1:1:9"), QStringLiteral("c:1:1:3")}
            << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("then the label") << QStringList{QStringLiteral("b:1:1:3"), QStringLiteral("a:1:1:3")}
                                        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("text priorities as the later revision sends them")
            << QStringList{QStringLiteral("a:\"b\":1:1"), QStringLiteral("b:\"a\":2:1")} << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    }
    void order()
    {
        QFETCH(QStringList, batches);
        QFETCH(QStringList, expected);
        std::vector<BatchRecord> records;
        MyWorkContext context;
        context.now = at("2026-12-02T08:00:00Z");
        context.zone = QTimeZone::utc();
        const auto value = [](const QString &text) -> QVariant {
            if (text.startsWith(QLatin1Char('"')))
                return text.mid(1, text.size() - 2);
            return text.toDouble();
        };
        for (const QString &spec : batches) {
            const QStringList f = spec.split(QLatin1Char(':'));
            BatchRecord r = record(f.at(0), counts(1, 0, 0, 0));
            r.queueId = QStringLiteral("q-") + f.at(0);
            r.workOrderId = QStringLiteral("w-") + f.at(0);
            r.order = key(value(f.at(2)));
            context.queuePriority.insert(r.queueId, key(value(f.at(1))));
            if (f.at(3) != QLatin1String("0"))
                context.workOrderDue.insert(r.workOrderId, context.now.addDays(f.at(3).toInt()));
            records.push_back(r);
        }
        QList<const BatchRecord *> pointers;
        for (const BatchRecord &r : records)
            pointers.append(&r);
        const auto sections = planMyWork(pointers, context);
        QStringList got;
        for (const BatchRecord *r : sections[static_cast<std::size_t>(WorkSection::Next)].batches)
            got << r->id;
        QCOMPARE(got, expected);
        for (WorkSection s : {WorkSection::Blocked, WorkSection::InProgress, WorkSection::DoneToday})
            QVERIFY(sections[static_cast<std::size_t>(s)].batches.isEmpty());
    }

    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("digits as numbers") << QStringLiteral("B2") << QStringLiteral("B10") << -1;
        QTest::newRow("leading zeros") << QStringLiteral("B007") << QStringLiteral("B7") << 0;
        QTest::newRow("text then digits") << QStringLiteral("Batch 9 of 12") << QStringLiteral("Batch 10 of 12") << -1;
        QTest::newRow("prefix shorter first") << QStringLiteral("iPad") << QStringLiteral("iPad 2") << -1;
        QTest::newRow("by code point") << QStringLiteral("a") << QStringLiteral("b") << -1;
        QTest::newRow("equal") << QStringLiteral("x12y") << QStringLiteral("x12y") << 0;
    }
    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const auto s = [](int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
        QCOMPARE(s(naturalCompare(a, b)), sign);
        QCOMPARE(s(naturalCompare(b, a)), -sign);
    }

    void onlyTheUsersBatchesFromAStore()
    {
        using TestSupport::BatchSpec;
        BatchStore store;
        store.beginLoad();
        BatchSpec mine{QStringLiteral("b1")};
        mine.technicianIds = {QStringLiteral("u-1")};
        BatchSpec theirs{QStringLiteral("b2")};
        theirs.technicianIds = {QStringLiteral("u-2")};
        BatchSpec shared{QStringLiteral("b3")};
        shared.technicianIds = {QStringLiteral("u-2"), QStringLiteral("u-1")};
        shared.cycles = {1, 1, 0, 0, 1, 0};
        BatchSpec nobody{QStringLiteral("b4")};
        store.ingest(TestSupport::makePage({mine, theirs, shared, nobody}));
        store.endLoad();

        QStringList ids;
        for (const BatchRecord *r : batchesOf(store, QStringLiteral("u-1")))
            ids << r->id;
        QCOMPARE(ids, (QStringList{QStringLiteral("b1"), QStringLiteral("b3")}));
        QVERIFY(batchesOf(store, QString()).isEmpty());

        const MyWorkContext context = myWorkContext(store, QStringLiteral("u-1"), at("2026-12-02T08:00:00Z"), QTimeZone::utc());
        QVERIFY(context.queuePriority.contains(QStringLiteral("q-fast")));
        const auto sections = planMyWork(batchesOf(store, QStringLiteral("u-1")), context);
        QCOMPARE(sections[0].section, WorkSection::Blocked);
        QCOMPARE(sections[0].batches.size(), 1);
        QCOMPARE(sections[0].batches.first()->id, QStringLiteral("b3"));
        QCOMPARE(sections[2].batches.size(), 1);
        QCOMPARE(sections[2].batches.first()->id, QStringLiteral("b1"));
        QCOMPARE(workSectionWireName(WorkSection::DoneToday), QStringLiteral("done_today"));
    }
};

QTEST_GUILESS_MAIN(TestMyWorkPlan)
#include "tst_myworkplan.moc"
