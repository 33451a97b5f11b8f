#include "requestcounts.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace sim {

std::string routeTemplate(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto n = parts.size();
    if (n == 0)
        return {};
    const QString &first = parts[0];
    if (first == QLatin1String("oauth")) {
        if (n == 2 && parts[1] == QLatin1String("authorize"))
            return "/oauth/authorize";
        if (n == 2 && parts[1] == QLatin1String("token"))
            return "/oauth/token";
        return {};
    }
    if (first == QLatin1String("batches")) {
        if (n == 1)
            return "/batches";
        if (n == 2)
            return "/batches/{batch_id}";
        if (n == 3 && parts[2] == QLatin1String("relations"))
            return "/batches/{batch_id}/relations";
        if (n == 4 && parts[2] == QLatin1String("relations"))
            return "/batches/{batch_id}/relations/{relation_id}";
        if (n == 3 && parts[2] == QLatin1String("cycles"))
            return "/batches/{batch_id}/cycles";
        return {};
    }
    if (first == QLatin1String("queues")) {
        if (n == 1)
            return "/queues";
        if (n == 3 && parts[2] == QLatin1String("relations"))
            return "/queues/{queue_id}/relations";
        return {};
    }
    if (first == QLatin1String("roles")) {
        if (n == 1)
            return "/roles";
        if (n == 2)
            return "/roles/{role_id}";
        if (n == 3 && parts[2] == QLatin1String("users"))
            return "/roles/{role_id}/users";
        return {};
    }
    if (n == 1) {
        for (const char *single : {"metrics", "work-orders", "users", "me"}) {
            if (first == QLatin1String(single))
                return std::string("/") + single;
        }
    }
    return {};
}

RequestCounts::RequestCounts()
    : m_since(QDateTime::currentDateTimeUtc())
{
}

void RequestCounts::record(const char *method, const QString &path, int status)
{
    std::string route = routeTemplate(path);
    std::string key = method;
    key += ' ';
    key += route.empty() ? std::string(kNoRoute) : route;
    Endpoint &endpoint = m_endpoints[key];
    ++endpoint.count;
    ++endpoint.statuses[status];
    ++m_total;
}

void RequestCounts::reset()
{
    m_endpoints.clear();
    m_total = 0;
    m_since = QDateTime::currentDateTimeUtc();
}

Json RequestCounts::toJson() const
{
    // The hash has no order; the answer lists the endpoints as text, "DELETE …" before "GET …".
    std::vector<const std::pair<const std::string, Endpoint> *> sorted;
    sorted.reserve(m_endpoints.size());
    for (const auto &entry : m_endpoints)
        sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    Json endpoints = Json::object();
    for (const auto *entry : sorted) {
        Json statuses = Json::object();
        for (const auto &[status, count] : entry->second.statuses)
            statuses[status == kNoStatus ? std::string("none") : std::to_string(status)] = count;
        endpoints[entry->first] = Json{{"count", entry->second.count}, {"statuses", statuses}};
    }
    return Json{{"since", m_since.toString(Qt::ISODateWithMs).toStdString()},
                {"total", m_total},
                {"endpoints", endpoints}};
}

} // namespace sim
