// MyWorkModel over a BatchStore, under QAbstractItemModelTester (fatal): the four section rows
// with their counts, the user's batches only, rows moving between sections as the store
// changes (never a reset; a selected batch stays selected), removals at once, and what changed
// since the user last looked.

#include "common/batchfactory.h"
#include "models/batchstore.h"
#include "app/i18n/translations.h"
#include "models/mywork/myworkmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using TestSupport::BatchSpec;

namespace {

const QString kMe = QStringLiteral("u-me");

BatchSpec spec(const QString &id, std::array<qint64, 6> cycles, double order, QStringList technicians = {kMe})
{
    return TestSupport::assignedSpec(id, cycles, order, std::move(technicians));
}

void load(BatchStore &store, std::initializer_list<BatchSpec> specs)
{
    store.beginLoad();
    store.ingest(TestSupport::makePage(specs));
    store.endLoad();
}

QStringList ids(const MyWorkModel &model, WorkSection section)
{
    QStringList out;
    const QModelIndex parent = model.sectionIndex(section);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(BatchRoles::IdRole).toString();
    return out;
}

} // namespace

class TestMyWorkModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plurals ("2 batches") come from the English translation.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY((new App::Translations(nullptr, this))->choose(QStringLiteral("en")));
    }

    void sectionsFollowTheStore()
    {
        BatchStore store;
        MyWorkModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // The factory's batches were last updated 2026-11-01 08:00 UTC: "today" is that day.
        model.setClock([] { return QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()); });
        model.setTimeZone(QTimeZone::utc());
        model.setUserId(kMe);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.sectionIndex(WorkSection::Blocked).data().toString(), QStringLiteral("Blocked (0)"));

        // pending, in progress, verifying, complete, blocked, cancelled
        load(store, {spec(QStringLiteral("next-2"), {5, 0, 0, 0, 0, 0}, 2), spec(QStringLiteral("next-1"), {5, 0, 0, 1, 0, 0}, 1),
                     spec(QStringLiteral("busy"), {1, 2, 0, 0, 0, 0}, 3), spec(QStringLiteral("stuck"), {1, 0, 0, 0, 1, 0}, 4),
                     spec(QStringLiteral("done"), {0, 0, 0, 6, 0, 0}, 5),
                     spec(QStringLiteral("theirs"), {5, 0, 0, 0, 0, 0}, 0, {QStringLiteral("u-other")})});
        QTRY_COMPARE(ids(model, WorkSection::Next), (QStringList{QStringLiteral("next-1"), QStringLiteral("next-2")}));
        QCOMPARE(ids(model, WorkSection::Blocked), QStringList{QStringLiteral("stuck")});
        QCOMPARE(ids(model, WorkSection::InProgress), QStringList{QStringLiteral("busy")});
        QCOMPARE(ids(model, WorkSection::DoneToday), QStringList{QStringLiteral("done")});
        QCOMPARE(model.sectionIndex(WorkSection::Next).data().toString(), QStringLiteral("Next (2)"));
        const QModelIndex row = model.indexOfBatch(QStringLiteral("busy"));
        QCOMPARE(row.siblingAtColumn(MyWorkModel::WorkOrderColumn).data().toString(), QStringLiteral("Work order wo-ipad"));
        QCOMPARE(row.siblingAtColumn(MyWorkModel::QueueColumn).data().toString(), QStringLiteral("Queue q-fast"));
        QCOMPARE(row.data(BatchRoles::NumberCyclesRole).toLongLong(), 3);
        QVERIFY(!row.data(BatchRoles::OverdueRole).toBool());

        // next-1 runs into trouble, busy finishes: rows move between sections.
        load(store, {spec(QStringLiteral("next-2"), {5, 0, 0, 0, 0, 0}, 2), spec(QStringLiteral("next-1"), {4, 0, 0, 1, 1, 0}, 1),
                     spec(QStringLiteral("busy"), {0, 0, 0, 3, 0, 0}, 3), spec(QStringLiteral("stuck"), {1, 0, 0, 0, 1, 0}, 4),
                     spec(QStringLiteral("done"), {0, 0, 0, 6, 0, 0}, 5)});
        QTRY_COMPARE(ids(model, WorkSection::Blocked), (QStringList{QStringLiteral("next-1"), QStringLiteral("stuck")}));
        QCOMPARE(ids(model, WorkSection::InProgress), QStringList());
        QCOMPARE(ids(model, WorkSection::Next), QStringList{QStringLiteral("next-2")});
        QCOMPARE(ids(model, WorkSection::DoneToday), (QStringList{QStringLiteral("busy"), QStringLiteral("done")}));

        // Within a section a reorder is a move: a selected batch stays selected.
        const QPersistentModelIndex held = model.indexOfBatch(QStringLiteral("next-1"));
        load(store, {spec(QStringLiteral("next-2"), {5, 0, 0, 0, 0, 0}, 2), spec(QStringLiteral("next-1"), {4, 0, 0, 1, 1, 0}, 1),
                     spec(QStringLiteral("busy"), {0, 0, 0, 3, 0, 0}, 3), spec(QStringLiteral("stuck"), {1, 0, 0, 0, 1, 0}, 0.5),
                     spec(QStringLiteral("done"), {0, 0, 0, 6, 0, 0}, 5)});
        QTRY_COMPARE(ids(model, WorkSection::Blocked), (QStringList{QStringLiteral("stuck"), QStringLiteral("next-1")}));
        QVERIFY(held.isValid());
        QCOMPARE(held.data(BatchRoles::IdRole).toString(), QStringLiteral("next-1"));
        QCOMPARE(held.row(), 1);

        // A removal: at once, before the record goes.
        load(store, {spec(QStringLiteral("next-2"), {5, 0, 0, 0, 0, 0}, 2), spec(QStringLiteral("stuck"), {1, 0, 0, 0, 1, 0}, 4)});
        QTRY_COMPARE(ids(model, WorkSection::Blocked), QStringList{QStringLiteral("stuck")});
        QCOMPARE(ids(model, WorkSection::DoneToday), QStringList());
        QCOMPARE(resets.count(), 0);
    }

    void whatChangedSinceTheUserLooked()
    {
        BatchStore store;
        MyWorkModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClock([] { return QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()); });
        model.setTimeZone(QTimeZone::utc());
        model.setUserId(kMe);
        load(store, {spec(QStringLiteral("a"), {5, 0, 0, 0, 0, 0}, 1), spec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2)});
        QTRY_COMPARE(ids(model, WorkSection::Next).size(), 2);
        // Never looked: nothing is new.
        QVERIFY(model.changeSummary().isEmpty());
        QVERIFY(!model.indexOfBatch(QStringLiteral("a")).data(MyWorkModel::ChangedRole).toBool());

        SeenState seen = model.seenNow();
        seen.at = QDateTime(QDate(2026, 11, 1), QTime(10, 42), QTimeZone::utc());
        model.setSeen(seen);
        QVERIFY(model.changeSummary().isEmpty());

        // Two new batches for me, and a known one became blocked.
        load(store, {spec(QStringLiteral("a"), {4, 0, 0, 0, 1, 0}, 1), spec(QStringLiteral("b"), {5, 0, 0, 0, 0, 0}, 2),
                     spec(QStringLiteral("c"), {5, 0, 0, 0, 0, 0}, 3), spec(QStringLiteral("d"), {2, 1, 0, 0, 0, 0}, 4)});
        QTRY_COMPARE(model.newlyAssignedCount(), 2);
        QCOMPARE(model.newlyBlockedCount(), 1);
        QCOMPARE(model.changeSummary(), QStringLiteral("2 batches assigned to you since 10:42 AM and 1 became blocked"));
        QVERIFY(model.indexOfBatch(QStringLiteral("a")).data(MyWorkModel::NewlyBlockedRole).toBool());
        QVERIFY(model.indexOfBatch(QStringLiteral("c")).data(MyWorkModel::ChangedRole).toBool());
        QVERIFY(!model.indexOfBatch(QStringLiteral("b")).data(MyWorkModel::ChangedRole).toBool());

        // Looked again: nothing new.
        model.setSeen(model.seenNow());
        QVERIFY(model.changeSummary().isEmpty());
        QVERIFY(!model.indexOfBatch(QStringLiteral("c")).data(MyWorkModel::ChangedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestMyWorkModel)
#include "tst_myworkmodel.moc"
