#pragma once

// --simulate-work: a timer that moves cycles of a few unfinished batches forward every tick
// (pending -> in_progress -> verifying -> complete, sometimes in_progress -> blocked and
// blocked -> in_progress again), so that progress bars move in the demo. Every move to complete
// is recorded in the completion history (POST /metrics), in the tick's transaction. Runs on
// the event loop's thread like the HTTP server, so a request never sees half a tick.

#include <QTimer>

#include <cstdint>
#include <string>

namespace sim {

class Store;
struct Batch;

class WorkSimulator final
{
public:
    // Ticks every intervalMs milliseconds once start() is called.
    WorkSimulator(Store &store, int intervalMs, std::uint64_t seed = 0x5117'3a11'0c0f'fee5ULL);
    WorkSimulator(const WorkSimulator &) = delete;
    WorkSimulator &operator=(const WorkSimulator &) = delete;

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    // One step: picks up to ~2 % of the unfinished batches (at least one) and moves a few of
    // their cycles, in one transaction. Returns the number of batches changed.
    int tick();

private:
    std::uint64_t next();
    int range(int lo, int hi); // inclusive
    // Moves a few cycles of b forward; returns how many cycles moved, and in *completed how
    // many of them became complete.
    int advance(Batch &b, int *completed);

    Store &m_store;
    QTimer m_timer;
    std::uint64_t m_state;
    std::uint64_t m_ticks = 0;
};

} // namespace sim
