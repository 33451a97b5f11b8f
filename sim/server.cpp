#include "server.h"

#include "logging.h"
#include "store.h"
#include "worksimulator.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <climits>
#include <cmath>

namespace sim {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 100;
constexpr long long kMaxPatchTotal = 500;

const char *methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// Writes, as --fail-writes counts them: on any path, whatever the outcome.
bool isWrite(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    return m == M::Post || m == M::Patch || m == M::Put || m == M::Delete;
}

// The authorization server's endpoints (/oauth/...): not API writes, never faulted.
bool isOAuthPath(const QString &path)
{
    return path.startsWith(QLatin1String("/oauth/"));
}

bool isFaultsAdminPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() == 2 && parts[0] == QLatin1String("_sim") && parts[1] == QLatin1String("faults");
}

bool isWorkAdminPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() == 2 && parts[0] == QLatin1String("_sim") && parts[1] == QLatin1String("work");
}

bool isStatsAdminPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() == 2 && parts[0] == QLatin1String("_sim") && parts[1] == QLatin1String("stats");
}

bool isRequestsAdminPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() == 2 && parts[0] == QLatin1String("_sim") && parts[1] == QLatin1String("requests");
}

// JSON integers, and floats with an integral value (ajv's "integer" accepts 5.0).
std::optional<long long> integerValue(const Json &v)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<unsigned long long>();
        return u > static_cast<unsigned long long>(LLONG_MAX) ? std::optional<long long>(LLONG_MAX)
                                                              : std::optional<long long>(static_cast<long long>(u));
    }
    if (v.is_number_integer())
        return v.get<long long>();
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e18)
            return static_cast<long long>(d);
    }
    return std::nullopt;
}

// Keys are compared decoded: a client may send "filter%5Brelation%5D" for "filter[relation]"
// (RFC 3986 makes them equivalent), and QUrlQuery::queryItemValue compares the stored form.
std::string queryValue(const QUrlQuery &q, const char *key)
{
    const QString wanted = QString::fromLatin1(key);
    const auto items = q.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == wanted)
            return value.toStdString();
    }
    return {};
}

std::string encodeQuery(const std::vector<std::pair<std::string, std::string>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items) {
        if (!v.empty())
            q.addQueryItem(QString::fromStdString(k), QString::fromStdString(v));
    }
    return q.toString(QUrl::FullyEncoded).toStdString();
}

QHttpServerResponse ok(const Json &body, Status status = Status::Ok)
{
    return problem::json(status, body);
}

