#pragma once

// Who is signed in to which server. The session owns the saved servers (QSettings: addresses,
// client ids, who signed in last — never a token), the credentials in memory, their copy in
// the OS keychain, and keeps the shared NiagaraClient pointed at the current server with a
// fresh token: it renews the access token before it expires and again on a 401; only when
// renewal fails does the user have to sign in again, and then nothing on screen is lost.

#include "client/auth/serverprofile.h"
#include "client/domain.h"
#include "models/session/permissions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSettings;
QT_END_NAMESPACE

namespace Niagara {
class NiagaraClient;
class CredentialStore;
class OAuthSignIn;
} // namespace Niagara

namespace BatchDesk {

// The saved servers, in a QSettings group of their own (shared by the GUI and the CLI).
class ServerDirectory final
{
public:
    explicit ServerDirectory(QSettings *settings);

    QList<Niagara::ServerProfile> profiles() const;
    std::optional<Niagara::ServerProfile> profile(const QString &id) const;
    // The saved server whose base URL is `url` (the CLI's --server).
    std::optional<Niagara::ServerProfile> profileForUrl(const QUrl &url) const;
    void save(const Niagara::ServerProfile &profile); // adds or replaces by id
    void remove(const QString &id);
    QString currentId() const;
    void setCurrentId(const QString &id);
    // Whose credentials the keychain holds for a server (an e-mail address, not a secret).
    QString lastUser(const QString &profileId) const;
    void setLastUser(const QString &profileId, const QString &email);

private:
    QSettings *m_settings;
};

class Session final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 {
        SignedOut,      // no credentials for the current server
        SigningIn,      // browser flow, token check or keychain read under way
        SignedIn,
        SignInRequired, // the sign-in expired and could not be renewed: sign in again
    };
    Q_ENUM(State)

    Session(QNetworkAccessManager *network, Niagara::NiagaraClient *client, Niagara::CredentialStore *store,
            QSettings *settings, QObject *parent = nullptr);
    ~Session() override;

    ServerDirectory &directory() { return m_directory; }
    // Saves a server after checking its addresses against the transport rule; the error, if any.
    std::optional<QString> saveProfile(const Niagara::ServerProfile &profile);
    void removeProfile(const QString &id);

    State state() const { return m_state; }
    std::optional<Niagara::ServerProfile> currentProfile() const { return m_profile; }
    const Niagara::Credentials &credentials() const { return m_credentials; }
    // Who is signed in: the one source for the app (the board, the planning service's refusals).
    Niagara::User user() const { return m_user; }
    // What the signed-in user may do (share it with PlanningService::setPermissions). The
    // grants are learnt at every sign-in, before signedIn(), from the server's roles (see
    // learnGrants); refusals seen on writes are added by the runs.
    Permissions *permissions() const { return m_permissions; }
    // False after the keychain refused: the credentials live in memory for this session only.
    bool keychainAvailable() const { return m_keychainAvailable; }

    // Makes `profileId` the current server (no restart): drops the old server's credentials
    // from memory (they stay in the keychain) and restores this one's from the keychain.
    void switchTo(const QString &profileId);
    // At start-up: the current server and its last user, from the keychain; renewed if needed.
    void restore();
    // Signed in while the server could not be reached (the credentials were kept, the user
    // assumed from them): asks the server again who this is, and emits signedIn when it
    // answers. False, doing nothing, when the sign-in was confirmed already or nobody is signed in.
    bool reidentify();
    bool isConfirmed() const { return m_confirmed; }
    // The browser flow. authorizeUrl() tells where to send the user; how is the caller's
    // business (QDesktopServices in the app; the demo and the tests play the browser).
    void signInWithBrowser(const QString &loginHint = {});
    void cancelSignIn();
    // A personal token instead: checked with GET /me before anything is saved.
    void usePersonalToken(const QString &token);
    // Revokes the token on the server (best effort), deletes the keychain entry, forgets it.
    void signOut();

    // For tests: renew this long before expiry (default 60 s, or a fifth of a short lifetime).
    void setRenewMargin(std::chrono::milliseconds margin) { m_renewMargin = margin; }
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }
    // For tests: no renewal ahead of expiry, only on a 401.
    void setRenewAhead(bool ahead) { m_renewAhead = ahead; }

Q_SIGNALS:
    void stateChanged(BatchDesk::Session::State state);
    void authorizeUrl(const QUrl &url);
    void signedIn(const Niagara::User &user);
    void signedOut();
    // Something the user should read (translated): a refused sign-in, a bad token, the
    // keychain being unavailable.
    void message(const QString &text);
    void profilesChanged();
    void currentProfileChanged();
    void tokenRenewed();

private:
    void setState(State state);
    bool m_confirmed = false;
    void applyToClient();
    void adopt(const Niagara::Credentials &credentials, bool save);
    void identify(Niagara::Credentials credentials, bool save);
    void persist();
    void scheduleRenewal();
    // Renews with the refresh token; `done(ok)` when finished (shared by the timer and 401s).
    void renew(std::function<void(bool)> done);
    void renewalFinished(bool ok);
    // GET /me carries no role in either revision: GET /roles (all pages), then each role's
    // users until the user is found → their roles' grants, expanded (Permissions::expandGrants)
    // → m_permissions; unknown (nullopt) when the server has no roles, refuses them or the
    // answer is incomplete. Then `done` (not when the server or user changed meanwhile).
    void learnGrants(std::function<void()> done);
    // Pages through GET /roles/{roleId}/users from `cursor`: done(true) as soon as `userId` is
    // on a page, done(false) after the last page, done(nullopt) when that cannot be told.
    void findUserInRole(const QString &roleId, const QString &userId, const QString &cursor,
                        QSet<QString> seenCursors, std::function<void(std::optional<bool>)> done);
    void requireSignIn(const QString &why);
    QString entryKey() const;

    QNetworkAccessManager *m_network;
    QPointer<Niagara::NiagaraClient> m_client;
    Niagara::CredentialStore *m_store;
    ServerDirectory m_directory;
    std::optional<Niagara::ServerProfile> m_profile;
    Niagara::Credentials m_credentials;
    Niagara::User m_user;
    State m_state = State::SignedOut;
    bool m_keychainAvailable = true;
    std::unique_ptr<Niagara::OAuthSignIn> m_signIn;
    std::unique_ptr<Niagara::OAuthSignIn> m_renewal;
    QList<std::function<void(bool)>> m_renewalWaiters;
    QTimer m_renewTimer;
    std::chrono::milliseconds m_renewMargin{60000};
    std::chrono::milliseconds m_signInTimeout{std::chrono::minutes(5)};
    bool m_renewAhead = true;
    Permissions *m_permissions;
    quint64 m_generation = 0; // bumps on every switch/sign-out: late answers are dropped
};

} // namespace BatchDesk
