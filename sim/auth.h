#pragma once

// Bearer-token authentication and the permission model of the simulated tenant.
// Managers hold the manager permission set; technicians may only read batches of the
// queues they have access to (batch:read scoped by queue membership), who works which queue
// (queue:read) and their profile.
// The roles below are the one source of both: Authenticator::has() checks a user's role's
// grants and GET /roles lists the same grants, so what the sim says and enforces agree.

#include "model.h"

#include <QHttpServerRequest>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sim {

namespace perm {
inline constexpr const char *BatchCreate = "batch:create";
inline constexpr const char *BatchUpdate = "batch:update";
inline constexpr const char *BatchDelete = "batch:delete";
inline constexpr const char *BatchAttach = "batch:attach";
inline constexpr const char *BatchDetach = "batch:detach";
inline constexpr const char *BatchRead = "batch:read";
inline constexpr const char *BatchAll = "batch:all";
inline constexpr const char *QueueAll = "queue:all";
inline constexpr const char *WorkOrderAll = "work-order:all";
inline constexpr const char *UserAll = "user:all";
inline constexpr const char *MeProfile = "me:profile";
inline constexpr const char *QueueRead = "queue:read";   // GET /queues/{id}/relations
inline constexpr const char *ReportRead = "report:read"; // POST /metrics (oas_report.md)
} // namespace perm

// One grant of a role as GET /roles shows it (oas_role.md: permission, label, match_location).
struct RoleGrant
{
    const char *permission;
    const char *label;
    bool matchLocation; // scoped: the technician's batch:read covers only the queues they may see
};

struct RoleDefinition
{
    const char *id; // role_id; also the value of User::role
    const char *label;
    const char *description;
    std::vector<RoleGrant> grants;
    bool allows(std::string_view permission) const;
};

// The tenant's roles, in listing order (managers first).
const std::vector<RoleDefinition> &roleDefinitions();
const RoleDefinition *findRole(std::string_view roleId);
// The role a user holds: theirs by id; a role the sim does not know reads like a technician's
// (as the permission check always did), so it is listed under "technician" too.
const RoleDefinition &roleOf(const User &user);

// A request header's value by name (names are case-insensitive, RFC 9110 §5.1), or empty.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
// The token of "Authorization: Bearer <token>" (scheme case-insensitive), or "".
std::string bearerToken(const QHttpServerRequest &request);
// Lower-case hex SHA-256 of a secret: the only form in which the database keeps personal
// tokens and OAuth codes and tokens.
std::string secretHash(const std::string &secret);
// A new personal token: 32 bytes from the system CSPRNG, base64url without padding.
std::string newPersonalToken();

class Authenticator final
{
public:
    explicit Authenticator(const Catalog &catalog) : m_catalog(catalog) {}

    // The user behind "Authorization: Bearer <dev token>", or nullptr. OAuth access tokens
    // are checked by OAuthService.
    const User *authenticate(const QHttpServerRequest &request) const;
    // Whether `token` is one of the personal tokens (--dev-tokens): they never expire and
    // cannot be revoked.
    bool isDevToken(const std::string &token) const
    {
        return !token.empty() && m_catalog.userByTokenHash.count(secretHash(token)) > 0;
    }
    static bool has(const User &user, const std::string &permission);
    // Whether the user may read a batch that lives in queueId.
    bool canReadQueue(const User &user, const std::string &queueId) const;
    // nullopt: every queue; otherwise exactly these queues.
    std::optional<std::set<std::string>> readableQueues(const User &user) const;

private:
    const Catalog &m_catalog;
};

} // namespace sim
