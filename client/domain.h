#pragma once

// Plain value types for what the Niagara API returns. They carry no JSON and no Qt object
// machinery: decoders fill them, models read them. Optional wire fields are std::optional or
// empty strings; absent cycle counts are 0.

#include "client/statuscategory.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace Niagara {

// `order` (batch) and `priority` (queue) are numbers in the seed revision of the contract and
// strings (fractional-index keys such as "a", "b") in the later one. Both sort: two numbers
// numerically, two numeric strings numerically, other strings lexically, numbers before strings.
class SortKey final
{
public:
    SortKey() = default;
    static SortKey fromNumber(double value);
    static SortKey fromString(const QString &value);

    bool isNumber() const { return m_isNumber; }
    bool isValid() const { return m_valid; }
    double number() const { return m_number; }
    // The value as shown to people and written to CSV/JSON ("2", "2.5", "a").
    QString toString() const;

    std::partial_ordering operator<=>(const SortKey &other) const;
    bool operator==(const SortKey &other) const;

private:
    bool m_valid = false;
    bool m_isNumber = false;
    double m_number = 0;
    QString m_text;
};

struct Status
{
    QString label;                 // wire: "status", the customer's own name for it
    QString description;
    StatusCategory category = StatusCategory::Pending;
    std::optional<double> order;
    bool operator==(const Status &) const = default;
};

// a + b, saturated at qint64's limits. Counts and cycle numbers from the server are any
// integer >= 0 (the contract sets no upper bound): their sums must not overflow.
qint64 addCounts(qint64 a, qint64 b);

struct CycleCounts
{
    std::array<qint64, kStatusCategoryCount> counts{};

    qint64 &operator[](StatusCategory c) { return counts[static_cast<std::size_t>(c)]; }
    qint64 operator[](StatusCategory c) const { return counts[static_cast<std::size_t>(c)]; }
    // Both saturate at qint64's maximum: the server's counts have no upper bound.
    qint64 total() const;
    CycleCounts &operator+=(const CycleCounts &other);
    bool operator==(const CycleCounts &) const = default;
};

struct Address
{
    QString country; // ISO 3166-1 alpha-3
    QString administrativeArea;
    QString subAdministrativeArea;
    QString locality;
    QString postalCode;
    QString thoroughfare;
    QString premise;
    QString subPremise;
    bool operator==(const Address &) const = default;
};

struct Location
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    QString locationType; // warehouse | facility | other
    QString formattedAddress;
    Address address;
    bool operator==(const Location &) const = default;
};

struct Queue
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    SortKey priority;
    std::optional<Location> location;
    // Server-side totals; seed revision only, absent in the later one.
    std::optional<CycleCounts> totalWorkOrders;
    std::optional<qint64> totalBatches;
    std::optional<qint64> activeWorkOrders;
    std::optional<qint64> activeBatches;
    std::optional<qint64> activeCycles;
    bool operator==(const Queue &) const = default;
};

struct Customer
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    QList<Status> allowedStatuses;
    std::optional<qint64> totalPrograms;
    std::optional<qint64> totalProjects;
    bool operator==(const Customer &) const = default;
};

struct Program
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    QDateTime startDate; // null when the server sends null
    QDateTime endDate;
    Customer customer;
    QList<Status> allowedStatuses;
    bool operator==(const Program &) const = default;
};

struct Project
{
    QString id;
    QString label;
    QString description;
    QDateTime created;
    QDateTime updated;
    QDateTime startDate;
    QDateTime endDate;
    Customer customer;
    Program program;
    QList<Status> allowedStatuses;
    bool operator==(const Project &) const = default;
};

// The parts of a workflow a planner needs; steps and metadata are not kept.
struct WorkFlowSummary
{
    QString id; // work_flow_id, or entity_id in the seed revision
    QString label;
    QString schemaVersion;
    std::optional<qint64> workflowVersion;
    QString appliesTo;
    bool operator==(const WorkFlowSummary &) const = default;
};

// One entry of work_order.cycles: an array of these in the seed revision, a single object in
// the later one (decoded into a one-element list).
struct WorkOrderCycles
{
    qint64 needed = 0;
    CycleCounts counts;
    std::optional<WorkFlowSummary> workFlow;
    bool operator==(const WorkOrderCycles &) const = default;
};

struct WorkOrder
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    QString description;
    QString workOrderType;
    QDateTime beginDate;
    QDateTime dueDate;
    QDateTime startDate;
    QDateTime endDate;
    std::optional<Status> currentStatus;
    std::optional<Project> project;
    std::optional<Location> location;
    QList<WorkOrderCycles> cycles;

    qint64 cyclesNeeded() const; // saturates, as CycleCounts::total()
    bool operator==(const WorkOrder &) const = default;
};

struct User
{
    QString id;
    QString name;
    QString email;
    QDateTime created;
    QDateTime updated;
    QString profile;
    QString picture;
    bool operator==(const User &) const = default;
};

// One permission a role grants (oas_role.md). `permission` is kept as sent: the reference's
// own example ("create:USER") breaks its documented pattern, so it is not pattern-checked.
struct RoleGrant
{
    QString permission; // e.g. "batch:create"
    QString label;
    std::optional<bool> matchLocation; // scoped to the user's location(s); absent: not said
    bool operator==(const RoleGrant &) const = default;
};

