#pragma once

// Fault injection, two kinds (see sim/README.md, "Fault injection"):
// - FaultPlan (--fail-writes): deterministic, "the Nth write request gets this fault";
// - FaultProfile + FaultDice (--faults): a share of all API requests gets each fault, drawn
//   from a seeded PRNG, plus added latency with jitter — the weather of a bad network day.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>

namespace sim {

enum class FaultKind {
    Unavailable, // 503 + Retry-After, not carried out
    ServerError, // 500, not carried out
    Lost,        // carried out, then the connection is aborted without a response
    Hang,        // carried out, then never answered (the connection stays open)
};

const char *faultKindName(FaultKind kind);

// The armed faults by 1-based write ordinal.
class FaultPlan final
{
public:
    // "N:KIND[,N:KIND...]" with KIND 503|500|lost|hang, N ≥ 1, each N at most once;
    // blanks around N and KIND are ignored; "" (or only blanks) is the empty plan.
    // nullopt and *error on anything else.
    static std::optional<FaultPlan> parse(const std::string &spec, std::string *error);

    bool empty() const { return m_faults.empty(); }
    std::optional<FaultKind> at(std::int64_t ordinal) const;
    // Normalised: entries by ordinal, "2:503,5:lost"; "" when empty.
    std::string spec() const;

private:
    std::map<std::int64_t, FaultKind> m_faults;
};

// What --faults can do to one API request. The order is the order of the draw (and of
// FaultProfile::spec()).
enum class Injection : std::uint8_t {
    None,
    Status500, // answered 500 problem+json, not carried out
    Status502, // answered 502 with a proxy's HTML page, not carried out
    Status503, // answered 503 problem+json + Retry-After, not carried out
    Status429, // answered 429 problem+json + Retry-After, not carried out
    Locked,    // DELETE only: answered 423 problem+json, not carried out
    Expire,    // OAuth access token expires now: answered 401 as any expired token
    Reset,     // carried out; status line, headers and part of the body, then the connection drops
    Truncate,  // carried out; a well-framed response whose JSON body is cut in the middle
    Lost,      // carried out; the connection closes before a single response byte
};
inline constexpr std::size_t kInjectionCount = 10;

// The key of an injection in a --faults spec ("500", "reset", ...); "" for None.
const char *injectionName(Injection injection);

// --faults SPEC: comma-separated key=value, e.g. "latency=20,jitter=30,503=0.05,lost=0.01,seed=7".
class FaultProfile final
{
public:
    // Keys: latency=MS and jitter=MS (0..60000; each response waits latency + U[0, jitter]);
    // 500|502|503|429|423|expire|reset|truncate|lost=SHARE (0..1, decimal; their sum at most 1,
    // 423 only counted against DELETE requests); retry-after=SECONDS (0..3600, default 1) for
    // 429 and 503; methods=M[|M...] (GET, POST, PATCH, PUT, DELETE; default all) the methods
    // that can be faulted; seed=N (default 1). Blanks around keys and values are ignored; each
    // key at most once; "" is the empty profile. nullopt and *error on anything else.
    static std::optional<FaultProfile> parse(const std::string &spec, std::string *error);

    // No latency and no shares: nothing is ever injected.
    bool empty() const;
    // Normalised: keys in a fixed order, only those that differ from the default.
    std::string spec() const;

    int latencyMs() const { return m_latencyMs; }
    int jitterMs() const { return m_jitterMs; }
    int retryAfterSeconds() const { return m_retryAfter; }
    std::uint64_t seed() const { return m_seed; }
    double share(Injection injection) const { return m_shares[static_cast<std::size_t>(injection)]; }
    bool appliesTo(const std::string &method) const;

private:
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    int m_retryAfter = 1;
    std::uint64_t m_seed = 1;
    std::array<double, kInjectionCount> m_shares{};
    std::string m_methods; // "" = all, else "|GET|DELETE|"
};

// Draws the faults of a FaultProfile, request after request, and counts what it injected.
class FaultDice final
{
public:
    FaultDice() = default;
    explicit FaultDice(FaultProfile profile);

    const FaultProfile &profile() const { return m_profile; }
    // The injection for the next request of `method` (None when the method is not faulted).
    Injection roll(const std::string &method);
    // Added latency for the next response, in ms.
    int delayMs();
    // `roll` chose `injection` but it could not apply (expire on a dev token): not counted.
    void undo(Injection injection);

    std::int64_t requestsSeen() const { return m_requests; }
    std::int64_t injected(Injection injection) const { return m_counts[static_cast<std::size_t>(injection)]; }

private:
    double unit();

    FaultProfile m_profile;
    std::mt19937_64 m_random{1};
    bool m_empty = true;
    std::int64_t m_requests = 0;
    std::array<std::int64_t, kInjectionCount> m_counts{};
};

} // namespace sim
