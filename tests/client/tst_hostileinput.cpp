// Hostile and odd answers over real HTTP (ScriptedServer on 127.0.0.1): HTML pages, empty
// bodies, JSON nested 10,000 levels deep, a 50 MB page, impossible counts, counts that do not
// add up, labels with control characters, right-to-left text or 10,000 characters, paging
// cursors that repeat and totals that change between pages. In every case the client and
// the board keep running and the user gets a plain, translated message (docs/reliability.md).

#include "app/cli/batchlisting.h"
#include "app/i18n/translations.h"
#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "client/pagewalk.h"
#include "common/awaitoutcome.h"
#include "common/scriptedserver.h"
#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using namespace Niagara;
using BatchDesk::BatchStore;
using BatchDesk::BatchTreeModel;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedAction;
using TestSupport::ScriptedServer;

namespace BatchRoles = BatchDesk::BatchRoles;

namespace {

// One batch as the later revision sends it, reduced to what the contract requires. `label`
// and `cycles` are raw JSON.
QByteArray batchJson(const QByteArray &id, const QByteArray &label, const QByteArray &numberCycles,
                     const QByteArray &cycles)
{
    return "{\"batch_id\":\"" + id + "\",\"label\":" + label
           + ",\"created\":\"2026-11-01T08:00:00Z\",\"updated\":\"2026-11-02T08:00:00Z\",\"order\":1,"
             "\"number_cycles\":"
           + numberCycles + ",\"cycles\":" + cycles
           + ",\"current_status\":{\"status\":\"Imaging\",\"category\":\"IN_PROGRESS\"},"
             "\"queue\":{\"queue_id\":\"q-bench\",\"label\":\"Bench\"},"
             "\"work_order\":{\"work_order_id\":\"wo-1\",\"label\":\"Tablets\"},"
             "\"assigned_users\":[],\"total_assigned_users\":0}";
}

QByteArray goodBatch(const QByteArray &id)
{
    return batchJson(id, "\"Cart " + id + "\"", "4",
                     "{\"pending\":2,\"in_progress\":1,\"verifying\":0,\"complete\":1,\"blocked\":0,\"cancelled\":0}");
}

QByteArray pageJson(const QByteArrayList &items, const QByteArray &total, const QByteArray &nextCursor)
{
    const QByteArray offset = nextCursor.isNull() ? QByteArray("null") : "\"" + nextCursor + "\"";
    return "{\"total_count\":" + total + ",\"limit\":100,\"offset\":" + offset + ",\"_embedded\":{\"nter:batches\":["
           + items.join(',') + "]}}";
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &close)
{
    return open.repeated(depth) + close.repeated(depth);
}

QString cursorOf(const RecordedRequest &request)
{
    const QByteArray target = request.target;
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QString() : QUrlQuery(QString::fromLatin1(target.mid(q + 1))).queryItemValue(QStringLiteral("offset"));
}

QModelIndex findRow(const QAbstractItemModel &model, const QString &id, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(BatchDesk::TreeLevel::Batch)
            && index.data(BatchRoles::IdRole).toString() == id)
            return index;
        const QModelIndex inner = findRow(model, id, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager *m_nam = nullptr;
    ScriptedServer *m_server = nullptr;
    NiagaraClient *m_client = nullptr;

    Outcome<Page<Batch>> listBatches()
    {
        return TestSupport::await<Page<Batch>>(
            [this](auto done) { m_client->listBatches(PageRequest{}, this, std::move(done)); });
    }
    Outcome<Batch> getBatch()
    {
        return TestSupport::await<Batch>([this](auto done) { m_client->getBatch(QStringLiteral("b-1"), this, std::move(done)); });
    }

    // A whole board load through the store, as the app does it; returns the error if it failed.
    std::optional<ApiError> reloadStore(BatchStore &store)
    {
        store.setClient(m_client);
        QSignalSpy finished(&store, &BatchStore::loadFinished);
        QSignalSpy failed(&store, &BatchStore::loadFailed);
        store.reload();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            qFatal("load did not end");
        // A failed load still applies the pages that arrived before the failure.
        if (!QTest::qWaitFor([&] { return !store.hasPendingPages(); }, 60000))
            qFatal("received pages were never applied");
        if (failed.isEmpty())
            return std::nullopt;
        return failed.first().first().value<ApiError>();
    }

private Q_SLOTS:
    // English with its plural forms ("4 batches"), as the app speaks it.
    void initTestCase() { QVERIFY((new BatchDesk::App::Translations(nullptr, this))->choose(QStringLiteral("en"))); }

    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_client = new NiagaraClient(m_nam, this);
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setBearerToken(QStringLiteral("token"));
        RetryPolicy policy;
        policy.maxAttempts = 2;
        policy.baseDelay = 10ms;
        policy.maxDelay = 50ms;
        policy.attemptTimeout = 20000ms;
        m_client->setRetryPolicy(policy);
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
        delete m_nam;
    }

