// batchdesk-cli as a user runs it, against niagara-sim on the demo seed: the grouped listing
// holds every demo batch exactly once under its own queue and work order; exit codes. On a
// second sim (empty seed): hostile labels through every command and output format (no control
// character reaches the terminal, CSV parses back, JSON keeps the text), and relations add,
// relations remove and batches delete checked against the server with plain HTTP.

#include "common/clirun.h"
#include "common/httpcall.h"
#include "common/scriptedserver.h"
#include "common/simprocess.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using TestSupport::SimProcess;

using TestSupport::CliResult;
using TestSupport::httpCall;
using TestSupport::HttpReply;

namespace {

// Labels a hostile server (or a user's typing) can hold: an OSC that retitles the terminal
// (ESC ] … BEL), "clear screen", a right-to-left override, a spreadsheet formula, CSV syntax.
const QString kFormulaLabel = u"=HYPERLINK(\"http://x\",\"y\")\x1b]0;pwned\x07\x1b[2J\u202Ea,b\"c\nd"_qs;
const QString kMinusLabel = u"-1+2"_qs;
const QString kAtLabel = u"@cmd\x9b"_qs;

// How the table shows them, and what a CSV field holds after parsing.
const QString kFormulaTerminal = u"=HYPERLINK(\"http://x\",\"y\")\\x1b]0;pwned\\x07\\x1b[2J\\u202ea,b\"c\\x0ad"_qs;
const QString kFormulaCsv = u"'=HYPERLINK(\"http://x\",\"y\")\\x1b]0;pwned\\x07\\x1b[2J\\u202ea,b\"c\nd"_qs;

// Fails the test when `out` holds a character a terminal acts on (see controlCharacterIn()).
#define VERIFY_NO_CONTROLS(out, ...)                                                      \
    do {                                                                                 \
        const QString found = TestSupport::controlCharacterIn(out __VA_OPT__(, ) __VA_ARGS__); \
        QVERIFY2(found.isEmpty(), qPrintable(found));                                    \
    } while (false)

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    SimProcess m_empty; // empty seed: the hostile-label and write tests

    CliResult runCli(const QStringList &args, const QString &token)
    {
        return TestSupport::runCli(QStringLiteral(BATCHDESK_CLI_PATH), args, token);
    }

    QStringList server() const { return {QStringLiteral("--server"), m_sim.baseUrl().toString()}; }
    QStringList emptyServer() const { return {QStringLiteral("--server"), m_empty.baseUrl().toString()}; }

    CliResult runOnEmpty(const QStringList &args) { return runCli(args + emptyServer(), m_empty.managerToken()); }

    HttpReply call(const QByteArray &verb, const QString &path, const QByteArray &body = {}, const QString &query = {})
    {
        QUrl url = m_empty.baseUrl();
        url.setPath(path);
        url.setQuery(query);
        // A fresh manager per call: no kept-alive connection the sim may have closed meanwhile
        // (once, a GET after a CLI run came back without an answer).
        QNetworkAccessManager nam;
        return httpCall(nam, verb, url, m_empty.managerToken(), body);
    }

    QString createBatch(const QString &label)
    {
        const QJsonObject body{{u"work_order"_qs, QJsonObject{{u"work_order_id"_qs, u"wo-ipad-500"_qs}}},
                               {u"queue"_qs, QJsonObject{{u"queue_id"_qs, u"queue-fast-lane"_qs}}},
                               {u"number_cycles"_qs, 3},
                               {u"label"_qs, label}};
        const HttpReply r = call("POST", u"/batches"_qs, QJsonDocument(body).toJson());
        if (r.status != 200 && r.status != 201)
            qFatal("POST /batches: %d %s", r.status, r.body.constData());
        return r.json.value(u"batch_id").toString();
    }

    QString createRelation(const QString &batchId, const QString &userId)
    {
        const QJsonObject body{{u"relation"_qs, u"technician"_qs},
                               {u"entity"_qs, QJsonObject{{u"entity_type"_qs, u"USER"_qs}, {u"entity_id"_qs, userId}}}};
        const HttpReply r = call("POST", u"/batches/%1/relations"_qs.arg(batchId), QJsonDocument(body).toJson());
        if (r.status != 201)
            qFatal("POST relation: %d %s", r.status, r.body.constData());
        return r.json.value(u"relation_id").toString();
    }