std::string relationLabel(const std::string &relation)
{
    if (relation == "technician")
        return "Technician";
    if (relation == "created")
        return "Created By";
    std::string label = relation;
    for (char &ch : label) {
        if (ch == '-' || ch == '_')
            ch = ' ';
    }
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

// filter[entity_type], filter[relation], filter[direction] of a relation listing; entity type
// and direction case-insensitive, an unknown direction a validation message.
RelationFilter relationFilter(const QHttpServerRequest &request, Validation &v)
{
    const QUrlQuery query = request.query();
    RelationFilter filter;
    filter.entityType = QString::fromStdString(queryValue(query, "filter[entity_type]")).toUpper().toStdString();
    filter.relation = queryValue(query, "filter[relation]");
    filter.direction = QString::fromStdString(queryValue(query, "filter[direction]")).toUpper().toStdString();
    if (!filter.direction.empty() && filter.direction != "INWARD" && filter.direction != "OUTWARD")
        v.enumeration(".filter[direction]", Json::array({"INWARD", "OUTWARD"}));
    return filter;
}

// The query of a relation page's links: `items` plus the filters applied.
std::string withFilters(const RelationFilter &filter, std::vector<std::pair<std::string, std::string>> items)
{
    items.insert(items.end(), {{"filter[entity_type]", filter.entityType},
                               {"filter[relation]", filter.relation},
                               {"filter[direction]", filter.direction}});
    return encodeQuery(items);
}

std::string newRelationId(const std::string &relation)
{
    const QByteArray raw = QByteArray::fromStdString("USER#rel:" + relation + "#")
                           + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

} // namespace

Server::Server(Store &store, ApiRevision revision, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_revision(revision)
    , m_auth(store.catalog())
    , m_oauth(store, m_auth)
    , m_cursors(QByteArray::fromStdString(store.meta("cursor_secret")))
{
}

void Server::armFaults(FaultPlan plan)
{
    m_faults = std::move(plan);
    m_writesSeen = 0;
}

void Server::armFaultProfile(FaultProfile profile)
{
    m_dice = FaultDice(std::move(profile));
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    const char *method = methodName(request.method());

    // The test-admin endpoint is neither a write of the API nor subject to its faults.
    if (m_testAdmin
        && (isFaultsAdminPath(path) || isWorkAdminPath(path) || isStatsAdminPath(path) || isRequestsAdminPath(path))) {
        QHttpServerResponse response = problem::internalError();
        try {
            response = isWorkAdminPath(path)       ? workAdmin(request)
                     : isStatsAdminPath(path)    ? statsAdmin(request)
                     : isRequestsAdminPath(path) ? requestsAdmin(request)
                                                 : faultsAdmin(request);
        } catch (const std::exception &e) {
            qCWarning(lcSim) << "request failed:" << e.what();
        }
        qCInfo(lcSim).noquote() << method << path << static_cast<int>(response.statusCode()) << timer.elapsed()
                                << "ms";
        response.write(makeResponder(request, socket));
        return true;
    }

    // The authorization server is not the API: neither kind of fault touches it, so that a
    // client can always renew its token.
    const bool api = !isOAuthPath(path);
    // From here until the answer is written (later, with latency) or given up.
    std::shared_ptr<void> inFlight = api ? countInFlight() : nullptr;
    std::optional<FaultKind> fault;
    std::int64_t ordinal = 0;
    if (isWrite(request.method()) && api) {
        ordinal = ++m_writesSeen;
        fault = m_faults.at(ordinal);
    }
    Injection injection = Injection::None;
    if (api && !fault)
        injection = m_dice.roll(method);
    if (injection == Injection::Expire && !m_oauth.expireNow(bearerToken(request))) {
        // A dev token (or none): nothing that could expire. The request goes through unharmed.
        m_dice.undo(injection);
        injection = Injection::None;
    }

    QHttpServerResponse response = problem::internalError();
    if (fault == FaultKind::Unavailable || fault == FaultKind::ServerError) {
        // Answered before dispatch: nothing is carried out, not even authentication.
        const std::string detail = "Injected fault (--fail-writes): write request #" + std::to_string(ordinal)
                                   + " was not carried out";
        response = fault == FaultKind::Unavailable ? problem::serviceUnavailable(detail)
                                                   : problem::internalError(detail);
    } else if (injection == Injection::Status500 || injection == Injection::Status502
               || injection == Injection::Status503 || injection == Injection::Status429
               || injection == Injection::Locked) {
        response = refusal(injection);
    } else {
        try {
            response = dispatch(request);
        } catch (const std::exception &e) {
            qCWarning(lcSim) << "request failed:" << e.what();
        }
    }
    // Only method, path and status: never the query (that of /oauth/authorize carries the
    // state and the PKCE challenge), the headers or the body (tokens, codes, verifiers).
    qCInfo(lcSim).noquote() << method << path << static_cast<int>(response.statusCode()) << timer.elapsed() << "ms";
    // Counted with the status decided here, also when latency sends it later; a lost or hung
    // answer sends none.
    const bool noStatusLine = fault == FaultKind::Lost || fault == FaultKind::Hang || injection == Injection::Lost;
    m_requestCounts.record(method, path, noStatusLine ? RequestCounts::kNoStatus : static_cast<int>(response.statusCode()));
    if (fault) {
        const char *what = *fault == FaultKind::Lost ? "handled, then the connection aborted without a response"
                         : *fault == FaultKind::Hang ? "handled, response withheld, connection left open"
                                                     : "answered without carrying it out";
        qCInfo(lcSim).noquote() << QStringLiteral("injected fault %1 on write #%2: %3 %4 (%5)")
                                       .arg(QLatin1String(faultKindName(*fault)))
                                       .arg(ordinal)
                                       .arg(QLatin1String(method), path, QLatin1String(what));
    }
    if (injection != Injection::None) {
        qCInfo(lcSim).noquote() << QStringLiteral("injected fault %1 (--faults): %2 %3")
                                       .arg(QLatin1String(injectionName(injection)), QLatin1String(method), path);
    }
    if (fault == FaultKind::Lost) {
        // Not a byte of the response goes out. The base class deletes the socket once this
        // returns (it is unconnected by then).
        socket->abort();
        return true;
    }
    if (fault == FaultKind::Hang) {
        // No responder at all: the socket stays open until the client gives up; it is then
        // deleted by the base class on `disconnected`, as any closed connection is. The request
        // is in flight until then.
        connect(socket, &QObject::destroyed, this, [inFlight] {});
        return true;
    }
    const int delay = api ? m_dice.delayMs() : 0;
    if (delay > 0 || injection == Injection::Reset || injection == Injection::Truncate
        || injection == Injection::Lost) {
        sendRaw(socket, response, injection, delay, std::move(inFlight));
        return true;
    }
    response.write(makeResponder(request, socket));
    return true;
}

QHttpServerResponse Server::refusal(Injection injection) const
{
    const std::string detail =
        std::string("Injected fault (--faults ") + injectionName(injection) + "): the request was not carried out";
    const int retryAfter = m_dice.profile().retryAfterSeconds();
    switch (injection) {
    case Injection::Status502: {
        // What a reverse proxy in front of the API answers when the API is down: HTML.
        QHttpServerResponse page(QByteArrayLiteral("text/html; charset=utf-8"),
                                 QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                                   "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
                                 QHttpServerResponder::StatusCode::BadGateway);
        return page;
    }
    case Injection::Status503: {
        QHttpServerResponse r = problem::serviceUnavailable(detail);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return r;
    }
    case Injection::Status429: {
        QHttpServerResponse r = problem::tooManyRequests(detail);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return r;
    }
    case Injection::Locked: return problem::locked();
    default: return problem::internalError(detail);
    }
}

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

std::shared_ptr<void> Server::countInFlight()
{
    ++m_inFlight->requests;
    m_inFlight->peak = std::max(m_inFlight->peak, ++m_inFlight->now);
    // A handle with no object: its deleter runs when the last copy goes, wherever that is.
    return std::shared_ptr<void>(nullptr, [counts = m_inFlight](void *) { --counts->now; });
}

void Server::sendRaw(QTcpSocket *socket, const QHttpServerResponse &response, Injection injection, int delayMs,
                     std::shared_ptr<void> inFlight)
{
    const int status = static_cast<int>(response.statusCode());
    QByteArray body = response.data();
    if (injection == Injection::Truncate && body.size() > 1)
        body.truncate(body.size() / 2); // framed as complete: only the JSON is broken
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!response.mimeType().isEmpty())
        head += "Content-Type: " + response.mimeType() + "\r\n";
    // Every header the simulator's API answers ever carry (QHttpServerResponse cannot list them).
    for (const QByteArray &name : {QByteArrayLiteral("Allow"), QByteArrayLiteral("Retry-After"),
                                   QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("Location"),
                                   QByteArrayLiteral("WWW-Authenticate")}) {
        for (const QByteArray &value : response.headers(name))
            head += name + ": " + value + "\r\n";
    }
    if (status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";

    const QPointer<QTcpSocket> guard(socket);
    // If the socket goes first, the timer and this functor go with it, and so does `inFlight`.
    auto send = [guard, injection, head = std::move(head), body = std::move(body),
                 inFlight = std::move(inFlight)]() mutable {
        const auto answered = qScopeGuard([&inFlight] { inFlight.reset(); });
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up waiting
        if (injection == Injection::Lost) {
            guard->abort();
            return;
        }
        if (injection == Injection::Reset) {
            // Status line, headers and half the body, then the connection drops.
            guard->write(head + body.left(body.size() / 2));
            guard->flush();
            guard->abort();
            return;
        }
        guard->write(head + body);
    };
    if (delayMs <= 0)
        send();
    else
        QTimer::singleShot(delayMs, socket, std::move(send));
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only here because the base class requires it.
    problem::routeNotFound(request.url().path().toStdString()).write(makeResponder(request, socket));
}

QHttpServerResponse Server::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto method = request.method();
    using M = QHttpServerRequest::Method;

    // Route table: the allowed methods per path shape. Unknown shape -> 404, known shape
    // with another method -> 405, both before authentication.
    enum class Route {
        None, Batches, Batch, Relations, Relation, Cycles, Queues, QueueRelations, WorkOrders, Users, Me, Roles, Role,
        RoleUsers, Metrics
    };
    Route route = Route::None;
    std::string allow;
    const auto n = parts.size();

    // The authorization server (oas_auth.md): no bearer token needed, except for DELETE.
    if (n == 2 && parts[0] == QLatin1String("oauth")) {
        const std::string methodText = methodName(method);
        if (parts[1] == QLatin1String("authorize")) {
            if (method != M::Get && method != M::Post)
                return problem::methodNotAllowed(methodText, "GET, POST");
            return m_oauth.authorize(request);
        }
        if (parts[1] == QLatin1String("token")) {
            if (method == M::Post)
                return m_oauth.token(request);
            if (method == M::Delete)
                return m_oauth.revoke(request);
            return problem::methodNotAllowed(methodText, "POST, DELETE");
        }
        return problem::routeNotFound(path.toStdString());
    }

    if (n >= 1 && parts[0] == QLatin1String("batches")) {
        if (n == 1) {
            route = Route::Batches;
            allow = "GET, POST, PATCH";
        } else if (n == 2) {
            route = Route::Batch;
            allow = "GET, DELETE";
        } else if (n == 3 && parts[2] == QLatin1String("relations")) {
            route = Route::Relations;
            allow = "GET, POST";
        } else if (n == 4 && parts[2] == QLatin1String("relations")) {
            route = Route::Relation;
            allow = "DELETE";
        } else if (n == 3 && parts[2] == QLatin1String("cycles")) {
            route = Route::Cycles;
            allow = "GET";
        }
    } else if (n == 1 && parts[0] == QLatin1String("queues")) {
        route = Route::Queues;
        allow = "GET";
    } else if (n == 3 && parts[0] == QLatin1String("queues") && parts[2] == QLatin1String("relations")) {
        route = Route::QueueRelations;
        allow = "GET";
    } else if (n == 1 && parts[0] == QLatin1String("metrics")) {
        route = Route::Metrics;
        allow = "POST";
    } else if (n == 1 && parts[0] == QLatin1String("work-orders")) {
        route = Route::WorkOrders;
        allow = "GET";
    } else if (n == 1 && parts[0] == QLatin1String("users")) {
        route = Route::Users;
        allow = "GET";
    } else if (n == 1 && parts[0] == QLatin1String("me")) {
        route = Route::Me;
        allow = "GET";
    } else if (n >= 1 && n <= 3 && parts[0] == QLatin1String("roles")) {
        if (n == 1)
            route = Route::Roles;
        else if (n == 2)
            route = Route::Role;
        else if (parts[2] == QLatin1String("users"))
            route = Route::RoleUsers;
        allow = "GET";
    }
    if (route == Route::None)
        return problem::routeNotFound(path.toStdString());
    const std::string methodText = methodName(method);
    if (allow.find(methodText) == std::string::npos || method == M::Unknown)
        return problem::methodNotAllowed(methodText, allow);

    // Dev tokens (never expire), then OAuth access tokens (expire, can be revoked).
    const User *user = m_auth.authenticate(request);
    if (!user) {
        const OAuthService::Access access = m_oauth.authenticate(bearerToken(request));
        if (!access.user)
            return access.failure.empty() ? problem::unauthorized() : problem::unauthorized(access.failure);
        user = access.user;
    }

    // Links are absolute and point back at whatever address the client used.
    QByteArray host = header(request, QByteArrayLiteral("host"));
    if (host.isEmpty())
        host = QByteArrayLiteral("127.0.0.1:") + QByteArray::number(request.url().port());
    const Context ctx{request, *user, "http://" + host.toStdString()};

    const std::string id = n >= 2 ? parts[1].toStdString() : std::string();
    switch (route) {
    case Route::Batches:
        if (method == M::Get)
            return listBatches(ctx);
        if (method == M::Post)
            return createBatch(ctx);
        return createBatches(ctx);
    case Route::Batch:
        return method == M::Get ? getBatch(ctx, id) : deleteBatch(ctx, id);
    case Route::Relations:
        return method == M::Get ? listRelations(ctx, id) : createRelation(ctx, id);
    case Route::Relation:
        return deleteRelation(ctx, id, parts[3].toStdString());
    case Route::Cycles:
        return listCycles(ctx, id);
    case Route::Queues:
        return listQueues(ctx);
    case Route::QueueRelations:
        return listQueueRelations(ctx, id);
    case Route::Metrics:
        return metrics(ctx);
    case Route::WorkOrders:
        return listWorkOrders(ctx);
    case Route::Users:
        return listUsers(ctx);
    case Route::Me:
        return me(ctx);
    case Route::Roles:
        return listRoles(ctx);
    case Route::Role:
        return getRole(ctx, id);
    case Route::RoleUsers:
        return listRoleUsers(ctx, id);
    case Route::None:
        break;
    }
    return problem::routeNotFound(path.toStdString());
}

// ------------------------------------------------------------------------ test admin

QHttpServerResponse Server::faultsAdmin(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    if (request.method() == M::Get) {
        Json injected = Json::object();
        for (std::size_t i = 1; i < kInjectionCount; ++i) {
            const auto injection = static_cast<Injection>(i);
            injected[injectionName(injection)] = m_dice.injected(injection);
        }
        return ok(Json{{"fail_writes", m_faults.spec()},
                       {"writes_seen", m_writesSeen},
                       {"faults", m_dice.profile().spec()},
                       {"requests_seen", m_dice.requestsSeen()},
                       {"injected", injected}});
    }
    if (request.method() != M::Put)
        return problem::methodNotAllowed(methodName(request.method()), "GET, PUT");

    Validation v("sim-faults.json");
    const Json body = Json::parse(request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        v.type("", "object");
        return problem::badRequest(v, body.is_discarded() ? "Invalid Data: the body is not valid JSON" : "Invalid Data");
    }
    std::optional<FaultPlan> plan;
    std::optional<FaultProfile> profile;
    const auto writes = body.find("fail_writes");
    const auto faults = body.find("faults");
    if (writes == body.end() && faults == body.end()) {
        v.required(".fail_writes");
    }
    if (writes != body.end()) {
        if (!writes->is_string()) {
            v.type(".fail_writes", "string");
        } else {
            std::string error;
            plan = FaultPlan::parse(writes->get<std::string>(), &error);
            if (!plan)
                v.add("format", ".fail_writes", Json{{"format", "fail-writes"}},
                      "should be N:KIND[,N:KIND...] with KIND 503, 500, lost or hang: " + error);
        }
    }
    if (faults != body.end()) {
        if (!faults->is_string()) {
            v.type(".faults", "string");
        } else {
            std::string error;
            profile = FaultProfile::parse(faults->get<std::string>(), &error);
            if (!profile)
                v.add("format", ".faults", Json{{"format", "faults"}}, "should be KEY=VALUE[,KEY=VALUE...]: " + error);
        }
    }
    if (!v.ok())
        return problem::badRequest(v);
    if (plan) {
        armFaults(std::move(*plan));
        qCInfo(lcSim).noquote() << "write faults re-armed:"
                                << (m_faults.empty() ? QStringLiteral("(none)") : QString::fromStdString(m_faults.spec()))
                                << "- write count reset to 0";
    }
    if (profile) {
        armFaultProfile(std::move(*profile));
        qCInfo(lcSim).noquote() << "fault profile re-armed:"
                                << (m_dice.profile().empty() ? QStringLiteral("(none)")
                                                             : QString::fromStdString(m_dice.profile().spec()))
                                << "- counts reset to 0";
    }
    return problem::empty(Status::NoContent);
}

QHttpServerResponse Server::statsAdmin(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    if (request.method() == M::Delete) {
        // The peak starts again from what is in flight now.
        m_inFlight->peak = m_inFlight->now;
        m_inFlight->requests = 0;
        return problem::empty(Status::NoContent);
    }
    if (request.method() != M::Get)
        return problem::methodNotAllowed(methodName(request.method()), "GET, DELETE");
    return ok(Json{{"in_flight", m_inFlight->now}, {"peak_in_flight", m_inFlight->peak},
                   {"requests", m_inFlight->requests}});
}

QHttpServerResponse Server::requestsAdmin(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    if (request.method() == M::Delete) {
        m_requestCounts.reset();
        return problem::empty(Status::NoContent);
    }
    if (request.method() != M::Get)
        return problem::methodNotAllowed(methodName(request.method()), "GET, DELETE");
    return ok(m_requestCounts.toJson());
}

QHttpServerResponse Server::workAdmin(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    auto state = [this] {
        return Json{{"simulate_work", m_work != nullptr},
                    {"running", m_work && m_work->isRunning()},
                    {"interval_ms", m_work ? m_work->intervalMs() : 0}};
    };
    if (request.method() == M::Get)
        return ok(state());
    if (request.method() != M::Put)
        return problem::methodNotAllowed(methodName(request.method()), "GET, PUT");
    Validation v("sim-work.json");
    const Json body = Json::parse(request.body().toStdString(), nullptr, false);
    const auto running = body.is_object() ? body.find("running") : body.end();
    if (body.is_discarded() || !body.is_object())
        v.type("", "object");
    else if (running == body.end())
        v.required(".running");
    else if (!running->is_boolean())
        v.type(".running", "boolean");
    else if (!m_work && running->get<bool>())
        v.add("const", ".running", Json{{"const", false}}, "the sim was started without --simulate-work");
    if (!v.ok())
        return problem::badRequest(v);
    if (m_work) {
        if (running->get<bool>())
            m_work->start();
        else
            m_work->stop();
        qCInfo(lcSim) << "simulated work" << (m_work->isRunning() ? "resumed" : "paused");
    }
    return ok(state());
}

Server::UserPage Server::userPage(std::vector<const User *> users, const Page &page, const std::string &scope) const
{
    std::sort(users.begin(), users.end(), [](const User *a, const User *b) { return a->seq < b->seq; });
    UserPage out;
    for (const User *user : users) {
        if (user->seq <= page.after)
            continue;
        if (static_cast<int>(out.rows.size()) == page.limit) {
            out.next = m_cursors.encode(scope, out.rows.back()->seq);
            break;
        }
        out.rows.push_back(user);
    }
    return out;
}

std::optional<Server::Page> Server::parsePage(const QHttpServerRequest &request, const std::string &scope,
                                              Validation &v) const
{
    const QUrlQuery query = request.query();
    Page page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]{1,18}$"));
        const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).trimmed();
        if (!integer.match(text).hasMatch()) {
            v.type(".limit", "integer");
        } else {
            const long long limit = text.toLongLong();
            if (limit < 1)
                v.minimum(".limit", 1);
            else if (limit > kMaxLimit)
                v.maximum(".limit", kMaxLimit);
            else
                page.limit = static_cast<int>(limit);
        }
    } else {
        page.limit = kDefaultLimit;
    }
    page.offset = queryValue(query, "offset");
    if (!page.offset.empty()) {
        const auto after = m_cursors.decode(scope, page.offset);
        if (!after)
            v.add("format", ".offset", Json{{"format", "cursor"}},
                  "should be an offset returned by a previous page of this listing");
        else
            page.after = *after;
    }
    if (!v.ok())
        return std::nullopt;
    return page;
}

