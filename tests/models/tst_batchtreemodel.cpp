#include "common/batchfactory.h"
#include "models/batchtreemodel.h"
#include "models/displaytext.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::BatchSpec;
using TestSupport::makePage;

namespace {

using CountRows = QList<std::array<qint64, 6>>;

BatchSpec spec(const char *id, const char *queue, const char *wo, std::array<qint64, 6> cycles = {10, 0, 0, 0, 0, 0})
{
    BatchSpec s{QString::fromLatin1(id), QString::fromLatin1(queue), QString::fromLatin1(wo)};
    s.cycles = cycles;
    return s;
}

// Loads one complete generation of pages into the store.
void load(BatchStore &store, std::initializer_list<Page<Batch>> pages)
{
    store.beginLoad();
    for (const auto &page : pages)
        store.ingest(page);
    store.endLoad();
}

CycleCounts counts(std::array<qint64, 6> c)
{
    return TestSupport::countsOf({c[0], c[1], c[2], c[3], c[4], c[5]});
}

} // namespace

class TestBatchTreeModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex find(const QString &id, const QModelIndex &parent = {}) const
    {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (i.data(BatchRoles::IdRole).toString() == id)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<BatchStore>();
        m_model = std::make_unique<BatchTreeModel>(m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void groupsQueueWorkOrderBatch()
    {
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad"),
                                  spec("b3", "q-fast", "wo-mac"), spec("b4", "q-qa", "wo-ipad")})});
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex fast = find(QStringLiteral("q-fast"));
        const QModelIndex qa = find(QStringLiteral("q-qa"));
        QVERIFY(fast.isValid() && qa.isValid());
        QCOMPARE(fast.data(BatchRoles::LevelRole).toInt(), int(TreeLevel::Queue));
        QCOMPARE(m_model->rowCount(fast), 2);
        const QModelIndex ipad = find(QStringLiteral("wo-ipad"), fast);
        QCOMPARE(ipad.data(BatchRoles::LevelRole).toInt(), int(TreeLevel::WorkOrder));
        QCOMPARE(m_model->rowCount(ipad), 2);
        QCOMPARE(m_model->rowCount(find(QStringLiteral("wo-ipad"), qa)), 1);
        const QModelIndex b1 = find(QStringLiteral("b1"), ipad);
        QCOMPARE(b1.data(BatchRoles::LevelRole).toInt(), int(TreeLevel::Batch));
        QCOMPARE(m_model->rowCount(b1), 0);
        QCOMPARE(b1.data(BatchRoles::QueueIdRole).toString(), QStringLiteral("q-fast"));
        QCOMPARE(b1.data(BatchRoles::WorkOrderIdRole).toString(), QStringLiteral("wo-ipad"));
        QCOMPARE(m_model->batchIndex(QStringLiteral("b1")), b1);
        QCOMPARE(m_model->queueIndex(QStringLiteral("q-qa")), qa);
    }

    void aggregates_data()
    {
        QTest::addColumn<CountRows>("batches");
        QTest::newRow("one batch") << CountRows{{4, 3, 2, 1, 0, 0}};
        QTest::newRow("mixed") << CountRows{{10, 0, 0, 0, 0, 0}, {0, 2, 0, 8, 0, 0}, {1, 1, 1, 1, 1, 1}};
        QTest::newRow("all complete") << CountRows{{0, 0, 0, 5, 0, 0}, {0, 0, 0, 7, 0, 0}};
    }
    void aggregates()
    {
        QFETCH(CountRows, batches);
        Page<Batch> page;
        CycleCounts expected;
        for (int i = 0; i < batches.size(); ++i) {
            BatchSpec s{QStringLiteral("b%1").arg(i)};
            s.cycles = batches.at(i);
            page.items.append(TestSupport::makeBatch(s));
            expected += counts(batches.at(i));
        }
        page.totalCount = page.items.size();
        load(*m_store, {page});
        const QModelIndex queue = m_model->index(0, 0);
        const QModelIndex wo = m_model->index(0, 0, queue);
        for (const QModelIndex &group : {queue, wo}) {
            QCOMPARE(group.data(BatchRoles::CycleCountsRole).value<CycleCounts>(), expected);
            QCOMPARE(group.data(BatchRoles::NumberCyclesRole).toLongLong(), expected.total());
            QCOMPARE(group.data(BatchRoles::BatchCountRole).toLongLong(), qint64(batches.size()));
            // A queue against its batched cycles, a work order against the 500 it needs.
            const double base = group == queue ? double(expected.total()) : 500.0;
            const double percent = 100.0 * double(expected[StatusCategory::Complete]) / base;
            QCOMPARE(group.data(BatchRoles::PercentCompleteRole).toDouble(), percent);
        }
        // The work order also carries the server's needed cycles.
        QCOMPARE(wo.data(BatchRoles::ServerTotalRole).toLongLong(), 500);
    }

    void pagesArriveIncrementally()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_store->beginLoad();
        m_store->ingest(makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad")}));
        QCOMPARE(inserted.count(), 1); // the new queue, with its work order and batches
        QCOMPARE(inserted.last().at(0).value<QModelIndex>(), QModelIndex());

        // More batches for the same work order: one insert under that work order.
        m_store->ingest(makePage({spec("b3", "q-fast", "wo-ipad"), spec("b4", "q-fast", "wo-ipad")}));
        QCOMPARE(inserted.count(), 2);
        const QModelIndex wo = find(QStringLiteral("wo-ipad"), find(QStringLiteral("q-fast")));
        QCOMPARE(inserted.last().at(0).value<QModelIndex>(), wo);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(inserted.last().at(2).toInt(), 3);

        // A new work order in an existing queue and a new queue: one insert each.
        m_store->ingest(makePage({spec("b5", "q-fast", "wo-mac"), spec("b6", "q-qa", "wo-mac")}));
        m_store->endLoad();
        QCOMPARE(inserted.count(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void refreshNamesOnlyChangedRoles()
    {
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad")})});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad", {5, 2, 0, 3, 0, 0}), spec("b2", "q-fast", "wo-ipad")})});
        QCOMPARE(reset.count() + inserted.count() + removed.count(), 0);
        QVERIFY(changed.count() >= 1);
        const QModelIndex b1 = m_model->batchIndex(QStringLiteral("b1"));
        // The batch row: only its cycle columns, only cycle roles.
        const auto &first = changed.first();
        QCOMPARE(first.at(0).value<QModelIndex>().row(), b1.row());
        QCOMPARE(first.at(0).value<QModelIndex>().parent(), b1.parent());
        QCOMPARE(first.at(0).value<QModelIndex>().column(), int(CyclesColumn));
        QCOMPARE(first.at(1).value<QModelIndex>().column(), int(PercentColumn));
        const QList<int> roles = first.at(2).value<QList<int>>();
        QVERIFY(roles.contains(BatchRoles::CycleCountsRole));
        QVERIFY(!roles.contains(BatchRoles::LabelRole));
        QVERIFY(!roles.contains(BatchRoles::TechniciansRole));
        // Then the work order and the queue rows with their new aggregates.
        QCOMPARE(changed.count(), 3);
        QCOMPARE(b1.data(BatchRoles::CycleCountsRole).value<CycleCounts>(), counts({5, 2, 0, 3, 0, 0}));
        QCOMPARE(m_model->index(0, 0).data(BatchRoles::CycleCountsRole).value<CycleCounts>(), counts({15, 2, 0, 3, 0, 0}));
    }

    void adjacentChangesAreMerged()
    {
        load(*m_store, {makePage({spec("b1", "q", "w"), spec("b2", "q", "w"), spec("b3", "q", "w"), spec("b4", "q", "w")})});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        load(*m_store, {makePage({spec("b1", "q", "w", {9, 1, 0, 0, 0, 0}), spec("b2", "q", "w", {9, 1, 0, 0, 0, 0}),
                                  spec("b3", "q", "w"), spec("b4", "q", "w", {9, 0, 0, 1, 0, 0})})});
        // Rows 0-3 (the span of 0, 1 and 3) in one signal, then the two groups.
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
        // The other two: the work order row (under the queue) and the queue row (top level).
        QSet<bool> topLevel{!changed.at(1).at(0).value<QModelIndex>().parent().isValid(),
                            !changed.at(2).at(0).value<QModelIndex>().parent().isValid()};
        QCOMPARE(topLevel, (QSet<bool>{true, false}));
    }

    void removalsDropEmptyGroups()
    {
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad"),
                                  spec("b3", "q-fast", "wo-mac"), spec("b4", "q-qa", "wo-ipad")})});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        // b2 goes: a batch row. b3 goes: its work order empties. b4 goes: its queue empties.
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad")})});
        QCOMPARE(removed.count(), 3);
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex fast = find(QStringLiteral("q-fast"));
        QCOMPARE(m_model->rowCount(fast), 1);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, fast)), 1);
        QCOMPARE(fast.data(BatchRoles::BatchCountRole).toLongLong(), 1);
        QVERIFY(!m_model->batchIndex(QStringLiteral("b4")).isValid());
        // And everything can come back.
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b4", "q-qa", "wo-ipad")})});
        QCOMPARE(m_model->rowCount(), 2);
    }

    // A delete run's result: the store drops the batches as a load's removal does (the same
    // signals, under the model tester), reads nothing, and ignores ids it does not hold.
    void forgetRemovesLikeALoad()
    {
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad"),
                                  spec("b3", "q-fast", "wo-mac"), spec("b4", "q-qa", "wo-ipad")})});
        QSignalSpy storeRemoved(m_store.get(), &BatchStore::batchesRemoved);
        QSignalSpy rowsRemoved(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy loadStarted(m_store.get(), &BatchStore::loadStarted);
        m_store->forget({QStringLiteral("b2"), QStringLiteral("b3"), QStringLiteral("b3"), QStringLiteral("nope")});
        QCOMPARE(storeRemoved.count(), 1);
        QCOMPARE(storeRemoved.at(0).at(0).toStringList(), (QStringList{QStringLiteral("b2"), QStringLiteral("b3")}));
        QCOMPARE(rowsRemoved.count(), 2); // b2's row; wo-mac, emptied
        QCOMPARE(m_store->size(), 2);
        QVERIFY(m_store->batch(QStringLiteral("b2")) == nullptr);
        const QModelIndex fast = find(QStringLiteral("q-fast"));
        QCOMPARE(m_model->rowCount(fast), 1);
        QCOMPARE(fast.data(BatchRoles::BatchCountRole).toLongLong(), 1);
        QVERIFY(!m_model->batchIndex(QStringLiteral("b3")).isValid());
        // Nothing held: no signal.
        m_store->forget({QStringLiteral("b2"), QStringLiteral("nope")});
        QCOMPARE(storeRemoved.count(), 1);
        QCOMPARE(loadStarted.count(), 0);
        // The last batches of a queue: the queue goes too.
        m_store->forget({QStringLiteral("b4")});
        QCOMPARE(m_model->rowCount(), 1);
    }

    // The model finds batch rows by the store's slot of their record. When more than half the
    // batches go, the store compacts its records into other slots: every row must still be
    // found, changed, moved and removed by id afterwards (under the fatal model tester).
    void batchRowsFollowTheStoresCompaction()
    {
        QList<BatchSpec> all;
        for (int i = 0; i < 40; ++i) {
            const QByteArray id = "b" + QByteArray::number(i);
            all.append(spec(id.constData(), i % 2 ? "q-fast" : "q-qa", i % 3 ? "wo-ipad" : "wo-mac"));
        }
        load(*m_store, {makePage(all)});
        const quint64 epoch = m_store->slotEpoch();
        QList<BatchSpec> kept;
        for (int i = 30; i < 40; ++i)
            kept.append(all.at(i));
        load(*m_store, {makePage(kept)});
        QVERIFY(m_store->slotEpoch() != epoch); // 30 of 40 gone: the records moved
        QVERIFY(m_store->slotOf(QStringLiteral("b35")) < 30);
        for (int i = 0; i < 40; ++i) {
            const QString id = QStringLiteral("b%1").arg(i);
            const QModelIndex row = m_model->batchIndex(id);
            QCOMPARE(row.isValid(), i >= 30);
            if (row.isValid())
                QCOMPARE(row.data(BatchRoles::IdRole).toString(), id);
        }
        // Changed, moved to another queue, removed: all by id, through the new slots.
        kept[0].cycles = {5, 5, 0, 0, 0, 0};
        kept[1].queueId = QStringLiteral("q-new");
        kept.removeAt(2);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        load(*m_store, {makePage(kept)});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_model->batchIndex(QStringLiteral("b30")).data(BatchRoles::CycleCountsRole).value<CycleCounts>(),
                 counts({5, 5, 0, 0, 0, 0}));
        QCOMPARE(m_model->batchIndex(QStringLiteral("b31")).parent().parent().data(BatchRoles::IdRole).toString(),
                 QStringLiteral("q-new"));
        QVERIFY(!m_model->batchIndex(QStringLiteral("b32")).isValid());
        // New batches after the compaction land in new slots and are found too.
        kept.append(spec("b99", "q-qa", "wo-mac"));
        load(*m_store, {makePage(kept)});
        QVERIFY(m_model->batchIndex(QStringLiteral("b99")).isValid());
        QCOMPARE(m_model->batchIndex(QStringLiteral("b99")).data(BatchRoles::IdRole).toString(), QStringLiteral("b99"));
    }

    void movedBatchChangesGroup()
    {
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-fast", "wo-ipad")})});
        load(*m_store, {makePage({spec("b1", "q-fast", "wo-ipad"), spec("b2", "q-qa", "wo-ipad")})});
        const QModelIndex b2 = m_model->batchIndex(QStringLiteral("b2"));
        QVERIFY(b2.isValid());
        QCOMPARE(b2.parent().parent().data(BatchRoles::IdRole).toString(), QStringLiteral("q-qa"));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(find(QStringLiteral("q-fast")).data(BatchRoles::BatchCountRole).toLongLong(), 1);
    }

    // Pages of a refresh change groups one after another: their rows are announced together,
    // when the load ends or, while pages still arrive, when the update interval has passed.
    void groupRowsAreAnnouncedTogether()
    {
        load(*m_store, {makePage({spec("b1", "q1", "wo-a"), spec("b2", "q1", "wo-b"), spec("b3", "q2", "wo-a")})});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const auto groupSignals = [&] {
            int n = 0;
            for (const QList<QVariant> &signal : std::as_const(changed))
                n += signal.at(0).value<QModelIndex>().data(BatchRoles::LevelRole).toInt() != int(TreeLevel::Batch);
            return n;
        };
        m_store->beginLoad();
        m_store->ingest(makePage({spec("b1", "q1", "wo-a", {8, 2, 0, 0, 0, 0})}));
        m_store->ingest(makePage({spec("b2", "q1", "wo-b", {8, 0, 0, 2, 0, 0})}));
        m_store->ingest(makePage({spec("b3", "q2", "wo-a", {0, 0, 0, 10, 0, 0})}));
        // The batch rows at once; the groups' data is already current, but not yet announced.
        QCOMPARE(changed.count(), 3);
        QCOMPARE(groupSignals(), 0);
        QCOMPARE(find(QStringLiteral("q1")).data(BatchRoles::CycleCountsRole).value<CycleCounts>(),
                 counts({16, 2, 0, 2, 0, 0}));
        m_store->endLoad();
        // One signal per parent: q1's two work orders, q2's one, and both queues at the top.
        QCOMPARE(groupSignals(), 3);

        // Changes outside a load's end (technicians answering, a load still running): the timer.
        changed.clear();
        m_store->beginLoad();
        m_store->ingest(makePage({spec("b1", "q1", "wo-a", {5, 5, 0, 0, 0, 0})}));
        QCOMPARE(groupSignals(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(groupSignals(), 2, 5 * int(BatchTreeModel::kGroupUpdateInterval.count()));
        m_store->ingest(makePage({spec("b2", "q1", "wo-b", {8, 0, 0, 2, 0, 0}), spec("b3", "q2", "wo-a", {0, 0, 0, 10, 0, 0})}));
        m_store->endLoad();
        QCOMPARE(groupSignals(), 2); // nothing left to announce
    }

    // A work order's or queue's own fields change (their totals move with every cycle the floor
    // works): the group rows are announced, one signal per parent, and the batch rows below only
    // when what they show of the group (due date, labels in the search text) changed.
    void groupChangesReachBatchRowsOnlyWhenShown_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("groupSignals");           // dataChanged of group rows
        QTest::addColumn<int>("batchSignals");           // dataChanged of batch rows
        QTest::addColumn<int>("batchColumn");            // the batch rows' column, if any
        QTest::addColumn<QList<int>>("batchRoles");      // roles named for the batch rows
        // wo-a has rows under both queues: one signal under each.
        QTest::newRow("work order totals") << "wo-totals" << 2 << 0 << -1 << QList<int>{};
        QTest::newRow("work order description") << "wo-description" << 2 << 0 << -1 << QList<int>{};
        QTest::newRow("work order due date")
            << "wo-due" << 2 << 2 << int(DueDateColumn)
            << QList<int>{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, BatchRoles::DueDateRole,
                          BatchRoles::OverdueRole};
        QTest::newRow("work order label") << "wo-label" << 2 << 2 << int(DueDateColumn) << QList<int>{BatchRoles::SearchTextRole};
        QTest::newRow("queue location") << "queue-location" << 1 << 0 << -1 << QList<int>{};
        // The queue's label is in the search text of its batches: both of its work orders.
        QTest::newRow("queue label") << "queue-label" << 1 << 2 << int(LabelColumn) << QList<int>{BatchRoles::SearchTextRole};
    }
    void groupChangesReachBatchRowsOnlyWhenShown()
    {
        QFETCH(QString, change);
        QFETCH(int, groupSignals);
        QFETCH(int, batchSignals);
        QFETCH(int, batchColumn);
        QFETCH(QList<int>, batchRoles);
        // The same work orders in two queues (a work order's rows are per queue), two batches each.
        const Page<Batch> before = makePage({spec("b1", "q1", "wo-a"), spec("b2", "q1", "wo-a"), spec("b3", "q1", "wo-b"),
                                             spec("b4", "q2", "wo-a"), spec("b5", "q2", "wo-a")});
        load(*m_store, {before});
        Page<Batch> after = before;
        for (Batch &b : after.items) {
            if (change == QLatin1String("wo-totals") && b.workOrder.id == QLatin1String("wo-a"))
                b.workOrder.cycles.first().counts.counts[3] += 4;
            else if (change == QLatin1String("wo-description") && b.workOrder.id == QLatin1String("wo-a"))
                b.workOrder.description = QStringLiteral("Rescheduled: second shift");
            else if (change == QLatin1String("wo-due") && b.workOrder.id == QLatin1String("wo-a"))
                b.workOrder.dueDate = b.workOrder.dueDate.addDays(-3);
            else if (change == QLatin1String("wo-label") && b.workOrder.id == QLatin1String("wo-a"))
                b.workOrder.label = QStringLiteral("iPads, district 7");
            else if (change == QLatin1String("queue-location") && b.queue.id == QLatin1String("q1"))
                b.queue.location->label = QStringLiteral("Menands, bay 4");
            else if (change == QLatin1String("queue-label") && b.queue.id == QLatin1String("q1"))
                b.queue.label = QStringLiteral("Fast lane");
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        load(*m_store, {after});

        int groups = 0;
        int batches = 0;
        QSet<QString> groupsSeen;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            const QModelIndex bottomRight = signal.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.parent(), bottomRight.parent());
            const auto level = static_cast<TreeLevel>(topLeft.data(BatchRoles::LevelRole).toInt());
            if (level == TreeLevel::Batch) {
                ++batches;
                QCOMPARE(topLeft.column(), batchColumn);
                QCOMPARE(bottomRight.column(), batchColumn);
                QCOMPARE(topLeft.row(), 0);
                QCOMPARE(bottomRight.row(), m_model->rowCount(topLeft.parent()) - 1);
                QList<int> roles = signal.at(2).value<QList<int>>();
                std::sort(roles.begin(), roles.end());
                QList<int> want = batchRoles;
                std::sort(want.begin(), want.end());
                QCOMPARE(roles, want);
            } else {
                ++groups;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    groupsSeen.insert(m_model->index(row, 0, topLeft.parent()).data(BatchRoles::IdRole).toString());
            }
        }
        QCOMPARE(groups, groupSignals);
        QCOMPARE(batches, batchSignals);
        // The changed group rows are among those announced.
        QVERIFY(groupsSeen.contains(change.startsWith(QLatin1String("wo")) ? QStringLiteral("wo-a") : QStringLiteral("q1")));
        // And the rows show the new values.
        const QModelIndex b1 = m_model->batchIndex(QStringLiteral("b1"));
        if (change == QLatin1String("wo-due"))
            QCOMPARE(b1.data(BatchRoles::DueDateRole).toDateTime(), after.items.first().workOrder.dueDate);
        if (change == QLatin1String("wo-label") || change == QLatin1String("queue-label"))
            QVERIFY(b1.data(BatchRoles::SearchTextRole).toString().contains(
                change == QLatin1String("wo-label") ? QStringLiteral("iPads, district 7") : QStringLiteral("Fast lane")));
    }

    // The contract sets no upper bound on counts or number_cycles: a group's sums saturate
    // (under UBSan an overflow would stop the test).
    void groupSumsSaturate()
    {
        constexpr qint64 huge = std::numeric_limits<qint64>::max() - 5;
        load(*m_store, {makePage({spec("b1", "q", "w", {huge, 0, 0, 0, 0, 0}), spec("b2", "q", "w", {huge, 0, 0, 0, 0, 0})})});
        const QModelIndex queue = find(QStringLiteral("q"));
        QCOMPARE(queue.data(BatchRoles::NumberCyclesRole).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(queue.data(BatchRoles::CycleCountsRole).value<CycleCounts>()[StatusCategory::Pending],
                 std::numeric_limits<qint64>::max());
        QCOMPARE(m_model->index(0, 0, queue).data(BatchRoles::NumberCyclesRole).toLongLong(),
                 std::numeric_limits<qint64>::max());
    }

    void overdueDefinition_data()
    {
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<qint64>("needed");
        QTest::addColumn<qint64>("complete");
        QTest::addColumn<qint64>("known");
        QTest::addColumn<bool>("overdue");
        const QDateTime past(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        const QDateTime future(QDate(2026, 12, 20), QTime(8, 0), Qt::UTC);
        QTest::newRow("no due date") << QDateTime() << qint64(10) << qint64(0) << qint64(10) << false;
        QTest::newRow("due in the future") << future << qint64(10) << qint64(0) << qint64(10) << false;
        QTest::newRow("past, all needed complete") << past << qint64(10) << qint64(10) << qint64(10) << false;
        QTest::newRow("past, more complete than needed") << past << qint64(10) << qint64(12) << qint64(12) << false;
        // 8 of 10 needed are batched and complete: the 2 not in a batch yet are not done.
        QTest::newRow("past, needed > batched") << past << qint64(10) << qint64(8) << qint64(8) << true;
        // Cancelled cycles are not complete: 8 complete + 2 cancelled of 10 needed is overdue.
        QTest::newRow("past, the rest cancelled") << past << qint64(10) << qint64(8) << qint64(10) << true;
        QTest::newRow("past, needed unknown, batched left") << past << qint64(0) << qint64(3) << qint64(5) << true;
        QTest::newRow("past, needed unknown, batched done") << past << qint64(0) << qint64(5) << qint64(5) << false;
        QTest::newRow("past, nothing at all") << past << qint64(0) << qint64(0) << qint64(0) << false;
    }
    void overdueDefinition()
    {
        QFETCH(QDateTime, due);
        QFETCH(qint64, needed);
        QFETCH(qint64, complete);
        QFETCH(qint64, known);
        QFETCH(bool, overdue);
        const QDateTime now(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
        QCOMPARE(isOverdue(due, needed, complete, now, known), overdue);
    }

    // Overdue belongs to the work order: every batch row of it says the same, however far
    // along the batch itself is, and the due-date cells say it in words and in colour.
    void overdueFollowsTheWorkOrder()
    {
        Page<Batch> page = makePage({spec("open", "q", "wo-late"), spec("done", "q", "wo-late", {0, 0, 0, 8, 0, 2})});
        for (Batch &b : page.items) {
            b.workOrder.dueDate = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
            b.workOrder.cycles.first().needed = 20;
        }
        load(*m_store, {page});
        m_model->setCurrentTime(QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC));
        const QModelIndex open = m_model->batchIndex(QStringLiteral("open"));
        const QModelIndex done = m_model->batchIndex(QStringLiteral("done"));
        for (const QModelIndex &row : {open, done, open.parent()}) {
            QVERIFY(row.data(BatchRoles::OverdueRole).toBool());
            const QModelIndex dueCell = row.siblingAtColumn(DueDateColumn);
            QVERIFY2(dueCell.data().toString().contains(QLatin1String("overdue")), qPrintable(dueCell.data().toString()));
            QCOMPARE(dueCell.data(Qt::ForegroundRole).value<QBrush>().color(), DisplayText::errorColor(QGuiApplication::palette()));
            QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().endsWith(QLatin1String(", overdue")));
        }
        QVERIFY(!open.parent().parent().data(BatchRoles::OverdueRole).toBool()); // queues have no due date
        m_model->setCurrentTime(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(!open.data(BatchRoles::OverdueRole).toBool());
        QVERIFY(!open.siblingAtColumn(DueDateColumn).data().toString().contains(QLatin1String("overdue")));
        QVERIFY(!open.siblingAtColumn(DueDateColumn).data(Qt::ForegroundRole).isValid());

        // The floor completes the open batch: 18 of 20 needed complete, still overdue; then the
        // need drops to what is complete and the batch rows are told.
        m_model->setCurrentTime(QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC));
        page.items[0].cycles = counts({0, 0, 0, 10, 0, 0});
        load(*m_store, {page});
        QVERIFY(open.data(BatchRoles::OverdueRole).toBool());
        for (Batch &b : page.items)
            b.workOrder.cycles.first().needed = 18;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        load(*m_store, {page});
        QVERIFY(!open.data(BatchRoles::OverdueRole).toBool());
        QVERIFY(!done.data(BatchRoles::OverdueRole).toBool());
        const bool told = std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &signal) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            return topLeft.parent() == open.parent() && signal.at(2).value<QList<int>>().contains(BatchRoles::OverdueRole);
        });
        QVERIFY(told);
    }

    // "8 of 10 cycles batched" is 80 % at best, and the 2 not in a batch show as such.
    void workOrderProgressAgainstCyclesNeeded()
    {
        Page<Batch> page = makePage({spec("b1", "q1", "wo", {0, 0, 0, 5, 0, 0}), spec("b2", "q2", "wo", {0, 0, 0, 3, 0, 0})});
        for (Batch &b : page.items)
            b.workOrder.cycles.first().needed = 10;
        load(*m_store, {page});
        const QModelIndex wo1 = m_model->batchIndex(QStringLiteral("b1")).parent();
        QCOMPARE(wo1.data(BatchRoles::CyclesNeededRole).toLongLong(), 10);
        // Batched counts the work order's batches in every queue.
        QCOMPARE(wo1.data(BatchRoles::CyclesBatchedRole).toLongLong(), 8);
        QCOMPARE(wo1.data(BatchRoles::BatchedShareRole).toDouble(), 80.0);
        QCOMPARE(wo1.data(BatchRoles::UnbatchedCyclesRole).toLongLong(), 2);
        QCOMPARE(wo1.data(BatchRoles::PercentCompleteRole).toDouble(), 50.0);
        QCOMPARE(wo1.siblingAtColumn(CyclesColumn).data().toString(), QStringLiteral("5 / 10"));
        QCOMPARE(wo1.siblingAtColumn(PercentColumn).data().toString(), QStringLiteral("50%"));
        const QString tip = wo1.siblingAtColumn(CyclesColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Not in a batch yet: 2")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Cycles needed: 10")), qPrintable(tip));
        // Queues and batches have no need of their own.
        QVERIFY(!wo1.parent().data(BatchRoles::CyclesNeededRole).isValid());
        QCOMPARE(wo1.parent().data(BatchRoles::UnbatchedCyclesRole).toLongLong(), 0);
        QCOMPARE(wo1.parent().data(BatchRoles::PercentCompleteRole).toDouble(), 100.0);
        QCOMPARE(m_model->batchIndex(QStringLiteral("b1")).data(BatchRoles::UnbatchedCyclesRole).toLongLong(), 0);
    }

    void percentFormat_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0.0 << QStringLiteral("0%");
        QTest::newRow("0.04") << 0.04 << QStringLiteral("<1%");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("<1%");
        QTest::newRow("1") << 1.0 << QStringLiteral("1%");
        QTest::newRow("53.2") << 53.2 << QStringLiteral("53%");
        QTest::newRow("53.5") << 53.5 << QStringLiteral("54%");
        QTest::newRow("99.0") << 99.0 << QStringLiteral("99%");
        QTest::newRow("99.5") << 99.5 << QStringLiteral(">99%");
        QTest::newRow("99.94") << 99.94 << QStringLiteral(">99%");
        QTest::newRow("100") << 100.0 << QStringLiteral("100%");
    }
    void percentFormat()
    {
        QFETCH(double, percent);
        QFETCH(QString, text);
        QCOMPARE(DisplayText::percent(percent), text);
    }
    void percentOfCounts()
    {
        QCOMPARE(DisplayText::percent(7, 1800), QStringLiteral("<1%"));
        QCOMPARE(DisplayText::percent(1799, 1800), QStringLiteral(">99%"));
        QCOMPARE(DisplayText::percent(0, 1800), QStringLiteral("0%"));
        QCOMPARE(DisplayText::percent(1800, 1800), QStringLiteral("100%"));
        QCOMPARE(DisplayText::percent(5, 0), QStringLiteral("0%"));
        // The board's cells use it: 7 blocked of 1,800 complete is not "0%".
        load(*m_store, {makePage({spec("b1", "q", "w", {1793, 0, 0, 7, 0, 0})})});
        QCOMPARE(m_model->batchIndex(QStringLiteral("b1")).siblingAtColumn(PercentColumn).data().toString(), QStringLiteral("<1%"));
    }

    void userDisplayName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << "Yuki Tanaka" << "yuki@example.com" << "Yuki Tanaka";
        QTest::newRow("no name") << "" << "yuki@example.com" << "yuki@example.com";
        QTest::newRow("blank name") << "  " << "yuki@example.com" << "yuki@example.com";
        QTest::newRow("neither") << "" << "" << "u-yuki";
    }
    void userDisplayName()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, shown);
        User user;
        user.id = QStringLiteral("u-yuki");
        user.name = name;
        user.email = email;
        QCOMPARE(DisplayText::userName(user), shown);
    }

    void accessibleSummary()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        BatchSpec a = spec("b1", "q", "w", {500, 300, 0, 960, 12, 45});
        BatchSpec b = spec("b2", "q", "w", {0, 0, 0, 10, 0, 0});
        Page<Batch> page = makePage({a, b});
        page.items[0].label = QStringLiteral("Imaging Bay");
        load(*m_store, {page});
        const QModelIndex b1 = m_model->batchIndex(QStringLiteral("b1"));
        for (int column = 0; column < ColumnCount; ++column) {
            QCOMPARE(b1.siblingAtColumn(column).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Imaging Bay"));
            QCOMPARE(b1.siblingAtColumn(column).data(Qt::AccessibleDescriptionRole).toString(),
                     QStringLiteral("Imaging Bay, 960 of 1,817 cycles complete, 53%, 12 blocked"));
        }
        // No blocked cycles, nothing said about them.
        QCOMPARE(m_model->batchIndex(QStringLiteral("b2")).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Batch b2, 10 of 10 cycles complete, 100%"));
        // A queue sums its batches.
        QCOMPARE(b1.parent().parent().data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Queue q, 970 of 1,827 cycles complete, 53%, 12 blocked"));
        QLocale::setDefault(QLocale::c());
    }

    // The cycles cell's text and tooltip come from the model; the delegate only paints them.
    void cyclesCellTextAndToolTip()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        load(*m_store, {makePage({spec("b1", "q", "w", {1000, 0, 0, 1000, 7, 0})})});
        const QModelIndex cell = m_model->batchIndex(QStringLiteral("b1")).siblingAtColumn(CyclesColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("1,000 / 2,007"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Blocked: 7 (&lt;1%)")), qPrintable(tip)); // escaped: shown literally
        QVERIFY2(tip.contains(QStringLiteral("Total: 2,007")), qPrintable(tip));
        QCOMPARE(BatchTreeModel::cyclesToolTip(CycleCounts{}), QStringLiteral("No cycles"));
        QLocale::setDefault(QLocale::c());
    }

    // A batch filed under another work order or queue moves (beginMoveRows): a persistent index
    // (the view's selection) stays on it, the new group is made, the emptied one goes.
    void moveKeepsPersistentIndex_data()
    {
        QTest::addColumn<QString>("toQueue");
        QTest::addColumn<QString>("toWorkOrder");
        QTest::addColumn<int>("queuesAfter");
        QTest::newRow("other work order, same queue") << "q1" << "wo-b" << 2;
        QTest::newRow("existing queue") << "q2" << "wo-a" << 2;
        QTest::newRow("new queue") << "q3" << "wo-c" << 3;
    }
    void moveKeepsPersistentIndex()
    {
        QFETCH(QString, toQueue);
        QFETCH(QString, toWorkOrder);
        QFETCH(int, queuesAfter);
        Page<Batch> page = makePage({spec("b1", "q1", "wo-a"), spec("b2", "q1", "wo-a"), spec("b3", "q2", "wo-a")});
        load(*m_store, {page});
        const QPersistentModelIndex moving(m_model->batchIndex(QStringLiteral("b1")));
        const QPersistentModelIndex staying(m_model->batchIndex(QStringLiteral("b2")));
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const TestSupport::BatchSpec placed = [&] {
            BatchSpec s{QStringLiteral("b1"), toQueue, toWorkOrder};
            return s;
        }();
        page.items[0] = TestSupport::makeBatch(placed);
        load(*m_store, {page});
        QCOMPARE(moved.size(), 1);
        QVERIFY(removed.isEmpty()); // wo-a in q1 still holds b2
        QVERIFY(moving.isValid());
        QCOMPARE(moving.data(BatchRoles::IdRole).toString(), QStringLiteral("b1"));
        QCOMPARE(QModelIndex(moving), m_model->batchIndex(QStringLiteral("b1")));
        QCOMPARE(moving.parent().data(BatchRoles::IdRole).toString(), toWorkOrder);
        QCOMPARE(moving.parent().parent().data(BatchRoles::IdRole).toString(), toQueue);
        QCOMPARE(staying.data(BatchRoles::IdRole).toString(), QStringLiteral("b2"));
        QCOMPARE(staying.row(), 0);
        QCOMPARE(m_model->rowCount(), queuesAfter);
        QCOMPARE(find(QStringLiteral("q1")).data(BatchRoles::BatchCountRole).toLongLong(), toQueue == QLatin1String("q1") ? 2 : 1);
        QCOMPARE(moving.parent().data(BatchRoles::BatchCountRole).toLongLong(), toQueue == QLatin1String("q2") ? 2 : 1);

        // The last batch of a group leaves: the emptied work order (and queue) go.
        const QPersistentModelIndex b3(m_model->batchIndex(QStringLiteral("b3")));
        BatchSpec s3{QStringLiteral("b3"), QStringLiteral("q1"), QStringLiteral("wo-a")};
        page.items[2] = TestSupport::makeBatch(s3);
        load(*m_store, {page});
        QVERIFY(b3.isValid());
        QCOMPARE(b3.parent().parent().data(BatchRoles::IdRole).toString(), QStringLiteral("q1"));
        QCOMPARE(b3.data(BatchRoles::IdRole).toString(), QStringLiteral("b3"));
        const bool q2Left = toQueue == QLatin1String("q2");
        QCOMPARE(find(QStringLiteral("q2")).isValid(), q2Left);
    }

    void displayTextForEveryColumn()
    {
        BatchSpec s = spec("b1", "q", "w", {2, 1, 0, 7, 0, 0});
        s.technicianIds = {QStringLiteral("u-1"), QStringLiteral("u-2")};
        load(*m_store, {makePage({s})});
        const QModelIndex b1 = m_model->batchIndex(QStringLiteral("b1"));
        auto text = [&](int column) { return m_model->index(b1.row(), column, b1.parent()).data().toString(); };
        QCOMPARE(text(LabelColumn), QStringLiteral("Batch b1"));
        QCOMPARE(text(StatusColumn), categoryDisplayName(StatusCategory::Pending));
        QCOMPARE(text(CyclesColumn), QStringLiteral("7 / 10"));
        QCOMPARE(text(NumberCyclesColumn), QStringLiteral("10"));
        QCOMPARE(text(PercentColumn), QStringLiteral("70%"));
        QVERIFY(!text(DueDateColumn).isEmpty());
        QCOMPARE(text(TechniciansColumn), QStringLiteral("Tech u-1, Tech u-2"));
        QCOMPARE(text(OrderColumn), QStringLiteral("1"));
        QCOMPARE(b1.data(BatchRoles::TechnicianIdsRole).toStringList(), (QStringList{QStringLiteral("u-1"), QStringLiteral("u-2")}));
        QVERIFY(b1.data(BatchRoles::SearchTextRole).toString().contains(QStringLiteral("Queue q")));
        QCOMPARE(b1.parent().data(BatchRoles::TechniciansRole).toStringList().size(), 2);
    }
};

// A GUI application: the overdue colour comes from its palette.
QTEST_MAIN(TestBatchTreeModel)
#include "tst_batchtreemodel.moc"
