#include "oauth.h"

#include "auth.h"
#include "logging.h"
#include "problem.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <vector>

namespace sim {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr std::int64_t kRefreshTtlMs = 30LL * 24 * 3600 * 1000;
// Expired codes and tokens are kept this long (so that an expired token is reported as
// expired, not as unknown, and a reused code is still recognised), then forgotten.
constexpr std::int64_t kPurgeGraceMs = 24LL * 3600 * 1000;

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray base64Url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// 32 bytes from the system CSPRNG, base64url without padding: 43 characters.
std::string randomSecret()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray raw(static_cast<qsizetype>(sizeof(words)), Qt::Uninitialized);
    std::memcpy(raw.data(), words.data(), sizeof(words));
    return base64Url(raw).toStdString();
}

// RFC 7636 §4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))).
std::string s256(const std::string &verifier)
{
    return base64Url(QCryptographicHash::hash(QByteArray::fromStdString(verifier), QCryptographicHash::Sha256))
        .toStdString();
}

bool constantTimeEquals(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The proof a browser carries instead of the approval secret: bound to this request's client,
// redirect URI, state and challenge, so it is worth nothing for any other request.
std::string approvalProof(const std::string &secret, const std::string &clientId, const std::string &redirectUri,
                          const std::string &state, const std::string &challenge)
{
    const std::string message = clientId + '\n' + redirectUri + '\n' + state + '\n' + challenge;
    return base64Url(QMessageAuthenticationCode::hash(QByteArray::fromStdString(message),
                                                      QByteArray::fromStdString(secret), QCryptographicHash::Sha256))
        .toStdString();
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

// RFC 7636 §4.1: 43-128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
bool validVerifier(const std::string &v)
{
    return v.size() >= 43 && v.size() <= 128 && std::all_of(v.begin(), v.end(), isUnreserved);
}

// An S256 challenge is the base64url of 32 bytes: 43 characters of [A-Za-z0-9_-].
bool validChallenge(const std::string &c)
{
    return c.size() == 43 && std::all_of(c.begin(), c.end(), [](char ch) { return isUnreserved(ch) && ch != '.' && ch != '~'; });
}

// Request parameters by name. RFC 6749 §3.1: a parameter must not be given more than once.
struct Params
{
    std::map<std::string, std::string> values;
    std::string duplicate; // the first name given twice
    std::string error;     // the body could not be read

    void add(std::string name, std::string value)
    {
        if (values.count(name)) {
            if (duplicate.empty())
                duplicate = name;
            return;
        }
        values.emplace(std::move(name), std::move(value));
    }
    bool has(const std::string &name) const { return values.count(name) > 0; }
    // An unreadable body or a parameter given twice: the same 400 for every endpoint.
    std::optional<QHttpServerResponse> malformed() const
    {
        if (!error.empty())
            return problem::oauthError("invalid_request", error);
        if (!duplicate.empty())
            return problem::oauthError("invalid_request", "parameter " + duplicate + " is given more than once");
        return std::nullopt;
    }
    std::string get(const std::string &name) const
    {
        const auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    }
};

// The query of GET /oauth/authorize, decoded as QUrlQuery does ("+" stays "+", as a Qt
// client that builds the URL with QUrlQuery means it).
Params queryParams(const QUrlQuery &query)
{
    Params p;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        p.add(name.toStdString(), value.toStdString());
    return p;
}

// application/x-www-form-urlencoded: "+" is a space, then percent-decoding (UTF-8).
Params formParams(const QByteArray &body)
{
    Params p;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray text) { return QByteArray::fromPercentEncoding(text.replace('+', ' ')).toStdString(); };
        p.add(decode(eq < 0 ? pair : pair.left(eq)), decode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    return p;
}

Params jsonParams(const QByteArray &body)
{
    Params p;
    const Json json = Json::parse(body.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        p.error = "the body is not a JSON object";
        return p;
    }
    for (const auto &[name, value] : json.items()) {
        if (value.is_null())
            continue;
        if (!value.is_string()) {
            p.error = "parameter " + name + " must be a string";
            return p;
        }
        p.add(name, value.get<std::string>());
    }
    return p;
}

// The body of POST/DELETE /oauth/token: form-encoded (the OAuth default, also when no
// Content-Type is given) or JSON.
Params bodyParams(const QHttpServerRequest &request)
{
    const QByteArray type = header(request, QByteArrayLiteral("content-type")).split(';').first().trimmed().toLower();
    if (type == "application/json")
        return jsonParams(request.body());
    if (type.isEmpty() || type == "application/x-www-form-urlencoded")
        return formParams(request.body());
    Params p;
    p.error = "Content-Type must be application/x-www-form-urlencoded or application/json";
    return p;
}

std::string missingList(const Params &p, std::initializer_list<const char *> names)
{
    std::string missing;
    for (const char *name : names) {
        if (p.get(name).empty())
            missing += (missing.empty() ? "" : ", ") + std::string(name);
    }
    return missing;
}

// RFC 8252 §7.3 loopback redirect: http, host 127.0.0.1, [::1] or localhost, an explicit
// port, any path and query; no user info and no fragment (RFC 6749 §3.1.2).
bool loopbackRedirect(const std::string &text, QUrl *url, std::string *why)
{
    *url = QUrl(QString::fromStdString(text), QUrl::StrictMode);
    const QString host = url->host();
    if (!url->isValid() || url->isRelative())
        *why = "redirect_uri is not a valid absolute URI";
    else if (url->scheme() != QLatin1String("http"))
        *why = "redirect_uri must use http (an RFC 8252 loopback redirect)";
    else if (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1") && host != QLatin1String("localhost"))
        *why = "redirect_uri must point at the loopback interface: http://127.0.0.1:PORT/..., "
               "http://[::1]:PORT/... or http://localhost:PORT/...";
    else if (url->port() < 1)
        *why = "redirect_uri must name a port";
    else if (!url->userInfo().isEmpty())
        *why = "redirect_uri must not contain user information";
    else if (url->hasFragment())
        *why = "redirect_uri must not contain a fragment";
    else
        return true;
    return false;
}

// redirect_uri with `params` appended to its query (RFC 6749 §4.1.2: the existing query is kept).
QByteArray redirectLocation(const QUrl &redirect, const std::vector<std::pair<const char *, std::string>> &params)
{
    QByteArray location = redirect.toEncoded();
    if (!redirect.hasQuery())
        location += '?';
    else if (!location.endsWith('?') && !location.endsWith('&'))
        location += '&';
    bool first = true;
    for (const auto &[name, value] : params) {
        if (!first)
            location += '&';
        first = false;
        location += QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromStdString(value));
    }
    return location;
}

QHttpServerResponse redirectTo(const QByteArray &location)
{
    QHttpServerResponse r(Status::Found);
    r.addHeader(QByteArrayLiteral("Location"), location);
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return r;
}

struct AuthorizeRequest
{
    QUrl redirect;
    std::string redirectUri, challenge, state, loginHint;
    bool hasState = false;

    // A 302 to the (verified) redirect URI with `params` and the state, if one was given.
    QHttpServerResponse answer(std::vector<std::pair<const char *, std::string>> params) const
    {
        if (hasState)
            params.emplace_back("state", state);
        return redirectTo(redirectLocation(redirect, params));
    }
    QHttpServerResponse error(const char *error, const std::string &description) const
    {
        return answer({{"error", error}, {"error_description", description}});
    }
};

// Errors about the client or the redirect URI are answered here (400 JSON): nothing is sent
// to a redirect URI that has not been verified. Later errors go to the redirect URI.
std::optional<QHttpServerResponse> validateAuthorize(const Params &p, AuthorizeRequest &out)
{
    if (auto unreadable = p.malformed())
        return std::move(*unreadable);
    const std::string clientId = p.get("client_id");
    if (clientId.empty())
        return problem::oauthError("invalid_request", "client_id is required");
    if (clientId != kOAuthClientId)
        return problem::oauthError("client_id", "unknown client_id; the registered client is "
                                                    + std::string(kOAuthClientId));
    out.redirectUri = p.get("redirect_uri");
    if (out.redirectUri.empty())
        return problem::oauthError("invalid_request", "redirect_uri is required");
    std::string why;
    if (!loopbackRedirect(out.redirectUri, &out.redirect, &why))
        return problem::oauthError("invalid_request", why);

    out.hasState = p.has("state");
    out.state = p.get("state");
    out.loginHint = p.get("login_hint");
    const std::string responseType = p.get("response_type");
    if (responseType.empty())
        return out.error("invalid_request", "response_type is required");
    if (responseType != "code")
        return out.error("unsupported_response_type", "response_type must be code");
    out.challenge = p.get("code_challenge");
    if (out.challenge.empty())
        return out.error("invalid_request", "code_challenge is required (PKCE, RFC 7636)");
    if (p.get("code_challenge_method") != "S256")
        return out.error("invalid_request", "code_challenge_method must be S256");
    if (!validChallenge(out.challenge))
        return out.error("invalid_request", "code_challenge must be the base64url (no padding) of a SHA-256 digest");
    return std::nullopt;
}

std::string escapeHtml(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string lower(const std::string &text)
{
    return QString::fromStdString(text).toLower().toStdString();
}

constexpr const char *kPageStyle = R"(
body { margin: 0; background: #f3f4f6; color: #1f2328;
       font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
main { max-width: 34rem; margin: 3rem auto; padding: 1.75rem 2rem; background: #fff;
       border-radius: 10px; box-shadow: 0 1px 3px rgba(0, 0, 0, .12); }
h1 { font-size: 1.35rem; margin: 0 0 .35rem; }
p { margin: 0 0 1rem; color: #57606a; }
code { font-size: .9em; overflow-wrap: anywhere; }
ul { list-style: none; margin: 0; padding: 0; border-top: 1px solid #d8dee4; }
li { display: flex; align-items: center; gap: .75rem; padding: .55rem .5rem; border-bottom: 1px solid #d8dee4; }
li.hinted { background: #eef4ff; }
.who { flex: 1; min-width: 0; }
.name { display: block; font-weight: 600; }
.email { color: #57606a; font-size: .9em; overflow-wrap: anywhere; }
.role { color: #57606a; font-size: .75em; letter-spacing: .04em; text-transform: uppercase; }
button { font: inherit; padding: .3rem .9rem; border-radius: 6px; cursor: pointer;
         border: 1px solid #1f6feb; background: #1f6feb; color: #fff; }
button:focus-visible { outline: 3px solid #9ec5fe; outline-offset: 1px; }
button.secondary { background: #fff; color: #1f2328; border-color: #d0d7de; }
.actions { display: flex; justify-content: flex-end; margin-top: 1.25rem; }
)";

// The sign-in page: one form whose hidden fields carry the request back (it is validated
// again on POST, with the approval proof when the page was shown for one), one "Sign in"
// button per seeded user and a "Cancel" button.
std::string signInPage(const Catalog &catalog, const AuthorizeRequest &ar, const std::string &proof)
{
    std::vector<const User *> users;
    for (const auto &[id, user] : catalog.users)
        users.push_back(&user);
    std::sort(users.begin(), users.end(), [](const User *a, const User *b) { return a->seq < b->seq; });
    const std::string hint = lower(ar.loginHint);

    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Sign in \xE2\x80\x94 niagara-sim</title>\n<style>";
    html += kPageStyle;
    html += "</style>\n</head>\n<body>\n<main>\n<h1>Sign in to niagara-sim</h1>\n"
            "<p><strong>BatchDesk</strong> (<code>";
    html += escapeHtml(kOAuthClientId);
    html += "</code>) asks to use the Niagara API as you. Choose a user of this simulated tenant; you will "
            "be sent back to <code>";
    html += escapeHtml(ar.redirect.toString(QUrl::RemoveQuery).toStdString());
    html += "</code>.</p>\n<form method=\"post\" action=\"/oauth/authorize\">\n";
    auto hidden = [&html](const char *name, const std::string &value) {
        html += "<input type=\"hidden\" name=\"";
        html += name;
        html += "\" value=\"" + escapeHtml(value) + "\">\n";
    };
    hidden("client_id", kOAuthClientId);
    hidden("response_type", "code");
    hidden("redirect_uri", ar.redirectUri);
    if (ar.hasState)
        hidden("state", ar.state);
    hidden("code_challenge", ar.challenge);
    hidden("code_challenge_method", "S256");
    if (!proof.empty())
        hidden(kApprovalProofParam, proof);
    html += "<ul>\n";
    for (const User *u : users) {
        const bool hinted = !hint.empty() && lower(u->email) == hint;
        html += hinted ? "<li class=\"hinted\">" : "<li>";
        html += "<span class=\"who\"><span class=\"name\">" + escapeHtml(u->name) + "</span> <span class=\"email\">"
                + escapeHtml(u->email) + "</span></span> <span class=\"role\">"
                + (u->isManager() ? "Manager" : "Technician") + "</span> ";
        html += "<button type=\"submit\" name=\"login\" value=\"" + escapeHtml(u->email) + "\"";
        html += hinted ? " autofocus>" : ">";
        html += "Sign in</button></li>\n";
    }
    html += "</ul>\n<div class=\"actions\"><button type=\"submit\" name=\"cancel\" value=\"1\" "
            "class=\"secondary\">Cancel</button></div>\n</form>\n</main>\n</body>\n</html>\n";
    return html;
}

const User *userByEmail(const Catalog &catalog, const std::string &email)
{
    if (email.empty())
        return nullptr;
    const std::string wanted = lower(email);
    for (const auto &[id, user] : catalog.users) {
        if (lower(user.email) == wanted)
            return &user;
    }
    return nullptr;
}

// A page of the sign-in flow: never cached, framed or allowed to load anything.
QHttpServerResponse htmlPage(const std::string &html, Status status)
{
    QHttpServerResponse page(QByteArrayLiteral("text/html; charset=utf-8"), QByteArray::fromStdString(html), status);
    page.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    page.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    page.addHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    page.addHeader(QByteArrayLiteral("Content-Security-Policy"),
                   QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    return page;
}

// The answer to an authorization request without the approval secret of --oauth-auto-approve
// (or a valid proof of it): this sim signs in only the app that started it.
QHttpServerResponse ownerOnlyPage(const char *reason = "This niagara-sim belongs to the BatchDesk demo workspace that "
                                                       "started it and approves sign-ins only for that app.")
{
    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Sign-in not available \xE2\x80\x94 niagara-sim</title>\n<style>";
    html += kPageStyle;
    html += "</style>\n</head>\n<body>\n<main>\n<h1>Sign-in not available</h1>\n<p>";
    html += reason;
    html += "</p>\n</main>\n</body>\n</html>\n";
    return htmlPage(html, Status::Forbidden);
}

} // namespace

OAuthService::OAuthService(Store &store, const Authenticator &auth)
    : m_store(store)
    , m_auth(auth)
{
}

// ------------------------------------------------------------------------------ authorize

QHttpServerResponse OAuthService::authorize(const QHttpServerRequest &request)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    Params params;
    if (post) {
        const QByteArray type = header(request, QByteArrayLiteral("content-type")).split(';').first().trimmed().toLower();
        if (!type.isEmpty() && type != "application/x-www-form-urlencoded")
            return problem::oauthError("invalid_request", "the sign-in form is posted as application/x-www-form-urlencoded");
        params = formParams(request.body());
    } else {
        params = queryParams(request.query());
    }
    AuthorizeRequest ar;
    if (auto error = validateAuthorize(params, ar))
        return std::move(*error);
    // --oauth-auto-approve: only the process that started the sim (and handed it the secret on
    // stdin) may sign in, by the header or through the page's form alike; any other local user
    // or web page gets no code. A real browser cannot send the header: the app puts a proof of
    // the secret in the URL instead (sim_approval), an HMAC over this very request's client,
    // redirect URI, state and challenge, so it opens the sign-in page for that request only.
    std::string proof;
    const std::int64_t now = nowMs();
    if (m_options.autoApprove) {
        const std::string &secret = m_options.approvalSecret;
        const bool byHeader = !secret.empty()
            && constantTimeEquals(header(request, QByteArray(kApprovalHeader)).toStdString(), secret);
        if (!byHeader) {
            proof = params.get(kApprovalProofParam);
            if (secret.empty() || proof.empty()
                || !constantTimeEquals(proof, approvalProof(secret, kOAuthClientId, ar.redirectUri, ar.state,
                                                            ar.challenge)))
                return ownerOnlyPage();
            std::erase_if(m_usedProofs, [now](const auto &used) { return used.second <= now; });
            if (m_usedProofs.count(proof))
                return ownerOnlyPage("This sign-in link has already been used. Start the sign-in again in BatchDesk.");
        }
    }

    const Catalog &catalog = m_store.catalog();
    const User *user = nullptr;
    if (post) {
        if (params.has("cancel"))
            return ar.error("access_denied", "The user cancelled the sign-in");
        user = userByEmail(catalog, params.get("login"));
        if (!user)
            return problem::oauthError("invalid_request", "login must be the email of a seeded user");
    } else if (m_options.autoApprove && proof.empty()) {
        // Approved by the header (the app playing the browser): the hinted user at once. A
        // proof always shows the page: whoever holds the browser says who they are.
        user = userByEmail(catalog, ar.loginHint);
    }
    if (!user) {
        return htmlPage(signInPage(catalog, ar, proof), Status::Ok);
    }

    m_store.purgeOAuth(now - kPurgeGraceMs);
    const std::string code = randomSecret();
    OAuthCode row;
    row.grantId = randomSecret();
    row.clientId = kOAuthClientId;
    row.userId = user->id;
    row.redirectUri = ar.redirectUri;
    row.challenge = ar.challenge;
    row.expiresAt = now + static_cast<std::int64_t>(m_options.codeTtl) * 1000;
    if (!m_store.insertOAuthCode(secretHash(code), row))
        return ar.error("server_error", "The authorization code could not be stored");
    // One code per proof; remembered as long as expired codes are (far longer than the app's
    // sign-in waits for its answer).
    if (!proof.empty())
        m_usedProofs.emplace(proof, now + kPurgeGraceMs);
    return ar.answer({{"code", code}});
}

// ---------------------------------------------------------------------------------- token

std::optional<OAuthService::Tokens> OAuthService::issue(const std::string &grantId, const std::string &clientId,
                                                        const std::string &userId)
{
    const std::int64_t now = nowMs();
    Tokens tokens{randomSecret(), randomSecret()};
    const OAuthToken access{"access", grantId, clientId, userId,
                            now + static_cast<std::int64_t>(m_options.accessTokenTtl) * 1000, false};
    const OAuthToken refresh{"refresh", grantId, clientId, userId, now + kRefreshTtlMs, false};
    if (!m_store.insertOAuthToken(secretHash(tokens.access), access)
        || !m_store.insertOAuthToken(secretHash(tokens.refresh), refresh))
        return std::nullopt;
    return tokens;
}

QHttpServerResponse OAuthService::tokenResponse(const Tokens &tokens) const
{
    QHttpServerResponse r = problem::json(Status::Ok, Json{{"access_token", tokens.access},
                                                           {"refresh_token", tokens.refresh},
                                                           {"token_type", "Bearer"},
                                                           {"expires_in", m_options.accessTokenTtl}});
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.addHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return r;
}

QHttpServerResponse OAuthService::token(const QHttpServerRequest &request)
{
    const Params p = bodyParams(request);
    if (auto unreadable = p.malformed())
        return std::move(*unreadable);
    const std::string grantType = p.get("grant_type");
    if (grantType.empty())
        return problem::oauthError("invalid_request", "grant_type is required");
    if (grantType != "authorization_code" && grantType != "refresh_token")
        return problem::oauthError("unsupported_response_type",
                                   "grant_type must be authorization_code or refresh_token");
    const std::string clientId = p.get("client_id");
    if (clientId.empty())
        return problem::oauthError("invalid_request", "client_id is required");
    if (clientId != kOAuthClientId)
        return problem::oauthError("client_id", "unknown client_id; the registered client is "
                                                    + std::string(kOAuthClientId));
    const std::int64_t now = nowMs();

    if (grantType == "authorization_code") {
        if (const std::string missing = missingList(p, {"code", "redirect_uri", "code_verifier"}); !missing.empty())
            return problem::oauthError("invalid_request", "required for grant_type=authorization_code: " + missing);
        const std::string codeHash = secretHash(p.get("code"));
        const auto code = m_store.oauthCode(codeHash);
        if (!code)
            return problem::oauthError("access_denied", "The authorization code is unknown");
        if (code->used) {
            // RFC 6749 §10.5: a code used twice may have been stolen; revoke what it gave.
            const int revoked = m_store.revokeOAuthGrant(code->grantId);
            qCInfo(lcSim).noquote()
                << QStringLiteral("authorization code used twice: its sign-in is revoked (%1 tokens)").arg(revoked);
            return problem::oauthError("access_denied",
                                       "The authorization code has already been used; the tokens issued for it "
                                       "are revoked");
        }
        if (now >= code->expiresAt)
            return problem::oauthError("access_denied", "The authorization code has expired");
        if (code->clientId != clientId)
            return problem::oauthError("client_id", "The authorization code was issued to another client");
        if (p.get("redirect_uri") != code->redirectUri)
            return problem::oauthError("invalid_request",
                                       "redirect_uri does not match the one given to /oauth/authorize");
        const std::string verifier = p.get("code_verifier");
        if (!validVerifier(verifier))
            return problem::oauthError("invalid_request",
                                       "code_verifier must be 43 to 128 characters of [A-Za-z0-9-._~]");
        if (!constantTimeEquals(s256(verifier), code->challenge))
            return problem::oauthError("invalid_request", "code_verifier does not match the code_challenge (S256)");
        if (!m_store.catalog().users.count(code->userId))
            return problem::oauthError("access_denied", "The user of this authorization code no longer exists");

        return exchange([&] { return m_store.consumeOAuthCode(codeHash); },
                        "The authorization code has already been used", code->grantId, clientId, code->userId);
    }

    // refresh_token: rotation. The presented refresh token is revoked and a new pair issued in
    // the same grant; access tokens issued earlier stay valid until they expire.
    const std::string refreshToken = p.get("refresh_token");
    if (refreshToken.empty())
        return problem::oauthError("invalid_request", "required for grant_type=refresh_token: refresh_token");
    const std::string refreshHash = secretHash(refreshToken);
    const auto row = m_store.oauthToken(refreshHash);
    if (!row || row->kind != "refresh")
        return problem::oauthError("access_denied", "The refresh token is unknown");
    if (row->revoked)
        return problem::oauthError("access_denied", "The refresh token has been revoked or already used");
    if (now >= row->expiresAt)
        return problem::oauthError("access_denied", "The refresh token has expired");
    if (row->clientId != clientId)
        return problem::oauthError("client_id", "The refresh token was issued to another client");
    if (!m_store.catalog().users.count(row->userId))
        return problem::oauthError("access_denied", "The user of this refresh token no longer exists");
    return exchange([&] { return m_store.revokeOAuthToken(refreshHash) == 1; },
                    "The refresh token has been revoked or already used", row->grantId, clientId, row->userId);
}

QHttpServerResponse OAuthService::exchange(const std::function<bool()> &consume, const char *alreadyUsed,
                                           const std::string &grantId, const std::string &clientId,
                                           const std::string &userId)
{
    // Using up the code or refresh token and issuing the new pair happen together or not at all,
    // so two requests racing with the same one cannot both get tokens.
    m_store.transaction();
    if (!consume()) {
        m_store.rollback();
        return problem::oauthError("access_denied", alreadyUsed);
    }
    const auto tokens = issue(grantId, clientId, userId);
    if (!tokens) {
        m_store.rollback();
        return problem::internalError();
    }
    m_store.commit();
    return tokenResponse(*tokens);
}

QHttpServerResponse OAuthService::revoke(const QHttpServerRequest &request)
{
    Params p;
    if (!request.body().isEmpty())
        p = bodyParams(request);
    if (auto unreadable = p.malformed())
        return std::move(*unreadable);
    if (p.has("client_id") && p.get("client_id") != kOAuthClientId)
        return problem::oauthError("client_id", "unknown client_id; the registered client is "
                                                    + std::string(kOAuthClientId));

    std::optional<OAuthToken> row;
    if (p.has("token")) {
        // By body: a refresh token (or an access token) of this server.
        const std::string token = p.get("token");
        if (token.empty())
            return problem::oauthError("invalid_request", "token is empty");
        if (m_auth.isDevToken(token))
            return problem::oauthError("invalid_request", "dev tokens (--dev-tokens) never expire and cannot be revoked");
        row = m_store.oauthToken(secretHash(token));
        if (!row || row->revoked)
            return problem::unauthorized("Invalid token: unknown or already revoked");
    } else {
        // By header: the bearer access token, even an expired one (so that signing out after
        // a long sleep still revokes the refresh token).
        const std::string token = bearerToken(request);
        if (token.empty())
            return problem::unauthorized();
        if (m_auth.isDevToken(token))
            return problem::oauthError("invalid_request", "dev tokens (--dev-tokens) never expire and cannot be revoked");
        row = m_store.oauthToken(secretHash(token));
        if (!row || row->kind != "access" || row->revoked)
            return problem::unauthorized();
    }
    m_store.revokeOAuthGrant(row->grantId);
    QHttpServerResponse r(Status::NoContent);
    r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

bool OAuthService::expireNow(const std::string &accessToken)
{
    return !accessToken.empty() && m_store.expireOAuthAccessToken(secretHash(accessToken), nowMs());
}

OAuthService::Access OAuthService::authenticate(const std::string &accessToken) const
{
    Access out;
    if (accessToken.empty())
        return out;
    const auto row = m_store.oauthToken(secretHash(accessToken));
    if (!row || row->kind != "access")
        return out;
    if (row->revoked) {
        out.failure = "The access token has been revoked";
        return out;
    }
    if (nowMs() >= row->expiresAt) {
        out.failure = "The access token has expired";
        return out;
    }
    const auto user = m_store.catalog().users.find(row->userId);
    if (user != m_store.catalog().users.end())
        out.user = &user->second;
    return out;
}

} // namespace sim
