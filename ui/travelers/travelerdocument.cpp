#include "ui/travelers/travelerdocument.h"

#include "models/displaytext.h"
#include "models/travelers/travelerpayload.h"
#include "ui/travelers/qrcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace BatchDesk::Ui {

namespace {

constexpr int kTravelerPdfDpi = 300;

// Sizes of one format, in millimetres of the printed page.
struct TravelerStyle
{
    double headerMm;     // the band with the title
    double headerTextMm; // its type
    double gapMm;
    double qrMm;         // the code's square, quiet zone included
    double payloadMm;    // the line under the code (what the code holds, for typing it in)
    double captionMm;    // field captions
    double labelMaxMm;   // the batch label, at most
    double valueMaxMm;   // field values, at most
    double padMm;        // inside a field's cell
    double ruleMm;       // the heavy rules
    double hairMm;       // cell borders
    double footerMm;     // 0: none
    QList<double> rowMm; // the grid's rows; empty: the rows share what is left of the page
    bool notes;          // a ruled notes box under the grid
    bool thermal;        // black only: a thermal printer dithers grey into dots
    // The label across the whole width above the fields, the code in the bottom corner (a
    // narrow label has no room for big type beside the code); else the label beside the code
    // in the top corner.
    bool labelOnTop;
    double labelBoxMm;   // the label's height when on top
};

TravelerStyle travelerStyleOf(TravelerFormat format)
{
    if (format == TravelerFormat::Label4x6) {
        // Read at arm's length on a box on a shelf: big type, big code, no notes.
        return {7.0, 3.0, 2.0, 42.0, 4.0, 2.4, 12.0, 6.5, 1.6, 0.7, 0.35, 0.0, {}, false, true, true, 26.0};
    }
    return {10.0, 4.2, 4.0, 60.0, 6.0, 3.0, 17.0, 8.5, 2.5, 0.8, 0.3, 7.0, {24.0, 24.0, 28.0}, true, false, false, 0.0};
}

struct TravelerCellSpec
{
    TravelerTextRole role;
    double share; // of the page's width
};

// The field grid under the label, row by row. The sheet pairs the fields; the narrow label
// gives each its own row and puts cycles and due beside the code (travelerGeometryOf).
QList<QList<TravelerCellSpec>> travelerRowsOf(TravelerFormat format)
{
    using R = TravelerTextRole;
    if (format == TravelerFormat::Label4x6)
        return {{{R::WorkOrder, 1.0}}, {{R::Queue, 1.0}}, {{R::Technicians, 1.0}}};
    return {{{R::WorkOrder, 0.5}, {R::Queue, 0.5}}, {{R::Cycles, 0.5}, {R::Due, 0.5}}, {{R::Technicians, 1.0}}};
}

struct TravelerCell
{
    TravelerTextRole role;
    int group; // cells of one group (a row) show their values at one size: a tidy row
    QRectF rect;
    QRectF caption;
    QRectF value;
};

struct TravelerGeometry
{
    TravelerStyle style;
    double mm = 1; // device units per millimetre
    QRectF header, labelCaption, label, qr, payload, notes, footer;
    double ruleY = 0;
    QList<TravelerCell> cells;
};

TravelerCell travelerCellAt(const TravelerStyle &s, double mm, TravelerTextRole role, int group, const QRectF &rect)
{
    const double pad = s.padMm * mm;
    TravelerCell cell{role, group, rect, {}, {}};
    cell.caption = QRectF(rect.left() + pad, rect.top() + pad * 0.8, rect.width() - 2 * pad, s.captionMm * mm * 1.4);
    const double valueTop = cell.caption.bottom() + pad * 0.5;
    cell.value = QRectF(rect.left() + pad, valueTop, rect.width() - 2 * pad, rect.bottom() - pad - valueTop);
    return cell;
}

TravelerGeometry travelerGeometryOf(const QRectF &page, TravelerFormat format)
{
    TravelerGeometry g{travelerStyleOf(format), 1, {}, {}, {}, {}, {}, {}, {}, 0, {}};
    const TravelerStyle &s = g.style;
    // A printer may hand a slightly different printable area than the layout asked for: sizes
    // follow the smaller of the two scales, and the full width and height are still used.
    const QSizeF contentMm = travelerPageLayout(format).paintRect(QPageLayout::Millimeter).size();
    const double mm = std::min(page.width() / contentMm.width(), page.height() / contentMm.height());
    g.mm = mm;
    const double gap = s.gapMm * mm;
    const double qr = s.qrMm * mm;
    const double payload = s.payloadMm * mm;
    const double captionHeight = s.captionMm * mm * 1.7;

    g.header = QRectF(page.left(), page.top(), page.width(), s.headerMm * mm);
    const double top = g.header.bottom() + gap;
    double bottom = page.bottom(); // of the grid
    if (s.labelOnTop) {
        g.labelCaption = QRectF(page.left(), top, page.width(), captionHeight);
        g.label = QRectF(page.left(), g.labelCaption.bottom(), page.width(), s.labelBoxMm * mm);
        g.ruleY = g.label.bottom() + gap;
        // The code in the bottom right corner, cycles and due stacked beside it.
        g.payload = QRectF(page.right() - qr, page.bottom() - payload, qr, payload);
        g.qr = QRectF(g.payload.left(), g.payload.top() - qr, qr, qr);
        bottom = g.qr.top();
        const double half = (page.bottom() - bottom) / 2;
        const double width = page.width() - qr - gap;
        g.cells << travelerCellAt(s, mm, TravelerTextRole::Cycles, 100, QRectF(page.left(), bottom, width, half));
        g.cells << travelerCellAt(s, mm, TravelerTextRole::Due, 100, QRectF(page.left(), bottom + half, width, half));
    } else {
        g.qr = QRectF(page.right() - qr, top, qr, qr);
        g.payload = QRectF(g.qr.left(), g.qr.bottom(), qr, payload);
        const double labelWidth = page.width() - qr - gap;
        g.labelCaption = QRectF(page.left(), top, labelWidth, captionHeight);
        g.label = QRectF(page.left(), g.labelCaption.bottom(), labelWidth, g.payload.bottom() - g.labelCaption.bottom());
        g.ruleY = g.payload.bottom() + gap;
        const double footer = s.footerMm * mm;
        if (footer > 0)
            g.footer = QRectF(page.left(), page.bottom() - footer, page.width(), footer);
        bottom = page.bottom() - footer;
    }

    double y = g.ruleY + gap;
    const QList<QList<TravelerCellSpec>> rows = travelerRowsOf(format);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double height = s.rowMm.isEmpty() ? (bottom - y) / static_cast<double>(rows.size() - r)
                                                : s.rowMm.value(r, s.rowMm.last()) * mm;
        double x = page.left();
        for (const TravelerCellSpec &spec : rows.at(r)) {
            g.cells << travelerCellAt(s, mm, spec.role, static_cast<int>(r), QRectF(x, y, spec.share * page.width(), height));
            x += spec.share * page.width();
        }
        y += height;
    }
    if (s.notes && bottom - y > 20 * mm)
        g.notes = QRectF(page.left(), y + gap, page.width(), bottom - gap - (y + gap));
    return g;
}

