// The shop-floor desk in the window, as a technician at a 1366×768 bench screen uses it:
// - shop-floor mode: type 1.5× larger, rows and touch targets at least 48 px, nothing cut on
//   the My work desk in any of the five languages (PNGs saved to look at);
// - every control reachable with Tab, and back to the start;
// - a traveler printed to PDF, rasterized (pdftoppm) and decoded (ZXing), typed in by a
//   keyboard-wedge scanner at scanner speed, opens its batch; an unknown scan beeps, says so
//   and changes nothing; two batches with one label ask which.

#include "app/i18n/translations.h"
#include "common/batchfactory.h"
#include "models/batchstore.h"
#include "models/cycles/batchcyclesfeed.h"
#include "models/mywork/myworkmodel.h"
#include "models/travelers/travelerdata.h"
#include "models/travelers/travelerpayload.h"
#include "ui/board/boarddesk.h"
#include "ui/mainwindow.h"
#include "ui/mywork/myworkdesk.h"
#include "ui/mywork/unitspane.h"
#include "ui/scan/gotobatchdialog.h"
#include "ui/shell/batchnavigator.h"
#include "ui/shell/shopfloormode.h"
#include "ui/travelers/travelerdocument.h"
#include "wizarddriver.h"

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace BatchDesk;
using TestSupport::BatchSpec;

namespace {

const QString kTech = QStringLiteral("u-tech");

BatchSpec floorSpec(const QString &id, std::array<qint64, 6> cycles, double order, QStringList technicians = {kTech})
{
    return TestSupport::assignedSpec(id, cycles, order, std::move(technicians));
}

// A long German-sized label, a blocked batch, work in progress, next, and someone else's.
Niagara::Page<Niagara::Batch> floorPage()
{
    Niagara::Page<Niagara::Batch> page = TestSupport::makePage(
        {floorSpec(QStringLiteral("B-1001"), {6, 2, 0, 1, 1, 0}, 1), floorSpec(QStringLiteral("B-1002"), {4, 3, 1, 2, 0, 0}, 2),
         floorSpec(QStringLiteral("B-1003"), {10, 0, 0, 0, 0, 0}, 3), floorSpec(QStringLiteral("B-1004"), {10, 0, 0, 0, 0, 0}, 4),
         floorSpec(QStringLiteral("B-2001"), {10, 0, 0, 0, 0, 0}, 5, {QStringLiteral("u-other")})});
    page.items[0].label = QStringLiteral("iPad Air 13 – Lehrkräfte Gymnasium 04");
    page.items[1].label = QStringLiteral("Chromebook 14 – Grundschule Nord 12");
    page.items[2].label = QStringLiteral("iPad 10.9 – Klassensatz 7b");
    // Two batches with one label: a scan of it must ask which.
    page.items[3].label = QStringLiteral("Klassensatz 8a");
    page.items[4].label = QStringLiteral("Klassensatz 8a");
    return page;
}

struct Bench
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    BatchStore store;
    CycleListModel units;
    BatchCyclesFeed feed{static_cast<Niagara::NiagaraClient *>(nullptr), &units};
    Ui::MainWindow window{&store, &settings};
    Ui::MyWorkDesk *desk = nullptr;

    Bench()
    {
        desk = new Ui::MyWorkDesk(&store, &feed, &settings);
        window.addDesk(desk);
        desk->setUser(QStringLiteral("server-1"), kTech);
        store.beginLoad();
        store.ingest(floorPage());
        store.endLoad();
        window.shopFloorMode()->setFullScreenAllowed(false);
        window.resize(1366, 768);
        window.show();
        window.setCurrentDesk(desk);
    }
};

