#include "client/niagaraclient.h"

#include "client/decode.h"
#include "client/logging.h"

#include <QMutexLocker>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace Niagara {

namespace {

// Runs `fn` on `pool` (one of the decoding pools) and hands its result to `deliver` on the
// receiver's thread. QFuture::then(context) is not used: in Qt 6.4 its continuation still
// reaches for the context after it is gone (a client destroyed mid-decode, or the pool
// draining while the application shuts down). Here the worker posts under the guard's lock, and the receiver
// clears the guard under the same lock before it dies; events already posted die with it.
template <typename F, typename Deliver>
void runOnPool(QThreadPool *pool, const std::shared_ptr<DeliveryGuard> &guard, F fn, Deliver deliver)
{
    pool->start([guard, fn = std::move(fn), deliver = std::move(deliver)]() mutable {
        auto result = fn();
        const QMutexLocker lock(&guard->mutex);
        if (guard->receiver == nullptr)
            return;
        QMetaObject::invokeMethod(
            guard->receiver, [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); },
            Qt::QueuedConnection);
    });
}

// A request body Qt cannot rewind. Qt's HTTP layer silently resends a request whose
// connection closed before the answer (QHttpNetworkConnectionChannel::resendCurrentRequest);
// for POST, PATCH and DELETE that would be a blind retry. It resends only what it can rewind,
// so non-idempotent requests get this body and the reset surfaces as an error instead.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

template <typename T>
struct IsPage : std::false_type
{
};
template <typename T>
struct IsPage<Page<T>> : std::true_type
{
};

// Bodies decoded on a worker thread: pages (up to ~1 MB) and metric reports (up to 1000 rows,
// each with its dimensions: as large as a page).
template <typename T>
inline constexpr bool kDecodedOffThread = IsPage<T>::value || std::is_same_v<T, MetricReport>;

// RFC 3339 in UTC with milliseconds ("2026-11-25T00:00:00.000Z"), as the contract's examples.
QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

template <typename T>
Outcome<T> fromDecode(Operation op, Decode::Result<T> result)
{
    Outcome<T> out;
    if (result.value) {
        out.value = std::move(result.value);
        return out;
    }
    out.error = ApiError::invalidResponse(op, result.error.tooDeep     ? ApiError::ResponseFault::TooDeep
                                              : result.error.truncated ? ApiError::ResponseFault::Truncated
                                                                       : ApiError::ResponseFault::Unreadable);
    out.error.setTechnicalDetail(result.error.path + QLatin1String(": ") + result.error.message);
    qCWarning(lcNiagaraDecode) << "undecodable response for" << operationInfo(op).method
                               << result.error.path << result.error.message;
    return out;
}

// A success body that is no JSON at all, told apart before decoding so that the message can
// say what came instead: nothing, or a web page (a proxy's error or sign-in page answering 200,
// or a server address that points at a website).
std::optional<ApiError::ResponseFault> unusableBody(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray start = body.left(64).trimmed();
    if (start.isEmpty() && body.trimmed().isEmpty())
        return ApiError::ResponseFault::Empty;
    if (contentType.toLower().contains("html") || start.startsWith('<'))
        return ApiError::ResponseFault::NotJson;
    return std::nullopt;
}

QList<std::pair<QString, QString>> pageQuery(const PageRequest &page)
{
    QList<std::pair<QString, QString>> query;
    query.append({QStringLiteral("limit"), QString::number(std::clamp(page.limit, 1, 100))});
    if (!page.offset.isEmpty())
        query.append({QStringLiteral("offset"), page.offset});
    return query;
}

// The filters of a relation listing (batch or queue), then the page.
QList<std::pair<QString, QString>> relationQuery(const RelationFilter &filter, const PageRequest &page)
{
    QList<std::pair<QString, QString>> query;
    if (!filter.entityType.isEmpty())
        query.append({QStringLiteral("filter[entity_type]"), filter.entityType});
    if (!filter.relation.isEmpty())
        query.append({QStringLiteral("filter[relation]"), filter.relation});
    if (!filter.direction.isEmpty())
        query.append({QStringLiteral("filter[direction]"), filter.direction});
    query += pageQuery(page);
    return query;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue sortKeyJson(const SortKey &key)
{
    return key.isNumber() ? QJsonValue(key.number()) : QJsonValue(key.toString());
}

} // namespace

