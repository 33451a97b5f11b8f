#pragma once

// Deterministic write-fault injection (--fail-writes, PUT /_sim/faults): which write
// request of this process gets which fault. See sim/README.md, "Fault injection".

#include <cstdint>
#include <map>
#include <optional>
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

} // namespace sim
