#include "client/decode.h"

#include "client/json/fieldreaders.h"
#include "client/json/saxreader.h"

#include <QPromise>
#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <memory>

// The field tables of every decoded type. Required sets: for a batch, what both revisions of the
// contract require and both examples carry; elsewhere only what identifies an item (and, for
// standalone pages, its label and dates), so that a field one revision dropped does not sink
// data the other still sends. Present fields are always checked.

namespace Niagara::Decode {

namespace {

using namespace Niagara::Json;

// --- cycle counts -------------------------------------------------------------------------

template <StatusCategory C>
bool readCategoryCount(void *target, const Scalar &value, QString &error)
{
    return readCount((*static_cast<CycleCounts *>(target))[C], value, error);
}

template <StatusCategory C>
bool readWorkOrderCategoryCount(void *target, const Scalar &value, QString &error)
{
    return readCount(static_cast<WorkOrderCycles *>(target)->counts[C], value, error);
}

template <StatusCategory C>
constexpr FieldSpec categoryCount(std::string_view name)
{
    return {.name = name, .expected = "an integer", .scalar = &readCategoryCount<C>};
}

template <StatusCategory C>
constexpr FieldSpec workOrderCategoryCount(std::string_view name)
{
    return {.name = name, .expected = "an integer", .scalar = &readWorkOrderCategoryCount<C>};
}

// Batch `cycles` and queue `total_work_orders`. The later revision adds needed / additional /
// active / in_active (and assigned on work orders): counts, not categories; checked, not kept.
constexpr FieldSpec kCycleCountsFields[] = {
    categoryCount<StatusCategory::Pending>("pending"),
    categoryCount<StatusCategory::InProgress>("in_progress"),
    categoryCount<StatusCategory::Verifying>("verifying"),
    categoryCount<StatusCategory::Complete>("complete"),
    categoryCount<StatusCategory::Blocked>("blocked"),
    categoryCount<StatusCategory::Cancelled>("cancelled"),
    checkedCount("needed"),
    checkedCount("additional"),
    checkedCount("active"),
    checkedCount("in_active"),
    checkedCount("assigned"),
};
constexpr Schema kCycleCounts{.fields = kCycleCountsFields};

// --- shared building blocks ---------------------------------------------------------------

constexpr FieldSpec kAddressFields[] = {
    text<&Address::country>("country"),
    text<&Address::administrativeArea>("administrative_area"),
    text<&Address::subAdministrativeArea>("sub_administrative_area"),
    text<&Address::locality>("locality"),
    text<&Address::postalCode>("postal_code"),
    text<&Address::thoroughfare>("thoroughfare"),
    text<&Address::premise>("premise"),
    text<&Address::subPremise>("sub_premise"),
};
constexpr Schema kAddress{.fields = kAddressFields};

constexpr FieldSpec kLocationFields[] = {
    id<&Location::id>("location_id"),
    text<&Location::label>("label"),
    dateTime<&Location::created>("created"),
    dateTime<&Location::updated>("updated"),
    text<&Location::locationType>("location_type"),
    text<&Location::formattedAddress>("formatted_address"),
    object<&Location::address>("address", kAddress),
};
constexpr Schema kLocation{.fields = kLocationFields};

constexpr FieldSpec kStatusFields[] = {
    text<&Status::label>("status"),
    nullableText<&Status::description>("description"),
    scalarField<&Status::category, &readCategory>("category", "a status category string"),
    scalarField<&Status::order, &readOptionalNumber>("order", "a number"),
};
// A status without its category cannot be placed on the board: both are required.
constexpr Schema kStatus{.fields = kStatusFields, .requiredMask = fieldMask(kStatusFields, {"status", "category"})};

constexpr FieldSpec kCustomerFields[] = {
    id<&Customer::id>("customer_id"),
    text<&Customer::label>("label"),
    dateTime<&Customer::created>("created"),
    dateTime<&Customer::updated>("updated"),
    list<&Customer::allowedStatuses>("allowed_statuses", kStatus),
    count<&Customer::totalPrograms>("total_programs"),
    count<&Customer::totalProjects>("total_projects"),
};
constexpr Schema kCustomer{.fields = kCustomerFields};

constexpr FieldSpec kProgramFields[] = {
    id<&Program::id>("program_id"),
    text<&Program::label>("label"),
    dateTime<&Program::created>("created"),
    dateTime<&Program::updated>("updated"),
    nullableDateTime<&Program::startDate>("start_date"),
    nullableDateTime<&Program::endDate>("end_date"),
    object<&Program::customer>("customer", kCustomer),
    list<&Program::allowedStatuses>("allowed_statuses", kStatus),
};
constexpr Schema kProgram{.fields = kProgramFields};

constexpr FieldSpec kProjectFields[] = {
    id<&Project::id>("project_id"),
    text<&Project::label>("label"),
    nullableText<&Project::description>("description"),
    dateTime<&Project::created>("created"),
    dateTime<&Project::updated>("updated"),
    nullableDateTime<&Project::startDate>("start_date"),
    nullableDateTime<&Project::endDate>("end_date"),
    object<&Project::customer>("customer", kCustomer),
    object<&Project::program>("program", kProgram),
    list<&Project::allowedStatuses>("allowed_statuses", kStatus),
};
constexpr Schema kProject{.fields = kProjectFields};

// steps, metadata, triggered_by, starts_at: not in the table, so skipped unread.
constexpr FieldSpec kWorkFlowFields[] = {
    text<&WorkFlowSummary::id>("work_flow_id"), // later revision
    text<&WorkFlowSummary::id>("entity_id"),    // seed revision
    text<&WorkFlowSummary::label>("label"),
    text<&WorkFlowSummary::schemaVersion>("schema_version"),
    count<&WorkFlowSummary::workflowVersion>("workflow_version"),
    text<&WorkFlowSummary::appliesTo>("applies_to"),
};
constexpr Schema kWorkFlow{.fields = kWorkFlowFields};

constexpr FieldSpec kWorkOrderCyclesFields[] = {
    count<&WorkOrderCycles::needed>("needed"),
    workOrderCategoryCount<StatusCategory::Pending>("pending"),
    workOrderCategoryCount<StatusCategory::InProgress>("in_progress"),
    workOrderCategoryCount<StatusCategory::Verifying>("verifying"),
    workOrderCategoryCount<StatusCategory::Complete>("complete"),
    workOrderCategoryCount<StatusCategory::Blocked>("blocked"),
    workOrderCategoryCount<StatusCategory::Cancelled>("cancelled"),
    checkedCount("additional"),
    checkedCount("active"),
    checkedCount("in_active"),
    checkedCount("assigned"),
    optionalObject<&WorkOrderCycles::workFlow>("work_flow", kWorkFlow),
};
constexpr Schema kWorkOrderCycles{.fields = kWorkOrderCyclesFields};

constexpr FieldSpec kWorkOrderFields[] = {
    id<&WorkOrder::id>("work_order_id"),
    text<&WorkOrder::label>("label"),
    dateTime<&WorkOrder::created>("created"),
    dateTime<&WorkOrder::updated>("updated"),
    nullableText<&WorkOrder::description>("description"),
    text<&WorkOrder::workOrderType>("work_order_type"),
    dateTime<&WorkOrder::beginDate>("begin_date"),
    dateTime<&WorkOrder::dueDate>("due_date"),
    dateTime<&WorkOrder::startDate>("start_date"),
    dateTime<&WorkOrder::endDate>("end_date"),
    nullableObject<&WorkOrder::currentStatus>("current_status", kStatus),
    optionalObject<&WorkOrder::project>("project", kProject),
    optionalObject<&WorkOrder::location>("location", kLocation),
    // Seed revision: an array of cycle entries; later revision: one object.
    {.name = "cycles",
     .expected = "an array or an object",
     .object = &kWorkOrderCycles,
     .objectTarget = &appendToMember<&WorkOrder::cycles>,
     .element = &kWorkOrderCycles,
     .arrayTarget = &memberTarget<&WorkOrder::cycles>,
     .append = &appendElement<WorkOrderCycles>},
};
constexpr Schema kWorkOrderInBatch{.fields = kWorkOrderFields,
                                   .requiredMask = fieldMask(kWorkOrderFields, {"work_order_id", "label"})};
constexpr Schema kWorkOrderItem{
    .fields = kWorkOrderFields,
    .requiredMask = fieldMask(kWorkOrderFields, {"work_order_id", "label", "created", "updated"}),
    .idField = "work_order_id"};

constexpr FieldSpec kQueueFields[] = {
    id<&Queue::id>("queue_id"),
    text<&Queue::label>("label"),
    dateTime<&Queue::created>("created"),
    dateTime<&Queue::updated>("updated"),
    sortKey<&Queue::priority>("priority"),
    optionalObject<&Queue::location>("location", kLocation),
    optionalObject<&Queue::totalWorkOrders>("total_work_orders", kCycleCounts),
    count<&Queue::totalBatches>("total_batches"),
    count<&Queue::activeWorkOrders>("active_work_orders"),
    count<&Queue::activeBatches>("active_batches"),
    count<&Queue::activeCycles>("active_cycles"),
};
constexpr Schema kQueueInBatch{.fields = kQueueFields, .requiredMask = fieldMask(kQueueFields, {"queue_id", "label"})};
constexpr Schema kQueueItem{
    .fields = kQueueFields,
    .requiredMask = fieldMask(kQueueFields, {"queue_id", "label", "created", "updated", "priority"}),
    .idField = "queue_id"};

constexpr FieldSpec kUserFields[] = {
    id<&User::id>("user_id"),
    // user.json: name, profile and picture are "string or null".
    nullableText<&User::name>("name"),
    text<&User::email>("email"),
    dateTime<&User::created>("created"),
    dateTime<&User::updated>("updated"),
    nullableText<&User::profile>("profile"),
    nullableText<&User::picture>("picture"),
};
constexpr Schema kUserInBatch{.fields = kUserFields, .requiredMask = fieldMask(kUserFields, {"user_id"})};
constexpr Schema kUserItem{
    .fields = kUserFields,
    // user.json requires only the id and email; name may be null or absent.
    .requiredMask = fieldMask(kUserFields, {"user_id", "email"}),
    .idField = "user_id"};

// --- role (oas_role.md) -------------------------------------------------------------------

bool readBoolean(std::optional<bool> &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::Bool) {
        error = QStringLiteral("expected a boolean, got ") + kindName(value);
        return false;
    }
    out = value.boolean;
    return true;
}

constexpr FieldSpec kRoleGrantFields[] = {
    text<&RoleGrant::permission>("permission"),
    nullableText<&RoleGrant::label>("label"),
    scalarField<&RoleGrant::matchLocation, &readBoolean>("match_location", "a boolean"),
};
// Without its permission a grant says nothing; the label and match_location are extras.
constexpr Schema kRoleGrant{.fields = kRoleGrantFields, .requiredMask = fieldMask(kRoleGrantFields, {"permission"})};

constexpr FieldSpec kRoleUsersLinkFields[] = {text<&Role::usersHref>("href")};
constexpr Schema kRoleUsersLink{.fields = kRoleUsersLinkFields};
constexpr FieldSpec kRoleLinksFields[] = {flattened("nter:role-users", kRoleUsersLink)};
constexpr Schema kRoleLinks{.fields = kRoleLinksFields};

constexpr FieldSpec kRoleFields[] = {
    id<&Role::id>("role_id"),
    text<&Role::label>("label"),
    nullableText<&Role::description>("description"),
    dateTime<&Role::created>("created"),
    dateTime<&Role::updated>("updated"),
    // "number", minimum 0: only informational, so an odd value reads as 0 instead of sinking the role.
    scalarField<&Role::totalUsers, &readTotalCount>("total_users", "a number"),
    list<&Role::grants>("grants", kRoleGrant),
    flattened("_links", kRoleLinks),
};
// A role without its id or grants cannot tell what its users may do.
constexpr Schema kRole{.fields = kRoleFields,
                       .requiredMask = fieldMask(kRoleFields, {"role_id", "grants"}),
                       .idField = "role_id"};

// --- batch --------------------------------------------------------------------------------

constexpr FieldSpec kBatchSelfFields[] = {text<&Batch::selfHref>("href")};
constexpr Schema kBatchSelf{.fields = kBatchSelfFields};
constexpr FieldSpec kBatchLinksFields[] = {flattened("self", kBatchSelf)};
constexpr Schema kBatchLinks{.fields = kBatchLinksFields};

constexpr FieldSpec kBatchFields[] = {
    id<&Batch::id>("batch_id"),
    text<&Batch::label>("label"),
    dateTime<&Batch::created>("created"),
    dateTime<&Batch::updated>("updated"),
    object<&Batch::queue>("queue", kQueueInBatch),
    sortKey<&Batch::order>("order"),
    scalarField<&Batch::numberCycles, &readCycleCount>("number_cycles", "an integer"),
    object<&Batch::cycles>("cycles", kCycleCounts),
    nullableObject<&Batch::currentStatus>("current_status", kStatus),
    object<&Batch::workOrder>("work_order", kWorkOrderInBatch),
    list<&Batch::assignedUsers>("assigned_users", kUserInBatch),
    count<&Batch::totalAssignedUsers>("total_assigned_users"),
    flattened("_links", kBatchLinks),
};
constexpr Schema kBatch{.fields = kBatchFields,
                        .requiredMask = fieldMask(kBatchFields,
                                                  {"batch_id", "label", "created", "updated", "order",
                                                   "number_cycles", "cycles", "current_status", "queue",
                                                   "work_order"}),
                        .idField = "batch_id"};

// --- relation -----------------------------------------------------------------------------

constexpr FieldSpec kRelatedEntityFields[] = {
    text<&RelatedEntity::type>("entity_type"),
    text<&RelatedEntity::id>("entity_id"),
    text<&RelatedEntity::label>("label"),
    dateTime<&RelatedEntity::created>("created"),
    dateTime<&RelatedEntity::updated>("updated"),
};
constexpr Schema kRelatedEntity{.fields = kRelatedEntityFields,
                                .requiredMask = fieldMask(kRelatedEntityFields, {"entity_type", "entity_id"})};

// relation_id is an opaque (base64-like) key, not one of the pattern-checked *_id fields.
constexpr FieldSpec kRelationFields[] = {
    text<&Relation::id>("relation_id"),
    text<&Relation::relation>("relation"),
    text<&Relation::label>("label"),
    text<&Relation::direction>("direction"),
    dateTime<&Relation::created>("created"),
    dateTime<&Relation::updated>("updated"),
    optionalObject<&Relation::entity>("entity", kRelatedEntity),
};
constexpr Schema kRelation{
    .fields = kRelationFields,
    .requiredMask = fieldMask(kRelationFields, {"relation_id", "relation", "direction", "created", "updated"}),
    .idField = "relation_id"};

// --- cycle (GET /batches/{batch_id}/cycles, cycle.json) ------------------------------------

bool readFlag(bool &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::Bool) {
        error = QStringLiteral("expected a boolean, got ") + kindName(value);
        return false;
    }
    out = value.boolean;
    return true;
}

