#pragma once

#include "client/transport_guard.h"

#include "client/apierror.h"
#include "client/requests.h"
#include "client/domain.h"
#include "client/retrypolicy.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <variant>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace Niagara {


// Who receives decoded pages; cleared (under the mutex) when the client goes.
struct DeliveryGuard
{
    QMutex mutex;
    QObject *receiver = nullptr;
};

// Speaks the Niagara batches contract over one shared QNetworkAccessManager.
//
// Every call is asynchronous: the callback runs exactly once on the client's thread, unless
// `context` is destroyed first (then never). Idempotent GETs are retried on 429, 5xx, resets
// and timeouts per the RetryPolicy; POST, PATCH and DELETE are never retried. Page bodies are
// decoded on a worker thread. The bearer token is only ever sent to the configured base URL.
class NiagaraClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Outcome<T>)>;

    explicit NiagaraClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NiagaraClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The token is kept in memory only, never logged.
    void setBearerToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Renews the bearer token (calling setBearerToken) and reports whether it worked. When set,
    // a request answered 401 waits for one renewal (shared by all such requests) and is sent
    // once more; only when renewal fails does it fail with Unauthorized.
    using TokenRenewer = std::function<void(std::function<void(bool renewed)>)>;
    void setTokenRenewer(TokenRenewer renewer) { m_renewer = std::move(renewer); }
    RetryPolicy retryPolicy() const { return m_retry; }

    // `peek`, when given, sees a successful answer's raw body before it is decoded (on this
    // thread): the page walker reads the next cursor from it to ask for the next page while
    // this one is decoded.
    RequestId listBatches(const PageRequest &page, QObject *context, Callback<Page<Batch>> done,
                          std::function<void(const QByteArray &body)> peek = {});
    RequestId getBatch(const QString &batchId, QObject *context, Callback<Batch> done);
    RequestId createBatch(const NewBatch &batch, QObject *context, Callback<Batch> done);
    RequestId createBatches(const BatchSeries &series, QObject *context, Callback<Done> done);
    RequestId deleteBatch(const QString &batchId, QObject *context, Callback<Done> done);

    RequestId listRelations(const QString &batchId, const RelationFilter &filter, const PageRequest &page,
                            QObject *context, Callback<Page<Relation>> done);
    RequestId createRelation(const QString &batchId, const NewRelation &relation, QObject *context,
                             Callback<Relation> done);
    RequestId deleteRelation(const QString &batchId, const QString &relationId, QObject *context,
                             Callback<Done> done);

    // GET /queues/{queue_id}/relations (e.g. the queue's technicians); pages like listRelations.
    RequestId listQueueRelations(const QString &queueId, const RelationFilter &filter, const PageRequest &page,
                                 QObject *context, Callback<Page<Relation>> done);
    // POST /metrics (later revision, `report:read`): one report, at most 1000 rows, no paging.
    // Answered 200 or 201. Never retried, like every POST.
    RequestId createMetricReport(const MetricQuery &query, QObject *context, Callback<MetricReport> done);

    // GET /batches/{batch_id}/cycles (later revision): the batch's units, paged; `status`, when
    // set, is sent as filter[status] (the category's wire name, e.g. BLOCKED). A server that
    // does not offer the endpoint answers 404 (ApiError::Kind::NotFound).
    RequestId listBatchCycles(const QString &batchId, std::optional<StatusCategory> status, const PageRequest &page,
                              QObject *context, Callback<Page<Cycle>> done);

    RequestId listQueues(const PageRequest &page, QObject *context, Callback<Page<Queue>> done);
    RequestId listWorkOrders(const PageRequest &page, QObject *context, Callback<Page<WorkOrder>> done);
    RequestId listUsers(const PageRequest &page, QObject *context, Callback<Page<User>> done);
    RequestId getMe(QObject *context, Callback<Me> done);
    // GET /roles and GET /roles/{role_id}/users (later revision; a seed-era server answers 404).
    RequestId listRoles(const PageRequest &page, QObject *context, Callback<Page<Role>> done);
    RequestId listRoleUsers(const QString &roleId, const PageRequest &page, QObject *context,
                            Callback<Page<User>> done);

    // Cancels a request: its callback receives ApiError::Kind::Cancelled. Unknown ids are ignored.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

    // The URL a request for `path` (relative to the base URL) and query would go to.
    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;

Q_SIGNALS:
    // Emitted for every 401, so the session layer can ask the user to sign in again.
    void authenticationRequired();
    // A 429 or 503 to any request: the server asks its clients to slow down. `retryAfter` is
    // its Retry-After (0 when it gave none). The request queue holds background work on it.
    void serverBusy(std::chrono::milliseconds retryAfter);
    // Whether the server answered: true for any HTTP answer, false when a request finally
    // failed without one (refused, unreachable, timed out). Feeds the connectivity monitor.
    void reachabilityObserved(bool reachable);

private:
    struct Call;

    void startAttempt(RequestId id);
    void onFinished(RequestId id, QNetworkReply *reply);
    void failCall(RequestId id, const ApiError &error);
    void scheduleRetry(RequestId id, std::chrono::milliseconds delay);
    // Schedules another attempt when the request is idempotent, the error transient and the
    // policy allows (after a failed answer, or a body that decoding found unusable); false
    // otherwise. POST and PATCH are never sent again this way.
    bool retryIfAllowed(RequestId id, const ApiError &error);
    void renewToken();

    // Registers a call whose successful body is turned into T by `decode` (off the GUI thread
    // for page bodies) and starts its first attempt.
    template <typename T, typename Decoder>
    RequestId sendDecoded(Operation op, const QUrl &url, const QByteArray &body, QObject *context,
                          Callback<T> done, Decoder decode);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    RetryPolicy m_retry;
    RequestId m_nextId = 1;
    QHash<RequestId, std::shared_ptr<Call>> m_calls;
    std::shared_ptr<DeliveryGuard> m_delivery;
    TokenRenewer m_renewer;
    bool m_renewing = false;
    QList<std::pair<RequestId, ApiError>> m_awaitingRenewal;
};

} // namespace Niagara