Renderer Server::renderer(const Context &ctx, const Aggregates &aggregates) const
{
    return Renderer(m_store.catalog(), aggregates, m_revision, ctx.baseUrl);
}

// ---------------------------------------------------------------------------------- batches

QHttpServerResponse Server::listBatches(const Context &ctx)
{
    if (!Authenticator::has(ctx.user, perm::BatchAll) && !Authenticator::has(ctx.user, perm::BatchRead))
        return problem::forbidden(perm::BatchAll);
    Validation v("batch.json");
    const auto page = parsePage(ctx.request, "batches", v);
    if (!page)
        return problem::badRequest(v);

    // Technicians see the batches of their queues only; total_count agrees with that.
    const auto queues = m_auth.readableQueues(ctx.user);
    std::vector<Batch> rows = m_store.batches(page->after, page->limit + 1, queues);
    const std::int64_t total = m_store.batchCount(queues);
    std::optional<std::string> next;
    if (static_cast<int>(rows.size()) > page->limit) {
        rows.resize(static_cast<std::size_t>(page->limit));
        next = m_cursors.encode("batches", rows.back().seq);
    }

    const Aggregates aggregates = m_store.aggregates();
    Renderer r = renderer(ctx, aggregates);
    r.enableSplicing();
    if (m_revision == ApiRevision::Later) {
        std::vector<std::string> ids;
        for (const Batch &b : rows)
            ids.push_back(b.id);
        r.setTechnicians(m_store.technicians(ids));
    }
    Json items = Json::array();
    for (const Batch &b : rows)
        items.push_back(r.batch(b));
    const std::string limit = std::to_string(page->limit);
    const Json body = r.page("/batches", "nter:batches", std::move(items), total, page->limit, next,
                             encodeQuery({{"limit", limit}, {"offset", page->offset}}),
                             encodeQuery({{"limit", limit}, {"offset", next.value_or("")}}));
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray::fromStdString(r.splice(body.dump())),
                               Status::Ok);
}