    // relation id → entity id of a batch's technician relations, read with plain HTTP.
    QHash<QString, QString> technicianRelations(const QString &batchId)
    {
        const HttpReply r = call("GET", u"/batches/%1/relations"_qs.arg(batchId), {},
                                 u"filter[relation]=technician&limit=100"_qs);
        if (r.status != 200)
            qFatal("GET relations: %d", r.status);
        QHash<QString, QString> out;
        for (const QJsonValue &v : r.json.value(u"_embedded").toObject().value(u"nter:relations").toArray())
            out.insert(v.toObject().value(u"relation_id").toString(),
                       v.toObject().value(u"entity").toObject().value(u"entity_id").toString());
        return out;
    }

    QStringList userIds()
    {
        const HttpReply r = call("GET", u"/users"_qs, {}, u"limit=100"_qs);
        if (r.status != 200)
            qFatal("GET /users: %d %s", r.status, r.body.constData());
        QStringList ids;
        for (const QJsonValue &v : r.json.value(u"_embedded").toObject().value(u"nter:users").toArray())
            ids << v.toObject().value(u"user_id").toString();
        return ids;
    }

    // What the server holds, read with plain HTTP (not the client library).
    QHash<QString, std::pair<QString, QString>> serverBatches()
    {
        QNetworkAccessManager nam;
        QHash<QString, std::pair<QString, QString>> batches;
        QString cursor;
        do {
            QUrl url = m_sim.baseUrl();
            url.setPath(QStringLiteral("/batches"));
            QString query = QStringLiteral("limit=100");
            if (!cursor.isEmpty())
                query += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_sim.managerToken().toUtf8());
            QNetworkReply *reply = nam.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
                qFatal("no answer");
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            for (const QJsonValue &v : page.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()) {
                const QJsonObject b = v.toObject();
                batches.insert(b.value(QStringLiteral("batch_id")).toString(),
                               {b.value(QStringLiteral("queue")).toObject().value(QStringLiteral("queue_id")).toString(),
                                b.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("work_order_id")).toString()});
            }
            cursor = page.value(QStringLiteral("offset")).toString();
        } while (!cursor.isEmpty());
        return batches;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
        QVERIFY2(m_empty.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    }

    void listJsonHasEveryBatchOnceGroupedCorrectly()
    {
        const auto expected = serverBatches();
        QVERIFY(expected.size() >= 1000);

        const CliResult result = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("list"),
                                                    QStringLiteral("--format"), QStringLiteral("json")}
                                            + server(),
                                        m_sim.managerToken());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(result.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("total_count")).toInteger(), expected.size());
        QVERIFY(root.value(QStringLiteral("skipped")).toArray().isEmpty());

        QSet<QString> seen;
        double lastPriority = -1;
        for (const QJsonValue &qv : root.value(QStringLiteral("queues")).toArray()) {
            const QJsonObject queue = qv.toObject();
            const QString queueId = queue.value(QStringLiteral("queue_id")).toString();
            // Queues come in priority order.
            const double priority = queue.value(QStringLiteral("priority")).toDouble();
            QVERIFY(priority >= lastPriority);
            lastPriority = priority;
            QSet<QString> workOrdersInQueue;
            for (const QJsonValue &wv : queue.value(QStringLiteral("work_orders")).toArray()) {
                const QJsonObject wo = wv.toObject();
                const QString woId = wo.value(QStringLiteral("work_order_id")).toString();
                QVERIFY2(!workOrdersInQueue.contains(woId), qPrintable(woId)); // one group per work order
                workOrdersInQueue.insert(woId);
                for (const QJsonValue &bv : wo.value(QStringLiteral("batches")).toArray()) {
                    const QJsonObject b = bv.toObject();
                    const QString id = b.value(QStringLiteral("batch_id")).toString();
                    QVERIFY2(!seen.contains(id), qPrintable(id));
                    seen.insert(id);
                    QVERIFY2(expected.contains(id), qPrintable(id));
                    QCOMPARE(expected.value(id).first, queueId);
                    QCOMPARE(expected.value(id).second, woId);
                    const QJsonObject cycles = b.value(QStringLiteral("cycles")).toObject();
                    qint64 sum = 0;
                    for (const char *key : {"pending", "in_progress", "verifying", "complete", "blocked", "cancelled"})
                        sum += cycles.value(QLatin1String(key)).toInteger();
                    QCOMPARE(sum, b.value(QStringLiteral("number_cycles")).toInteger());
                }
            }
        }
        QCOMPARE(seen.size(), expected.size());
    }

    void listCsvAndTable()
    {
        const CliResult csv = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--format"),
                                                 QStringLiteral("csv"), QStringLiteral("--page-size"), QStringLiteral("37")}
                                         + server(),
                                     m_sim.managerToken());
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("queue_id,queue_label,queue_priority,work_order_id"));
        QCOMPARE(lines.size() - 1, serverBatches().size());

        const CliResult table = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("list")} + server(),
                                       m_sim.managerToken());
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(" batches\n"));
    }

    void getDeleteAndRelations()
    {
        const auto batches = serverBatches();
        const QString id = batches.keys().first();
        const CliResult got = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("get"), id, QStringLiteral("--format"),
                                                 QStringLiteral("json")}
                                         + server(),
                                     m_sim.managerToken());
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(got.out).object().value(QStringLiteral("batch_id")).toString(), id);

        const CliResult relations = runCli(QStringList{QStringLiteral("relations"), QStringLiteral("list"), id,
                                                       QStringLiteral("--format"), QStringLiteral("json")}
                                               + server(),
                                           m_sim.managerToken());
        QCOMPARE(relations.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(relations.out).isArray());

        const CliResult missing = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("delete"),
                                                     QStringLiteral("no-such-batch")}
                                             + server(),
                                         m_sim.managerToken());
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(!missing.err.isEmpty());
    }

    // batches cycles: the units as the server lists them (read here over raw HTTP), in JSON and
    // CSV, narrowed by --status; an unknown category is a usage error.
    void batchCycles()
    {
        const QString id = serverBatches().keys().first();
        QNetworkAccessManager nam;
        QUrl url = m_sim.baseUrl();
        url.setPath(QStringLiteral("/batches/%1/cycles").arg(id));
        url.setQuery(QStringLiteral("limit=100"));
        const HttpReply raw = httpCall(nam, "GET", url, m_sim.managerToken());
        QCOMPARE(raw.status, 200);
        const QJsonArray expected = raw.json.value(QStringLiteral("_embedded")).toObject()
                                        .value(QStringLiteral("nter:work-order-cycles")).toArray();
        QVERIFY(!expected.isEmpty());

        const CliResult json = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("cycles"), id,
                                                  QStringLiteral("--format"), QStringLiteral("json")}
                                          + server(),
                                      m_sim.managerToken());
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray units = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(units.size(), expected.size());
        QHash<QString, int> perCategory;
        for (qsizetype i = 0; i < units.size(); ++i) {
            const QJsonObject got = units.at(i).toObject();
            const QJsonObject want = expected.at(i).toObject();
            QCOMPARE(got.value(QStringLiteral("cycle_id")), want.value(QStringLiteral("cycle_id")));
            QCOMPARE(got.value(QStringLiteral("label")), want.value(QStringLiteral("label")));
            const QJsonObject status = want.value(QStringLiteral("current_status")).toObject();
            QCOMPARE(got.value(QStringLiteral("category")), status.value(QStringLiteral("category")));
            QCOMPARE(got.value(QStringLiteral("status")), status.value(QStringLiteral("status")));
            QCOMPARE(got.value(QStringLiteral("is_retry")), want.value(QStringLiteral("is_retry")));
            QCOMPARE(got.value(QStringLiteral("assigned_user")), want.value(QStringLiteral("assigned_user")));
            ++perCategory[got.value(QStringLiteral("category")).toString()];
        }

        const QString category = perCategory.constBegin().key();
        const CliResult csv = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("cycles"), id,
                                                 QStringLiteral("--status"), category.toLower(), QStringLiteral("--format"),
                                                 QStringLiteral("csv")}
                                         + server(),
                                     m_sim.managerToken());
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const auto records = TestSupport::parseCsv(csv.out);
        QVERIFY2(records, csv.out.constData());
        QCOMPARE(records->first(), (QStringList{QStringLiteral("cycle_id"), QStringLiteral("label"), QStringLiteral("status"),
                                                QStringLiteral("category"), QStringLiteral("assigned_user"),
                                                QStringLiteral("is_retry"), QStringLiteral("updated"), QStringLiteral("note")}));
        QCOMPARE(records->size() - 1, perCategory.value(category));
        for (const QStringList &record : records->mid(1))
            QCOMPARE(record.at(3), category);

        const CliResult bad = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("cycles"), id, QStringLiteral("--status"),
                                                 QStringLiteral("done")}
                                         + server(),
                                     m_sim.managerToken());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--status"));
        const CliResult missing = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("cycles"), QStringLiteral("no-such-batch")}
                                             + server(),
                                         m_sim.managerToken());
        QCOMPARE(missing.exitCode, 3);
    }

    // batches mine: the technician's own batches, sectioned and ordered as the rule says,
    // worked out here from raw HTTP (GET /me, every batch page, each batch's relations).
    void batchesMineAsTheRuleSays()
    {
        QNetworkAccessManager nam;
        const QString token = m_sim.technicianToken();
        const auto get = [&](const QString &path, const QString &query) {
            QUrl url = m_sim.baseUrl();
            url.setPath(path);
            url.setQuery(query);
            return httpCall(nam, "GET", url, token);
        };
        const HttpReply me = get(QStringLiteral("/me"), QString());
        QCOMPARE(me.status, 200);
        const QString userId = me.json.value(QStringLiteral("user_id")).toString();
        QVERIFY(!userId.isEmpty());

        struct Expected
        {
            QString id, label;
            double priority = 0, order = 0;
            QDateTime due;
            QString section;
        };
        QList<Expected> mine;
        QString cursor;
        const QDate today = QDate::currentDate();
        do {
            const HttpReply page = get(QStringLiteral("/batches"),
                                       QStringLiteral("limit=100") + (cursor.isEmpty() ? QString()
                                                                     : QStringLiteral("&offset=")
                                                                           + QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:batches")).toArray()) {
                const QJsonObject b = v.toObject();
                const QString id = b.value(QStringLiteral("batch_id")).toString();
                const HttpReply relations = get(QStringLiteral("/batches/%1/relations").arg(id),
                                                QStringLiteral("filter[relation]=technician&limit=100"));
                QCOMPARE(relations.status, 200);
                bool assigned = false;
                for (const QJsonValue &r : relations.json.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("nter:relations")).toArray())
                    assigned = assigned || r.toObject().value(QStringLiteral("entity")).toObject().value(QStringLiteral("entity_id")).toString() == userId;
                if (!assigned)
                    continue;
                const QJsonObject c = b.value(QStringLiteral("cycles")).toObject();
                const auto n = [&c](const char *key) { return c.value(QLatin1String(key)).toInteger(); };
                QString section;
                if (n("blocked") > 0)
                    section = QStringLiteral("blocked");
                else if (n("in_progress") + n("verifying") > 0)
                    section = QStringLiteral("in_progress");
                else if (n("pending") > 0)
                    section = QStringLiteral("next");
                else if (QDateTime::fromString(b.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs).toLocalTime().date() == today)
                    section = QStringLiteral("done_today");
                else
                    continue;
                mine.append({id, b.value(QStringLiteral("label")).toString(),
                             b.value(QStringLiteral("queue")).toObject().value(QStringLiteral("priority")).toDouble(),
                             b.value(QStringLiteral("order")).toDouble(),
                             QDateTime::fromString(b.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("due_date")).toString(),
                                                   Qt::ISODateWithMs),
                             section});
            }
            cursor = page.json.value(QStringLiteral("offset")).toString();
        } while (!cursor.isEmpty());
        QVERIFY2(mine.size() >= 3, "the demo technician has work");
        // Labels in natural order ("B2" before "B10"), by Qt's own collator here.
        QCollator natural(QLocale::c());
        natural.setNumericMode(true);
        std::stable_sort(mine.begin(), mine.end(), [&natural](const Expected &a, const Expected &b) {
            if (a.priority != b.priority)
                return a.priority < b.priority;
            if (a.order != b.order)
                return a.order < b.order;
            if (a.due != b.due)
                return a.due.isValid() && (!b.due.isValid() || a.due < b.due);
            const int byLabel = natural.compare(a.label, b.label);
            return byLabel != 0 ? byLabel < 0 : a.id < b.id;
        });

        const CliResult result = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("mine"), QStringLiteral("--format"),
                                                    QStringLiteral("json")}
                                            + server(),
                                        token);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value(QStringLiteral("user_id")).toString(), userId);
        const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 4);
        const QStringList names{QStringLiteral("blocked"), QStringLiteral("in_progress"), QStringLiteral("next"),
                                QStringLiteral("done_today")};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject section = sections.at(i).toObject();
            QCOMPARE(section.value(QStringLiteral("section")).toString(), names.at(i));
            QStringList got, want;
            for (const QJsonValue &b : section.value(QStringLiteral("batches")).toArray()) {
                got << b.toObject().value(QStringLiteral("batch_id")).toString();
                QVERIFY(b.toObject().value(QStringLiteral("cycles")).toObject().contains(QStringLiteral("blocked")));
            }
            for (const Expected &e : std::as_const(mine)) {
                if (e.section == names.at(i))
                    want << e.id;
            }
            QCOMPARE(got, want);
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList{} << true << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("batches"), QStringLiteral("explode")} << true << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")} << true << 2;
        QTest::newRow("missing id") << QStringList{QStringLiteral("batches"), QStringLiteral("get")} << true << 2;
        QTest::newRow("no token") << QStringList{QStringLiteral("batches"), QStringLiteral("list")} << false << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true << 0;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withToken);
        QFETCH(int, exitCode);
        const CliResult result = runCli(args + server(), withToken ? m_sim.managerToken() : QString());
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!result.err.isEmpty());
    }

    void apiErrorExitsWithThree()
    {
        const CliResult result = runCli(QStringList{QStringLiteral("batches"), QStringLiteral("list")} + server(),
                                        QStringLiteral("wrong-token"));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("sign in again"));
        QVERIFY(!result.err.contains("wrong-token")); // the token is never echoed
    }

    // The "done when": a label holding ESC and BEL, through every format of every
    // command that prints batches.
    void hostileBatchLabelsInEveryFormat()
    {
        const QString formula = createBatch(kFormulaLabel);
        const QString minus = createBatch(kMinusLabel);
        const QString at = createBatch(kAtLabel);

        // batches list
        const CliResult table = runOnEmpty({u"batches"_qs, u"list"_qs});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        VERIFY_NO_CONTROLS(table.out);
        const QString tableText = QString::fromUtf8(table.out);
        QVERIFY2(tableText.contains(kFormulaTerminal), table.out.constData());
        QVERIFY(tableText.contains(u"@cmd\\x9b"_qs));

        const CliResult csv = runOnEmpty({u"batches"_qs, u"list"_qs, u"--format"_qs, u"csv"_qs});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        VERIFY_NO_CONTROLS(csv.out, "\r\n");
        const auto records = TestSupport::parseCsv(csv.out);
        QVERIFY2(records, csv.out.constData());
        const QStringList header = records->first();
        const qsizetype idColumn = header.indexOf(u"batch_id"_qs);
        const qsizetype labelColumn = header.indexOf(u"batch_label"_qs);
        QVERIFY(idColumn >= 0 && labelColumn >= 0);
        QHash<QString, QString> csvLabels;
        for (const QStringList &record : records->mid(1)) {
            QCOMPARE(record.size(), header.size());
            csvLabels.insert(record.at(idColumn), record.at(labelColumn));
        }
        QCOMPARE(csvLabels.value(formula), kFormulaCsv);
        QCOMPARE(csvLabels.value(minus), u"'-1+2"_qs);
        QCOMPARE(csvLabels.value(at), u"'@cmd\\x9b"_qs);

        const CliResult json = runOnEmpty({u"batches"_qs, u"list"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QHash<QString, QString> jsonLabels;
        for (const QJsonValue &q : QJsonDocument::fromJson(json.out).object().value(u"queues").toArray())
            for (const QJsonValue &w : q.toObject().value(u"work_orders").toArray())
                for (const QJsonValue &b : w.toObject().value(u"batches").toArray())
                    jsonLabels.insert(b.toObject().value(u"batch_id").toString(), b.toObject().value(u"label").toString());
        QCOMPARE(jsonLabels.value(formula), kFormulaLabel);
        QCOMPARE(jsonLabels.value(minus), kMinusLabel);
        QCOMPARE(jsonLabels.value(at), kAtLabel);

        // batches get
        const CliResult got = runOnEmpty({u"batches"_qs, u"get"_qs, formula});
        QVERIFY2(got.exitCode == 0, got.err.constData());
        VERIFY_NO_CONTROLS(got.out);
        QVERIFY2(QString::fromUtf8(got.out).contains(u"\nlabel: "_qs + kFormulaTerminal + u"\n"_qs), got.out.constData());

        const CliResult gotCsv = runOnEmpty({u"batches"_qs, u"get"_qs, formula, u"--format"_qs, u"csv"_qs});
        QVERIFY2(gotCsv.exitCode == 0, gotCsv.err.constData());
        VERIFY_NO_CONTROLS(gotCsv.out, "\r\n");
        const auto getRecords = TestSupport::parseCsv(gotCsv.out);
        QVERIFY2(getRecords && getRecords->size() == 2, gotCsv.out.constData());
        QCOMPARE(getRecords->at(1).size(), getRecords->at(0).size());
        QCOMPARE(getRecords->at(1).at(getRecords->at(0).indexOf(u"batch_id"_qs)), formula);
        QCOMPARE(getRecords->at(1).at(getRecords->at(0).indexOf(u"label"_qs)), kFormulaCsv);
        QCOMPARE(getRecords->at(1).at(getRecords->at(0).indexOf(u"number_cycles"_qs)), u"3"_qs);
        QCOMPARE(getRecords->at(1).at(getRecords->at(0).indexOf(u"pending"_qs)), u"3"_qs);

        const CliResult gotJson = runOnEmpty({u"batches"_qs, u"get"_qs, minus, u"--format"_qs, u"json"_qs});
        QVERIFY2(gotJson.exitCode == 0, gotJson.err.constData());
        QCOMPARE(QJsonDocument::fromJson(gotJson.out).object().value(u"label").toString(), kMinusLabel);
        const CliResult gotFormulaJson = runOnEmpty({u"batches"_qs, u"get"_qs, formula, u"--format"_qs, u"json"_qs});
        QCOMPARE(QJsonDocument::fromJson(gotFormulaJson.out).object().value(u"label").toString(), kFormulaLabel);
    }

    // relations list: the sim names related users itself, so a hostile server is played by
    // a ScriptedServer answering with a real sim page whose text was made hostile.
    void hostileRelationLabelsInEveryFormat()
    {
        const QString batch = createBatch(u"relations"_qs);
        const QString user = userIds().value(3);
        QVERIFY(!user.isEmpty());
        const QString relation = createRelation(batch, user);
        const HttpReply page = call("GET", u"/batches/%1/relations"_qs.arg(batch), {},
                                    u"filter[relation]=technician&limit=100"_qs);
        QCOMPARE(page.status, 200);
        QJsonObject root = page.json;
        QJsonObject embedded = root.value(u"_embedded").toObject();
        QJsonArray items = embedded.value(u"nter:relations").toArray();
        QCOMPARE(items.size(), 1);
        QJsonObject item = items.first().toObject();
        QJsonObject entity = item.value(u"entity").toObject();
        entity.insert(u"label"_qs, kFormulaLabel);
        item.insert(u"entity"_qs, entity);
        items.replace(0, item);
        embedded.insert(u"nter:relations"_qs, items);
        root.insert(u"_embedded"_qs, embedded);

        TestSupport::ScriptedServer hostile;
        QVERIFY(hostile.listen());
        hostile.setFallback(TestSupport::ScriptedAction::json(200, QJsonDocument(root).toJson()));
        const QStringList base{u"relations"_qs, u"list"_qs, batch, u"--server"_qs, hostile.baseUrl().toString()};

        const CliResult table = runCli(base, m_empty.managerToken());
        QVERIFY2(table.exitCode == 0, table.err.constData());
        VERIFY_NO_CONTROLS(table.out, "\t\n"); // tab-separated columns
        const QStringList columns = QString::fromUtf8(table.out).chopped(1).split(u'\t');
        QCOMPARE(columns.size(), 6); // the label's tab and line break cannot add columns or lines
        QCOMPARE(columns.first(), relation);
        QCOMPARE(columns.last(), kFormulaTerminal);

        const CliResult csv = runCli(base + QStringList{u"--format"_qs, u"csv"_qs}, m_empty.managerToken());
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        VERIFY_NO_CONTROLS(csv.out, "\r\n");
        const auto records = TestSupport::parseCsv(csv.out);
        QVERIFY2(records && records->size() == 2, csv.out.constData());
        QCOMPARE(records->at(0), (QStringList{u"relation_id"_qs, u"relation"_qs, u"direction"_qs, u"entity_type"_qs,
                                              u"entity_id"_qs, u"label"_qs}));
        QCOMPARE(records->at(1), (QStringList{relation, u"technician"_qs, u"OUTWARD"_qs, u"USER"_qs, user,
                                              kFormulaCsv}));

        const CliResult json = runCli(base + QStringList{u"--format"_qs, u"json"_qs}, m_empty.managerToken());
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).array().first().toObject().value(u"entity").toObject()
                     .value(u"label").toString(),
                 kFormulaLabel);
    }

    // Messages on stderr: the server's words inside an API error, and the user's own typing.
    void hostileTextInErrorMessages()
    {
        const QString batch = createBatch(u"errors"_qs);
        const QString hostileId = u"\x1b]0;pwned\x07\u202Eno-such-user"_qs;
        const CliResult refused = runOnEmpty({u"relations"_qs, u"add"_qs, batch, u"--relation"_qs, u"technician"_qs,
                                              u"--entity-type"_qs, u"USER"_qs, u"--entity-id"_qs, hostileId});
        QCOMPARE(refused.exitCode, 3);
        VERIFY_NO_CONTROLS(refused.err);
        // The sim's validation message names the id it did not find.
        QVERIFY2(refused.err.contains("\\x1b]0;pwned\\x07\\u202eno-such-user"), refused.err.constData());

        const CliResult usage = runOnEmpty({u"batches"_qs, u"get\x1b[2J\x07"_qs});
        QCOMPARE(usage.exitCode, 2);
        VERIFY_NO_CONTROLS(usage.err);
        QVERIFY2(usage.err.contains("get\\x1b[2J\\x07"), usage.err.constData());
    }

    void relationsAddCreatesTheRelation()
    {
        const QString batch = createBatch(u"add"_qs);
        const QStringList users = userIds();
        const CliResult added = runOnEmpty({u"relations"_qs, u"add"_qs, batch, u"--relation"_qs, u"technician"_qs,
                                            u"--entity-type"_qs, u"USER"_qs, u"--entity-id"_qs, users.at(4)});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QHash<QString, QString> afterFirst = technicianRelations(batch);
        QCOMPARE(afterFirst.size(), 1);
        QCOMPARE(afterFirst.cbegin().value(), users.at(4));
        QCOMPARE(added.out, u"Created relation %1.\n"_qs.arg(afterFirst.cbegin().key()).toUtf8());

        const CliResult json = runOnEmpty({u"relations"_qs, u"add"_qs, batch, u"--relation"_qs, u"technician"_qs,
                                           u"--entity-type"_qs, u"USER"_qs, u"--entity-id"_qs, users.at(5),
                                           u"--format"_qs, u"json"_qs});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(json.out).object();
        const QHash<QString, QString> afterSecond = technicianRelations(batch);
        QCOMPARE(afterSecond.size(), 2);
        QCOMPARE(afterSecond.value(created.value(u"relation_id").toString()), users.at(5));
        QCOMPARE(created.value(u"entity").toObject().value(u"entity_id").toString(), users.at(5));
    }

    void relationsRemoveDeletesOnlyThatRelation()
    {
        const QString batch = createBatch(u"remove"_qs);
        const QStringList users = userIds();
        const QString gone = createRelation(batch, users.at(6));
        const QString kept = createRelation(batch, users.at(7));
        const CliResult removed = runOnEmpty({u"relations"_qs, u"remove"_qs, batch, gone});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(removed.out, u"Removed relation %1.\n"_qs.arg(gone).toUtf8());
        const QHash<QString, QString> left = technicianRelations(batch);
        QCOMPARE(left.keys(), QStringList{kept});
        QCOMPARE(left.value(kept), users.at(7));
    }

    void batchesDeleteDeletesTheBatch()
    {
        const QString doomed = createBatch(u"doomed"_qs);
        const QString other = createBatch(u"other"_qs);
        QCOMPARE(call("GET", u"/batches/%1"_qs.arg(doomed)).status, 200);
        const CliResult deleted = runOnEmpty({u"batches"_qs, u"delete"_qs, doomed});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(deleted.out, u"Deleted batch %1.\n"_qs.arg(doomed).toUtf8());
        QCOMPARE(call("GET", u"/batches/%1"_qs.arg(doomed)).status, 404);
        QCOMPARE(call("GET", u"/batches/%1"_qs.arg(other)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