// "object or null" whose fields land in the same C++ object: null leaves them empty.
bool nullAccepted(void *, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::Null) {
        error = QStringLiteral("expected an object or null, got ") + kindName(value);
        return false;
    }
    return true;
}

// Only the ids of the embedded work order and batch are kept (the unit's own row shows them).
constexpr FieldSpec kCycleWorkOrderFields[] = {id<&Cycle::workOrderId>("work_order_id")};
constexpr Schema kCycleWorkOrder{.fields = kCycleWorkOrderFields};
constexpr FieldSpec kCycleBatchFields[] = {id<&Cycle::batchId>("batch_id")};
constexpr Schema kCycleBatch{.fields = kCycleBatchFields};

constexpr FieldSpec kCycleFields[] = {
    // The id under three names: cycle_id (cycle.json, documented), entity_id (cycle.json,
    // required), action_id (the reference's example). Whichever comes last wins; all agree.
    id<&Cycle::id>("cycle_id"),
    id<&Cycle::id>("entity_id"),
    id<&Cycle::id>("action_id"),
    text<&Cycle::label>("label"),
    dateTime<&Cycle::created>("created"),
    dateTime<&Cycle::updated>("updated"),
    nullableObject<&Cycle::currentStatus>("current_status", kStatus),
    nullableText<&Cycle::assignedUserId>("assigned_user"),
    scalarField<&Cycle::isRetry, &readFlag>("is_retry", "a boolean"),
    flattened("work_order", kCycleWorkOrder),
    {.name = "batch",
     .expected = "an object or null",
     .scalar = &nullAccepted,
     .object = &kCycleBatch,
     .objectTarget = &sameTarget},
};
// A unit is shown by its label and placed by its status: both must be there (the status may
// be null: not started). The id is not required: the reference's example names it action_id,
// and a unit without one is still a unit to look at.
constexpr Schema kCycle{.fields = kCycleFields,
                        .requiredMask = fieldMask(kCycleFields, {"label", "current_status"}),
                        .idField = "cycle_id"};