Server::BatchTarget Server::validateTarget(const Json &body, Validation &v) const
{
    BatchTarget t;
    const Catalog &catalog = m_store.catalog();
    auto reference = [&](const char *object, const char *key, const char *what, auto exists) {
        const std::string path = std::string(".") + object;
        const auto it = body.find(object);
        if (it == body.end()) {
            v.required(path);
            return std::string();
        }
        if (!it->is_object()) {
            v.type(path, "object");
            return std::string();
        }
        const auto id = it->find(key);
        if (id == it->end()) {
            v.required(path + "." + key);
            return std::string();
        }
        if (!id->is_string()) {
            v.type(path + "." + key, "string");
            return std::string();
        }
        const std::string value = id->template get<std::string>();
        if (!exists(value)) {
            v.notFound(path + "." + key, what, value);
            return std::string();
        }
        return value;
    };
    t.queueId = reference("queue", "queue_id", "queue",
                          [&](const std::string &id) { return catalog.queues.count(id) > 0; });
    t.workOrderId = reference("work_order", "work_order_id", "work order",
                              [&](const std::string &id) { return catalog.workOrders.count(id) > 0; });
    const auto cycles = body.find("number_cycles");
    if (cycles == body.end()) {
        v.required(".number_cycles");
    } else if (const auto n = integerValue(*cycles); !n) {
        v.type(".number_cycles", "integer");
    } else if (*n < 1) {
        v.minimum(".number_cycles", 1);
    } else if (*n > 100000) {
        v.maximum(".number_cycles", 100000);
    } else {
        t.numberCycles = static_cast<int>(*n);
    }
    return t;
}

std::optional<Relation> Server::insertRelation(const std::string &batchId, const std::string &relation,
                                               const std::string &userId, const std::string &direction,
                                               const std::string &now)
{
    Relation r;
    r.id = newRelationId(relation);
    r.batchId = batchId;
    r.relation = relation;
    r.label = relationLabel(relation);
    r.direction = direction;
    r.entityType = "USER";
    r.entityId = userId;
    r.created = now;
    r.updated = now;
    if (!m_store.insertRelation(r))
        return std::nullopt;
    return r;
}

std::optional<Batch> Server::insertNewBatch(const BatchTarget &t, const User &creator, std::int64_t order,
                                            const std::string &label, std::optional<Category> category,
                                            const std::string &statusLabel, const std::string &now)
{
    Batch b;
    b.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    b.label = label;
    b.queueId = t.queueId;
    b.workOrderId = t.workOrderId;
    b.order = order;
    b.numberCycles = t.numberCycles;
    b.cycles[Category::Pending] = t.numberCycles; // a new batch has not started
    b.statusCategory = category ? category : std::optional<Category>(Category::Pending);
    b.statusLabel = statusLabel;
    b.created = now;
    b.updated = now;
    if (!m_store.insertBatch(b))
        return std::nullopt;
    if (!insertRelation(b.id, "created", creator.id, "INWARD", now))
        return std::nullopt;
    return b;
}

