#include "units.h"

#include <algorithm>
#include <array>

namespace sim {

namespace {

std::uint64_t unitRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// FNV-1a: the same seed for the same batch id on every platform.
std::uint64_t unitSeed(const std::string &text)
{
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

std::string drawSerial(std::uint64_t &state, std::string_view alphabet, int length)
{
    std::string out;
    out.reserve(static_cast<std::size_t>(length));
    for (int i = 0; i < length; ++i)
        out += alphabet[unitRandom(state) % alphabet.size()];
    return out;
}

bool labelHas(const std::string &text, std::string_view word)
{
    return text.find(word) != std::string::npos;
}

// How far along the work a category is: surplus units move to a category of the same or a
// later stage first.
int workStage(Category c)
{
    switch (c) {
    case Category::Pending: return 0;
    case Category::InProgress: return 1;
    case Category::Blocked: return 1;
    case Category::Verifying: return 2;
    case Category::Complete: return 3;
    case Category::Cancelled: return 3;
    }
    return 0;
}

constexpr std::string_view kUnitDigits = "0123456789";
// Serial alphabets leave out the letters that read as digits (I, O).
constexpr std::string_view kUnitSerial = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

} // namespace

std::string serialNumber(const std::string &workOrderLabel, std::uint64_t seed)
{
    std::uint64_t state = seed;
    if (labelHas(workOrderLabel, "iPad") || labelHas(workOrderLabel, "iPhone") || labelHas(workOrderLabel, "MacBook")) {
        // Apple: 12 characters, the first a letter.
        return drawSerial(state, "CDFGHJKLMNPQRSTVWXYZ", 1) + drawSerial(state, kUnitSerial, 11);
    }
    if (labelHas(workOrderLabel, "Latitude"))
        return drawSerial(state, kUnitSerial, 7); // a Dell service tag
    if (labelHas(workOrderLabel, "Surface"))
        return drawSerial(state, kUnitDigits, 12);
    if (labelHas(workOrderLabel, "Zebra"))
        return drawSerial(state, "12", 1) + drawSerial(state, kUnitDigits, 13); // year-led, 14 digits
    if (labelHas(workOrderLabel, "ThinkPad"))
        return "PF" + drawSerial(state, kUnitSerial, 6); // Lenovo
    if (labelHas(workOrderLabel, "Chromebook"))
        return "NX" + drawSerial(state, kUnitSerial, 18);
    return "SN" + drawSerial(state, kUnitSerial, 10);
}

std::string blockedReason(std::uint64_t seed)
{
    static constexpr std::array<const char *, 8> kReasons{
        "Activation Lock is on: waiting for the customer to release it",
        "MDM enrollment failed: the device is not in the customer's enrollment program",
        "Cracked screen found at intake",
        "Battery health below 80 %",
        "Firmware update failed twice",
        "Missing charger in the box",
        "Asset tag does not match the packing list",
        "Waiting for a replacement part",
    };
    return kReasons[seed % kReasons.size()];
}

std::vector<Unit> makeUnits(const std::string &batchId, const std::string &workOrderLabel, const CycleCounts &counts,
                            const std::vector<std::string> &technicians, const std::string &created,
                            const std::string &updated)
{
    std::vector<Unit> units;
    units.reserve(static_cast<std::size_t>(std::max(0, counts.total())));
    std::uint64_t state = unitSeed(batchId);
    std::size_t turn = 0;
    // Finished units first, then the work under way, then what waits: the order a bench works.
    constexpr std::array<Category, 6> kOrder{Category::Complete, Category::Cancelled, Category::Verifying,
                                             Category::InProgress, Category::Blocked, Category::Pending};
    int n = 0;
    for (const Category c : kOrder) {
        for (int i = 0; i < counts[c]; ++i) {
            Unit u;
            u.batchId = batchId;
            u.id = "cyc-" + batchId + "-" + std::to_string(++n);
            u.label = serialNumber(workOrderLabel, unitRandom(state));
            u.category = c;
            u.created = created;
            u.updated = c == Category::Pending ? created : updated;
            const std::uint64_t roll = unitRandom(state);
            if (c != Category::Pending && !technicians.empty())
                u.assignedUser = technicians[turn++ % technicians.size()];
            // About one unit in twenty past intake is a second attempt.
            u.retry = c != Category::Pending && roll % 20 == 0;
            if (c == Category::Blocked)
                u.reason = blockedReason(roll >> 8);
            units.push_back(std::move(u));
        }
    }
    return units;
}

std::vector<UnitMove> planUnitMoves(const std::vector<Unit> &units, const CycleCounts &target)
{
    CycleCounts current;
    for (const Unit &u : units)
        ++current[u.category];
    // The surplus: of each category with too many, the units updated longest ago.
    std::vector<std::size_t> surplus;
    for (const Category c : kAllCategories) {
        int extra = current[c] - target[c];
        if (extra <= 0)
            continue;
        std::vector<std::size_t> of;
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (units[i].category == c)
                of.push_back(i);
        }
        std::stable_sort(of.begin(), of.end(),
                         [&units](std::size_t a, std::size_t b) { return units[a].updated < units[b].updated; });
        of.resize(static_cast<std::size_t>(extra));
        surplus.insert(surplus.end(), of.begin(), of.end());
    }
    std::vector<Category> wanted;
    for (const Category c : kAllCategories) {
        for (int i = current[c]; i < target[c]; ++i)
            wanted.push_back(c);
    }
    // Earlier stages to earlier stages: PENDING becomes IN_PROGRESS before anything skips ahead.
    std::stable_sort(surplus.begin(), surplus.end(),
                     [&units](std::size_t a, std::size_t b) { return workStage(units[a].category) < workStage(units[b].category); });
    std::stable_sort(wanted.begin(), wanted.end(), [](Category a, Category b) { return workStage(a) < workStage(b); });
    std::vector<UnitMove> moves;
    const std::size_t n = std::min(surplus.size(), wanted.size());
    for (std::size_t i = 0; i < n; ++i)
        moves.push_back({surplus[i], wanted[i]});
    return moves;
}

} // namespace sim
