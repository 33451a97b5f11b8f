#pragma once

// The units of a batch (GET /batches/{batch_id}/cycles): one row per device, labelled with a
// serial number in the style of its make, its status category, who works it, whether it is a
// retry and, when blocked, why.
//
// Units follow their batch's cycle counts, which the rest of the sim owns (the seeder, batch
// creation, the work simulator): they are made from the counts the first time they are asked
// for (so a database of an older sim gets them too), and every change of the counts moves
// as many units as it must, along the work's direction, never shuffling the others.

#include "model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sim {

struct Unit
{
    std::int64_t seq = 0; // the keyset for paging
    std::string id, batchId, label, assignedUser, reason, created, updated;
    Category category = Category::Pending;
    bool retry = false;
};

// The units a batch with these counts starts with: counts[c] units of category c, labels from
// `workOrderLabel`'s device ("iPad", "Latitude", ...), the same for the same batch id. Units
// past PENDING are given to `technicians` in turn (none: unassigned).
std::vector<Unit> makeUnits(const std::string &batchId, const std::string &workOrderLabel, const CycleCounts &counts,
                            const std::vector<std::string> &technicians, const std::string &created,
                            const std::string &updated);

// A unit's serial number in the style of the device a work order provisions: Apple's
// 12 characters, a Dell service tag, a Surface's 12 digits, a Zebra or Chromebook serial.
std::string serialNumber(const std::string &workOrderLabel, std::uint64_t seed);

// Why a blocked unit waits ("Activation Lock is on"), picked by `seed`.
std::string blockedReason(std::uint64_t seed);

// Which units change category, and to what, so that `units` count as `target`: the surplus of
// each category (the longest-waiting first) goes to the categories short of units, earlier
// stages to earlier stages. Empty when they already agree. Pure: the store applies it.
struct UnitMove
{
    std::size_t index; // into `units`
    Category to;
};
std::vector<UnitMove> planUnitMoves(const std::vector<Unit> &units, const CycleCounts &target);

} // namespace sim
