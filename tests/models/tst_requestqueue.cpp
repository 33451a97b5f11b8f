// RequestQueue: the one bound on requests in flight shared by the board's store, the planning
// service and the write runs. Jobs here are plain functions that keep their Done handle, so the
// test decides when each "request" is answered.

#include "models/requestqueue.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace BatchDesk;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

// Records which jobs started, in order, and keeps their handles until the test answers them.
struct Recorder
{
    QStringList started;
    std::map<QString, RequestQueue::Done> running;

    RequestQueue::Job job(const QString &name)
    {
        return [this, name](RequestQueue::Done done) {
            started.append(name);
            running[name] = std::move(done);
        };
    }
    void answer(const QString &name)
    {
        const auto it = running.find(name);
        QVERIFY2(it != running.end(), qPrintable(name + QStringLiteral(" is not running")));
        RequestQueue::Done done = it->second;
        running.erase(it);
        done();
    }
};

} // namespace

class TestRequestQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyServerHoldsBackgroundOnlyForItsRetryAfter()
    {
        // A 429 or 503 (NiagaraClient::serverBusy): every background job waits, whoever queued
        // it; a job the user started goes at once; the hold ends after the server's Retry-After.
        RequestQueue queue;
        QObject store;
        QObject monitor;
        QObject run;
        Recorder r;
        QSignalSpy held(&queue, &RequestQueue::backgroundHeldChanged);
        using P = RequestQueue::Priority;
        queue.holdBackground(std::chrono::milliseconds(400));
        QVERIFY(queue.isBackgroundHeld());
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.last().at(0).toBool(), true);
        queue.enqueue(&store, r.job(QStringLiteral("technicians")), P::Background);
        queue.enqueue(&monitor, r.job(QStringLiteral("census")), P::Background);
        queue.enqueue(&run, r.job(QStringLiteral("delete")), P::Foreground);
        QCOMPARE(r.started, names({"delete"}));
        QCOMPARE(queue.backgroundStarted(), 0);
        // Retry-After honoured: nothing background before it, both right after.
        QTest::qWait(200);
        QCOMPARE(r.started, names({"delete"}));
        QTRY_COMPARE(r.started, names({"delete", "technicians", "census"}));
        QVERIFY(!queue.isBackgroundHeld());
        QCOMPARE(held.last().at(0).toBool(), false);
    }

    void busyWithoutRetryAfterBacksOffLongerEachTime()
    {
        RequestQueue queue;
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        queue.holdBackground(std::chrono::milliseconds(0));
        const qint64 first = queue.backgroundHeldUntilMs() - start;
        queue.holdBackground(std::chrono::milliseconds(0));
        const qint64 second = queue.backgroundHeldUntilMs() - start;
        queue.holdBackground(std::chrono::milliseconds(0));
        const qint64 third = queue.backgroundHeldUntilMs() - start;
        QVERIFY2(first >= 1900 && first <= 2600, QByteArray::number(first).constData());
        QVERIFY2(second >= 3900 && second <= 4600, QByteArray::number(second).constData());
        QVERIFY2(third >= 7900 && third <= 8600, QByteArray::number(third).constData());
        // A server's own Retry-After is taken as given (up to ten minutes), never shortening a hold.
        queue.holdBackground(std::chrono::milliseconds(1000));
        QCOMPARE(queue.backgroundHeldUntilMs() - start, third);
    }

    void pausedWhileOfflineNothingInTheBackgroundStarts()
    {
        RequestQueue queue;
        QObject owner;
        Recorder r;
        using P = RequestQueue::Priority;
        queue.setBackgroundPaused(true);
        queue.enqueue(&owner, r.job(QStringLiteral("relations")), P::Background);
        queue.enqueue(&owner, r.job(QStringLiteral("reload")), P::Foreground);
        QCOMPARE(r.started, names({"reload"}));
        queue.setBackgroundPaused(false);
        QCOMPARE(r.started, names({"reload", "relations"}));
    }

    void atMostFourRunAtOnce()
    {
        RequestQueue queue;
        QCOMPARE(queue.maxInFlight(), 4);
        QObject owner;
        Recorder r;
        for (int i = 0; i < 10; ++i)
            queue.enqueue(&owner, r.job(QString::number(i)));
        QCOMPARE(r.started, names({"0", "1", "2", "3"}));
        QCOMPARE(queue.inFlight(), 4);
        QCOMPARE(queue.queued(), 6);
        // Each answer lets exactly one more start.
        r.answer(QStringLiteral("0"));
        QCOMPARE(r.started.size(), 5);
        QCOMPARE(queue.inFlight(), 4);
        while (!r.running.empty())
            r.answer(r.running.begin()->first);
        QCOMPARE(r.started.size(), 10);
        QCOMPARE(queue.inFlight(), 0);
        QCOMPARE(queue.queued(), 0);
        QCOMPARE(queue.peakInFlight(), 4);

        // A lower bound holds as well, and the peak starts again from what runs now.
        queue.setMaxInFlight(2);
        queue.resetPeak();
        for (int i = 10; i < 15; ++i)
            queue.enqueue(&owner, r.job(QString::number(i)));
        QCOMPARE(queue.inFlight(), 2);
        while (!r.running.empty())
            r.answer(r.running.begin()->first);
        QCOMPARE(r.started.size(), 15);
        QCOMPARE(queue.peakInFlight(), 2);
    }

    void foregroundBeforeBackgroundFifoWithin()
    {
        RequestQueue queue;
        queue.setMaxInFlight(1);
        QObject owner;
        Recorder r;
        queue.enqueue(&owner, r.job(QStringLiteral("busy")));
        using P = RequestQueue::Priority;
        queue.enqueue(&owner, r.job(QStringLiteral("tech1")), P::Background);
        queue.enqueue(&owner, r.job(QStringLiteral("write1")), P::Foreground);
        queue.enqueue(&owner, r.job(QStringLiteral("tech2")), P::Background);
        queue.enqueue(&owner, r.job(QStringLiteral("write2")), P::Foreground);
        for (const char *name : {"busy", "write1", "write2", "tech1"})
            r.answer(QString::fromLatin1(name));
        // A write queued while background work waits still goes first.
        queue.enqueue(&owner, r.job(QStringLiteral("write3")));
        r.answer(QStringLiteral("tech2"));
        r.answer(QStringLiteral("write3"));
        QCOMPARE(r.started, names({"busy", "write1", "write2", "tech1", "tech2", "write3"}));
        QCOMPARE(queue.inFlight(), 0);
    }

    void backgroundTakesAtMostHalfTheSlots()
    {
        // Thousands of technician reads may wait; a write the user starts then does not wait
        // for one of them to be answered: two slots stay free for foreground work.
        RequestQueue queue;
        QCOMPARE(queue.backgroundLimit(), 2);
        QObject store;
        QObject run;
        Recorder r;
        for (int i = 0; i < 6; ++i)
            queue.enqueue(&store, r.job(QStringLiteral("tech%1").arg(i)), RequestQueue::Priority::Background);
        QCOMPARE(queue.inFlight(), 2);
        queue.enqueue(&run, r.job(QStringLiteral("write1")));
        queue.enqueue(&run, r.job(QStringLiteral("write2")));
        queue.enqueue(&run, r.job(QStringLiteral("write3")));
        QCOMPARE(r.started, names({"tech0", "tech1", "write1", "write2"}));
        QCOMPARE(queue.inFlight(), 4);
        // A background answer makes room for the waiting write, not for more background.
        r.answer(QStringLiteral("tech0"));
        QCOMPARE(r.started.last(), QStringLiteral("write3"));
        r.answer(QStringLiteral("write1"));
        QCOMPARE(r.started.last(), QStringLiteral("tech2"));
        QCOMPARE(queue.inFlight(), 4);
        r.answer(QStringLiteral("write2"));
        QCOMPARE(queue.inFlight(), 3); // background alone: still two at most
        while (!r.running.empty())
            r.answer(r.running.begin()->first);
        QCOMPARE(r.started.size(), 9);
        QCOMPARE(queue.peakInFlight(), 4);
    }

    void cancellingAnOwnersQueuedJobs()
    {
        RequestQueue queue;
        queue.setMaxInFlight(2);
        QObject run;
        QObject store;
        Recorder r;
        queue.enqueue(&run, r.job(QStringLiteral("run1")));
        queue.enqueue(&store, r.job(QStringLiteral("store1")));
        queue.enqueue(&run, r.job(QStringLiteral("run2")));
        queue.enqueue(&store, r.job(QStringLiteral("store2")));
        queue.enqueue(&run, r.job(QStringLiteral("run3")));
        const RequestQueue::JobId store3 = queue.enqueue(&store, r.job(QStringLiteral("store3")));
        QCOMPARE(queue.queued(&run), 2);

        // The run is cancelled: what it queued never starts; what runs ends by its answer.
        QCOMPARE(queue.cancelQueued(&run), 2);
        QCOMPARE(queue.queued(&run), 0);
        QCOMPARE(queue.running(&run), 1);
        QVERIFY(queue.cancel(store3));
        QVERIFY(!queue.cancel(store3));
        r.answer(QStringLiteral("run1"));
        r.answer(QStringLiteral("store1"));
        r.answer(QStringLiteral("store2"));
        QCOMPARE(r.started, names({"run1", "store1", "store2"}));
        QCOMPARE(queue.inFlight(), 0);
        QCOMPARE(queue.queued(), 0);
        // A started job cannot be cancelled through the queue (its request is cancelled instead).
        const RequestQueue::JobId started = queue.enqueue(&store, r.job(QStringLiteral("store4")));
        QVERIFY(!queue.cancel(started));
        QCOMPARE(queue.inFlight(), 1);
    }

    void aDestroyedOwnersJobsNeverRun()
    {
        RequestQueue queue;
        queue.setMaxInFlight(2);
        QObject other;
        auto wizard = std::make_unique<QObject>();
        Recorder r;
        queue.enqueue(wizard.get(), r.job(QStringLiteral("w1")));
        queue.enqueue(&other, r.job(QStringLiteral("o1")));
        queue.enqueue(wizard.get(), r.job(QStringLiteral("w2")));
        queue.enqueue(wizard.get(), r.job(QStringLiteral("w3")));
        queue.enqueue(&other, r.job(QStringLiteral("o2")));
        QCOMPARE(r.started, names({"w1", "o1"}));

        // Its running job's answer will never come (the client drops a dead context's
        // callbacks): the slot comes back on the next turn, and its queued jobs are gone.
        wizard.reset();
        QCOMPARE(queue.queued(), 1);
        QTRY_COMPARE(r.started, names({"w1", "o1", "o2"}));
        QCOMPARE(queue.inFlight(), 2);
        // A late call of the dead job's handle changes nothing.
        r.answer(QStringLiteral("w1"));
        QCOMPARE(queue.inFlight(), 2);
        r.answer(QStringLiteral("o1"));
        r.answer(QStringLiteral("o2"));
        QCOMPARE(queue.inFlight(), 0);
        QCOMPARE(r.started.size(), 3);
    }

    void answersOutOfOrder()
    {
        RequestQueue queue;
        QObject owner;
        Recorder r;
        QSignalSpy inFlight(&queue, &RequestQueue::inFlightChanged);
        for (int i = 0; i < 6; ++i)
            queue.enqueue(&owner, r.job(QString::number(i)));
        // The third answers first, then the first: the next ones start in queue order.
        r.answer(QStringLiteral("2"));
        QCOMPARE(r.started.last(), QStringLiteral("4"));
        r.answer(QStringLiteral("0"));
        QCOMPARE(r.started.last(), QStringLiteral("5"));
        QCOMPARE(queue.inFlight(), 4);
        // A second call of the same handle does not free another slot.
        QObject late;
        RequestQueue::Done kept = r.running.at(QStringLiteral("1"));
        r.answer(QStringLiteral("1"));
        QVERIFY(!kept.isPending());
        kept();
        QCOMPARE(queue.inFlight(), 3);
        queue.enqueue(&late, r.job(QStringLiteral("late1")));
        queue.enqueue(&late, r.job(QStringLiteral("late2")));
        QCOMPARE(queue.inFlight(), 4);
        QCOMPARE(queue.queued(), 1);
        QVERIFY(!inFlight.isEmpty());
        QCOMPARE(inFlight.last().first().toInt(), 4);
        QCOMPARE(queue.peakInFlight(), 4);
    }

    void jobsThatAnswerAtOnce()
    {
        // A job may end inside the call that starts it (nothing to send): thousands of them
        // run one after another without recursing, and the bound still holds.
        RequestQueue queue;
        QObject owner;
        int ran = 0;
        for (int i = 0; i < 5000; ++i)
            queue.enqueue(&owner, [&ran](RequestQueue::Done done) {
                ++ran;
                done();
            });
        QCOMPARE(ran, 5000);
        QCOMPARE(queue.inFlight(), 0);
        QCOMPARE(queue.peakInFlight(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
