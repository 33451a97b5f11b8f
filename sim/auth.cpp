#include "auth.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sim {

namespace {
const std::set<std::string> &managerPermissions()
{
    static const std::set<std::string> p{perm::BatchCreate, perm::BatchUpdate, perm::BatchDelete,
                                         perm::BatchAttach, perm::BatchDetach, perm::BatchRead,
                                         perm::BatchAll,    perm::QueueAll,    perm::WorkOrderAll,
                                         perm::UserAll,     perm::MeProfile};
    return p;
}

const std::set<std::string> &technicianPermissions()
{
    static const std::set<std::string> p{perm::BatchRead, perm::MeProfile};
    return p;
}
} // namespace

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    // Header names are case-insensitive; looked up here rather than trusting value() to know.
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::string bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, QByteArrayLiteral("authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed().toStdString();
}

std::string secretHash(const std::string &secret)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(secret), QCryptographicHash::Sha256).toHex().toStdString();
}

std::string newPersonalToken()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

const User *Authenticator::authenticate(const QHttpServerRequest &request) const
{
    const std::string token = bearerToken(request);
    if (token.empty())
        return nullptr;
    const auto it = m_catalog.userByTokenHash.find(secretHash(token));
    if (it == m_catalog.userByTokenHash.end())
        return nullptr;
    const auto user = m_catalog.users.find(it->second);
    return user == m_catalog.users.end() ? nullptr : &user->second;
}

bool Authenticator::has(const User &user, const std::string &permission)
{
    const auto &set = user.isManager() ? managerPermissions() : technicianPermissions();
    return set.count(permission) > 0;
}

bool Authenticator::canReadQueue(const User &user, const std::string &queueId) const
{
    if (has(user, perm::BatchAll))
        return true;
    if (!has(user, perm::BatchRead))
        return false;
    const auto it = m_catalog.queueAccess.find(user.id);
    return it != m_catalog.queueAccess.end() && it->second.count(queueId) > 0;
}

std::optional<std::set<std::string>> Authenticator::readableQueues(const User &user) const
{
    if (has(user, perm::BatchAll))
        return std::nullopt;
    const auto it = m_catalog.queueAccess.find(user.id);
    if (!has(user, perm::BatchRead) || it == m_catalog.queueAccess.end())
        return std::set<std::string>{};
    return it->second;
}

} // namespace sim
