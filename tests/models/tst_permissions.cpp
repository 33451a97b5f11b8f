// Permissions: what the signed-in user may do, from the grants the session learnt and the
// refusals the runs met, answered before the click (may / reasonIfNot).

#include "models/session/permissions.h"

#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;

namespace {
const QSet<QString> kTechnician{QStringLiteral("batch:read"), QStringLiteral("me:profile")};
const QSet<QString> kManager{QStringLiteral("batch:create"), QStringLiteral("batch:update"),
                             QStringLiteral("batch:delete"), QStringLiteral("batch:attach"),
                             QStringLiteral("batch:detach"), QStringLiteral("batch:read"),
                             QStringLiteral("me:profile")};
} // namespace

class TstPermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void may_data();
    void may();
    void refusalIsPerUserAndQueue();
    void newUserForgetsGrants();
    void grantsImply_data();
    void grantsImply();
};

void TstPermissions::may_data()
{
    QTest::addColumn<std::optional<QSet<QString>>>("granted");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("refusedQueue"); // a 403 recorded for the action there ("-": none)
    QTest::addColumn<QString>("queue");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonContains");

    const auto split = static_cast<int>(PlanningAction::Split);
    const auto assign = static_cast<int>(PlanningAction::Assign);
    const auto del = static_cast<int>(PlanningAction::Delete);
    const std::optional<QSet<QString>> unknown;
    const QString none = QStringLiteral("-");
    const QString q = QStringLiteral("q-fast");

    QTest::newRow("technician split") << std::optional(kTechnician) << split << none << q << false << "batch:create";
    QTest::newRow("technician assign") << std::optional(kTechnician) << assign << none << q << false << "batch:attach";
    QTest::newRow("technician delete") << std::optional(kTechnician) << del << none << q << false << "batch:delete";
    QTest::newRow("manager split") << std::optional(kManager) << split << none << q << true << "";
    QTest::newRow("manager delete") << std::optional(kManager) << del << none << q << true << "";
    QTest::newRow("unknown grants allow") << unknown << del << none << q << true << "";
    QTest::newRow("refused in this queue") << unknown << split << q << q << false << "no split here";
    QTest::newRow("refused elsewhere") << unknown << split << QStringLiteral("q-other") << q << true << "";
    QTest::newRow("refused everywhere") << std::optional(kManager) << assign << QString() << q << false
                                        << "no split here";
    QTest::newRow("other action refused") << unknown << assign << q << QStringLiteral("q-x") << true << "";
}

void TstPermissions::may()
{
    QFETCH(std::optional<QSet<QString>>, granted);
    QFETCH(int, action);
    QFETCH(QString, refusedQueue);
    QFETCH(QString, queue);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonContains);

    Permissions permissions;
    permissions.setUserId(QStringLiteral("u-1"));
    permissions.setGranted(granted);
    const auto a = static_cast<PlanningAction>(action);
    if (refusedQueue != QLatin1String("-"))
        permissions.recordRefusal(a, refusedQueue, QStringLiteral("no split here"));

    QCOMPARE(permissions.may(a, queue), allowed);
    const QString reason = permissions.reasonIfNot(a, queue);
    QCOMPARE(reason.isEmpty(), allowed);
    QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
}

void TstPermissions::refusalIsPerUserAndQueue()
{
    Permissions permissions;
    QSignalSpy changed(&permissions, &Permissions::changed);
    permissions.setUserId(QStringLiteral("u-1"));
    permissions.recordRefusal(PlanningAction::Delete, QStringLiteral("q-1"), QStringLiteral("locked out"));
    QCOMPARE(changed.size(), 2);
    permissions.recordRefusal(PlanningAction::Delete, QStringLiteral("q-1"), QStringLiteral("locked out"));
    QCOMPARE(changed.size(), 2); // the same refusal again changes nothing
    QVERIFY(!permissions.may(PlanningAction::Delete, QStringLiteral("q-1")));
    QVERIFY(permissions.may(PlanningAction::Delete, QStringLiteral("q-2")));
    QVERIFY(permissions.may(PlanningAction::Split, QStringLiteral("q-1")));

    permissions.setUserId(QStringLiteral("u-2"));
    QVERIFY(permissions.may(PlanningAction::Delete, QStringLiteral("q-1")));
    permissions.setUserId(QStringLiteral("u-1"));
    QCOMPARE(permissions.refusal(PlanningAction::Delete, QStringLiteral("q-1")), QStringLiteral("locked out"));
}

