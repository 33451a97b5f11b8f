#include "client/auth/oauthsignin.h"

#include "client/logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QRandomGenerator>

namespace Niagara {

namespace {

QString callbackPage()
{
    return OAuthSignIn::tr("<html><body style=\"font-family:sans-serif\"><h2>Signed in to BatchDesk</h2>"
                           "<p>You can close this tab and return to BatchDesk.</p></body></html>");
}

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *network, const ServerProfile &profile, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(profile)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("Signing in took too long. Start again, and finish in the browser within a few minutes."));
    });
}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::makeVerifier()
{
    // RFC 7636: 43-128 characters of [A-Za-z0-9-._~]; 48 random bytes give 64 characters.
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthSignIn::makeState()
{
    // Qt 6.4's own state is 8 characters from a generator seeded with the clock: a local user
    // who sees the loopback port could guess it and forge a callback. 32 bytes from the
    // system's generator (256 bits) in base64url give 43 characters of [A-Za-z0-9_-].
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthSignIn::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OAuthSignIn::start()
{
    m_done = false;
    if (const auto refused = TransportPolicy::check(m_profile.effectiveAuthorizationUrl())) {
        fail(*refused);
        return;
    }
    if (const auto refused = TransportPolicy::check(m_profile.effectiveTokenUrl())) {
        fail(*refused);
        return;
    }
    m_flow = std::make_unique<QOAuth2AuthorizationCodeFlow>(m_network);
    m_flow->setAuthorizationUrl(m_profile.effectiveAuthorizationUrl());
    m_flow->setAccessTokenUrl(m_profile.effectiveTokenUrl());
    m_flow->setClientIdentifier(m_profile.clientId);
    // QHostAddress(LocalHost) spelled out: the bare enum picks the (port, parent) overload
    // in 6.4 and listens on every interface.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, m_flow.get());
    if (!m_handler->isListening()) {
        fail(tr("BatchDesk could not listen on 127.0.0.1 for the browser's answer."));
        return;
    }
    m_handler->setCallbackText(callbackPage());
    m_flow->setReplyHandler(m_handler);
    m_verifier = makeVerifier();
    m_state = makeState();
    m_flow->setState(m_state);
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(QStringLiteral("code_challenge"), challengeFor(m_verifier));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_loginHint.isEmpty())
                parameters->replace(QStringLiteral("login_hint"), m_loginHint);
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(QStringLiteral("code_verifier"), m_verifier);
        }
    });
    connect(m_flow.get(), &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        // By now the flow has wired the handler's callbacks straight to itself (6.4 does it
        // while building this URL). Put the state check in between: Qt handles an `error`
        // callback before it looks at `state`, so anyone who can reach the loopback port
        // could otherwise end the sign-in with a message of their choosing.
        disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow.get(),
                   &QAbstractOAuth2::authorizationCallbackReceived);
        connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback,
                Qt::UniqueConnection);
        Q_EMIT authorizeUrl(url);
    });
    connect(m_flow.get(), &QAbstractOAuth::granted, this, &OAuthSignIn::succeed);
    connect(m_flow.get(), &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(description.isEmpty() ? tr("The server refused the sign-in (%1).").arg(error)
                                           : tr("The server refused the sign-in: %1").arg(description));
            });
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::watchTokenReply);
    m_timer.start(m_timeout);
    qCInfo(lcNiagaraAuth) << "sign-in started for" << m_profile.baseUrl.host();
    m_flow->grant();
}

void OAuthSignIn::refresh(const QString &refreshToken)
{
    m_done = false;
    if (const auto refused = TransportPolicy::check(m_profile.effectiveTokenUrl())) {
        fail(*refused);
        return;
    }
    m_flow = std::make_unique<QOAuth2AuthorizationCodeFlow>(m_network);
    m_flow->setAccessTokenUrl(m_profile.effectiveTokenUrl());
    m_flow->setClientIdentifier(m_profile.clientId);
    m_flow->setRefreshToken(refreshToken);
    // Without a reply handler 6.4 sends the refresh but never reads the answer; no browser is
    // involved here, so the out-of-band handler (no listening socket) is the right one.
    m_flow->setReplyHandler(new QOAuthOobReplyHandler(m_flow.get()));
    connect(m_flow.get(), &QAbstractOAuth::granted, this, &OAuthSignIn::succeed);
    connect(m_flow.get(), &QAbstractOAuth2::error, this, [this](const QString &error, const QString &, const QUrl &) {
        fail(tr("The server did not renew the sign-in (%1).").arg(error));
    });
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::watchTokenReply);
    m_timer.start(std::chrono::seconds(60));
    m_flow->refreshAccessToken();
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    if (m_done || !m_flow)
        return;
    const QString received = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
    // Constant time is not needed against a 256-bit value compared once per request, but the
    // comparison must be exact: no prefix, no case folding.
    if (received.isEmpty() || received != m_state) {
        ++m_droppedCallbacks;
        // Neither the values nor the state are logged: they are someone else's words.
        qCWarning(lcNiagaraAuth) << "a sign-in callback without this sign-in's state was ignored";
        return;
    }
    Q_EMIT m_flow->authorizationCallbackReceived(values);
}

void OAuthSignIn::cancel()
{
    fail(tr("Signing in was cancelled."));
}

void OAuthSignIn::watchTokenReply(QNetworkReply *reply)
{
    if (m_done || !m_flow || reply->url().adjusted(QUrl::RemoveQuery) != m_profile.effectiveTokenUrl().adjusted(QUrl::RemoveQuery))
        return;
    if (reply->error() == QNetworkReply::NoError)
        return; // granted() follows
    // The token endpoint said no: 6.4 emits nothing for this, so say it here. The body is
    // {title, error, error_description}; it holds no secret but is not logged either.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->peek(4096)).object();
    const QString description = body.value(u"error_description").toString();
    qCWarning(lcNiagaraAuth) << "token endpoint answered" << status << body.value(u"error").toString();
    if (status == 0)
        fail(tr("The sign-in server could not be reached: %1").arg(reply->errorString()));
    else if (description.isEmpty())
        fail(tr("The server refused the sign-in (HTTP %1).").arg(status));
    else
        fail(tr("The server refused the sign-in: %1").arg(description));
}

void OAuthSignIn::succeed()
{
    if (m_done)
        return;
    Credentials c;
    c.kind = Credentials::Kind::OAuth;
    c.accessToken = m_flow->token();
    c.refreshToken = m_flow->refreshToken();
    c.expiresAt = m_flow->expirationAt();
    m_done = true;
    m_timer.stop();
    disconnect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::watchTokenReply);
    qCInfo(lcNiagaraAuth) << "tokens received from" << m_profile.baseUrl.host();
    Q_EMIT succeeded(c);
}

void OAuthSignIn::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    disconnect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::watchTokenReply);
    if (m_flow) {
        // Stop listening on the loopback port at once; the flow goes with the next event.
        m_flow->disconnect(this);
        m_flow.release()->deleteLater();
    }
    Q_EMIT failed(message);
}

} // namespace Niagara
