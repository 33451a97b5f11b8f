#pragma once

#include "client/domain.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace Niagara {

// Every operation the client performs. The descriptor says how it goes over the wire and which
// permission the contract requires for it, so a 403 can name that permission.
enum class Operation : quint8 {
    ListBatches,
    GetBatch,
    CreateBatch,
    CreateBatches,
    DeleteBatch,
    ListRelations,
    CreateRelation,
    DeleteRelation,
    ListQueues,
    ListWorkOrders,
    ListUsers,
    GetMe,
    ListRoles,     // later revision only
    ListRoleUsers, // later revision only
    CreateMetricReport, // POST /metrics (later revision; a read, but never retried: it is a POST)
    ListQueueRelations, // GET /queues/{queue_id}/relations
    ListBatchCycles,    // GET /batches/{batch_id}/cycles (later revision)
};

struct OperationInfo
{
    QByteArray method;     // GET, POST, PATCH, DELETE
    QString permission;    // as the contract names it, e.g. "batch:create"
    bool idempotent;       // only idempotent requests are ever retried
    const char *action;    // untranslated, for tr(): "load the batches"
};

const OperationInfo &operationInfo(Operation op);
QString operationDisplayName(Operation op); // translated: "load the batches"

// One typed error for everything that can go wrong with a request. message() is the one place
// where errors become user-facing, translated text.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(Niagara::ApiError)

public:
    enum class Kind : quint8 {
        None,
        BadRequest,       // 400, with field-level validation messages
        Unauthorized,     // 401
        Forbidden,        // 403
        NotFound,         // 404
        Locked,           // 423
        RateLimited,      // 429
        ServerError,      // 5xx
        UnexpectedStatus, // any other HTTP status
        Network,          // connection refused, reset, host not found ...
        Timeout,          // no answer in time
        Tls,              // TLS handshake or certificate failure
        InvalidResponse,  // the server answered success with a body we cannot use
        Cancelled,        // cancelled by the caller
    };

    // Why an answer could not be used (InvalidResponse only): each has its own message, so a
    // technician learns whether the address is wrong (a web page), the server misbehaves or
    // the answer was refused to protect the app.
    enum class ResponseFault : quint8 {
        Unreadable,   // not what the contract describes (syntax or contract error)
        Empty,        // a success without a body where one was needed
        NotJson,      // an HTML (or other markup) page: a proxy, a login portal, a wrong address
        TooLarge,     // more than kMaxResponseBytes: stopped while downloading
        TooDeep,      // nested deeper than the decoders accept
        RepeatedPage, // a paging cursor came back: following it would never end
        Truncated,    // the body ends in the middle of the JSON: cut in transit (transient)
    };

    // The largest answer the client reads. A full page (100 batches with embedded work
    // orders and workflows) is about 1 MB; 8 MiB leaves room for heavy workflows and keeps a
    // runaway answer from filling memory.
    static constexpr qint64 kMaxResponseBytes = qint64(8) * 1024 * 1024;

    ApiError() = default;
    ApiError(Kind kind, Operation op);

    static ApiError fromHttpStatus(Operation op, int status, std::optional<Problem> problem);
    static ApiError invalidResponse(Operation op, ResponseFault fault);

    // Translated text for page items the decoder left out ("2 batches could not be shown…");
    // empty when there are none.
    static QString skippedItemsMessage(const QList<DecodeIssue> &skipped);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    Operation operation() const { return m_operation; }
    int httpStatus() const { return m_httpStatus; }
    const std::optional<Problem> &problem() const { return m_problem; }
    ResponseFault responseFault() const { return m_fault; }
    // The permission the contract requires for the operation (for 403).
    QString requiredPermission() const;
    // Server-requested wait before retrying (429/503 Retry-After).
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    // Developer-facing detail (network error string, decoder path); never shown alone.
    QString technicalDetail() const { return m_technicalDetail; }
    int attempts() const { return m_attempts; }

    void setRetryAfter(std::chrono::milliseconds wait) { m_retryAfter = wait; }
    void setTechnicalDetail(const QString &detail) { m_technicalDetail = detail; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    // Whether an idempotent request may be tried again after this error.
    bool isTransient() const;

    // Translated, user-facing text: what failed, why, and what to do.
    QString message() const;
    // The field-level validation messages of a 400, one translated line each.
    QStringList validationLines() const;

private:
    Kind m_kind = Kind::None;
    Operation m_operation = Operation::ListBatches;
    ResponseFault m_fault = ResponseFault::Unreadable;
    int m_httpStatus = 0;
    int m_attempts = 1;
    std::optional<Problem> m_problem;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    QString m_technicalDetail;
};

QString kindName(ApiError::Kind kind); // stable English identifier for logs and tests

} // namespace Niagara

Q_DECLARE_METATYPE(Niagara::ApiError)
