#include "worksimulator.h"

#include "logging.h"
#include "store.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace sim {

namespace {

// At most this many batches per tick, whatever the size of the database.
constexpr std::size_t kMaxBatchesPerTick = 50;
// Percent of moves that block an in-progress cycle (a missing part, a failed enrollment).
constexpr int kBlockPercent = 3;

// `now`, or 1 ms after `previous` when the clock is behind it: the demo seed may be dated
// ahead of the real clock (--seed-date), and a change must still move `updated` forward.
std::string notBefore(const std::string &previous, const std::string &now)
{
    const QDateTime prev = QDateTime::fromString(QString::fromStdString(previous), Qt::ISODateWithMs);
    const QDateTime current = QDateTime::fromString(QString::fromStdString(now), Qt::ISODateWithMs);
    if (!prev.isValid() || !current.isValid() || current > prev)
        return now;
    return isoTimestamp(prev.addMSecs(1));
}

} // namespace

WorkSimulator::WorkSimulator(Store &store, int intervalMs, std::uint64_t seed)
    : m_store(store)
    , m_state(seed)
{
    m_timer.setInterval(std::max(1, intervalMs));
    m_timer.setTimerType(Qt::CoarseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
}

// splitmix64: tiny, deterministic on every platform (unlike std:: distributions).
std::uint64_t WorkSimulator::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int WorkSimulator::range(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(next() % span);
}

int WorkSimulator::advance(Batch &b, int *completed)
{
    *completed = 0;
    CycleCounts &c = b.cycles;
    // A few cycles per move: about a tenth of the batch, at least one.
    const int chunk = std::max(1, b.numberCycles / 10);
    int moved = 0;
    const int moves = range(1, 3);
    for (int m = 0; m < moves; ++m) {
        Category from = Category::Pending;
        Category to = Category::Pending;
        int most = chunk;
        if (c[Category::InProgress] > 0 && range(0, 99) < kBlockPercent) {
            from = Category::InProgress;
            to = Category::Blocked;
            most = 1; // one device at a time runs into trouble
        } else {
            // Weighted: finishing work is likelier than starting it; blocked cycles recover slowly.
            const std::pair<Category, Category> steps[] = {{Category::Verifying, Category::Complete},
                                                           {Category::InProgress, Category::Verifying},
                                                           {Category::Pending, Category::InProgress},
                                                           {Category::Blocked, Category::InProgress}};
            const int weights[] = {4, 4, 3, 1};
            int total = 0;
            for (std::size_t i = 0; i < std::size(steps); ++i)
                total += c[steps[i].first] > 0 ? weights[i] : 0;
            if (total == 0)
                break; // nothing left to move (cancelled cycles are never touched)
            int roll = range(0, total - 1);
            for (std::size_t i = 0; i < std::size(steps); ++i) {
                if (c[steps[i].first] == 0)
                    continue;
                if (roll < weights[i]) {
                    std::tie(from, to) = steps[i];
                    break;
                }
                roll -= weights[i];
            }
        }
        const int n = range(1, std::min(c[from], most));
        c[from] -= n;
        c[to] += n;
        moved += n;
        if (to == Category::Complete)
            *completed += n;
    }
    return moved;
}

int WorkSimulator::tick()
{
    ++m_ticks;
    std::vector<Batch> batches = m_store.unfinishedBatches();
    if (batches.empty()) {
        qCDebug(lcSim).nospace() << "simulate-work tick " << m_ticks << ": no unfinished batches";
        return 0;
    }
    // Up to ~2 % of the unfinished batches, at least one: a partial Fisher-Yates shuffle
    // puts the chosen ones first.
    const std::size_t pick = std::clamp<std::size_t>(batches.size() * 2 / 100, 1, kMaxBatchesPerTick);
    for (std::size_t i = 0; i < pick; ++i) {
        const auto j = i + static_cast<std::size_t>(range(0, static_cast<int>(batches.size() - 1 - i)));
        std::swap(batches[i], batches[j]);
    }

    const std::string now = isoNow();
    std::set<std::string> queues, workOrders;
    int changed = 0;
    int moved = 0;
    if (!m_store.transaction()) {
        qCWarning(lcSim) << "simulate-work: cannot begin a transaction";
        return 0;
    }
    for (std::size_t i = 0; i < pick; ++i) {
        Batch &b = batches[i];
        int completed = 0;
        const int n = advance(b, &completed);
        if (n == 0)
            continue;
        // As the seeder does: the category derived from the cycles, the customer's label for it.
        b.statusCategory = deriveCategory(b.cycles);
        b.statusLabel.clear();
        b.updated = notBefore(b.updated, now);
        bool written = m_store.updateBatchProgress(b);
        if (written && completed > 0) {
            // One of the batch's technicians did it (the PRNG picks which); none: unknown.
            const std::vector<std::string> techs = m_store.technicians({b.id})[b.id];
            Completion record{now, b.id, b.queueId, b.workOrderId, {}, completed};
            if (!techs.empty())
                record.userId = techs[static_cast<std::size_t>(range(0, static_cast<int>(techs.size()) - 1))];
            written = m_store.insertCompletion(record);
        }
        if (!written) {
            m_store.rollback();
            qCWarning(lcSim) << "simulate-work: tick" << m_ticks << "rolled back";
            return 0;
        }
        queues.insert(b.queueId);
        workOrders.insert(b.workOrderId);
        ++changed;
        moved += n;
    }
    // Queue and work-order counters are derived from the batches per request; their
    // `updated` moves with them.
    const Catalog &catalog = m_store.catalog();
    for (const std::string &id : queues) {
        const auto it = catalog.queues.find(id);
        m_store.touchQueue(id, it == catalog.queues.end() ? now : notBefore(it->second.updated, now));
    }
    for (const std::string &id : workOrders) {
        const auto it = catalog.workOrders.find(id);
        m_store.touchWorkOrder(id, it == catalog.workOrders.end() ? now : notBefore(it->second.updated, now));
    }
    if (!m_store.commit()) {
        m_store.rollback();
        qCWarning(lcSim) << "simulate-work: tick" << m_ticks << "could not be committed";
        return 0;
    }
    qCDebug(lcSim).nospace() << "simulate-work tick " << m_ticks << ": moved " << moved << " cycles in " << changed
                             << " of " << batches.size() << " unfinished batches";
    return changed;
}

} // namespace sim
