#pragma once

// What the signed-in user may do, asked before the click. Two sources, one answer:
//  - what the server grants: the permission names of the reference's table (batch:create,
//    batch:attach, batch:delete …), as the session learnt them at sign-in from the server's
//    roles (GET /roles, then each role's users to find the user's; /me carries no role in
//    either revision), expanded by expandGrants(). When the server has no roles (the seed
//    revision) or refuses them, the grants are unknown and not guessed: then every action is
//    allowed until the server refuses it.
//  - the refusals seen: a 403 on a write is remembered per user, queue and action, and keeps
//    that action disabled there, with the server's words as the reason.
// No widgets; the ui hides or disables actions from may() and shows reasonIfNot() as tooltip.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDesk {

enum class PlanningAction : quint8 {
    Split,  // create batches (POST/PATCH /batches)
    Assign, // add or remove technician relations
    Delete, // delete batches
};

class Permissions final : public QObject
{
    Q_OBJECT

public:
    explicit Permissions(QObject *parent = nullptr);

    // The permission names an action needs (the reference's permission table).
    static QStringList requiredPermissions(PlanningAction action);
    // What granting `permission` grants too, directly (the reference's "Grants" column, for the
    // batch permissions BatchDesk's actions rest on: batch:create grants batch:attach,
    // batch:delete, batch:read, batch:update …). Empty for any other permission.
    static QStringList impliedBy(const QString &permission);
    // `granted` plus everything it implies, transitively (batch:create → batch:attach →
    // batch:detach …). What a role lists is what it was given, not all it may do.
    static QSet<QString> expandGrants(const QSet<QString> &granted);

    // Who is signed in: grants and refusals belong to one user. A new user forgets both.
    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }

    // What the server grants the user; nullopt = not known (nothing is refused up front).
    void setGranted(std::optional<QSet<QString>> permissions);
    std::optional<QSet<QString>> granted() const { return m_granted; }

    // A refusal (403) the server gave for `action` in `queueId` ("" = not tied to a queue).
    void recordRefusal(PlanningAction action, const QString &queueId, const QString &reason);
    // Only the refusals recorded (the server's words), without the grants.
    std::optional<QString> refusal(PlanningAction action, const QString &queueId) const;

    // While the server cannot be reached every write is refused up front, with that reason:
    // nothing would arrive, and a write sent into an outage may or may not have been done.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    bool may(PlanningAction action, const QString &queueId = {}) const;
    // Why not (translated), or an empty string when may() is true.
    QString reasonIfNot(PlanningAction action, const QString &queueId = {}) const;

Q_SIGNALS:
    void changed();

private:
    QString m_userId;
    std::optional<QSet<QString>> m_granted;
    bool m_offline = false;
    struct RefusalKey
    {
        QString userId;
        QString queueId; // "" = not tied to a queue
        PlanningAction action = PlanningAction::Split;
        bool operator==(const RefusalKey &) const = default;
        friend size_t qHash(const RefusalKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.userId, key.queueId, static_cast<int>(key.action));
        }
    };
    QHash<RefusalKey, QString> m_refusals; // the server's words
};

} // namespace BatchDesk
