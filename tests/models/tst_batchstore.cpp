#include "common/batchfactory.h"
#include "models/batchstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::BatchSpec;

// Before the test class: _data() functions use it as a column type (clang insists).
Q_DECLARE_METATYPE(TestSupport::BatchSpec)
using TestSupport::makePage;

class TestBatchStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingestAddsAndInterns()
    {
        BatchStore store;
        QSignalSpy added(&store, &BatchStore::batchesAdded);
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")},
                               BatchSpec{QStringLiteral("b3"), QStringLiteral("q-qa"), QStringLiteral("wo-mac")}},
                              1200));
        store.endLoad();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toStringList(),
                 (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")}));
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.serverTotal(), 1200);
        // One copy of each embedded entity, however many batches embed it.
        const auto counts = store.internCounts();
        QCOMPARE(counts.queues, 2);
        QCOMPARE(counts.workOrders, 2);
        QCOMPARE(counts.projects, 1);
        QCOMPARE(counts.programs, 1);
        QCOMPARE(counts.customers, 1);
        QCOMPARE(counts.locations, 1);
        QVERIFY(store.workOrder(QStringLiteral("wo-mac")));
        QCOMPARE(store.workOrder(QStringLiteral("wo-mac"))->project->customer.label, QStringLiteral("Northwind Schools"));
        QCOMPARE(store.batch(QStringLiteral("b3"))->queueId, QStringLiteral("q-qa"));
    }

    // A status is held once however many batches show it (SharedStatus): equal statuses are
    // the same object, a different one is not, and each reads as the status it is.
    void statusesAreHeldOnce()
    {
        BatchStore store;
        BatchSpec blocked{QStringLiteral("b3")};
        blocked.status = StatusCategory::Blocked;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}, blocked}));
        store.endLoad();
        const BatchRecord *b1 = store.batch(QStringLiteral("b1"));
        const BatchRecord *b2 = store.batch(QStringLiteral("b2"));
        const BatchRecord *b3 = store.batch(QStringLiteral("b3"));
        QVERIFY(b1 && b2 && b3 && b1->status && b2->status && b3->status);
        QCOMPARE(&*b1->status, &*b2->status);
        QVERIFY(&*b1->status != &*b3->status);
        QCOMPARE(b1->status->category, StatusCategory::Pending);
        QCOMPARE(b3->status->category, StatusCategory::Blocked);
        QCOMPARE(*b1->status, *makeBatch(BatchSpec{QStringLiteral("b1")}).currentStatus);
        // A reload with the same statuses keeps the same objects.
        const Status *before = &*b1->status;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}, blocked}));
        store.endLoad();
        QCOMPARE(&*store.batch(QStringLiteral("b1"))->status, before);
    }

    void duplicatesAreIgnored()
    {
        BatchStore store;
        QSignalSpy added(&store, &BatchStore::batchesAdded);
        QSignalSpy changed(&store, &BatchStore::batchesChanged);
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}}));
        // Cursor drift: b2 again on the next page, and twice within one page.
        store.ingest(makePage({BatchSpec{QStringLiteral("b2")}, BatchSpec{QStringLiteral("b3")}, BatchSpec{QStringLiteral("b3")}}));
        store.endLoad();
        QCOMPARE(store.size(), 3);
        QStringList all;
        for (const auto &args : added)
            all += args.first().toStringList();
        QCOMPARE(all, (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")}));
        QCOMPARE(changed.count(), 0);
    }

    void refreshReportsOnlyDifferences_data()
    {
        QTest::addColumn<BatchSpec>("after");
        QTest::addColumn<int>("fields");
        const BatchSpec base{QStringLiteral("b1")};
        BatchSpec cycles = base;
        cycles.cycles = {6, 2, 1, 1, 0, 0};
        QTest::newRow("cycles") << cycles << int(BatchField::Cycles);
        BatchSpec grown = base;
        grown.cycles = {12, 0, 0, 0, 0, 0};
        QTest::newRow("number of cycles") << grown << int(BatchField::Cycles | BatchField::NumberCycles);
        BatchSpec status = base;
        status.status = StatusCategory::Blocked;
        QTest::newRow("status") << status << int(BatchField::Status);
        BatchSpec order = base;
        order.order = 7;
        QTest::newRow("order") << order << int(BatchField::Order);
        BatchSpec techs = base;
        techs.technicianIds = {QStringLiteral("u-1")};
        QTest::newRow("technicians") << techs << int(BatchField::Technicians);
        BatchSpec moved = base;
        moved.queueId = QStringLiteral("q-other");
        QTest::newRow("moved queue") << moved << int(BatchField::Placement);
    }
    void refreshReportsOnlyDifferences()
    {
        QFETCH(BatchSpec, after);
        QFETCH(int, fields);
        BatchStore store;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}}));
        store.endLoad();

        QSignalSpy changed(&store, &BatchStore::batchesChanged);
        QSignalSpy added(&store, &BatchStore::batchesAdded);
        QSignalSpy removed(&store, &BatchStore::batchesRemoved);
        store.beginLoad();
        store.ingest(makePage({after, BatchSpec{QStringLiteral("b2")}}));
        store.endLoad();
        QCOMPARE(added.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto changes = changed.first().first().value<QList<BatchChange>>();
        QCOMPARE(changes.size(), 1); // b2 is unchanged and not reported
        QCOMPARE(changes.first().id, QStringLiteral("b1"));
        QCOMPARE(int(changes.first().fields), fields);
    }

    void batchesMissingFromACompleteLoadAreRemoved()
    {
        BatchStore store;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")},
                               BatchSpec{QStringLiteral("b3"), QStringLiteral("q-gone"), QStringLiteral("wo-gone")}}));
        store.endLoad();

        QSignalSpy removed(&store, &BatchStore::batchesRemoved);
        bool readableDuringSignal = false;
        connect(&store, &BatchStore::batchesRemoved, this, [&](const QStringList &ids) {
            readableDuringSignal = store.batch(ids.first()) != nullptr;
        });
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}}));
        QCOMPARE(removed.count(), 0); // nothing is removed before the load completes
        store.endLoad();
        QCOMPARE(removed.count(), 1);
        QStringList ids = removed.first().first().toStringList();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("b2"), QStringLiteral("b3")}));
        QVERIFY(readableDuringSignal);
        QCOMPARE(store.size(), 1);
        QVERIFY(!store.batch(QStringLiteral("b2")));
        QVERIFY(store.batch(QStringLiteral("b1")));
        // Entities no batch uses any more are dropped.
        QVERIFY(!store.queue(QStringLiteral("q-gone")));
        QVERIFY(!store.workOrder(QStringLiteral("wo-gone")));
        // Re-adding after compaction works.
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b4")}}));
        store.endLoad();
        QCOMPARE(store.size(), 2);
        QVERIFY(store.batch(QStringLiteral("b4")));
        QCOMPARE(store.batch(QStringLiteral("b1"))->id, QStringLiteral("b1"));
    }

    void failedLoadRemovesNothing()
    {
        BatchStore store;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}}));
        store.endLoad();
        QSignalSpy removed(&store, &BatchStore::batchesRemoved);
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}}));
        store.abortLoad();
        store.endLoad(); // no generation open: a no-op
        QCOMPARE(removed.count(), 0);
        QCOMPARE(store.size(), 2);
    }

    void workOrderChangesAreReported()
    {
        BatchStore store;
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}}));
        store.endLoad();
        QSignalSpy workOrders(&store, &BatchStore::workOrdersChanged);
        QSignalSpy queues(&store, &BatchStore::queuesChanged);
        Page<Batch> page = makePage({BatchSpec{QStringLiteral("b1")}});
        page.items.first().workOrder.dueDate = QDateTime(QDate(2026, 12, 24), QTime(17, 0), Qt::UTC);
        store.beginLoad();
        store.ingest(page);
        store.endLoad();
        QCOMPARE(workOrders.count(), 1);
        QCOMPARE(workOrders.first().first().toStringList(), QStringList{QStringLiteral("wo-ipad")});
        QCOMPARE(queues.count(), 0);
        QCOMPARE(store.workOrder(QStringLiteral("wo-ipad"))->dueDate.date(), QDate(2026, 12, 24));
    }

    void slicesAddUpToThePage()
    {
        Page<Batch> page = makePage({BatchSpec{QStringLiteral("b1")}, BatchSpec{QStringLiteral("b2")}, BatchSpec{QStringLiteral("b3")},
                                     BatchSpec{QStringLiteral("b4")}, BatchSpec{QStringLiteral("b5")}},
                                    7);
        page.skipped.append(DecodeIssue{5, QStringLiteral("$._embedded['nter:batches'][5].order"), QStringLiteral("bad"), QString()});
        BatchStore store;
        QSignalSpy added(&store, &BatchStore::batchesAdded);
        store.beginLoad();
        store.ingestSlice(page, 0, 2);
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.serverTotal(), 7);
        store.ingestSlice(page, 2, 2);
        store.ingestSlice(page, 4, 10); // past the end: clamped
        store.endLoad();
        QCOMPARE(added.count(), 3);
        QCOMPARE(store.size(), 5);
        QCOMPARE(store.skipped().size(), 1); // taken once, with the first slice
        QCOMPARE(store.skipped().first().index, 5);
    }

    void skippedItemsAreKeptPerLoad()
    {
        BatchStore store;
        Page<Batch> page = makePage({BatchSpec{QStringLiteral("b1")}});
        page.skipped.append(DecodeIssue{1, QStringLiteral("$._embedded['nter:batches'][1].order"), QStringLiteral("bad"), QStringLiteral("b9")});
        store.beginLoad();
        store.ingest(page);
        store.endLoad();
        QCOMPARE(store.skipped().size(), 1);
        store.beginLoad();
        store.ingest(makePage({BatchSpec{QStringLiteral("b1")}}));
        store.endLoad();
        QVERIFY(store.skipped().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchStore)
#include "tst_batchstore.moc"
