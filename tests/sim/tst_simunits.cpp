// niagara-sim's units of a batch over real HTTP: GET /batches/{id}/cycles in both revisions,
// each batch's units consistent with its cycle counts (total, per category, who works them),
// filter[status], keyset paging, the contract's errors, and --simulate-work moving the units
// with the counts, forward only.

#include "common/httpcall.h"
#include "common/simprocess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using TestSupport::SimProcess;
using Reply = TestSupport::HttpReply;

namespace {

const QString kSeedDate = QStringLiteral("2026-11-29");
const QStringList kCategories{QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"), QStringLiteral("VERIFYING"),
                              QStringLiteral("COMPLETE"),  QStringLiteral("BLOCKED"),     QStringLiteral("CANCELLED")};

QString countKey(const QString &category)
{
    return category.toLower();
}

QJsonArray itemsOf(const Reply &r, const char *key)
{
    return r.json.value(QStringLiteral("_embedded")).toObject().value(QLatin1String(key)).toArray();
}

} // namespace

class TestSimUnits final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    SimProcess m_demo;

    Reply get(const SimProcess &sim, const QString &path, const QString &token)
    {
        return TestSupport::httpCall(m_nam, "GET", QUrl(sim.baseUrl().toString() + path), token);
    }

    // Every page of a listing; false on any answer but 200 or a cursor loop.
    bool walk(const SimProcess &sim, const QString &path, const char *key, const QString &token, int limit,
              QList<QJsonObject> *out, qint64 *total = nullptr)
    {
        QString offset;
        QSet<QString> seen;
        for (int guard = 0; guard < 1000; ++guard) {
            QString url = path + (path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                          + QStringLiteral("limit=%1").arg(limit);
            if (!offset.isEmpty())
                url += QStringLiteral("&offset=") + QString::fromLatin1(QUrl::toPercentEncoding(offset));
            const Reply r = get(sim, url, token);
            if (r.status != 200)
                return false;
            if (total)
                *total = r.json.value(QStringLiteral("total_count")).toInteger();
            for (const QJsonValue &v : itemsOf(r, key))
                out->append(v.toObject());
            if (r.json.value(QStringLiteral("offset")).isNull())
                return true;
            offset = r.json.value(QStringLiteral("offset")).toString();
            if (seen.contains(offset))
                return false;
            seen.insert(offset);
        }
        return false;
    }

    QList<QJsonObject> batches(const SimProcess &sim)
    {
        QList<QJsonObject> all;
        walk(sim, QStringLiteral("/batches"), "nter:batches", sim.managerToken(), 100, &all);
        return all;
    }

    // The batch's units agree with its counts; returns the units.
    QList<QJsonObject> checkedUnits(const SimProcess &sim, const QJsonObject &batch)
    {
        const QString id = batch.value(QStringLiteral("batch_id")).toString();
        QList<QJsonObject> units;
        qint64 total = -1;
        if (!walk(sim, QStringLiteral("/batches/%1/cycles").arg(id), "nter:work-order-cycles", sim.managerToken(), 100,
                  &units, &total)) {
            qWarning() << "cannot list the units of" << id;
            return {};
        }
        const QJsonObject counts = batch.value(QStringLiteral("cycles")).toObject();
        [&] {
            QCOMPARE(total, batch.value(QStringLiteral("number_cycles")).toInteger());
            QCOMPARE(qint64(units.size()), total);
            QHash<QString, qint64> byCategory;
            QSet<QString> ids, labels;
            for (const QJsonObject &u : std::as_const(units)) {
                const QJsonObject status = u.value(QStringLiteral("current_status")).toObject();
                const QString category = status.value(QStringLiteral("category")).toString();
                QVERIFY2(kCategories.contains(category), qPrintable(category));
                ++byCategory[category];
                ids.insert(u.value(QStringLiteral("cycle_id")).toString());
                labels.insert(u.value(QStringLiteral("label")).toString());
                QCOMPARE(u.value(QStringLiteral("entity_id")).toString(), u.value(QStringLiteral("cycle_id")).toString());
                QCOMPARE(u.value(QStringLiteral("entity_type")).toString(), QStringLiteral("CYC"));
                QCOMPARE(u.value(QStringLiteral("batch")).toObject().value(QStringLiteral("batch_id")).toString(), id);
                QCOMPARE(u.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("work_order_id")).toString(),
                         batch.value(QStringLiteral("work_order")).toObject().value(QStringLiteral("work_order_id")).toString());
                QVERIFY(u.value(QStringLiteral("is_retry")).isBool());
                // A serial number: capitals and digits, 7 to 20 of them.
                static const QRegularExpression serial(QStringLiteral("^[0-9A-Z]{7,20}$"));
                QVERIFY2(serial.match(u.value(QStringLiteral("label")).toString()).hasMatch(),
                         qPrintable(u.value(QStringLiteral("label")).toString()));
                if (category == QLatin1String("BLOCKED"))
                    QVERIFY2(!status.value(QStringLiteral("description")).toString().isEmpty(), "a blocked unit says why");
                if (category == QLatin1String("PENDING"))
                    QVERIFY(u.value(QStringLiteral("assigned_user")).isNull());
            }
            QCOMPARE(qint64(ids.size()), total);
            QCOMPARE(qint64(labels.size()), total);
            for (const QString &category : kCategories)
                QCOMPARE(byCategory.value(category), counts.value(countKey(category)).toInteger());
        }();
        return QTest::currentTestFailed() ? QList<QJsonObject>() : units;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate}, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_demo.stop(); }

    void unitsFollowTheCounts()
    {
        const QList<QJsonObject> all = batches(m_demo);
        QVERIFY(all.size() > 100);
        // A spread of batches: every 37th, and the first blocked one.
        QList<QJsonObject> sample;
        for (qsizetype i = 0; i < all.size(); i += 37)
            sample << all.at(i);
        for (const QJsonObject &b : all) {
            if (b.value(QStringLiteral("cycles")).toObject().value(QStringLiteral("blocked")).toInteger() > 0) {
                sample << b;
                break;
            }
        }
        for (const QJsonObject &b : std::as_const(sample)) {
            const QList<QJsonObject> units = checkedUnits(m_demo, b);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(b.value(QStringLiteral("batch_id")).toString()));
            // Who works a unit is one of the batch's technicians.
            QList<QJsonObject> relations;
            QVERIFY(walk(m_demo,
                         QStringLiteral("/batches/%1/relations?filter[relation]=technician")
                             .arg(b.value(QStringLiteral("batch_id")).toString()),
                         "nter:relations", m_demo.managerToken(), 100, &relations));
            QSet<QString> technicians;
            for (const QJsonObject &r : std::as_const(relations))
                technicians.insert(r.value(QStringLiteral("entity")).toObject().value(QStringLiteral("entity_id")).toString());
            for (const QJsonObject &u : units) {
                const QJsonValue assigned = u.value(QStringLiteral("assigned_user"));
                if (!assigned.isNull())
                    QVERIFY2(technicians.contains(assigned.toString()), qPrintable(assigned.toString()));
            }
        }
        // Asked again: the same units (made once, kept).
        const QList<QJsonObject> again = checkedUnits(m_demo, sample.first());
        QCOMPARE(again, checkedUnits(m_demo, sample.first()));
    }

    void statusFilterAndPaging()
    {
        QJsonObject blocked;
        for (const QJsonObject &b : batches(m_demo)) {
            if (b.value(QStringLiteral("cycles")).toObject().value(QStringLiteral("blocked")).toInteger() > 0
                && b.value(QStringLiteral("number_cycles")).toInteger() > 10) {
                blocked = b;
                break;
            }
        }
        QVERIFY(!blocked.isEmpty());
        const QString id = blocked.value(QStringLiteral("batch_id")).toString();
        const QJsonObject counts = blocked.value(QStringLiteral("cycles")).toObject();
        for (const QString &category : kCategories) {
            QList<QJsonObject> units;
            qint64 total = -1;
            QVERIFY(walk(m_demo, QStringLiteral("/batches/%1/cycles?filter[status]=%2").arg(id, category),
                         "nter:work-order-cycles", m_demo.managerToken(), 3, &units, &total));
            QCOMPARE(total, counts.value(countKey(category)).toInteger());
            QCOMPARE(qint64(units.size()), total);
            for (const QJsonObject &u : std::as_const(units))
                QCOMPARE(u.value(QStringLiteral("current_status")).toObject().value(QStringLiteral("category")).toString(),
                         category);
        }
        // Pages of 7 give the same units, in the same order, as one page of 100.
        QList<QJsonObject> small, large;
        QVERIFY(walk(m_demo, QStringLiteral("/batches/%1/cycles").arg(id), "nter:work-order-cycles",
                     m_demo.managerToken(), 7, &small));
        QVERIFY(walk(m_demo, QStringLiteral("/batches/%1/cycles").arg(id), "nter:work-order-cycles",
                     m_demo.managerToken(), 100, &large));
        QCOMPARE(small, large);
        // The page links carry the filter.
        const Reply first = get(m_demo, QStringLiteral("/batches/%1/cycles?filter[status]=PENDING&limit=1").arg(id),
                                m_demo.managerToken());
        QCOMPARE(first.status, 200);
        if (counts.value(QStringLiteral("pending")).toInteger() > 1)
            QVERIFY(first.json.value(QStringLiteral("_links")).toObject().value(QStringLiteral("next")).toObject()
                        .value(QStringLiteral("href")).toString().contains(QStringLiteral("filter%5Bstatus%5D=PENDING")));
    }

    void errors()
    {
        const QList<QJsonObject> all = batches(m_demo);
        QString imaging;
        for (const QJsonObject &b : all) {
            if (b.value(QStringLiteral("queue")).toObject().value(QStringLiteral("queue_id")).toString()
                == QLatin1String("queue-imaging-bay")) {
                imaging = b.value(QStringLiteral("batch_id")).toString();
                break;
            }
        }
        QVERIFY(!imaging.isEmpty());
        // An unknown category: 400, problem+json naming the parameter and the allowed values.
        Reply r = get(m_demo, QStringLiteral("/batches/%1/cycles?filter[status]=DONE").arg(imaging), m_demo.managerToken());
        QCOMPARE(r.status, 400);
        QVERIFY(r.contentType.startsWith("application/problem+json"));
        const QJsonObject message = r.json.value(QStringLiteral("validation_messages")).toArray().first().toObject();
        QCOMPARE(message.value(QStringLiteral("keyword")).toString(), QStringLiteral("enum"));
        QVERIFY(message.value(QStringLiteral("dataPath")).toString().contains(QStringLiteral("filter[status]")));
        // A limit above 100: 400.
        QCOMPARE(get(m_demo, QStringLiteral("/batches/%1/cycles?limit=101").arg(imaging), m_demo.managerToken()).status, 400);
        // No such batch: 404; no token: 401; a technician outside the queue: 403.
        QCOMPARE(get(m_demo, QStringLiteral("/batches/no-such-batch/cycles"), m_demo.managerToken()).status, 404);
        QCOMPARE(get(m_demo, QStringLiteral("/batches/%1/cycles").arg(imaging), QString()).status, 401);
        QCOMPARE(get(m_demo, QStringLiteral("/batches/%1/cycles").arg(imaging), m_demo.technicianToken()).status, 403);
        // Only GET.
        QCOMPARE(TestSupport::httpCall(m_nam, "POST", QUrl(m_demo.baseUrl().toString()
                                                           + QStringLiteral("/batches/%1/cycles").arg(imaging)),
                                       m_demo.managerToken(), "{}")
                     .status,
                 405);
    }

    void laterRevisionServesTheSameUnits()
    {
        SimProcess later;
        QString error;
        QVERIFY2(later.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate, QStringLiteral("--api-revision"),
                                                      QStringLiteral("later")},
                             &error),
                 qPrintable(error));
        const QList<QJsonObject> seedBatches = batches(m_demo);
        const QList<QJsonObject> laterBatches = batches(later);
        QCOMPARE(laterBatches.size(), seedBatches.size());
        const QJsonObject b = laterBatches.at(laterBatches.size() / 2);
        const QList<QJsonObject> units = checkedUnits(later, b);
        QVERIFY(!units.isEmpty());
        QList<QJsonObject> seedUnits;
        QVERIFY(walk(m_demo, QStringLiteral("/batches/%1/cycles").arg(b.value(QStringLiteral("batch_id")).toString()),
                     "nter:work-order-cycles", m_demo.managerToken(), 100, &seedUnits));
        QCOMPARE(units.size(), seedUnits.size());
        for (qsizetype i = 0; i < units.size(); ++i)
            QCOMPARE(units.at(i).value(QStringLiteral("label")), seedUnits.at(i).value(QStringLiteral("label")));
    }

    void simulatedWorkMovesTheUnits()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(QStringLiteral("demo"), {QStringLiteral("--seed-date"), kSeedDate, QStringLiteral("--simulate-work"),
                                                    QStringLiteral("0.05"), QStringLiteral("--test-admin")},
                           &error),
                 qPrintable(error));
        auto run = [&](bool running) {
            return TestSupport::httpCall(m_nam, "PUT", QUrl(sim.baseUrl().toString() + QStringLiteral("/_sim/work")), QString(),
                                         running ? QByteArrayLiteral(R"({"running": true})")
                                                 : QByteArrayLiteral(R"({"running": false})"))
                .status;
        };
        QCOMPARE(run(false), 200);
        // Units made for every fourth unfinished batch, so that the work moves made units.
        QHash<QString, QList<QJsonObject>> before;
        int unfinished = 0;
        for (const QJsonObject &b : batches(sim)) {
            const QJsonObject c = b.value(QStringLiteral("cycles")).toObject();
            if (c.value(QStringLiteral("pending")).toInteger() + c.value(QStringLiteral("in_progress")).toInteger()
                    + c.value(QStringLiteral("verifying")).toInteger() + c.value(QStringLiteral("blocked")).toInteger()
                == 0)
                continue;
            if (unfinished++ % 4 != 0)
                continue;
            before.insert(b.value(QStringLiteral("batch_id")).toString(), checkedUnits(sim, b));
            QVERIFY(!QTest::currentTestFailed());
        }
        QVERIFY(!before.isEmpty());
        QCOMPARE(run(true), 200);
        // Until the work has moved some of these batches' cycles.
        const auto countsOf = [](const QJsonObject &b) { return b.value(QStringLiteral("cycles")).toObject(); };
        QHash<QString, QJsonObject> countsBefore;
        for (const QJsonObject &b : batches(sim))
            countsBefore.insert(b.value(QStringLiteral("batch_id")).toString(), countsOf(b));
        QVERIFY(QTest::qWaitFor(
            [&] {
                int changed = 0;
                for (const QJsonObject &b : batches(sim)) {
                    const QString id = b.value(QStringLiteral("batch_id")).toString();
                    changed += before.contains(id) && countsOf(b) != countsBefore.value(id) ? 1 : 0;
                }
                return changed >= 3;
            },
            60000));
        QCOMPARE(run(false), 200);
        int movedBatches = 0;
        for (const QJsonObject &b : batches(sim)) {
            const QString id = b.value(QStringLiteral("batch_id")).toString();
            if (!before.contains(id))
                continue;
            const QList<QJsonObject> now = checkedUnits(sim, b);
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(id));
            const QList<QJsonObject> &was = before.value(id);
            QCOMPARE(now.size(), was.size());
            // The same units (ids, labels, order); work only goes forward (nothing finished is
            // reopened, nothing goes back to pending), and at least as many units changed as
            // the counts gained (more when a tick moved a unit on that another had left).
            int changed = 0;
            QHash<QString, int> delta;
            for (qsizetype i = 0; i < now.size(); ++i) {
                QCOMPARE(now.at(i).value(QStringLiteral("cycle_id")), was.at(i).value(QStringLiteral("cycle_id")));
                QCOMPARE(now.at(i).value(QStringLiteral("label")), was.at(i).value(QStringLiteral("label")));
                const QString from = was.at(i).value(QStringLiteral("current_status")).toObject().value(QStringLiteral("category")).toString();
                const QString to = now.at(i).value(QStringLiteral("current_status")).toObject().value(QStringLiteral("category")).toString();
                if (from != to) {
                    QVERIFY2(from != QLatin1String("COMPLETE") && from != QLatin1String("CANCELLED"),
                             qPrintable(QStringLiteral("%1 → %2").arg(from, to)));
                    QVERIFY2(to != QLatin1String("PENDING"), qPrintable(QStringLiteral("%1 → %2").arg(from, to)));
                    ++changed;
                    --delta[from];
                    ++delta[to];
                }
            }
            int gains = 0;
            for (auto it = delta.cbegin(); it != delta.cend(); ++it)
                gains += std::max(0, it.value());
            QVERIFY(changed >= gains);
            movedBatches += changed > 0 ? 1 : 0;
        }
        QVERIFY2(movedBatches > 0, "the simulated work moved some units");
    }
};

QTEST_GUILESS_MAIN(TestSimUnits)
#include "tst_simunits.moc"