// --- metric report (POST /metrics, oas_report.md) ------------------------------------------

// A dimension's value is an entity id, which some servers write as a number: kept as text.
// Without its key a dimension says nothing. Other members (and unknown keys) are ignored.
constexpr FieldSpec kMetricDimensionFields[] = {
    text<&MetricDimension::key>("key"),
    scalarField<&MetricDimension::value, &readTextOrNumber>("value", "a string, a number or null"),
    nullableText<&MetricDimension::label>("label"),
};
constexpr Schema kMetricDimension{.fields = kMetricDimensionFields,
                                  .requiredMask = fieldMask(kMetricDimensionFields, {"key"})};

// A row without its metric, value or date cannot be counted on a day: it is skipped (the
// metrics array is the recovery point), never read as a zero or as "no date".
constexpr FieldSpec kMetricRowFields[] = {
    text<&MetricRow::metric>("metric"),
    scalarField<&MetricRow::value, &readMetricValue>("value", "a number or a numeric string"),
    dateTime<&MetricRow::date>("date"),
    nullableText<&MetricRow::tenantId>("tenant_id"),
    nullableText<&MetricRow::entityType>("entity_type"),
    list<&MetricRow::dimensions>("dimensions", kMetricDimension),
};
constexpr Schema kMetricRow{.fields = kMetricRowFields,
                            .requiredMask = fieldMask(kMetricRowFields, {"metric", "value", "date"}),
                            .idField = "metric"};

