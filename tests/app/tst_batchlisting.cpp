// BatchListing over the board's own store, tree and sort: dedupe across pages (cursor drift),
// queue → work order → batch order, skipped items, and the JSON/CSV renderings; the CLI's
// terminal escaping and CSV field rules (RFC 4180, formula guard).

#include "app/cli/batchlisting.h"
#include "common/batchfactory.h"
#include "common/clirun.h"
#include "models/batchproxies.h"
#include "models/batchtreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using BatchDesk::Cli::BatchListing;
using BatchDesk::Cli::CsvKind;

Q_DECLARE_METATYPE(BatchDesk::Cli::CsvKind)
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

    void terminalText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"NWS iPad Air 3/12"_qs << u"NWS iPad Air 3/12"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("OSC title with BEL") << u"\x1b]0;pwned\x07"_qs << u"\\x1b]0;pwned\\x07"_qs;
        QTest::newRow("clear screen") << u"\x1b[2Jfake"_qs << u"\\x1b[2Jfake"_qs;
        QTest::newRow("tab and line breaks") << u"a\tb\nc\rd"_qs << u"a\\x09b\\x0ac\\x0dd"_qs;
        QTest::newRow("NUL") << QString(QChar(0)) + u"x"_qs << u"\\x00x"_qs;
        QTest::newRow("unit separator") << u"\x1f"_qs << u"\\x1f"_qs;
        QTest::newRow("DEL") << u"\x7f"_qs << u"\\x7f"_qs;
        QTest::newRow("C1 CSI") << QString(QChar(0x9B)) + u"2J"_qs << u"\\x9b2J"_qs;
        QTest::newRow("C1 first and last") << QString(QChar(0x80)) + QChar(0x9F) << u"\\x80\\x9f"_qs;
        QTest::newRow("NBSP stays") << QString(QChar(0xA0)) << QString(QChar(0xA0));
        QTest::newRow("RLO") << u"abc\u202Efdp.exe"_qs << u"abc\\u202efdp.exe"_qs;
        QTest::newRow("every bidi control")
            << u"\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"_qs
            << u"\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069"_qs;
        QTest::newRow("zero width joiner stays") << u"a\u200Db"_qs << u"a\u200Db"_qs;
        QTest::newRow("right-to-left letters stay") << u"\u05E9\u05DC\u05D5\u05DD"_qs << u"\u05E9\u05DC\u05D5\u05DD"_qs;
        QTest::newRow("non-BMP stays") << u"ok \U0001F44D"_qs << u"ok \U0001F44D"_qs;
        QTest::newRow("backslash stays") << u"C:\\x1b"_qs << u"C:\\x1b"_qs;
    }
    void terminalText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BatchDesk::Cli::terminalText(input), expected);
    }

    void terminalLinesKeepsLineBreaksOnly()
    {
        QCOMPARE(BatchDesk::Cli::terminalLines(u"first\nsecond \x1b[2J\rthird\u202E"_qs),
                 u"first\nsecond \\x1b[2J\\x0dthird\\u202e"_qs);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CsvKind>("kind");
        QTest::addColumn<QString>("expected");
        const CsvKind text = CsvKind::Text;
        const CsvKind number = CsvKind::Number;
        QTest::newRow("plain") << u"Fast Lane"_qs << text << u"Fast Lane"_qs;
        QTest::newRow("empty") << QString() << text << QString();
        QTest::newRow("comma") << u"a,b"_qs << text << u"\"a,b\""_qs;
        QTest::newRow("quotes") << u"bay \"2\""_qs << text << u"\"bay \"\"2\"\"\""_qs;
        QTest::newRow("LF kept, quoted") << u"a\nb"_qs << text << u"\"a\nb\""_qs;
        QTest::newRow("CRLF kept, quoted") << u"a\r\nb"_qs << text << u"\"a\r\nb\""_qs;
        QTest::newRow("tab inside, quoted") << u"a\tb"_qs << text << u"\"a\tb\""_qs;
        QTest::newRow("all of it") << u"a,b\"c\nd"_qs << text << u"\"a,b\"\"c\nd\""_qs;
        QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\",\"y\")"_qs << text
                                   << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_qs;
        QTest::newRow("formula +") << u"+1"_qs << text << u"'+1"_qs;
        QTest::newRow("formula -") << u"-1+2"_qs << text << u"'-1+2"_qs;
        QTest::newRow("formula @") << u"@cmd"_qs << text << u"'@cmd"_qs;
        QTest::newRow("leading tab") << u"\t=1"_qs << text << u"\"'\t=1\""_qs;
        QTest::newRow("leading CR") << u"\r=1"_qs << text << u"\"'\r=1\""_qs;
        QTest::newRow("= later is no formula") << u"x=1"_qs << text << u"x=1"_qs;
        QTest::newRow("negative text is guarded") << u"-3"_qs << text << u"'-3"_qs;
        QTest::newRow("program's negative number") << u"-3"_qs << number << u"-3"_qs;
        QTest::newRow("program's decimal") << u"2.5"_qs << number << u"2.5"_qs;
        QTest::newRow("not a number though claimed") << u"-1+2"_qs << number << u"'-1+2"_qs;
        QTest::newRow("ESC escaped") << u"\x1b]0;pwned\x07"_qs << text << u"\\x1b]0;pwned\\x07"_qs;
        QTest::newRow("ESC first, then =") << u"\x1b=1"_qs << text << u"\\x1b=1"_qs;
        QTest::newRow("RLO escaped") << u"a\u202Eb"_qs << text << u"a\\u202eb"_qs;
        QTest::newRow("C1 escaped") << QString(QChar(0x9B)) << text << u"\\x9b"_qs;
    }
    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(CsvKind, kind);
        QFETCH(QString, expected);
        QCOMPARE(BatchDesk::Cli::csvField(input, kind), expected);
    }

    void csvRecordEndsWithCrlf()
    {
        QCOMPARE(BatchDesk::Cli::csvRecord({u"a"_qs, u"b,c"_qs, {u"-3"_qs, CsvKind::Number}, QString()}),
                 QByteArray("a,\"b,c\",-3,\r\n"));
        const auto parsed = TestSupport::parseCsv("a,\"b,c\",-3,\r\n");
        QVERIFY(parsed && parsed->size() == 1);
        QCOMPARE(parsed->first(), (QStringList{u"a"_qs, u"b,c"_qs, u"-3"_qs, QString()}));
        QVERIFY(!TestSupport::parseCsv("a,b\n")); // LF alone does not end a record
        QVERIFY(!TestSupport::parseCsv("a\"b\r\n"));
    }

    void hostileLabelsInTableAndCsv()
    {
        Pipeline p;
        Page<Batch> page = makePage({spec("b1", "q1", "w1", 1)});
        const QString hostile = u"\x1b]0;pwned\x07\x1b[2J\u202E=HYPERLINK(\"x\"),\nnext"_qs;
        page.items.first().label = hostile;
        page.items.first().queue.label = u"@queue\x1b"_qs;
        page.items.first().workOrder.label = u"+wo\x9b"_qs;
        page.items.first().currentStatus->label = u"-1+2"_qs;
        p.load({page});
        const BatchListing listing(p.store, p.sorted);

        const QByteArray table = listing.toTable();
        for (const char c : {'\x1b', '\x07'})
            QVERIFY2(!table.contains(c), table.constData());
        QVERIFY(!table.contains("\xc2\x9b")); // U+009B in UTF-8
        QVERIFY(!QString::fromUtf8(table).contains(QChar(0x202E)));
        QVERIFY2(table.contains("\\x1b]0;pwned\\x07\\x1b[2J\\u202e=HYPERLINK"), table.constData());
        QVERIFY(table.contains("@queue\\x1b"));
        QVERIFY(table.contains("+wo\\x9b"));
        // The label's line break is escaped: the batch stays on one line.
        QVERIFY(table.contains("\\x0anext"));

        const QByteArray csv = listing.toCsv();
        QVERIFY(!csv.contains('\x1b') && !csv.contains('\x07') && !csv.contains("\xc2\x9b"));
        const auto records = TestSupport::parseCsv(csv);
        QVERIFY2(records, csv.constData());
        QCOMPARE(records->size(), 2);
        const QStringList header = records->at(0);
        const QStringList row = records->at(1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(header.indexOf(u"batch_label"_qs)),
                 u"\\x1b]0;pwned\\x07\\x1b[2J\\u202e=HYPERLINK(\"x\"),\nnext"_qs);
        QCOMPARE(row.at(header.indexOf(u"queue_label"_qs)), u"'@queue\\x1b"_qs);
        QCOMPARE(row.at(header.indexOf(u"work_order_label"_qs)), u"'+wo\\x9b"_qs);
        QCOMPARE(row.at(header.indexOf(u"current_status"_qs)), u"'-1+2"_qs);
        QCOMPARE(row.at(header.indexOf(u"order"_qs)), u"1"_qs);

        // JSON keeps the label exactly.
        QCOMPARE(p.json().value(u"queues").toArray().first().toObject().value(u"work_orders").toArray().first()
                     .toObject().value(u"batches").toArray().first().toObject().value(u"label").toString(),
                 hostile);
    }
};

QTEST_GUILESS_MAIN(TestBatchListing)
#include "tst_batchlisting.moc"