struct NiagaraClient::Call
{
    RequestId id = 0;
    Operation op = Operation::ListBatches;
    QUrl url;
    QByteArray body;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const QByteArray &body)> onSuccess; // must end in complete()
    std::function<void(const QByteArray &body)> peek;      // the raw body of a success, before decoding
    std::function<void(const ApiError &error)> onError;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> timer; // attempt timeout, then retry delay
    bool timedOut = false;
    bool tooLarge = false;    // stopped while downloading: more than kMaxResponseBytes
    bool expectsBody = true;  // false for operations answered 204 (nothing to decode)
    bool renewedOnce = false; // sent again after a 401 and a renewed token
};

NiagaraClient::NiagaraClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_delivery(std::make_shared<DeliveryGuard>())
{
    Q_ASSERT(m_network);
    m_delivery->receiver = this;
}

NiagaraClient::~NiagaraClient()
{
    {
        // No decode finishing from now on may post to us.
        const QMutexLocker lock(&m_delivery->mutex);
        m_delivery->receiver = nullptr;
    }
    // Replies belong to the shared network manager; abort ours without calling back.
    for (const auto &call : std::as_const(m_calls)) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
    }
}

void NiagaraClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void NiagaraClient::setBearerToken(const QString &token)
{
    m_token = token;
}

QUrl NiagaraClient::endpoint(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        // Built by hand: QUrlQuery leaves '+', '&' and '=' in values alone, and an opaque
        // cursor must come back to the server byte for byte.
        QStringList parts;
        for (const auto &[key, value] : query)
            parts << encodedSegment(key) + QLatin1Char('=') + encodedSegment(value);
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    return url;
}

void NiagaraClient::startAttempt(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend())
        return;
    Call &call = **it;
    ++call.attempt;
    call.timedOut = false;

    QNetworkRequest request(call.url);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    // A redirect is answered as an unexpected status: following it could carry the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty() && sameOrigin(call.url, m_baseUrl))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    const OperationInfo &info = operationInfo(call.op);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (call.op == Operation::CreateBatches)
        request.setRawHeader("Accept-Patch", "application/json");

    QNetworkReply *reply = nullptr;
    if (info.idempotent) {
        reply = m_network->sendCustomRequest(request, info.method, call.body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call.body, nullptr);
        reply = m_network->sendCustomRequest(request, info.method, body);
        body->setParent(reply);
    }
    call.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
    // Qt buffers a whole answer in memory: stop one that announces or grows past the limit
    // while it arrives, not after it has filled the memory.
    auto stopIfTooLarge = [this, id, reply](qint64 size) {
        if (size <= ApiError::kMaxResponseBytes)
            return;
        const auto found = m_calls.constFind(id);
        if (found == m_calls.cend() || (*found)->reply != reply || (*found)->tooLarge)
            return;
        (*found)->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, stopIfTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            stopIfTooLarge(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [stopIfTooLarge](qint64 received, qint64 total) { stopIfTooLarge(std::max(received, total)); });

    call.timer = std::make_unique<QTimer>();
    call.timer->setSingleShot(true);
    connect(call.timer.get(), &QTimer::timeout, this, [this, id] {
        const auto found = m_calls.constFind(id);
        if (found == m_calls.cend() || !(*found)->reply)
            return;
        (*found)->timedOut = true;
        (*found)->reply->abort();
    });
    call.timer->start(m_retry.attemptTimeout);
    qCDebug(lcNiagaraHttp) << info.method << call.url.path() << "attempt" << call.attempt;
}

