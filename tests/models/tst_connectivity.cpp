// Connectivity: offline on the first request that finally failed without an answer, online on
// any answer; tries again on an exponential backoff with jitter, capped; Try now at once.

#include "models/session/connectivity.h"

#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace std::chrono_literals;

class TestConnectivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesWithJitterUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        // base 5 s, cap 300 s; the delay is between half and all of base·2^(n-1)
        QTest::newRow("first, no jitter") << 1 << 0.0 << qint64(2500);
        QTest::newRow("first, full") << 1 << 0.999999 << qint64(4999);
        QTest::newRow("second, half") << 2 << 0.5 << qint64(7500);
        QTest::newRow("third, full") << 3 << 0.999999 << qint64(19999);
        QTest::newRow("capped") << 12 << 0.999999 << qint64(299999);
        QTest::newRow("capped, no jitter") << 30 << 0.0 << qint64(150000);
    }
    void backoffDoublesWithJitterUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        Connectivity c;
        c.setJitterSource([jitter] { return jitter; });
        QCOMPARE(c.delayBefore(attempt).count(), expectedMs);
    }

    void offlineUntilAnAnswerAndTriesOnTheBackoff()
    {
        Connectivity c;
        c.setBackoff(100ms, 400ms);
        c.setJitterSource([] { return 0.999; });
        QSignalSpy changed(&c, &Connectivity::offlineChanged);
        QSignalSpy due(&c, &Connectivity::attemptDue);
        c.observe(true);
        QVERIFY(!c.isOffline());
        QCOMPARE(changed.size(), 0);

        c.observe(false);
        QVERIFY(c.isOffline());
        QCOMPARE(changed.size(), 1);
        QVERIFY(c.offlineSince().isValid());
        QVERIFY(c.nextAttemptAt().isValid());
        QVERIFY(c.secondsToNextAttempt() <= 1);
        // Other requests failing in the same outage do not move the backoff on.
        c.observe(false);
        c.observe(false);
        QCOMPARE(c.failedAttempts(), 1);
        QTRY_COMPARE(due.size(), 1);
        QVERIFY(!c.nextAttemptAt().isValid()); // an attempt runs
        // The attempt fails: the next one is twice as far.
        c.observe(false);
        QCOMPARE(c.failedAttempts(), 2);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(c.nextAttemptAt());
        QVERIFY2(wait > 150 && wait <= 200, QByteArray::number(wait).constData());
        QTRY_COMPARE(due.size(), 2);

        // Any answer: online, no more attempts.
        c.observe(true);
        QVERIFY(!c.isOffline());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toBool(), false);
        QCOMPARE(c.failedAttempts(), 0);
        QTest::qWait(600);
        QCOMPARE(due.size(), 2);
    }

    void tryNowAsksAtOnceAndResetForgets()
    {
        Connectivity c;
        c.setBackoff(10min, 10min);
        QSignalSpy due(&c, &Connectivity::attemptDue);
        QSignalSpy changed(&c, &Connectivity::offlineChanged);
        c.observe(false);
        QCOMPARE(due.size(), 0);
        c.tryNow();
        QCOMPARE(due.size(), 1);
        c.observe(false); // the try failed: back on the (long) backoff
        QVERIFY(c.secondsToNextAttempt() > 60);
        c.reset(); // another server
        QVERIFY(!c.isOffline());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!c.nextAttemptAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
