// `batchdesk-cli planning report` against niagara-sim's demo seed (later revision, 30 days of
// completion history), compared with the figures this test computes on its own from the sim's
// raw API (every page of /batches and /work-orders, POST /metrics) with plain HTTP and the
// issue's definitions — not with the client library or PlanningFigures.

#include "common/clirun.h"
#include "common/httpcall.h"
#include "common/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using TestSupport::SimProcess;

namespace {

struct WorkOrderTruth
{
    QString label;
    QDateTime due;
    qint64 needed = 0;
    qint64 batched = 0;
    qint64 complete = 0;
};

struct QueueTruth
{
    qint64 active = 0;
    qint64 blocked = 0;
    QSet<QString> workOrders;
};

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

QDateTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

} // namespace

class TestPlanningReport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;

    QList<QJsonObject> all(const QString &path, const char *key)
    {
        QList<QJsonObject> out;
        QString cursor;
        do {
            QUrl url = m_sim->baseUrl();
            url.setPath(path);
            QString query = QStringLiteral("limit=100");
            if (!cursor.isEmpty())
                query += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            url.setQuery(query);
            const TestSupport::HttpReply r = TestSupport::httpCall(m_nam, "GET", url, m_sim->managerToken());
            if (r.status != 200)
                qFatal("GET %s: %d", qPrintable(path), r.status);
            for (const QJsonValue &v : r.json.value(u"_embedded").toObject().value(QLatin1String(key)).toArray())
                out.append(v.toObject());
            cursor = r.json.value(u"offset").toString();
        } while (!cursor.isEmpty());
        return out;
    }

    TestSupport::CliResult report(const QStringList &extra = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QStringList args{QStringLiteral("planning"), QStringLiteral("report"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--server"), m_sim->baseUrl().toString()};
        return TestSupport::runCli(QStringLiteral(BATCHDESK_CLI_PATH), args + extra, m_sim->managerToken(), env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sim = std::make_unique<SimProcess>();
        QString error;
        QVERIFY2(m_sim->start(QStringLiteral("demo"), {QStringLiteral("--api-revision"), QStringLiteral("later")}, &error),
                 qPrintable(error));
    }

    void reportEqualsIndependentComputation()
    {
        const TestSupport::CliResult run = report();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject got = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!got.isEmpty(), run.out.left(400).constData());
        const QDateTime now = parseTime(got.value(u"generated_at"));
        QVERIFY(now.isValid());
        QCOMPARE(got.value(u"pace_window_days").toInt(), 7);

        // --- the raw data
        QHash<QString, WorkOrderTruth> workOrders;
        for (const QJsonObject &wo : all(QStringLiteral("/work-orders"), "nter:work-orders")) {
            WorkOrderTruth &t = workOrders[wo.value(u"work_order_id").toString()];
            t.label = wo.value(u"label").toString();
            t.due = parseTime(wo.value(u"due_date"));
            const QJsonValue cycles = wo.value(u"cycles");
            const QJsonArray list = cycles.isArray() ? cycles.toArray() : QJsonArray{cycles};
            for (const QJsonValue &c : list)
                t.needed += c.toObject().value(u"needed").toInteger();
        }
        QHash<QString, QueueTruth> queues;
        QHash<QString, double> openByUser;
        QHash<QString, int> batchesByUser;
        for (const QJsonObject &b : all(QStringLiteral("/batches"), "nter:batches")) {
            const QJsonObject c = b.value(u"cycles").toObject();
            const qint64 active = c.value(u"pending").toInteger() + c.value(u"in_progress").toInteger()
                                  + c.value(u"verifying").toInteger() + c.value(u"blocked").toInteger();
            const QString woId = b.value(u"work_order").toObject().value(u"work_order_id").toString();
            const QString qId = b.value(u"queue").toObject().value(u"queue_id").toString();
            WorkOrderTruth &wo = workOrders[woId];
            wo.batched += b.value(u"number_cycles").toInteger();
            wo.complete += c.value(u"complete").toInteger();
            QueueTruth &q = queues[qId];
            q.active += active;
            q.blocked += c.value(u"blocked").toInteger();
            q.workOrders.insert(woId);
            const QJsonArray users = b.value(u"assigned_users").toArray();
            if (active > 0 && !users.isEmpty()) {
                for (const QJsonValue &u : users) {
                    const QString id = u.toObject().value(u"user_id").toString();
                    openByUser[id] += static_cast<double>(active) / users.size();
                    ++batchesByUser[id];
                }
            }
        }
        // The pace window: the 7 complete UTC days before now.
        const QDate today = now.date();
        QUrl metricsUrl = m_sim->baseUrl();
        metricsUrl.setPath(QStringLiteral("/metrics"));
        const QJsonObject query{
            {QStringLiteral("metrics"), QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("cycle_success")}}}},
            {QStringLiteral("date_start"), QDateTime(today.addDays(-7), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODateWithMs)},
            {QStringLiteral("date_end"), QDateTime(today, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODateWithMs)}};
        const TestSupport::HttpReply metrics =
            TestSupport::httpCall(m_nam, "POST", metricsUrl, m_sim->managerToken(), QJsonDocument(query).toJson());
        QCOMPARE(metrics.status, 201);
        const QJsonArray rows = metrics.json.value(u"metrics").toArray();
        QVERIFY(rows.size() < 1000); // else the CLI asks day by day; not this seed
        QHash<QString, double> paceWo, paceQueue, paceUser;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const double value = row.value(u"value").toDouble();
            for (const QJsonValue &d : row.value(u"dimensions").toArray()) {
                const QString key = d.toObject().value(u"key").toString();
                const QString id = d.toObject().value(u"value").toString();
                if (key == QLatin1String("work_order"))
                    paceWo[id] += value / 7.0;
                else if (key == QLatin1String("queue"))
                    paceQueue[id] += value / 7.0;
                else if (key == QLatin1String("user"))
                    paceUser[id] += value / 7.0;
            }
        }
        QVERIFY2(!paceQueue.isEmpty(), "the demo seed has completions in the last 7 days");

        // --- work orders
        const QJsonArray gotWos = got.value(u"work_orders").toArray();
        QCOMPARE(gotWos.size(), workOrders.size());
        int atRisk = 0;
        for (const QJsonValue &v : gotWos) {
            const QJsonObject w = v.toObject();
            const QString id = w.value(u"work_order_id").toString();
            QVERIFY2(workOrders.contains(id), qPrintable(id));
            const WorkOrderTruth &t = workOrders[id];
            QCOMPARE(w.value(u"label").toString(), t.label);
            QCOMPARE(w.value(u"cycles_needed").toInteger(), t.needed);
            QCOMPARE(w.value(u"cycles_batched").toInteger(), t.batched);
            QCOMPARE(w.value(u"cycles_complete").toInteger(), t.complete);
            const qint64 remaining = std::max<qint64>(0, t.needed - t.complete);
            QCOMPARE(w.value(u"cycles_remaining").toInteger(), remaining);
            const double pace = paceWo.value(id);
            QVERIFY2(near(w.value(u"pace_per_day").toDouble(), pace), qPrintable(id));
            QDateTime finish;
            if (pace > 0)
                finish = now.addMSecs(std::llround(remaining / pace * 86400000.0));
            const QDateTime gotFinish = parseTime(w.value(u"projected_finish"));
            QCOMPARE(gotFinish.isValid(), finish.isValid());
            if (finish.isValid())
                QVERIFY2(std::llabs(gotFinish.msecsTo(finish)) <= 1, qPrintable(id));
            QString risk = QStringLiteral("on_track");
            if (remaining == 0)
                risk = QStringLiteral("done");
            else if (t.due.isValid() && t.due < now)
                risk = QStringLiteral("late");
            else if (pace <= 0)
                risk = QStringLiteral("stalled");
            else if (t.due.isValid() && finish > t.due)
                risk = QStringLiteral("at_risk");
            QCOMPARE(w.value(u"risk").toString(), risk);
            atRisk += risk == QLatin1String("at_risk");
        }

        // --- queues
        const QJsonArray gotQueues = got.value(u"queues").toArray();
        int overloadedQueues = 0;
        for (const QJsonValue &v : gotQueues) {
            const QJsonObject q = v.toObject();
            const QString id = q.value(u"queue_id").toString();
            const QueueTruth t = queues.value(id);
            QCOMPARE(q.value(u"active_cycles").toInteger(), t.active);
            QCOMPARE(q.value(u"blocked_cycles").toInteger(), t.blocked);
            const double pace = paceQueue.value(id);
            QVERIFY(near(q.value(u"pace_per_day").toDouble(), pace));
            QDateTime earliest;
            for (const QString &wo : t.workOrders) {
                const WorkOrderTruth &w = workOrders[wo];
                if (w.needed > w.complete && w.due.isValid() && (!earliest.isValid() || w.due < earliest))
                    earliest = w.due;
            }
            bool overloaded = false;
            if (pace > 0) {
                QVERIFY(near(q.value(u"backlog_days").toDouble(), t.active / pace));
                if (t.active > 0 && earliest.isValid())
                    overloaded = t.active / pace > now.msecsTo(earliest) / 86400000.0;
            } else {
                QVERIFY(q.value(u"backlog_days").isNull());
                overloaded = t.active > 0 && earliest.isValid();
            }
            QCOMPARE(q.value(u"overloaded").toBool(), overloaded);
            overloadedQueues += overloaded;
        }

        // --- technicians
        int overloadedTechs = 0;
        for (const QJsonValue &v : got.value(u"technicians").toArray()) {
            const QJsonObject t = v.toObject();
            const QString id = t.value(u"user_id").toString();
            QVERIFY(near(t.value(u"open_cycles").toDouble(), openByUser.value(id)));
            QCOMPARE(t.value(u"batches").toInt(), batchesByUser.value(id));
            const double pace = paceUser.value(id);
            QVERIFY(near(t.value(u"pace_per_day").toDouble(), pace));
            const double open = openByUser.value(id);
            const bool overloaded = pace > 0 ? open / pace > 5.0 : open > 0;
            QCOMPARE(t.value(u"overloaded").toBool(), overloaded);
            overloadedTechs += overloaded;
        }
        QCOMPARE(got.value(u"technicians").toArray().size(), [&] {
            QSet<QString> ids(openByUser.keyBegin(), openByUser.keyEnd());
            for (auto it = paceUser.cbegin(); it != paceUser.cend(); ++it) {
                if (it.value() > 0)
                    ids.insert(it.key());
            }
            return ids.size();
        }());

        // What the demo is for: on its first start it has something to say.
        qInfo("demo: %d overloaded queue(s), %d work order(s) at risk, %d overloaded technician(s)", overloadedQueues,
              atRisk, overloadedTechs);
        QVERIFY(overloadedQueues >= 1);
        QVERIFY(atRisk >= 1);
        QVERIFY(overloadedTechs >= 1);
    }

    void historyIsKeptAndSecondRunAgrees()
    {
        // The first run recorded its observation in the desktop app's data folder.
        QDir history(m_home.filePath(QStringLiteral("data/BatchDesk/BatchDesk/history")));
        QCOMPARE(history.entryList({QStringLiteral("*.sqlite")}, QDir::Files).size(), 1);
        const TestSupport::CliResult again = report();
        QCOMPARE(again.exitCode, 0);
        const TestSupport::CliResult without = report({QStringLiteral("--no-history")});
        QCOMPARE(without.exitCode, 0);
        // The history began today: it covers no day of the window yet, so both say the same.
        QJsonObject a = QJsonDocument::fromJson(again.out).object();
        QJsonObject b = QJsonDocument::fromJson(without.out).object();
        a.remove(QStringLiteral("generated_at"));
        b.remove(QStringLiteral("generated_at"));
        QCOMPARE(a.value(u"pace_days_own_history").toInt(), 0);
        const auto withoutClock = [](const QJsonValue &queues) {
            QJsonArray out;
            for (const QJsonValue &q : queues.toArray()) {
                QJsonObject o = q.toObject();
                o.remove(QStringLiteral("days_left")); // moves with the clock between runs
                out.append(o);
            }
            return out;
        };
        QCOMPARE(withoutClock(a.value(u"queues")), withoutClock(b.value(u"queues")));
        QCOMPARE(a.value(u"technicians").toArray().size(), b.value(u"technicians").toArray().size());
    }

    void csvAndUsage()
    {
        const TestSupport::CliResult csv = report({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--no-history")});
        QCOMPARE(csv.exitCode, 0);
        const auto table = TestSupport::parseCsv(csv.out);
        QVERIFY(table);
        QStringList sections;
        for (const QStringList &row : *table) {
            if (!row.isEmpty() && !sections.contains(row.first()))
                sections.append(row.first());
        }
        QCOMPARE(sections, (QStringList{QStringLiteral("table"), QStringLiteral("queues"), QStringLiteral("work_orders"),
                                        QStringLiteral("technicians")}));
        const TestSupport::CliResult bad = report({QStringLiteral("--overload-days"), QStringLiteral("-1")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanningReport)
#include "tst_planningreport.moc"