// What of the My work desk (and the shell around it) a user cannot read because it is cut or
// sits past the window's edge; empty when everything fits.
QStringList cutTexts(Ui::MainWindow &window, Ui::MyWorkDesk &desk)
{
    WizardDriver::settleLayout(window);
    QStringList cut;
    const auto inside = [&window](QWidget *w) {
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        return window.rect().contains(r);
    };
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&window) || button->text().isEmpty() || !button->isVisible())
            continue;
        if (button->width() < button->sizeHint().width())
            cut << QStringLiteral("button “%1”: %2 of %3 px").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
        if (!inside(button))
            cut << QStringLiteral("button “%1” past the window").arg(button->text());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap() || label->textFormat() != Qt::PlainText)
            continue;
        if (label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width())
            cut << QStringLiteral("label “%1” in %2 px").arg(label->text()).arg(label->contentsRect().width());
        if (!inside(label))
            cut << QStringLiteral("label “%1” past the window").arg(label->text());
    }
    // Every desk action on the toolbar, none behind its overflow button.
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            QWidget *w = bar->widgetForAction(action);
            if (w && !action->isSeparator() && action->isVisible() && !w->isVisible())
                cut << QStringLiteral("toolbar “%1” hidden in the overflow").arg(action->text());
        }
    }
    QTabBar *tabs = window.deskTabs()->tabBar();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabRect(i).right() > tabs->width())
            cut << QStringLiteral("tab “%1” past the bar").arg(tabs->tabText(i));
    }
    // The list: every column in view, each header and each cell whole.
    QTreeView *tree = desk.view();
    QHeaderView *header = tree->header();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int width = header->sectionSize(column);
        if (header->sectionViewportPosition(column) + width > header->viewport()->width())
            cut << QStringLiteral("column %1 ends past the list").arg(column);
        if (header->sectionSizeHint(column) > width)
            cut << QStringLiteral("header of column %1 in %2 px").arg(column).arg(width);
        if (static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(column) > width && column != 0)
            cut << QStringLiteral("cells of column %1: %2 of %3 px").arg(column).arg(width).arg(static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(column));
    }
    // Column 0 holds the spanned section headings too: check the batch rows' labels there.
    const QAbstractItemModel *model = tree->model();
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        QStyleOptionViewItem option;
        option.initFrom(tree);
        if (tree->itemDelegateForIndex(section)->sizeHint(option, section).width() > tree->viewport()->width())
            cut << QStringLiteral("section “%1”").arg(section.data().toString());
        for (int r = 0; r < model->rowCount(section); ++r) {
            // The bar's text ("2 / 10 done · 1 blocked") whole on its bar.
            const QModelIndex bar = model->index(r, MyWorkModel::ProgressColumn, section);
            const int barText = tree->fontMetrics().horizontalAdvance(bar.data().toString());
            if (barText + tree->fontMetrics().height() > header->sectionSize(MyWorkModel::ProgressColumn))
                cut << QStringLiteral("bar text “%1” in %2 px").arg(bar.data().toString()).arg(header->sectionSize(MyWorkModel::ProgressColumn));
            const QModelIndex cell = model->index(r, 0, section);
            if (tree->itemDelegateForIndex(cell)->sizeHint(option, cell).width() > header->sectionSize(0))
                cut << QStringLiteral("label “%1” in %2 px").arg(cell.data().toString()).arg(header->sectionSize(0));
        }
    }
    // The units filter's entries fit their box.
    QComboBox *filter = desk.unitsPane()->categoryCombo();
    QStyleOptionComboBox comboOption;
    comboOption.initFrom(filter);
    const QRect field = filter->style()->subControlRect(QStyle::CC_ComboBox, &comboOption, QStyle::SC_ComboBoxEditField, filter);
    for (int i = 0; i < filter->count(); ++i) {
        if (filter->fontMetrics().horizontalAdvance(filter->itemText(i)) > field.width())
            cut << QStringLiteral("filter “%1” in %2 px").arg(filter->itemText(i)).arg(field.width());
    }
    return cut;
}

// The QR codes of a PDF's pages, scanned back: each page rasterized by pdftoppm, decoded by ZXing.
QStringList scanPdf(const QString &pdf, QString *problem)
{
    QTemporaryDir out;
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                                              QStringLiteral("-png"), pdf, out.filePath(QStringLiteral("page"))});
    if (!raster.waitForFinished(60000) || raster.exitCode() != 0) {
        *problem = QStringLiteral("pdftoppm failed: %1").arg(QString::fromLocal8Bit(raster.readAllStandardError()));
        return {};
    }
    QStringList codes;
    QStringList pages = QDir(out.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &name : pages) {
        const QImage image = QImage(out.filePath(name)).convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        codes << (result.isValid() ? QString::fromStdString(result.text()) : QString());
    }
    return codes;
}