void NiagaraClient::onFinished(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend() || (*it)->reply != reply)
        return; // cancelled, or a stale attempt
    std::shared_ptr<Call> call = *it;
    call->reply = nullptr;
    call->timer.reset();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    ApiError error;
    QByteArray body;
    if (call->tooLarge) {
        // Not transient: asking again would download the same flood.
        error = ApiError::invalidResponse(call->op, ApiError::ResponseFault::TooLarge);
        error.setTechnicalDetail(QStringLiteral("answer larger than %1 bytes").arg(ApiError::kMaxResponseBytes));
        qCWarning(lcNiagaraHttp) << "answer to" << operationInfo(call->op).method << call->url.path()
                                 << "stopped: larger than" << ApiError::kMaxResponseBytes << "bytes";
    } else if (call->timedOut) {
        error = ApiError(ApiError::Kind::Timeout, call->op);
    } else if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError(ApiError::Kind::Tls, call->op);
            break;
        case QNetworkReply::ContentReSendError:
            // The connection broke after a non-idempotent request was sent (see OneShotBody):
            // the server may or may not have acted on it.
            error = ApiError(ApiError::Kind::Network, call->op);
            break;
        case QNetworkReply::TimeoutError:
            error = ApiError(ApiError::Kind::Timeout, call->op);
            break;
        default:
            error = ApiError(ApiError::Kind::Network, call->op);
            break;
        }
        error.setTechnicalDetail(reply->errorString());
    } else {
        body = reply->readAll();
        if (status < 200 || status > 299) {
            error = ApiError::fromHttpStatus(call->op, status, Decode::problem(std::string_view(body.constData(), static_cast<std::size_t>(body.size()))));
            if (auto wait = parseRetryAfter(reply->rawHeader("Retry-After")))
                error.setRetryAfter(*wait);
            if (status == 429 || status == 503)
                Q_EMIT serverBusy(error.retryAfter().value_or(std::chrono::milliseconds{0}));
        } else if (call->expectsBody) {
            if (const auto fault = unusableBody(reply->rawHeader("Content-Type"), body)) {
                error = ApiError::invalidResponse(call->op, *fault);
                error.setHttpStatus(status);
                error.setTechnicalDetail(QStringLiteral("Content-Type: ") + QString::fromLatin1(reply->rawHeader("Content-Type"))
                                         + QStringLiteral(", %1 bytes").arg(body.size()));
                qCWarning(lcNiagaraDecode) << "no JSON in the answer to" << operationInfo(call->op).method
                                           << call->url.path() << error.technicalDetail();
            }
        }
    }
    qCDebug(lcNiagaraHttp) << operationInfo(call->op).method << call->url.path() << "->" << status
                           << kindName(error.kind());
    if (status != 0)
        Q_EMIT reachabilityObserved(true);

    if (!error.isError()) {
        if (call->peek)
            call->peek(body);
        // The peek may have cancelled this very call (a walk stopped): then nothing more.
        if (!m_calls.contains(id))
            return;
        call->onSuccess(body);
        return;
    }
    error.setAttempts(call->attempt);
    if (error.kind() == ApiError::Kind::Unauthorized) {
        // A 401 means the server refused before doing anything, so once the token is renewed
        // the request goes again — also a POST: this is not a blind retry.
        if (m_renewer && !call->renewedOnce) {
            call->renewedOnce = true;
            m_awaitingRenewal.append({id, error});
            renewToken();
            return;
        }
        Q_EMIT authenticationRequired();
    }

    if (!retryIfAllowed(id, error))
        failCall(id, error);
}

bool NiagaraClient::retryIfAllowed(RequestId id, const ApiError &error)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend() || !operationInfo((*it)->op).idempotent || !error.isTransient())
        return false;
    const double jitter = QRandomGenerator::global()->generateDouble();
    const auto delay = m_retry.delayBefore((*it)->attempt + 1, error.retryAfter(), jitter);
    if (!delay)
        return false;
    qCInfo(lcNiagaraHttp) << "retrying" << (*it)->url.path() << "after" << kindName(error.kind()) << "in"
                          << delay->count() << "ms";
    scheduleRetry(id, *delay);
    return true;
}

void NiagaraClient::renewToken()
{
    if (m_renewing)
        return; // one renewal for every request that met the expired token
    m_renewing = true;
    qCInfo(lcNiagaraHttp) << "token refused; renewing it for" << m_awaitingRenewal.size() << "request(s)";
    m_renewer([guard = QPointer<NiagaraClient>(this)](bool renewed) {
        if (!guard)
            return;
        guard->m_renewing = false;
        const auto waiting = std::exchange(guard->m_awaitingRenewal, {});
        if (!renewed)
            Q_EMIT guard->authenticationRequired();
        for (const auto &[id, error] : waiting) {
            if (!guard->m_calls.contains(id))
                continue; // cancelled meanwhile
            if (renewed)
                guard->startAttempt(id);
            else
                guard->failCall(id, error);
        }
    });
}

