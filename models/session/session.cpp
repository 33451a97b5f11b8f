#include "models/session/session.h"

#include "client/auth/credentialstore.h"
#include "client/auth/oauthsignin.h"
#include "client/logging.h"
#include "client/niagaraclient.h"
#include "client/pagewalk.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QUuid>

namespace BatchDesk {

using Niagara::Credentials;
using Niagara::ServerProfile;

namespace {

const QString kGroup = QStringLiteral("servers");

QString groupOf(const QString &id)
{
    return kGroup + QLatin1Char('/') + id + QLatin1Char('/');
}

} // namespace

// --- ServerDirectory

ServerDirectory::ServerDirectory(QSettings *settings)
    : m_settings(settings)
{
}

QList<ServerProfile> ServerDirectory::profiles() const
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ServerProfile> out;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::stable_sort(out.begin(), out.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.demo != b.demo ? a.demo : a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ServerProfile> ServerDirectory::profile(const QString &id) const
{
    const QString g = groupOf(id);
    if (id.isEmpty() || !m_settings->contains(g + QStringLiteral("baseUrl")))
        return std::nullopt;
    ServerProfile p;
    p.id = id;
    p.name = m_settings->value(g + QStringLiteral("name")).toString();
    p.baseUrl = QUrl(m_settings->value(g + QStringLiteral("baseUrl")).toString());
    p.clientId = m_settings->value(g + QStringLiteral("clientId"), p.clientId).toString();
    p.authorizationUrl = QUrl(m_settings->value(g + QStringLiteral("authorizationUrl")).toString());
    p.tokenUrl = QUrl(m_settings->value(g + QStringLiteral("tokenUrl")).toString());
    p.demo = m_settings->value(g + QStringLiteral("demo"), false).toBool();
    return p;
}

std::optional<ServerProfile> ServerDirectory::profileForUrl(const QUrl &url) const
{
    const QUrl wanted = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    for (const ServerProfile &p : profiles()) {
        if (p.baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) == wanted)
            return p;
    }
    return std::nullopt;
}

void ServerDirectory::save(const ServerProfile &profile)
{
    const QString g = groupOf(profile.id);
    m_settings->setValue(g + QStringLiteral("name"), profile.name);
    m_settings->setValue(g + QStringLiteral("baseUrl"), profile.baseUrl.toString());
    m_settings->setValue(g + QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(g + QStringLiteral("authorizationUrl"), profile.authorizationUrl.toString());
    m_settings->setValue(g + QStringLiteral("tokenUrl"), profile.tokenUrl.toString());
    m_settings->setValue(g + QStringLiteral("demo"), profile.demo);
}

void ServerDirectory::remove(const QString &id)
{
    m_settings->remove(kGroup + QLatin1Char('/') + id);
}

QString ServerDirectory::currentId() const
{
    return m_settings->value(QStringLiteral("connection/current")).toString();
}

void ServerDirectory::setCurrentId(const QString &id)
{
    m_settings->setValue(QStringLiteral("connection/current"), id);
}

QString ServerDirectory::lastUser(const QString &profileId) const
{
    return m_settings->value(groupOf(profileId) + QStringLiteral("lastUser")).toString();
}

void ServerDirectory::setLastUser(const QString &profileId, const QString &email)
{
    m_settings->setValue(groupOf(profileId) + QStringLiteral("lastUser"), email);
}

// --- Session

Session::Session(QNetworkAccessManager *network, Niagara::NiagaraClient *client, Niagara::CredentialStore *store,
                 QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_client(client)
    , m_store(store)
    , m_directory(settings)
    , m_permissions(new Permissions(this))
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] { renew([](bool) {}); });
}

Session::~Session()
{
    if (m_client)
        m_client->setTokenRenewer(nullptr);
}

