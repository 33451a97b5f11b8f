#include "problem.h"

namespace sim {

namespace {
constexpr const char *kSchemaBase = "https://docs.nterprise.com/schemas/niagara/";
constexpr const char *kProblemBase = "https://docs.nterprise.com/api/problem/";

// ".queue.queue_id" -> "/properties/queue/properties/queue_id"; ".users[0].user_id" ->
// "/properties/users/items/properties/user_id", as ajv reports schema paths.
std::string schemaPointer(const std::string &dataPath)
{
    std::string out;
    std::string name;
    auto flush = [&]() {
        if (!name.empty())
            out += "/properties/" + name;
        name.clear();
    };
    for (std::size_t i = 0; i < dataPath.size(); ++i) {
        const char ch = dataPath[i];
        if (ch == '.') {
            flush();
        } else if (ch == '[') {
            flush();
            out += "/items";
            i = dataPath.find(']', i);
            if (i == std::string::npos)
                break;
        } else {
            name += ch;
        }
    }
    flush();
    return out;
}

Json problemBody(const char *title, const char *type, int status, const std::string &detail)
{
    return Json{{"title", title}, {"type", std::string(kProblemBase) + type}, {"status", status}, {"detail", detail}};
}

QHttpServerResponse problemResponse(QHttpServerResponder::StatusCode status, const Json &body)
{
    return problem::json(status, body, "application/problem+json");
}
} // namespace

void Validation::add(std::string keyword, const std::string &path, Json params, std::string message)
{
    ValidationMessage m;
    m.keyword = std::move(keyword);
    m.dataPath = path;
    m.schemaPath = kSchemaBase + m_schema + "#" + schemaPointer(path) + "/" + m.keyword;
    m.params = std::move(params);
    m.message = std::move(message);
    m_messages.push_back(std::move(m));
}

void Validation::required(const std::string &path)
{
    const std::string property = path.substr(path.rfind('.') + 1);
    add("required", path, Json{{"missingProperty", property}},
        "should have required property '" + property + "'");
}

void Validation::type(const std::string &path, const std::string &t)
{
    add("type", path, Json{{"type", t}}, "should be " + t);
}

void Validation::minimum(const std::string &path, long long limit)
{
    add("minimum", path, Json{{"comparison", ">="}, {"limit", limit}, {"exclusive", false}},
        "should be >= " + std::to_string(limit));
}

void Validation::maximum(const std::string &path, long long limit)
{
    add("maximum", path, Json{{"comparison", "<="}, {"limit", limit}, {"exclusive", false}},
        "should be <= " + std::to_string(limit));
}

void Validation::enumeration(const std::string &path, const Json &allowed)
{
    add("enum", path, Json{{"allowedValues", allowed}}, "should be equal to one of the allowed values");
}

void Validation::notFound(const std::string &path, const std::string &what, const std::string &id)
{
    add("exists", path, Json{{"id", id}}, "should reference an existing " + what + " (\"" + id + "\" was not found)");
}

namespace problem {

QHttpServerResponse json(QHttpServerResponder::StatusCode status, const Json &body, const char *contentType)
{
    return QHttpServerResponse(QByteArray(contentType), QByteArray::fromStdString(body.dump()), status);
}

QHttpServerResponse empty(QHttpServerResponder::StatusCode status)
{
    return QHttpServerResponse(status);
}

QHttpServerResponse badRequest(const Validation &v, const std::string &detail)
{
    Json body = problemBody("Bad Request", "BadRequest", 400, detail);
    Json messages = Json::array();
    for (const ValidationMessage &m : v.messages()) {
        messages.push_back(Json{{"keyword", m.keyword}, {"dataPath", m.dataPath}, {"schemaPath", m.schemaPath},
                                {"params", m.params}, {"message", m.message}});
    }
    body["validation_messages"] = messages;
    return problemResponse(QHttpServerResponder::StatusCode::BadRequest, body);
}

QHttpServerResponse unauthorized(const std::string &detail)
{
    return problemResponse(QHttpServerResponder::StatusCode::Unauthorized,
                           problemBody("Unauthorized", "Unauthorized", 401, detail));
}

QHttpServerResponse forbidden(const std::string &permission)
{
    return problemResponse(QHttpServerResponder::StatusCode::Forbidden,
                           problemBody("Forbidden", "Forbidden", 403,
                                       "You are forbidden from accessing this resource: " + permission
                                           + " is required"));
}

QHttpServerResponse notFound(const std::string &id)
{
    return problemResponse(QHttpServerResponder::StatusCode::NotFound,
                           problemBody("Not Found", "NotFound", 404,
                                       "A Resource with the id \"" + id + "\" was not found"));
}

QHttpServerResponse routeNotFound(const std::string &path)
{
    return problemResponse(QHttpServerResponder::StatusCode::NotFound,
                           problemBody("Not Found", "NotFound", 404, "No route matches \"" + path + "\""));
}

QHttpServerResponse methodNotAllowed(const std::string &method, const std::string &allow)
{
    QHttpServerResponse r = problemResponse(
        QHttpServerResponder::StatusCode::MethodNotAllowed,
        problemBody("Method Not Allowed", "MethodNotAllowed", 405,
                    "Method " + method + " is not allowed here; allowed: " + allow));
    r.addHeader(QByteArrayLiteral("Allow"), QByteArray::fromStdString(allow));
    return r;
}

QHttpServerResponse locked()
{
    return problemResponse(QHttpServerResponder::StatusCode::Locked,
                           problemBody("Locked", "Locked", 423, "This resource is currently locked from editing"));
}

QHttpServerResponse internalError()
{
    return problemResponse(QHttpServerResponder::StatusCode::InternalServerError,
                           problemBody("Internal Server Error", "InternalServerError", 500,
                                       "The simulator failed to handle the request"));
}

QHttpServerResponse serviceUnavailable(const std::string &detail)
{
    QHttpServerResponse r = problemResponse(QHttpServerResponder::StatusCode::ServiceUnavailable,
                                            problemBody("Service Unavailable", "ServiceUnavailable", 503, detail));
    r.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

QHttpServerResponse tooManyRequests(const std::string &detail)
{
    QHttpServerResponse r = problemResponse(QHttpServerResponder::StatusCode::TooManyRequests,
                                            problemBody("Too Many Requests", "TooManyRequests", 429, detail));
    r.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

QHttpServerResponse internalError(const std::string &detail)
{
    return problemResponse(QHttpServerResponder::StatusCode::InternalServerError,
                           problemBody("Internal Server Error", "InternalServerError", 500, detail));
}

QHttpServerResponse oauthError(const std::string &error, const std::string &description)
{
    QHttpServerResponse r = json(QHttpServerResponder::StatusCode::BadRequest,
                                 Json{{"title", "Bad Request"}, {"error", error}, {"error_description", description}});
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

} // namespace problem
} // namespace sim
