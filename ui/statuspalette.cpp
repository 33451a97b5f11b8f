#include "ui/statuspalette.h"

#include <QPainter>
#include <QPalette>
#include <QRectF>

#include <array>
#include <cmath>

namespace BatchDesk::Ui::StatusPalette {

namespace {

using Niagara::StatusCategory;

enum class Pattern {
    Flat,
    Hatch,      // one direction of diagonal stripes ("warning tape"): BLOCKED
    CrossHatch, // both diagonals over a washed-out fill: CANCELLED
};

struct Swatch
{
    QRgb fill;
    QRgb lines; // ignored for Pattern::Flat
    Pattern pattern;
};

// Indexed by StatusCategory. The light variant uses the Okabe-Ito values directly; the dark
// variant keeps every hue: the quiet ones (grey-blue PENDING, grey CANCELLED) go darker so
// they stay quiet on a dark window, the others get a little lighter so they do not sink into it.
constexpr std::array<Swatch, Niagara::kStatusCategoryCount> kLight{{
    {qRgb(0xA9, 0xB8, 0xC9), 0, Pattern::Flat},                      // Pending: grey-blue
    {qRgb(0x00, 0x72, 0xB2), 0, Pattern::Flat},                      // In progress: blue
    {qRgb(0xE6, 0x9F, 0x00), 0, Pattern::Flat},                      // Verifying: orange
    {qRgb(0x00, 0x9E, 0x73), 0, Pattern::Flat},                      // Complete: bluish green
    {qRgb(0xD5, 0x5E, 0x00), qRgb(0x8C, 0x3A, 0x00), Pattern::Hatch}, // Blocked: vermillion
    {qRgb(0xDA, 0xDA, 0xDA), qRgb(0x8E, 0x8E, 0x8E), Pattern::CrossHatch}, // Cancelled: grey
}};

constexpr std::array<Swatch, Niagara::kStatusCategoryCount> kDark{{
    {qRgb(0x6B, 0x7D, 0x91), 0, Pattern::Flat},
    {qRgb(0x2F, 0x8F, 0xD8), 0, Pattern::Flat},
    {qRgb(0xEC, 0xA8, 0x1C), 0, Pattern::Flat},
    {qRgb(0x10, 0xA8, 0x7E), 0, Pattern::Flat},
    {qRgb(0xE0, 0x68, 0x10), qRgb(0x8A, 0x35, 0x00), Pattern::Hatch},
    {qRgb(0x4A, 0x4A, 0x4A), qRgb(0x8C, 0x8C, 0x8C), Pattern::CrossHatch},
}};

// Pixels between two stripes of a pattern, measured along the x axis.
constexpr qreal kHatchSpacing = 6;
constexpr qreal kHatchWidth = 1.6;
constexpr qreal kCrossHatchWidth = 1.0;

const Swatch &swatchOf(StatusCategory category, const QPalette &palette)
{
    const auto &table = isDark(palette) ? kDark : kLight;
    return table[static_cast<std::size_t>(category)];
}

// Draws lines of slope +1 ("\" in screen coordinates, y grows downwards) or -1 ("/") through
// `rect`, at the device positions x -/+ y = k * spacing. The caller clips to the rect.
void drawDiagonals(QPainter &painter, const QRectF &rect, bool rising)
{
    // Anchor the phase to device coordinates: the same stripe continues from one segment
    // (or one row) into the next instead of restarting at every rect's corner.
    const QPointF origin = painter.deviceTransform().map(QPointF(0, 0));
    const qreal h = rect.height();
    const qreal left = rect.left() - h - kHatchSpacing;
    const qreal right = rect.right() + h + kHatchSpacing;
    const qreal phase = rising ? origin.x() + origin.y() + rect.bottom() : origin.x() - origin.y() - rect.top();
    // First stripe at or left of `left` whose device position is a multiple of the spacing.
    qreal x = left - std::fmod(left + phase, kHatchSpacing);
    for (; x <= right; x += kHatchSpacing) {
        if (rising)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + h, rect.top()));
        else
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + h, rect.bottom()));
    }
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(StatusCategory category, const QPalette &palette)
{
    return QColor::fromRgb(swatchOf(category, palette).fill);
}

QColor patternColor(StatusCategory category, const QPalette &palette)
{
    const Swatch &swatch = swatchOf(category, palette);
    return swatch.pattern == Pattern::Flat ? QColor() : QColor::fromRgb(swatch.lines);
}

void fill(QPainter &painter, const QRectF &rect, StatusCategory category, const QPalette &palette)
{
    if (rect.isEmpty())
        return;
    const Swatch &swatch = swatchOf(category, palette);
    painter.fillRect(rect, QColor::fromRgb(swatch.fill));
    if (swatch.pattern == Pattern::Flat)
        return;

    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const bool cross = swatch.pattern == Pattern::CrossHatch;
    QPen pen(QColor::fromRgb(swatch.lines), cross ? kCrossHatchWidth : kHatchWidth);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    drawDiagonals(painter, rect, true);
    if (cross)
        drawDiagonals(painter, rect, false);
    painter.restore();
}

QColor textColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xF4, 0xF4, 0xF4) : QColor(0x14, 0x14, 0x14);
}

QColor textHaloColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0, 0, 0, 170) : QColor(255, 255, 255, 200);
}

QColor frameColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 255, 255, 90) : QColor(0, 0, 0, 80);
}

} // namespace BatchDesk::Ui::StatusPalette