std::optional<QString> Session::saveProfile(const ServerProfile &input)
{
    ServerProfile profile = input;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QUrl &url : {profile.baseUrl, profile.effectiveAuthorizationUrl(), profile.effectiveTokenUrl()}) {
        if (auto refused = Niagara::TransportPolicy::check(url))
            return refused;
    }
    if (profile.clientId.trimmed().isEmpty())
        return tr("Enter the OAuth client id the server's administrator gave you.");
    if (profile.name.trimmed().isEmpty())
        profile.name = profile.baseUrl.host();
    m_directory.save(profile);
    if (m_profile && m_profile->id == profile.id) {
        m_profile = profile;
        applyToClient();
    }
    Q_EMIT profilesChanged();
    return std::nullopt;
}

void Session::removeProfile(const QString &id)
{
    if (m_profile && m_profile->id == id) {
        signOut();
    } else if (const QString user = m_directory.lastUser(id); !user.isEmpty()) {
        // Not signed in to it right now, but its sign-in is saved: a removed server leaves no
        // secret behind either.
        m_store->remove(Niagara::CredentialStore::entryKey(id, user), this, [](Niagara::CredentialStore::Result) {});
    }
    m_directory.remove(id);
    Q_EMIT profilesChanged();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::SignedOut || state == State::SignInRequired)
        m_confirmed = false;
    Q_EMIT stateChanged(state);
}

QString Session::entryKey() const
{
    if (!m_profile)
        return {};
    const QString email = m_credentials.userEmail.isEmpty() ? m_directory.lastUser(m_profile->id) : m_credentials.userEmail;
    return Niagara::CredentialStore::entryKey(m_profile->id, email);
}

void Session::applyToClient()
{
    if (!m_client)
        return;
    if (m_profile)
        m_client->setBaseUrl(m_profile->baseUrl);
    m_client->setBearerToken(m_credentials.accessToken);
    if (m_credentials.canRefresh())
        m_client->setTokenRenewer([this](std::function<void(bool)> done) { renew(std::move(done)); });
    else
        m_client->setTokenRenewer(nullptr);
}

void Session::switchTo(const QString &profileId)
{
    const auto profile = m_directory.profile(profileId);
    if (!profile)
        return;
    ++m_generation;
    m_signIn.reset();
    m_renewTimer.stop();
    if (m_client)
        m_client->cancelAll(); // answers from the old server must not land in the new view
    m_profile = profile;
    m_credentials = {};
    m_user = {};
    m_permissions->setUserId({});
    m_directory.setCurrentId(profile->id);
    applyToClient();
    setState(State::SignedOut);
    Q_EMIT currentProfileChanged();
    restore();
}

void Session::restore()
{
    if (!m_profile) {
        m_profile = m_directory.profile(m_directory.currentId());
        if (!m_profile)
            return;
        applyToClient();
        Q_EMIT currentProfileChanged();
    }
    if (m_directory.lastUser(m_profile->id).isEmpty()) {
        setState(State::SignedOut);
        return;
    }
    setState(State::SigningIn);
    const quint64 generation = m_generation;
    m_store->read(entryKey(), this, [this, generation](Niagara::CredentialStore::Result result) {
        if (generation != m_generation)
            return;
        if (result.status == Niagara::CredentialStore::Status::Unavailable) {
            m_keychainAvailable = false;
            Q_EMIT message(result.message);
            setState(State::SignedOut);
            return;
        }
        if (result.status != Niagara::CredentialStore::Status::Ok) {
            setState(State::SignedOut);
            return;
        }
        const Credentials saved = *result.credentials;
        const bool expired = saved.expiresAt.isValid()
            && saved.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(5);
        m_credentials = saved;
        applyToClient();
        if (expired && saved.canRefresh()) {
            renew([this, generation](bool ok) {
                if (generation == m_generation && ok)
                    identify(m_credentials, false);
            });
            return;
        }
        // A 401 here renews through the client's renewer, so a stale token costs no prompt.
        identify(saved, false);
    });
}

bool Session::reidentify()
{
    // SigningIn: an identification is under way already (its answer may be what brought the
    // server back).
    if (m_state != State::SignedIn || m_confirmed || !m_credentials.isValid())
        return false;
    identify(m_credentials, false);
    return true;
}