void NiagaraClient::scheduleRetry(RequestId id, std::chrono::milliseconds delay)
{
    Call &call = *m_calls.value(id);
    call.timer = std::make_unique<QTimer>();
    call.timer->setSingleShot(true);
    connect(call.timer.get(), &QTimer::timeout, this, [this, id] { startAttempt(id); });
    call.timer->start(delay);
}

void NiagaraClient::failCall(RequestId id, const ApiError &error)
{
    const std::shared_ptr<Call> call = m_calls.take(id);
    if (!call)
        return;
    call->timer.reset();
    // Only the final failure counts: a retry that succeeds later was a blip, not an outage.
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout)
        Q_EMIT reachabilityObserved(false);
    if (!call->hasContext || call->context)
        call->onError(error);
}

void NiagaraClient::cancel(RequestId id)
{
    const std::shared_ptr<Call> call = m_calls.value(id);
    if (!call)
        return;
    if (call->reply) {
        QNetworkReply *reply = call->reply;
        call->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    failCall(id, ApiError(ApiError::Kind::Cancelled, call->op));
}

void NiagaraClient::cancelAll()
{
    const QList<RequestId> ids = m_calls.keys();
    for (RequestId id : ids)
        cancel(id);
}

template <typename T, typename Decoder>
RequestId NiagaraClient::sendDecoded(Operation op, const QUrl &url, const QByteArray &body, QObject *context,
                                     Callback<T> done, Decoder decode)
{
    auto call = std::make_shared<Call>();
    const RequestId id = m_nextId++;
    call->id = id;
    call->op = op;
    call->url = url;
    call->body = body;
    call->context = context;
    call->hasContext = context != nullptr;
    call->expectsBody = !std::is_same_v<T, Done>;
    m_calls.insert(id, call);

    // Delivers the outcome if the call is still wanted (not cancelled, context alive).
    auto complete = [this, id, done](Outcome<T> outcome) {
        // A body that turned out unusable only once decoded (cut off in transit) is retried
        // like a transport failure, for idempotent requests only.
        if (!outcome.ok() && retryIfAllowed(id, outcome.error))
            return;
        const std::shared_ptr<Call> finished = m_calls.take(id);
        if (!finished)
            return;
        finished->timer.reset();
        if (!finished->hasContext || finished->context)
            done(std::move(outcome));
    };
    call->onError = [done](const ApiError &error) {
        Outcome<T> out;
        out.error = error;
        done(std::move(out));
    };
    call->onSuccess = [this, op, url, complete, decode](const QByteArray &raw) {
        // Only the page branch needs these; clang checks captures in each instantiation.
        static_cast<void>(this);
        static_cast<void>(url);
        if constexpr (std::is_same_v<T, Done>) {
            Q_UNUSED(op);
            Q_UNUSED(decode);
            Q_UNUSED(raw);
            complete(Outcome<Done>{Done{}, {}});
        } else if constexpr (kDecodedOffThread<T>) {
            // Large bodies: decode on a worker thread, deliver back on ours. The first page of
            // a listing (no cursor yet) is the one the user waits for; a metric report is
            // background detail and takes the idle-priority pool.
            const bool firstPage = IsPage<T>::value && !QUrlQuery(url).hasQueryItem(QStringLiteral("offset"));
            runOnPool(
                firstPage ? Decode::firstPageDecodePool() : Decode::decodePool(), m_delivery,
                [op, decode, raw] {
                    return fromDecode(op, decode(std::string_view(raw.constData(), static_cast<std::size_t>(raw.size()))));
                },
                complete);
        } else {
            complete(fromDecode(op, decode(std::string_view(raw.constData(), static_cast<std::size_t>(raw.size())))));
        }
    };
    startAttempt(id);
    return id;
}

namespace {
struct NoDecode
{
    Decode::Result<Done> operator()(std::string_view) const { return {Done{}, {}}; }
};
} // namespace

RequestId NiagaraClient::listBatches(const PageRequest &page, QObject *context, Callback<Page<Batch>> done,
                                     std::function<void(const QByteArray &body)> peek)
{
    const RequestId id = sendDecoded<Page<Batch>>(Operation::ListBatches, endpoint(QStringLiteral("/batches"), pageQuery(page)), {},
                                                  context, std::move(done), &Decode::batchPage);
    if (peek) {
        if (const std::shared_ptr<Call> call = m_calls.value(id)) {
            QPointer<QObject> guard(context);
            const bool hasContext = context != nullptr;
            call->peek = [guard, hasContext, peek = std::move(peek)](const QByteArray &body) {
                if (!hasContext || guard)
                    peek(body);
            };
        }
    }
    return id;
}

RequestId NiagaraClient::getBatch(const QString &batchId, QObject *context, Callback<Batch> done)
{
    return sendDecoded<Batch>(Operation::GetBatch, endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)), {}, context, std::move(done), &Decode::batch);
}