    // --- 1. an HTML page instead of JSON -------------------------------------------------

    void proxyErrorPageIsAServerError()
    {
        // A proxy's 502 page: retried once (idempotent GET), then a server error that names
        // the status; the page's markup is never shown.
        const QByteArray html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
        m_server->setFallback(ScriptedAction::respond(502, html, {{"Content-Type", "text/html"}}));
        const Outcome<Page<Batch>> outcome = listBatches();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(outcome.error.httpStatus(), 502);
        QVERIFY(!outcome.error.problem());
        QCOMPARE(m_server->requestCount(), 2);
        const QString message = outcome.error.message();
        QVERIFY2(message.contains(QStringLiteral("load the batches")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HTTP 502")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('<')));
    }

    void htmlPageWithSuccessStatus_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text/html") << QByteArray("text/html; charset=utf-8");
        QTest::newRow("claims json") << QByteArray("application/json");
    }
    void htmlPageWithSuccessStatus()
    {
        // A captive portal or a web server at the configured address answers 200 with a page.
        QFETCH(QByteArray, contentType);
        m_server->setFallback(ScriptedAction::respond(
            200, "\n  <html><head><title>Sign in to the guest network</title></head></html>", {{"Content-Type", contentType}}));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY(!page.ok());
        QCOMPARE(page.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(page.error.responseFault(), ApiError::ResponseFault::NotJson);
        QVERIFY2(page.error.message().contains(QStringLiteral("web page instead of data")), qPrintable(page.error.message()));
        QVERIFY(page.error.message().contains(QStringLiteral("Check the server address")));
        QCOMPARE(m_server->requestCount(), 1); // not transient: no retry

        const Outcome<Batch> batch = getBatch();
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error.kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(batch.error.message().startsWith(QStringLiteral("Could not load the batch: the server answered with a web page")));

        // The board: the load fails with the same words and nothing is lost or added.
        BatchStore store;
        const std::optional<ApiError> error = reloadStore(store);
        QVERIFY(error);
        QCOMPARE(error->responseFault(), ApiError::ResponseFault::NotJson);
        QCOMPARE(store.size(), 0);
    }

    // --- 2. a 200 answer with an empty body --------------------------------------------

    void emptySuccessBody()
    {
        m_server->setFallback(ScriptedAction::respond(200, {}, {{"Content-Type", "application/json"}}));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY(!page.ok());
        QCOMPARE(page.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(page.error.responseFault(), ApiError::ResponseFault::Empty);
        QCOMPARE(page.error.message(), QStringLiteral("Could not load the batches: the server sent an empty answer. Please try again."));

        m_server->setFallback(ScriptedAction::respond(200, " \r\n", {{"Content-Type", "application/json"}}));
        const Outcome<Batch> batch = getBatch();
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error.responseFault(), ApiError::ResponseFault::Empty);
        QVERIFY2(batch.error.message().contains(QStringLiteral("load the batch: the server sent an empty answer")),
                 qPrintable(batch.error.message()));
    }

    void emptyBodyIsFineWhereNoneIsExpected()
    {
        // DELETE answers 204 without a body: that is success, not an empty answer.
        m_server->enqueue(ScriptedAction::respond(204));
        const Outcome<Done> done = TestSupport::await<Done>(
            [this](auto cb) { m_client->deleteBatch(QStringLiteral("b-1"), this, std::move(cb)); });
        QVERIFY(done.ok());
    }

    void truncatedBodyIsAskedForAgain()
    {
        // A proxy dropped the connection after half the page but framed it as complete: the
        // JSON ends mid-way. A GET asks again and the whole page comes.
        const QByteArray whole = pageJson({goodBatch("b-1"), goodBatch("b-2")}, "2", {});
        m_server->enqueue(ScriptedAction::json(200, whole.left(whole.size() / 2)));
        m_server->enqueue(ScriptedAction::json(200, whole));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY2(page.ok(), qPrintable(page.error.message()));
        QCOMPARE(page.value->items.size(), 2);
        QCOMPARE(m_server->requests().size(), 2);

        // Cut every time: after its attempts the user is told what happened.
        m_server->setFallback(ScriptedAction::json(200, whole.left(whole.size() - 3)));
        const Outcome<Page<Batch>> cut = listBatches();
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(cut.error.responseFault(), ApiError::ResponseFault::Truncated);
        QCOMPARE(cut.error.message(), QStringLiteral("Could not load the batches: the server's answer was cut off "
                                                     "before it was complete. Please try again."));
        QCOMPARE(m_server->requests().size(), 4); // maxAttempts = 2

        // A body that is wrong, not short, is not asked for again.
        m_server->setFallback(ScriptedAction::json(200, QByteArray(whole).replace("\"limit\":100", "\"limit\":1OO")));
        const Outcome<Page<Batch>> wrong = listBatches();
        QCOMPARE(wrong.error.responseFault(), ApiError::ResponseFault::Unreadable);
        QCOMPARE(m_server->requests().size(), 5);

        // A POST whose answer is cut was carried out: it is never sent twice.
        m_server->setFallback(ScriptedAction::json(200, "{\"batch_id\":\"b-9\",\"label\":"));
        const Outcome<Batch> created = TestSupport::await<Batch>([this](auto cb) {
            m_client->createBatch(NewBatch{QStringLiteral("wo-1"), QStringLiteral("q-1"), 2, {}, {}, {}}, this,
                                  std::move(cb));
        });
        QCOMPARE(created.error.responseFault(), ApiError::ResponseFault::Truncated);
        QCOMPARE(m_server->requests().size(), 6);
    }

    // --- 3. JSON nested 10,000 levels deep ---------------------------------------------

    void deeplyNestedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("objects at the root") << nested(10000, "{\"a\":", "}").replace("{\"a\":}", "{\"a\":1}");
        QTest::newRow("objects in an unknown field")
            << pageJson({goodBatch("b-1")}, "1", {}).replace("\"limit\":100", QByteArray("\"limit\":100,\"x\":" + nested(10000, "{\"a\":", "}").replace("{\"a\":}", "{\"a\":1}")));
        QTest::newRow("inside a batch's workflow steps")
            << pageJson({goodBatch("b-1").replace("\"order\":1", QByteArray("\"order\":1,\"metadata\":" + nested(10000, "[", "]")))}, "1", {});
    }
    void deeplyNestedJson()
    {
        // The decoders stop at 256 levels: no stack overflow (ASan would catch one), no
        // memory or time spent on the rest, and the whole answer is refused.
        QFETCH(QByteArray, body);
        m_server->setFallback(ScriptedAction::json(200, body));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY(!page.ok());
        QCOMPARE(page.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(page.error.responseFault(), ApiError::ResponseFault::TooDeep);
        QVERIFY2(page.error.message().contains(QStringLiteral("nested too deeply")), qPrintable(page.error.message()));
        QVERIFY(page.error.technicalDetail().contains(QStringLiteral("deeper than 256")));
    }

    void deeplyNestedProblemBody()
    {
        // An error body is read for its detail only: a hostile one is ignored and the status
        // speaks alone.
        const QByteArray problem = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Invalid Data\",\"validation_messages\":[{\"keyword\":\"x\",\"params\":"
                                   + nested(10000, "[", "]") + "}]}";
        m_server->setFallback(ScriptedAction::problem(400, problem));
        const Outcome<Batch> batch = getBatch();
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error.kind(), ApiError::Kind::BadRequest);
        QVERIFY(!batch.error.problem());
        QCOMPARE(batch.error.message(), QStringLiteral("The server refused to load the batch because the data is not valid."));
    }

    // --- 4. a 50 MB page ------------------------------------------------------------------

    void fiftyMegabytePage_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("no length, ends at close") << false;
    }
    void fiftyMegabytePage()
    {
        // A page padded to 50 MB with an unknown field: valid JSON, just far too large. It is
        // stopped at 8 MiB (or at once from its Content-Length) and not asked for again.
        QFETCH(bool, announced);
        QByteArray body = pageJson({goodBatch("b-1")}, "1", {});
        const QByteArray padding(50 * 1024 * 1024, 'x');
        body.replace("\"limit\":100", QByteArray("\"limit\":100,\"padding\":\"" + padding + "\""));
        QVERIFY(body.size() > 50 * 1024 * 1024);
        ScriptedAction action = ScriptedAction::json(200, body);
        action.closeWithoutLength = !announced;
        m_server->setFallback(action);
        body = {};

        QElapsedTimer timer;
        timer.start();
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY(!page.ok());
        QCOMPARE(page.error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(page.error.responseFault(), ApiError::ResponseFault::TooLarge);
        QVERIFY2(page.error.message().contains(QStringLiteral("far larger than expected")), qPrintable(page.error.message()));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void largestAllowedPageStillLoads()
    {
        // Just under the limit is an ordinary answer.
        QByteArray body = pageJson({goodBatch("b-1")}, "1", {});
        const qsizetype room = ApiError::kMaxResponseBytes - body.size() - 32;
        body.replace("\"limit\":100", QByteArray("\"limit\":100,\"padding\":\"" + QByteArray(room, 'x') + "\""));
        QVERIFY(body.size() <= ApiError::kMaxResponseBytes);
        m_server->setFallback(ScriptedAction::json(200, body));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY2(page.ok(), qPrintable(page.error.technicalDetail()));
        QCOMPARE(page.value->items.size(), 1);
    }

    // --- 5. negative or non-integer counts --------------------------------------------------

    void impossibleCountsSkipTheItemOnly()
    {
        // Counts are integers >= 0 and number_cycles >= 1 (the contract's minimum): an item that
        // breaks that is left out and named; the rest of the page is kept. total_count (a
        // number with no minimum) only feeds progress: a negative one is read as unknown.
        const QByteArray counts = "{\"pending\":2,\"in_progress\":1,\"verifying\":0,\"complete\":1,\"blocked\":0,\"cancelled\":0}";
        const QByteArrayList items{
            goodBatch("b-good"),
            batchJson("b-negative", "\"Negative\"", "4", QByteArray(counts).replace("\"pending\":2", "\"pending\":-3")),
            batchJson("b-zero", "\"Zero cycles\"", "0", counts),
            batchJson("b-fraction", "\"Fraction\"", "4", QByteArray(counts).replace("\"complete\":1", "\"complete\":1.5")),
            batchJson("b-cycles-float", "\"Cycles 4.5\"", "4.5", counts),
            goodBatch("b-good-2"),
        };
        m_server->setFallback(ScriptedAction::json(200, pageJson(items, "-5", {})));

        BatchStore store;
        BatchTreeModel tree(&store);
        QSignalSpy progress(&store, &BatchStore::loadProgress);
        QVERIFY(!reloadStore(store));
        QCOMPARE(store.size(), 2);
        QVERIFY(store.batch(QStringLiteral("b-good")));
        QVERIFY(store.batch(QStringLiteral("b-good-2")));
        QVERIFY(findRow(tree, QStringLiteral("b-good-2")).isValid());
        QVERIFY(!findRow(tree, QStringLiteral("b-negative")).isValid());
        QCOMPARE(store.skipped().size(), 4);
        QStringList skippedIds;
        for (const DecodeIssue &issue : store.skipped())
            skippedIds << issue.itemId;
        QCOMPARE(skippedIds, QStringList({QStringLiteral("b-negative"), QStringLiteral("b-zero"), QStringLiteral("b-fraction"),
                                          QStringLiteral("b-cycles-float")}));
        QVERIFY(store.skipped().at(0).message.contains(QStringLiteral("must be >= 0")));
        QVERIFY(store.skipped().at(1).message.contains(QStringLiteral("must be >= 1")));

        const QString message = ApiError::skippedItemsMessage(store.skipped());
        QCOMPARE(message, QStringLiteral("4 batches could not be shown because the server sent invalid data for them: "
                                         "b-negative, b-zero, b-fraction, b-cycles-float"));
        // Progress with an unknown total: what was received, never more than 100 %.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 6);
        QCOMPARE(progress.last().at(1).toLongLong(), 6);
    }

    void fractionalTotalCountIsUnknown()
    {
        m_server->setFallback(ScriptedAction::json(200, pageJson({goodBatch("b-1")}, "2.5", {})));
        const Outcome<Page<Batch>> page = listBatches();
        QVERIFY(page.ok());
        QCOMPARE(page.value->totalCount, 0);
        QCOMPARE(page.value->items.size(), 1);
        // Not a number at all is still a broken envelope.
        m_server->setFallback(ScriptedAction::json(200, pageJson({goodBatch("b-1")}, "\"many\"", {})));
        const Outcome<Page<Batch>> broken = listBatches();
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error.responseFault(), ApiError::ResponseFault::Unreadable);
        QVERIFY(broken.error.message().contains(QStringLiteral("could not be understood")));
    }

    // --- 6. counts whose sum differs from number_cycles -------------------------------------

    void countsNotAddingUpAreFlagged()
    {
        const QByteArrayList items{
            // 6 counted, 4 cycles, 5 complete: progress from 6, not 125 %.
            batchJson("b-over", "\"Over\"", "4",
                      "{\"pending\":0,\"in_progress\":1,\"verifying\":0,\"complete\":5,\"blocked\":0,\"cancelled\":0}"),
            // 3 counted, 10 cycles: the 7 missing count as not done.
            batchJson("b-under", "\"Under\"", "10",
                      "{\"pending\":1,\"in_progress\":0,\"verifying\":0,\"complete\":2,\"blocked\":0,\"cancelled\":0}"),
            goodBatch("b-fine"),
        };
        m_server->setFallback(ScriptedAction::json(200, pageJson(items, "3", {})));
        BatchStore store;
        BatchTreeModel tree(&store);
        QVERIFY(!reloadStore(store));
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.batch(QStringLiteral("b-over"))->numberCycles, 4); // kept as sent

        const QModelIndex over = findRow(tree, QStringLiteral("b-over"));
        QVERIFY(over.isValid());
        QCOMPARE(over.data(BatchRoles::CycleCountsMismatchRole).toBool(), true);
        QCOMPARE(over.data(BatchRoles::PercentCompleteRole).toDouble(), 500.0 / 6.0);
        QCOMPARE(over.siblingAtColumn(BatchDesk::PercentColumn).data().toString(), QStringLiteral("83%"));
        QCOMPARE(over.siblingAtColumn(BatchDesk::CyclesColumn).data().toString(), QStringLiteral("5 / 6"));
        QCOMPARE(over.siblingAtColumn(BatchDesk::NumberCyclesColumn).data().toString(), QStringLiteral("4 (6 counted)"));
        const QString tip = over.siblingAtColumn(BatchDesk::NumberCyclesColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("The cycle counts by status add up to 6, but the batch has 4 cycles. "
                                     "Progress is worked out from the larger number."));

        const QModelIndex under = findRow(tree, QStringLiteral("b-under"));
        QCOMPARE(under.data(BatchRoles::CycleCountsMismatchRole).toBool(), true);
        QCOMPARE(under.data(BatchRoles::PercentCompleteRole).toDouble(), 20.0);
        QCOMPARE(under.siblingAtColumn(BatchDesk::NumberCyclesColumn).data().toString(), QStringLiteral("10 (3 counted)"));

        const QModelIndex fine = findRow(tree, QStringLiteral("b-fine"));
        QCOMPARE(fine.data(BatchRoles::CycleCountsMismatchRole).toBool(), false);
        QCOMPARE(fine.siblingAtColumn(BatchDesk::NumberCyclesColumn).data().toString(), QStringLiteral("4"));
        QVERIFY(fine.siblingAtColumn(BatchDesk::NumberCyclesColumn).data(Qt::ToolTipRole).isNull());

        // The work order sums its batches: never above 100 % either.
        const QModelIndex workOrder = over.parent();
        QVERIFY(workOrder.data(BatchRoles::PercentCompleteRole).toDouble() <= 100.0);
    }