void TstPermissions::newUserForgetsGrants()
{
    Permissions permissions;
    permissions.setUserId(QStringLiteral("tech"));
    permissions.setGranted(kTechnician);
    QVERIFY(!permissions.may(PlanningAction::Split));
    permissions.setUserId(QStringLiteral("manager"));
    QVERIFY(!permissions.granted());
    QVERIFY(permissions.may(PlanningAction::Split));
}

// The reference's "Grants" column (permissions_table.md, Batch), transitively.
void TstPermissions::grantsImply_data()
{
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<QStringList>("expanded");

    const QStringList fromCreate{QStringLiteral("batch:create"), QStringLiteral("batch:attach"),
                                 QStringLiteral("batch:delete"), QStringLiteral("batch:read"),
                                 QStringLiteral("batch:update"), QStringLiteral("location:read"),
                                 QStringLiteral("project:read"),
                                 // through batch:attach and batch:read
                                 QStringLiteral("batch:detach"), QStringLiteral("batch:relations-read-all"),
                                 QStringLiteral("batch:relations-read-user")};
    QTest::newRow("create") << QStringList{QStringLiteral("batch:create")} << fromCreate;
    QTest::newRow("attach") << QStringList{QStringLiteral("batch:attach")}
                            << QStringList{QStringLiteral("batch:attach"), QStringLiteral("batch:detach"),
                                           QStringLiteral("batch:relations-read-all")};
    QTest::newRow("attach-tech is not attach")
        << QStringList{QStringLiteral("batch:attach-tech")}
        << QStringList{QStringLiteral("batch:attach-tech"), QStringLiteral("batch:detach-tech"),
                       QStringLiteral("batch:relations-read-tech")};
    QTest::newRow("read-all") << QStringList{QStringLiteral("batch:read-all")}
                              << QStringList{QStringLiteral("batch:read-all"), QStringLiteral("batch:read"),
                                             QStringLiteral("location:read"), QStringLiteral("project:read"),
                                             QStringLiteral("batch:relations-read-user")};
    QTest::newRow("delete grants nothing") << QStringList{QStringLiteral("batch:delete")}
                                           << QStringList{QStringLiteral("batch:delete")};
    QTest::newRow("technician") << QStringList(kTechnician.cbegin(), kTechnician.cend())
                                << QStringList{QStringLiteral("batch:read"), QStringLiteral("me:profile"),
                                               QStringLiteral("batch:relations-read-user")};
    QTest::newRow("other areas untouched") << QStringList{QStringLiteral("customer:create")}
                                           << QStringList{QStringLiteral("customer:create")};
    QTest::newRow("none") << QStringList{} << QStringList{};
}

void TstPermissions::grantsImply()
{
    QFETCH(QStringList, granted);
    QFETCH(QStringList, expanded);
    const QSet<QString> result = Permissions::expandGrants(QSet<QString>(granted.cbegin(), granted.cend()));
    QCOMPARE(result, QSet<QString>(expanded.cbegin(), expanded.cend()));

    // What BatchDesk's actions ask for follows: a role given only batch:create may Split,
    // Assign and Delete; one given batch:attach-tech may not Assign (that needs batch:attach).
    Permissions permissions;
    permissions.setUserId(QStringLiteral("u-1"));
    permissions.setGranted(result);
    for (const PlanningAction action : {PlanningAction::Split, PlanningAction::Assign, PlanningAction::Delete}) {
        bool all = true;
        for (const QString &needed : Permissions::requiredPermissions(action))
            all = all && result.contains(needed);
        QCOMPARE(permissions.may(action), all);
    }
    if (granted == QStringList{QStringLiteral("batch:create")}) {
        QVERIFY(permissions.may(PlanningAction::Assign));
        QVERIFY(permissions.may(PlanningAction::Delete));
    }
}

QTEST_GUILESS_MAIN(TstPermissions)
#include "tst_permissions.moc"