RequestId NiagaraClient::createBatch(const NewBatch &batch, QObject *context, Callback<Batch> done)
{
    QJsonObject body{
        {QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), batch.workOrderId}}},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), batch.queueId}}},
        {QStringLiteral("number_cycles"), batch.numberCycles},
    };
    if (!batch.label.isEmpty())
        body.insert(QStringLiteral("label"), batch.label);
    if (batch.order)
        body.insert(QStringLiteral("order"), sortKeyJson(*batch.order));
    if (batch.currentStatus) {
        QJsonObject status{{QStringLiteral("status"), batch.currentStatus->label},
                           {QStringLiteral("category"), QString::fromLatin1(categoryWireName(batch.currentStatus->category))}};
        if (!batch.currentStatus->description.isEmpty())
            status.insert(QStringLiteral("description"), batch.currentStatus->description);
        if (batch.currentStatus->order)
            status.insert(QStringLiteral("order"), *batch.currentStatus->order);
        body.insert(QStringLiteral("current_status"), status);
    }
    return sendDecoded<Batch>(Operation::CreateBatch, endpoint(QStringLiteral("/batches")), toJson(body),
                              context, std::move(done), &Decode::batch);
}

RequestId NiagaraClient::createBatches(const BatchSeries &series, QObject *context, Callback<Done> done)
{
    QJsonArray users;
    for (const QString &userId : series.userIds)
        users.append(QJsonObject{{QStringLiteral("user_id"), userId}});
    QJsonObject body{
        {QStringLiteral("total"), series.total},
        {QStringLiteral("work_order"), QJsonObject{{QStringLiteral("work_order_id"), series.workOrderId}}},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), series.queueId}}},
        {QStringLiteral("number_cycles"), series.numberCycles},
    };
    if (!users.isEmpty())
        body.insert(QStringLiteral("users"), users);
    return sendDecoded<Done>(Operation::CreateBatches, endpoint(QStringLiteral("/batches")), toJson(body), context, std::move(done), NoDecode{});
}

RequestId NiagaraClient::deleteBatch(const QString &batchId, QObject *context, Callback<Done> done)
{
    return sendDecoded<Done>(Operation::DeleteBatch, endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)),
                             {}, context, std::move(done), NoDecode{});
}

RequestId NiagaraClient::listRelations(const QString &batchId, const RelationFilter &filter, const PageRequest &page,
                                       QObject *context, Callback<Page<Relation>> done)
{
    return sendDecoded<Page<Relation>>(Operation::ListRelations,
                                       endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)
                                                    + QStringLiteral("/relations"),
                                                relationQuery(filter, page)),
                                       {}, context, std::move(done), &Decode::relationPage);
}

RequestId NiagaraClient::listQueueRelations(const QString &queueId, const RelationFilter &filter,
                                            const PageRequest &page, QObject *context,
                                            Callback<Page<Relation>> done)
{
    return sendDecoded<Page<Relation>>(Operation::ListQueueRelations,
                                       endpoint(QStringLiteral("/queues/") + encodedSegment(queueId)
                                                    + QStringLiteral("/relations"),
                                                relationQuery(filter, page)),
                                       {}, context, std::move(done), &Decode::relationPage);
}

