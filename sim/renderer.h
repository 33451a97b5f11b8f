#pragma once

// Renders the simulated tenant as Niagara JSON. The data is the same for both API
// revisions; only the shapes differ (see sim/README.md):
//  - Seed: batches.md — numeric order/priority, queue counters, work_order.cycles an array.
//  - Later: reference/oas_batch.md — string order/priority, cycle objects with
//    needed/additional/active/in_active, assigned_users, queue is_active/min/max due dates.

#include "model.h"
#include "units.h"

#include <map>
#include <string>
#include <vector>

namespace sim {

enum class ApiRevision { Seed, Later };

struct RoleDefinition;

class Renderer final
{
public:
    Renderer(const Catalog &catalog, const Aggregates &aggregates, ApiRevision revision, std::string baseUrl);

    // batch technicians (user ids) are needed for assigned_users in the later revision.
    void setTechnicians(std::map<std::string, std::vector<std::string>> technicians);

    Json batch(const Batch &b) const;
    // For list pages: batch() leaves placeholders for the embedded queue and work order, and
    // splice() replaces them in the serialised page. The text is the same as without.
    void enableSplicing() { m_splicing = true; }
    std::string splice(const std::string &serialised) const;
    Json queue(const Queue &q, bool withLinks) const;
    Json workOrder(const WorkOrder &w, bool withLinks) const;
    Json user(const User &u) const;
    Json me(const User &u) const;
    Json relation(const Relation &r) const;
    // A unit of `b` (cycle.json): its work order and its batch embedded (spliced on pages).
    Json cycle(const Unit &u, const Batch &b) const;
    // A relation of a queue (GET /queues/{id}/relations): `r.batchId` holds the queue id.
    Json queueRelation(const Relation &r) const;
    // A role (oas_role.md; the same in both revisions): created/updated are the tenant's.
    Json role(const RoleDefinition &role, std::int64_t totalUsers, const std::string &created) const;

    // A HAL page. selfQuery/nextQuery are the already-encoded query strings.
    Json page(const std::string &path, const std::string &embeddedKey, Json items, std::int64_t total,
              int limit, const std::optional<std::string> &nextCursor, const std::string &selfQuery,
              const std::string &nextQuery) const;

    std::string href(const std::string &path) const { return m_baseUrl + path; }

private:
    Json location(const std::string &id) const;
    Json customer(const std::string &id) const;
    Json allowedStatuses(const Customer &c) const;
    Json program(const std::string &id) const;
    Json project(const std::string &id) const;
    Json workflow(const std::string &id) const;
    Json status(const Customer &c, Category category, const std::string &label) const;
    // A work order's project and a project's customer in the catalog (null when unknown).
    const Project *projectOf(const WorkOrder *wo) const;
    const Customer *customerOf(const Project *project) const;
    Json workOrderCycles(const WorkOrder &w) const;
    Category workOrderCategory(const WorkOrder &w) const;
    Json counts(const CycleCounts &c) const;

    const Catalog &m_catalog;
    const Aggregates &m_aggregates;
    ApiRevision m_revision;
    std::string m_baseUrl;
    std::map<std::string, std::vector<std::string>> m_technicians;
    // Splicing (list pages): a page embeds the same few queues and work orders in each of its
    // batches. batch() puts a placeholder where they go and renders each once per Renderer (one
    // request, one set of aggregates) as text; splice() puts the text in. A page of 100 batches
    // would otherwise copy and serialise the same 6 KB work order a hundred times.
    mutable bool m_splicing = false; // mutable: cycle() renders an embedded batch whole
    mutable std::map<std::string, std::string> m_embeddedText; // "q:<id>" / "w:<id>" -> JSON text
};

} // namespace sim