QFont travelerFontOf(double pixels, QFont::Weight weight, bool mono = false)
{
    // DejaVu (fonts-dejavu-core, an install dependency) has every Latin, Greek and Cyrillic
    // letter a label may hold; the style hint finds another font where it is missing.
    QFont font(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    font.setStyleHint(mono ? QFont::TypeWriter : QFont::SansSerif);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setWeight(weight);
    return font;
}

// Server text as it is painted: one line (line breaks and controls neutralised), whole.
QString travelerPlainOf(const QString &text)
{
    return DisplayText::singleLine(text).trimmed();
}

QString travelerCaptionOf(TravelerTextRole role)
{
    switch (role) {
    //: Caption above the batch's label on a printed traveler.
    case TravelerTextRole::Label: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Batch");
    case TravelerTextRole::WorkOrder: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Work order");
    case TravelerTextRole::Queue: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Queue");
    //: Caption of the number of cycles (units) in the batch on a printed traveler.
    case TravelerTextRole::Cycles: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Cycles");
    //: Caption of the work order's due date on a printed traveler.
    case TravelerTextRole::Due: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Due");
    case TravelerTextRole::Technicians: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Technicians");
    case TravelerTextRole::Payload: break;
    }
    return {};
}

QString travelerTextOf(TravelerTextRole role, const TravelerData &t)
{
    const QString none = QStringLiteral("\u2014");
    auto labelOr = [&](const QString &label, const QString &id) {
        const QString plain = travelerPlainOf(label);
        if (!plain.isEmpty())
            return plain;
        return id.isEmpty() ? none : travelerPlainOf(id);
    };
    switch (role) {
    case TravelerTextRole::Label: return labelOr(t.label, t.batchId);
    case TravelerTextRole::Payload: return travelerPlainOf(travelerPayload(t.batchId));
    case TravelerTextRole::WorkOrder: return labelOr(t.workOrderLabel, t.workOrderId);
    case TravelerTextRole::Queue: return labelOr(t.queueLabel, t.queueId);
    case TravelerTextRole::Cycles: return QLocale().toString(t.numberCycles);
    case TravelerTextRole::Due:
        if (!t.due.isValid())
            return QCoreApplication::translate("BatchDesk::Ui::Traveler", "No due date");
        return QLocale().toString(t.due.toLocalTime().date(), QLocale::ShortFormat);
    case TravelerTextRole::Technicians: {
        QStringList names;
        for (const QString &name : t.technicians) {
            const QString plain = travelerPlainOf(name);
            if (!plain.isEmpty())
                names << DisplayText::isolated(plain); // a right-to-left name cannot reorder its neighbours
        }
        //: On a printed traveler: the batch has no technicians.
        return names.isEmpty() ? QCoreApplication::translate("BatchDesk::Ui::Traveler", "Unassigned")
                               : names.join(QStringLiteral(", "));
    }
    }
    return {};
}

Qt::Alignment travelerAlignmentOf(TravelerTextRole role)
{
    return role == TravelerTextRole::Payload ? Qt::AlignHCenter : Qt::AlignLeft;
}

struct TravelerMeasure
{
    QRectF bounds; // relative to the box's top left
    qsizetype characters = 0;
    int lines = 0;
};

TravelerMeasure travelerLayOut(QTextLayout &layout, double width, QTextOption::WrapMode wrap, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(wrap);
    layout.setTextOption(option);
    TravelerMeasure m;
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m.bounds |= line.naturalTextRect();
        m.bounds |= QRectF(line.position(), QSizeF(0, line.height()));
        m.characters += line.textLength();
        ++m.lines;
    }
    layout.endLayout();
    return m;
}