QHttpServerResponse Server::createBatch(const Context &ctx)
{
    if (!Authenticator::has(ctx.user, perm::BatchCreate))
        return problem::forbidden(perm::BatchCreate);
    Validation v("batch.json");
    const Json body = Json::parse(ctx.request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        v.type("", "object");
        return problem::badRequest(v, body.is_discarded() ? "Invalid Data: the body is not valid JSON" : "Invalid Data");
    }
    const BatchTarget target = validateTarget(body, v);

    std::optional<std::int64_t> order;
    if (const auto it = body.find("order"); it != body.end() && !it->is_null()) {
        std::optional<long long> value;
        if (it->is_number()) {
            value = integerValue(*it);
            if (!value && it->get<double>() >= 0)
                value = static_cast<long long>(std::floor(it->get<double>()));
        } else if (it->is_string() && m_revision == ApiRevision::Later) {
            // The later revision types order as a string; accept decimal digits.
            bool okNumber = false;
            const long long parsed = QString::fromStdString(it->get<std::string>()).toLongLong(&okNumber);
            if (okNumber)
                value = parsed;
        }
        if (!value)
            v.type(".order", m_revision == ApiRevision::Later ? "string" : "number");
        else if (*value < 0)
            v.minimum(".order", 0);
        else
            order = *value;
    }

    std::optional<Category> category;
    std::string statusLabel;
    if (const auto it = body.find("current_status"); it != body.end() && !it->is_null()) {
        if (!it->is_object()) {
            v.type(".current_status", "object");
        } else {
            const auto cat = it->find("category");
            Json allowed = Json::array();
            for (Category c : kAllCategories)
                allowed.push_back(categoryName(c));
            if (cat == it->end())
                v.required(".current_status.category");
            else if (!cat->is_string() || !categoryFromName(cat->get<std::string>()))
                v.enumeration(".current_status.category", allowed);
            else
                category = categoryFromName(cat->get<std::string>());
            if (const auto st = it->find("status"); st != it->end()) {
                static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][0-9a-zA-Z-_ ]+$"));
                if (!st->is_string())
                    v.type(".current_status.status", "string");
                else if (!pattern.match(QString::fromStdString(st->get<std::string>())).hasMatch())
                    v.add("pattern", ".current_status.status", Json{{"pattern", "^[A-Za-z][0-9a-zA-Z-_ ]+$"}},
                          "should match pattern \"^[A-Za-z][0-9a-zA-Z-_ ]+$\"");
                else
                    statusLabel = st->get<std::string>();
            }
        }
    }
    std::string label;
    if (const auto it = body.find("label"); it != body.end()) {
        if (!it->is_string() || it->get<std::string>().empty())
            v.type(".label", "string");
        else
            label = it->get<std::string>();
    }
    if (!v.ok())
        return problem::badRequest(v);

    const WorkOrder &wo = m_store.catalog().workOrders.at(target.workOrderId);
    if (label.empty())
        label = wo.label + " " + std::to_string(m_store.batchCountForWorkOrder(wo.id) + 1);
    const std::string now = isoNow();
    m_store.transaction();
    const auto batch = insertNewBatch(target, ctx.user, order.value_or(m_store.maxOrderInQueue(target.queueId) + 1),
                                      label, category, statusLabel, now);
    if (!batch) {
        m_store.rollback();
        return problem::internalError();
    }
    m_store.touchQueue(target.queueId, now);
    m_store.touchWorkOrder(target.workOrderId, now);
    m_store.commit();
    qCInfo(lcSim).noquote() << "created batch" << QString::fromStdString(batch->id);

    const Aggregates aggregates = m_store.aggregates();
    Renderer r = renderer(ctx, aggregates);
    r.setTechnicians(m_store.technicians({batch->id}));
    return ok(r.batch(*batch));
}

QHttpServerResponse Server::createBatches(const Context &ctx)
{
    if (!Authenticator::has(ctx.user, perm::BatchUpdate))
        return problem::forbidden(perm::BatchUpdate);
    Validation v("batch.json");
    const Json body = Json::parse(ctx.request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        v.type("", "object");
        return problem::badRequest(v, body.is_discarded() ? "Invalid Data: the body is not valid JSON" : "Invalid Data");
    }
    const BatchTarget target = validateTarget(body, v);
    long long total = 1;
    if (const auto it = body.find("total"); it != body.end()) {
        const auto n = integerValue(*it);
        if (!n)
            v.type(".total", "integer");
        else if (*n < 1)
            v.minimum(".total", 1);
        else if (*n > kMaxPatchTotal)
            v.maximum(".total", kMaxPatchTotal);
        else
            total = *n;
    }
    std::vector<std::string> users;
    if (const auto it = body.find("users"); it != body.end()) {
        if (!it->is_array()) {
            v.type(".users", "array");
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const std::string path = ".users[" + std::to_string(i) + "]";
                const Json &entry = (*it)[i];
                if (!entry.is_object()) {
                    v.type(path, "object");
                    continue;
                }
                const auto id = entry.find("user_id");
                if (id == entry.end())
                    v.required(path + ".user_id");
                else if (!id->is_string())
                    v.type(path + ".user_id", "string");
                else if (!m_store.catalog().users.count(id->get<std::string>()))
                    v.notFound(path + ".user_id", "user", id->get<std::string>());
                else if (std::find(users.begin(), users.end(), id->get<std::string>()) == users.end())
                    users.push_back(id->get<std::string>());
            }
        }
    }
    if (!v.ok())
        return problem::badRequest(v);

    const WorkOrder &wo = m_store.catalog().workOrders.at(target.workOrderId);
    const std::string now = isoNow();
    m_store.transaction();
    const int existing = m_store.batchCountForWorkOrder(wo.id);
    const std::int64_t firstOrder = m_store.maxOrderInQueue(target.queueId) + 1;
    for (long long i = 0; i < total; ++i) {
        const auto batch = insertNewBatch(target, ctx.user, firstOrder + i,
                                          wo.label + " " + std::to_string(existing + i + 1), std::nullopt, {}, now);
        bool good = batch.has_value();
        for (const std::string &userId : users) {
            if (good)
                good = insertRelation(batch->id, "technician", userId, "OUTWARD", now).has_value();
        }
        if (!good) {
            m_store.rollback();
            return problem::internalError();
        }
    }
    m_store.touchQueue(target.queueId, now);
    m_store.touchWorkOrder(target.workOrderId, now);
    m_store.commit();
    qCInfo(lcSim) << "created" << total << "batches with" << users.size() << "technicians each";
    return problem::empty(Status::NoContent);
}

QHttpServerResponse Server::getBatch(const Context &ctx, const std::string &id)
{
    const auto batch = m_store.batch(id);
    if (!batch)
        return problem::notFound(id);
    if (!m_auth.canReadQueue(ctx.user, batch->queueId))
        return problem::forbidden(perm::BatchRead);
    const Aggregates aggregates = m_store.aggregates();
    Renderer r = renderer(ctx, aggregates);
    r.setTechnicians(m_store.technicians({batch->id}));
    return ok(r.batch(*batch));
}

QHttpServerResponse Server::deleteBatch(const Context &ctx, const std::string &id)
{
    if (!Authenticator::has(ctx.user, perm::BatchDelete))
        return problem::forbidden(perm::BatchDelete);
    const auto batch = m_store.batch(id);
    if (!batch)
        return problem::notFound(id);
    // Cycles in flight keep processing (batches.md); deleting under them is refused.
    if (batch->cycles[Category::InProgress] + batch->cycles[Category::Verifying] > 0)
        return problem::locked();
    const std::string now = isoNow();
    m_store.transaction();
    if (!m_store.deleteBatch(id)) {
        m_store.rollback();
        return problem::notFound(id);
    }
    m_store.touchQueue(batch->queueId, now);
    m_store.touchWorkOrder(batch->workOrderId, now);
    m_store.commit();
    return problem::empty(Status::ResetContent);
}

// -------------------------------------------------------------------------------- relations

QHttpServerResponse Server::listRelations(const Context &ctx, const std::string &batchId)
{
    const auto batch = m_store.batch(batchId);
    if (!batch)
        return problem::notFound(batchId);
    if (!m_auth.canReadQueue(ctx.user, batch->queueId))
        return problem::forbidden(perm::BatchRead);

    Validation v("relation.json");
    const RelationFilter filter = relationFilter(ctx.request, v);
    const std::string scope = "relations:" + batchId;
    const auto page = parsePage(ctx.request, scope, v);
    if (!page || !v.ok())
        return problem::badRequest(v);

    std::vector<Relation> rows = m_store.relations(batchId, filter, page->after, page->limit + 1);
    const std::int64_t total = m_store.relationCount(batchId, filter);
    std::optional<std::string> next;
    if (static_cast<int>(rows.size()) > page->limit) {
        rows.resize(static_cast<std::size_t>(page->limit));
        next = m_cursors.encode(scope, rows.back().seq);
    }
    const Aggregates none;
    Renderer r = renderer(ctx, none);
    Json items = Json::array();
    for (const Relation &rel : rows)
        items.push_back(r.relation(rel));
    const std::string limit = std::to_string(page->limit);
    return ok(r.page("/batches/" + batchId + "/relations", "nter:relations", std::move(items), total, page->limit,
                     next, withFilters(filter, {{"limit", limit}, {"offset", page->offset}}),
                     withFilters(filter, {{"limit", limit}, {"offset", next.value_or("")}})));
}