constexpr FieldSpec kMetricReportFields[] = {
    nullableText<&MetricReport::reportId>("report_id"),
    {.name = "metrics",
     .expected = "an array",
     .element = &kMetricRow,
     .arrayTarget = &memberTarget<&MetricReport::rows>,
     .append = &appendElement<MetricRow>,
     .drop = &dropLastElement<MetricRow>},
};
// Without "metrics" the body is no metric report (an empty report has an empty array).
constexpr Schema kMetricReport{.fields = kMetricReportFields,
                               .requiredMask = fieldMask(kMetricReportFields, {"metrics"})};

// --- me -----------------------------------------------------------------------------------

template <auto Member, auto Reader>
bool readMeUser(void *target, const Scalar &value, QString &error)
{
    return Reader(static_cast<Me *>(target)->user.*Member, value, error);
}

template <auto Member, auto Reader>
constexpr FieldSpec meUser(std::string_view name, std::string_view expected)
{
    return {.name = name, .expected = expected, .scalar = &readMeUser<Member, Reader>};
}

constexpr FieldSpec kNotificationsFields[] = {count<&Me::unreadNotifications>("un_read")};
constexpr Schema kNotifications{.fields = kNotificationsFields};

constexpr FieldSpec kMeFields[] = {
    meUser<&User::id, &readId>("user_id", "an id string"),
    meUser<&User::name, &readNullableString>("name", "a string or null"),
    meUser<&User::email, &readString>("email", "a string"),
    meUser<&User::created, &readDateTime>("created", "a date-time string"),
    meUser<&User::updated, &readDateTime>("updated", "a date-time string"),
    meUser<&User::profile, &readNullableString>("profile", "a string or null"),
    meUser<&User::picture, &readNullableString>("picture", "a string or null"),
    flattened("notifications", kNotifications),
};
constexpr Schema kMe{.fields = kMeFields,
                     .requiredMask = fieldMask(kMeFields, {"user_id", "email"})};

