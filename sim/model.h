#pragma once

// Plain data of the simulated Niagara tenant. Strings are std::string because they flow
// straight into nlohmann::json; timestamps are already formatted ISO 8601 UTC with ms.

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sim {

// The store's texts are UTF-8 std::strings; Qt's APIs want QString.
inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Insertion-ordered so that responses read like the contract's examples.
using Json = nlohmann::ordered_json;

enum class Category { Pending, InProgress, Verifying, Complete, Blocked, Cancelled };
inline constexpr std::array<Category, 6> kAllCategories{Category::Pending, Category::InProgress,
                                                        Category::Verifying, Category::Complete,
                                                        Category::Blocked, Category::Cancelled};

// "IN_PROGRESS" (status category enum) and "in_progress" (cycle counter key).
const char *categoryName(Category c);
const char *categoryKey(Category c);
std::optional<Category> categoryFromName(std::string_view name);

struct CycleCounts
{
    std::array<int, 6> n{};

    int &operator[](Category c) { return n[static_cast<std::size_t>(c)]; }
    int operator[](Category c) const { return n[static_cast<std::size_t>(c)]; }
    int total() const;
    // The later API revision calls pending+in_progress+verifying+blocked "active".
    int active() const;
    int inactive() const { return total() - active(); }
    CycleCounts &operator+=(const CycleCounts &o);
};

// The status category a set of cycles is in, as a shop-floor manager would read it. For a
// batch a blocked cycle wins (someone must act); a work order with other work under way is
// still in progress (blockedWins = false).
Category deriveCategory(const CycleCounts &c, bool blockedWins = true);

struct AllowedStatus
{
    std::string status;
    std::string description;
    Category category = Category::Pending;
    int order = 0;
};

struct Location
{
    std::string id, label, type, formattedAddress, created, updated;
    Json address;
};

struct Customer
{
    std::string id, label, created, updated;
    std::vector<AllowedStatus> statuses;
    int totalPrograms = 0;
    int totalProjects = 0;
    const AllowedStatus *forCategory(Category c) const;
};

struct Program
{
    std::string id, customerId, label, startDate, endDate, created, updated;
};

struct Project
{
    std::string id, programId, customerId, label, description, startDate, endDate, created, updated;
};

struct Workflow
{
    std::string id, label, startsAt, created, updated;
    int version = 1;
    Json steps;
    Json metadata;
};

struct Queue
{
    std::int64_t seq = 0;
    std::string id, label, locationId, created, updated;
    int priority = 0;
};

struct WorkOrder
{
    std::int64_t seq = 0;
    std::string id, label, shortLabel, description, projectId, locationId, workflowId;
    std::string beginDate, dueDate, startDate, endDate, created, updated;
    int needed = 0;
};

struct User
{
    std::int64_t seq = 0;
    // tokenHash: secretHash() of the personal token; the token itself is never stored.
    std::string id, email, name, role, tokenHash, created, updated;
    bool isManager() const { return role == "manager"; }
};

struct Batch
{
    std::int64_t seq = 0; // immutable, monotonically increasing: the keyset for paging
    std::string id, label, queueId, workOrderId, created, updated;
    std::int64_t order = 0;
    int numberCycles = 0;
    CycleCounts cycles;
    std::optional<Category> statusCategory; // null current_status when unset
    std::string statusLabel;                // empty: use the customer's label
};

struct Relation
{
    std::int64_t seq = 0;
    std::string id, batchId, relation, label, direction, entityType, entityId, created, updated;
};

// Everything that changes only through seeding; loaded once, kept in memory.
struct Catalog
{
    std::map<std::string, Location> locations;
    std::map<std::string, Customer> customers;
    std::map<std::string, Program> programs;
    std::map<std::string, Project> projects;
    std::map<std::string, Workflow> workflows;
    std::map<std::string, Queue> queues;
    std::map<std::string, WorkOrder> workOrders;
    std::map<std::string, User> users;
    std::map<std::string, std::string> userByTokenHash; // secretHash(personal token) -> user_id
    std::map<std::string, std::set<std::string>> queueAccess; // user_id -> queue ids
};

// Live aggregates derived from the batches table on each request that needs them.
struct WorkOrderAggregate
{
    CycleCounts cycles;
    int assigned = 0; // cycles placed in batches
    int batches = 0;
};

struct QueueAggregate
{
    int totalBatches = 0;
    int activeBatches = 0;
    int activeCycles = 0;
    std::set<std::string> workOrders;
    std::set<std::string> activeWorkOrders;
};

struct Aggregates
{
    std::map<std::string, WorkOrderAggregate> workOrders;
    std::map<std::string, QueueAggregate> queues;
};

// ISO 8601 UTC with milliseconds, e.g. 2026-11-29T08:15:00.000Z.
std::string isoTimestamp(const QDateTime &t);
std::string isoNow();

} // namespace sim
