#include "renderer.h"

#include "auth.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <utility>

namespace sim {

namespace {

// U+0001, a nonce drawn once per process, ':' — the start of a splice placeholder.
const std::string &spliceMark()
{
    static const std::string mark = [] {
        std::random_device device;
        char nonce[17];
        std::snprintf(nonce, sizeof nonce, "%08x%08x", device(), device());
        return std::string("\x01") + nonce + ':';
    }();
    return mark;
}
Json link(const std::string &href)
{
    return Json{{"href", href}};
}

const WorkOrderAggregate &emptyWorkOrderAggregate()
{
    static const WorkOrderAggregate a;
    return a;
}

const QueueAggregate &emptyQueueAggregate()
{
    static const QueueAggregate a;
    return a;
}

Json nullable(const std::string &s)
{
    return s.empty() ? Json(nullptr) : Json(s);
}
} // namespace

Renderer::Renderer(const Catalog &catalog, const Aggregates &aggregates, ApiRevision revision, std::string baseUrl)
    : m_catalog(catalog)
    , m_aggregates(aggregates)
    , m_revision(revision)
    , m_baseUrl(std::move(baseUrl))
{
}

void Renderer::setTechnicians(std::map<std::string, std::vector<std::string>> technicians)
{
    m_technicians = std::move(technicians);
}

Json Renderer::counts(const CycleCounts &c) const
{
    Json j = Json::object();
    for (Category cat : kAllCategories)
        j[categoryKey(cat)] = c[cat];
    return j;
}

Json Renderer::location(const std::string &id) const
{
    const auto it = m_catalog.locations.find(id);
    if (it == m_catalog.locations.end())
        return nullptr;
    const Location &l = it->second;
    Json j{{"location_id", l.id},
           {"label", l.label},
           {"created", l.created},
           {"updated", l.updated},
           {"location_type", l.type},
           {"formatted_address", l.formattedAddress},
           {"address", l.address}};
    if (m_revision == ApiRevision::Later)
        j["input_filter"] = Json::array();
    return j;
}

Json Renderer::allowedStatuses(const Customer &c) const
{
    Json list = Json::array();
    for (const AllowedStatus &s : c.statuses) {
        list.push_back(Json{{"category", categoryName(s.category)},
                            {"description", s.description},
                            {"status", s.status},
                            {"order", s.order}});
    }
    return list;
}

Json Renderer::customer(const std::string &id) const
{
    const auto it = m_catalog.customers.find(id);
    if (it == m_catalog.customers.end())
        return nullptr;
    const Customer &c = it->second;
    Json j{{"customer_id", c.id},         {"label", c.label},
           {"created", c.created},        {"updated", c.updated},
           {"external_platform", Json::object()}, {"total_programs", c.totalPrograms},
           {"total_projects", c.totalProjects},   {"allowed_statuses", allowedStatuses(c)}};
    if (m_revision == ApiRevision::Later)
        j["input_filter"] = Json::array();
    return j;
}

Json Renderer::program(const std::string &id) const
{
    const auto it = m_catalog.programs.find(id);
    if (it == m_catalog.programs.end())
        return nullptr;
    const Program &p = it->second;
    const auto cust = m_catalog.customers.find(p.customerId);
    Json j{{"program_id", p.id},
           {"label", p.label},
           {"created", p.created},
           {"updated", p.updated},
           {"customer", customer(p.customerId)},
           {"end_date", nullable(p.endDate)},
           {"start_date", nullable(p.startDate)},
           {"allowed_statuses", cust == m_catalog.customers.end() ? Json::array() : allowedStatuses(cust->second)}};
    if (m_revision == ApiRevision::Later)
        j["input_filter"] = Json::array();
    return j;
}

Json Renderer::project(const std::string &id) const
{
    const auto it = m_catalog.projects.find(id);
    if (it == m_catalog.projects.end())
        return nullptr;
    const Project &p = it->second;
    const auto cust = m_catalog.customers.find(p.customerId);
    Json j{{"project_id", p.id},
           {"label", p.label},
           {"description", p.description},
           {"created", p.created},
           {"updated", p.updated},
           {"customer", customer(p.customerId)},
           {"program", program(p.programId)},
           {"end_date", nullable(p.endDate)},
           {"start_date", nullable(p.startDate)},
           {"allowed_statuses", cust == m_catalog.customers.end() ? Json::array() : allowedStatuses(cust->second)}};
    if (m_revision == ApiRevision::Later)
        j["input_filter"] = Json::array();
    return j;
}

Json Renderer::workflow(const std::string &id) const
{
    const auto it = m_catalog.workflows.find(id);
    if (it == m_catalog.workflows.end())
        return nullptr;
    const Workflow &w = it->second;
    Json j = Json::object();
    if (m_revision == ApiRevision::Seed) {
        j["entity_type"] = "WKF";
        j["entity_id"] = w.id;
    } else {
        j["work_flow_id"] = w.id;
    }
    j["created"] = w.created;
    j["updated"] = w.updated;
    j["label"] = w.label;
    j["schema_version"] = "1.0";
    j["workflow_version"] = w.version;
    j["applies_to"] = "UNIT";
    j["starts_at"] = w.startsAt;
    j["metadata"] = w.metadata;
    j["steps"] = w.steps;
    j["triggered_by"] = Json::array({"UNIT.created"});
    return j;
}

Json Renderer::status(const Customer &c, Category category, const std::string &label) const
{
    const AllowedStatus *s = c.forCategory(category);
    Json j{{"status", !label.empty() ? label : (s ? s->status : std::string(categoryName(category)))},
           {"description", s ? Json(s->description) : Json(nullptr)},
           {"category", categoryName(category)}};
    if (s)
        j["order"] = s->order;
    return j;
}

Category Renderer::workOrderCategory(const WorkOrder &w) const
{
    const auto it = m_aggregates.workOrders.find(w.id);
    const WorkOrderAggregate &a = it == m_aggregates.workOrders.end() ? emptyWorkOrderAggregate() : it->second;
    // Cycles not yet placed in a batch are still pending work.
    CycleCounts c = a.cycles;
    c[Category::Pending] += std::max(0, w.needed - a.assigned);
    return deriveCategory(c, false);
}

Json Renderer::workOrderCycles(const WorkOrder &w) const
{
    const auto it = m_aggregates.workOrders.find(w.id);
    const WorkOrderAggregate &a = it == m_aggregates.workOrders.end() ? emptyWorkOrderAggregate() : it->second;
    CycleCounts c = a.cycles;
    c[Category::Pending] += std::max(0, w.needed - a.assigned);
    Json entry{{"needed", w.needed}};
    if (m_revision == ApiRevision::Later)
        entry["additional"] = std::max(0, a.assigned - w.needed);
    for (Category cat : kAllCategories)
        entry[categoryKey(cat)] = c[cat];
    if (m_revision == ApiRevision::Later) {
        entry["active"] = c.active();
        entry["in_active"] = c.inactive();
        entry["assigned"] = a.assigned;
    }
    entry["work_flow"] = workflow(w.workflowId);
    if (m_revision == ApiRevision::Seed)
        return Json::array({entry}); // one entry per workflow; every seeded work order has one
    return entry;
}

Json Renderer::workOrder(const WorkOrder &w, bool withLinks) const
{
    const auto proj = m_catalog.projects.find(w.projectId);
    const Customer *cust = nullptr;
    if (proj != m_catalog.projects.end()) {
        const auto c = m_catalog.customers.find(proj->second.customerId);
        if (c != m_catalog.customers.end())
            cust = &c->second;
    }
    Json j{{"work_order_id", w.id},
           {"label", w.label},
           {"created", w.created},
           {"updated", w.updated},
           {"description", w.description},
           {"work_order_type", "device"},
           {"begin_date", w.beginDate},
           {"due_date", w.dueDate},
           {"start_date", w.startDate},
           {"end_date", w.endDate},
           {"project", project(w.projectId)},
           {"location", location(w.locationId)},
           {"current_status", cust ? status(*cust, workOrderCategory(w), {}) : Json(nullptr)},
           {"cycles", workOrderCycles(w)},
           {"input_filter", Json::array()}};
    if (withLinks) {
        j["_links"] = Json{{"nter:work-order-batches", link(href("/work-orders/" + w.id + "/batches"))},
                           {"nter:work-order-queues", link(href("/work-orders/" + w.id + "/queues"))},
                           {"self", link(href("/work-orders/" + w.id))}};
    }
    return j;
}

Json Renderer::queue(const Queue &q, bool withLinks) const
{
    const auto it = m_aggregates.queues.find(q.id);
    const QueueAggregate &a = it == m_aggregates.queues.end() ? emptyQueueAggregate() : it->second;
    Json j{{"queue_id", q.id}, {"label", q.label}, {"created", q.created}, {"updated", q.updated}};
    if (m_revision == ApiRevision::Seed) {
        CycleCounts byCategory; // work orders in this queue, by their status category
        for (const std::string &id : a.workOrders) {
            const auto w = m_catalog.workOrders.find(id);
            if (w != m_catalog.workOrders.end())
                ++byCategory[workOrderCategory(w->second)];
        }
        j["priority"] = q.priority;
        j["active_work_orders"] = a.activeWorkOrders.size();
        j["active_batches"] = a.activeBatches;
        j["active_cycles"] = a.activeCycles;
        j["total_work_orders"] = counts(byCategory);
        j["total_batches"] = a.totalBatches;
        j["location"] = location(q.locationId);
    } else {
        std::string minDue, maxDue;
        for (const std::string &id : a.workOrders) {
            const auto w = m_catalog.workOrders.find(id);
            if (w == m_catalog.workOrders.end())
                continue;
            if (minDue.empty() || w->second.dueDate < minDue)
                minDue = w->second.dueDate;
            if (maxDue.empty() || w->second.dueDate > maxDue)
                maxDue = w->second.dueDate;
        }
        j["location"] = location(q.locationId);
        j["priority"] = std::to_string(q.priority);
        j["active_work_orders"] = a.activeWorkOrders.size();
        j["active_batches"] = a.activeBatches;
        j["active_cycles"] = a.activeCycles;
        j["is_active"] = true; // seeded queues are never deactivated
        j["min_due_date"] = nullable(minDue);
        j["max_due_date"] = nullable(maxDue);
    }
    if (withLinks) {
        j["_links"] = Json{{"nter:queue-location", link(href("/locations/" + q.locationId))},
                           {"nter:queue-batches", link(href("/queues/" + q.id + "/batches"))},
                           {"self", link(href("/queues/" + q.id))}};
    }
    return j;
}

std::string Renderer::splice(const std::string &serialised) const
{
    // Json::dump() writes the mark's U+0001 as \u0001. A label could hold the same characters,
    // but not the process's random nonce that follows them.
    const std::string open = "\"\\u0001" + spliceMark().substr(1);
    // Sized exactly first: a page is about 0.8 MB, and every regrowth would copy it again.
    std::size_t size = serialised.size();
    for (std::size_t at = serialised.find(open); at != std::string::npos; at = serialised.find(open, at + 1)) {
        const std::size_t close = serialised.find('"', at + open.size());
        const auto text = m_embeddedText.find(serialised.substr(at + open.size(), close - at - open.size()));
        if (close != std::string::npos && text != m_embeddedText.end())
            size += text->second.size() - (close + 1 - at);
    }
    std::string out;
    out.reserve(size);
    std::size_t from = 0;
    while (true) {
        const std::size_t at = serialised.find(open, from);
        if (at == std::string::npos)
            break;
        const std::size_t keyStart = at + open.size();
        const std::size_t close = serialised.find('"', keyStart);
        const auto text = m_embeddedText.find(serialised.substr(keyStart, close - keyStart));
        if (close == std::string::npos || text == m_embeddedText.end())
            break; // cannot happen: every mark is one batch() wrote
        out.append(serialised, from, at - from);
        out += text->second;
        from = close + 1;
    }
    out.append(serialised, from, std::string::npos);
    return out;
}

const Project *Renderer::projectOf(const WorkOrder *wo) const
{
    if (!wo)
        return nullptr;
    const auto p = m_catalog.projects.find(wo->projectId);
    return p == m_catalog.projects.end() ? nullptr : &p->second;
}

const Customer *Renderer::customerOf(const Project *project) const
{
    if (!project)
        return nullptr;
    const auto c = m_catalog.customers.find(project->customerId);
    return c == m_catalog.customers.end() ? nullptr : &c->second;
}

Json Renderer::batch(const Batch &b) const
{
    const auto q = m_catalog.queues.find(b.queueId);
    const auto w = m_catalog.workOrders.find(b.workOrderId);
    const WorkOrder *wo = w == m_catalog.workOrders.end() ? nullptr : &w->second;
    const Project *proj = projectOf(wo);
    const Customer *cust = customerOf(proj);

    Json j{{"batch_id", b.id}, {"label", b.label}, {"created", b.created}, {"updated", b.updated}};
    if (q == m_catalog.queues.end()) {
        j["queue"] = nullptr;
    } else if (m_splicing) {
        const std::string key = "q:" + b.queueId;
        if (!m_embeddedText.count(key))
            m_embeddedText.emplace(key, queue(q->second, false).dump());
        j["queue"] = spliceMark() + key;
    } else {
        j["queue"] = queue(q->second, false);
    }
    if (m_revision == ApiRevision::Seed)
        j["order"] = b.order;
    else
        j["order"] = std::to_string(b.order);
    j["number_cycles"] = b.numberCycles;
    Json cycles = Json::object();
    if (m_revision == ApiRevision::Later) {
        cycles["needed"] = b.numberCycles;
        cycles["additional"] = 0;
    }
    for (Category cat : kAllCategories)
        cycles[categoryKey(cat)] = b.cycles[cat];
    if (m_revision == ApiRevision::Later) {
        cycles["active"] = b.cycles.active();
        cycles["in_active"] = b.cycles.inactive();
    }
    j["cycles"] = cycles;
    if (!wo) {
        j["work_order"] = nullptr;
    } else if (m_splicing) {
        const std::string key = "w:" + b.workOrderId;
        if (!m_embeddedText.count(key))
            m_embeddedText.emplace(key, workOrder(*wo, false).dump());
        j["work_order"] = spliceMark() + key;
    } else {
        j["work_order"] = workOrder(*wo, false);
    }
    j["current_status"] = (b.statusCategory && cust) ? status(*cust, *b.statusCategory, b.statusLabel) : Json(nullptr);

    if (m_revision == ApiRevision::Later) {
        Json assigned = Json::array();
        const auto t = m_technicians.find(b.id);
        const std::size_t total = t == m_technicians.end() ? 0 : t->second.size();
        if (t != m_technicians.end()) {
            for (const std::string &userId : t->second) {
                if (assigned.size() >= 5)
                    break; // "Top five users assigned to the batch"
                const auto u = m_catalog.users.find(userId);
                if (u == m_catalog.users.end())
                    continue;
                assigned.push_back(Json{{"user_id", u->second.id},
                                        {"entity_id", u->second.id},
                                        {"entity_type", "USER"},
                                        {"label", u->second.name},
                                        {"created", u->second.created},
                                        {"updated", u->second.updated},
                                        {"email", u->second.email},
                                        {"name", u->second.name},
                                        {"picture", nullptr},
                                        {"profile", nullptr}});
            }
        }
        j["total_assigned_users"] = total;
        j["assigned_users"] = assigned;
    }

    Json links = Json::object();
    links["nter:batch-work-order"] = link(href("/work-orders/" + b.workOrderId));
    links["nter:batch-queue"] = link(href("/queues/" + b.queueId));
    if (proj) {
        links["nter:batch-project"] = link(href("/projects/" + proj->id));
        links["nter:batch-program"] = link(href("/programs/" + proj->programId));
        links["nter:batch-customer"] = link(href("/customers/" + proj->customerId));
    }
    if (q != m_catalog.queues.end())
        links["nter:batch-location"] = link(href("/locations/" + q->second.locationId));
    links["self"] = link(href("/batches/" + b.id));
    j["_links"] = links;
    return j;
}

Json Renderer::user(const User &u) const
{
    return Json{{"user_id", u.id},
                {"created", u.created},
                {"updated", u.updated},
                {"name", u.name},
                {"email", u.email},
                {"profile", "https://demo.batchdesk.test/people/" + u.id},
                {"picture", "https://demo.batchdesk.test/avatars/" + u.id + ".png"},
                {"_links", Json{{"self", link(href("/users/" + u.id))}}}};
}

Json Renderer::me(const User &u) const
{
    Json j = user(u);
    Json links = j["_links"];
    j.erase("_links");
    // Stable, plausible notification counters derived from the user's row.
    j["notifications"] = Json{{"un_read", static_cast<int>(u.seq % 7)},
                              {"read", static_cast<int>((u.seq * 3) % 20)},
                              {"archived", static_cast<int>(u.seq % 4)}};
    j["_links"] = links;
    return j;
}

Json Renderer::relation(const Relation &r) const
{
    Json entity{{"entity_type", r.entityType}, {"entity_id", r.entityId}};
    const auto u = m_catalog.users.find(r.entityId);
    entity["label"] = u == m_catalog.users.end() ? Json(nullptr) : Json(u->second.name);
    entity["created"] = u == m_catalog.users.end() ? r.created : u->second.created;
    entity["updated"] = u == m_catalog.users.end() ? r.updated : u->second.updated;
    return Json{{"relation_id", r.id},
                {"relation", r.relation},
                {"label", r.label},
                {"direction", r.direction},
                {"created", r.created},
                {"updated", r.updated},
                {"entity", entity},
                {"_links", Json{{"self", link(href("/batches/" + r.batchId + "/relations/" + r.id))},
                                {"nter:user", link(href("/users/" + r.entityId))}}}};
}

Json Renderer::cycle(const Unit &u, const Batch &b) const
{
    const auto w = m_catalog.workOrders.find(b.workOrderId);
    const WorkOrder *wo = w == m_catalog.workOrders.end() ? nullptr : &w->second;
    const Customer *cust = customerOf(projectOf(wo));
    Json j{{"cycle_id", u.id}, {"entity_id", u.id}, {"entity_type", "CYC"}, {"label", u.label},
           {"created", u.created}, {"updated", u.updated}};
    if (cust) {
        Json s = status(*cust, u.category, std::string());
        // A blocked unit says why in its status's description.
        if (u.category == Category::Blocked && !u.reason.empty())
            s["description"] = u.reason;
        j["current_status"] = s;
    } else {
        j["current_status"] = nullptr;
    }
    if (!wo) {
        j["work_order"] = nullptr;
    } else if (m_splicing) {
        const std::string key = "w:" + b.workOrderId;
        if (!m_embeddedText.count(key))
            m_embeddedText.emplace(key, workOrder(*wo, false).dump());
        j["work_order"] = spliceMark() + key;
    } else {
        j["work_order"] = workOrder(*wo, false);
    }
    if (m_splicing) {
        // The batch, rendered whole once (its own queue and work order in it, not spliced).
        const std::string key = "b:" + b.id;
        if (!m_embeddedText.count(key)) {
            m_splicing = false;
            m_embeddedText.emplace(key, batch(b).dump());
            m_splicing = true;
        }
        j["batch"] = spliceMark() + key;
    } else {
        j["batch"] = batch(b);
    }
    j["location_id"] = wo ? Json(wo->locationId) : Json(nullptr);
    j["resource_id"] = "res-" + u.label;
    j["assigned_user"] = u.assignedUser.empty() ? Json(nullptr) : Json(u.assignedUser);
    j["is_retry"] = u.retry;
    j["context_id"] = nullptr;
    j["_links"] = Json{{"nter:batch", link(href("/batches/" + b.id))}};
    return j;
}

Json Renderer::queueRelation(const Relation &r) const
{
    Json j = relation(r);
    j["_links"]["self"] = link(href("/queues/" + r.batchId + "/relations/" + r.id));
    return j;
}

Json Renderer::role(const RoleDefinition &role, std::int64_t totalUsers, const std::string &created) const
{
    Json grants = Json::array();
    for (const RoleGrant &grant : role.grants)
        grants.push_back(Json{{"permission", grant.permission}, {"label", grant.label},
                              {"match_location", grant.matchLocation}});
    const std::string self = "/roles/" + std::string(role.id);
    return Json{{"role_id", role.id},
                {"created", created},
                {"updated", created},
                {"label", role.label},
                {"description", role.description},
                {"total_users", totalUsers},
                {"grants", std::move(grants)},
                {"_links", Json{{"nter:role-users", link(href(self + "/users"))}, {"self", link(href(self))}}}};
}

Json Renderer::page(const std::string &path, const std::string &embeddedKey, Json items, std::int64_t total,
                    int limit, const std::optional<std::string> &nextCursor, const std::string &selfQuery,
                    const std::string &nextQuery) const
{
    Json j{{"total_count", total},
           {"limit", limit},
           {"offset", nextCursor ? Json(*nextCursor) : Json(nullptr)},
           {"_embedded", Json{{embeddedKey, std::move(items)}}}};
    Json links = Json::object();
    if (nextCursor)
        links["next"] = link(href(path + "?" + nextQuery));
    links["self"] = link(href(path + (selfQuery.empty() ? std::string() : "?" + selfQuery)));
    j["_links"] = links;
    return j;
}

} // namespace sim
