// The board's request budget, counted at the server (niagara-sim's /_sim/requests):
//  - a server in the seed revision (technicians only from relations): after the first reads,
//    repeated reloads cost at most the refresh budget in relation reads a minute, and a
//    batch whose units are all complete or cancelled is never read again;
//  - a 429 storm on GETs: every background read waits out the server's Retry-After together,
//    while a delete the user starts meanwhile reaches the server at once.

#include "client/niagaraclient.h"
#include "common/httpcall.h"
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "models/planning/writerun.h"
#include "models/requestqueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using TestSupport::SimProcess;

namespace {

constexpr int kTimeoutMs = 180000;
const QString kRelations = QStringLiteral("GET /batches/{batch_id}/relations");

QUrl adminUrl(const SimProcess &sim, const QString &path)
{
    QUrl url = sim.baseUrl();
    url.setPath(path);
    return url;
}

// Requests the sim has seen for `key` since the last reset (and how many got `status`).
qint64 countAt(QNetworkAccessManager &nam, const SimProcess &sim, const QString &key, const QString &status = {})
{
    const TestSupport::HttpReply r = TestSupport::httpCall(nam, "GET", adminUrl(sim, QStringLiteral("/_sim/requests")), QString());
    const QJsonObject endpoint = r.json.value(QStringLiteral("endpoints")).toObject().value(key).toObject();
    if (status.isEmpty())
        return endpoint.value(QStringLiteral("count")).toInteger();
    return endpoint.value(QStringLiteral("statuses")).toObject().value(status).toInteger();
}

void resetCounts(QNetworkAccessManager &nam, const SimProcess &sim)
{
    QCOMPARE(TestSupport::httpCall(nam, "DELETE", adminUrl(sim, QStringLiteral("/_sim/requests")), QString()).status, 204);
}

} // namespace

class TestRequestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyStateStaysWithinTheBudget();
    void stormHoldsBackgroundButNotTheUsersDelete();

private:
    QNetworkAccessManager m_nam;
};

void TestRequestBudget::steadyStateStaysWithinTheBudget()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--test-admin")}, &error), qPrintable(error));
    Niagara::NiagaraClient client(&m_nam);
    client.setBaseUrl(sim.baseUrl());
    client.setBearerToken(sim.managerToken());
    RequestQueue requests;
    BatchStore store;
    store.setClient(&client);
    store.setRequestQueue(&requests);
    // Compressed time: technicians are stale after 1 s instead of 5 minutes, and the budget is
    // 120 a minute, so 30 s here stand for the steady state of a minute at 60.
    store.setTechnicianRefreshInterval(std::chrono::seconds(1));
    constexpr int kBudgetPerMinute = 120;
    store.setTechnicianRefreshBudget(kBudgetPerMinute);

    resetCounts(m_nam, sim);
    QSignalSpy loaded(&store, &BatchStore::techniciansLoaded);
    store.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !store.isLoading(), kTimeoutMs);
    // The first reads: one per batch, once.
    QCOMPARE(countAt(m_nam, sim, kRelations), store.size());
    QCOMPARE(store.technicianFetchCounts().firstReads, store.size());

    // What finished batches were read at, and how many there are.
    QHash<QString, qint64> finishedReadAt;
    store.forEach([&](const BatchRecord &r) {
        if (BatchStore::isFinished(r))
            finishedReadAt.insert(r.id, store.knownTechnicians(r.id)->readAtMs);
    });
    QVERIFY(finishedReadAt.size() > 10);
    QVERIFY(finishedReadAt.size() < store.size() - 300);

    // Drain the bucket's burst (every unfinished batch is stale after a second), then count.
    QTest::qWait(1500);
    store.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(store.technicianFetchCounts().refreshes >= kBudgetPerMinute, 90000);
    resetCounts(m_nam, sim);
    const qint64 refreshesBefore = store.technicianFetchCounts().refreshes;
    QElapsedTimer window;
    window.start();
    // A board that reloads its pages every 5 s (in place of every 5 minutes).
    while (window.elapsed() < 30000) {
        QTest::qWait(5000);
        if (!store.isLoading())
            store.reload();
    }
    const double minutes = double(window.elapsed()) / 60000.0;
    const qint64 relations = countAt(m_nam, sim, kRelations);
    const qint64 pages = countAt(m_nam, sim, QStringLiteral("GET /batches"));
    qInfo("%lld relation reads and %lld page reads in %.2f min: %.1f relation reads a minute (budget %d)",
          relations, pages, minutes, double(relations) / minutes, kBudgetPerMinute);
    QVERIFY(pages >= 3 * 12); // the board's pages (12 of 100) were read again and again
    QVERIFY2(relations <= qint64(kBudgetPerMinute * minutes) + 2, "over the budget");
    QVERIFY2(relations >= qint64(kBudgetPerMinute * minutes * 0.5), "the budget was not used: no refreshes");
    QCOMPARE(store.technicianFetchCounts().refreshes - refreshesBefore, relations);
    QCOMPARE(store.technicianFetchCounts().firstReads, store.size()); // nothing read twice as new

    // Finished batches were read once: never again.
    for (auto it = finishedReadAt.cbegin(); it != finishedReadAt.cend(); ++it)
        QCOMPARE(store.knownTechnicians(it.key())->readAtMs, it.value());
}

