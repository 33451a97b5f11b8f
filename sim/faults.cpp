#include "faults.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

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

// "a, b ,c" -> {"a", "b", "c"}: entries split at `separator`, blanks around each trimmed
// (empty entries are kept, for the caller to refuse).
std::vector<std::string_view> splitTrimmed(std::string_view all, char separator)
{
    std::vector<std::string_view> entries;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = all.find(separator, start);
        entries.push_back(trimmed(all.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
        if (at == std::string_view::npos)
            return entries;
        start = at + 1;
    }
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

    for (const std::string_view entry : splitTrimmed(all, ',')) {
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

// ------------------------------------------------------------------------------ --faults

namespace {

constexpr std::array<Injection, kInjectionCount - 1> kDrawOrder = {
    Injection::Status500, Injection::Status502, Injection::Status503, Injection::Status429, Injection::Locked,
    Injection::Expire,    Injection::Reset,     Injection::Truncate,  Injection::Lost,
};

std::optional<Injection> injectionFromName(std::string_view name)
{
    for (Injection i : kDrawOrder) {
        if (name == injectionName(i))
            return i;
    }
    return std::nullopt;
}

std::optional<long long> parseInteger(std::string_view text, long long lo, long long hi)
{
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi)
        return std::nullopt;
    return value;
}

// "0", "1", "0.05", ".5": plain decimals only (no exponent, no sign), 0..1.
std::optional<double> parseShare(std::string_view text)
{
    if (text.empty() || text.size() > 16 || text.find_first_not_of("0123456789.") != std::string_view::npos
        || text.find('.') != text.rfind('.') || text == ".")
        return std::nullopt;
    const double value = std::stod(std::string(text));
    if (!std::isfinite(value) || value < 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}

std::string shareText(double share)
{
    std::string text = std::to_string(share); // "0.050000"
    while (text.size() > 1 && text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

constexpr std::array<const char *, 5> kMethods = {"GET", "POST", "PATCH", "PUT", "DELETE"};

} // namespace

const char *injectionName(Injection injection)
{
    switch (injection) {
    case Injection::None: return "";
    case Injection::Status500: return "500";
    case Injection::Status502: return "502";
    case Injection::Status503: return "503";
    case Injection::Status429: return "429";
    case Injection::Locked: return "423";
    case Injection::Expire: return "expire";
    case Injection::Reset: return "reset";
    case Injection::Truncate: return "truncate";
    case Injection::Lost: return "lost";
    }
    return "?";
}

std::optional<FaultProfile> FaultProfile::parse(const std::string &spec, std::string *error)
{
    auto fail = [error](const std::string &why) {
        if (error)
            *error = why;
        return std::optional<FaultProfile>();
    };
    FaultProfile profile;
    const std::string_view all = trimmed(spec);
    if (all.empty())
        return profile;

    std::map<std::string, bool, std::less<>> seen;
    for (const std::string_view entry : splitTrimmed(all, ',')) {
        std::string quoted(1, '"');
        quoted.append(entry).push_back('"');
        const std::size_t equals = entry.find('=');
        if (entry.empty() || equals == std::string_view::npos)
            return fail("entry " + quoted + " is not KEY=VALUE");
        const std::string key(trimmed(entry.substr(0, equals)));
        const std::string_view value = trimmed(entry.substr(equals + 1));
        if (!seen.emplace(key, true).second)
            return fail("key \"" + key + "\" is given twice");

        if (key == "latency" || key == "jitter") {
            const auto ms = parseInteger(value, 0, 60000);
            if (!ms)
                return fail(key + " must be 0..60000 milliseconds");
            (key == "latency" ? profile.m_latencyMs : profile.m_jitterMs) = static_cast<int>(*ms);
        } else if (key == "retry-after") {
            const auto seconds = parseInteger(value, 0, 3600);
            if (!seconds)
                return fail("retry-after must be 0..3600 seconds");
            profile.m_retryAfter = static_cast<int>(*seconds);
        } else if (key == "seed") {
            const auto seed = parseInteger(value, 0, std::numeric_limits<long long>::max());
            if (!seed)
                return fail("seed must be a non-negative integer");
            profile.m_seed = static_cast<std::uint64_t>(*seed);
        } else if (key == "methods") {
            std::string methods = "|";
            for (const std::string_view method : splitTrimmed(value, '|')) {
                if (std::find(kMethods.begin(), kMethods.end(), method) == kMethods.end())
                    return fail("methods must be GET, POST, PATCH, PUT or DELETE separated by |, not \""
                                + std::string(method) + "\"");
                methods.append(method).push_back('|');
            }
            profile.m_methods = methods;
        } else if (const auto injection = injectionFromName(key)) {
            const auto share = parseShare(value);
            if (!share)
                return fail(key + " must be a share 0..1 (a decimal such as 0.05)");
            profile.m_shares[static_cast<std::size_t>(*injection)] = *share;
        } else {
            return fail("unknown key \"" + key
                        + "\" (expected latency, jitter, 500, 502, 503, 429, 423, expire, reset, truncate, lost, "
                          "retry-after, methods or seed)");
        }
    }
    double sum = 0;
    for (double share : profile.m_shares)
        sum += share;
    // 423 only competes with the others on a DELETE, but then all of them together must fit.
    if (sum > 1.0 + 1e-9)
        return fail("the shares add up to more than 1");
    return profile;
}

bool FaultProfile::empty() const
{
    if (m_latencyMs > 0 || m_jitterMs > 0)
        return false;
    for (double share : m_shares) {
        if (share > 0)
            return false;
    }
    return true;
}

bool FaultProfile::appliesTo(const std::string &method) const
{
    return m_methods.empty() || m_methods.find('|' + method + '|') != std::string::npos;
}

std::string FaultProfile::spec() const
{
    std::string out;
    auto add = [&out](const std::string &entry) {
        if (!out.empty())
            out += ',';
        out += entry;
    };
    if (m_latencyMs > 0)
        add("latency=" + std::to_string(m_latencyMs));
    if (m_jitterMs > 0)
        add("jitter=" + std::to_string(m_jitterMs));
    for (Injection i : kDrawOrder) {
        if (share(i) > 0)
            add(std::string(injectionName(i)) + '=' + shareText(share(i)));
    }
    if (m_retryAfter != 1)
        add("retry-after=" + std::to_string(m_retryAfter));
    if (!m_methods.empty()) {
        std::string methods = m_methods.substr(1, m_methods.size() - 2);
        add("methods=" + methods);
    }
    if (m_seed != 1)
        add("seed=" + std::to_string(m_seed));
    return out;
}

FaultDice::FaultDice(FaultProfile profile)
    : m_profile(std::move(profile))
    , m_random(m_profile.seed())
    , m_empty(m_profile.empty())
{
}

double FaultDice::unit()
{
    // 53 random bits: the same sequence on every platform, unlike std::uniform_real_distribution.
    return static_cast<double>(m_random() >> 11) * 0x1.0p-53;
}

Injection FaultDice::roll(const std::string &method)
{
    // An empty profile faults nothing, so it counts nothing either.
    if (m_empty || !m_profile.appliesTo(method))
        return Injection::None;
    ++m_requests;
    const double draw = unit();
    double upTo = 0;
    for (Injection i : kDrawOrder) {
        if (i == Injection::Locked && method != "DELETE")
            continue;
        upTo += m_profile.share(i);
        if (draw < upTo) {
            ++m_counts[static_cast<std::size_t>(i)];
            return i;
        }
    }
    return Injection::None;
}

int FaultDice::delayMs()
{
    const int jitter = m_profile.jitterMs();
    return m_profile.latencyMs() + (jitter > 0 ? static_cast<int>(unit() * (jitter + 1)) : 0);
}

void FaultDice::undo(Injection injection)
{
    if (injection != Injection::None)
        --m_counts[static_cast<std::size_t>(injection)];
}

} // namespace sim