// The largest size up to `maxPixels` at which `text` fits `box`, wrapped between words when
// that still gives a readable size, else anywhere. Never cut: text that does not fit even at
// one pixel is laid out at one pixel anyway.
TravelerTextBlock travelerFit(TravelerTextRole role, const QString &text, const QFont &base, const QRectF &box,
                              double maxPixels, QPaintDevice *device)
{
    const Qt::Alignment alignment = travelerAlignmentOf(role);
    auto measureAt = [&](int pixels, QTextOption::WrapMode wrap) {
        QFont font = base;
        font.setPixelSize(pixels);
        QTextLayout layout(text, font, device);
        return std::pair(font, travelerLayOut(layout, box.width(), wrap, alignment));
    };
    // Half a device unit of slack: metrics are fractional, boxes are not.
    auto fits = [&](const TravelerMeasure &m) {
        return m.bounds.width() <= box.width() + 0.5 && m.bounds.height() <= box.height() + 0.5;
    };
    auto largest = [&](QTextOption::WrapMode wrap) {
        int low = 1;
        int high = std::max(1, static_cast<int>(std::floor(maxPixels)));
        int best = 0;
        while (low <= high) {
            const int mid = low + (high - low) / 2;
            if (fits(measureAt(mid, wrap).second)) {
                best = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    };
    const int words = largest(QTextOption::WordWrap);
    const int anywhere = largest(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Breaking inside a word costs readability; it is worth it only when keeping words whole
    // would make the text much smaller (one long serial-number-like word).
    const bool breakWords = words == 0 || words < anywhere * 0.6;
    const QTextOption::WrapMode wrap = breakWords ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap;
    const auto [font, m] = measureAt(std::max(1, breakWords ? anywhere : words), wrap);
    TravelerTextBlock block;
    block.role = role;
    block.text = text;
    block.font = font;
    block.box = box;
    block.textRect = m.bounds.translated(box.topLeft());
    block.charactersLaidOut = m.characters;
    block.lines = m.lines;
    block.wrapsAnywhere = breakWords;
    return block;
}

QList<TravelerTextBlock> travelerBlocksOf(const TravelerGeometry &g, const TravelerData &t, QPaintDevice *device)
{
    const double mm = g.mm;
    QList<TravelerTextBlock> blocks;
    blocks << travelerFit(TravelerTextRole::Label, travelerTextOf(TravelerTextRole::Label, t),
                          travelerFontOf(g.style.labelMaxMm * mm, QFont::Bold), g.label, g.style.labelMaxMm * mm, device);
    blocks << travelerFit(TravelerTextRole::Payload, travelerTextOf(TravelerTextRole::Payload, t),
                          travelerFontOf(g.payload.height() * 0.5, QFont::Normal, true), g.payload, g.payload.height() * 0.5,
                          device);
    auto fitCell = [&](const TravelerCell &cell, double maxPixels) {
        const bool unassigned = cell.role == TravelerTextRole::Technicians && t.technicians.isEmpty();
        QFont font = travelerFontOf(maxPixels, unassigned ? QFont::Normal : QFont::DemiBold);
        font.setItalic(unassigned);
        return travelerFit(cell.role, travelerTextOf(cell.role, t), font, cell.value, maxPixels, device);
    };
    // Each value as large as its cell allows, then the cells of a group at the smallest of
    // their sizes: values side by side in different sizes look like a mistake.
    QHash<int, int> groupPixels;
    QList<TravelerTextBlock> values;
    for (const TravelerCell &cell : g.cells) {
        values << fitCell(cell, g.style.valueMaxMm * mm);
        const int pixels = values.last().font.pixelSize();
        groupPixels.insert(cell.group, std::min(pixels, groupPixels.value(cell.group, pixels)));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const TravelerCell &cell = g.cells.at(i);
        if (values.at(i).font.pixelSize() > groupPixels.value(cell.group))
            values[i] = fitCell(cell, groupPixels.value(cell.group));
    }
    return blocks << values;
}

void travelerDrawBlock(QPainter &painter, const TravelerTextBlock &block)
{
    QTextLayout layout(block.text, block.font, painter.device());
    travelerLayOut(layout, block.box.width(),
                   block.wrapsAnywhere ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap,
                   travelerAlignmentOf(block.role));
    layout.draw(&painter, block.box.topLeft());
}

// One line of our own text (a caption, the title): made smaller when a translation is longer
// than the room, never cut.
void travelerDrawLine(QPainter &painter, const QRectF &box, QFont font, const QString &text, Qt::Alignment alignment,
                      const QColor &colour)
{
    const double width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
    if (width > box.width() && box.width() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::floor(font.pixelSize() * box.width() / width))));
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(box, alignment.toInt() | Qt::TextSingleLine, text);
}

QFont travelerCaptionFontOf(double pixels, QFont::Weight weight = QFont::Bold)
{
    // Small capitals with a little air between them: read as labels of a form, not as data.
    QFont font = travelerFontOf(pixels, weight);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

} // namespace

QString travelerFormatName(TravelerFormat format)
{
    switch (format) {
    case TravelerFormat::A4: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "A4 sheet");
    case TravelerFormat::Letter: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "Letter sheet");
    //: Paper format: a 4 by 6 inch label for a thermal label printer.
    case TravelerFormat::Label4x6: return QCoreApplication::translate("BatchDesk::Ui::Traveler", "4 × 6 in label (thermal printer)");
    }
    return {};
}

