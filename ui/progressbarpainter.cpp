#include "ui/progressbarpainter.h"

#include "ui/statuspalette.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

#include <algorithm>
#include <cmath>
#include <limits>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

constexpr int kFrameWidth = 1;
constexpr qreal kCornerRadius = 3.5;

QPainterPath roundedPath(const QRectF &rect, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

} // namespace

ProgressBarPainter::SegmentWidths ProgressBarPainter::segmentWidths(const Niagara::CycleCounts &counts,
                                                                    int width)
{
    SegmentWidths widths{};
    if (width <= 0)
        return widths;

    std::array<qint64, Niagara::kStatusCategoryCount> values{};
    qint64 total = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = std::max<qint64>(counts.counts[i], 0);
        // Saturate instead of overflowing; the scaling below then keeps the products in range.
        total = values[i] > std::numeric_limits<qint64>::max() - total ? std::numeric_limits<qint64>::max()
                                                                         : total + values[i];
    }
    if (total == 0)
        return widths;

    // count * width must fit in 64 bits. Counts that large cannot be told apart at pixel
    // resolution anyway, so shrink them all by the same factor (a non-zero count stays
    // non-zero so that it can still win a remainder pixel).
    const qint64 limit = std::numeric_limits<qint64>::max() / width / 2;
    if (total > limit) {
        // Half the limit leaves room for the counts rounded up to 1 below.
        const qint64 divisor = total / (limit / 2) + 1;
        total = 0;
        for (qint64 &v : values) {
            if (v > 0)
                v = std::max<qint64>(v / divisor, 1);
            total += v;
        }
    }

    std::array<qint64, Niagara::kStatusCategoryCount> remainders{};
    int assigned = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const qint64 scaled = values[i] * width;
        widths[i] = static_cast<int>(scaled / total);
        remainders[i] = scaled % total;
        assigned += widths[i];
    }

    // At most kStatusCategoryCount - 1 pixels are left, one per category at most.
    std::array<std::size_t, Niagara::kStatusCategoryCount> order{};
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; assigned < width && k < order.size(); ++k) {
        if (remainders[order[k]] == 0)
            break; // only exact shares left; cannot happen while pixels remain, kept as a guard
        ++widths[order[k]];
        ++assigned;
    }
    return widths;
}

QString ProgressBarPainter::defaultText(const Niagara::CycleCounts &counts)
{
    const qint64 total = counts.total();
    if (total <= 0)
        return QStringLiteral("\u2013"); // en dash: "nothing to show", not a minus
    const QLocale locale;
    return locale.toString(counts[StatusCategory::Complete]) + QStringLiteral(" / ") + locale.toString(total);
}

QRect ProgressBarPainter::contentRect(const QRect &barRect)
{
    return barRect.adjusted(kFrameWidth, kFrameWidth, -kFrameWidth, -kFrameWidth);
}

int ProgressBarPainter::unbatchedWidth(const Niagara::CycleCounts &counts, qint64 unbatched, int width)
{
    if (unbatched <= 0 || width <= 0)
        return 0;
    const qint64 shown = std::max<qint64>(counts.total(), 0);
    // In doubles: the counts may be near the 64-bit limit, a pixel share needs no more precision.
    const double share = static_cast<double>(unbatched) / (static_cast<double>(shown) + static_cast<double>(unbatched));
    const int w = static_cast<int>(std::lround(share * width));
    // At least one pixel when something is missing, and one left for the batches when any.
    return std::clamp(w, 1, shown > 0 ? std::max(width - 1, 1) : width);
}

QString ProgressBarPainter::unbatchedName()
{
    //: Legend and tooltip name of the hatched part of a work order's progress bar
    return QCoreApplication::translate("BatchDesk::Ui::ProgressBarPainter", "Not in a batch yet");
}

void ProgressBarPainter::fillUnbatched(QPainter &painter, const QRectF &rect, const QPalette &palette)
{
    painter.fillRect(rect, palette.brush(QPalette::Base));
    QColor lines = palette.color(QPalette::Text);
    lines.setAlphaF(0.45f);
    painter.fillRect(rect, QBrush(lines, Qt::BDiagPattern));
}

