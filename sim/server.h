#pragma once

// The HTTP front of the simulator. It subclasses QAbstractHttpServer instead of using
// QHttpServer's router so that it owns every response: 404/405 come back as problem+json
// like the rest of the API, not as Qt's plain-text defaults.

#include "auth.h"
#include "cursor.h"
#include "faults.h"
#include "oauth.h"
#include "problem.h"
#include "renderer.h"
#include "requestcounts.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <map>
#include <memory>
#include <string>

namespace sim {

class Store;
class Validation;
class WorkSimulator;

class Server final : public QAbstractHttpServer
{
public:
    Server(Store &store, ApiRevision revision, QObject *parent = nullptr);

    // Write-fault injection (--fail-writes): arms `plan` and restarts the write count at 0.
    void armFaults(FaultPlan plan);
    // --faults: the share of API requests that get each fault, and added latency. Restarts
    // the dice (same seed, same sequence) and their counts.
    void armFaultProfile(FaultProfile profile);
    // --simulate-work's ticker, paused and resumed through PUT /_sim/work (--test-admin).
    void setWorkSimulator(WorkSimulator *work) { m_work = work; }
    // --test-admin: serve GET/PUT /_sim/faults, /_sim/work and GET/DELETE /_sim/stats and
    // /_sim/requests (no token needed). Off by default.
    void setTestAdmin(bool enabled) { m_testAdmin = enabled; }
    // --oauth-auto-approve, --token-ttl, --oauth-code-ttl.
    void setOAuthOptions(const OAuthOptions &options) { m_oauth.setOptions(options); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Context
    {
        const QHttpServerRequest &request;
        const User &user;
        std::string baseUrl;
    };
    struct Page
    {
        int limit = 25;
        std::int64_t after = 0;
        std::string offset; // as given, for the self link
    };

    QHttpServerResponse dispatch(const QHttpServerRequest &request);
    // The answer of an injection that is not carried out (500, 502, 503, 429, 423).
    QHttpServerResponse refusal(Injection injection) const;
    // Sends `response` itself instead of through QHttpServerResponder (which can only answer
    // at once and in full): after `delayMs`, cut as `injection` says (Reset, Truncate, Lost).
    // `inFlight` (see countInFlight) is let go once the answer is written or given up.
    void sendRaw(QTcpSocket *socket, const QHttpServerResponse &response, Injection injection, int delayMs,
                 std::shared_ptr<void> inFlight);
    // Counts one API request as in flight for as long as the returned handle (or a copy) lives.
    std::shared_ptr<void> countInFlight();
    // GET/PUT /_sim/faults and /_sim/work; only reached with --test-admin.
    QHttpServerResponse faultsAdmin(const QHttpServerRequest &request);
    QHttpServerResponse workAdmin(const QHttpServerRequest &request);
    QHttpServerResponse statsAdmin(const QHttpServerRequest &request);
    QHttpServerResponse requestsAdmin(const QHttpServerRequest &request);
    std::optional<Page> parsePage(const QHttpServerRequest &request, const std::string &scope, Validation &v) const;
    // Keyset paging over users (a role's, those with access to a queue): sorted by their seq,
    // those after the page's position, at most its limit, and the cursor for the next page.
    struct UserPage
    {
        std::vector<const User *> rows;
        std::optional<std::string> next;
    };
    UserPage userPage(std::vector<const User *> users, const Page &page, const std::string &scope) const;
    Renderer renderer(const Context &ctx, const Aggregates &aggregates) const;

    QHttpServerResponse listBatches(const Context &ctx);
    QHttpServerResponse createBatch(const Context &ctx);
    QHttpServerResponse createBatches(const Context &ctx);
    QHttpServerResponse getBatch(const Context &ctx, const std::string &id);
    QHttpServerResponse deleteBatch(const Context &ctx, const std::string &id);
    QHttpServerResponse listRelations(const Context &ctx, const std::string &batchId);
    QHttpServerResponse createRelation(const Context &ctx, const std::string &batchId);
    QHttpServerResponse deleteRelation(const Context &ctx, const std::string &batchId, const std::string &relationId);
    // GET /batches/{id}/cycles: the batch's units (units.h), paged, filter[status] by category.
    QHttpServerResponse listCycles(const Context &ctx, const std::string &batchId);
    // GET /queues/{id}/relations: one technician relation per user with access to the queue.
    QHttpServerResponse listQueueRelations(const Context &ctx, const std::string &queueId);
    // POST /metrics (oas_report.md): cycle_success per day, user, queue and work order.
    QHttpServerResponse metrics(const Context &ctx);
    // GET of a catalog list (/queues, /work-orders, /users): permission, keyset paging, HAL page.
    struct CatalogListing
    {
        const char *permission;
        std::string scope; // cursor scope and validation schema name
        std::string path;
        std::string key;   // _embedded key
    };
    template<typename T, typename Render>
    QHttpServerResponse listCatalog(const Context &ctx, const CatalogListing &listing,
                                    const std::map<std::string, T> &all, Render render);
    QHttpServerResponse listQueues(const Context &ctx);
    QHttpServerResponse listWorkOrders(const Context &ctx);
    QHttpServerResponse listUsers(const Context &ctx);
    QHttpServerResponse me(const Context &ctx);
    // GET /roles, /roles/{id}, /roles/{id}/users (oas_role.md): any signed-in user.
    QHttpServerResponse listRoles(const Context &ctx);
    QHttpServerResponse getRole(const Context &ctx, const std::string &roleId);
    QHttpServerResponse listRoleUsers(const Context &ctx, const std::string &roleId);

    // Validates the {queue:{queue_id}, work_order:{work_order_id}, number_cycles} shared by
    // POST and PATCH /batches; returns the referenced ids.
    struct BatchTarget
    {
        std::string queueId, workOrderId;
        int numberCycles = 0;
    };
    BatchTarget validateTarget(const Json &body, Validation &v) const;
    // Inserts one fully pending batch plus its "created" relation; updates the aggregates' owners.
    std::optional<Batch> insertNewBatch(const BatchTarget &t, const User &creator, std::int64_t order,
                                        const std::string &label, std::optional<Category> category,
                                        const std::string &statusLabel, const std::string &now);
    std::optional<Relation> insertRelation(const std::string &batchId, const std::string &relation,
                                           const std::string &userId, const std::string &direction,
                                           const std::string &now);

    Store &m_store;
    ApiRevision m_revision;
    Authenticator m_auth;
    OAuthService m_oauth;
    CursorCodec m_cursors;
    FaultPlan m_faults;
    std::int64_t m_writesSeen = 0; // write requests since start or the last re-arm (one thread)
    FaultDice m_dice;
    bool m_testAdmin = false;
    // API requests (not /oauth, not /_sim) received whose answer is not written yet, the most
    // at once and how many arrived, since start or the last DELETE /_sim/stats. Shared with
    // the handles of countInFlight(), which may outlive the server (with its sockets' timers).
    struct InFlight
    {
        int now = 0;
        int peak = 0;
        std::int64_t requests = 0;
    };
    std::shared_ptr<InFlight> m_inFlight = std::make_shared<InFlight>();
    // Every request but the admin routes', by method and route template, with the statuses
    // answered (GET /_sim/requests): counted whether or not --test-admin can read them.
    RequestCounts m_requestCounts;
    WorkSimulator *m_work = nullptr;
};

} // namespace sim
