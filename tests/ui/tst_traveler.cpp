// Batch travelers: what a traveler says of a batch (overdue as the board says it), and that the
// printed thing works: every format's QR code, painted into an image and written into a real
// PDF that poppler rasterizes, scans back (ZXing) to the batch's id, page by page in order;
// long labels are laid out whole inside the page; the 4 × 6 label is 101.6 × 152.4 mm; the
// dialog remembers the format and writes the PDF. One PNG per format is left next to the test
// for people to look at.

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include "common/batchfactory.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/travelers/travelerdata.h"
#include "models/travelers/travelerpayload.h"
#include "ui/travelers/qrcode.h"
#include "ui/travelers/travelerdialog.h"
#include "ui/travelers/travelerdocument.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDesk;
using namespace BatchDesk::Ui;

Q_DECLARE_METATYPE(BatchDesk::Ui::TravelerFormat)

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

// An 80-character label, as a planner might type one; and one with nowhere to break a line.
const QString kLongLabel = QStringLiteral("Northwind Schools District 7 refresh — iPad Air 5 64GB Wi-Fi, Lot A, pallet 3/12");
const QString kLongWord = QStringLiteral("NWD7REFRESH2026IPADAIR564GBWIFILOTAPALLET03OF12KITTINGBAY2ZONEEASTRACK14SHELF3BX");

void name(Niagara::Batch &batch, const QString &label, const QString &queueLabel, const QString &workOrderLabel)
{
    batch.label = label;
    batch.queue.label = queueLabel;
    batch.workOrder.label = workOrderLabel;
}

// Four batches in two queues:
//  B-1001, B-1003: work order 4471, due yesterday, 500 cycles needed, 140 complete: overdue;
//  B-1002: work order 4480, due in a month;
//  B-1004: work order 4490, due yesterday but its 50 cycles are complete: not overdue.
void fill(BatchStore &store)
{
    using TestSupport::BatchSpec;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    Niagara::Page<Niagara::Batch> page = TestSupport::makePage({
        BatchSpec{s("B-1001"), s("q-kitting"), s("wo-4471"), {40, 10, 0, 70, 0, 0}, 1, Niagara::StatusCategory::InProgress,
                  {s("u-ana"), s("u-jo")}},
        BatchSpec{s("B-1002"), s("q-kitting"), s("wo-4480"), {60, 0, 0, 0, 0, 0}, 2},
        BatchSpec{s("B-1003"), s("q-imaging"), s("wo-4471"), {10, 0, 0, 70, 0, 0}, 1, Niagara::StatusCategory::InProgress,
                  {s("u-ana")}},
        BatchSpec{s("B-1004"), s("q-imaging"), s("wo-4490"), {0, 0, 0, 50, 0, 0}, 2, Niagara::StatusCategory::Complete},
    });
    name(page.items[0], s("iPad Air 5 — Lot A"), s("Kitting bay 2"), s("WO-4471 Northwind iPad refresh"));
    name(page.items[1], s("Chromebook 3110 — Lot B"), s("Kitting bay 2"), s("WO-4480 Contoso Chromebooks"));
    name(page.items[2], s("iPad Air 5 — Lot C"), s("Imaging"), s("WO-4471 Northwind iPad refresh"));
    name(page.items[3], s("Surface Go 4 — Lot D"), s("Imaging"), s("WO-4490 Fabrikam Surface"));
    for (int i : {0, 2})
        page.items[i].workOrder.dueDate = kNow.addDays(-1);
    page.items[1].workOrder.dueDate = kNow.addDays(30);
    page.items[3].workOrder.dueDate = kNow.addDays(-1);
    page.items[3].workOrder.cycles[0].needed = 50;
    for (Niagara::User &user : page.items[0].assignedUsers)
        user.name = user.id == s("u-ana") ? s("Ana Lima") : s("Jo Park");
    page.items[2].assignedUsers[0].name = s("Ana Lima");
    store.beginLoad();
    store.ingest(page);
    store.endLoad();
}

