// A batch's units: CycleListModel and CycleFilterProxy under QAbstractItemModelTester (fatal)
// through loads, refreshes (removed, changed, added, reordered) and a clear, the proxy's
// category filter and its blocked-first order; BatchCyclesFeed against a scripted server:
// every page read, and a 404 told apart (the batch gone, or a server without the listing),
// a refusal, and an answer for a batch no longer shown dropped.

#include "common/scriptedclienttest.h"
#include "common/scriptedserver.h"
#include "models/cycles/batchcyclesfeed.h"
#include "models/cycles/cyclelistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using Niagara::Cycle;
using Niagara::StatusCategory;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedAction;

namespace {

Cycle unit(const QString &id, StatusCategory category, const QString &reason = {})
{
    Cycle c;
    c.id = id;
    c.label = QStringLiteral("SN-") + id;
    c.updated = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    Niagara::Status s;
    s.category = category;
    s.label = QStringLiteral("Custom ") + QString::number(static_cast<int>(category));
    s.description = reason;
    c.currentStatus = s;
    return c;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

QJsonObject unitJson(const QString &id, const char *category)
{
    return {{QStringLiteral("cycle_id"), id},
            {QStringLiteral("label"), QString(QStringLiteral("SN") + id)},
            {QStringLiteral("created"), QStringLiteral("2026-12-01T08:00:00.000Z")},
            {QStringLiteral("updated"), QStringLiteral("2026-12-01T08:00:00.000Z")},
            {QStringLiteral("current_status"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("Some")}, {QStringLiteral("category"), QLatin1String(category)}}},
            {QStringLiteral("assigned_user"), QJsonValue()},
            {QStringLiteral("is_retry"), false}};
}

QByteArray unitPage(const QJsonArray &items, const QString &cursor, int total)
{
    QJsonObject page{{QStringLiteral("total_count"), total},
                     {QStringLiteral("limit"), 100},
                     {QStringLiteral("offset"), cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor)},
                     {QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("nter:work-order-cycles"), items}}},
                     {QStringLiteral("_links"), QJsonObject{}}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

const QByteArray kNotFound = R"({"type":"about:blank","title":"Not Found","status":404,"detail":"nothing here"})";
const QByteArray kForbidden = R"({"type":"about:blank","title":"Forbidden","status":403,"detail":"no"})";

} // namespace