// --- problem (RFC 7807) -------------------------------------------------------------------

// Lenient: a problem body is read for diagnostics; an odd field must not hide the rest.
constexpr FieldSpec kValidationMessageFields[] = {
    scalarField<&ValidationMessage::keyword, &readAnyString>("keyword", "a string"),
    scalarField<&ValidationMessage::dataPath, &readAnyString>("dataPath", "a string"),
    scalarField<&ValidationMessage::schemaPath, &readAnyString>("schemaPath", "a string"),
    scalarField<&ValidationMessage::message, &readAnyString>("message", "a string"),
    {.name = "params", .expected = "any value", .capture = &memberTarget<&ValidationMessage::paramsJson>},
};
constexpr Schema kValidationMessage{.fields = kValidationMessageFields, .lenient = true};

constexpr FieldSpec kProblemFields[] = {
    scalarField<&Problem::title, &readAnyString>("title", "a string"),
    scalarField<&Problem::type, &readAnyString>("type", "a string"),
    scalarField<&Problem::status, &readAnyInt>("status", "a number"),
    scalarField<&Problem::detail, &readAnyString>("detail", "a string"),
    list<&Problem::validationMessages>("validation_messages", kValidationMessage),
};
constexpr Schema kProblem{.fields = kProblemFields, .lenient = true};
constexpr std::uint64_t kProblemMarkers = fieldMask(kProblemFields, {"title", "status"});