QString formatKey(TravelerFormat format)
{
    return travelerFormatKey(format);
}

void addFormatRows()
{
    QTest::addColumn<TravelerFormat>("format");
    for (TravelerFormat format : kTravelerFormats)
        QTest::newRow(qPrintable(formatKey(format))) << format;
}

// The text of the one QR code in `image`; empty when none is found.
QString scanQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

// A poppler tool's path; the test fails (it does not skip) when poppler-utils is missing.
QString popplerTool(const char *tool)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(tool));
}

struct ProcessOutput
{
    bool ran = false;
    QString output;
};

ProcessOutput runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {false, QString::fromLocal8Bit(process.readAllStandardError())};
    return {true, QString::fromLocal8Bit(process.readAllStandardOutput())};
}

// "Pages:" and "Page size:" of pdfinfo.
struct PdfInfo
{
    int pages = -1;
    QSizeF pointSize;
};

PdfInfo pdfInfo(const QString &pdf)
{
    const ProcessOutput out = runTool(popplerTool("pdfinfo"), {pdf});
    PdfInfo info;
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral(R"(^Pages:\s+(\d+)\s*$)"),
                                                              QRegularExpression::MultilineOption).match(out.output);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral(R"(^Page size:\s+([\d.]+) x ([\d.]+) pts)"),
                                                             QRegularExpression::MultilineOption).match(out.output);
    if (size.hasMatch())
        info.pointSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

const TravelerTextBlock *blockOf(const QList<TravelerTextBlock> &blocks, TravelerTextRole role)
{
    for (const TravelerTextBlock &block : blocks) {
        if (block.role == role)
            return &block;
    }
    return nullptr;
}

} // namespace