// ----------------------------------------------------------------------------------- cycles

QHttpServerResponse Server::listCycles(const Context &ctx, const std::string &batchId)
{
    const auto batch = m_store.batch(batchId);
    if (!batch)
        return problem::notFound(batchId);
    if (!m_auth.canReadQueue(ctx.user, batch->queueId))
        return problem::forbidden(perm::BatchRead);

    Validation v("cycle.json");
    const std::string status = queryValue(ctx.request.query(), "filter[status]");
    std::optional<Category> category;
    if (!status.empty()) {
        category = categoryFromName(status);
        if (!category) {
            Json allowed = Json::array();
            for (Category c : kAllCategories)
                allowed.push_back(categoryName(c));
            v.enumeration(".filter[status]", allowed);
        }
    }
    const std::string scope = "cycles:" + batchId + ":" + status;
    const auto page = parsePage(ctx.request, scope, v);
    if (!page || !v.ok())
        return problem::badRequest(v);

    // Made from the batch's counts the first time they are asked for, in one transaction.
    if (m_store.transaction()) {
        if (m_store.ensureUnits(*batch))
            m_store.commit();
        else
            m_store.rollback();
    }
    std::vector<Unit> rows = m_store.units(batchId, category, page->after, page->limit + 1);
    const std::int64_t total = m_store.unitCount(batchId, category);
    std::optional<std::string> next;
    if (static_cast<int>(rows.size()) > page->limit) {
        rows.resize(static_cast<std::size_t>(page->limit));
        next = m_cursors.encode(scope, rows.back().seq);
    }
    const Aggregates aggregates = m_store.aggregates();
    Renderer r = renderer(ctx, aggregates);
    r.enableSplicing();
    if (m_revision == ApiRevision::Later)
        r.setTechnicians(m_store.technicians({batchId}));
    Json items = Json::array();
    for (const Unit &u : rows)
        items.push_back(r.cycle(u, *batch));
    const std::string limit = std::to_string(page->limit);
    std::vector<std::pair<std::string, std::string>> self{{"filter[status]", status}, {"limit", limit}, {"offset", page->offset}};
    std::vector<std::pair<std::string, std::string>> following{{"filter[status]", status}, {"limit", limit},
                                                              {"offset", next.value_or("")}};
    const Json body = r.page("/batches/" + batchId + "/cycles", "nter:work-order-cycles", std::move(items), total,
                             page->limit, next, encodeQuery(self), encodeQuery(following));
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray::fromStdString(r.splice(body.dump())),
                               Status::Ok);
}

QHttpServerResponse Server::listQueueRelations(const Context &ctx, const std::string &queueId)
{
    if (!Authenticator::has(ctx.user, perm::QueueRead))
        return problem::forbidden(perm::QueueRead);
    const Catalog &catalog = m_store.catalog();
    const auto queue = catalog.queues.find(queueId);
    if (queue == catalog.queues.end())
        return problem::notFound(queueId);

    Validation v("relation.json");
    const RelationFilter filter = relationFilter(ctx.request, v);
    const std::string scope = "queue-relations:" + queueId;
    const auto page = parsePage(ctx.request, scope, v);
    if (!page || !v.ok())
        return problem::badRequest(v);

    // Every relation is USER / technician / OUTWARD: a filter either keeps them all or none.
    const bool matches = (filter.entityType.empty() || filter.entityType == "USER")
                         && (filter.relation.empty() || filter.relation == "technician")
                         && (filter.direction.empty() || filter.direction == "OUTWARD");
    // Keyset: the user's seq (immutable, and queue access never changes after seeding).
    std::vector<const User *> holders;
    if (matches) {
        for (const auto &[userId, queues] : catalog.queueAccess) {
            const auto user = catalog.users.find(userId);
            if (queues.count(queueId) && user != catalog.users.end())
                holders.push_back(&user->second);
        }
    }
    const auto total = static_cast<std::int64_t>(holders.size());
    auto [rows, next] = userPage(std::move(holders), *page, scope);
    const Aggregates none;
    Renderer r = renderer(ctx, none);
    Json items = Json::array();
    for (const User *user : rows) {
        Relation rel;
        rel.seq = user->seq;
        // Stable: the same queue and user always give the same id.
        rel.id = QByteArray::fromStdString("USER#rel:technician#queue:" + queueId + "#" + user->id)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                     .toStdString();
        rel.batchId = queueId;
        rel.relation = "technician";
        rel.label = relationLabel(rel.relation);
        rel.direction = "OUTWARD";
        rel.entityType = "USER";
        rel.entityId = user->id;
        // Access has no date of its own: it exists since both the queue and the user do.
        rel.created = std::max(queue->second.created, user->created);
        rel.updated = rel.created;
        items.push_back(r.queueRelation(rel));
    }
    const std::string limit = std::to_string(page->limit);
    return ok(r.page("/queues/" + queueId + "/relations", "nter:relations", std::move(items),
                     total, page->limit, next,
                     withFilters(filter, {{"limit", limit}, {"offset", page->offset}}),
                     withFilters(filter, {{"limit", limit}, {"offset", next.value_or("")}})));
}

QHttpServerResponse Server::createRelation(const Context &ctx, const std::string &batchId)
{
    if (!Authenticator::has(ctx.user, perm::BatchAttach))
        return problem::forbidden(perm::BatchAttach);
    const auto batch = m_store.batch(batchId);
    if (!batch)
        return problem::notFound(batchId);

    Validation v("relation.json");
    const Json body = Json::parse(ctx.request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        v.type("", "object");
        return problem::badRequest(v, body.is_discarded() ? "Invalid Data: the body is not valid JSON" : "Invalid Data");
    }
    std::string relation;
    if (const auto it = body.find("relation"); it == body.end()) {
        v.required(".relation");
    } else if (!it->is_string()) {
        v.type(".relation", "string");
    } else {
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z_-]*$"));
        relation = it->get<std::string>();
        if (!pattern.match(QString::fromStdString(relation)).hasMatch()) {
            v.add("pattern", ".relation", Json{{"pattern", "^[a-z][a-z_-]*$"}}, "should match pattern \"^[a-z][a-z_-]*$\"");
            relation.clear();
        }
    }
    std::string userId;
    if (const auto it = body.find("entity"); it == body.end()) {
        v.required(".entity");
    } else if (!it->is_object()) {
        v.type(".entity", "object");
    } else {
        const auto type = it->find("entity_type");
        if (type == it->end())
            v.required(".entity.entity_type");
        else if (!type->is_string() || type->get<std::string>() != "USER")
            v.enumeration(".entity.entity_type", Json::array({"USER"})); // batches relate to users only
        const auto id = it->find("entity_id");
        if (id == it->end())
            v.required(".entity.entity_id");
        else if (!id->is_string())
            v.type(".entity.entity_id", "string");
        else if (!m_store.catalog().users.count(id->get<std::string>()))
            v.notFound(".entity.entity_id", "user", id->get<std::string>());
        else
            userId = id->get<std::string>();
    }
    if (v.ok() && m_store.hasRelation(batchId, relation, "USER", userId)) {
        v.add("unique", ".entity.entity_id", Json{{"relation", relation}, {"entity_id", userId}},
              "already related: the batch has this " + relation + " relation to \"" + userId + "\"");
    }
    if (!v.ok())
        return problem::badRequest(v);

    const std::string now = isoNow();
    m_store.transaction();
    const auto rel = insertRelation(batchId, relation, userId, "OUTWARD", now);
    if (!rel) {
        m_store.rollback();
        return problem::internalError();
    }
    m_store.touchBatch(batchId, now);
    m_store.touchQueue(batch->queueId, now);
    m_store.touchWorkOrder(batch->workOrderId, now);
    m_store.commit();
    const Aggregates none;
    return ok(renderer(ctx, none).relation(*rel), Status::Created);
}