// --- pages --------------------------------------------------------------------------------

template <typename T>
struct PageTraits;
template <>
struct PageTraits<Batch>
{
    static constexpr std::string_view key = "nter:batches";
    static constexpr const Schema *item = &kBatch;
};
template <>
struct PageTraits<Queue>
{
    static constexpr std::string_view key = "nter:queues";
    static constexpr const Schema *item = &kQueueItem;
};
template <>
struct PageTraits<WorkOrder>
{
    static constexpr std::string_view key = "nter:work-orders";
    static constexpr const Schema *item = &kWorkOrderItem;
};
template <>
struct PageTraits<User>
{
    static constexpr std::string_view key = "nter:users";
    static constexpr const Schema *item = &kUserItem;
};
template <>
struct PageTraits<Relation>
{
    static constexpr std::string_view key = "nter:relations";
    static constexpr const Schema *item = &kRelation;
};

template <>
struct PageTraits<Cycle>
{
    // The reference's key: the later revision calls them work order cycles.
    static constexpr std::string_view key = "nter:work-order-cycles";
    static constexpr const Schema *item = &kCycle;
};

template <>
struct PageTraits<Role>
{
    // The reference's GET /roles example shows a single role, not the page; the key follows
    // the other listings ("nter:" + the collection), as niagara-sim serves it.
    static constexpr std::string_view key = "nter:roles";
    static constexpr const Schema *item = &kRole;
};

// The item array is the recovery point (drop set): a bad item is skipped, not fatal. It may be
// absent from _embedded (an empty page); _embedded itself is required.
template <typename T>
constexpr FieldSpec kEmbeddedFields[] = {
    {.name = PageTraits<T>::key,
     .expected = "an array",
     .element = PageTraits<T>::item,
     .arrayTarget = &memberTarget<&Page<T>::items>,
     .append = &appendElement<T>,
     .drop = &dropLastElement<T>},
};
template <typename T>
constexpr Schema kEmbedded{.fields = kEmbeddedFields<T>};

template <typename T>
constexpr FieldSpec kNextFields[] = {text<&Page<T>::nextHref>("href")};
template <typename T>
constexpr Schema kNext{.fields = kNextFields<T>};
template <typename T>
constexpr FieldSpec kPageLinksFields[] = {flattened("next", kNext<T>)};
template <typename T>
constexpr Schema kPageLinks{.fields = kPageLinksFields<T>};

template <typename T>
constexpr FieldSpec kPageFields[] = {
    scalarField<&Page<T>::totalCount, &readTotalCount>("total_count", "an integer"),
    count<&Page<T>::limit>("limit"),
    scalarField<&Page<T>::offset, &readOffset>("offset", "a string or null"),
    flattened("_embedded", kEmbedded<T>),
    flattened("_links", kPageLinks<T>),
};
template <typename T>
constexpr Schema kPage{.fields = kPageFields<T>,
                       .requiredMask = fieldMask(kPageFields<T>, {"total_count", "limit", "offset", "_embedded"})};

// --- drivers ------------------------------------------------------------------------------

