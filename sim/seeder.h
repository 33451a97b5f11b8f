#pragma once

// Fills a new database with a deterministic tenant (fixed PRNG seed), so demos and tests see
// the same queues, work orders and batches on every machine. Only the bearer tokens are
// random (they are credentials, even if only for a simulator). See sim/README.md.

#include "model.h"

#include <QString>

#include <cstdint>

namespace sim {

class Store;

enum class SeedKind { Demo, Empty };

class Seeder final
{
public:
    explicit Seeder(Store &store);
    bool seed(SeedKind kind, QString *error);

private:
    // splitmix64: tiny, fast and identical on every platform, unlike std::distributions.
    std::uint64_t next();
    int range(int lo, int hi); // inclusive
    double unit();
    std::string uuid();

    Store &m_store;
    std::uint64_t m_state;
};

} // namespace sim
