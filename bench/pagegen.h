#pragma once

// Batch pages for the benchmarks, in the seed revision of the contract (docs/contract-notes.md):
// every batch embeds its queue (with location and server totals) and its work order (with
// project, program, customer, allowed statuses, location and the per-workflow cycles array).
// One batch is about 8 KB of JSON, so a page of 100 is about 0.8 MB.
//
// Generation is deterministic (no seeding from the clock): every run measures the same bytes.

#include <QByteArray>
#include <QList>

#include <array>
#include <vector>

namespace BenchPages {

// The page bench_decode measures: 100 copies of one batch (ids and orders 0..99) in one queue
// and one work order.
QByteArray uniformPage();

// A board of batches spread over queues and work orders like a busy shop floor: a few work
// orders hold most batches, queues are unevenly loaded, each batch's status follows its
// queue, and ids, labels, orders and cycle counts vary per batch.
class Board
{
public:
    struct Options
    {
        int batches = 10000;
        int pageSize = 100;
        int workOrders = 40;
        int queues = 6; // at most 6
    };

    explicit Board(Options options);

    int batchCount() const { return static_cast<int>(m_batches.size()); }
    int pageCount() const;
    // Page `index` of a full load, with the envelope (total_count, limit, offset cursor) of a
    // real listing: the last page has a null offset.
    QByteArray page(int index) const;
    std::vector<QByteArray> allPages() const;

    // Changes the cycle counts of `count` distinct batches, chosen deterministically across
    // the board (one more cycle complete, a newer `updated`); what a refresh a minute later
    // would see. Returns their ids.
    QList<QByteArray> changeCycles(int count);

    // Number of distinct queues and work orders the batches actually use.
    int queuesUsed() const;
    int workOrdersUsed() const;

private:
    struct BatchState
    {
        int index = 0;
        int queue = 0;
        int workOrder = 0;
        int order = 0;
        int numberCycles = 0;
        std::array<int, 6> cycles{};
        int status = 0; // index into the six statuses
        int revision = 0;
    };

    Options m_options;
    std::vector<BatchState> m_batches;
};

} // namespace BenchPages
