// NiagaraClient against a scripted loopback server: retries and backoff on 503, 429 and
// connection resets, no retries for POST/PATCH/DELETE, timeouts, cancellation, error mapping,
// and paging by cursor (URL-encoding, never leaving the base URL, limits not honoured).

#include "client/decode.h"
#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "common/scriptedclienttest.h"
#include "common/scriptedserver.h"
#include "payloads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;
using namespace Niagara;
using TestSupport::ScriptedAction;
using TestSupport::ScriptedServer;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

// Collects one callback's outcome.
template <typename T>
struct Catcher
{
    std::shared_ptr<std::optional<Outcome<T>>> result = std::make_shared<std::optional<Outcome<T>>>();
    std::function<void(Outcome<T>)> callback()
    {
        auto r = result;
        return [r](Outcome<T> o) { *r = std::move(o); };
    }
    bool done() const { return result->has_value(); }
    const Outcome<T> &get() const { return **result; }
};

} // namespace

class TestNiagaraClient final : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

    void getRetriesTransientFailures_data()
    {
        QTest::addColumn<QList<int>>("failures"); // 0 = connection reset
        QTest::newRow("503 then ok") << QList<int>{503};
        QTest::newRow("two 503s then ok") << QList<int>{503, 503};
        QTest::newRow("reset then ok") << QList<int>{0};
        QTest::newRow("500, reset, 502 then ok") << QList<int>{500, 0, 502};
        QTest::newRow("429 without Retry-After then ok") << QList<int>{429};
    }
    void getRetriesTransientFailures()
    {
        QFETCH(QList<int>, failures);
        for (int status : failures) {
            m_server->enqueue(status == 0 ? ScriptedAction::reset()
                                          : ScriptedAction::problem(status, problemJson(status, "Unavailable", "busy")));
        }
        m_server->enqueue(ScriptedAction::json(200, batchJson(QStringLiteral("b-1"))));
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().ok(), qPrintable(catcher.get().error.message()));
        QCOMPARE(catcher.get().value->id, QStringLiteral("b-1"));
        QCOMPARE(m_server->requestCount(), failures.size() + 1);
        for (const auto &request : m_server->requests())
            QCOMPARE(request.target, QByteArray("/batches/b-1"));
    }

    void getGivesUpAfterMaxAttempts()
    {
        m_client->setRetryPolicy(fastPolicy(3));
        m_server->setFallback(ScriptedAction::problem(503, problemJson(503, "Unavailable", "maintenance")));
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(catcher.get().error.httpStatus(), 503);
        QCOMPARE(catcher.get().error.attempts(), 3);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void retryAfterIsHonoured()
    {
        m_server->enqueue(ScriptedAction::respond(429, problemJson(429, "TooManyRequests", "slow down"),
                                                  {{"Content-Type", "application/problem+json"}, {"Retry-After", "1"}}));
        m_server->enqueue(ScriptedAction::json(200, batchJson(QStringLiteral("b-2"))));
        QElapsedTimer clock;
        clock.start();
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-2"), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY(catcher.get().ok());
        QCOMPARE(m_server->requestCount(), 2);
        // The computed backoff would be ~20 ms; the server asked for a full second.
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void nonIdempotentRequestsAreNeverRetried_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("failure"); // 0 = reset
        QTest::addColumn<ApiError::Kind>("kind");
        for (const char *op : {"post", "patch", "delete", "post-relation", "delete-relation"}) {
            QTest::addRow("%s 503", op) << QString::fromLatin1(op) << 503 << ApiError::Kind::ServerError;
            QTest::addRow("%s 429", op) << QString::fromLatin1(op) << 429 << ApiError::Kind::RateLimited;
            QTest::addRow("%s reset", op) << QString::fromLatin1(op) << 0 << ApiError::Kind::Network;
        }
    }
    void nonIdempotentRequestsAreNeverRetried()
    {
        QFETCH(QString, operation);
        QFETCH(int, failure);
        QFETCH(ApiError::Kind, kind);
        m_server->enqueue(failure == 0 ? ScriptedAction::reset()
                                       : ScriptedAction::respond(failure, problemJson(failure, "Oops", "x"),
                                                                 {{"Retry-After", "0"}}));
        m_server->setFallback(ScriptedAction::json(200, batchJson(QStringLiteral("never"))));
        std::shared_ptr<ApiError> error = std::make_shared<ApiError>();
        auto done = std::make_shared<bool>(false);
        auto onOutcome = [error, done](auto outcome) {
            *error = outcome.error;
            *done = true;
        };
        if (operation == QLatin1String("post"))
            m_client->createBatch(NewBatch{QStringLiteral("wo-1"), QStringLiteral("q-1"), 5, {}, {}, {}}, this, onOutcome);
        else if (operation == QLatin1String("patch"))
            m_client->createBatches(BatchSeries{QStringLiteral("wo-1"), QStringLiteral("q-1"), 10, 3, {}}, this, onOutcome);
        else if (operation == QLatin1String("delete"))
            m_client->deleteBatch(QStringLiteral("b-1"), this, onOutcome);
        else if (operation == QLatin1String("post-relation"))
            m_client->createRelation(QStringLiteral("b-1"), NewRelation{QStringLiteral("technician"), QStringLiteral("USER"), QStringLiteral("u-1")}, this, onOutcome);
        else
            m_client->deleteRelation(QStringLiteral("b-1"), QStringLiteral("r-1"), this, onOutcome);
        QTRY_VERIFY_WITH_TIMEOUT(*done, 10000);
        QCOMPARE(error->kind(), kind);
        QCOMPARE(error->attempts(), 1);
        // Failed for good: the client holds nothing that could send it again (a retry would
        // keep the call pending behind its timer).
        QCOMPARE(m_client->pendingCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void timeoutIsRetriedThenReported()
    {
        RetryPolicy policy = fastPolicy(2);
        policy.attemptTimeout = 200ms;
        m_client->setRetryPolicy(policy);
        m_server->setFallback(ScriptedAction::hang());
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelInFlight()
    {
        m_server->setFallback(ScriptedAction::hang());
        Catcher<Page<Batch>> catcher;
        const RequestId id = m_client->listBatches(PageRequest{}, this, catcher.callback());
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_client->pendingCount(), 1);
        m_client->cancel(id);
        QVERIFY(catcher.done()); // the callback runs at once, with Cancelled
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_client->pendingCount(), 0);
        QTRY_COMPARE(m_server->connectionsAborted(), 1); // the connection was really dropped
        m_client->cancel(id); // a second cancel is harmless
    }

    void cancelDuringRetryWait()
    {
        RetryPolicy policy = fastPolicy(4);
        policy.baseDelay = 1000ms;
        m_client->setRetryPolicy(policy);
        m_server->setFallback(ScriptedAction::problem(503, problemJson(503, "Unavailable", "x")));
        QSignalSpy answered(m_nam, &QNetworkAccessManager::finished);
        Catcher<Batch> catcher;
        const RequestId id = m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_COMPARE(answered.count(), 1); // the 503 is handled: the retry waits 500-1000 ms
        QVERIFY(!catcher.done());
        QCOMPARE(m_client->pendingCount(), 1);
        m_client->cancel(id);
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::Cancelled);
        // The retry's timer went with the call: nothing is left that could send it.
        QCOMPARE(m_client->pendingCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelAllCancelsEverything()
    {
        m_server->setFallback(ScriptedAction::hang());
        Catcher<Batch> a;
        Catcher<Me> b;
        m_client->getBatch(QStringLiteral("b-1"), this, a.callback());
        m_client->getMe(this, b.callback());
        QTRY_COMPARE(m_server->requestCount(), 2);
        m_client->cancelAll();
        QCOMPARE(a.get().error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(b.get().error.kind(), ApiError::Kind::Cancelled);
    }

    void destroyedContextIsNeverCalled()
    {
        m_server->enqueue(ScriptedAction::json(200, batchJson(QStringLiteral("b-1"))));
        auto *context = new QObject;
        bool called = false;
        m_client->getBatch(QStringLiteral("b-1"), context, [&called](Outcome<Batch>) { called = true; });
        delete context;
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QVERIFY(!called);
    }

    // A client destroyed while a page is still being decoded on the pool must neither call
    // back nor touch freed memory when the decode finishes (ASan watches this test).
    void clientDestroyedDuringDecode()
    {
        QStringList ids;
        for (int i = 0; i < 100; ++i)
            ids << QStringLiteral("b-%1").arg(i);
        const QByteArray page = pageJson(ids, 100, QString());
        int called = 0;
        for (int round = 0; round < 20; ++round) {
            m_server->enqueue(ScriptedAction::json(200, page));
            auto *client = new NiagaraClient(m_nam);
            client->setBaseUrl(m_server->baseUrl());
            client->setBearerToken(QStringLiteral("t"));
            client->listBatches({}, this, [&called](Outcome<Page<Batch>>) { ++called; });
            // The reply's own finished handler (which starts the decode) runs before the
            // manager's finished signal: delete the client right behind it.
            bool deleted = false;
            const auto connection = connect(m_nam, &QNetworkAccessManager::finished, this, [&] {
                if (!deleted) {
                    deleted = true;
                    delete client;
                }
            });
            QTRY_VERIFY(deleted);
            disconnect(connection);
        }
        Decode::decodePool()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(called, 0);
    }

    void errorStatusesMapToTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("400") << 400
                             << badRequestJson()
                             << ApiError::Kind::BadRequest << QStringLiteral("number_cycles: should be >= 1");
        QTest::newRow("401") << 401 << problemJson(401, "Unauthorized", "Invalid authorization token")
                             << ApiError::Kind::Unauthorized << QStringLiteral("sign in again");
        QTest::newRow("403") << 403 << problemJson(403, "Forbidden", "no") << ApiError::Kind::Forbidden
                             << QStringLiteral("batch:delete");
        QTest::newRow("404") << 404 << problemJson(404, "NotFound", "A Resource with the id \\\"b\\\" was not found")
                             << ApiError::Kind::NotFound << QStringLiteral("no longer exists");
        QTest::newRow("423") << 423 << problemJson(423, "Locked", "locked") << ApiError::Kind::Locked
                             << QStringLiteral("locked");
        QTest::newRow("429") << 429 << problemJson(429, "TooManyRequests", "slow") << ApiError::Kind::RateLimited
                             << QStringLiteral("too many requests");
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << ApiError::Kind::ServerError
                             << QStringLiteral("HTTP 500");
        QTest::newRow("409") << 409 << QByteArray() << ApiError::Kind::UnexpectedStatus << QStringLiteral("HTTP 409");
        QTest::newRow("302 is not followed") << 302 << QByteArray() << ApiError::Kind::UnexpectedStatus
                                             << QStringLiteral("HTTP 302");
    }
    void errorStatusesMapToTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, messagePart);
        m_client->setRetryPolicy(RetryPolicy::none());
        QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/problem+json"}};
        if (status == 302)
            headers.append(std::pair<QByteArray, QByteArray>("Location", "http://127.0.0.2:9/elsewhere"));
        m_server->enqueue(ScriptedAction::respond(status, body, headers));
        QSignalSpy authSpy(m_client, &NiagaraClient::authenticationRequired);
        std::optional<ApiError> error;
        m_client->deleteBatch(QStringLiteral("b-1"), this, [&error](Outcome<Done> o) { error = o.error; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind(), kind);
        QCOMPARE(error->httpStatus(), status);
        QVERIFY2(error->message().contains(messagePart, Qt::CaseInsensitive), qPrintable(error->message()));
        QCOMPARE(authSpy.count(), status == 401 ? 1 : 0);
        QCOMPARE(m_server->requestCount(), 1);
        if (status == 400) {
            QVERIFY(error->problem().has_value());
            QCOMPARE(error->problem()->validationMessages.size(), 1);
            QCOMPARE(error->problem()->validationMessages.first().dataPath, QStringLiteral(".number_cycles"));
        }
    }

    void networkFailureWhenNothingListens()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_client->setRetryPolicy(fastPolicy(2));
        Catcher<Me> catcher;
        m_client->getMe(this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::Network);
        QCOMPARE(catcher.get().error.attempts(), 2);
        QVERIFY(!catcher.get().error.technicalDetail().isEmpty());
    }

    void tlsFailureIsReported()
    {
        // An https URL against a plain-HTTP server: the handshake cannot succeed.
        QUrl url = m_server->baseUrl();
        url.setScheme(QStringLiteral("https"));
        m_client->setBaseUrl(url);
        m_client->setRetryPolicy(RetryPolicy::none());
        m_server->setFallback(ScriptedAction::respond(400, "not tls"));
        Catcher<Me> catcher;
        m_client->getMe(this, catcher.callback());
        QTRY_VERIFY_WITH_TIMEOUT(catcher.done(), 10000);
        QVERIFY2(catcher.get().error.kind() == ApiError::Kind::Tls, qPrintable(kindName(catcher.get().error.kind())));
        QVERIFY(catcher.get().error.message().contains(QStringLiteral("secure connection")));
    }

    void requestsCarryTokenAndHeaders()
    {
        m_server->enqueue(ScriptedAction::respond(204));
        std::optional<Outcome<Done>> result;
        m_client->createBatches(BatchSeries{QStringLiteral("wo-1"), QStringLiteral("q-1"), 10, 3,
                                            {QStringLiteral("u-1"), QStringLiteral("u-2")}},
                                this, [&result](Outcome<Done> o) { result = o; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        const auto &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.target, QByteArray("/batches"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer secret-token-123"));
        QCOMPARE(request.headers.value("accept-patch"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(request.body.contains("\"total\":3"));
        QVERIFY(request.body.contains("\"number_cycles\":10"));
        QVERIFY(request.body.contains("\"users\":[{\"user_id\":\"u-1\"},{\"user_id\":\"u-2\"}]"));
    }

    void relationFiltersAreSent()
    {
        m_server->enqueue(ScriptedAction::json(200, emptyRelationPageJson()));
        using RelationPage = Outcome<Page<Relation>>; // (moc mis-tokenizes ">>>")
        std::optional<RelationPage> result;
        m_client->listRelations(QStringLiteral("b-1"), RelationFilter{QStringLiteral("USER"), QStringLiteral("technician"), QStringLiteral("OUTWARD")},
                                PageRequest{}, this, [&result](Outcome<Page<Relation>> o) { result = o; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        const QByteArray target = m_server->requests().first().target;
        QVERIFY2(target.startsWith("/batches/b-1/relations?"), target.constData());
        QVERIFY(target.contains("filter%5Bentity_type%5D=USER"));
        QVERIFY(target.contains("filter%5Brelation%5D=technician"));
        QVERIFY(target.contains("filter%5Bdirection%5D=OUTWARD"));
    }

    void cursorGoesBackEncodedToTheBaseUrl()
    {
        // A cursor full of characters that mean something in a URL, and a next link that
        // points at another host: the client must follow the cursor, not the link.
        const QString cursor = QStringLiteral("a+b/c=d&e%f ü?#");
        int call = 0;
        m_server->setResponder([&](const TestSupport::RecordedRequest &) {
            ++call;
            if (call == 1)
                return ScriptedAction::json(200, pageJson({QStringLiteral("b-1"), QStringLiteral("b-2")}, 3, cursor,
                                                          QStringLiteral("http://evil.example.test")));
            return ScriptedAction::json(200, pageJson({QStringLiteral("b-3")}, 3, QString()));
        });
        BatchPageWalker walker(m_client);
        QSignalSpy pages(&walker, &BatchPageWalker::pageLoaded);
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        QSignalSpy progress(&walker, &BatchPageWalker::progress);
        walker.setPageSize(2);
        walker.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(pages.count(), 2);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).target, QByteArray("/batches?limit=2"));
        QCOMPARE(m_server->requests().at(1).target,
                 "/batches?limit=2&offset=" + QUrl::toPercentEncoding(cursor));
        QCOMPARE(m_server->requests().at(1).headers.value("authorization"), QByteArray("Bearer secret-token-123"));
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
    }

    // The board is empty until the first page is decoded: it must not wait for the idle-priority
    // decoders, which a busy machine (or a long load still decoding) may hold up.
    void firstPageIsDecodedBesideBusyDecoders()
    {
        m_server->setFallback(ScriptedAction::json(200, pageJson({QStringLiteral("b-1")}, 2, QStringLiteral("next"))));
        QThreadPool *idle = Decode::decodePool();
        QSemaphore release;
        QSemaphore started;
        const int threads = idle->maxThreadCount();
        for (int i = 0; i < threads; ++i) {
            idle->start([&] {
                started.release();
                release.acquire();
            });
        }
        QVERIFY(started.tryAcquire(threads, 10000)); // every idle-priority decoder is taken
        const auto unblock = qScopeGuard([&] {
            release.release(threads);
            idle->waitForDone(10000);
        });

        Catcher<Page<Batch>> first;
        m_client->listBatches(PageRequest{}, this, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.done(), 10000);
        QVERIFY2(first.get().ok(), qPrintable(first.get().error.message()));
        QCOMPARE(first.get().value->items.size(), 1);

        // A later page (it has a cursor) queues for the idle pool...
        Catcher<Page<Batch>> later;
        QSignalSpy answered(m_nam, &QNetworkAccessManager::finished);
        m_client->listBatches(PageRequest{100, QStringLiteral("next")}, this, later.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 10000); // its answer has arrived...
        QCoreApplication::processEvents(); // (and whatever that queued has run)
        QVERIFY(!later.done());
        // ...and is decoded once a decoder is free.
        release.release(threads);
        QTRY_VERIFY_WITH_TIMEOUT(later.done(), 10000);
        QVERIFY(later.get().ok());
    }

    void walkerDoesNotTrustTheLimit()
    {
        // Asked for 100, the server hands out 1 per page: the walker keeps following cursors.
        m_server->setResponder([](const TestSupport::RecordedRequest &request) {
            const int page = request.target.contains("offset=p2") ? 2 : request.target.contains("offset=p3") ? 3 : 1;
            const QString next = page == 1 ? QStringLiteral("p2") : page == 2 ? QStringLiteral("p3") : QString();
            return ScriptedAction::json(200, pageJson({QStringLiteral("b-%1").arg(page)}, 3, next));
        });
        BatchPageWalker walker(m_client);
        QStringList ids;
        connect(&walker, &BatchPageWalker::pageLoaded, this, [&ids](const Page<Batch> &page) {
            for (const Batch &b : page.items)
                ids << b.id;
        });
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        walker.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(ids, (QStringList{QStringLiteral("b-1"), QStringLiteral("b-2"), QStringLiteral("b-3")}));
    }

    // Back pressure (the board's store holds the walk while decoded pages wait to be applied):
    // while held nothing is delivered and nothing beyond the read-ahead is asked for; released,
    // the walk goes on where it stood, every page once and in order.
    void walkerHeldGoesNoFurther()
    {
        constexpr int kPages = 8;
        m_server->setResponder([](const TestSupport::RecordedRequest &request) {
            const int at = request.target.indexOf("offset=p");
            const int page = at < 0 ? 1 : request.target.mid(at + 8).toInt();
            const QString next = page < kPages ? QStringLiteral("p%1").arg(page + 1) : QString();
            return ScriptedAction::json(200, pageJson({QStringLiteral("b-%1").arg(page)}, kPages, next));
        });
        BatchPageWalker walker(m_client);
        QStringList ids;
        connect(&walker, &BatchPageWalker::pageLoaded, this, [&](const Page<Batch> &page) {
            for (const Batch &b : page.items)
                ids << b.id;
            if (ids.size() == 2)
                walker.setHeld(true);
        });
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        walker.start();
        QTRY_COMPARE(ids.size(), 2);
        QTest::qWait(300); // what was asked for before the hold answers meanwhile
        QCOMPARE(ids.size(), 2);
        QVERIFY(walker.isRunning());
        QVERIFY(walker.isHeld());
        // The page after the two delivered, and the read-ahead beyond it: no more.
        QVERIFY2(m_server->requestCount() <= 2 + 1 + BatchPageWalker::kReadAhead,
                 qPrintable(QString::number(m_server->requestCount())));
        QCOMPARE(finished.count(), 0);

        walker.setHeld(false);
        QTRY_COMPARE(finished.count(), 1);
        QStringList expected;
        for (int page = 1; page <= kPages; ++page)
            expected << QStringLiteral("b-%1").arg(page);
        QCOMPARE(ids, expected);
        QCOMPARE(m_server->requestCount(), kPages);
    }

    // A held walk that is cancelled delivers nothing when released.
    void walkerHeldThenCancelled()
    {
        m_server->setResponder([](const TestSupport::RecordedRequest &request) {
            const bool second = request.target.contains("offset=p2");
            return ScriptedAction::json(200, pageJson({second ? QStringLiteral("b-2") : QStringLiteral("b-1")}, 2,
                                                      second ? QString() : QStringLiteral("p2")));
        });
        BatchPageWalker walker(m_client);
        QSignalSpy pages(&walker, &BatchPageWalker::pageLoaded);
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        walker.setHeld(true);
        walker.start();
        QTRY_VERIFY(m_server->requestCount() >= 1);
        QTest::qWait(200); // the first page arrives and is kept
        QCOMPARE(pages.count(), 0);
        walker.cancel();
        QVERIFY(!walker.isRunning());
        walker.setHeld(false);
        QTest::qWait(100);
        QCOMPARE(pages.count() + finished.count(), 0);
    }

    void walkerStopsOnRepeatedCursor()
    {
        m_server->setFallback(ScriptedAction::json(200, pageJson({QStringLiteral("b-1")}, 99, QStringLiteral("same"))));
        BatchPageWalker walker(m_client);
        QSignalSpy failed(&walker, &BatchPageWalker::failed);
        walker.start();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void walkerCancel()
    {
        m_server->setFallback(ScriptedAction::hang());
        BatchPageWalker walker(m_client);
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        QSignalSpy failed(&walker, &BatchPageWalker::failed);
        walker.start();
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(walker.isRunning());
        walker.cancel();
        QVERIFY(!walker.isRunning());
        QCOMPARE(m_client->pendingCount(), 0); // no request left that could still answer
        QCoreApplication::processEvents();     // nor anything queued before the cancel
        QCOMPARE(finished.count() + failed.count(), 0);
    }

    void undecodableSuccessIsInvalidResponse()
    {
        m_server->enqueue(ScriptedAction::json(200, "{\"batch_id\": 12"));
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_VERIFY(catcher.done());
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // Several requests meet an expired token at the same time: one renewal serves them all,
    // and each is sent exactly twice, refused with the old token and answered with the new one.
    // Counted at the server.
    void concurrent401sShareOneRenewal()
    {
        constexpr int kRequests = 4;
        m_client->setBearerToken(QStringLiteral("old-token"));
        m_server->setResponder([](const TestSupport::RecordedRequest &r) {
            if (r.headers.value("authorization") != "Bearer new-token")
                return ScriptedAction::problem(401, problemJson(401, "Unauthorized", "token expired"));
            return ScriptedAction::json(200, batchJson(QString::fromLatin1(r.target.mid(r.target.lastIndexOf('/') + 1))));
        });
        int renewals = 0;
        std::function<void(bool)> finishRenewal;
        m_client->setTokenRenewer([&](std::function<void(bool)> done) {
            ++renewals;
            finishRenewal = std::move(done);
        });
        QSignalSpy answered(m_nam, &QNetworkAccessManager::finished);
        std::vector<Catcher<Batch>> results(kRequests);
        for (int i = 0; i < kRequests; ++i)
            m_client->getBatch(QStringLiteral("b-%1").arg(i), this, results[i].callback());
        // The renewal stays open until every refusal has reached the client (it handles a reply
        // in the same finished() emission), so all of them meet one renewal under way.
        QTRY_COMPARE(answered.count(), kRequests);
        QCOMPARE(renewals, 1);
        QVERIFY(finishRenewal);
        for (const Catcher<Batch> &r : results)
            QVERIFY(!r.done());
        m_client->setBearerToken(QStringLiteral("new-token"));
        std::exchange(finishRenewal, {})(true);
        QTRY_VERIFY(std::all_of(results.cbegin(), results.cend(), [](const Catcher<Batch> &r) { return r.done(); }));
        for (int i = 0; i < kRequests; ++i) {
            QVERIFY2(results[i].get().ok(), qPrintable(results[i].get().error.message()));
            QCOMPARE(results[i].get().value->id, QStringLiteral("b-%1").arg(i));
        }
        QCOMPARE(renewals, 1);
        QCOMPARE(m_server->requestCount(), 2 * kRequests);
        for (int i = 0; i < kRequests; ++i) {
            const QByteArray path = "/batches/b-" + QByteArray::number(i);
            int withOld = 0;
            int withNew = 0;
            for (const TestSupport::RecordedRequest &r : m_server->requests()) {
                if (!r.target.endsWith(path))
                    continue;
                withOld += r.headers.value("authorization") == "Bearer old-token" ? 1 : 0;
                withNew += r.headers.value("authorization") == "Bearer new-token" ? 1 : 0;
            }
            QCOMPARE(withOld, 1);
            QCOMPARE(withNew, 1);
        }
    }

    // A request refused again after the renewal is not sent a third time, and no second renewal
    // starts for it: it fails with Unauthorized (the session then asks the user to sign in).
    void a401AfterTheRenewalIsNotRetriedAgain()
    {
        m_client->setBearerToken(QStringLiteral("old-token"));
        m_server->setFallback(ScriptedAction::problem(401, problemJson(401, "Unauthorized", "token revoked")));
        int renewals = 0;
        m_client->setTokenRenewer([&](std::function<void(bool)> done) {
            ++renewals;
            m_client->setBearerToken(QStringLiteral("new-token-%1").arg(renewals));
            // Answered later, as a real renewal is. A second renewal reports failure, so a client
            // that retried again would end here instead of looping.
            QTimer::singleShot(0, m_client, [done = std::move(done), ok = renewals == 1] { done(ok); });
        });
        QSignalSpy authRequired(m_client, &NiagaraClient::authenticationRequired);
        Catcher<Batch> catcher;
        m_client->getBatch(QStringLiteral("b-1"), this, catcher.callback());
        QTRY_VERIFY(catcher.done());
        QCOMPARE(catcher.get().error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(renewals, 1);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).headers.value("authorization"), QByteArray("Bearer old-token"));
        QCOMPARE(m_server->requests().at(1).headers.value("authorization"), QByteArray("Bearer new-token-1"));
        QCOMPARE(authRequired.count(), 1);
    }

    void endpointKeepsBasePath()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("https://api.example.test/v1/")));
        QCOMPARE(m_client->endpoint(QStringLiteral("/batches")).toString(),
                 QStringLiteral("https://api.example.test/v1/batches"));
    }
};

QTEST_GUILESS_MAIN(TestNiagaraClient)
#include "tst_niagaraclient.moc"
