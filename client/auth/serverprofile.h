#pragma once

// A Niagara server the user can connect to, and the transport rule every one must pass.
// Profiles hold no secrets: tokens live only in the OS keychain (CredentialStore).

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Niagara {

struct ServerProfile
{
    QString id;            // stable key (also the keychain entry's prefix)
    QString name;          // what the user calls it
    QUrl baseUrl;
    QString clientId = QStringLiteral("batchdesk-desktop");
    QUrl authorizationUrl; // empty: <base>/oauth/authorize (the reference's path)
    QUrl tokenUrl;         // empty: <base>/oauth/token
    bool demo = false;     // the embedded demo workspace

    QUrl effectiveAuthorizationUrl() const;
    QUrl effectiveTokenUrl() const;
    bool operator==(const ServerProfile &) const = default;
};

// https for every server that is not on this machine; plain http only for 127.0.0.1 and ::1.
class TransportPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Niagara::TransportPolicy)

public:
    // nullopt when `url` may carry credentials; otherwise why not, translated.
    static std::optional<QString> check(const QUrl &url);
    static bool isLoopback(const QUrl &url);
};

// What a sign-in yields. Never logged, never written anywhere but the keychain.
struct Credentials
{
    enum class Kind : quint8 { OAuth, PersonalToken };
    Kind kind = Kind::OAuth;
    QString accessToken;
    QString refreshToken;  // OAuth only
    QDateTime expiresAt;   // invalid: no known expiry
    QString userId;
    QString userName;
    QString userEmail;

    bool isValid() const { return !accessToken.isEmpty(); }
    bool canRefresh() const { return kind == Kind::OAuth && !refreshToken.isEmpty(); }
    // The keychain's value: compact JSON with the tokens and the user.
    QByteArray toSecret() const;
    static std::optional<Credentials> fromSecret(const QByteArray &secret);
    bool operator==(const Credentials &) const = default;
};

} // namespace Niagara