    // --- 7. labels with control characters, right-to-left text, 10,000 characters ------------

    void hostileLabels()
    {
        const QString controls = QStringLiteral("Cart\n12\tA\u0001\u001b[31mred\u007f");
        const QString rtl = QStringLiteral("\u05E2\u05D2\u05DC\u05D4 \u202E12");
        const QString longLabel = QString(10000, QLatin1Char('L'));
        const QByteArrayList items{
            batchJson("b-controls", "\"Cart\\n12\\tA\\u0001\\u001b[31mred\\u007f\"", "4",
                      "{\"pending\":4,\"in_progress\":0,\"verifying\":0,\"complete\":0,\"blocked\":0,\"cancelled\":0}"),
            batchJson("b-rtl", "\"" + rtl.toUtf8() + "\"", "4",
                      "{\"pending\":4,\"in_progress\":0,\"verifying\":0,\"complete\":0,\"blocked\":0,\"cancelled\":0}"),
            batchJson("b-long", "\"" + longLabel.toUtf8() + "\"", "4",
                      "{\"pending\":4,\"in_progress\":0,\"verifying\":0,\"complete\":0,\"blocked\":0,\"cancelled\":0}"),
        };
        m_server->setFallback(ScriptedAction::json(200, pageJson(items, "3", {})));
        BatchStore store;
        BatchTreeModel tree(&store);
        QVERIFY(!reloadStore(store));
        QCOMPARE(store.size(), 3);

        // The store keeps every label exactly as sent.
        QCOMPARE(store.batch(QStringLiteral("b-controls"))->label, controls);
        QCOMPARE(store.batch(QStringLiteral("b-rtl"))->label, rtl);
        QCOMPARE(store.batch(QStringLiteral("b-long"))->label, longLabel);
        QCOMPARE(findRow(tree, QStringLiteral("b-long")).data(BatchRoles::LabelRole).toString(), longLabel);

        // A row shows one line without control characters.
        const QString shown = findRow(tree, QStringLiteral("b-controls")).data().toString();
        QCOMPARE(shown, QStringLiteral("Cart 12 A\uFFFD\uFFFD[31mred\uFFFD"));
        QVERIFY(!hasControlCharacter(shown));

        // Right-to-left text (with an override) is isolated: it cannot pull the columns or
        // words around it into its direction.
        QCOMPARE(findRow(tree, QStringLiteral("b-rtl")).data().toString(), QChar(0x2068) + rtl + QChar(0x2069));

        // 10,000 characters are cut for display, with an ellipsis.
        const QString longShown = findRow(tree, QStringLiteral("b-long")).data().toString();
        QCOMPARE(longShown.size(), 200);
        QVERIFY(longShown.endsWith(QChar(0x2026)));

        // The CLI: a CSV record per batch (the line break and the tab kept, quoted; other
        // control characters escaped as \xHH), and a table line per batch, where the
        // direction override is escaped too (the CLI adds no isolation marks of its own:
        // they are bidirectional controls themselves).
        BatchDesk::BatchSortProxy sorted;
        sorted.setSourceModel(&tree);
        sorted.setSortBy(BatchDesk::BatchSortProxy::SortBy::Order);
        const QString csv = QString::fromUtf8(BatchDesk::Cli::BatchListing(store, sorted).toCsv());
        QVERIFY(!csv.contains(QChar(0x1b)));
        QVERIFY(!csv.contains(QChar(0x01)));
        QVERIFY(csv.contains(QStringLiteral(",\"Cart\n12\tA\\x01\\x1b[31mred\\x7f\",")));
        QVERIFY(csv.contains(longLabel)); // data export: kept whole
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 4); // header + 3 records
        const QString table = QString::fromUtf8(BatchDesk::Cli::BatchListing(store, sorted).toTable());
        QVERIFY(!hasControlCharacter(QString(table).remove(QLatin1Char('\n'))));
        QVERIFY(table.contains(QStringLiteral("\u05E2\u05D2\u05DC\u05D4 \\u202e12")));
        QVERIFY(!table.contains(QChar(0x202E)));
        QVERIFY(!table.contains(longLabel));
    }

    // --- 8. a paging cursor that repeats -------------------------------------------------------

    void repeatedCursor_data()
    {
        QTest::addColumn<QStringList>("cursors"); // the next cursor each page hands out, in order
        QTest::newRow("A then A") << QStringList{QStringLiteral("A"), QStringLiteral("A")};
        QTest::newRow("A, B, then A") << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")};
    }
    void repeatedCursor()
    {
        QFETCH(QStringList, cursors);
        // Page n (by request order) hands out cursors[n] forever: a server stuck in a cycle.
        m_server->setResponder([this, cursors](const RecordedRequest &) {
            const int n = m_server->requestCount() - 1;
            const QByteArray next = cursors.at(std::min<qsizetype>(n, cursors.size() - 1)).toUtf8();
            return ScriptedAction::json(200, pageJson({goodBatch("b-" + QByteArray::number(n))}, "100", next));
        });
        BatchStore store;
        const std::optional<ApiError> error = reloadStore(store);
        QVERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(error->responseFault(), ApiError::ResponseFault::RepeatedPage);
        QCOMPARE(error->message(),
                 QStringLiteral("Could not load the batches completely: the server sent the same page again, so loading was stopped."));
        QCOMPARE(m_server->requestCount(), cursors.size());
        // What did arrive stays on the board.
        QCOMPARE(store.size(), cursors.size());
        QCOMPARE(m_client->pendingCount(), 0); // and nothing more is asked: no request is left
        QCOMPARE(m_server->requestCount(), cursors.size());
    }

    void repeatedCursorInASmallListing()
    {
        // The same rule for users, queues, work orders and relations (collectAllPages).
        m_server->setFallback(ScriptedAction::json(
            200, "{\"total_count\":9,\"limit\":100,\"offset\":\"same\",\"_embedded\":{\"nter:relations\":[]}}"));
        const Outcome<QList<Relation>> all = TestSupport::await<QList<Relation>>([this](auto done) {
            collectAllPages<Relation>(
                Operation::ListRelations,
                [this](const PageRequest &page, QObject *context, NiagaraClient::Callback<Page<Relation>> cb) {
                    return m_client->listRelations(QStringLiteral("b-1"), {}, page, context, std::move(cb));
                },
                this, std::move(done));
        });
        QVERIFY(!all.ok());
        QCOMPARE(all.error.responseFault(), ApiError::ResponseFault::RepeatedPage);
        QVERIFY(all.error.message().contains(QStringLiteral("load the batch's relations completely")));
        QCOMPARE(m_server->requestCount(), 2);
    }

    // --- 9. total_count changing between pages ---------------------------------------------------

    void totalCountChangesBetweenPages()
    {
        // Three pages; total_count says 3, then 9, then 2 (batches deleted meanwhile).
        m_server->setResponder([](const RecordedRequest &request) {
            const QString cursor = cursorOf(request);
            if (cursor.isEmpty())
                return ScriptedAction::json(200, pageJson({goodBatch("b-1"), goodBatch("b-2")}, "3", "p2"));
            if (cursor == QLatin1String("p2"))
                return ScriptedAction::json(200, pageJson({goodBatch("b-3"), goodBatch("b-4")}, "9", "p3"));
            return ScriptedAction::json(200, pageJson({goodBatch("b-5")}, "2", {}));
        });
        BatchStore store;
        BatchTreeModel tree(&store);
        QSignalSpy progress(&store, &BatchStore::loadProgress);
        QVERIFY(!reloadStore(store));
        QCOMPARE(store.size(), 5);
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(progress.size(), 3);
        qint64 lastReceived = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const qint64 received = args.at(0).toLongLong();
            const qint64 total = args.at(1).toLongLong();
            QVERIFY2(received <= total, qPrintable(QStringLiteral("%1 of %2").arg(received).arg(total)));
            QVERIFY(received > lastReceived);
            lastReceived = received;
        }
        QCOMPARE(progress.at(0).at(1).toLongLong(), 3);
        QCOMPARE(progress.at(1).at(1).toLongLong(), 9);
        QCOMPARE(progress.at(2).at(0).toLongLong(), 5);
        QCOMPARE(progress.at(2).at(1).toLongLong(), 5); // not "5 of 2"
        QCOMPARE(m_server->requestCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