template <typename T>
Result<T> decodeWith(const Schema &schema, std::string_view json, QList<DecodeIssue> *(*issuesOf)(T &))
{
    T value{};
    SaxReader reader(schema, &value, issuesOf ? issuesOf(value) : nullptr);
    if (!reader.parse(json, kMaxDepth))
        return {std::nullopt, Error{reader.error().path, reader.error().message, reader.error().tooDeep,
                                    reader.error().truncated}};
    return {std::move(value), {}};
}

template <typename T>
Result<Page<T>> decodePage(std::string_view json)
{
    return decodeWith<Page<T>>(kPage<T>, json, [](Page<T> &page) { return &page.skipped; });
}

template <typename T>
Result<T> decodeSingle(const Schema &schema, std::string_view json)
{
    return decodeWith<T>(schema, json, nullptr);
}

} // namespace

namespace {

// The batches of a page embed the same few queues and work orders (with their projects,
// customers, statuses, locations): a hundred deep copies of each, of which the store keeps
// one. Made to share the first equal copy here, on the decode thread, a decoded page holds
// about a fifth of the memory while it waits to be applied (bench_scale: decoded pages in
// flight were most of what the decode threads' allocator kept at the peak), and the store's
// interning compares strings that share their data.
template <typename T>
void shareEqual(std::vector<const T *> &seen, T &value)
{
    for (const T *held : seen) {
        if (held->id == value.id) {
            if (*held == value)
                value = *held;
            return;
        }
    }
    seen.push_back(&value);
}

} // namespace

Result<Page<Batch>> batchPage(std::string_view json)
{
    Result<Page<Batch>> result = decodePage<Batch>(json);
    if (result.value) {
        std::vector<const Queue *> queues;
        std::vector<const WorkOrder *> workOrders;
        for (Batch &batch : result.value->items) {
            shareEqual(queues, batch.queue);
            shareEqual(workOrders, batch.workOrder);
        }
    }
    return result;
}

Result<Page<Queue>> queuePage(std::string_view json)
{
    return decodePage<Queue>(json);
}

Result<Page<WorkOrder>> workOrderPage(std::string_view json)
{
    return decodePage<WorkOrder>(json);
}

Result<Page<User>> userPage(std::string_view json)
{
    return decodePage<User>(json);
}

Result<Page<Relation>> relationPage(std::string_view json)
{
    return decodePage<Relation>(json);
}

Result<Page<Role>> rolePage(std::string_view json)
{
    return decodePage<Role>(json);
}

Result<Page<Cycle>> cyclePage(std::string_view json)
{
    return decodePage<Cycle>(json);
}

Result<Role> role(std::string_view json)
{
    return decodeSingle<Role>(kRole, json);
}

Result<Batch> batch(std::string_view json)
{
    return decodeSingle<Batch>(kBatch, json);
}

Result<Relation> relation(std::string_view json)
{
    return decodeSingle<Relation>(kRelation, json);
}

Result<Me> me(std::string_view json)
{
    return decodeSingle<Me>(kMe, json);
}

Result<MetricReport> metricReport(std::string_view json)
{
    return decodeWith<MetricReport>(kMetricReport, json, [](MetricReport &report) { return &report.skipped; });
}

std::optional<Problem> problem(std::string_view json)
{
    Problem value;
    SaxReader reader(kProblem, &value, nullptr);
    // A problem body too deep to read is no problem document: the status alone explains it.
    if (!reader.parse(json, kMaxDepth) || (reader.rootSeen() & kProblemMarkers) == 0)
        return std::nullopt;
    return value;
}

QThreadPool *decodePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

QThreadPool *firstPageDecodePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

QFuture<Result<Page<Batch>>> batchPageAsync(QByteArray json)
{
    // QPromise is move-only and QThreadPool::start takes a copyable std::function: share it.
    auto promise = std::make_shared<QPromise<Result<Page<Batch>>>>();
    QFuture<Result<Page<Batch>>> future = promise->future();
    promise->start();
    // The lambda owns the bytes, so the view handed to the parser stays valid until it is done.
    decodePool()->start([promise, bytes = std::move(json)] {
        promise->addResult(batchPage(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
        promise->finish();
    });
    return future;
}

} // namespace Niagara::Decode
