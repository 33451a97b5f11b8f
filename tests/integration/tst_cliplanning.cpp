// batchdesk-cli's planning commands end to end against niagara-sim (empty seed): `workorders
// split` (dry run, bulk with technicians, partial failure → exit 4, usage errors, a technician's
// refusal) and `batches assign` (add, replace); hostile labels in their table and JSON output.
// The server's state is read back with plain HTTP, not with the client library the CLI uses.

#include "common/clirun.h"
#include "common/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using TestSupport::CliResult;
using TestSupport::SimProcess;

namespace {

constexpr char kIpad[] = "wo-ipad-500";
constexpr char kMacbook[] = "wo-macbook-40";

} // namespace

class TestCliPlanning final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_nam;

    void startSim(const QStringList &args = {})
    {
        m_sim = std::make_unique<SimProcess>();
        QString error;
        if (!m_sim->start(QStringLiteral("empty"), args, &error))
            qFatal("%s", qPrintable(error));
    }

    CliResult runCli(QStringList args, const QString &token = {})
    {
        args << QStringLiteral("--server") << m_sim->baseUrl().toString();
        return TestSupport::runCli(QStringLiteral(BATCHDESK_CLI_PATH), args,
                                   token.isEmpty() ? m_sim->managerToken() : token);
    }

    QJsonObject get(const QString &path, const QString &query = {})
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_sim->managerToken().toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            qFatal("no answer");
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // batch id → number_cycles of a work order's batches.
    QHash<QString, qint64> batchesOf(const QString &workOrder)
    {
        QHash<QString, qint64> out;
        QString cursor;
        do {
            QString query = QStringLiteral("limit=100");
            if (!cursor.isEmpty())
                query += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const QJsonObject page = get(QStringLiteral("/batches"), query);
            for (const QJsonValue &v : page.value(u"_embedded").toObject().value(u"nter:batches").toArray()) {
                const QJsonObject b = v.toObject();
                if (b.value(u"work_order").toObject().value(u"work_order_id").toString() == workOrder)
                    out.insert(b.value(u"batch_id").toString(), b.value(u"number_cycles").toInteger());
            }
            cursor = page.value(u"offset").toString();
        } while (!cursor.isEmpty());
        return out;
    }

    QStringList technicians(const QString &batchId)
    {
        const QJsonObject page = get(QStringLiteral("/batches/%1/relations").arg(batchId),
                                     QStringLiteral("filter[relation]=technician&limit=100"));
        QStringList ids;
        for (const QJsonValue &v : page.value(u"_embedded").toObject().value(u"nter:relations").toArray())
            ids.append(v.toObject().value(u"entity").toObject().value(u"entity_id").toString());
        ids.sort();
        return ids;
    }

    QStringList userIds(int from, int count)
    {
        const QJsonObject page = get(QStringLiteral("/users"), QStringLiteral("limit=100"));
        QStringList ids;
        for (const QJsonValue &v : page.value(u"_embedded").toObject().value(u"nter:users").toArray())
            ids.append(v.toObject().value(u"user_id").toString());
        return ids.mid(from, count);
    }

