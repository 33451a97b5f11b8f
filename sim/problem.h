#pragma once

// RFC 7807 problem responses in the shapes of the Niagara contract, and the ajv-style
// validation messages its 400 responses carry.

#include "model.h"

#include <QHttpServerResponse>

#include <string>
#include <vector>

namespace sim {

struct ValidationMessage
{
    std::string keyword, dataPath, schemaPath;
    Json params = Json::object();
    std::string message;
};

// Collects validation messages for one request body or query.
class Validation final
{
public:
    explicit Validation(std::string schema) : m_schema(std::move(schema)) {}

    void add(std::string keyword, const std::string &path, Json params, std::string message);
    void required(const std::string &path);
    void type(const std::string &path, const std::string &type);
    void minimum(const std::string &path, long long limit);
    void maximum(const std::string &path, long long limit);
    void enumeration(const std::string &path, const Json &allowed);
    void notFound(const std::string &path, const std::string &what, const std::string &id);

    bool ok() const { return m_messages.empty(); }
    const std::vector<ValidationMessage> &messages() const { return m_messages; }

private:
    std::string m_schema;
    std::vector<ValidationMessage> m_messages;
};

namespace problem {
QHttpServerResponse json(QHttpServerResponder::StatusCode status, const Json &body,
                         const char *contentType = "application/json");
QHttpServerResponse empty(QHttpServerResponder::StatusCode status);

QHttpServerResponse badRequest(const Validation &v, const std::string &detail = "Invalid Data");
QHttpServerResponse unauthorized(const std::string &detail = "Invalid authorization token");
QHttpServerResponse forbidden(const std::string &permission);
QHttpServerResponse notFound(const std::string &id);
QHttpServerResponse routeNotFound(const std::string &path);
QHttpServerResponse methodNotAllowed(const std::string &method, const std::string &allow);
QHttpServerResponse locked();
QHttpServerResponse internalError();
// The answers of injected write faults (--fail-writes): 503 with Retry-After: 1, and 500.
QHttpServerResponse serviceUnavailable(const std::string &detail);
QHttpServerResponse internalError(const std::string &detail);
// --faults 429: Too Many Requests with Retry-After: 1 (the caller may change it).
QHttpServerResponse tooManyRequests(const std::string &detail);
// The OAuth error body of oas_auth.md: 400 application/json {title, error, error_description},
// Cache-Control: no-store. `error` is one of the reference's enum values.
QHttpServerResponse oauthError(const std::string &error, const std::string &description);
} // namespace problem

} // namespace sim