QHttpServerResponse Server::deleteRelation(const Context &ctx, const std::string &batchId,
                                           const std::string &relationId)
{
    if (!Authenticator::has(ctx.user, perm::BatchDetach))
        return problem::forbidden(perm::BatchDetach);
    const auto batch = m_store.batch(batchId);
    if (!batch)
        return problem::notFound(batchId);
    const auto rel = m_store.relation(batchId, relationId);
    if (!rel)
        return problem::notFound(relationId);
    const std::string now = isoNow();
    m_store.transaction();
    m_store.deleteRelation(batchId, relationId);
    m_store.touchBatch(batchId, now);
    m_store.touchQueue(batch->queueId, now);
    m_store.touchWorkOrder(batch->workOrderId, now);
    m_store.commit();
    const Aggregates none;
    return ok(renderer(ctx, none).relation(*rel));
}

// ------------------------------------------------------------------------ queues, orders, users

namespace {
// Keyset paging over an in-memory, seq-ordered list.
template<typename T>
std::vector<const T *> pageOf(const std::map<std::string, T> &all, std::int64_t after, int limitPlusOne)
{
    std::vector<const T *> sorted;
    for (const auto &[key, value] : all) {
        if (value.seq > after)
            sorted.push_back(&value);
    }
    std::sort(sorted.begin(), sorted.end(), [](const T *a, const T *b) { return a->seq < b->seq; });
    if (static_cast<int>(sorted.size()) > limitPlusOne)
        sorted.resize(static_cast<std::size_t>(limitPlusOne));
    return sorted;
}
} // namespace

template<typename T, typename Render>
QHttpServerResponse Server::listCatalog(const Context &ctx, const CatalogListing &listing,
                                        const std::map<std::string, T> &all, Render render)
{
    if (!Authenticator::has(ctx.user, listing.permission))
        return problem::forbidden(listing.permission);
    Validation v(listing.scope + ".json");
    const auto page = parsePage(ctx.request, listing.scope, v);
    if (!page)
        return problem::badRequest(v);
    auto rows = pageOf(all, page->after, page->limit + 1);
    std::optional<std::string> next;
    if (static_cast<int>(rows.size()) > page->limit) {
        rows.resize(static_cast<std::size_t>(page->limit));
        next = m_cursors.encode(listing.scope, rows.back()->seq);
    }
    const Aggregates aggregates = m_store.aggregates();
    Renderer r = renderer(ctx, aggregates);
    Json items = Json::array();
    for (const T *row : rows)
        items.push_back(render(r, *row));
    const std::string limit = std::to_string(page->limit);
    return ok(r.page(listing.path, listing.key, std::move(items), static_cast<std::int64_t>(all.size()), page->limit, next,
                     encodeQuery({{"limit", limit}, {"offset", page->offset}}),
                     encodeQuery({{"limit", limit}, {"offset", next.value_or("")}})));
}

QHttpServerResponse Server::listQueues(const Context &ctx)
{
    return listCatalog(ctx, {perm::QueueAll, "queues", "/queues", "nter:queues"}, m_store.catalog().queues,
                       [](const Renderer &r, const auto &queue) { return r.queue(queue, true); });
}

QHttpServerResponse Server::listWorkOrders(const Context &ctx)
{
    return listCatalog(ctx, {perm::WorkOrderAll, "work-orders", "/work-orders", "nter:work-orders"},
                       m_store.catalog().workOrders,
                       [](const Renderer &r, const auto &workOrder) { return r.workOrder(workOrder, true); });
}

QHttpServerResponse Server::listUsers(const Context &ctx)
{
    return listCatalog(ctx, {perm::UserAll, "users", "/users", "nter:users"}, m_store.catalog().users,
                       [](const Renderer &r, const auto &user) { return r.user(user); });
}

QHttpServerResponse Server::me(const Context &ctx)
{
    if (!Authenticator::has(ctx.user, perm::MeProfile))
        return problem::forbidden(perm::MeProfile);
    const Aggregates none;
    return ok(renderer(ctx, none).me(ctx.user));
}

// ------------------------------------------------------------------------------------ roles
//
// Any signed-in user may read the roles and who holds them (no permission needed): that is how
// a client learns what its user may do. The reference says these need no authentication; the
// sim asks for a bearer token like everywhere else.

namespace {
std::int64_t holdersOf(const Catalog &catalog, const RoleDefinition &role)
{
    std::int64_t n = 0;
    for (const auto &[id, user] : catalog.users) {
        if (&roleOf(user) == &role)
            ++n;
    }
    return n;
}

// The roles have no row of their own: they exist since the tenant does (its first user).
std::string tenantCreated(const Catalog &catalog)
{
    std::string first;
    for (const auto &[id, user] : catalog.users) {
        if (first.empty() || user.created < first)
            first = user.created;
    }
    return first.empty() ? isoNow() : first;
}
} // namespace

QHttpServerResponse Server::listRoles(const Context &ctx)
{
    Validation v("roles.json");
    const auto page = parsePage(ctx.request, "roles", v);
    if (!page)
        return problem::badRequest(v);
    // Keyset: a role's 1-based position in the fixed list.
    const auto &all = roleDefinitions();
    const Aggregates none;
    Renderer r = renderer(ctx, none);
    const Catalog &catalog = m_store.catalog();
    const std::string created = tenantCreated(catalog);
    Json items = Json::array();
    std::optional<std::string> next;
    for (std::size_t i = static_cast<std::size_t>(std::max<std::int64_t>(page->after, 0)); i < all.size(); ++i) {
        if (static_cast<int>(items.size()) == page->limit) {
            next = m_cursors.encode("roles", static_cast<std::int64_t>(i));
            break;
        }
        items.push_back(r.role(all[i], holdersOf(catalog, all[i]), created));
    }
    const std::string limit = std::to_string(page->limit);
    return ok(r.page("/roles", "nter:roles", std::move(items), static_cast<std::int64_t>(all.size()), page->limit, next,
                     encodeQuery({{"limit", limit}, {"offset", page->offset}}),
                     encodeQuery({{"limit", limit}, {"offset", next.value_or("")}})));
}

QHttpServerResponse Server::getRole(const Context &ctx, const std::string &roleId)
{
    const RoleDefinition *role = findRole(roleId);
    if (!role)
        return problem::notFound(roleId);
    const Aggregates none;
    const Catalog &catalog = m_store.catalog();
    return ok(renderer(ctx, none).role(*role, holdersOf(catalog, *role), tenantCreated(catalog)));
}

