#include "auth.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sim {

const std::vector<RoleDefinition> &roleDefinitions()
{
    static const std::vector<RoleDefinition> roles{
        {"manager",
         "Production manager",
         "Splits work orders into batches, plans the production queues and assigns technicians",
         {{perm::BatchCreate, "Create batches", false},
          {perm::BatchUpdate, "Update batches", false},
          {perm::BatchDelete, "Delete batches", false},
          {perm::BatchAttach, "Add relations to batches", false},
          {perm::BatchDetach, "Remove relations from batches", false},
          {perm::BatchRead, "Read batches", false},
          {perm::BatchAll, "Read all batches", false},
          {perm::QueueAll, "Read all queues", false},
          {perm::WorkOrderAll, "Read all work orders", false},
          {perm::UserAll, "Read all users", false},
          {perm::QueueRead, "Read who works each queue", false},
          {perm::ReportRead, "Run reports", false},
          {perm::MeProfile, "Access their profile", false}}},
        {"technician",
         "Technician",
         "Works the batches of the queues they have access to",
         {{perm::BatchRead, "Read batches", true},
          {perm::QueueRead, "Read who works each queue", false},
          {perm::MeProfile, "Access their profile", false}}},
    };
    return roles;
}

bool RoleDefinition::allows(std::string_view permission) const
{
    for (const RoleGrant &grant : grants) {
        if (permission == grant.permission)
            return true;
    }
    return false;
}

const RoleDefinition *findRole(std::string_view roleId)
{
    for (const RoleDefinition &role : roleDefinitions()) {
        if (roleId == role.id)
            return &role;
    }
    return nullptr;
}

const RoleDefinition &roleOf(const User &user)
{
    if (const RoleDefinition *role = findRole(user.role))
        return *role;
    return *findRole("technician");
}

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
    return roleOf(user).allows(permission);
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