void Session::identify(Credentials credentials, bool save)
{
    m_confirmed = false;
    const Credentials previous = m_credentials;
    const Niagara::User previousUser = m_user;
    m_credentials = credentials;
    applyToClient();
    setState(State::SigningIn);
    const quint64 generation = m_generation;
    m_client->getMe(this, [this, generation, save, previous, previousUser](Niagara::Outcome<Niagara::Me> me) {
        if (generation != m_generation)
            return;
        if (!me.ok()) {
            if (m_credentials.kind == Credentials::Kind::PersonalToken && save) {
                // A pasted token that does not work is not kept.
                m_credentials = previous;
                m_user = previousUser;
                applyToClient();
                setState(m_credentials.isValid() ? State::SignedIn : State::SignedOut);
                Q_EMIT message(tr("This token was not accepted: %1").arg(me.error.message()));
                return;
            }
            if (me.error.kind() == Niagara::ApiError::Kind::Unauthorized) {
                requireSignIn(tr("Your sign-in to %1 is no longer valid. Sign in again; nothing on screen is lost.")
                                  .arg(m_profile ? m_profile->name : QString()));
                return;
            }
            // The server is unreachable just now: keep the credentials; the board says why.
            m_user.id = m_credentials.userId;
            m_user.name = m_credentials.userName;
            m_user.email = m_credentials.userEmail;
            setState(State::SignedIn);
            scheduleRenewal();
            Q_EMIT message(me.error.message());
            return;
        }
        m_confirmed = true;
        m_user = me.value->user;
        m_credentials.userId = m_user.id;
        m_credentials.userName = m_user.name;
        m_credentials.userEmail = m_user.email;
        if (save)
            persist();
        if (m_profile)
            m_directory.setLastUser(m_profile->id, m_user.email);
        m_permissions->setUserId(m_user.id);
        // Signed in means knowing what the user may do: the board enables its actions once.
        learnGrants([this, generation] {
            if (generation != m_generation)
                return;
            setState(State::SignedIn);
            scheduleRenewal();
            Q_EMIT signedIn(m_user);
        });
    });
}

void Session::learnGrants(std::function<void()> done)
{
    // What the user may do, from what the server says their role grants: GET /roles (every
    // page), then each role's users (paged, in parallel) until the user turns up. Anything
    // short of a clear answer — no /roles (the seed revision: 404/405), a refusal (403), a
    // failure, a role or user that could not be read, the user in no role — leaves the grants
    // unknown: the server then decides each write. A late answer (another server or user by
    // now) changes nothing and does not call `done`.
    if (!m_client) {
        m_permissions->setGranted(std::nullopt);
        done();
        return;
    }
    struct Search
    {
        int pending = 0;
        bool unsure = false; // something could not be read: the answer is not complete
        QSet<QString> granted;
        bool found = false;
    };
    auto search = std::make_shared<Search>();
    const quint64 generation = m_generation;
    const QString userId = m_user.id;
    const auto current = [this, generation, userId] { return generation == m_generation && userId == m_user.id; };
    const auto settle = [this, search, done] {
        if (search->unsure || !search->found) {
            m_permissions->setGranted(std::nullopt);
        } else {
            m_permissions->setGranted(Permissions::expandGrants(search->granted));
        }
        done();
    };

    QPointer<Niagara::NiagaraClient> client = m_client;
    Niagara::PageFetch<Niagara::Role> fetchRoles = [client, search](const Niagara::PageRequest &page, QObject *context,
                                                                    Niagara::NiagaraClient::Callback<Niagara::Page<Niagara::Role>> next) {
        if (!client)
            return Niagara::RequestId{};
        return client->listRoles(page, context, [search, next](Niagara::Outcome<Niagara::Page<Niagara::Role>> outcome) {
            if (outcome.ok() && !outcome.value->skipped.isEmpty())
                search->unsure = true; // a role that could not be read may be the user's
            next(std::move(outcome));
        });
    };
    Niagara::collectAllPages<Niagara::Role>(
        Niagara::Operation::ListRoles, fetchRoles, this,
        [this, search, current, settle, userId](Niagara::Outcome<QList<Niagara::Role>> roles) {
            if (!current())
                return;
            if (!roles.ok()) {
                const Niagara::ApiError &error = roles.error;
                if (error.kind() == Niagara::ApiError::Kind::NotFound || error.httpStatus() == 405)
                    qCInfo(lcNiagaraAuth) << "the server has no roles; permissions are decided per write";
                else
                    qCInfo(lcNiagaraAuth) << "roles not available (HTTP" << error.httpStatus() << "); permissions are decided per write";
                search->unsure = true;
                settle();
                return;
            }
            if (roles.value->isEmpty()) {
                settle();
                return;
            }
            search->pending = static_cast<int>(roles.value->size());
            for (const Niagara::Role &role : std::as_const(*roles.value)) {
                QStringList grants;
                for (const Niagara::RoleGrant &grant : role.grants)
                    grants.append(grant.permission);
                findUserInRole(role.id, userId, {}, {},
                               [search, current, settle, grants](std::optional<bool> holds) {
                                   if (!current())
                                       return;
                                   if (!holds) {
                                       search->unsure = true;
                                   } else if (*holds) {
                                       search->found = true;
                                       for (const QString &permission : grants)
                                           search->granted.insert(permission);
                                   }
                                   if (--search->pending == 0)
                                       settle();
                               });
            }
        });
}

