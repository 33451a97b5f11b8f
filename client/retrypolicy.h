#pragma once

#include "client/transport_guard.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace Niagara {

// Exponential backoff with full jitter for idempotent requests, bounded in attempts and delay.
// A server's Retry-After wins over the computed delay, but never beyond maxDelay: a server
// asking for longer than that makes the request fail instead of hanging the UI.
struct RetryPolicy final
{
    int maxAttempts = 4; // including the first
    std::chrono::milliseconds baseDelay{400};
    std::chrono::milliseconds maxDelay{20000};
    std::chrono::milliseconds attemptTimeout{30000};

    // Delay before attempt `nextAttempt` (2 = first retry). nullopt: do not retry.
    std::optional<std::chrono::milliseconds> delayBefore(
        int nextAttempt, std::optional<std::chrono::milliseconds> retryAfter, double jitter01) const;

    static RetryPolicy none();
};

// Parses an HTTP Retry-After value: delta-seconds or an HTTP-date.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);

} // namespace Niagara
