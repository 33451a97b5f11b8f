// simdjson in front of the SAX decoders (client/json/fastsax.h): it must hand a handler the
// same events nlohmann's own lexer does, or decline before the first one, on every document —
// the fixtures, documents made to sit on the edges (numbers, escapes, nesting, encodings), and
// thousands of damaged variants of the fixtures. Then the decoders' results with simdjson on
// and off are compared, and pages are decoded from several threads at once.

#include "client/decode.h"
#include "client/json/fastsax.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

using namespace Niagara;
using Niagara::Json::FastSax;

namespace {

// Every event as one line. Integers are written by value, not by nlohmann's signed/unsigned
// split: the one place the two lexers differ is "-0" (nlohmann: integer 0; simdjson: unsigned
// 0), and every reader of the events takes both as the number 0.
class Recorder final : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit Recorder(int stopAfter = -1) : m_stopAfter(stopAfter) {}

    std::vector<std::string> events;

    bool null() override { return add("null"); }
    bool boolean(bool val) override { return add(val ? "true" : "false"); }
    bool number_integer(number_integer_t val) override { return add("int " + std::to_string(val)); }
    bool number_unsigned(number_unsigned_t val) override { return add("int " + std::to_string(val)); }
    bool number_float(number_float_t, const string_t &s) override { return add("float " + s); }
    bool string(string_t &val) override { return add("string " + val); }
    bool binary(binary_t &) override { return add("binary"); }
    bool start_object(std::size_t n) override { return add("{ " + std::to_string(n)); }
    bool key(string_t &val) override { return add("key " + val); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t n) override { return add("[ " + std::to_string(n)); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        m_failed = true;
        return false;
    }
    bool failed() const { return m_failed; }

private:
    bool add(std::string event)
    {
        events.push_back(std::move(event));
        return m_stopAfter < 0 || static_cast<int>(events.size()) < m_stopAfter;
    }

    int m_stopAfter;
    bool m_failed = false;
};

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QList<QByteArray> fixtures()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(BATCHDESK_FIXTURES_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

// Both lexers over `json`: true when simdjson delivered every event and they are nlohmann's.
bool sameEvents(const QByteArray &json)
{
    Recorder fast;
    const FastSax result = Json::fastSaxParse(view(json), fast);
    Recorder slow;
    const bool slowOk = nlohmann::json::sax_parse(json.constBegin(), json.constEnd(), &slow,
                                                  nlohmann::json::input_format_t::json, true);
    if (result == FastSax::Finished && slowOk && !slow.failed() && fast.events == slow.events)
        return true;
    qWarning("simdjson and nlohmann disagree on: %s", json.left(200).constData());
    return false;
}

bool hasFloat(const Recorder &recorder)
{
    return std::any_of(recorder.events.cbegin(), recorder.events.cend(),
                       [](const std::string &e) { return e.rfind("float ", 0) == 0; });
}

} // namespace

