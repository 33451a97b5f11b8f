#include "model.h"

namespace sim {

const char *categoryName(Category c)
{
    switch (c) {
    case Category::Pending: return "PENDING";
    case Category::InProgress: return "IN_PROGRESS";
    case Category::Verifying: return "VERIFYING";
    case Category::Complete: return "COMPLETE";
    case Category::Blocked: return "BLOCKED";
    case Category::Cancelled: return "CANCELLED";
    }
    return "PENDING";
}

const char *categoryKey(Category c)
{
    switch (c) {
    case Category::Pending: return "pending";
    case Category::InProgress: return "in_progress";
    case Category::Verifying: return "verifying";
    case Category::Complete: return "complete";
    case Category::Blocked: return "blocked";
    case Category::Cancelled: return "cancelled";
    }
    return "pending";
}

std::optional<Category> categoryFromName(std::string_view name)
{
    for (Category c : kAllCategories) {
        if (name == categoryName(c))
            return c;
    }
    return std::nullopt;
}

int CycleCounts::total() const
{
    int sum = 0;
    for (int v : n)
        sum += v;
    return sum;
}

int CycleCounts::active() const
{
    return (*this)[Category::Pending] + (*this)[Category::InProgress]
           + (*this)[Category::Verifying] + (*this)[Category::Blocked];
}

CycleCounts &CycleCounts::operator+=(const CycleCounts &o)
{
    for (std::size_t i = 0; i < n.size(); ++i)
        n[i] += o.n[i];
    return *this;
}

Category deriveCategory(const CycleCounts &c, bool blockedWins)
{
    const int total = c.total();
    if (total == 0)
        return Category::Pending;
    if (c[Category::Cancelled] == total)
        return Category::Cancelled;
    if (c[Category::Complete] + c[Category::Cancelled] == total)
        return Category::Complete;
    // A blocked cycle is what a manager must see first.
    const bool otherWork = c[Category::InProgress] + c[Category::Verifying] + c[Category::Complete] > 0;
    if (c[Category::Blocked] > 0 && (blockedWins || !otherWork))
        return Category::Blocked;
    if (c[Category::InProgress] > 0)
        return Category::InProgress;
    if (c[Category::Verifying] > 0)
        return Category::Verifying;
    if (c[Category::Pending] + c[Category::Cancelled] == total)
        return Category::Pending;
    // Some complete, the rest still pending: the work is under way.
    return Category::InProgress;
}

const AllowedStatus *Customer::forCategory(Category c) const
{
    for (const AllowedStatus &s : statuses) {
        if (s.category == c)
            return &s;
    }
    return nullptr;
}

std::string isoTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

std::string isoNow()
{
    return isoTimestamp(QDateTime::currentDateTimeUtc());
}

} // namespace sim
