#pragma once

// Fills a new database with a deterministic tenant (fixed PRNG seed), so demos and tests see
// the same queues, work orders and batches on every machine. Every date is relative to the
// anchor (the creation moment, or --seed-date), so a demo is as current as it is new; only
// the dates depend on it. Only the bearer tokens are random (they are credentials, even if
// only for a simulator). See sim/README.md.

#include "model.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace sim {

class Store;

enum class SeedKind { Demo, Empty };

class Seeder final
{
public:
    // `anchor`: the instant every seeded date is relative to ("now" of the seeded tenant).
    Seeder(Store &store, QDateTime anchor);
    bool seed(SeedKind kind, QString *error);

private:
    // splitmix64: tiny, fast and identical on every platform, unlike std::distributions.
    std::uint64_t next();
    int range(int lo, int hi); // inclusive
    double unit();
    std::string uuid();
    // The anchor plus `days` (fractions allowed), formatted as stored.
    std::string at(double days) const;

    Store &m_store;
    QDateTime m_anchor;
    std::uint64_t m_state;
};

} // namespace sim
