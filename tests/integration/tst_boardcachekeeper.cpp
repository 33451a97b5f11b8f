// The board's local cache after each live load (BoardCacheKeeper against niagara-sim over
// loopback): the first load writes the whole board; a load that changed nothing only moves the
// file's "as of" time (the board is not copied, encoded and written again every 30 s); a load
// after a change on the server, or with the file gone, writes the whole board again.

#include "client/niagaraclient.h"
#include "common/httpcall.h"
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/cache/boardcache.h"
#include "models/cache/boardcachekeeper.h"
#include "models/requestqueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace BatchDesk;
using TestSupport::SimProcess;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kServerKey = QStringLiteral("keeper-test");

BoardSnapshot readCache(const BoardCacheKeeper &keeper)
{
    BoardSnapshot snapshot;
    if (BoardCache(keeper.path()).load(kServerKey, keeper.userEmail(), snapshot) != BoardCache::LoadResult::Loaded)
        qWarning("the cache could not be read");
    return snapshot;
}

} // namespace

class TestBoardCacheKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedBoardOnlyMovesItsTime();

private:
    QNetworkAccessManager m_nam;
};

void TestBoardCacheKeeper::unchangedBoardOnlyMovesItsTime()
{
    SimProcess sim;
    QString error;
    // The later revision embeds the technicians: a load ends without relation reads.
    QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--api-revision"), QStringLiteral("later")}, &error),
             qPrintable(error));
    Niagara::NiagaraClient client(&m_nam);
    client.setBaseUrl(sim.baseUrl());
    client.setBearerToken(sim.managerToken());
    RequestQueue requests;
    BatchStore store;
    store.setClient(&client);
    store.setRequestQueue(&requests);
    QTemporaryDir dir;
    BoardCacheKeeper keeper(&store);
    keeper.setIdentity(dir.path(), kServerKey, QString::fromLatin1(TestSupport::kManagerEmail));
    QSignalSpy saved(&keeper, &BoardCacheKeeper::saved);
    QSignalSpy finished(&store, &BatchStore::loadFinished);

    // A load, then everything it started (saves of the cache) done.
    int loads = 0;
    const auto load = [&] {
        store.reload();
        ++loads;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), loads, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !keeper.isBusy(), kTimeoutMs);
        QTest::qWait(100); // a save the load's end queued
        QTRY_VERIFY_WITH_TIMEOUT(!keeper.isBusy(), kTimeoutMs);
    };

    load();
    QCOMPARE(keeper.fullSaves(), 1);
    const BoardSnapshot first = readCache(keeper);
    QCOMPARE(static_cast<qsizetype>(first.batches.size()), store.size());
    QVERIFY(first.batches.size() > 100);

    // Nothing changed on the server: the same board, a later time, no copy of it.
    QTest::qWait(20); // a later "as of" by the clock's resolution
    const qsizetype savesBefore = saved.count();
    load();
    QCOMPARE(keeper.fullSaves(), 1);
    QVERIFY(saved.count() > savesBefore);
    BoardSnapshot second = readCache(keeper);
    QVERIFY(second.asOf > first.asOf);
    QCOMPARE(saved.last().at(0).toDateTime(), second.asOf);
    second.asOf = first.asOf;
    QVERIFY(second == first);

    // A batch deleted on the server meanwhile (one nothing is being done on, else 423): the
    // whole board is written again, without it.
    QString id;
    for (const CachedBatch &b : first.batches) {
        const auto &c = b.record.cycles;
        if (c[Niagara::StatusCategory::InProgress] + c[Niagara::StatusCategory::Verifying] == 0) {
            id = b.record.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QUrl url = sim.baseUrl();
    url.setPath(url.path() + QStringLiteral("/batches/") + id);
    const TestSupport::HttpReply deleted = TestSupport::httpCall(m_nam, "DELETE", url, sim.managerToken());
    QVERIFY2(deleted.status == 205, qPrintable(QString::number(deleted.status))); // the contract's answer to a delete
    load();
    QCOMPARE(keeper.fullSaves(), 2);
    const BoardSnapshot third = readCache(keeper);
    QCOMPARE(third.batches.size(), first.batches.size() - 1);
    QVERIFY(std::none_of(third.batches.cbegin(), third.batches.cend(),
                         [&](const CachedBatch &b) { return b.record.id == id; }));

    // The file gone (cleaned up by the user): an unchanged board is written whole again.
    BoardCache(keeper.path()).remove();
    load();
    QCOMPARE(keeper.fullSaves(), 3);
    QCOMPARE(readCache(keeper).batches.size(), third.batches.size());
}

QTEST_GUILESS_MAIN(TestBoardCacheKeeper)
#include "tst_boardcachekeeper.moc"
