#include "client/domain.h"
#include "client/statuscategory.h"

#include <QTest>

using namespace Niagara;


class TestDomain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortKeyOrdering_data()
    {
        QTest::addColumn<SortKey>("lower");
        QTest::addColumn<SortKey>("higher");
        QTest::newRow("numbers") << SortKey::fromNumber(2) << SortKey::fromNumber(10);
        QTest::newRow("fractions") << SortKey::fromNumber(2.25) << SortKey::fromNumber(2.5);
        QTest::newRow("lexical keys") << SortKey::fromString(QStringLiteral("a0")) << SortKey::fromString(QStringLiteral("b"));
        QTest::newRow("numeric strings compare as numbers")
            << SortKey::fromString(QStringLiteral("9")) << SortKey::fromString(QStringLiteral("10"));
        QTest::newRow("numbers before strings") << SortKey::fromNumber(1000) << SortKey::fromString(QStringLiteral("a"));
        QTest::newRow("valid before unset") << SortKey::fromString(QStringLiteral("zzz")) << SortKey();
    }
    void sortKeyOrdering()
    {
        QFETCH(SortKey, lower);
        QFETCH(SortKey, higher);
        QVERIFY(lower < higher);
        QVERIFY(higher > lower);
        QVERIFY(!(lower == higher));
    }

    void sortKeyText_data()
    {
        QTest::addColumn<SortKey>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("integral") << SortKey::fromNumber(2) << QStringLiteral("2");
        QTest::newRow("fraction") << SortKey::fromNumber(2.5) << QStringLiteral("2.5");
        QTest::newRow("string") << SortKey::fromString(QStringLiteral("a1")) << QStringLiteral("a1");
        QTest::newRow("unset") << SortKey() << QString();
    }
    void sortKeyText()
    {
        QFETCH(SortKey, key);
        QFETCH(QString, text);
        QCOMPARE(key.toString(), text);
    }

    void cycleCounts()
    {
        CycleCounts a;
        QCOMPARE(a.total(), 0);
        a[StatusCategory::Pending] = 3;
        a[StatusCategory::Complete] = 7;
        CycleCounts b;
        b[StatusCategory::Blocked] = 2;
        b[StatusCategory::Complete] = 1;
        a += b;
        QCOMPARE(a.total(), 13);
        QCOMPARE(a[StatusCategory::Complete], 8);
        QCOMPARE(a[StatusCategory::Blocked], 2);
    }

    void categoriesRoundTrip()
    {
        QCOMPARE(kAllStatusCategories.size(), kStatusCategoryCount);
        QSet<QString> names;
        for (StatusCategory c : kAllStatusCategories) {
            QCOMPARE(categoryFromWireName(categoryWireName(c)), std::optional(c));
            QCOMPARE(categoryFromCountKey(categoryCountKey(c)), std::optional(c));
            names.insert(categoryDisplayName(c));
        }
        QCOMPARE(names.size(), 6);
        QVERIFY(!categoryFromWireName("in_progress").has_value()); // the enum is upper case
        QVERIFY(!categoryFromCountKey("needed").has_value());       // not a category
    }

    void workOrderNeedsSumsEntries()
    {
        WorkOrder wo;
        wo.cycles.append(WorkOrderCycles{120, {}, std::nullopt});
        wo.cycles.append(WorkOrderCycles{380, {}, std::nullopt});
        QCOMPARE(wo.cyclesNeeded(), 500);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
