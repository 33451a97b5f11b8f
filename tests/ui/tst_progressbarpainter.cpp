#include "categoryprobe.h"

#include "client/domain.h"
#include "client/statuscategory.h"
#include "common/batchfactory.h"
#include "ui/progressbarpainter.h"
#include "ui/statuspalette.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace BatchDesk::Ui;
using Niagara::CycleCounts;
using Niagara::StatusCategory;
using Widths = ProgressBarPainter::SegmentWidths;

Q_DECLARE_METATYPE(Widths)

namespace {

using TestSupport::countsOf;

double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(static_cast<float>(top.redF() * a + bottom.redF() * (1 - a)),
                            static_cast<float>(top.greenF() * a + bottom.greenF() * (1 - a)),
                            static_cast<float>(top.blueF() * a + bottom.blueF() * (1 - a)));
}

// Pixels that differ from the most common colour of the image: the pattern's footprint.
QList<bool> patternMask(const QImage &image)
{
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++histogram[image.pixel(x, y)];
    QRgb dominant = 0;
    int most = -1;
    for (auto it = histogram.constBegin(); it != histogram.constEnd(); ++it) {
        if (it.value() > most) {
            most = it.value();
            dominant = it.key();
        }
    }
    QList<bool> mask;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            mask << (image.pixel(x, y) != dominant);
    return mask;
}

QSet<QRgb> coloursOf(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    return colours;
}

} // namespace

