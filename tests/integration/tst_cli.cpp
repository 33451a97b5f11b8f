// batchdesk-cli as a user runs it, against niagara-sim on the demo seed: the grouped listing
// holds every demo batch exactly once under its own queue and work order; exit codes.

#include "common/clirun.h"
#include "common/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using TestSupport::SimProcess;

using TestSupport::CliResult;

class TestCli final : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;

    CliResult runCli(const QStringList &args, const QString &token)
    {
        return TestSupport::runCli(QStringLiteral(BATCHDESK_CLI_PATH), args, token);
    }

    QStringList server() const { return {QStringLiteral("--server"), m_sim.baseUrl().toString()}; }

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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