void Session::findUserInRole(const QString &roleId, const QString &userId, const QString &cursor,
                             QSet<QString> seenCursors, std::function<void(std::optional<bool>)> done)
{
    if (!m_client)
        return;
    Niagara::PageRequest page;
    page.offset = cursor;
    m_client->listRoleUsers(
        roleId, page, this,
        [this, roleId, userId, seenCursors = std::move(seenCursors), done](Niagara::Outcome<Niagara::Page<Niagara::User>> outcome) mutable {
            if (!outcome.ok()) {
                done(std::nullopt);
                return;
            }
            for (const Niagara::User &user : std::as_const(outcome.value->items)) {
                if (user.id == userId) {
                    done(true); // found: the rest of the role's users are not needed
                    return;
                }
            }
            const std::optional<QString> next = outcome.value->offset;
            if (!outcome.value->skipped.isEmpty()) {
                done(std::nullopt); // an unreadable user may be this one
                return;
            }
            if (!next || next->isEmpty()) {
                done(false);
                return;
            }
            if (seenCursors.contains(*next)) {
                done(std::nullopt); // the server repeats itself: no answer
                return;
            }
            seenCursors.insert(*next);
            findUserInRole(roleId, userId, *next, std::move(seenCursors), std::move(done));
        });
}

void Session::persist()
{
    if (!m_profile || !m_credentials.isValid())
        return;
    m_store->write(entryKey(), m_credentials, this, [this](Niagara::CredentialStore::Result result) {
        if (result.status == Niagara::CredentialStore::Status::Ok) {
            m_keychainAvailable = true;
            return;
        }
        if (m_keychainAvailable)
            Q_EMIT message(result.message); // said once, not on every renewal
        m_keychainAvailable = false;
    });
}

void Session::signInWithBrowser(const QString &loginHint)
{
    if (!m_profile)
        return;
    m_signIn = std::make_unique<Niagara::OAuthSignIn>(m_network, *m_profile);
    const QString hint = loginHint.isEmpty() ? m_credentials.userEmail : loginHint;
    m_signIn->setLoginHint(hint);
    m_signIn->setTimeout(m_signInTimeout);
    const State before = m_state;
    const quint64 generation = m_generation;
    connect(m_signIn.get(), &Niagara::OAuthSignIn::authorizeUrl, this, &Session::authorizeUrl);
    connect(m_signIn.get(), &Niagara::OAuthSignIn::succeeded, this, [this, generation](const Credentials &c) {
        if (generation != m_generation)
            return;
        m_signIn.release()->deleteLater();
        identify(c, true);
    });
    connect(m_signIn.get(), &Niagara::OAuthSignIn::failed, this, [this, generation, before](const QString &why) {
        if (generation != m_generation)
            return;
        m_signIn.release()->deleteLater();
        setState(before == State::SigningIn ? State::SignedOut : before);
        Q_EMIT message(why);
    });
    setState(State::SigningIn);
    m_signIn->start();
}