RequestId NiagaraClient::listBatchCycles(const QString &batchId, std::optional<StatusCategory> status,
                                         const PageRequest &page, QObject *context, Callback<Page<Cycle>> done)
{
    QList<std::pair<QString, QString>> query;
    if (status) {
        const std::string_view name = categoryWireName(*status);
        query.append({QStringLiteral("filter[status]"), QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()))});
    }
    query += pageQuery(page);
    return sendDecoded<Page<Cycle>>(Operation::ListBatchCycles,
                                    endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)
                                                 + QStringLiteral("/cycles"),
                                             query),
                                    {}, context, std::move(done), &Decode::cyclePage);
}

RequestId NiagaraClient::createRelation(const QString &batchId, const NewRelation &relation, QObject *context,
                                        Callback<Relation> done)
{
    const QJsonObject body{
        {QStringLiteral("relation"), relation.relation},
        {QStringLiteral("entity"), QJsonObject{{QStringLiteral("entity_id"), relation.entityId},
                                               {QStringLiteral("entity_type"), relation.entityType}}},
    };
    return sendDecoded<Relation>(Operation::CreateRelation,
                                 endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)
                                          + QStringLiteral("/relations")),
                                 toJson(body), context, std::move(done), &Decode::relation);
}

RequestId NiagaraClient::deleteRelation(const QString &batchId, const QString &relationId, QObject *context,
                                        Callback<Done> done)
{
    return sendDecoded<Done>(Operation::DeleteRelation,
                             endpoint(QStringLiteral("/batches/") + encodedSegment(batchId)
                                      + QStringLiteral("/relations/") + encodedSegment(relationId)),
                             {}, context, std::move(done), NoDecode{});
}

RequestId NiagaraClient::createMetricReport(const MetricQuery &query, QObject *context, Callback<MetricReport> done)
{
    QJsonArray metrics;
    for (const QString &metric : query.metrics) {
        QJsonObject entry{{QStringLiteral("metric"), metric}};
        if (query.top)
            entry.insert(QStringLiteral("top"), *query.top);
        metrics.append(entry);
    }
    const QJsonObject body{
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("date_start"), rfc3339(query.dateStart)},
        {QStringLiteral("date_end"), rfc3339(query.dateEnd)},
    };
    return sendDecoded<MetricReport>(Operation::CreateMetricReport, endpoint(QStringLiteral("/metrics")),
                                     toJson(body), context, std::move(done), &Decode::metricReport);
}

RequestId NiagaraClient::listQueues(const PageRequest &page, QObject *context, Callback<Page<Queue>> done)
{
    return sendDecoded<Page<Queue>>(Operation::ListQueues, endpoint(QStringLiteral("/queues"), pageQuery(page)), {}, context, std::move(done), &Decode::queuePage);
}

RequestId NiagaraClient::listWorkOrders(const PageRequest &page, QObject *context, Callback<Page<WorkOrder>> done)
{
    return sendDecoded<Page<WorkOrder>>(Operation::ListWorkOrders,
                                        endpoint(QStringLiteral("/work-orders"), pageQuery(page)), {}, context,
                                        std::move(done), &Decode::workOrderPage);
}

RequestId NiagaraClient::listUsers(const PageRequest &page, QObject *context, Callback<Page<User>> done)
{
    return sendDecoded<Page<User>>(Operation::ListUsers, endpoint(QStringLiteral("/users"), pageQuery(page)), {},
                                   context, std::move(done), &Decode::userPage);
}

RequestId NiagaraClient::getMe(QObject *context, Callback<Me> done)
{
    return sendDecoded<Me>(Operation::GetMe, endpoint(QStringLiteral("/me")), {}, context, std::move(done),
                           &Decode::me);
}

RequestId NiagaraClient::listRoles(const PageRequest &page, QObject *context, Callback<Page<Role>> done)
{
    return sendDecoded<Page<Role>>(Operation::ListRoles, endpoint(QStringLiteral("/roles"), pageQuery(page)), {},
                                   context, std::move(done), &Decode::rolePage);
}

RequestId NiagaraClient::listRoleUsers(const QString &roleId, const PageRequest &page, QObject *context,
                                       Callback<Page<User>> done)
{
    return sendDecoded<Page<User>>(Operation::ListRoleUsers,
                                   endpoint(QStringLiteral("/roles/") + encodedSegment(roleId)
                                                + QStringLiteral("/users"),
                                            pageQuery(page)),
                                   {}, context, std::move(done), &Decode::userPage);
}

} // namespace Niagara