class TestCycleListModel final : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

    void loadsRefreshesAndClears()
    {
        CycleListModel model;
        CycleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setCycles({unit(QStringLiteral("a"), StatusCategory::Complete), unit(QStringLiteral("b"), StatusCategory::Pending),
                         unit(QStringLiteral("c"), StatusCategory::Blocked, QStringLiteral("Cracked screen")),
                         unit(QStringLiteral("d"), StatusCategory::InProgress)});
        QCOMPARE(column(model, CycleListModel::LabelColumn),
                 (QStringList{QStringLiteral("SN-a"), QStringLiteral("SN-b"), QStringLiteral("SN-c"), QStringLiteral("SN-d")}));
        // The proxy: the units that need someone first.
        QCOMPARE(column(proxy, CycleListModel::LabelColumn),
                 (QStringList{QStringLiteral("SN-c"), QStringLiteral("SN-d"), QStringLiteral("SN-b"), QStringLiteral("SN-a")}));
        QCOMPARE(proxy.index(0, CycleListModel::ReasonColumn).data().toString(), QStringLiteral("Cracked screen"));
        QVERIFY(proxy.index(1, CycleListModel::ReasonColumn).data().toString().isEmpty());
        QCOMPARE(proxy.index(0, CycleListModel::StatusColumn).data().toString(), QStringLiteral("Custom 4"));
        QVERIFY(proxy.index(0, CycleListModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Blocked")));
        QCOMPARE(model.countIn(StatusCategory::Blocked), 1);

        // Refresh: b went, c recovered, e arrived. In place: the rows that stay keep their place.
        const QPersistentModelIndex d = model.index(3, 0);
        model.setCycles({unit(QStringLiteral("a"), StatusCategory::Complete), unit(QStringLiteral("c"), StatusCategory::InProgress),
                         unit(QStringLiteral("d"), StatusCategory::InProgress), unit(QStringLiteral("e"), StatusCategory::Blocked,
                                                                                    QStringLiteral("Battery"))});
        QCOMPARE(column(model, 0, CycleListModel::CycleIdRole),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        QVERIFY(d.isValid());
        QCOMPARE(d.data(CycleListModel::CycleIdRole).toString(), QStringLiteral("d"));
        QCOMPARE(model.countIn(StatusCategory::Blocked), 1);
        QCOMPARE(proxy.index(0, 0).data(CycleListModel::CycleIdRole).toString(), QStringLiteral("e"));

        // The category filter.
        proxy.setCategory(StatusCategory::InProgress);
        QCOMPARE(column(proxy, 0, CycleListModel::CycleIdRole), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
        proxy.setCategory(StatusCategory::Cancelled);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setCategory(std::nullopt);
        QCOMPARE(proxy.rowCount(), 4);

        // Names for the assigned users, ids for the unknown.
        Cycle assigned = unit(QStringLiteral("a"), StatusCategory::Complete);
        assigned.assignedUserId = QStringLiteral("u-1");
        model.setCycles({assigned});
        QCOMPARE(model.index(0, CycleListModel::AssignedColumn).data().toString(), QStringLiteral("u-1"));
        model.setUserNames({{QStringLiteral("u-1"), QStringLiteral("Mei Chen")}});
        QCOMPARE(model.index(0, CycleListModel::AssignedColumn).data().toString(), QStringLiteral("Mei Chen"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(resets.count(), 0); // differences only, never a reset
    }

    void feedReadsEveryPage()
    {
        m_server->setResponder([](const RecordedRequest &r) {
            if (!r.target.startsWith("/batches/b1/cycles"))
                return ScriptedAction::problem(404, kNotFound);
            if (r.target.contains("offset=p2"))
                return ScriptedAction::json(200, unitPage({unitJson(QStringLiteral("3"), "BLOCKED")}, QString(), 3));
            return ScriptedAction::json(200, unitPage({unitJson(QStringLiteral("1"), "PENDING"), unitJson(QStringLiteral("2"), "COMPLETE")},
                                                      QStringLiteral("p2"), 3));
        });
        CycleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        BatchCyclesFeed feed(m_client, &model);
        QSignalSpy settled(&feed, &BatchCyclesFeed::settled);
        feed.setBatch(QStringLiteral("b1"));
        QCOMPARE(feed.state(), BatchCyclesFeed::State::Loading);
        QVERIFY(settled.wait(10000));
        QCOMPARE(feed.state(), BatchCyclesFeed::State::Loaded);
        QCOMPARE(column(model, 0, CycleListModel::CycleIdRole), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(m_server->requestCount(), 2);

        // Another batch: the first one's units go at once; its 404 and the batch's own 404: gone.
        feed.setBatch(QStringLiteral("gone"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(settled.wait(10000));
        QCOMPARE(feed.state(), BatchCyclesFeed::State::Gone);
        QVERIFY(!feed.errorText().isEmpty());
    }

    void feedTellsAServerWithoutTheListing()
    {
        // The seed revision: no /cycles route, but the batch is there.
        m_server->setResponder([](const RecordedRequest &r) {
            if (r.target.startsWith("/batches/b1/cycles"))
                return ScriptedAction::problem(404, kNotFound);
            if (r.target.startsWith("/batches/b2/cycles"))
                return ScriptedAction::problem(403, kForbidden);
            if (r.target.startsWith("/batches/b1"))
                return ScriptedAction::json(200, QByteArray(R"({"batch_id":"b1","label":"x","created":"2026-12-01T08:00:00.000Z",
"updated":"2026-12-01T08:00:00.000Z","order":1,"number_cycles":1,"current_status":null,
"queue":{"queue_id":"q","label":"Q"},"work_order":{"work_order_id":"w","label":"W"},
"cycles":{"pending":1,"in_progress":0,"verifying":0,"complete":0,"blocked":0,"cancelled":0}})"));
            return ScriptedAction::problem(404, kNotFound);
        });
        CycleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        BatchCyclesFeed feed(m_client, &model);
        QSignalSpy settled(&feed, &BatchCyclesFeed::settled);
        feed.setBatch(QStringLiteral("b1"));
        QVERIFY(settled.wait(10000));
        QCOMPARE(feed.state(), BatchCyclesFeed::State::NotOffered);
        QCOMPARE(feed.errorText(), QStringLiteral("This server does not list the units of a batch."));

        feed.setBatch(QStringLiteral("b2"));
        QVERIFY(settled.wait(10000));
        QCOMPARE(feed.state(), BatchCyclesFeed::State::NoAccess);
    }

    void anAnswerForAnotherBatchIsDropped()
    {
        m_server->setResponder([](const RecordedRequest &r) {
            if (r.target.startsWith("/batches/slow/cycles"))
                return ScriptedAction::json(200, unitPage({unitJson(QStringLiteral("old"), "PENDING")}, QString(), 1));
            return ScriptedAction::json(200, unitPage({unitJson(QStringLiteral("new"), "BLOCKED")}, QString(), 1));
        });
        CycleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        BatchCyclesFeed feed(m_client, &model);
        QSignalSpy settled(&feed, &BatchCyclesFeed::settled);
        feed.setBatch(QStringLiteral("slow"));
        feed.setBatch(QStringLiteral("fast")); // before the first answer
        QVERIFY(settled.wait(10000));
        QTest::qWait(200); // the first batch's answer, if any, has arrived by now
        QCOMPARE(column(model, 0, CycleListModel::CycleIdRole), QStringList{QStringLiteral("new")});
        QCOMPARE(settled.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCycleListModel)
#include "tst_cyclelistmodel.moc"
