#include "categoryprobe.h"

#include "client/statuscategory.h"
#include "ui/legendwidget.h"
#include "ui/progressbarpainter.h"
#include "ui/statuspalette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QTest>
#include <QTranslator>

using namespace BatchDesk::Ui;
using Niagara::StatusCategory;

namespace {

// Stands in for a real translation: every category name comes back in capitals.
class ShoutingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Niagara::StatusCategory") == 0)
            return QString::fromUtf8(sourceText).toUpper();
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLegendWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixEntriesInDisplayOrder()
    {
        LegendWidget legend;
        legend.resize(legend.sizeHint());
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));

        const QList<QLabel *> labels = legend.findChildren<QLabel *>();
        // Six categories and the part of a work order not in a batch yet.
        QCOMPARE(labels.size(), qsizetype(Niagara::kStatusCategoryCount) + 1);
        int previousX = -1;
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            QLabel *label = legend.label(category);
            QVERIFY(label != nullptr);
            QCOMPARE(label->text(), Niagara::categoryDisplayName(category));
            QCOMPARE(label->property("statusCategory").toInt(), static_cast<int>(category));
            QVERIFY(label->isVisible());
            QVERIFY2(label->x() > previousX, Niagara::categoryWireName(category).data());
            previousX = label->x();
        }
        QCOMPARE(legend.unbatchedLabel()->text(), QStringLiteral("Not in a batch yet"));
        QVERIFY(legend.unbatchedLabel()->isVisible());
        QVERIFY(legend.unbatchedLabel()->x() > previousX);
    }

    // The key is painted as the bar paints its unbatched part (the painter's own swatch).
    void unbatchedSwatchLooksLikeTheBar()
    {
        LegendWidget legend;
        legend.resize(legend.sizeHint());
        const QImage image = legend.grab().toImage();
        auto *swatch = legend.findChild<QWidget *>(QStringLiteral("UnbatchedSwatch"));
        QVERIFY(swatch);
        QVERIFY(swatch->geometry().right() < legend.unbatchedLabel()->x());
        QImage expected(swatch->size(), QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::transparent);
        {
            QPainter painter(&expected);
            painter.setRenderHint(QPainter::Antialiasing);
            const int h = std::min(swatch->height(), 14);
            ProgressBarPainter().paintUnbatchedSwatch(painter, QRect(0, (swatch->height() - h) / 2, swatch->width(), h),
                                                      legend.palette());
        }
        // The hatch's lines: the middle row of the swatch has pixels of the text colour's
        // blend both in the legend and in the painter's own picture.
        const QImage shown = image.copy(swatch->geometry());
        const int y = swatch->height() / 2;
        int differing = 0;
        for (int x = 2; x < swatch->width() - 2; ++x)
            differing += (qAlpha(expected.pixel(x, y)) > 0 && (shown.pixel(x, y) & 0xffffff) != (expected.pixel(x, y) & 0xffffff)) ? 1 : 0;
        QVERIFY2(differing <= 2, qPrintable(QString::number(differing)));
    }

    void swatchesUseThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void swatchesUseThePalette()
    {
        QFETCH(QPalette, palette);
        LegendWidget legend;
        legend.setPalette(palette);
        legend.resize(legend.sizeHint());
        const QImage image = legend.grab().toImage();
        const CategoryProbe probe(palette);
        // Each category's colour appears, left of its label, and before the next category's.
        int previousX = -1;
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            const QLabel *label = legend.label(category);
            const int y = label->geometry().center().y();
            int found = -1;
            for (int x = previousX + 1; x < label->x() && found < 0; ++x) {
                if (probe.classify(image.pixel(x, y)) == category)
                    found = x;
            }
            QVERIFY2(found >= 0, Niagara::categoryWireName(category).data());
            previousX = label->geometry().right();
        }
    }

    void followsTheLanguage()
    {
        LegendWidget legend;
        ShoutingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::sendPostedEvents(&legend, QEvent::LanguageChange);
        QCOMPARE(legend.label(StatusCategory::InProgress)->text(), QStringLiteral("IN PROGRESS"));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents(&legend, QEvent::LanguageChange);
        QCOMPARE(legend.label(StatusCategory::InProgress)->text(), QStringLiteral("In progress"));
    }
};

QTEST_MAIN(TestLegendWidget)
#include "tst_legendwidget.moc"