void Session::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
}

void Session::usePersonalToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT message(tr("Paste the personal token first."));
        return;
    }
    if (!m_profile)
        return;
    Credentials c;
    c.kind = Credentials::Kind::PersonalToken;
    c.accessToken = trimmed;
    identify(c, true);
}

void Session::signOut()
{
    ++m_generation;
    m_signIn.reset();
    m_renewTimer.stop();
    if (m_profile && m_credentials.kind == Credentials::Kind::OAuth && m_credentials.isValid()
        && !Niagara::TransportPolicy::check(m_profile->effectiveTokenUrl())) {
        // Revoke on the server too; the answer does not matter (the keychain entry goes anyway).
        QNetworkRequest request(m_profile->effectiveTokenUrl());
        request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken.toUtf8());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network->deleteResource(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    if (m_profile) {
        m_store->remove(entryKey(), this, [](Niagara::CredentialStore::Result) {});
        m_directory.setLastUser(m_profile->id, QString());
    }
    m_credentials = {};
    m_user = {};
    m_permissions->setUserId({});
    applyToClient();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void Session::scheduleRenewal()
{
    m_renewTimer.stop();
    if (!m_renewAhead || !m_credentials.canRefresh() || !m_credentials.expiresAt.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_credentials.expiresAt);
    // Well before expiry: the margin, but never later than four fifths of what is left.
    const qint64 delay = std::max<qint64>(500, std::min(left - static_cast<qint64>(m_renewMargin.count()), left * 4 / 5));
    m_renewTimer.start(std::chrono::milliseconds(delay));
}

void Session::renew(std::function<void(bool)> done)
{
    m_renewalWaiters.append(std::move(done));
    if (m_renewal)
        return; // one renewal at a time, shared by the timer and every 401
    if (!m_profile || !m_credentials.canRefresh()) {
        renewalFinished(false);
        return;
    }
    m_renewal = std::make_unique<Niagara::OAuthSignIn>(m_network, *m_profile);
    const quint64 generation = m_generation;
    connect(m_renewal.get(), &Niagara::OAuthSignIn::succeeded, this, [this, generation](const Credentials &fresh) {
        if (generation != m_generation)
            return;
        m_credentials.accessToken = fresh.accessToken;
        if (!fresh.refreshToken.isEmpty())
            m_credentials.refreshToken = fresh.refreshToken; // rotated
        m_credentials.expiresAt = fresh.expiresAt;
        applyToClient();
        persist();
        scheduleRenewal();
        qCInfo(lcNiagaraAuth) << "access token renewed";
        Q_EMIT tokenRenewed();
        renewalFinished(true);
    });
    connect(m_renewal.get(), &Niagara::OAuthSignIn::failed, this, [this, generation](const QString &) {
        if (generation != m_generation)
            return;
        renewalFinished(false);
        requireSignIn(tr("Your sign-in to %1 has expired. Sign in again; nothing on screen is lost.")
                          .arg(m_profile ? m_profile->name : QString()));
    });
    m_renewal->refresh(m_credentials.refreshToken);
}

void Session::renewalFinished(bool ok)
{
    if (m_renewal)
        m_renewal.release()->deleteLater();
    const auto waiters = std::exchange(m_renewalWaiters, {});
    for (const auto &w : waiters)
        w(ok);
}

void Session::requireSignIn(const QString &why)
{
    m_renewTimer.stop();
    // The refresh token was refused: every further 401 (the board's technician fetches, an
    // open wizard's catalogs) would ask the token endpoint again, and those refusals would
    // also reach a browser sign-in running meanwhile (OAuthSignIn watches the shared
    // manager's token replies). Requests now fail at once until the user has signed in again.
    if (m_client)
        m_client->setTokenRenewer(nullptr);
    setState(State::SignInRequired);
    Q_EMIT message(why);
}

} // namespace BatchDesk
