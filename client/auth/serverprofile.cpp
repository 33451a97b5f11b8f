#include "client/auth/serverprofile.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace Niagara {

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QUrl ServerProfile::effectiveAuthorizationUrl() const
{
    return authorizationUrl.isEmpty() ? withPath(baseUrl, QStringLiteral("/oauth/authorize")) : authorizationUrl;
}

QUrl ServerProfile::effectiveTokenUrl() const
{
    return tokenUrl.isEmpty() ? withPath(baseUrl, QStringLiteral("/oauth/token")) : tokenUrl;
}

bool TransportPolicy::isLoopback(const QUrl &url)
{
    // Only the literal loopback addresses: a name (even "localhost") could resolve elsewhere.
    QHostAddress address;
    if (!address.setAddress(url.host()))
        return false;
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

std::optional<QString> TransportPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a server address. Enter one like https://api.example.com.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the server address; sign in instead.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return std::nullopt;
        return tr("%1 must be reached over https: sign-in tokens are never sent unencrypted to another "
                  "machine. Plain http is only allowed for 127.0.0.1 and ::1.")
            .arg(url.host());
    }
    return tr("“%1” is not a web address (it must start with https://).").arg(url.toDisplayString());
}

QByteArray Credentials::toSecret() const
{
    const QJsonObject o{
        {QStringLiteral("kind"), kind == Kind::OAuth ? QStringLiteral("oauth") : QStringLiteral("personal")},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("user_email"), userEmail},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> Credentials::fromSecret(const QByteArray &secret)
{
    const QJsonDocument doc = QJsonDocument::fromJson(secret);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Credentials c;
    c.kind = o.value(u"kind").toString() == u"personal" ? Kind::PersonalToken : Kind::OAuth;
    c.accessToken = o.value(u"access_token").toString();
    c.refreshToken = o.value(u"refresh_token").toString();
    c.expiresAt = QDateTime::fromString(o.value(u"expires_at").toString(), Qt::ISODateWithMs);
    c.userId = o.value(u"user_id").toString();
    c.userName = o.value(u"user_name").toString();
    c.userEmail = o.value(u"user_email").toString();
    if (!c.isValid())
        return std::nullopt;
    return c;
}

} // namespace Niagara
