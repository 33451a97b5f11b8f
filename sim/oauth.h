#pragma once

// OAuth2 authorization code with PKCE (RFC 6749, RFC 7636) for one registered public client,
// with loopback redirect URIs only (RFC 8252), as oas_auth.md describes the endpoints:
//
//   GET  /oauth/authorize  validate, then a sign-in page (or, with --oauth-auto-approve, the
//                          approval secret and a login_hint naming a seeded user, a 302 with
//                          the code at once)
//   POST /oauth/authorize  the page's form: sign in as a user, or cancel
//
// With --oauth-auto-approve the sim belongs to whoever started it: it read a one-time approval
// secret from its stdin, and /oauth/authorize answers only requests that carry it in the
// X-Niagara-Sim-Approval header, or (for a real browser, which cannot send the header) a proof
// of it bound to the request in the sim_approval parameter; anybody else gets a 403 page and no
// code. A proof shows the sign-in page and is good for one code.
//   POST /oauth/token      authorization_code (PKCE S256) and refresh_token (rotating)
//   DELETE /oauth/token    revoke a sign-in (by bearer access token or body `token`)
//
// Codes and tokens are opaque random strings stored only as SHA-256 hashes (Store). Nothing
// here logs a code, token, verifier, challenge or state.

#include "model.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace sim {

class Authenticator;
class Store;

inline constexpr char kOAuthClientId[] = "batchdesk-desktop";

// The request header that carries the approval secret of --oauth-auto-approve.
inline constexpr char kApprovalHeader[] = "X-Niagara-Sim-Approval";
// The authorize parameter (and sign-in form field) that carries a proof of the secret instead:
// base64url(HMAC-SHA256(secret, client_id "\n" redirect_uri "\n" state "\n" code_challenge)).
inline constexpr char kApprovalProofParam[] = "sim_approval";

struct OAuthOptions
{
    bool autoApprove = false;    // --oauth-auto-approve
    std::string approvalSecret;  // with autoApprove: the line read from stdin (never logged)
    int accessTokenTtl = 3600;   // --token-ttl, seconds
    int codeTtl = 60;            // --oauth-code-ttl (test-only), seconds
};

class OAuthService final
{
public:
    OAuthService(Store &store, const Authenticator &auth);

    void setOptions(const OAuthOptions &options) { m_options = options; }
    const OAuthOptions &options() const { return m_options; }

    // GET and POST /oauth/authorize.
    QHttpServerResponse authorize(const QHttpServerRequest &request);
    // POST /oauth/token.
    QHttpServerResponse token(const QHttpServerRequest &request);
    // DELETE /oauth/token.
    QHttpServerResponse revoke(const QHttpServerRequest &request);

    // An OAuth access token presented as a bearer token: the user, or nullptr and the 401
    // detail to give (unknown, expired or revoked).
    struct Access
    {
        const User *user = nullptr;
        std::string failure;
    };
    Access authenticate(const std::string &accessToken) const;
    // --faults expire: ends the life of a live OAuth access token now, as if its lifetime had
    // run out. False for anything else (dev tokens never expire).
    bool expireNow(const std::string &accessToken);

private:
    struct Tokens
    {
        std::string access, refresh;
    };
    // Issues an access token and a refresh token in `grantId` (inside the caller's transaction).
    std::optional<Tokens> issue(const std::string &grantId, const std::string &clientId, const std::string &userId);
    QHttpServerResponse tokenResponse(const Tokens &tokens) const;
    // In one transaction: `consume` (false: already used) then issue a new pair for the grant.
    QHttpServerResponse exchange(const std::function<bool()> &consume, const char *alreadyUsed,
                                 const std::string &grantId, const std::string &clientId, const std::string &userId);

    Store &m_store;
    const Authenticator &m_auth;
    OAuthOptions m_options;
    // Proofs (sim_approval) that have issued a code, with when to forget them: a proof seen in
    // a browser's history or a process list cannot sign the app in a second time.
    std::map<std::string, std::int64_t> m_usedProofs;
};

} // namespace sim
