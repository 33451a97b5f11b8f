#include "faults.h"

#include <string_view>

namespace sim {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto blank = [](char ch) { return ch == ' ' || ch == '\t'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

std::optional<FaultKind> kindFromName(std::string_view name)
{
    if (name == "503")
        return FaultKind::Unavailable;
    if (name == "500")
        return FaultKind::ServerError;
    if (name == "lost")
        return FaultKind::Lost;
    if (name == "hang")
        return FaultKind::Hang;
    return std::nullopt;
}

} // namespace

const char *faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Unavailable: return "503";
    case FaultKind::ServerError: return "500";
    case FaultKind::Lost: return "lost";
    case FaultKind::Hang: return "hang";
    }
    return "?";
}

std::optional<FaultPlan> FaultPlan::parse(const std::string &spec, std::string *error)
{
    auto fail = [error](const std::string &why) {
        if (error)
            *error = why;
        return std::optional<FaultPlan>();
    };
    FaultPlan plan;
    const std::string_view all = trimmed(spec);
    if (all.empty())
        return plan;

    std::size_t start = 0;
    while (true) {
        const std::size_t comma = all.find(',', start);
        const std::string_view raw = all.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                                        : comma - start);
        const std::string_view entry = trimmed(raw);
        // Appended rather than "\"" + std::string(entry): GCC 12 at -O3 warns on that operator+
        // (a false -Wrestrict, GCC bug 105329), which breaks the release build.
        std::string quoted(1, '"');
        quoted.append(entry).push_back('"');
        if (entry.empty())
            return fail("empty entry (expected N:KIND, e.g. 2:503)");
        const std::size_t colon = entry.find(':');
        if (colon == std::string_view::npos)
            return fail("entry " + quoted + " is not N:KIND");
        const std::string_view number = trimmed(entry.substr(0, colon));
        const std::string_view kindName = trimmed(entry.substr(colon + 1));
        if (number.empty() || number.size() > 12
            || number.find_first_not_of("0123456789") != std::string_view::npos)
            return fail("entry " + quoted + ": N must be a write ordinal 1..999999999999");
        const std::int64_t ordinal = std::stoll(std::string(number));
        if (ordinal < 1)
            return fail("entry " + quoted + ": N must be a write ordinal 1..999999999999");
        const auto kind = kindFromName(kindName);
        if (!kind)
            return fail("entry " + quoted + ": unknown kind \"" + std::string(kindName)
                        + "\" (expected 503, 500, lost or hang)");
        if (!plan.m_faults.emplace(ordinal, *kind).second)
            return fail("write " + std::to_string(ordinal) + " is listed twice");
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return plan;
}

std::optional<FaultKind> FaultPlan::at(std::int64_t ordinal) const
{
    const auto it = m_faults.find(ordinal);
    if (it == m_faults.end())
        return std::nullopt;
    return it->second;
}

std::string FaultPlan::spec() const
{
    std::string out;
    for (const auto &[ordinal, kind] : m_faults) {
        if (!out.empty())
            out += ',';
        out += std::to_string(ordinal) + ':' + faultKindName(kind);
    }
    return out;
}

} // namespace sim