private Q_SLOTS:
    void init() { startSim(); }
    void cleanup() { m_sim.reset(); }

    void dryRunPrintsThePlanAndSendsNothing()
    {
        const CliResult r = runCli({u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kIpad),
                                    u"--queue"_qs, u"queue-fast-lane"_qs, u"--batch-size"_qs, u"30"_qs,
                                    u"--dry-run"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plan.value(u"cycles_planned").toInteger(), 500);
        const QJsonArray batches = plan.value(u"batches").toArray();
        QCOMPARE(batches.size(), 17);
        QCOMPARE(batches.first().toObject().value(u"number_cycles").toInteger(), 30);
        QCOMPARE(batches.last().toObject().value(u"number_cycles").toInteger(), 20);
        const QJsonArray requests = plan.value(u"requests").toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).toObject().value(u"method").toString(), u"PATCH"_qs);
        QCOMPARE(requests.at(1).toObject().value(u"method").toString(), u"POST"_qs);
        QVERIFY(batchesOf(QString::fromLatin1(kIpad)).isEmpty());
    }

    void splitsWithTechniciansInOnePatch()
    {
        const QStringList techs = userIds(2, 3);
        QStringList args{u"workorders"_qs, u"split"_qs,    u"--work-order"_qs, QString::fromLatin1(kIpad),
                         u"--queue"_qs,    u"queue-fast-lane"_qs, u"--batches"_qs, u"50"_qs};
        for (const QString &t : techs)
            args << u"--technician"_qs << t;
        const CliResult r = runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 50 + 150 + 1); // every item, then the summary
        QVERIFY(lines.first().startsWith("succeeded\tCreate batch"));
        QVERIFY(lines.last().contains("200 succeeded, 0 failed, 0 not attempted"));
        const QHash<QString, qint64> batches = batchesOf(QString::fromLatin1(kIpad));
        QCOMPARE(batches.size(), 50);
        for (qint64 cycles : batches)
            QCOMPARE(cycles, 10);
        QStringList sorted = techs;
        sorted.sort();
        QCOMPARE(technicians(batches.keys().first()), sorted);
    }

    void partialFailureExitsFourAndReportsEveryItem()
    {
        startSim({u"--fail-writes"_qs, u"2:503"_qs});
        const CliResult r = runCli({u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kMacbook),
                                    u"--queue"_qs, u"queue-rework"_qs, u"--batch-size"_qs, u"10"_qs,
                                    u"--individually"_qs, u"--label"_qs, u"MB {n}"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(u"succeeded").toInt(), 3);
        QCOMPARE(result.value(u"failed").toInt(), 1);
        const QJsonArray items = result.value(u"items").toArray();
        QCOMPARE(items.size(), 4);
        int failedWithMessage = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            if (item.value(u"state").toString() == u"failed")
                failedWithMessage += item.value(u"message").toString().isEmpty() ? 0 : 1;
            else
                QVERIFY(!item.value(u"batch_id").toString().isEmpty());
        }
        QCOMPARE(failedWithMessage, 1);
        QCOMPARE(batchesOf(QString::fromLatin1(kMacbook)).size(), 3);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base{u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kMacbook),
                               u"--queue"_qs, u"queue-rework"_qs};
        QTest::newRow("both sizings") << (base + QStringList{u"--batch-size"_qs, u"5"_qs, u"--batches"_qs, u"3"_qs})
                                      << u"exactly one"_qs;
        QTest::newRow("no sizing") << base << u"exactly one"_qs;
        QTest::newRow("zero size") << (base + QStringList{u"--batch-size"_qs, u"0"_qs}) << u"at least 1"_qs;
        QTest::newRow("bad remainder") << (base + QStringList{u"--batches"_qs, u"3"_qs, u"--remainder"_qs, u"odd"_qs})
                                       << u"last or spread"_qs;
        QTest::newRow("more batches than cycles") << (base + QStringList{u"--batches"_qs, u"41"_qs}) << u"cannot share"_qs;
        QTest::newRow("over split without override")
            << (base + QStringList{u"--batches"_qs, u"2"_qs, u"--cycles"_qs, u"60"_qs}) << u"explicit"_qs;
        QTest::newRow("unknown technician")
            << (base + QStringList{u"--batches"_qs, u"2"_qs, u"--technician"_qs, u"nobody"_qs}) << u"nobody"_qs;
        QTest::newRow("assign without technician") << QStringList{u"batches"_qs, u"assign"_qs, u"--batch"_qs, u"x"_qs}
                                                   << u"--technician"_qs;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(batchesOf(QString::fromLatin1(kMacbook)).isEmpty());
    }

    void technicianIsRefused()
    {
        const CliResult r = runCli({u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kMacbook),
                                    u"--queue"_qs, u"queue-fast-lane"_qs, u"--batches"_qs, u"2"_qs},
                                   m_sim->technicianToken());
        QCOMPARE(r.exitCode, 3);
        // Technicians may not even list work orders: the message names the permission.
        QVERIFY2(r.err.contains("work-order:all"), r.err.constData());
        QVERIFY(batchesOf(QString::fromLatin1(kMacbook)).isEmpty());
    }

    void assignAddsThenReplaces()
    {
        const QStringList techs = userIds(2, 3);
        QVERIFY(runCli({u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kMacbook), u"--queue"_qs,
                        u"queue-fast-lane"_qs, u"--batches"_qs, u"2"_qs}).exitCode == 0);
        const QStringList batches = batchesOf(QString::fromLatin1(kMacbook)).keys();
        QCOMPARE(batches.size(), 2);

        const CliResult add = runCli({u"batches"_qs, u"assign"_qs, u"--batch"_qs, batches.at(0), u"--batch"_qs,
                                      batches.at(1), u"--technician"_qs, techs.at(0), u"--technician"_qs, techs.at(1),
                                      u"--format"_qs, u"json"_qs});
        QVERIFY2(add.exitCode == 0, QByteArray(add.err + add.out).constData());
        QCOMPARE(QJsonDocument::fromJson(add.out).object().value(u"succeeded").toInt(), 4);
        QStringList first{techs.at(0), techs.at(1)};
        first.sort();
        QCOMPARE(technicians(batches.at(0)), first);
        QCOMPARE(technicians(batches.at(1)), first);

        const CliResult replace = runCli({u"batches"_qs, u"assign"_qs, u"--batch"_qs, batches.at(0), u"--technician"_qs,
                                          techs.at(2), u"--replace"_qs});
        QVERIFY2(replace.exitCode == 0, replace.err.constData());
        QVERIFY(replace.out.contains("3 succeeded, 0 failed"));
        QCOMPARE(technicians(batches.at(0)), QStringList{techs.at(2)});
        QCOMPARE(technicians(batches.at(1)), first);
    }

    // A label pattern holding ESC, BEL and an RLO (the user's typing becomes the server's
    // labels): table output shows it escaped, JSON exactly; the same for an unknown technician
    // id in the error message.
    void hostileLabelsAreEscaped()
    {
        const QString pattern = u"\x1b]0;pwned\x07 {n}\u202E"_qs;
        const QString firstLabel = u"\x1b]0;pwned\x07 1\u202E"_qs;
        const QByteArray firstEscaped = "\\x1b]0;pwned\\x07 1\\u202e";
        const QStringList split{u"workorders"_qs, u"split"_qs, u"--work-order"_qs, QString::fromLatin1(kMacbook),
                                u"--queue"_qs, u"queue-rework"_qs, u"--batches"_qs, u"2"_qs, u"--individually"_qs,
                                u"--label"_qs, pattern};

        const CliResult dryTable = runCli(split + QStringList{u"--dry-run"_qs});
        QVERIFY2(dryTable.exitCode == 0, dryTable.err.constData());
        const QString dryFound = TestSupport::controlCharacterIn(dryTable.out, "\t\n");
        QVERIFY2(dryFound.isEmpty(), qPrintable(dryFound));
        QVERIFY2(dryTable.out.contains(QByteArray("1\t" + firstEscaped + "\t20\t")), dryTable.out.constData());

        const CliResult dryJson = runCli(split + QStringList{u"--dry-run"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(dryJson.exitCode == 0, dryJson.err.constData());
        QCOMPARE(QJsonDocument::fromJson(dryJson.out).object().value(u"batches").toArray().first().toObject()
                     .value(u"label").toString(),
                 firstLabel);

        const CliResult created = runCli(split);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString createdFound = TestSupport::controlCharacterIn(created.out, "\t\n");
        QVERIFY2(createdFound.isEmpty(), qPrintable(createdFound));
        QVERIFY2(created.out.contains(firstEscaped), created.out.constData());

        const QStringList batches = batchesOf(QString::fromLatin1(kMacbook)).keys();
        QCOMPARE(batches.size(), 2);
        const QString tech = userIds(2, 1).first();
        const CliResult assigned = runCli({u"batches"_qs, u"assign"_qs, u"--batch"_qs, batches.at(0), u"--technician"_qs,
                                           tech});
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
        const QString assignedFound = TestSupport::controlCharacterIn(assigned.out, "\t\n");
        QVERIFY2(assignedFound.isEmpty(), qPrintable(assignedFound));
        QVERIFY2(assigned.out.contains("\\x1b]0;pwned\\x07 "), assigned.out.constData());
        QCOMPARE(assigned.out.count('\n'), 2); // one item, the summary: no line comes from a label

        const CliResult assignedJson = runCli({u"batches"_qs, u"assign"_qs, u"--batch"_qs, batches.at(1),
                                               u"--technician"_qs, tech, u"--format"_qs, u"json"_qs});
        QVERIFY2(assignedJson.exitCode == 0, assignedJson.err.constData());
        const QString jsonLabel = QJsonDocument::fromJson(assignedJson.out).object().value(u"items").toArray().first()
                                      .toObject().value(u"batch_label").toString();
        QVERIFY2(jsonLabel.startsWith(u"\x1b]0;pwned\x07 "_qs) && jsonLabel.endsWith(QChar(0x202E)), qPrintable(jsonLabel.toHtmlEscaped()));

        const CliResult unknown = runCli({u"batches"_qs, u"assign"_qs, u"--batch"_qs, batches.at(0), u"--technician"_qs,
                                          u"\x1b[2Jnobody"_qs});
        QCOMPARE(unknown.exitCode, 2);
        const QString unknownFound = TestSupport::controlCharacterIn(unknown.err);
        QVERIFY2(unknownFound.isEmpty(), qPrintable(unknownFound));
        QVERIFY2(unknown.err.contains("\\x1b[2Jnobody"), unknown.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPlanning)
#include "tst_cliplanning.moc"