class TestProgressBarPainter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentWidths_data()
    {
        QTest::addColumn<CycleCounts>("counts");
        QTest::addColumn<int>("width");
        QTest::addColumn<Widths>("expected");
        QTest::newRow("thirds: the remainder pixel goes to the first in display order")
            << countsOf({1, 1, 1, 0, 0, 0}) << 100 << Widths{34, 33, 33, 0, 0, 0};
        QTest::newRow("largest remainder wins") << countsOf({1, 2, 0, 0, 0, 0}) << 10 << Widths{3, 7, 0, 0, 0, 0};
        QTest::newRow("exact shares") << countsOf({10, 20, 0, 50, 15, 5}) << 400 << Widths{40, 80, 0, 200, 60, 20};
        QTest::newRow("one category takes all") << countsOf({0, 0, 0, 7, 0, 0}) << 57 << Widths{0, 0, 0, 57, 0, 0};
        QTest::newRow("no cycles") << countsOf({0, 0, 0, 0, 0, 0}) << 100 << Widths{};
        QTest::newRow("no width") << countsOf({1, 2, 3, 4, 5, 6}) << 0 << Widths{};
        QTest::newRow("negative counts are zero") << countsOf({-5, 1, 0, 1, 0, 0}) << 10 << Widths{0, 5, 0, 5, 0, 0};
        QTest::newRow("more categories than pixels") << countsOf({1, 1, 1, 1, 1, 1}) << 4 << Widths{1, 1, 1, 1, 0, 0};
    }
    void segmentWidths()
    {
        QFETCH(CycleCounts, counts);
        QFETCH(int, width);
        QFETCH(Widths, expected);
        QCOMPARE(ProgressBarPainter::segmentWidths(counts, width), expected);
    }

    void segmentWidthsSumToTheWidth()
    {
        QRandomGenerator random(20240611);
        for (int round = 0; round < 5000; ++round) {
            CycleCounts counts;
            for (qint64 &c : counts.counts) {
                // Plenty of zeros, small and large counts.
                const quint32 kind = random.bounded(4);
                c = kind == 0 ? 0 : kind == 1 ? random.bounded(10) : kind == 2 ? random.bounded(1000) : random.bounded(10'000'000);
            }
            const int width = static_cast<int>(random.bounded(2000));
            const Widths widths = ProgressBarPainter::segmentWidths(counts, width);
            const qint64 total = counts.total();
            const int sum = std::accumulate(widths.begin(), widths.end(), 0);
            QCOMPARE(sum, total > 0 ? width : 0);
            for (std::size_t i = 0; i < widths.size(); ++i) {
                if (counts.counts[i] == 0)
                    QCOMPARE(widths[i], 0);
                if (total == 0)
                    continue;
                // Largest remainder: every share is its exact value rounded down or up.
                const double exact = static_cast<double>(counts.counts[i]) * width / static_cast<double>(total);
                QVERIFY2(widths[i] >= std::floor(exact) - 1e-9 && widths[i] <= std::ceil(exact) + 1e-9,
                         qPrintable(QStringLiteral("round %1 category %2: %3 px for exact %4")
                                        .arg(round).arg(i).arg(widths[i]).arg(exact)));
            }
        }
    }

    void segmentWidthsOfHugeCounts()
    {
        constexpr qint64 big = std::numeric_limits<qint64>::max() / 4;
        const CycleCounts counts = countsOf({big, big, 0, big, 0, 1});
        const Widths widths = ProgressBarPainter::segmentWidths(counts, 3001);
        QCOMPARE(std::accumulate(widths.begin(), widths.end(), 0), 3001);
        QCOMPARE(widths[2], 0);
        QVERIFY(std::abs(widths[0] - 1000) <= 1);
        QVERIFY(std::abs(widths[3] - 1000) <= 1);
    }

    void defaultText()
    {
        QCOMPARE(ProgressBarPainter::defaultText(countsOf({10, 20, 0, 37, 0, 0})), QStringLiteral("37 / 67"));
        QCOMPARE(ProgressBarPainter::defaultText(CycleCounts()), QStringLiteral("\u2013"));
    }

    void blockedAndCancelledDifferByPattern_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void blockedAndCancelledDifferByPattern()
    {
        QFETCH(QPalette, palette);
        const QImage blocked = CategoryProbe::swatch(StatusCategory::Blocked, palette);
        const QImage cancelled = CategoryProbe::swatch(StatusCategory::Cancelled, palette);
        // Both carry a pattern: more than one colour inside a single segment.
        QVERIFY(coloursOf(blocked).size() >= 2);
        QVERIFY(coloursOf(cancelled).size() >= 2);
        // ... and not the same pattern: the footprints of the stripes differ in a good share
        // of the pixels (single hatch vs cross-hatch), whatever the colours.
        const QList<bool> a = patternMask(blocked);
        const QList<bool> b = patternMask(cancelled);
        QCOMPARE(a.size(), b.size());
        qsizetype different = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            different += a[i] != b[i] ? 1 : 0;
        QVERIFY2(different * 10 >= a.size(), qPrintable(QString::number(different)));
        // They also differ in lightness, which survives greyscale printing.
        QVERIFY(std::abs(StatusPalette::color(StatusCategory::Blocked, palette).lightness()
                         - StatusPalette::color(StatusCategory::Cancelled, palette).lightness())
                >= 40);
        // The other categories are flat.
        for (StatusCategory category : {StatusCategory::Pending, StatusCategory::InProgress, StatusCategory::Verifying,
                                        StatusCategory::Complete}) {
            QCOMPARE(coloursOf(CategoryProbe::swatch(category, palette)).size(), 1);
            QVERIFY(!StatusPalette::patternColor(category, palette).isValid());
        }
    }

    void lightAndDarkPalettes()
    {
        QVERIFY(!StatusPalette::isDark(lightPalette()));
        QVERIFY(StatusPalette::isDark(darkPalette()));
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            QVERIFY2(StatusPalette::color(category, lightPalette()) != StatusPalette::color(category, darkPalette()),
                     Niagara::categoryWireName(category).data());
        }
        QVERIFY(StatusPalette::textColor(lightPalette()) != StatusPalette::textColor(darkPalette()));
    }

    void categoriesHaveDistinctColours_data() { blockedAndCancelledDifferByPattern_data(); }
    void categoriesHaveDistinctColours()
    {
        QFETCH(QPalette, palette);
        QSet<QRgb> colours;
        for (StatusCategory category : Niagara::kAllStatusCategories)
            colours.insert(StatusPalette::color(category, palette).rgb());
        QCOMPARE(colours.size(), qsizetype(Niagara::kStatusCategoryCount));
    }

    // The text over the bar must be readable over every segment: glyph against its halo
    // composed over the segment colour, WCAG AA for normal text.
    void textIsReadableOverEverySegment_data() { blockedAndCancelledDifferByPattern_data(); }
    void textIsReadableOverEverySegment()
    {
        QFETCH(QPalette, palette);
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            QList<QColor> grounds{StatusPalette::color(category, palette)};
            if (StatusPalette::patternColor(category, palette).isValid())
                grounds << StatusPalette::patternColor(category, palette);
            for (const QColor &ground : grounds) {
                const QColor behind = over(StatusPalette::textHaloColor(palette), ground);
                const double ratio = contrastRatio(StatusPalette::textColor(palette), behind);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 over %2: %3")
                                                      .arg(StatusPalette::textColor(palette).name(), ground.name())
                                                      .arg(ratio)));
            }
        }
    }

    void emptyBarPaintsNoSegments()
    {
        const QPalette palette = lightPalette();
        QImage image(200, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(12);
        {
            QPainter painter(&image);
            ProgressBarPainter().paint(painter, image.rect(), CycleCounts(), palette, font);
        }
        // Inside the frame: the base colour, apart from the dash in the middle.
        const QRect content = ProgressBarPainter::contentRect(image.rect());
        const QRect band = CategoryProbe::textBand(content, QStringLiteral("\u2013"), font);
        QVERIFY(isPlain(image, content.adjusted(2, 2, -2, -2), band, palette.color(QPalette::Base)));
        QVERIFY(!isPlain(image, band, QRect(), palette.color(QPalette::Base))); // the dash is there
    }

    void unbatchedWidth_data()
    {
        QTest::addColumn<CycleCounts>("counts");
        QTest::addColumn<qint64>("unbatched");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("expected");
        QTest::newRow("none missing") << countsOf({0, 0, 0, 8, 0, 0}) << qint64(0) << 100 << 0;
        QTest::newRow("8 of 10 batched") << countsOf({0, 0, 0, 8, 0, 0}) << qint64(2) << 100 << 20;
        QTest::newRow("1 of 10,000 missing still shows") << countsOf({0, 0, 0, 9999, 0, 0}) << qint64(1) << 100 << 1;
        QTest::newRow("nothing batched yet") << CycleCounts() << qint64(10) << 100 << 100;
        QTest::newRow("almost nothing batched keeps a pixel") << countsOf({1, 0, 0, 0, 0, 0}) << qint64(100000) << 100 << 99;
        QTest::newRow("huge counts") << countsOf({std::numeric_limits<qint64>::max() / 2, 0, 0, 0, 0, 0})
                                     << std::numeric_limits<qint64>::max() / 2 << 100 << 50;
    }
    void unbatchedWidth()
    {
        QFETCH(CycleCounts, counts);
        QFETCH(qint64, unbatched);
        QFETCH(int, width);
        QTEST(ProgressBarPainter::unbatchedWidth(counts, unbatched, width), "expected");
    }

    // A work order short of batches: the categories share the bar with a hatched segment at
    // its end, told apart by pattern (base colour and lines), not by a category colour.
    void unbatchedSegmentIsHatched()
    {
        const QPalette palette = lightPalette();
        QImage image(200, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(12);
        const CycleCounts counts = countsOf({0, 0, 0, 6, 0, 0});
        {
            QPainter painter(&image);
            ProgressBarPainter().paint(painter, image.rect(), counts, palette, font, QStringLiteral(""), 4);
        }
        const QRect content = ProgressBarPainter::contentRect(image.rect());
        const int gap = ProgressBarPainter::unbatchedWidth(counts, 4, content.width());
        QCOMPARE(gap, qRound(content.width() * 0.4));
        const CategoryProbe probe(palette);
        // The complete segment ends where the gap begins.
        const int y = content.center().y();
        QCOMPARE(probe.classify(image.pixel(content.left() + 2, y)), std::optional(StatusCategory::Complete));
        QCOMPARE(probe.classify(image.pixel(content.right() - gap - 1, y)), std::optional(StatusCategory::Complete));
        QSet<QRgb> inGap;
        for (int x = content.right() - gap + 2; x < content.right() - 1; ++x) {
            for (int yy = content.top() + 2; yy < content.bottom() - 1; ++yy) {
                QVERIFY(probe.classify(image.pixel(x, yy)) != std::optional(StatusCategory::Complete));
                inGap.insert(image.pixel(x, yy));
            }
        }
        QVERIFY(inGap.contains(palette.color(QPalette::Base).rgb())); // the base shows through
        QVERIFY(inGap.size() >= 2);                                    // and the hatch lines cross it
        QVERIFY(!ProgressBarPainter::unbatchedName().isEmpty());
    }

    void swatchIsTheCategoryFill()
    {
        const QPalette palette = lightPalette();
        QImage image(30, 14, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Window));
        {
            QPainter painter(&image);
            ProgressBarPainter().paintSwatch(painter, image.rect(), StatusCategory::Complete, palette);
        }
        QCOMPARE(QColor(image.pixel(15, 7)), StatusPalette::color(StatusCategory::Complete, palette));
    }
};

QTEST_MAIN(TestProgressBarPainter)
#include "tst_progressbarpainter.moc"