class TestTraveler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!popplerTool("pdftoppm").isEmpty() && !popplerTool("pdfinfo").isEmpty(),
                 "pdftoppm and pdfinfo are needed (package poppler-utils, scripts/install-deps.sh)");
        fill(m_store);
        QCOMPARE(m_store.size(), 4);
    }

    void dataOfABatch()
    {
        const std::optional<TravelerData> t = travelerDataFor(m_store, QStringLiteral("B-1001"), kNow);
        QVERIFY(t);
        QCOMPARE(t->batchId, QStringLiteral("B-1001"));
        QCOMPARE(t->label, QStringLiteral("iPad Air 5 — Lot A"));
        QCOMPARE(t->workOrderId, QStringLiteral("wo-4471"));
        QCOMPARE(t->workOrderLabel, QStringLiteral("WO-4471 Northwind iPad refresh"));
        QCOMPARE(t->queueId, QStringLiteral("q-kitting"));
        QCOMPARE(t->queueLabel, QStringLiteral("Kitting bay 2"));
        QCOMPARE(t->numberCycles, 120);
        QCOMPARE(t->technicians, (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Jo Park")}));
        QCOMPARE(t->due, kNow.addDays(-1));
        QVERIFY(t->overdue);

        QVERIFY(!travelerDataFor(m_store, QStringLiteral("B-9999"), kNow));
        // Several at once: in the order asked, unknown ids left out.
        const QList<TravelerData> list = travelerDataFor(
            m_store, QStringList{QStringLiteral("B-1003"), QStringLiteral("B-9999"), QStringLiteral("B-1001")}, kNow);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).batchId, QStringLiteral("B-1003"));
        QCOMPARE(list.at(1).label, t->label);
        QCOMPARE(list.at(1).overdue, t->overdue);
    }

    void overdueAsTheBoardSaysIt()
    {
        BatchTreeModel board(&m_store);
        board.setCurrentTime(kNow);
        const QHash<QString, bool> expected{{QStringLiteral("B-1001"), true},
                                            {QStringLiteral("B-1002"), false},
                                            {QStringLiteral("B-1003"), true},
                                            {QStringLiteral("B-1004"), false}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const std::optional<TravelerData> t = travelerDataFor(m_store, it.key(), kNow);
            QVERIFY(t);
            QCOMPARE(t->overdue, it.value());
            const QModelIndex row = board.batchIndex(it.key());
            QVERIFY(row.isValid());
            QCOMPARE(t->overdue, row.data(BatchRoles::OverdueRole).toBool());
        }
        // A month later the second work order is overdue too.
        QVERIFY(travelerDataFor(m_store, QStringLiteral("B-1002"), kNow.addDays(31))->overdue);
    }

    void qrCodeModules()
    {
        const std::optional<QrCode> code = QrCode::encode(travelerPayload(QStringLiteral("B-1001")).toUtf8());
        QVERIFY(code);
        QCOMPARE(code->size(), 21); // version 1 holds 12 bytes at level M
        // The three finder patterns' corners are dark; outside the symbol nothing is.
        QVERIFY(code->isDark(0, 0) && code->isDark(20, 0) && code->isDark(0, 20));
        QVERIFY(!code->isDark(-1, 0) && !code->isDark(21, 21));
        QVERIFY(!QrCode::encode(QByteArray()));
        QVERIFY(!QrCode::encode(QByteArray("BATCH-\0x", 8)));
    }

    // Painted at a fractional place through a scaled painter: every module still covers whole
    // pixels (no grey anywhere), and the code scans.
    void qrCodeIsCrisp()
    {
        const std::optional<QrCode> code = QrCode::encode(QByteArrayLiteral("BATCH-B-1001"));
        QVERIFY(code);
        QImage image(400, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(1.5, 1.5);
            code->paint(painter, QRectF(7.3, 5.9, 241.7, 239.2));
        }
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int gray = qGray(image.pixel(x, y));
                QVERIFY2(gray == 0 || gray == 255, qPrintable(QStringLiteral("grey %1 at %2,%3").arg(gray).arg(x).arg(y)));
            }
        }
        // Every module the same whole number of pixels: the finder pattern's top edge is 7
        // modules, and the timing pattern (row 6, modules 8 to 12) alternates exactly on them.
        // 241.7 × 1.5 device pixels for 21 + 8 modules: 12 whole pixels each (12.5 unaligned).
        QPoint corner(-1, -1);
        for (int y = 0; y < image.height() && corner.x() < 0; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) == 0) {
                    corner = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(corner.x() >= 0);
        int edge = 0;
        while (qGray(image.pixel(corner.x() + edge, corner.y())) == 0)
            ++edge;
        QCOMPARE(edge, 7 * 12);
        const int timingY = corner.y() + 6 * 12 + 6;
        for (int module = 8; module <= 12; ++module) {
            for (int x = corner.x() + module * 12; x < corner.x() + (module + 1) * 12; ++x)
                QCOMPARE(qGray(image.pixel(x, timingY)) == 0, module % 2 == 0);
        }
        QCOMPARE(scanQr(image), QStringLiteral("BATCH-B-1001"));
    }

    void imageScansToItsBatch_data() { addFormatRows(); }
    void imageScansToItsBatch()
    {
        QFETCH(TravelerFormat, format);
        for (const QString &id : {QStringLiteral("B-1001"), QStringLiteral("B-1002")}) {
            const std::optional<TravelerData> t = travelerDataFor(m_store, id, kNow);
            QVERIFY(t);
            const QImage image = renderTraveler(*t, format, 150);
            QCOMPARE(image.size(), travelerPageLayout(format).fullRectPixels(150).size());
            const QString text = scanQr(image);
            QCOMPARE(text, travelerPayload(id));
            const std::optional<QString> scannedId = batchIdFromTravelerPayload(text);
            QVERIFY(scannedId);
            QCOMPARE(*scannedId, id);
            QVERIFY(m_store.batch(*scannedId));
            // For people to look at: the overdue one, and the long label on the same page.
            if (id == QStringLiteral("B-1001")) {
                const QString dir = QCoreApplication::applicationDirPath();
                QVERIFY(image.save(dir + QStringLiteral("/traveler-%1.png").arg(formatKey(format))));
                TravelerData long_ = *t;
                long_.label = kLongLabel;
                long_.technicians = {QStringLiteral("Ana Lima"), QStringLiteral("Jo Park"), QStringLiteral("Mei Chen"),
                                     QStringLiteral("Oskar Nowak"), QStringLiteral("Fatima Al-Sayed")};
                const QImage longImage = renderTraveler(long_, format, 150);
                QCOMPARE(scanQr(longImage), travelerPayload(id));
                QVERIFY(longImage.save(dir + QStringLiteral("/traveler-%1-long.png").arg(formatKey(format))));
            }
        }
    }

    // The real PDF, rasterized by poppler as a printer driver would, scanned page by page.
    void pdfScansBackPageByPage_data() { addFormatRows(); }
    void pdfScansBackPageByPage()
    {
        QFETCH(TravelerFormat, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<TravelerData> travelers
            = travelerDataFor(m_store, QStringList{QStringLiteral("B-1003"), QStringLiteral("B-1001")}, kNow);
        QCOMPARE(travelers.size(), 2);
        const QString pdf = dir.filePath(QStringLiteral("travelers.pdf"));
        QCOMPARE(writeTravelersPdf(pdf, travelers, format), QString());

        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, 2);
        const QSizeF points = travelerPageLayout(format).fullRect(QPageLayout::Point).size();
        QVERIFY2(qAbs(info.pointSize.width() - points.width()) < 1 && qAbs(info.pointSize.height() - points.height()) < 1,
                 qPrintable(QStringLiteral("page size %1 x %2 pt").arg(info.pointSize.width()).arg(info.pointSize.height())));

        const ProcessOutput raster = runTool(popplerTool("pdftoppm"),
                                             {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                                              QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY2(raster.ran, qPrintable(raster.output));
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 2);
        QStringList ids;
        for (const QString &file : pages) {
            const QImage page(dir.filePath(file));
            QVERIFY(!page.isNull());
            const std::optional<QString> id = batchIdFromTravelerPayload(scanQr(page));
            QVERIFY2(id, qPrintable(file));
            QVERIFY(m_store.batch(*id));
            ids << *id;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("B-1003"), QStringLiteral("B-1001")}));
    }

    // The print path (what Print… sends to a printer), through QPrinter's own PDF output.
    void printedThroughQPrinter_data() { addFormatRows(); }
    void printedThroughQPrinter()
    {
        QFETCH(TravelerFormat, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QVERIFY(printer.setPageLayout(travelerPageLayout(format)));
        printTravelers(&printer, travelerDataFor(m_store, QStringList{QStringLiteral("B-1002"), QStringLiteral("B-1004")}, kNow),
                       format);
        QCOMPARE(pdfInfo(pdf).pages, 2);
        const ProcessOutput raster = runTool(popplerTool("pdftoppm"),
                                             {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                                              QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY2(raster.ran, qPrintable(raster.output));
        QStringList codes;
        for (const QString &file : QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name))
            codes << scanQr(QImage(dir.filePath(file)));
        QCOMPARE(codes, (QStringList{travelerPayload(QStringLiteral("B-1002")), travelerPayload(QStringLiteral("B-1004"))}));
    }

    void pdfThatCannotBeWritten()
    {
        const QList<TravelerData> travelers = travelerDataFor(m_store, QStringList{QStringLiteral("B-1001")}, kNow);
        const QString reason = writeTravelersPdf(QStringLiteral("/nonexistent-dir/x/travelers.pdf"), travelers, TravelerFormat::A4);
        QVERIFY(reason.contains(QStringLiteral("travelers.pdf")));
        QVERIFY(!writeTravelersPdf(QDir::temp().filePath(QStringLiteral("none.pdf")), {}, TravelerFormat::A4).isEmpty());
    }

    // Long labels shrink and wrap, and every character stays inside the page, at every format.
    void longTextKeptWhole_data()
    {
        QTest::addColumn<TravelerFormat>("format");
        QTest::addColumn<QString>("label");
        for (TravelerFormat format : kTravelerFormats) {
            QTest::newRow(qPrintable(formatKey(format) + QStringLiteral(", words"))) << format << kLongLabel;
            QTest::newRow(qPrintable(formatKey(format) + QStringLiteral(", one word"))) << format << kLongWord;
        }
    }
    void longTextKeptWhole()
    {
        QFETCH(TravelerFormat, format);
        QFETCH(QString, label);
        QCOMPARE(label.size(), 80);
        TravelerData t = *travelerDataFor(m_store, QStringLiteral("B-1001"), kNow);
        t.label = label;
        t.workOrderLabel = label;
        t.queueLabel = label;
        t.technicians = QStringList(8, QStringLiteral("Maximiliane Oberholzer-Wittgenstein"));
        const int dpi = 150;
        const QPageLayout layout = travelerPageLayout(format);
        const QRectF page(layout.paintRectPixels(dpi));
        QImage device = renderTraveler(t, format, dpi);
        const QList<TravelerTextBlock> blocks = travelerTextBlocks(page, t, format, &device);
        QCOMPARE(blocks.size(), 7); // label, payload, five fields
        for (const TravelerTextBlock &block : blocks) {
            const QString what = QStringLiteral("block %1: %2").arg(static_cast<int>(block.role)).arg(block.text);
            QCOMPARE(block.charactersLaidOut, block.text.size());
            QVERIFY2(page.contains(block.textRect), qPrintable(what));
            QVERIFY2(block.box.adjusted(-1, -1, 1, 1).contains(block.textRect), qPrintable(what));
        }
        const TravelerTextBlock *labelBlock = blockOf(blocks, TravelerTextRole::Label);
        QVERIFY(labelBlock);
        QCOMPARE(labelBlock->text, label);
        QVERIFY(labelBlock->lines >= 2);
        // Wrapped between words when there are words; a single word breaks anywhere.
        QCOMPARE(labelBlock->wrapsAnywhere, !label.contains(QLatin1Char(' ')));
        // Still type a person reads from a metre away: at least 3 mm.
        const double mm = labelBlock->font.pixelSize() * 25.4 / dpi;
        QVERIFY2(mm >= 3.0, qPrintable(QString::number(mm)));
        QVERIFY(!scanQr(device).isEmpty());
    }

    // A short label is the biggest type on the traveler; remote text is shown literally.
    void hierarchyAndPlainText_data() { addFormatRows(); }
    void hierarchyAndPlainText()
    {
        QFETCH(TravelerFormat, format);
        TravelerData t = *travelerDataFor(m_store, QStringLiteral("B-1002"), kNow);
        const QString hostile = QStringLiteral("<b>Lot</b> &amp;\n<img src=\"x\">");
        t.queueLabel = hostile;
        const QRectF area(travelerPageLayout(format).paintRectPixels(150));
        const QList<TravelerTextBlock> blocks = travelerTextBlocks(area, t, format);
        const TravelerTextBlock *label = blockOf(blocks, TravelerTextRole::Label);
        QVERIFY(label);
        QCOMPARE(label->text, QStringLiteral("Chromebook 3110 — Lot B"));
        for (const TravelerTextBlock &block : blocks) {
            if (block.role != TravelerTextRole::Label)
                QVERIFY(label->font.pixelSize() > block.font.pixelSize());
        }
        // Markup stays characters; the line break becomes a space.
        QCOMPARE(blockOf(blocks, TravelerTextRole::Queue)->text, QStringLiteral("<b>Lot</b> &amp; <img src=\"x\">"));
        QCOMPARE(blockOf(blocks, TravelerTextRole::Technicians)->text, QStringLiteral("Unassigned"));
        QCOMPARE(blockOf(blocks, TravelerTextRole::Payload)->text, QStringLiteral("BATCH-B-1002"));
    }

    void pageSizes()
    {
        const QPageLayout label = travelerPageLayout(TravelerFormat::Label4x6);
        const QSizeF labelMm = label.fullRect(QPageLayout::Millimeter).size();
        QVERIFY2(qAbs(labelMm.width() - 101.6) < 0.01 && qAbs(labelMm.height() - 152.4) < 0.01,
                 qPrintable(QStringLiteral("%1 x %2 mm").arg(labelMm.width()).arg(labelMm.height())));
        QCOMPARE(label.orientation(), QPageLayout::Portrait);
        QCOMPARE(renderTraveler(TravelerData(), TravelerFormat::Label4x6, 300).size(), QSize(1200, 1800));
        const QSizeF a4 = travelerPageLayout(TravelerFormat::A4).fullRect(QPageLayout::Millimeter).size();
        QVERIFY(qAbs(a4.width() - 210) < 0.01 && qAbs(a4.height() - 297) < 0.01);
        const QSizeF letter = travelerPageLayout(TravelerFormat::Letter).fullRect(QPageLayout::Millimeter).size();
        QVERIFY(qAbs(letter.width() - 215.9) < 0.01 && qAbs(letter.height() - 279.4) < 0.01);
    }

    void defaultFormat_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<TravelerFormat>("format");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << TravelerFormat::Letter;
        QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada) << TravelerFormat::Letter;
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << TravelerFormat::Letter;
        QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << TravelerFormat::Letter;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << TravelerFormat::A4;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << TravelerFormat::A4;
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << TravelerFormat::A4;
        QTest::newRow("C") << QLocale::c() << TravelerFormat::A4;
    }
    void defaultFormat()
    {
        QFETCH(QLocale, locale);
        QFETCH(TravelerFormat, format);
        QCOMPARE(defaultTravelerFormat(locale), format);
    }

    void dialogRemembersFormatAndSaves()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QList<TravelerData> travelers = travelerDataFor(
            m_store, QStringList{QStringLiteral("B-1001"), QStringLiteral("B-1002"), QStringLiteral("B-1004")}, kNow);
        {
            // Nothing saved: the locale's sheet.
            TravelerDialog dialog(travelers, &settings, nullptr);
            QCOMPARE(dialog.formatCombo()->count(), 3);
            QCOMPARE(dialog.formatCombo()->currentData().toInt(), static_cast<int>(defaultTravelerFormat(QLocale())));
            dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(static_cast<int>(TravelerFormat::Label4x6)));
            QCOMPARE(settings.value(QStringLiteral("travelers/format")).toString(), QStringLiteral("Label4x6"));
            bool counted = false;
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                counted = counted || label->text().contains(QStringLiteral("Travelers for 3 batch"));
            QVERIFY(counted);
            QCOMPARE(dialog.suggestedPdfName(), QStringLiteral("travelers-iPad-Air-5-—-Lot-A.pdf"));
        }
        TravelerDialog dialog(travelers, &settings, nullptr);
        QCOMPARE(static_cast<TravelerFormat>(dialog.formatCombo()->currentData().toInt()), TravelerFormat::Label4x6);
        const QString pdf = dir.filePath(QStringLiteral("saved.pdf"));
        QCOMPARE(dialog.savePdf(pdf), QString());
        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, 3);
        QVERIFY(qAbs(info.pointSize.width() - 288) < 1 && qAbs(info.pointSize.height() - 432) < 1);
        QVERIFY(!dialog.savePdf(dir.filePath(QStringLiteral("missing/saved.pdf"))).isEmpty());
        // Texts are set again on a language change (none of them may go blank).
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Print travelers"));
        QCOMPARE(dialog.formatCombo()->currentText(), travelerFormatName(TravelerFormat::Label4x6));
    }

private:
    BatchStore m_store;
};

QTEST_MAIN(TestTraveler)
#include "tst_traveler.moc"