// A keyboard-wedge scanner: the code's keys a few milliseconds apart, then Enter.
void scannerTypes(QWidget *target, const QString &code)
{
    for (const QChar c : code)
        QTest::keyClick(target, c.toLatin1());
    QTest::keyClick(target, Qt::Key_Return);
}

} // namespace

class TestShopFloorDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_translations = new App::Translations(nullptr, this);
        QVERIFY(m_translations->choose(QStringLiteral("en")));
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    }

    void shopFloorModeFitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "es", "fr", "pl"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void shopFloorModeFitsInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(m_translations->choose(language));
        Bench bench;
        const double basePoints = QApplication::font().pointSizeF();
        QVERIFY(bench.desk->openBatch(QStringLiteral("B-1001")));
        bench.window.shopFloorAction()->setChecked(true);
        QVERIFY(bench.window.shopFloorMode()->isEnabled());
        QCOMPARE(QApplication::font().pointSizeF(), basePoints * Ui::ShopFloorMode::kFontScale);
        WizardDriver::settleLayout(bench.window);

        // Rows and touch targets at least 48 px high.
        QTreeView *tree = bench.desk->view();
        const QModelIndex batch = bench.desk->model()->indexOfBatch(QStringLiteral("B-1003"));
        QVERIFY(tree->visualRect(batch).height() >= Ui::ShopFloorMode::kMinimumTarget);
        QVERIFY(tree->visualRect(bench.desk->model()->sectionIndex(WorkSection::Next)).height() >= Ui::ShopFloorMode::kMinimumTarget);
        QVERIFY(bench.desk->unitsPane()->view()->verticalHeader()->defaultSectionSize() >= Ui::ShopFloorMode::kMinimumTarget);
        for (QAbstractButton *button : bench.window.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->height() >= Ui::ShopFloorMode::kMinimumTarget, qPrintable(button->text()));
        }
        QVERIFY(bench.desk->unitsPane()->categoryCombo()->height() >= Ui::ShopFloorMode::kMinimumTarget);

        const QStringList cut = cutTexts(bench.window, *bench.desk);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
        WizardDriver::saveScreenshot(bench.window, QStringLiteral("shopfloor-%1.png").arg(language));

        // High contrast on top: the palette's text on its base is black and white.
        bench.window.highContrastAction()->setChecked(true);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        if (language == QLatin1String("en") || language == QLatin1String("de"))
            WizardDriver::saveScreenshot(bench.window, QStringLiteral("shopfloor-contrast-%1.png").arg(language));
        bench.window.highContrastAction()->setChecked(false);
        bench.window.shopFloorAction()->setChecked(false);
        QCOMPARE(QApplication::font().pointSizeF(), basePoints);
        QVERIFY(m_translations->choose(QStringLiteral("en")));
    }

    void everyControlIsReachedWithTab()
    {
        Bench bench;
        QVERIFY(bench.desk->openBatch(QStringLiteral("B-1001")));
        QApplication::setActiveWindow(&bench.window);
        QVERIFY(QTest::qWaitForWindowActive(&bench.window));
        bench.desk->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), bench.desk->view());
        QList<QWidget *> visited;
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!visited.isEmpty() && focus == visited.constFirst())
                break;
            visited << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), bench.desk->view()); // back at the start: no trap
        Ui::UnitsPane *units = bench.desk->unitsPane();
        for (QWidget *control : {static_cast<QWidget *>(bench.desk->view()), static_cast<QWidget *>(units->categoryCombo()),
                                 static_cast<QWidget *>(units->view())})
            QVERIFY2(visited.contains(control), control->metaObject()->className());
        for (QAbstractButton *button : units->findChildren<QAbstractButton *>())
            QVERIFY2(visited.contains(button) || !button->isVisible(), qPrintable(button->text()));
        // The actions without a control of their own are in the menus (Alt, then the
        // underlined letter) or have a shortcut.
        for (QAction *action : bench.desk->menuActions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(action->text().contains(QLatin1Char('&')) || !action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        QVERIFY(!bench.window.shopFloorAction()->shortcut().isEmpty());
        QVERIFY(!bench.window.navigator()->goToAction()->shortcut().isEmpty());
    }

    void aPrintedTravelerScannedBackOpensItsBatch()
    {
        Bench bench;
        // Two travelers to PDF, as the print dialog's "Save as PDF" writes them.
        QList<TravelerData> travelers;
        for (const QString &id : {QStringLiteral("B-1003"), QStringLiteral("B-1002")}) {
            const std::optional<TravelerData> data = travelerDataFor(bench.store, id, QDateTime::currentDateTimeUtc());
            QVERIFY(data);
            travelers << *data;
        }
        const QString pdf = bench.dir.filePath(QStringLiteral("travelers.pdf"));
        QCOMPARE(Ui::writeTravelersPdf(pdf, travelers, Ui::TravelerFormat::Label4x6), QString());
        QString problem;
        const QStringList codes = scanPdf(pdf, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(codes, (QStringList{travelerPayload(QStringLiteral("B-1003")), travelerPayload(QStringLiteral("B-1002"))}));

        // The scanner types the first code into the window, wherever the focus is.
        QApplication::setActiveWindow(&bench.window);
        QVERIFY(QTest::qWaitForWindowActive(&bench.window));
        QVERIFY(bench.desk->openBatch(QStringLiteral("B-1001")));
        bench.desk->view()->setFocus();
        scannerTypes(bench.desk->view(), codes.constFirst());
        QTRY_COMPARE(bench.desk->currentBatchId(), QStringLiteral("B-1003"));
        QCOMPARE(bench.window.currentDesk(), bench.desk);
        // On the board, the board shows it.
        bench.window.setCurrentDesk(bench.window.boardDesk());
        bench.window.tree()->setFocus();
        scannerTypes(bench.window.tree(), codes.at(1));
        QTRY_COMPARE(bench.window.boardDesk()->selectedBatchIds(), QStringList{QStringLiteral("B-1002")});
        QCOMPARE(bench.window.currentDesk(), static_cast<Ui::Desk *>(bench.window.boardDesk()));
    }

    void anUnknownScanChangesNothing()
    {
        Bench bench;
        QApplication::setActiveWindow(&bench.window);
        QVERIFY(QTest::qWaitForWindowActive(&bench.window));
        QVERIFY(bench.desk->openBatch(QStringLiteral("B-1002")));
        bench.desk->view()->setFocus();
        QSignalSpy unknown(bench.window.navigator(), &Ui::BatchNavigator::unknownCode);
        scannerTypes(bench.desk->view(), QStringLiteral("NOPE-4711"));
        QTRY_COMPARE(unknown.count(), 1);
        QCOMPARE(unknown.constFirst().constFirst().toString(), QStringLiteral("NOPE-4711"));
        QCOMPARE(bench.desk->currentBatchId(), QStringLiteral("B-1002"));
        QCOMPARE(bench.window.currentDesk(), bench.desk);
        QVERIFY(bench.desk->statusWidgets().constFirst()->property("text").toString().contains(QStringLiteral("NOPE-4711")));
    }

    void anAmbiguousLabelAsksWhich()
    {
        Bench bench;
        QApplication::setActiveWindow(&bench.window);
        QVERIFY(QTest::qWaitForWindowActive(&bench.window));
        bench.desk->view()->setFocus();
        scannerTypes(bench.desk->view(), QStringLiteral("Klassensatz 8a"));
        Ui::GoToBatchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = bench.window.findChild<Ui::GoToBatchDialog *>()) != nullptr);
        QListWidget *choices = nullptr;
        QTRY_VERIFY((choices = dialog->findChild<QListWidget *>()) != nullptr && choices->isVisible() && choices->count() == 2);
        // Nothing opened before the choice.
        QVERIFY(bench.desk->currentBatchId() != QStringLiteral("B-1004"));
        // B-2001 is someone else's: it opens on the board.
        for (int i = 0; i < choices->count(); ++i) {
            if (choices->item(i)->data(Qt::UserRole).toString() == QLatin1String("B-1004"))
                choices->setCurrentRow(i);
        }
        dialog->accept();
        QTRY_COMPARE(bench.desk->currentBatchId(), QStringLiteral("B-1004"));
    }

private:
    App::Translations *m_translations = nullptr;
};

QTEST_MAIN(TestShopFloorDesk)
#include "tst_shopfloordesk.moc"
