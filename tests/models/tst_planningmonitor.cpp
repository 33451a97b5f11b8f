// PlanningMonitor against a scripted loopback server: what a refresh reads. The store's loads
// (every few minutes, after every write) keep the work orders, users, queues, queue relations
// and role members read in the last ten minutes; the user's Refresh, a stale context, a failed read
// and a server switch read them again. The figures use the context either way.

#include "common/scriptedclienttest.h"
#include "common/scriptedserver.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/planningservice.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace BatchDesk;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedAction;

namespace {

QByteArray page(const char *key, const QByteArray &items)
{
    return QByteArray(R"({"total_count":1,"limit":100,"offset":null,"_links":{},"_embedded":{")") + key + R"(":[)" + items + "]}}";
}

const QByteArray kWorkOrder = R"({"work_order_id":"wo-1","label":"Image 40 Latitude","created":"2026-11-01T08:00:00.000Z",
"updated":"2026-11-01T08:00:00.000Z","due_date":"2026-12-20T17:00:00.000Z","cycles":{"pending":40}})";
const QByteArray kUser = R"({"user_id":"u-1","name":"Liam Byrne","email":"liam@example.test",
"created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z"})";
const QByteArray kQueue = R"({"queue_id":"q-1","label":"Imaging Bay","priority":1,
"created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z","active_work_orders":1,"active_batches":0,
"active_cycles":0,"total_batches":0,"total_work_orders":{"pending":1,"in_progress":0,"verifying":0,"complete":0,
"blocked":0,"cancelled":0},"location":{"location_id":"depot","label":"Depot","created":"2026-01-01T00:00:00.000Z",
"updated":"2026-01-01T00:00:00.000Z","location_type":"facility"}})";
const QByteArray kRelation = R"({"relation_id":"r-1","relation":"technician","label":"Technician","direction":"OUTWARD",
"created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z",
"entity":{"entity_type":"USER","entity_id":"u-1","label":"Liam Byrne"}})";
const QByteArray kRole = R"({"role_id":"bench-tech","label":"Bench Technician","description":"Works the benches",
"total_users":1,"grants":[{"permission":"batch:read","label":"Read batches","match_location":false}],
"created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z"})";
const QByteArray kNotFound = R"({"type":"about:blank","title":"Not Found","status":404,"detail":"No such route."})";

} // namespace

class TestPlanningMonitor final : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    QDateTime m_now;
    bool m_failWorkOrders = false;

    int count(const char *pathPrefix) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.target.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

    static bool computed(PlanningMonitor &monitor, QSignalSpy &spy, qsizetype before)
    {
        return QTest::qWaitFor([&] { return spy.size() > before && !monitor.isBusy(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(setUpClient());
        m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
        m_failWorkOrders = false;
        m_server->setResponder([this](const RecordedRequest &r) {
            if (r.target.startsWith("/work-orders"))
                return m_failWorkOrders ? ScriptedAction::problem(404, kNotFound)
                                        : ScriptedAction::json(200, page("nter:work-orders", kWorkOrder));
            if (r.target.startsWith("/roles/bench-tech/users"))
                return ScriptedAction::json(200, page("nter:users", kUser));
            if (r.target.startsWith("/roles"))
                return ScriptedAction::json(200, page("nter:roles", kRole));
            if (r.target.startsWith("/users"))
                return ScriptedAction::json(200, page("nter:users", kUser));
            if (r.target.startsWith("/queues/q-1/relations"))
                return ScriptedAction::json(200, page("nter:relations", kRelation));
            if (r.target.startsWith("/queues"))
                return ScriptedAction::json(200, page("nter:queues", kQueue));
            return ScriptedAction::problem(404, kNotFound); // no metrics on this server
        });
    }
    void cleanup() { tearDownClient(); }

    void storeLoadsReuseAFreshContext_refreshAndAgeReadItAgain()
    {
        PlanningService service(m_client);
        PlanningMonitor monitor(nullptr, &service);
        monitor.setClock([this] { return m_now; });
        QSignalSpy figures(&monitor, &PlanningMonitor::figuresChanged);

        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh); // nothing read yet: reads all
        QVERIFY(computed(monitor, figures, 0));
        QCOMPARE(count("/work-orders"), 1);
        QCOMPARE(count("/users"), 1);
        QCOMPARE(count("/queues?"), 1);
        QCOMPARE(count("/queues/q-1/relations"), 1);
        QCOMPARE(count("/metrics"), 1);
        QCOMPARE(count("/roles?"), 1);
        QCOMPARE(count("/roles/bench-tech/users"), 1);
        QCOMPARE(monitor.figures().queues.size(), 1);
        // Who holds which role: the picker's Role column.
        QCOMPARE(monitor.figures().userRoles.value(QStringLiteral("u-1")), QStringList{QStringLiteral("Bench Technician")});
        QCOMPARE(monitor.figures().queues.front().technicianIds.value_or(QStringList()), QStringList{QStringLiteral("u-1")});

        // A store load nine minutes later: the context is kept, the figures still use it.
        m_now = m_now.addSecs(9 * 60);
        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh);
        QVERIFY(computed(monitor, figures, 1));
        QCOMPARE(count("/work-orders"), 1);
        QCOMPARE(count("/users"), 1);
        QCOMPARE(count("/queues?"), 1);
        QCOMPARE(count("/queues/q-1/relations"), 1);
        QCOMPARE(count("/metrics"), 1);        // refused once (404): not asked again
        QCOMPARE(count("/roles"), 2);
        QCOMPARE(monitor.figures().workOrders.size(), 1);
        QCOMPARE(monitor.figures().userRoles.value(QStringLiteral("u-1")), QStringList{QStringLiteral("Bench Technician")});
        QCOMPARE(monitor.figures().queues.front().technicianIds.value_or(QStringList()), QStringList{QStringLiteral("u-1")});

        // Past ten minutes from the read: read again.
        m_now = m_now.addSecs(2 * 60);
        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh);
        QVERIFY(computed(monitor, figures, 2));
        QCOMPARE(count("/work-orders"), 2);
        QCOMPARE(count("/queues/q-1/relations"), 2);

        // The user's Refresh reads all, however fresh.
        monitor.refresh();
        QVERIFY(computed(monitor, figures, 3));
        QCOMPARE(count("/work-orders"), 3);
        QCOMPARE(count("/users"), 3);

        // A server switch forgets it.
        monitor.reset();
        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh);
        QVERIFY(computed(monitor, figures, 5)); // reset() announced the empty figures
        QCOMPARE(count("/work-orders"), 4);
    }

    void aFailedReadIsNotKept()
    {
        PlanningService service(m_client);
        PlanningMonitor monitor(nullptr, &service);
        monitor.setClock([this] { return m_now; });
        QSignalSpy figures(&monitor, &PlanningMonitor::figuresChanged);
        m_failWorkOrders = true;
        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh);
        QVERIFY(computed(monitor, figures, 0));
        QVERIFY(!monitor.lastError().isEmpty());
        QCOMPARE(monitor.figures().workOrders.size(), 0);

        // A minute later the server answers again: the next store load reads the catalogs.
        m_failWorkOrders = false;
        m_now = m_now.addSecs(60);
        monitor.refresh(PlanningMonitor::ContextReuse::WhenFresh);
        QVERIFY(computed(monitor, figures, 1));
        QCOMPARE(count("/work-orders"), 2);
        QCOMPARE(monitor.figures().workOrders.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanningMonitor)
#include "tst_planningmonitor.moc"
