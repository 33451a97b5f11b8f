// The client against niagara-sim over real HTTP on 127.0.0.1: every operation of the
// batches contract and every status code it documents, plus queues, work orders, users and me.

#include "client/niagaraclient.h"
#include "client/pagedfetch.h"
#include "common/awaitoutcome.h"
#include "common/simprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Niagara;
using TestSupport::await;
using TestSupport::SimProcess;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

#define REQUIRE_OK(outcome) QVERIFY2((outcome).ok(), qPrintable((outcome).error.message() + QLatin1Char(' ') + (outcome).error.technicalDetail()))

} // namespace

class TestClientSim final : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<NiagaraClient> m_manager;
    std::unique_ptr<NiagaraClient> m_technician;
    QString m_queueId;
    QString m_otherQueueId;
    QString m_workOrderId;
    QStringList m_technicianIds;

    std::unique_ptr<NiagaraClient> clientWith(const QString &token)
    {
        auto client = std::make_unique<NiagaraClient>(&m_nam);
        client->setBaseUrl(m_sim.baseUrl());
        client->setBearerToken(token);
        return client;
    }

    QList<Batch> allBatches(NiagaraClient &client, int pageSize = 100)
    {
        BatchPageWalker walker(&client);
        walker.setPageSize(pageSize);
        QList<Batch> batches;
        connect(&walker, &BatchPageWalker::pageLoaded, this, [&batches](const Page<Batch> &page) {
            batches += page.items;
        });
        QSignalSpy finished(&walker, &BatchPageWalker::finished);
        QSignalSpy failed(&walker, &BatchPageWalker::failed);
        walker.start();
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 120000))
            qFatal("paging did not finish");
        if (failed.count())
            qWarning() << failed.first().first().value<ApiError>().message();
        return batches;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
        m_manager = clientWith(m_sim.managerToken());
        m_technician = clientWith(m_sim.technicianToken());
        QVERIFY(!m_sim.managerToken().isEmpty());

        const auto queues = await<Page<Queue>>([&](auto cb) { return m_manager->listQueues({}, this, cb); });
        REQUIRE_OK(queues);
        QVERIFY(queues.value->items.size() >= 2);
        m_queueId = queues.value->items.at(0).id;
        m_otherQueueId = queues.value->items.at(1).id;

        const auto orders = await<Page<WorkOrder>>([&](auto cb) { return m_manager->listWorkOrders({}, this, cb); });
        REQUIRE_OK(orders);
        QVERIFY(!orders.value->items.isEmpty());
        m_workOrderId = orders.value->items.at(0).id;
        QVERIFY(orders.value->items.at(0).cyclesNeeded() > 0);

        const auto users = await<Page<User>>([&](auto cb) { return m_manager->listUsers({}, this, cb); });
        REQUIRE_OK(users);
        QCOMPARE(users.value->totalCount, 25);
        // Two technicians: the seeded one the tests sign in as, and any other non-manager.
        for (const User &user : users.value->items) {
            if (user.email == QLatin1String(TestSupport::kTechnicianEmail))
                m_technicianIds.prepend(user.id);
            else if (m_technicianIds.size() < 2 && user.email != QLatin1String(TestSupport::kManagerEmail)
                     && user.email != QLatin1String(TestSupport::kSecondManagerEmail))
                m_technicianIds.append(user.id);
        }
        QCOMPARE(m_technicianIds.size(), 2);
    }

    void me()
    {
        const auto me = await<Me>([&](auto cb) { return m_technician->getMe(this, cb); });
        REQUIRE_OK(me);
        QCOMPARE(me.value->user.email, QString::fromLatin1(TestSupport::kTechnicianEmail));
        QVERIFY(!me.value->user.name.isEmpty());
    }

    void unauthorized_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("no token") << QString();
        QTest::newRow("bad token") << QStringLiteral("not-a-real-token");
    }
    void unauthorized()
    {
        QFETCH(QString, token);
        auto client = clientWith(token);
        QSignalSpy auth(client.get(), &NiagaraClient::authenticationRequired);
        const auto page = await<Page<Batch>>([&](auto cb) { return client->listBatches({}, this, cb); });
        QCOMPARE(page.error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(page.error.httpStatus(), 401);
        QCOMPARE(auth.count(), 1);
    }

    void createBatch()
    {
        const auto created = await<Batch>([&](auto cb) {
            return m_manager->createBatch(NewBatch{m_workOrderId, m_queueId, 12, SortKey::fromNumber(3), {}, {}}, this, cb);
        });
        REQUIRE_OK(created);
        QCOMPARE(created.value->numberCycles, 12);
        QCOMPARE(created.value->queue.id, m_queueId);
        QCOMPARE(created.value->workOrder.id, m_workOrderId);
        QCOMPARE(created.value->cycles[StatusCategory::Pending], 12);
        QCOMPARE(created.value->order, SortKey::fromNumber(3));

        const auto fetched = await<Batch>([&](auto cb) { return m_manager->getBatch(created.value->id, this, cb); });
        REQUIRE_OK(fetched);
        QCOMPARE(fetched.value->id, created.value->id);
        QCOMPARE(fetched.value->numberCycles, 12);
    }

    void createBatchRejectsInvalidData_data()
    {
        QTest::addColumn<qint64>("cycles");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero cycles") << qint64(0) << QString() << QStringLiteral("number_cycles");
        QTest::newRow("negative cycles") << qint64(-4) << QString() << QStringLiteral("number_cycles");
        QTest::newRow("unknown queue") << qint64(5) << QStringLiteral("no-such-queue") << QStringLiteral("queue");
    }
    void createBatchRejectsInvalidData()
    {
        QFETCH(qint64, cycles);
        QFETCH(QString, queue);
        QFETCH(QString, field);
        const auto created = await<Batch>([&](auto cb) {
            return m_manager->createBatch(NewBatch{m_workOrderId, queue.isEmpty() ? m_queueId : queue, cycles, {}, {}, {}},
                                          this, cb);
        });
        QCOMPARE(created.error.kind(), ApiError::Kind::BadRequest);
        QVERIFY(created.error.problem().has_value());
        QVERIFY(!created.error.validationLines().isEmpty());
        QVERIFY2(created.error.validationLines().join(QLatin1Char('\n')).contains(field),
                 qPrintable(created.error.message()));
    }

    void technicianIsForbidden_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("permission");
        QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("batch:create");
        QTest::newRow("split") << QStringLiteral("split") << QStringLiteral("batch:update");
        QTest::newRow("users") << QStringLiteral("users") << QStringLiteral("user:all");
    }
    void technicianIsForbidden()
    {
        QFETCH(QString, operation);
        QFETCH(QString, permission);
        ApiError error;
        if (operation == QLatin1String("create")) {
            error = await<Batch>([&](auto cb) {
                return m_technician->createBatch(NewBatch{m_workOrderId, m_queueId, 5, {}, {}, {}}, this, cb);
            }).error;
        } else if (operation == QLatin1String("split")) {
            error = await<Done>([&](auto cb) {
                return m_technician->createBatches(BatchSeries{m_workOrderId, m_queueId, 5, 2, {}}, this, cb);
            }).error;
        } else {
            error = await<Page<User>>([&](auto cb) { return m_technician->listUsers({}, this, cb); }).error;
        }
        QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(error.httpStatus(), 403);
        QVERIFY2(error.message().contains(permission), qPrintable(error.message()));
    }

    void splitCreatesBatchesAndTechnicians()
    {
        const qsizetype before = allBatches(*m_manager).size();
        const auto split = await<Done>([&](auto cb) {
            return m_manager->createBatches(BatchSeries{m_workOrderId, m_otherQueueId, 10, 4, m_technicianIds}, this, cb);
        });
        REQUIRE_OK(split);
        const QList<Batch> after = allBatches(*m_manager);
        QCOMPARE(after.size(), before + 4);
        int inOtherQueue = 0;
        QString newBatchId;
        for (const Batch &b : after) {
            if (b.queue.id == m_otherQueueId && b.numberCycles == 10) {
                ++inOtherQueue;
                newBatchId = b.id;
            }
        }
        QCOMPARE(inOtherQueue, 4);

        const auto relations = await<Page<Relation>>([&](auto cb) {
            return m_manager->listRelations(newBatchId, RelationFilter{QStringLiteral("USER"), QStringLiteral("technician"), {}},
                                            {}, this, cb);
        });
        REQUIRE_OK(relations);
        QCOMPARE(relations.value->items.size(), m_technicianIds.size());
        QStringList assigned;
        for (const Relation &r : relations.value->items) {
            QVERIFY(r.entity.has_value());
            assigned << r.entity->id;
        }
        assigned.sort();
        QStringList expected = m_technicianIds;
        expected.sort();
        QCOMPARE(assigned, expected);
    }

    void splitRejectsUnknownUsers()
    {
        const auto split = await<Done>([&](auto cb) {
            return m_manager->createBatches(BatchSeries{m_workOrderId, m_queueId, 10, 2, {QStringLiteral("no-such-user")}},
                                            this, cb);
        });
        QCOMPARE(split.error.kind(), ApiError::Kind::BadRequest);
    }

    void technicianSeesOnlyTheirQueues()
    {
        const QList<Batch> mine = allBatches(*m_technician);
        const QList<Batch> all = allBatches(*m_manager);
        QVERIFY(!all.isEmpty());
        QVERIFY(mine.size() < all.size());
        for (const Batch &b : mine)
            QCOMPARE(b.queue.id, m_queueId); // the empty seed gives the technician the first queue only
    }

    void relationsLifecycle()
    {
        const auto created = await<Batch>([&](auto cb) {
            return m_manager->createBatch(NewBatch{m_workOrderId, m_queueId, 2, {}, {}, {}}, this, cb);
        });
        REQUIRE_OK(created);
        const QString batchId = created.value->id;
        const QString userId = m_technicianIds.first();

        const auto relation = await<Relation>([&](auto cb) {
            return m_manager->createRelation(batchId, NewRelation{QStringLiteral("technician"), QStringLiteral("USER"), userId},
                                             this, cb);
        });
        REQUIRE_OK(relation); // 201
        QCOMPARE(relation.value->relation, QStringLiteral("technician"));
        QCOMPARE(relation.value->entity->id, userId);

        auto listWith = [&](const RelationFilter &filter) {
            return await<Page<Relation>>([&](auto cb) { return m_manager->listRelations(batchId, filter, {}, this, cb); });
        };
        const auto byType = listWith(RelationFilter{QStringLiteral("USER"), {}, {}});
        REQUIRE_OK(byType);
        QVERIFY(std::any_of(byType.value->items.cbegin(), byType.value->items.cend(),
                            [&](const Relation &r) { return r.id == relation.value->id; }));
        const auto byOtherType = listWith(RelationFilter{QStringLiteral("WOR"), {}, {}});
        REQUIRE_OK(byOtherType);
        QVERIFY(byOtherType.value->items.isEmpty());
        const auto byDirection = listWith(RelationFilter{{}, {}, relation.value->direction});
        REQUIRE_OK(byDirection);
        QCOMPARE(byDirection.value->items.size(), 1);
        const QString otherDirection = relation.value->direction == QLatin1String("INWARD") ? QStringLiteral("OUTWARD")
                                                                                            : QStringLiteral("INWARD");
        const auto byOtherDirection = listWith(RelationFilter{{}, QStringLiteral("technician"), otherDirection});
        REQUIRE_OK(byOtherDirection);
        QVERIFY(byOtherDirection.value->items.isEmpty());

        const auto removed = await<Done>([&](auto cb) {
            return m_manager->deleteRelation(batchId, relation.value->id, this, cb);
        });
        REQUIRE_OK(removed); // 200
        const auto removedAgain = await<Done>([&](auto cb) {
            return m_manager->deleteRelation(batchId, relation.value->id, this, cb);
        });
        QCOMPARE(removedAgain.error.kind(), ApiError::Kind::NotFound);

        const auto bad = await<Relation>([&](auto cb) {
            return m_manager->createRelation(batchId, NewRelation{QStringLiteral("technician"), QStringLiteral("USER"), QStringLiteral("ghost")},
                                             this, cb);
        });
        QCOMPARE(bad.error.kind(), ApiError::Kind::BadRequest);

        const auto forbidden = await<Relation>([&](auto cb) {
            return m_technician->createRelation(batchId, NewRelation{QStringLiteral("technician"), QStringLiteral("USER"), userId},
                                                this, cb);
        });
        QCOMPARE(forbidden.error.kind(), ApiError::Kind::Forbidden);
        QVERIFY(forbidden.error.message().contains(QStringLiteral("batch:attach")));

        const auto unknownBatch = listWith(RelationFilter{});
        REQUIRE_OK(unknownBatch);
        const auto missing = await<Page<Relation>>([&](auto cb) {
            return m_manager->listRelations(QStringLiteral("no-such-batch"), {}, {}, this, cb);
        });
        QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
    }

    void getAndDeleteNotFound()
    {
        const auto got = await<Batch>([&](auto cb) { return m_manager->getBatch(QStringLiteral("no-such-batch"), this, cb); });
        QCOMPARE(got.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(got.error.httpStatus(), 404);
        const auto deleted = await<Done>([&](auto cb) { return m_manager->deleteBatch(QStringLiteral("no-such-batch"), this, cb); });
        QCOMPARE(deleted.error.kind(), ApiError::Kind::NotFound);
    }

    void deleteBatch()
    {
        const auto created = await<Batch>([&](auto cb) {
            return m_manager->createBatch(NewBatch{m_workOrderId, m_queueId, 1, {}, {}, {}}, this, cb);
        });
        REQUIRE_OK(created);
        const auto forbidden = await<Done>([&](auto cb) { return m_technician->deleteBatch(created.value->id, this, cb); });
        QCOMPARE(forbidden.error.kind(), ApiError::Kind::Forbidden);
        const auto deleted = await<Done>([&](auto cb) { return m_manager->deleteBatch(created.value->id, this, cb); });
        REQUIRE_OK(deleted); // 205
        const auto gone = await<Batch>([&](auto cb) { return m_manager->getBatch(created.value->id, this, cb); });
        QCOMPARE(gone.error.kind(), ApiError::Kind::NotFound);
    }

    void demoListsEveryBatchOnceAndLocksInFlightBatches()
    {
        SimProcess demo;
        QString error;
        QVERIFY2(demo.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
        NiagaraClient manager(&m_nam);
        manager.setBaseUrl(demo.baseUrl());
        manager.setBearerToken(demo.managerToken());

        const auto first = await<Page<Batch>>([&](auto cb) { return manager.listBatches(PageRequest{100, {}}, this, cb); });
        REQUIRE_OK(first);
        QVERIFY(first.value->totalCount >= 1000);
        QVERIFY(first.value->skipped.isEmpty());

        const QList<Batch> all = allBatches(manager, 100);
        QCOMPARE(all.size(), first.value->totalCount);
        QSet<QString> ids;
        for (const Batch &b : all)
            ids.insert(b.id);
        QCOMPARE(ids.size(), all.size());

        const auto busy = std::find_if(all.cbegin(), all.cend(), [](const Batch &b) {
            return b.cycles[StatusCategory::InProgress] + b.cycles[StatusCategory::Verifying] > 0;
        });
        QVERIFY(busy != all.cend());
        const auto locked = await<Done>([&](auto cb) { return manager.deleteBatch(busy->id, this, cb); });
        QCOMPARE(locked.error.kind(), ApiError::Kind::Locked);
        QCOMPARE(locked.error.httpStatus(), 423);
        QVERIFY(locked.error.message().contains(QStringLiteral("locked")));
    }

    void laterRevisionDecodes()
    {
        SimProcess later;
        QString error;
        QVERIFY2(later.start(QStringLiteral("demo"), {QStringLiteral("--api-revision"), QStringLiteral("later")}, &error),
                 qPrintable(error));
        NiagaraClient manager(&m_nam);
        manager.setBaseUrl(later.baseUrl());
        manager.setBearerToken(later.managerToken());
        const auto page = await<Page<Batch>>([&](auto cb) { return manager.listBatches(PageRequest{50, {}}, this, cb); });
        REQUIRE_OK(page);
        QCOMPARE(page.value->items.size(), 50);
        QVERIFY(page.value->skipped.isEmpty());
        QVERIFY(!page.value->items.first().order.isNumber()); // a string key in this revision
        QVERIFY(page.value->items.first().workOrder.cyclesNeeded() > 0);
        const auto orders = await<Page<WorkOrder>>([&](auto cb) { return manager.listWorkOrders({}, this, cb); });
        REQUIRE_OK(orders);
        QVERIFY(!orders.value->items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientSim)
#include "tst_clientsim.moc"
