#include "client/retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Niagara {

std::optional<std::chrono::milliseconds> RetryPolicy::delayBefore(
    int nextAttempt, std::optional<std::chrono::milliseconds> retryAfter, double jitter01) const
{
    if (nextAttempt > maxAttempts)
        return std::nullopt;
    if (retryAfter) {
        if (*retryAfter > maxDelay)
            return std::nullopt;
        return *retryAfter;
    }
    // base * 2^(n-2), capped; "full jitter" picks uniformly in [cap/2, cap] so that clients
    // hitting the same overloaded server spread out but still back off.
    const int exponent = std::clamp(nextAttempt - 2, 0, 20);
    const auto cap = std::min<std::chrono::milliseconds::rep>(maxDelay.count(), baseDelay.count() << exponent);
    const double factor = 0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(static_cast<double>(cap) * factor));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

} // namespace Niagara