QString travelerFormatKey(TravelerFormat format)
{
    switch (format) {
    case TravelerFormat::A4: return QStringLiteral("A4");
    case TravelerFormat::Letter: return QStringLiteral("Letter");
    case TravelerFormat::Label4x6: return QStringLiteral("Label4x6");
    }
    return {};
}

std::optional<TravelerFormat> travelerFormatFromKey(const QString &key)
{
    for (TravelerFormat format : kTravelerFormats) {
        if (travelerFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QPageLayout travelerPageLayout(TravelerFormat format)
{
    switch (format) {
    case TravelerFormat::A4:
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    case TravelerFormat::Letter:
        return QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    case TravelerFormat::Label4x6:
        break;
    }
    // Qt has no id for 4 × 6 in; label printers' drivers match the size, not a name. Thermal
    // heads print to a few millimetres of the edge.
    return QPageLayout(QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("4 x 6 in"), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
}

TravelerFormat defaultTravelerFormat(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return TravelerFormat::Letter;
    // Countries that measure in metric but print on Letter (CLDR's paper size data): going by
    // the measurement system alone would give A4 in Canada and Mexico.
    static constexpr QLocale::Territory kLetterTerritories[] = {
        QLocale::Belize,    QLocale::Canada,    QLocale::Chile,       QLocale::Colombia,   QLocale::CostaRica,
        QLocale::ElSalvador, QLocale::Guatemala, QLocale::Mexico,     QLocale::Nicaragua,  QLocale::Panama,
        QLocale::Philippines, QLocale::PuertoRico, QLocale::UnitedStates, QLocale::Venezuela};
    const QLocale::Territory territory = locale.territory();
    return std::find(std::begin(kLetterTerritories), std::end(kLetterTerritories), territory) != std::end(kLetterTerritories)
               ? TravelerFormat::Letter
               : TravelerFormat::A4;
}

QList<TravelerTextBlock> travelerTextBlocks(const QRectF &page, const TravelerData &traveler, TravelerFormat format,
                                            QPaintDevice *device)
{
    return travelerBlocksOf(travelerGeometryOf(page, format), traveler, device);
}

void paintTraveler(QPainter &painter, const QRectF &page, const TravelerData &traveler, TravelerFormat format)
{
    const TravelerGeometry g = travelerGeometryOf(page, format);
    const QList<TravelerTextBlock> blocks = travelerBlocksOf(g, traveler, painter.device());
    const double mm = g.mm;
    const QColor ink(Qt::black);
    const QColor paper(Qt::white);
    // Captions a step lighter than the data on sheets; a thermal label is black or nothing.
    const QColor muted = g.style.thermal ? ink : QColor(0x44, 0x44, 0x44);
    const double rule = g.style.ruleMm * mm;
    auto blockOf = [&](TravelerTextRole role) {
        return *std::find_if(blocks.cbegin(), blocks.cend(), [role](const TravelerTextBlock &b) { return b.role == role; });
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Title band.
    const QRectF titleBox = g.header.adjusted(0, 0, -g.header.width() * 0.3, -rule);
    //: Title of a printed batch traveler (the sheet that goes on a box of devices).
    travelerDrawLine(painter, titleBox, travelerCaptionFontOf(g.style.headerTextMm * mm),
                     QCoreApplication::translate("BatchDesk::Ui::Traveler", "Batch traveler"), Qt::AlignLeft | Qt::AlignVCenter, ink);
    travelerDrawLine(painter, QRectF(titleBox.right(), g.header.top(), g.header.width() * 0.3, titleBox.height()),
                     travelerFontOf(g.style.captionMm * mm, QFont::Normal), QStringLiteral("BatchDesk"),
                     Qt::AlignRight | Qt::AlignVCenter, muted);
    painter.fillRect(QRectF(page.left(), g.header.bottom() - rule, page.width(), rule), ink);

    // The label, big, beside the code.
    travelerDrawLine(painter, g.labelCaption, travelerCaptionFontOf(g.style.captionMm * mm),
                     travelerCaptionOf(TravelerTextRole::Label), Qt::AlignLeft | Qt::AlignTop, muted);
    painter.setPen(ink);
    travelerDrawBlock(painter, blockOf(TravelerTextRole::Label));
    if (const std::optional<QrCode> code = QrCode::encode(travelerPayload(traveler.batchId).toUtf8()))
        code->paint(painter, g.qr);
    painter.setPen(ink);
    travelerDrawBlock(painter, blockOf(TravelerTextRole::Payload));
    painter.fillRect(QRectF(page.left(), g.ruleY - rule / 2, page.width(), rule), ink);

    // The fields, a form's grid. An overdue date is printed white on black: it stands out on
    // any printer, colour or not, and from across the floor.
    for (const TravelerCell &cell : g.cells) {
        const bool alarm = cell.role == TravelerTextRole::Due && traveler.overdue;
        if (alarm)
            painter.fillRect(cell.rect, ink);
        painter.setPen(QPen(ink, g.style.hairMm * mm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.rect);
        QRectF captionBox = cell.caption;
        if (alarm) {
            captionBox.setRight(cell.caption.center().x());
            //: Mark on a printed traveler: the work order is past its due date with cycles still to do.
            travelerDrawLine(painter, QRectF(captionBox.right(), cell.caption.top(), cell.caption.width() / 2, cell.caption.height()),
                             travelerCaptionFontOf(g.style.captionMm * mm * 1.15, QFont::Black),
                             QCoreApplication::translate("BatchDesk::Ui::Traveler", "Overdue"),
                             Qt::AlignRight | Qt::AlignVCenter, paper);
        }
        travelerDrawLine(painter, captionBox, travelerCaptionFontOf(g.style.captionMm * mm), travelerCaptionOf(cell.role),
                         Qt::AlignLeft | Qt::AlignVCenter, alarm ? paper : muted);
        painter.setPen(alarm ? paper : ink);
        travelerDrawBlock(painter, blockOf(cell.role));
    }

    // Room to write on a sheet: rework, a short count, who checked it.
    if (!g.notes.isEmpty()) {
        const QRectF caption(g.notes.left(), g.notes.top(), g.notes.width(), g.style.captionMm * mm * 1.7);
        travelerDrawLine(painter, caption, travelerCaptionFontOf(g.style.captionMm * mm),
                         QCoreApplication::translate("BatchDesk::Ui::Traveler", "Notes"), Qt::AlignLeft | Qt::AlignTop, muted);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), g.style.hairMm * mm));
        for (double y = caption.bottom() + 8 * mm; y < g.notes.bottom(); y += 8 * mm)
            painter.drawLine(QPointF(g.notes.left(), y), QPointF(g.notes.right(), y));
    }
    if (!g.footer.isEmpty()) {
        painter.fillRect(QRectF(page.left(), g.footer.top(), page.width(), g.style.hairMm * mm), muted);
        travelerDrawLine(painter, g.footer, travelerFontOf(g.style.captionMm * mm * 0.95, QFont::Normal),
                         QCoreApplication::translate("BatchDesk::Ui::Traveler", "Scan the code to open this batch in BatchDesk."),
                         Qt::AlignLeft | Qt::AlignVCenter, muted);
    }
    painter.restore();
}

QString writeTravelersPdf(const QString &path, const QList<TravelerData> &travelers, TravelerFormat format)
{
    if (travelers.isEmpty())
        return QCoreApplication::translate("BatchDesk::Ui::Traveler", "There are no batches to print travelers for.");
    QPdfWriter writer(path);
    writer.setResolution(kTravelerPdfDpi);
    writer.setPageLayout(travelerPageLayout(format));
    writer.setTitle(QCoreApplication::translate("BatchDesk::Ui::Traveler", "Batch travelers"));
    writer.setCreator(QStringLiteral("BatchDesk"));
    const QString failed = QCoreApplication::translate("BatchDesk::Ui::Traveler", "The travelers could not be written to %1.")
                               .arg(QDir::toNativeSeparators(path));
    QPainter painter;
    if (!painter.begin(&writer))
        return failed;
    for (qsizetype i = 0; i < travelers.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return failed;
        // The painter's origin is the top left of the printable area (inside the margins).
        paintTraveler(painter, QRectF(0, 0, writer.width(), writer.height()), travelers.at(i), format);
    }
    if (!painter.end())
        return failed;
    return {};
}

void printTravelers(QPrinter *printer, const QList<TravelerData> &travelers, TravelerFormat format)
{
    if (!printer || travelers.isEmpty())
        return;
    QPainter painter;
    if (!painter.begin(printer))
        return;
    for (qsizetype i = 0; i < travelers.size(); ++i) {
        if (i > 0)
            printer->newPage();
        // Painter coordinates start at the printable area, unless the printer is set to full
        // page, where they start at the paper's corner.
        const QRectF area = printer->pageRect(QPrinter::DevicePixel);
        paintTraveler(painter, printer->fullPage() ? area : QRectF(QPointF(0, 0), area.size()), travelers.at(i), format);
    }
    painter.end();
}

QImage renderTraveler(const TravelerData &traveler, TravelerFormat format, int dpi)
{
    dpi = std::clamp(dpi, 36, 1200);
    const QPageLayout layout = travelerPageLayout(format);
    QImage image(layout.fullRectPixels(dpi).size(), QImage::Format_RGB32);
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintTraveler(painter, QRectF(layout.paintRectPixels(dpi)), traveler, format);
    painter.end();
    return image;
}

} // namespace BatchDesk::Ui
