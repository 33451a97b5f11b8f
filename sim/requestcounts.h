#pragma once

// Per-endpoint request counts (GET/DELETE /_sim/requests with --test-admin, sim/README.md):
// how many requests a client sent to each route and which statuses it got back, so that a test
// or a benchmark can hold a client to a request budget where it is spent — at the server.
// Counting is one hash lookup per request, in memory: nothing is written to SQLite.

#include "model.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

namespace sim {

// The route template of `path` as the API documents it ("/batches/{batch_id}/relations",
// "/oauth/token"), or empty when no route has that shape. The same shapes as the route table
// of Server::dispatch (which answers any other path 404).
std::string routeTemplate(const QString &path);

class RequestCounts final
{
public:
    // Key of the requests whose path matches no route: one key per method, not per path, so
    // that ids in mistyped paths cannot grow the table without bound (the log names the path).
    static constexpr char kNoRoute[] = "(no route)";
    // `status` of a request that got no status line at all (an injected lost or hung answer).
    static constexpr int kNoStatus = 0;

    RequestCounts();

    // One request of `method` to `path` (without the query) answered with `status`.
    void record(const char *method, const QString &path, int status);
    // Forgets every count; `since` becomes now.
    void reset();

    std::int64_t total() const { return m_total; }
    // {"since": RFC 3339 UTC, "total": N, "endpoints": {"GET /batches": {"count": N,
    // "statuses": {"200": N, ...}}, ...}}, keys in text order; "none" for kNoStatus.
    Json toJson() const;

private:
    struct Endpoint
    {
        std::int64_t count = 0;
        std::map<int, std::int64_t> statuses; // a handful per endpoint
    };

    std::unordered_map<std::string, Endpoint> m_endpoints;
    std::int64_t m_total = 0;
    QDateTime m_since;
};

} // namespace sim
