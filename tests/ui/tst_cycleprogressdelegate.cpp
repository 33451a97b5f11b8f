#include "categoryprobe.h"

#include "client/domain.h"
#include "client/statuscategory.h"
#include "models/batchroles.h"
#include "common/batchfactory.h"
#include "ui/cycleprogressdelegate.h"
#include "ui/legendwidget.h"
#include "ui/progressbarpainter.h"

#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace BatchDesk;
using namespace BatchDesk::Ui;
using Niagara::CycleCounts;
using Niagara::StatusCategory;

namespace {

using TestSupport::countsOf;

QStandardItem *cyclesItem(const CycleCounts &counts, TreeLevel level)
{
    auto *item = new QStandardItem;
    item->setData(QVariant::fromValue(counts), BatchRoles::CycleCountsRole);
    item->setData(static_cast<int>(level), BatchRoles::LevelRole);
    item->setEditable(false);
    return item;
}

QFont testFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    return font;
}

constexpr QSize kCell(400, 24);

// Paints one cell the way a view would and returns it.
QImage paintCell(const CycleCounts &counts, const QPalette &palette, bool selected = false, const QVariant &display = {},
                 qint64 unbatched = 0)
{
    QStandardItemModel model;
    QStandardItem *item = cyclesItem(counts, TreeLevel::Batch);
    if (display.isValid())
        item->setData(display, Qt::DisplayRole);
    if (unbatched > 0)
        item->setData(unbatched, BatchRoles::UnbatchedCyclesRole);
    model.appendRow(item);
    QTreeView view;
    view.setPalette(palette);
    view.setFont(testFont());
    CycleProgressDelegate delegate;

    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(QPoint(0, 0), kCell);
    option.font = testFont();
    option.palette = palette;
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    // As QTreeView does with SelectRows: the whole cell shows the selection.
    option.showDecorationSelected = true;

    QImage image(kCell, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    return image;
}

struct Scan
{
    std::array<int, Niagara::kStatusCategoryCount> pixels{};
    std::array<int, Niagara::kStatusCategoryCount> firstX{};
    QString sequence; // one letter per run, for failure messages
};

QRect contentOfCell()
{
    return ProgressBarPainter::contentRect(
        CycleProgressDelegate::barRect(QRect(QPoint(0, 0), kCell), QFontMetrics(testFont())));
}

// Classifies the bar column by column.
Scan scanBar(const QImage &image, const QPalette &palette, const CycleCounts &counts)
{
    const QRect content = contentOfCell();
    const QRect band = CategoryProbe::textBand(content, ProgressBarPainter::defaultText(counts), testFont());
    const CategoryProbe probe(palette);
    Scan scan;
    scan.firstX.fill(-1);
    std::optional<StatusCategory> previous;
    for (int x = 0; x < image.width(); ++x) {
        const std::optional<StatusCategory> category = probe.classifyColumn(image, content, band, x);
        if (!category)
            continue;
        const auto i = static_cast<std::size_t>(*category);
        ++scan.pixels[i];
        if (scan.firstX[i] < 0)
            scan.firstX[i] = x;
        if (category != previous)
            scan.sequence += QString::number(int(i));
        previous = category;
    }
    return scan;
}

} // namespace

class TestCycleProgressDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Numbers in the tooltip follow the locale; pin one with digit grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void segmentsAreProportional_data()
    {
        QTest::addColumn<CycleCounts>("counts");
        QTest::addColumn<QPalette>("palette");
        const QList<std::pair<const char *, CycleCounts>> sets{
            {"mixed", countsOf({10, 20, 0, 50, 15, 5})},
            {"all complete", countsOf({0, 0, 0, 7, 0, 0})},
            {"blocked and cancelled only", countsOf({0, 0, 0, 0, 3, 1})},
            {"one pending in a thousand", countsOf({1, 0, 0, 0, 0, 999})},
            {"uneven", countsOf({1234, 1, 0, 0, 999, 3})},
            {"every category", countsOf({1, 2, 3, 4, 5, 6})},
        };
        for (const auto &[name, counts] : sets) {
            QTest::addRow("%s, light", name) << counts << lightPalette();
            QTest::addRow("%s, dark", name) << counts << darkPalette();
        }
    }
    void segmentsAreProportional()
    {
        QFETCH(CycleCounts, counts);
        QFETCH(QPalette, palette);
        const QImage image = paintCell(counts, palette);
        const Scan scan = scanBar(image, palette, counts);
        const QRect content = contentOfCell();
        const double total = static_cast<double>(counts.total());
        int previousStart = -1;
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            const auto i = static_cast<std::size_t>(category);
            const double expected = static_cast<double>(counts.counts[i]) * content.width() / total;
            const QByteArray what = QByteArray(Niagara::categoryWireName(category).data()) + ": "
                + QByteArray::number(scan.pixels[i]) + " px, expected " + QByteArray::number(expected)
                + ", runs " + scan.sequence.toLatin1();
            if (counts.counts[i] == 0) {
                QVERIFY2(scan.pixels[i] == 0, what.constData());
                continue;
            }
            // Largest remainder: within one pixel of the exact share.
            QVERIFY2(std::abs(scan.pixels[i] - expected) < 1.0, what.constData());
            // Display order, left to right.
            if (scan.pixels[i] > 0) {
                QVERIFY2(scan.firstX[i] > previousStart, what.constData());
                previousStart = scan.firstX[i];
            }
        }
    }

    void allZeroPaintsNoSegments_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void allZeroPaintsNoSegments()
    {
        QFETCH(QPalette, palette);
        const QImage image = paintCell(CycleCounts(), palette);
        const QRect content = contentOfCell();
        const QRect band = CategoryProbe::textBand(content, QStringLiteral("\u2013"), testFont());
        // Inside the frame only the base colour and the dash.
        QVERIFY(isPlain(image, content.adjusted(2, 2, -2, -2), band, palette.color(QPalette::Base)));
        QCOMPARE(scanBar(image, palette, CycleCounts()).sequence, QString());
        // The frame is still there, so the row does not look broken.
        const QRect bar = CycleProgressDelegate::barRect(QRect(QPoint(0, 0), kCell), QFontMetrics(testFont()));
        QVERIFY(image.pixel(bar.center().x(), bar.top()) != palette.color(QPalette::Base).rgb());
    }

    void selectionBackgroundIsKept()
    {
        const QPalette palette = lightPalette();
        const QImage image = paintCell(countsOf({1, 1, 1, 1, 1, 1}), palette, true);
        // The margin around the bar shows the selection like every other cell of the row.
        QCOMPARE(QColor(image.pixel(1, 1)), palette.color(QPalette::Active, QPalette::Highlight));
        QCOMPARE(QColor(image.pixel(kCell.width() - 2, kCell.height() - 2)),
                 palette.color(QPalette::Active, QPalette::Highlight));
        // ... and the bar is still painted.
        QCOMPARE(scanBar(image, palette, countsOf({1, 1, 1, 1, 1, 1})).sequence, QStringLiteral("012345"));
    }

    void toolTipText_data()
    {
        QTest::addColumn<CycleCounts>("counts");
        QTest::addColumn<QString>("text");
        QTest::newRow("mixed") << countsOf({10, 20, 0, 50, 15, 5})
                               << QStringLiteral("Pending: 10 (10%)\nIn progress: 20 (20%)\nVerifying: 0 (0%)\n"
                                                 "Complete: 50 (50%)\nBlocked: 15 (15%)\nCancelled: 5 (5%)\nTotal: 100");
        QTest::newRow("rounding") << countsOf({12, 0, 0, 37, 1, 0})
                                  << QStringLiteral("Pending: 12 (24%)\nIn progress: 0 (0%)\nVerifying: 0 (0%)\n"
                                                    "Complete: 37 (74%)\nBlocked: 1 (2%)\nCancelled: 0 (0%)\nTotal: 50");
        QTest::newRow("tiny shares are not rounded away") << countsOf({0, 0, 0, 999, 1, 0})
                                  << QStringLiteral("Pending: 0 (0%)\nIn progress: 0 (0%)\nVerifying: 0 (0%)\n"
                                                    "Complete: 999 (>99%)\nBlocked: 1 (<1%)\nCancelled: 0 (0%)\nTotal: 1,000");
        QTest::newRow("no cycles") << CycleCounts() << QStringLiteral("No cycles");
    }
    void toolTipText()
    {
        QFETCH(CycleCounts, counts);
        QFETCH(QString, text);
        QCOMPARE(CycleProgressDelegate::toolTipText(counts), text);
        // The names are the category's own translated names, in display order.
        if (counts.total() > 0) {
            const QStringList lines = text.split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), qsizetype(Niagara::kStatusCategoryCount + 1));
            for (std::size_t i = 0; i < Niagara::kStatusCategoryCount; ++i)
                QVERIFY(lines[qsizetype(i)].startsWith(Niagara::categoryDisplayName(Niagara::kAllStatusCategories[i])
                                                       + QLatin1Char(':')));
        }
    }

    void helpEventShowsTheToolTip()
    {
        QStandardItemModel model(0, 1);
        model.appendRow(cyclesItem(countsOf({10, 20, 0, 50, 15, 5}), TreeLevel::Batch));
        QTreeView view;
        auto *delegate = new CycleProgressDelegate(&view);
        view.setItemDelegateForColumn(0, delegate);
        view.setModel(&model);
        view.resize(420, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QModelIndex index = model.index(0, 0);
        const QRect rect = view.visualRect(index);
        QHelpEvent event(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = rect;
        QVERIFY(delegate->helpEvent(&event, &view, option, index));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), CycleProgressDelegate::toolTipText(countsOf({10, 20, 0, 50, 15, 5})));
        QToolTip::hideText();
    }

    // The bar's text is the model's DisplayRole: the same text paints the same pixels as the
    // painter's default, another text other pixels, an empty one none.
    void paintsTheModelsText()
    {
        const QPalette palette = lightPalette();
        const CycleCounts counts = countsOf({2, 0, 0, 8, 0, 0});
        (void)paintCell(counts, palette); // the first paint loads the font; later ones are alike
        const QImage byDefault = paintCell(counts, palette);
        QCOMPARE(paintCell(counts, palette, false, ProgressBarPainter::defaultText(counts)), byDefault);
        QVERIFY(paintCell(counts, palette, false, QStringLiteral("8 / 500")) != byDefault);
        QVERIFY(paintCell(counts, palette, false, QString(QLatin1String(""))) != byDefault);
    }

    // A work order's cycles not in a batch yet take their share of the bar.
    void unbatchedCyclesTakeTheirShare()
    {
        const QPalette palette = lightPalette();
        const CycleCounts counts = countsOf({0, 0, 0, 10, 0, 0});
        const QString noText = QString(QLatin1String(""));
        const Scan full = scanBar(paintCell(counts, palette, false, noText), palette, counts);
        const Scan half = scanBar(paintCell(counts, palette, false, noText, 10), palette, counts);
        const auto complete = static_cast<std::size_t>(StatusCategory::Complete);
        QVERIFY(full.pixels[complete] > 0);
        QVERIFY2(std::abs(2 * half.pixels[complete] - full.pixels[complete]) <= 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(half.pixels[complete]).arg(full.pixels[complete])));
    }

    void helpEventShowsTheModelsToolTip()
    {
        QStandardItemModel model(0, 1);
        QStandardItem *item = cyclesItem(countsOf({1, 0, 0, 1, 0, 0}), TreeLevel::WorkOrder);
        item->setData(QStringLiteral("<p>Cycles needed: 10</p>"), Qt::ToolTipRole);
        model.appendRow(item);
        QTreeView view;
        auto *delegate = new CycleProgressDelegate(&view);
        view.setItemDelegateForColumn(0, delegate);
        view.setModel(&model);
        view.resize(420, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex index = model.index(0, 0);
        const QRect rect = view.visualRect(index);
        QHelpEvent event(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = rect;
        QVERIFY(delegate->helpEvent(&event, &view, option, index));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("<p>Cycles needed: 10</p>"));
        QToolTip::hideText();
    }

    void groupRowsUseTheirAggregate()
    {
        // The delegate paints whatever counts the row carries; for a group that is the sum the
        // model computed, so a group with two batches shows both batches' cycles.
        QStandardItemModel model;
        auto *group = cyclesItem(countsOf({2, 0, 0, 2, 0, 0}), TreeLevel::WorkOrder);
        group->appendRow(cyclesItem(countsOf({2, 0, 0, 0, 0, 0}), TreeLevel::Batch));
        group->appendRow(cyclesItem(countsOf({0, 0, 0, 2, 0, 0}), TreeLevel::Batch));
        model.appendRow(group);
        QCOMPARE(*CycleProgressDelegate::countsOf(model.index(0, 0)), countsOf({2, 0, 0, 2, 0, 0}));
        QVERIFY(!CycleProgressDelegate::countsOf(QModelIndex()).has_value());
    }

    void sizeHintFitsTheBar()
    {
        QStandardItemModel model;
        model.appendRow(cyclesItem(countsOf({1, 0, 0, 0, 0, 0}), TreeLevel::Batch));
        CycleProgressDelegate delegate;
        QStyleOptionViewItem option;
        option.font = testFont();
        const QSize hint = delegate.sizeHint(option, model.index(0, 0));
        const QFontMetrics metrics(testFont());
        QVERIFY(hint.height() >= metrics.height() + 6);
        QVERIFY(hint.height() <= metrics.height() + 20);
        QVERIFY(hint.width() >= metrics.horizontalAdvance(QStringLiteral("99999 / 99999")));
        const QRect bar = CycleProgressDelegate::barRect(QRect(QPoint(0, 0), hint), metrics);
        QVERIFY(ProgressBarPainter::contentRect(bar).height() >= metrics.height());
    }

    // Not a check: a picture of a few rows and the legend, light and dark, for people to look at.
    void renderPreview()
    {
        QImage preview(560, 2 * 170, QImage::Format_RGB32);
        preview.fill(Qt::white);
        QPainter painter(&preview);
        int y = 0;
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QStandardItemModel model(0, 2);
            model.setHorizontalHeaderLabels({QStringLiteral("Batch"), QStringLiteral("Cycles")});
            const auto addRow = [](QStandardItem *parent, const QString &label, const CycleCounts &counts,
                                   TreeLevel level) {
                auto *name = new QStandardItem(label);
                name->setData(static_cast<int>(level), BatchRoles::LevelRole);
                QList<QStandardItem *> row{name, cyclesItem(counts, level)};
                parent->appendRow(row);
                return name;
            };
            QStandardItem *root = model.invisibleRootItem();
            QStandardItem *order = addRow(root, QStringLiteral("WO-1042 Router refresh"),
                                          countsOf({10, 20, 0, 50, 15, 5}), TreeLevel::WorkOrder);
            addRow(order, QStringLiteral("Batch A"), countsOf({0, 12, 0, 37, 1, 0}), TreeLevel::Batch);
            addRow(order, QStringLiteral("Batch B"), countsOf({10, 8, 0, 13, 14, 5}), TreeLevel::Batch);
            addRow(root, QStringLiteral("WO-1043 Gateways"), countsOf({3, 4, 9, 1, 0, 0}), TreeLevel::WorkOrder);
            addRow(root, QStringLiteral("WO-1044 Empty"), CycleCounts(), TreeLevel::WorkOrder);

            QWidget page;
            page.setPalette(palette);
            page.setAutoFillBackground(true);
            page.setFont(testFont());
            page.resize(560, 170);
            QTreeView view(&page);
            view.setModel(&model);
            view.setItemDelegateForColumn(1, new CycleProgressDelegate(&view));
            view.setGeometry(0, 0, 560, 140);
            view.setColumnWidth(0, 220);
            view.expandAll();
            view.selectionModel()->select(model.index(0, 0, model.index(0, 0)),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
            LegendWidget legend(&page);
            legend.setGeometry(0, 142, 560, 26);
            painter.drawImage(0, y, page.grab().toImage());
            y += 170;
        }
        painter.end();
        const QString path = QDir::current().absoluteFilePath(QStringLiteral("cycleprogressdelegate.png"));
        QVERIFY(preview.save(path));
        qInfo("preview: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestCycleProgressDelegate)
#include "tst_cycleprogressdelegate.moc"
