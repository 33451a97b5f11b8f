#include "client/apierror.h"

#include <array>

namespace Niagara {

namespace {
// Permissions as the later reference revision names them (permissions_table.md); the seed
// contract only says "create.batch" in prose.
const std::array<OperationInfo, 17> kOperations{{
    {"GET", QStringLiteral("batch:all"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the batches")},
    {"GET", QStringLiteral("batch:read"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the batch")},
    {"POST", QStringLiteral("batch:create"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "create the batch")},
    {"PATCH", QStringLiteral("batch:update"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "create the batches")},
    {"DELETE", QStringLiteral("batch:delete"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "delete the batch")},
    {"GET", QStringLiteral("batch:read"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the batch's relations")},
    {"POST", QStringLiteral("batch:attach"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "add the relation")},
    {"DELETE", QStringLiteral("batch:detach"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "remove the relation")},
    {"GET", QStringLiteral("queue:all"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the queues")},
    {"GET", QStringLiteral("work-order:all"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the work orders")},
    {"GET", QStringLiteral("user:all"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the users")},
    {"GET", QStringLiteral("me:profile"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load your profile")},
    // oas_role.md: the roles need no permission (nor, says the reference, authentication).
    {"GET", QString(), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the roles")},
    {"GET", QString(), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the users of a role")},
    // oas_report.md: POST /metrics only reads, but the client never sends a POST twice.
    {"POST", QStringLiteral("report:read"), false, QT_TRANSLATE_NOOP("Niagara::ApiError", "read the completion metrics")},
    {"GET", QStringLiteral("queue:read"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load a queue's technicians")},
    {"GET", QStringLiteral("batch:read"), true, QT_TRANSLATE_NOOP("Niagara::ApiError", "load the units of the batch")},
}};
// One descriptor per Operation, in the enum's order: a new operation without one fails here.
static_assert(kOperations.size() == static_cast<std::size_t>(Operation::ListBatchCycles) + 1);
} // namespace

const OperationInfo &operationInfo(Operation op)
{
    return kOperations[static_cast<std::size_t>(op)];
}

QString operationDisplayName(Operation op)
{
    return QCoreApplication::translate("Niagara::ApiError", operationInfo(op).action);
}

ApiError::ApiError(Kind kind, Operation op)
    : m_kind(kind)
    , m_operation(op)
{
}

ApiError ApiError::fromHttpStatus(Operation op, int status, std::optional<Problem> problem)
{
    Kind kind = Kind::UnexpectedStatus;
    switch (status) {
    case 400: kind = Kind::BadRequest; break;
    case 401: kind = Kind::Unauthorized; break;
    case 403: kind = Kind::Forbidden; break;
    case 404: kind = Kind::NotFound; break;
    case 423: kind = Kind::Locked; break;
    case 429: kind = Kind::RateLimited; break;
    default:
        if (status >= 500 && status <= 599)
            kind = Kind::ServerError;
        break;
    }
    ApiError error(kind, op);
    error.m_httpStatus = status;
    error.m_problem = std::move(problem);
    return error;
}

ApiError ApiError::invalidResponse(Operation op, ResponseFault fault)
{
    ApiError error(Kind::InvalidResponse, op);
    error.m_fault = fault;
    return error;
}

QString ApiError::skippedItemsMessage(const QList<DecodeIssue> &skipped)
{
    if (skipped.isEmpty())
        return {};
    // Ids come from the server unchecked (a bad id is a reason to skip): keep them short and
    // on one line, and name only a few.
    constexpr qsizetype kNamed = 5;
    constexpr qsizetype kIdLength = 40;
    QStringList ids;
    for (const DecodeIssue &issue : skipped) {
        if (issue.itemId.isEmpty() || ids.size() == kNamed)
            continue;
        QString id = issue.itemId.left(kIdLength);
        for (QChar &c : id) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QChar::ReplacementCharacter;
        }
        ids << (issue.itemId.size() > kIdLength ? id + QChar(0x2026) : id);
    }
    const int count = static_cast<int>(skipped.size());
    if (ids.isEmpty())
        return tr("%Ln batch(es) could not be shown because the server sent invalid data for them.", nullptr, count);
    if (ids.size() < count)
        ids << QStringLiteral("\u2026");
    return tr("%Ln batch(es) could not be shown because the server sent invalid data for them: %1", nullptr, count)
        .arg(ids.join(QStringLiteral(", ")));
}

QString ApiError::requiredPermission() const
{
    return operationInfo(m_operation).permission;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::InvalidResponse:
        // A body cut off mid-way says nothing about the server's data: the next answer can be whole.
        return m_fault == ResponseFault::Truncated;
    default:
        return false;
    }
}

QStringList ApiError::validationLines() const
{
    QStringList lines;
    if (!m_problem)
        return lines;
    for (const ValidationMessage &v : m_problem->validationMessages) {
        // dataPath is ".number_cycles"; show the field without the leading dot.
        QString field = v.dataPath;
        if (field.startsWith(QLatin1Char('.')))
            field.remove(0, 1);
        const QString text = v.message.isEmpty() ? v.keyword : v.message;
        lines << (field.isEmpty() ? text : tr("%1: %2").arg(field, text));
    }
    return lines;
}

QString ApiError::message() const
{
    const QString action = operationDisplayName(m_operation);
    const QString serverDetail = m_problem ? m_problem->detail : QString();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::BadRequest: {
        const QStringList lines = validationLines();
        QString text = tr("The server refused to %1 because the data is not valid.").arg(action);
        if (!lines.isEmpty())
            text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        else if (!serverDetail.isEmpty())
            text += QLatin1Char('\n') + serverDetail;
        return text;
    }
    case Kind::Unauthorized:
        return tr("Could not %1: your sign-in is not valid or has expired. Please sign in again.").arg(action);
    case Kind::Forbidden:
        return tr("You are not allowed to %1. This needs the permission \"%2\"; ask a manager to grant it.")
            .arg(action, requiredPermission());
    case Kind::NotFound:
        // POST /metrics names no resource: a 404 means the server has no metrics at all (a
        // server of the seed revision), not that something was deleted.
        if (m_operation == Operation::CreateMetricReport)
            return tr("Could not %1: this server does not offer them.").arg(action);
        return tr("Could not %1: it no longer exists on the server. It may have been deleted by someone else.")
            .arg(action);
    case Kind::Locked:
        return tr("Could not %1: it is locked because some of its cycles are in progress or being verified. "
                  "Try again when they are finished.")
            .arg(action);
    case Kind::RateLimited:
        return tr("Could not %1: the server is receiving too many requests. Please wait a moment and try again.")
            .arg(action);
    case Kind::ServerError:
        return tr("Could not %1: the server had an internal problem (HTTP %2). Please try again later.")
            .arg(action)
            .arg(m_httpStatus);
    case Kind::UnexpectedStatus:
        return tr("Could not %1: the server answered with an unexpected status (HTTP %2).")
            .arg(action)
            .arg(m_httpStatus);
    case Kind::Network:
        return tr("Could not %1: the server cannot be reached. Check the network connection and the server address.")
            .arg(action);
    case Kind::Timeout:
        return tr("Could not %1: the server did not answer in time. Please try again.").arg(action);
    case Kind::Tls:
        return tr("Could not %1: the secure connection to the server failed (certificate or TLS problem). "
                  "The request was not sent.")
            .arg(action);
    case Kind::InvalidResponse:
        switch (m_fault) {
        case ResponseFault::Unreadable: break;
        case ResponseFault::Empty:
            return tr("Could not %1: the server sent an empty answer. Please try again.").arg(action);
        case ResponseFault::NotJson:
            return tr("Could not %1: the server answered with a web page instead of data. Check the server "
                      "address; a proxy or a sign-in page of the network may be in the way.")
                .arg(action);
        case ResponseFault::TooLarge:
            return tr("Could not %1: the server's answer was far larger than expected, so it was stopped.")
                .arg(action);
        case ResponseFault::TooDeep:
            return tr("Could not %1: the server's answer is malformed (nested too deeply) and was not used.")
                .arg(action);
        case ResponseFault::Truncated:
            return tr("Could not %1: the server's answer was cut off before it was complete. Please try again.")
                .arg(action);
        case ResponseFault::RepeatedPage:
            return tr("Could not %1 completely: the server sent the same page again, so loading was stopped.")
                .arg(action);
        }
        return tr("Could not %1: the server's answer could not be understood.").arg(action);
    case Kind::Cancelled:
        return tr("Cancelled: %1.").arg(action);
    }
    return {};
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None: return QStringLiteral("none");
    case ApiError::Kind::BadRequest: return QStringLiteral("bad-request");
    case ApiError::Kind::Unauthorized: return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden: return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound: return QStringLiteral("not-found");
    case ApiError::Kind::Locked: return QStringLiteral("locked");
    case ApiError::Kind::RateLimited: return QStringLiteral("rate-limited");
    case ApiError::Kind::ServerError: return QStringLiteral("server-error");
    case ApiError::Kind::UnexpectedStatus: return QStringLiteral("unexpected-status");
    case ApiError::Kind::Network: return QStringLiteral("network");
    case ApiError::Kind::Timeout: return QStringLiteral("timeout");
    case ApiError::Kind::Tls: return QStringLiteral("tls");
    case ApiError::Kind::InvalidResponse: return QStringLiteral("invalid-response");
    case ApiError::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Niagara