QHttpServerResponse Server::listRoleUsers(const Context &ctx, const std::string &roleId)
{
    const RoleDefinition *role = findRole(roleId);
    if (!role)
        return problem::notFound(roleId);
    const std::string scope = "role-users:" + roleId;
    Validation v("users.json");
    const auto page = parsePage(ctx.request, scope, v);
    if (!page)
        return problem::badRequest(v);
    std::vector<const User *> holders;
    for (const auto &[id, user] : m_store.catalog().users) {
        if (&roleOf(user) == role)
            holders.push_back(&user);
    }
    const auto total = static_cast<std::int64_t>(holders.size());
    auto [rows, next] = userPage(std::move(holders), *page, scope);
    const Aggregates none;
    Renderer r = renderer(ctx, none);
    Json items = Json::array();
    for (const User *user : rows)
        items.push_back(r.user(*user));
    const std::string limit = std::to_string(page->limit);
    return ok(r.page("/roles/" + roleId + "/users", "nter:users", std::move(items), total, page->limit, next,
                     encodeQuery({{"limit", limit}, {"offset", page->offset}}),
                     encodeQuery({{"limit", limit}, {"offset", next.value_or("")}})));
}

// ---------------------------------------------------------------------------------- metrics

namespace {

constexpr std::size_t kMaxMetricRows = 1000; // oas_report.md: "at most 1000 items", no paging
constexpr const char *kTenantId = "BatchDesk Demo";

// An RFC 3339 date-time (offset required; 'T' or a blank; fractions of any length, kept to
// the millisecond), as UTC; invalid otherwise.
QDateTime rfc3339(const std::string &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}:[0-9]{2})(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromStdString(text));
    if (!m.hasMatch())
        return {};
    const QString fraction = QString(m.captured(3) + QStringLiteral("000")).mid(1, 3);
    const QString zone = m.captured(4).toUpper();
    const QString normalised =
        m.captured(1) + QLatin1Char('T') + m.captured(2) + QLatin1Char('.') + fraction + zone;
    const QDateTime t = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A required date-time of the body, or invalid (with a validation message).
QDateTime bodyDate(const Json &body, const char *key, Validation &v)
{
    const std::string path = std::string(".") + key;
    const auto it = body.find(key);
    if (it == body.end() || it->is_null()) {
        v.required(path);
        return {};
    }
    if (!it->is_string()) {
        v.type(path, "string");
        return {};
    }
    const QDateTime t = rfc3339(it->get<std::string>());
    if (!t.isValid())
        v.add("format", path, Json{{"format", "date-time"}}, "should match format \"date-time\"");
    return t;
}

} // namespace

QHttpServerResponse Server::metrics(const Context &ctx)
{
    if (!Authenticator::has(ctx.user, perm::ReportRead))
        return problem::forbidden(perm::ReportRead);
    Validation v("report.json");
    const Json body = Json::parse(ctx.request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        v.type("", "object");
        return problem::badRequest(v, body.is_discarded() ? "Invalid Data: the body is not valid JSON" : "Invalid Data");
    }
    struct Wanted
    {
        std::string metric;
        std::optional<long long> top;
    };
    std::vector<Wanted> wanted;
    if (const auto list = body.find("metrics"); list == body.end()) {
        v.required(".metrics");
    } else if (!list->is_array()) {
        v.type(".metrics", "array");
    } else if (list->empty()) {
        v.add("minItems", ".metrics", Json{{"limit", 1}}, "should NOT have fewer than 1 items");
    } else {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = ".metrics[" + std::to_string(i) + "]";
            const Json &entry = (*list)[i];
            if (!entry.is_object()) {
                v.type(path, "object");
                continue;
            }
            Wanted w;
            if (const auto metric = entry.find("metric"); metric == entry.end())
                v.required(path + ".metric");
            else if (!metric->is_string())
                v.type(path + ".metric", "string");
            else if (metric->get<std::string>() != "cycle_success") // the one metric the sim keeps
                v.enumeration(path + ".metric", Json::array({"cycle_success"}));
            else
                w.metric = metric->get<std::string>();
            if (const auto top = entry.find("top"); top != entry.end() && !top->is_null()) {
                const auto n = integerValue(*top);
                if (!n)
                    v.type(path + ".top", "integer");
                else if (*n < 1)
                    v.minimum(path + ".top", 1);
                else
                    w.top = *n;
            }
            wanted.push_back(std::move(w));
        }
    }
    const QDateTime start = bodyDate(body, "date_start", v);
    const QDateTime end = bodyDate(body, "date_end", v);
    if (start.isValid() && end.isValid() && end < start)
        v.add("formatMinimum", ".date_end", Json{{"comparison", ">="}, {"limit", isoTimestamp(start)}, {"exclusive", false}},
              "should be >= date_start");
    if (!v.ok())
        return problem::badRequest(v);

    // Stored timestamps have one format (ISO 8601 UTC, ms), so text comparison is time order.
    const std::vector<CompletionSum> sums = m_store.completionSums(isoTimestamp(start), isoTimestamp(end));
    const Catalog &catalog = m_store.catalog();
    auto dimension = [](const std::string &key, const std::string &value, const std::string &label) {
        return Json{{"key", key}, {"value", value}, {"label", label}};
    };
    auto row = [&](const std::string &metric, const CompletionSum &sum) {
        Json dimensions = Json::array();
        const auto wo = catalog.workOrders.find(sum.workOrderId);
        const auto project = wo == catalog.workOrders.end() ? catalog.projects.end()
                                                            : catalog.projects.find(wo->second.projectId);
        if (project != catalog.projects.end()) {
            const Project &p = project->second;
            const auto customer = catalog.customers.find(p.customerId);
            const auto program = catalog.programs.find(p.programId);
            if (customer != catalog.customers.end())
                dimensions.push_back(dimension("customer", p.customerId, customer->second.label));
            if (program != catalog.programs.end())
                dimensions.push_back(dimension("customer:" + p.customerId + ":program", p.programId, program->second.label));
            dimensions.push_back(dimension("customer:" + p.customerId + ":program:" + p.programId + ":project", p.id, p.label));
        }
        if (const auto user = catalog.users.find(sum.userId); user != catalog.users.end())
            dimensions.push_back(dimension("user", sum.userId, user->second.name));
        const auto queue = catalog.queues.find(sum.queueId);
        dimensions.push_back(dimension("queue", sum.queueId, queue == catalog.queues.end() ? sum.queueId : queue->second.label));
        dimensions.push_back(dimension("work_order", sum.workOrderId,
                                       wo == catalog.workOrders.end() ? sum.workOrderId : wo->second.label));
        return Json{{"metric", metric},
                    {"tenant_id", kTenantId},
                    {"entity_type", "MET"},
                    {"value", sum.cycles},
                    {"date", sum.day + "T00:00:00.000Z"},
                    {"dimensions", std::move(dimensions)}};
    };

    Json rows = Json::array();
    for (const Wanted &w : wanted) {
        // `top` keeps the N rows of highest value (ties: the earlier in the listing order) and
        // leaves them in that order.
        std::vector<std::size_t> kept(sums.size());
        for (std::size_t i = 0; i < kept.size(); ++i)
            kept[i] = i;
        if (w.top && static_cast<unsigned long long>(*w.top) < kept.size()) {
            std::stable_sort(kept.begin(), kept.end(),
                             [&sums](std::size_t a, std::size_t b) { return sums[a].cycles > sums[b].cycles; });
            kept.resize(static_cast<std::size_t>(*w.top));
            std::sort(kept.begin(), kept.end());
        }
        for (std::size_t i : kept) {
            if (rows.size() == kMaxMetricRows)
                break;
            rows.push_back(row(w.metric, sums[i]));
        }
    }
    const std::string reportId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    return ok(Json{{"report_id", reportId},
                   {"metrics", std::move(rows)},
                   {"_links", Json{{"self", Json{{"href", ctx.baseUrl + "/reports/" + reportId}}}}}},
              Status::Created);
}

} // namespace sim
