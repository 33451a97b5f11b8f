#include "client/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace std::chrono_literals;
using Niagara::RetryPolicy;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsAndIsCapped_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("cap");
        // base 400 ms: 400, 800, 1600, 3200, ... capped at 5000.
        QTest::newRow("first retry") << 2 << qint64(400);
        QTest::newRow("second retry") << 3 << qint64(800);
        QTest::newRow("third retry") << 4 << qint64(1600);
        QTest::newRow("fourth retry") << 5 << qint64(3200);
        QTest::newRow("capped") << 6 << qint64(5000);
        QTest::newRow("far beyond, still capped") << 9 << qint64(5000);
    }
    void backoffGrowsAndIsCapped()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, cap);
        RetryPolicy policy;
        policy.maxAttempts = 10;
        policy.baseDelay = 400ms;
        policy.maxDelay = 5000ms;
        // Jitter keeps every delay within [cap/2, cap].
        const auto low = policy.delayBefore(attempt, std::nullopt, 0.0);
        const auto high = policy.delayBefore(attempt, std::nullopt, 1.0);
        QVERIFY(low && high);
        QCOMPARE(high->count(), cap);
        QCOMPARE(low->count(), cap / 2);
        const auto mid = policy.delayBefore(attempt, std::nullopt, 0.5);
        QVERIFY(mid->count() > low->count() && mid->count() < high->count());
    }

    void stopsAfterMaxAttempts()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        QVERIFY(policy.delayBefore(3, std::nullopt, 0.5).has_value());
        QVERIFY(!policy.delayBefore(4, std::nullopt, 0.5).has_value());
        QVERIFY(!RetryPolicy::none().delayBefore(2, std::nullopt, 0.5).has_value());
    }

    void retryAfterWinsButIsBounded()
    {
        RetryPolicy policy;
        policy.maxDelay = 10s;
        QCOMPARE(policy.delayBefore(2, 3000ms, 0.0).value(), 3000ms);
        // A server asking for longer than we are willing to wait ends the retries.
        QVERIFY(!policy.delayBefore(2, 60s, 0.0).has_value());
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto parsed = Niagara::parseRetryAfter(header);
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void parseRetryAfterFutureDate()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray header = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const auto parsed = Niagara::parseRetryAfter(header);
        QVERIFY(parsed.has_value());
        QVERIFY2(parsed->count() > 25000 && parsed->count() <= 30000, qPrintable(QString::number(parsed->count())));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
