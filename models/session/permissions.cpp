#include "models/session/permissions.h"

namespace BatchDesk {

Permissions::Permissions(QObject *parent)
    : QObject(parent)
{
}

QStringList Permissions::requiredPermissions(PlanningAction action)
{
    switch (action) {
    case PlanningAction::Split:
        return {QStringLiteral("batch:create")};
    case PlanningAction::Assign:
        return {QStringLiteral("batch:attach")};
    case PlanningAction::Delete:
        return {QStringLiteral("batch:delete")};
    }
    return {};
}

QStringList Permissions::impliedBy(const QString &permission)
{
    // permissions_table.md, section Batch, column "Grants" (Required Permission(s) are what the
    // server checks besides; they are not granted by it).
    static const QHash<QString, QStringList> table{
        {QStringLiteral("batch:attach"), {QStringLiteral("batch:detach"), QStringLiteral("batch:relations-read-all")}},
        {QStringLiteral("batch:attach-tech"),
         {QStringLiteral("batch:detach-tech"), QStringLiteral("batch:relations-read-tech")}},
        {QStringLiteral("batch:create"),
         {QStringLiteral("batch:attach"), QStringLiteral("batch:delete"), QStringLiteral("batch:read"),
          QStringLiteral("batch:update"), QStringLiteral("location:read"), QStringLiteral("project:read")}},
        {QStringLiteral("batch:read"), {QStringLiteral("batch:relations-read-user")}},
        {QStringLiteral("batch:read-all"),
         {QStringLiteral("batch:read"), QStringLiteral("location:read"), QStringLiteral("project:read")}},
    };
    return table.value(permission);
}

QSet<QString> Permissions::expandGrants(const QSet<QString> &granted)
{
    QSet<QString> out = granted;
    QStringList pending(granted.cbegin(), granted.cend());
    while (!pending.isEmpty()) {
        for (const QString &implied : impliedBy(pending.takeLast())) {
            if (!out.contains(implied)) {
                out.insert(implied);
                pending.append(implied);
            }
        }
    }
    return out;
}

void Permissions::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    // What another user was granted says nothing about this one. Refusals are keyed by user,
    // so coming back to a user finds theirs again.
    m_granted.reset();
    Q_EMIT changed();
}

void Permissions::setGranted(std::optional<QSet<QString>> permissions)
{
    if (permissions == m_granted)
        return;
    m_granted = std::move(permissions);
    Q_EMIT changed();
}

void Permissions::recordRefusal(PlanningAction action, const QString &queueId, const QString &reason)
{
    const RefusalKey key{m_userId, queueId, action};
    if (const auto it = m_refusals.constFind(key); it != m_refusals.cend() && *it == reason)
        return;
    m_refusals.insert(key, reason);
    Q_EMIT changed();
}

std::optional<QString> Permissions::refusal(PlanningAction action, const QString &queueId) const
{
    const auto it = m_refusals.constFind(RefusalKey{m_userId, queueId, action});
    if (it == m_refusals.cend())
        return std::nullopt;
    return *it;
}

bool Permissions::may(PlanningAction action, const QString &queueId) const
{
    return reasonIfNot(action, queueId).isEmpty();
}

void Permissions::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT changed();
}

QString Permissions::reasonIfNot(PlanningAction action, const QString &queueId) const
{
    if (m_offline)
        return tr("The server cannot be reached: changes can be made again once it is back.");
    if (m_granted) {
        QStringList missing;
        for (const QString &permission : requiredPermissions(action)) {
            if (!m_granted->contains(permission))
                missing.append(permission);
        }
        if (!missing.isEmpty()) {
            const QString names = missing.join(QStringLiteral(", "));
            switch (action) {
            case PlanningAction::Split:
                return tr("Your role on this server does not allow creating batches (%1).").arg(names);
            case PlanningAction::Assign:
                return tr("Your role on this server does not allow assigning technicians (%1).").arg(names);
            case PlanningAction::Delete:
                return tr("Your role on this server does not allow deleting batches (%1).").arg(names);
            }
        }
    }
    // A refusal anywhere ("" queue) or in this queue.
    for (const QString &queue : {QString(), queueId}) {
        if (const auto why = refusal(action, queue))
            return tr("Not allowed in this queue: %1").arg(*why); // the server's words
        if (queueId.isEmpty())
            break;
    }
    return {};
}

} // namespace BatchDesk