class TestFastSax final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Decode::setFastLexerEnabled(true); }
    void cleanup() { Decode::setFastLexerEnabled(true); }

    void fixturesGiveTheSameEvents()
    {
        const QList<QByteArray> docs = fixtures();
        QVERIFY(docs.size() >= 20);
        for (const QByteArray &json : docs) {
            Recorder fast;
            const FastSax result = Json::fastSaxParse(view(json), fast);
            Recorder slow;
            QVERIFY(nlohmann::json::sax_parse(json.constBegin(), json.constEnd(), &slow,
                                              nlohmann::json::input_format_t::json, true)
                    || slow.failed());
            if (slow.failed()) {
                // A fixture that is broken on purpose (a truncated page): declined, no event.
                QCOMPARE(result, FastSax::Declined);
                QVERIFY(fast.events.empty());
                continue;
            }
            if (hasFloat(slow)) {
                // nlohmann reads floats (their text as the server wrote it).
                QCOMPARE(result, FastSax::Declined);
                QVERIFY(fast.events.empty());
                continue;
            }
            QCOMPARE(result, FastSax::Finished);
            QCOMPARE(fast.events, slow.events);
        }
    }

    void edges_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("declined");
        QTest::newRow("empty object") << QByteArray("{}") << false;
        QTest::newRow("scalars") << QByteArray("{\"a\":null,\"b\":true,\"c\":false,\"d\":\"x\"}") << false;
        QTest::newRow("integers") << QByteArray("[0,-1,9223372036854775807,-9223372036854775808]") << false;
        QTest::newRow("beyond int64") << QByteArray("[18446744073709551615]") << false;
        QTest::newRow("minus zero") << QByteArray("[-0]") << false;
        QTest::newRow("escapes") << QByteArray("{\"k\\\"ey\":\"a\\\\b\\/c\\n\\t\\u00e9\\ud83d\\ude00\\u0000z\"}") << false;
        QTest::newRow("utf-8") << QByteArray("{\"gr\xc3\xbc\xc3\x9f\":\"\xe6\x97\xa5\xe6\x9c\xac\"}") << false;
        QTest::newRow("duplicate keys") << QByteArray("{\"a\":1,\"a\":2}") << false;
        QTest::newRow("empty key") << QByteArray("{\"\":[]}") << false;
        QTest::newRow("nested") << QByteArray("[[[[[[[[[[{\"a\":[{}]}]]]]]]]]]]") << false;
        QTest::newRow("whitespace") << QByteArray(" \n\t{ \"a\" : [ 1 , 2 ] }\r\n") << false;
        QTest::newRow("scalar root") << QByteArray("\"just a string\"") << false;
        // Declined: nlohmann reads them (floats keep the text the server wrote), or rejects them.
        QTest::newRow("float") << QByteArray("{\"order\":1.5}") << true;
        QTest::newRow("exponent") << QByteArray("[1e2]") << true;
        QTest::newRow("beyond uint64") << QByteArray("[18446744073709551616]") << true;
        QTest::newRow("empty body") << QByteArray("") << true;
        QTest::newRow("trailing garbage") << QByteArray("{} x") << true;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << true;
        QTest::newRow("cut short") << QByteArray("{\"a\":[1,2") << true;
        QTest::newRow("bad utf-8") << QByteArray("[\"\xff\xfe\"]") << true;
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]") << true;
        QTest::newRow("control character") << QByteArray("[\"a\x01\"]") << true;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << true;
        QTest::newRow("nan") << QByteArray("[NaN]") << true;
        QTest::newRow("leading zero") << QByteArray("[01]") << true;
    }

    void edges()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, declined);
        Recorder fast;
        const FastSax result = Json::fastSaxParse(view(json), fast);
        if (declined) {
            QCOMPARE(result, FastSax::Declined);
            QVERIFY(fast.events.empty());
            return;
        }
        QCOMPARE(result, FastSax::Finished);
        QVERIFY(sameEvents(json));
    }

    // A handler that says stop gets nothing more, from either lexer, at the same event.
    void stoppingHandler()
    {
        const QByteArray json = fixtures().value(0);
        Recorder all;
        QCOMPARE(Json::fastSaxParse(view(json), all), FastSax::Finished);
        QVERIFY(all.events.size() > 10);
        for (const int stopAfter : {1, 2, 7, static_cast<int>(all.events.size()) - 1}) {
            Recorder fast(stopAfter);
            QCOMPARE(Json::fastSaxParse(view(json), fast), FastSax::Stopped);
            Recorder slow(stopAfter);
            QVERIFY(!nlohmann::json::sax_parse(json.constBegin(), json.constEnd(), &slow,
                                               nlohmann::json::input_format_t::json, true));
            QCOMPARE(fast.events, slow.events);
            QCOMPARE(static_cast<int>(fast.events.size()), stopAfter);
        }
    }

    // Damaged fixtures: cut anywhere, a byte changed anywhere. Whatever simdjson accepts must
    // read exactly as nlohmann reads it; whatever it refuses, it refuses before any event.
    void damagedFixtures()
    {
        QRandomGenerator random(20261203); // fixed: every run tries the same documents
        int same = 0;
        int declined = 0;
        for (const QByteArray &original : fixtures()) {
            for (int i = 0; i < 150; ++i) {
                QByteArray json = original;
                if (i % 3 == 0) {
                    json.truncate(random.bounded(json.size() + 1));
                } else {
                    static const char kBytes[] = "{}[],:\"\\0123456789-.eEtrufalsn \x80\xff";
                    json[random.bounded(json.size())] = kBytes[random.bounded(int(sizeof kBytes) - 1)];
                }
                Recorder fast;
                const FastSax result = Json::fastSaxParse(view(json), fast);
                if (result == FastSax::Declined) {
                    QVERIFY(fast.events.empty());
                    ++declined;
                    continue;
                }
                QVERIFY(sameEvents(json));
                ++same;
            }
        }
        // Both kinds happened, or the test proved little.
        QVERIFY2(same > 100 && declined > 100, qPrintable(QStringLiteral("%1 same, %2 declined").arg(same).arg(declined)));
    }

    void largeBodiesAreLeftToNlohmann()
    {
        QByteArray json = "[";
        while (static_cast<std::size_t>(json.size()) <= Json::kFastSaxMaxBytes)
            json += "\"0123456789012345678901234567890123456789\",";
        json += "1]";
        Recorder fast;
        QCOMPARE(Json::fastSaxParse(view(json), fast), FastSax::Declined);
        QVERIFY(fast.events.empty());
    }

    void switchedOffDeclinesEverything()
    {
        Decode::setFastLexerEnabled(false);
        Recorder fast;
        QCOMPARE(Json::fastSaxParse("{}", fast), FastSax::Declined);
        QVERIFY(fast.events.empty());
    }

    // The decoders on top: the same pages, batches and problems with simdjson on and off.
    void decodersGiveTheSameResults()
    {
        int pages = 0;
        for (const QByteArray &json : fixtures()) {
            Decode::setFastLexerEnabled(true);
            const auto fastPage = Decode::batchPage(view(json));
            const auto fastBatch = Decode::batch(view(json));
            const auto fastProblem = Decode::problem(view(json));
            Decode::setFastLexerEnabled(false);
            const auto slowPage = Decode::batchPage(view(json));
            const auto slowBatch = Decode::batch(view(json));
            const auto slowProblem = Decode::problem(view(json));

            QCOMPARE(bool(fastPage.value), bool(slowPage.value));
            QCOMPARE(fastPage.error.path, slowPage.error.path);
            QCOMPARE(fastPage.error.message, slowPage.error.message);
            if (fastPage.value) {
                ++pages;
                QCOMPARE(fastPage.value->items, slowPage.value->items);
                QCOMPARE(fastPage.value->skipped.size(), slowPage.value->skipped.size());
                for (qsizetype i = 0; i < fastPage.value->skipped.size(); ++i) {
                    QCOMPARE(fastPage.value->skipped[i].itemId, slowPage.value->skipped[i].itemId);
                    QCOMPARE(fastPage.value->skipped[i].message, slowPage.value->skipped[i].message);
                }
                QCOMPARE(fastPage.value->offset, slowPage.value->offset);
                QCOMPARE(fastPage.value->totalCount, slowPage.value->totalCount);
            }
            QCOMPARE(bool(fastBatch.value), bool(slowBatch.value));
            if (fastBatch.value)
                QCOMPARE(*fastBatch.value, *slowBatch.value);
            QCOMPARE(fastBatch.error.message, slowBatch.error.message);
            QCOMPARE(fastProblem, slowProblem);
        }
        QVERIFY(pages >= 4);
    }

    // The decode pool's threads share one page parser; the GUI thread never waits for it.
    void pagesFromSeveralThreadsAtOnce()
    {
        QByteArray page;
        for (const QByteArray &json : fixtures()) {
            if (json.contains("nter:batches") && json.size() > page.size() && Decode::batchPage(view(json)).value)
                page = json;
        }
        QVERIFY(!page.isEmpty());
        // Above the per-thread parsers' size: the shared one reads it.
        QByteArray big = page;
        big.append(QByteArray(70 * 1024, ' '));
        const auto expected = Decode::batchPage(view(big));
        QVERIFY(expected.value);

        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> wrong{0};
        for (int i = 0; i < 40; ++i) {
            pool.start([&] {
                const auto got = Decode::batchPage(view(big));
                if (!got.value || got.value->items != expected.value->items)
                    ++wrong;
            });
        }
        for (int i = 0; i < 40; ++i) {
            const auto got = Decode::batchPage(view(big)); // this (the main) thread meanwhile
            QVERIFY(got.value);
            QCOMPARE(got.value->items, expected.value->items);
        }
        pool.waitForDone();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFastSax)
#include "tst_fastsax.moc"