void TestRequestBudget::stormHoldsBackgroundButNotTheUsersDelete()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--test-admin")}, &error), qPrintable(error));
    Niagara::NiagaraClient client(&m_nam);
    client.setBaseUrl(sim.baseUrl());
    client.setBearerToken(sim.managerToken());
    RequestQueue requests;
    // As the app wires it (app/gui/offlinesupport.cpp).
    connect(&client, &Niagara::NiagaraClient::serverBusy, &requests, &RequestQueue::holdBackground);
    BatchStore store;
    store.setClient(&client);
    store.setRequestQueue(&requests);
    PlanningService planning(&client);
    planning.setRequestQueue(&requests);

    store.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading() && store.size() > 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(store.technicianFetchCounts().firstReads > 20, kTimeoutMs);

    // The storm: every other GET answered 429 with Retry-After: 4.
    const TestSupport::HttpReply armed = TestSupport::httpCall(
        m_nam, "PUT", adminUrl(sim, QStringLiteral("/_sim/faults")), QString(),
        QByteArrayLiteral(R"({"faults": "429=0.5,retry-after=4,methods=GET"})"));
    QVERIFY(armed.status == 200 || armed.status == 204);
    QSignalSpy held(&requests, &RequestQueue::backgroundHeldChanged);
    QTRY_VERIFY_WITH_TIMEOUT(requests.isBackgroundHeld(), 60000);
    const qint64 heldUntil = requests.backgroundHeldUntilMs();
    QVERIFY2(heldUntil - QDateTime::currentMSecsSinceEpoch() > 2500, "the server's Retry-After was not honoured");
    const qint64 backgroundAtHold = requests.backgroundStarted();

    // While background work waits, the user deletes a batch: it goes at once.
    QString doomed;
    store.forEach([&](const BatchRecord &r) {
        if (doomed.isEmpty())
            doomed = r.id;
    });
    const qint64 deletesBefore = countAt(m_nam, sim, QStringLiteral("DELETE /batches/{batch_id}"));
    QElapsedTimer clock;
    clock.start();
    WriteRun *run = planning.createDeleteRun({DeletionTarget{doomed, {}, store.batch(doomed)->queueId, {}, store.batch(doomed)->workOrderId}});
    QSignalSpy finished(run, &WriteRun::finished);
    run->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY2(clock.elapsed() < 2000, "the user's delete waited for the background hold");
    QVERIFY(requests.isBackgroundHeld());
    QCOMPARE(countAt(m_nam, sim, QStringLiteral("DELETE /batches/{batch_id}")), deletesBefore + 1);
    // No background job started during the hold (those under way when it began may finish).
    QCOMPARE(requests.backgroundStarted(), backgroundAtHold);

    // After the storm the background work resumes by itself.
    const int calmed = TestSupport::httpCall(m_nam, "PUT", adminUrl(sim, QStringLiteral("/_sim/faults")), QString(),
                                             QByteArrayLiteral(R"({"faults": ""})")).status;
    QVERIFY(calmed == 200 || calmed == 204);
    QTRY_VERIFY_WITH_TIMEOUT(!requests.isBackgroundHeld(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(requests.backgroundStarted() > backgroundAtHold, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingTechnicianFetches(), 0, kTimeoutMs);
    QVERIFY(countAt(m_nam, sim, kRelations, QStringLiteral("429")) > 0);
}

QTEST_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
