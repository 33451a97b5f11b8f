#pragma once

#include "client/transport_guard.h"

// OAuth2 authorization code with PKCE (S256) and a loopback redirect (RFC 8252), through
// QtNetworkAuth: QOAuth2AuthorizationCodeFlow with a QOAuthHttpServerReplyHandler on
// 127.0.0.1. Qt 6.4 has no PKCE; it is added through the flow's parameter-modifier hook. The
// state is ours (256 bits from the system's generator, not Qt 6.4's 8 clock-seeded
// characters) and every loopback callback is checked against it before Qt's flow sees it:
// 6.4 acts on an `error` callback before it checks the state. Qt 6.4 also does not signal a
// token endpoint's 400, so the flow's replies to the token URL are watched.

#include "client/auth/serverprofile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
QT_END_NAMESPACE

namespace Niagara {

class OAuthSignIn final : public QObject
{
    Q_OBJECT

public:
    OAuthSignIn(QNetworkAccessManager *network, const ServerProfile &profile, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Asks the server for a login_hint (e.g. the demo's manager) in the authorization request.
    void setLoginHint(const QString &email) { m_loginHint = email; }
    // How long the user has to finish in the browser (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Starts the flow: authorizeUrl() is emitted with the page to open in a browser.
    void start();
    // Exchanges a refresh token for new tokens (no browser).
    void refresh(const QString &refreshToken);
    void cancel();

    // The PKCE pair of the running flow (for tests of the verifier handling).
    static QString makeVerifier();
    static QString challengeFor(const QString &verifier);
    // The OAuth `state` of a sign-in: 43 characters of base64url (256 random bits).
    static QString makeState();
    // Callbacks dropped because their state was missing or wrong (for tests and diagnostics).
    int droppedCallbacks() const { return m_droppedCallbacks; }

Q_SIGNALS:
    void authorizeUrl(const QUrl &url);
    // Tokens only; who the user is comes from GET /me (the session asks).
    void succeeded(const Niagara::Credentials &credentials);
    void failed(const QString &message);

private:
    void fail(const QString &message);
    void succeed();
    void watchTokenReply(QNetworkReply *reply);
    void onCallback(const QVariantMap &values);

    QNetworkAccessManager *m_network;
    ServerProfile m_profile;
    std::unique_ptr<QOAuth2AuthorizationCodeFlow> m_flow;
    QOAuthHttpServerReplyHandler *m_handler = nullptr; // owned by the flow
    QString m_verifier;
    QString m_state;
    int m_droppedCallbacks = 0;
    QString m_loginHint;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    bool m_done = true;
};

} // namespace Niagara