// GET /roles, /roles/{role_id} (later revision only; /me and /users carry no role).
struct Role
{
    QString id; // role_id
    QString label;
    QString description; // null → empty
    QDateTime created;
    QDateTime updated;
    qint64 totalUsers = 0;
    QList<RoleGrant> grants;
    QString usersHref; // _links["nter:role-users"].href, informational only
    bool operator==(const Role &) const = default;
};

struct Me
{
    User user;
    std::optional<qint64> unreadNotifications;
    bool operator==(const Me &) const = default;
};

struct Batch
{
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    Queue queue;
    SortKey order;
    std::optional<Status> currentStatus; // null is allowed by the contract
    qint64 numberCycles = 0;
    CycleCounts cycles;
    WorkOrder workOrder;
    QList<User> assignedUsers; // later revision only
    std::optional<qint64> totalAssignedUsers;
    QString selfHref;
    bool operator==(const Batch &) const = default;
};

struct RelatedEntity
{
    QString type; // USER, WOR, ...
    QString id;
    QString label;
    QDateTime created;
    QDateTime updated;
    bool operator==(const RelatedEntity &) const = default;
};

struct Relation
{
    QString id;
    QString relation; // relation type, e.g. "technician"
    QString label;
    QString direction; // INWARD | OUTWARD
    QDateTime created;
    QDateTime updated;
    std::optional<RelatedEntity> entity;
    bool operator==(const Relation &) const = default;
};

// One unit of a batch (GET /batches/{batch_id}/cycles, the later revision's "work order
// cycle"): a device being provisioned, usually labelled with its serial number.
struct Cycle
{
    QString id;    // cycle_id; entity_id (cycle.json); action_id (the reference's example)
    QString label; // the unit's label, e.g. a serial number
    QDateTime created;
    QDateTime updated;
    std::optional<Status> currentStatus; // null: not started
    QString assignedUserId;              // assigned_user; null → empty
    bool isRetry = false;
    QString workOrderId; // work_order.work_order_id, when embedded
    QString batchId;     // batch.batch_id, when embedded (null for a cycle outside a batch)
    // The category the unit counts under: its status's, PENDING when it has none yet.
    StatusCategory category() const { return currentStatus ? currentStatus->category : StatusCategory::Pending; }
    bool operator==(const Cycle &) const = default;
};

// An item of a page that could not be decoded. The rest of the page still is.
struct DecodeIssue
{
    int index = -1;   // position in the page's item array
    QString path;     // JSON path of the first problem, e.g. "$._embedded['nter:batches'][3].queue.queue_id"
    QString message;  // what is wrong, in English (a developer-facing diagnostic)
    QString itemId;   // the item's id when it could be read
    bool operator==(const DecodeIssue &) const = default;
};

// POST /metrics (later revision, oas_report.md; `report:read`): one row of a metric report.
// A row counts one metric (e.g. "cycle_success") on one day for one combination of
// dimensions. Dimension keys the client does not know are kept as sent and ignored by readers.
struct MetricDimension
{
    QString key;   // e.g. "user", "queue", "work_order", "customer:<id>:program"
    QString value; // the entity's id
    QString label;
    bool operator==(const MetricDimension &) const = default;
};

struct MetricRow
{
    QString metric;     // e.g. "cycle_success"
    double value = 0;   // a number, or a numeric string on the wire
    QDateTime date;     // the day (or moment) the value belongs to, UTC
    QString tenantId;
    QString entityType;
    QList<MetricDimension> dimensions;
    // The value of the dimension `key` (its `value`), or a null QString when absent.
    QString dimension(QStringView key) const;
    bool operator==(const MetricRow &) const = default;
};

struct MetricReport
{
    QString reportId;
    QList<MetricRow> rows; // wire: "metrics"; at most 1000, no paging
    // Rows the decoder left out (index among the rows sent): rows.size() + skipped.size() is
    // what the server sent, e.g. to tell whether it hit its 1000-row cap.
    QList<DecodeIssue> skipped;
    bool operator==(const MetricReport &) const = default;
};

template <typename T>
struct Page
{
    qint64 totalCount = 0;
    qint64 limit = 0;
    std::optional<QString> offset; // cursor for the next page; nullopt on the last page
    QString nextHref;              // _links.next.href, informational only
    QList<T> items;
    QList<DecodeIssue> skipped;
};

// RFC 7807 problem details, as the API sends them.
struct ValidationMessage
{
    QString keyword;
    QString dataPath;
    QString schemaPath;
    QString message;
    QString paramsJson; // the params object, compact JSON
    bool operator==(const ValidationMessage &) const = default;
};

struct Problem
{
    QString title;
    QString type;
    int status = 0;
    QString detail;
    QList<ValidationMessage> validationMessages;
    bool operator==(const Problem &) const = default;
};

} // namespace Niagara

// Carried in QVariant by the item models' roles.
Q_DECLARE_METATYPE(Niagara::CycleCounts)
Q_DECLARE_METATYPE(Niagara::SortKey)