void ProgressBarPainter::paintUnbatchedSwatch(QPainter &painter, const QRect &rect, const QPalette &palette) const
{
    const QRect content = contentRect(rect);
    if (content.width() <= 0 || content.height() <= 0)
        return;
    painter.save();
    painter.setClipPath(roundedPath(QRectF(content), kCornerRadius - kFrameWidth), Qt::IntersectClip);
    fillUnbatched(painter, QRectF(content), palette);
    painter.setClipping(false);
    paintFrame(painter, rect, palette);
    painter.restore();
}

void ProgressBarPainter::paint(QPainter &painter, const QRect &barRect, const Niagara::CycleCounts &counts,
                               const QPalette &palette, const QFont &font, const QString &text, qint64 unbatched) const
{
    const QRect content = contentRect(barRect);
    if (content.width() <= 0 || content.height() <= 0)
        return;

    painter.save();
    const QString shown = text.isNull() ? defaultText(counts) : text;
    const int gap = unbatchedWidth(counts, unbatched, content.width());
    const SegmentWidths widths = segmentWidths(counts, content.width() - gap);
    const bool empty = gap == 0 && std::all_of(widths.begin(), widths.end(), [](int w) { return w == 0; });

    if (empty) {
        // An empty bar keeps its frame so that rows with and without cycles line up.
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(roundedPath(QRectF(content), kCornerRadius - kFrameWidth), palette.brush(QPalette::Base));
        paintFrame(painter, barRect, palette);
        // Plain text on the base colour needs no halo.
        paintText(painter, content, shown, font, palette.color(QPalette::Text), QColor());
    } else {
        // Segments are integer rects inside an aliased rounded clip: their edges stay crisp
        // and the antialiased frame drawn next covers the clip's stair steps at the corners.
        painter.setClipPath(roundedPath(QRectF(content), kCornerRadius - kFrameWidth), Qt::IntersectClip);
        int x = content.left();
        for (StatusCategory category : Niagara::kAllStatusCategories) {
            const int w = widths[static_cast<std::size_t>(category)];
            if (w == 0)
                continue;
            StatusPalette::fill(painter, QRectF(x, content.top(), w, content.height()), category, palette);
            x += w;
        }
        if (gap > 0)
            fillUnbatched(painter, QRectF(x, content.top(), gap, content.height()), palette);
        painter.setClipping(false);
        paintFrame(painter, barRect, palette);
        paintText(painter, content, shown, font, StatusPalette::textColor(palette),
                  StatusPalette::textHaloColor(palette));
    }
    painter.restore();
}

void ProgressBarPainter::paintSwatch(QPainter &painter, const QRect &rect, StatusCategory category,
                                     const QPalette &palette) const
{
    const QRect content = contentRect(rect);
    if (content.width() <= 0 || content.height() <= 0)
        return;
    painter.save();
    painter.setClipPath(roundedPath(QRectF(content), kCornerRadius - kFrameWidth), Qt::IntersectClip);
    StatusPalette::fill(painter, QRectF(content), category, palette);
    painter.setClipping(false);
    paintFrame(painter, rect, palette);
    painter.restore();
}

void ProgressBarPainter::paintFrame(QPainter &painter, const QRect &barRect, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(StatusPalette::frameColor(palette), kFrameWidth));
    const qreal half = kFrameWidth / 2.0;
    painter.drawRoundedRect(QRectF(barRect).adjusted(half, half, -half, -half), kCornerRadius, kCornerRadius);
    painter.restore();
}

void ProgressBarPainter::paintText(QPainter &painter, const QRect &content, const QString &text, const QFont &font,
                                   const QColor &color, const QColor &halo)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics(font);
    const int advance = metrics.horizontalAdvance(text);
    // Text that does not fit is left out rather than clipped mid-digit; the tooltip has it.
    if (advance > content.width() - 4)
        return;

    // Whole pixels keep the glyphs hinted and sharp.
    const int x = content.left() + (content.width() - advance) / 2;
    const int baseline = content.top() + (content.height() - metrics.height()) / 2 + metrics.ascent();

    painter.save();
    painter.setFont(font);
    if (halo.isValid() && halo.alpha() > 0) {
        // The halo separates the glyphs from whichever segment lies behind them.
        QPainterPath path;
        path.addText(QPointF(x, baseline), font, text);
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen pen(halo, 3.0);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.strokePath(path, pen);
    }
    painter.setPen(color);
    painter.drawText(QPoint(x, baseline), text);
    painter.restore();
}

} // namespace BatchDesk::Ui
