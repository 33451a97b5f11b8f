// lookupCode: what a scanned or typed code names, over a hand-fed store and unit index — a
// batch id (before a label equal to it), a traveler's payload (only of a batch in the store),
// a batch label (exact before case-insensitive; two batches with one label are ambiguous, in a
// stable order), a unit's label (only of a batch in the store), nothing; the messages for no
// match and for a choice; and the unit index remembering, replacing and forgetting a batch's
// units.

#include "common/batchfactory.h"
#include "models/batchstore.h"
#include "models/scan/codelookup.h"
#include "models/travelers/travelerpayload.h"

#include <QTest>

using namespace BatchDesk;
using TestSupport::BatchSpec;

Q_DECLARE_METATYPE(BatchDesk::CodeMatch::Kind)

namespace {

Niagara::Cycle lookupTestUnit(const QString &id, const QString &label)
{
    Niagara::Cycle cycle;
    cycle.id = id;
    cycle.label = label;
    return cycle;
}

} // namespace

class TestCodeLookup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Arrival order is not the candidates' order: b-300 comes before b-200 ("Shelf 7"
        // both), and the candidates are still b-200, b-300.
        Niagara::Page<Niagara::Batch> page = TestSupport::makePage(
            {BatchSpec{QStringLiteral("b-100")}, BatchSpec{QStringLiteral("b-300")}, BatchSpec{QStringLiteral("b-200")},
             BatchSpec{QStringLiteral("b-400")}, BatchSpec{QStringLiteral("b-600")}, BatchSpec{QStringLiteral("b-700")}});
        const QStringList labels{QStringLiteral("Tray A"),  QStringLiteral("Shelf 7"), QStringLiteral("Shelf 7"),
                                 QStringLiteral("b-100"),   QStringLiteral("Bin"),     QStringLiteral("BIN")};
        for (qsizetype i = 0; i < labels.size(); ++i)
            page.items[i].label = labels[i];
        m_store.beginLoad();
        m_store.ingest(page);
        m_store.endLoad();
        QCOMPARE(m_store.size(), 6);

        m_units.remember(QStringLiteral("b-100"), {lookupTestUnit(QStringLiteral("c-1"), QStringLiteral("SN-ALPHA-1")),
                                                   lookupTestUnit(QStringLiteral("c-2"), QStringLiteral("SN-ALPHA-2"))});
        m_units.remember(QStringLiteral("b-200"), {lookupTestUnit(QStringLiteral("c-9"), QStringLiteral("SN-SHARED"))});
        m_units.remember(QStringLiteral("b-300"), {lookupTestUnit(QStringLiteral("c-8"), QStringLiteral("SN-SHARED"))});
        // A unit and its retry share a serial.
        m_units.remember(QStringLiteral("b-600"), {lookupTestUnit(QStringLiteral("c-5"), QStringLiteral("SN-RETRIED")),
                                                   lookupTestUnit(QStringLiteral("c-6"), QStringLiteral("SN-RETRIED"))});
        // Units of a batch no longer in the store.
        m_units.remember(QStringLiteral("b-gone"), {lookupTestUnit(QStringLiteral("c-0"), QStringLiteral("SN-GONE"))});
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CodeMatch::Kind>("kind");
        QTest::addColumn<QStringList>("batchIds");
        QTest::addColumn<QString>("cycleId");
        using K = CodeMatch::Kind;
        const QString none;

        QTest::newRow("exact id") << QStringLiteral("b-200") << K::BatchId << QStringList{QStringLiteral("b-200")} << none;
        QTest::newRow("an id wins over a label equal to it")
            << QStringLiteral("b-100") << K::BatchId << QStringList{QStringLiteral("b-100")} << none;
        QTest::newRow("ids are case-sensitive, labels are not")
            << QStringLiteral("B-100") << K::BatchLabel << QStringList{QStringLiteral("b-400")} << none;
        QTest::newRow("traveler payload") << travelerPayload(QStringLiteral("b-300")) << K::TravelerPayload
                                          << QStringList{QStringLiteral("b-300")} << none;
        QTest::newRow("payload with a lower-case prefix")
            << QStringLiteral("batch-b-300") << K::TravelerPayload << QStringList{QStringLiteral("b-300")} << none;
        QTest::newRow("payload of an unknown batch") << QStringLiteral("BATCH-b-999") << K::None << QStringList{} << none;
        QTest::newRow("label") << QStringLiteral("Tray A") << K::BatchLabel << QStringList{QStringLiteral("b-100")} << none;
        QTest::newRow("lower-case label")
            << QStringLiteral("tray a") << K::BatchLabel << QStringList{QStringLiteral("b-100")} << none;
        QTest::newRow("an exact label wins over one that differs in case")
            << QStringLiteral("BIN") << K::BatchLabel << QStringList{QStringLiteral("b-700")} << none;
        QTest::newRow("ambiguous label: both batches, by label then id")
            << QStringLiteral("Shelf 7") << K::BatchLabel << QStringList{QStringLiteral("b-200"), QStringLiteral("b-300")}
            << none;
        QTest::newRow("ambiguous label in another case")
            << QStringLiteral("SHELF 7") << K::BatchLabel << QStringList{QStringLiteral("b-200"), QStringLiteral("b-300")}
            << none;
        QTest::newRow("unit label") << QStringLiteral("SN-ALPHA-2") << K::UnitLabel << QStringList{QStringLiteral("b-100")}
                                    << QStringLiteral("c-2");
        QTest::newRow("lower-case unit label") << QStringLiteral("sn-alpha-1") << K::UnitLabel
                                               << QStringList{QStringLiteral("b-100")} << QStringLiteral("c-1");
        QTest::newRow("unit label in two batches")
            << QStringLiteral("SN-SHARED") << K::UnitLabel << QStringList{QStringLiteral("b-200"), QStringLiteral("b-300")}
            << none;
        QTest::newRow("a unit and its retry: the batch, no unit")
            << QStringLiteral("SN-RETRIED") << K::UnitLabel << QStringList{QStringLiteral("b-600")} << none;
        QTest::newRow("unit of a batch not in the store") << QStringLiteral("SN-GONE") << K::None << QStringList{} << none;
        QTest::newRow("unknown") << QStringLiteral("NOPE-42") << K::None << QStringList{} << none;
        QTest::newRow("whitespace around an id")
            << QStringLiteral("  b-200\t") << K::BatchId << QStringList{QStringLiteral("b-200")} << none;
        QTest::newRow("whitespace around a label")
            << QStringLiteral(" Tray A \n") << K::BatchLabel << QStringList{QStringLiteral("b-100")} << none;
        QTest::newRow("whitespace only") << QStringLiteral(" \t ") << K::None << QStringList{} << none;
    }

    void lookup()
    {
        QFETCH(QString, code);
        QFETCH(CodeMatch::Kind, kind);
        QFETCH(QStringList, batchIds);
        QFETCH(QString, cycleId);
        const CodeMatch match = lookupCode(m_store, code, &m_units);
        QCOMPARE(match.kind, kind);
        QCOMPARE(match.batchIds, batchIds);
        QCOMPARE(match.cycleId, cycleId);
        QCOMPARE(match.ambiguous(), batchIds.size() > 1);
    }

    void withoutUnitIndexUnitLabelsMatchNothing()
    {
        QCOMPARE(lookupCode(m_store, QStringLiteral("SN-ALPHA-2"), nullptr).kind, CodeMatch::Kind::None);
    }

    void problems()
    {
        const CodeMatch unknown = lookupCode(m_store, QStringLiteral(" NOPE-42 "), &m_units);
        QCOMPARE(codeMatchProblem(unknown, QStringLiteral(" NOPE-42 ")), QStringLiteral("No batch or unit matches “NOPE-42”."));
        const CodeMatch shelf = lookupCode(m_store, QStringLiteral("Shelf 7"), &m_units);
        QCOMPARE(codeMatchProblem(shelf, QStringLiteral("Shelf 7")),
                 QStringLiteral("2 batches are labelled “Shelf 7”: choose one."));
        const CodeMatch shared = lookupCode(m_store, QStringLiteral("SN-SHARED"), &m_units);
        QCOMPARE(codeMatchProblem(shared, QStringLiteral("SN-SHARED")),
                 QStringLiteral("2 batches hold a unit labelled “SN-SHARED”: choose one."));
        const CodeMatch unique = lookupCode(m_store, QStringLiteral("Tray A"), &m_units);
        QCOMPARE(codeMatchProblem(unique, QStringLiteral("Tray A")), QString());
    }

    void unitIndexReplacesAndForgetsABatchsUnits()
    {
        UnitLabelIndex index;
        index.remember(QStringLiteral("b-1"), {lookupTestUnit(QStringLiteral("c-1"), QStringLiteral("SN-1")),
                                               lookupTestUnit(QStringLiteral("c-2"), QStringLiteral("SN-2"))});
        index.remember(QStringLiteral("b-2"), {lookupTestUnit(QStringLiteral("c-3"), QStringLiteral("SN-1"))});
        using Found = QList<std::pair<QString, QString>>;
        QCOMPARE(index.find(QStringLiteral("SN-1")),
                 (Found{{QStringLiteral("b-1"), QStringLiteral("c-1")}, {QStringLiteral("b-2"), QStringLiteral("c-3")}}));
        QCOMPARE(index.find(QStringLiteral("sn-1")), Found{});
        QCOMPARE(index.find(QStringLiteral("sn-1"), Qt::CaseInsensitive).size(), 2);

        // Reading b-1's units again replaces them: SN-2 is gone, SN-4 is new.
        index.remember(QStringLiteral("b-1"), {lookupTestUnit(QStringLiteral("c-4"), QStringLiteral("SN-4"))});
        QCOMPARE(index.find(QStringLiteral("SN-2")), Found{});
        QCOMPARE(index.find(QStringLiteral("SN-4")), (Found{{QStringLiteral("b-1"), QStringLiteral("c-4")}}));
        QCOMPARE(index.find(QStringLiteral("SN-1")), (Found{{QStringLiteral("b-2"), QStringLiteral("c-3")}}));

        index.forget(QStringLiteral("b-2"));
        QCOMPARE(index.find(QStringLiteral("SN-1")), Found{});
        QVERIFY(!index.isEmpty());
        index.forget(QStringLiteral("b-1"));
        QVERIFY(index.isEmpty());
    }

private:
    BatchStore m_store;
    UnitLabelIndex m_units;
};

QTEST_GUILESS_MAIN(TestCodeLookup)
#include "tst_codelookup.moc"
