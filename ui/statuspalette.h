#pragma once

// The colours and patterns of the six status categories, defined once for the progress bar,
// the legend and anything else that shows a category. The hues follow Okabe & Ito's
// colour-blind-safe set; BLOCKED and CANCELLED also differ by pattern, so that they stay
// apart in greyscale print-outs and for people who cannot tell the hues apart at all.

#include "client/statuscategory.h"

#include <QColor>

class QPainter;
class QPalette;
class QRectF;

namespace BatchDesk::Ui::StatusPalette {

// True when the palette's window colour is dark; the dark variant of the colours is used then.
bool isDark(const QPalette &palette);

// The fill colour of a category (the colour of its legend swatch and bar segment).
QColor color(Niagara::StatusCategory category, const QPalette &palette);

// The colour of the pattern lines drawn over the fill, or an invalid QColor for the
// categories drawn flat.
QColor patternColor(Niagara::StatusCategory category, const QPalette &palette);

// Fills `rect` with the category's colour and pattern. The pattern is anchored to the
// painter's device coordinates so that adjacent segments and rows line up.
void fill(QPainter &painter, const QRectF &rect, Niagara::StatusCategory category,
          const QPalette &palette);

// Text drawn over a bar: no single colour is readable over every segment, so the text gets
// a halo of the opposite lightness. textColor() is the glyph colour, textHaloColor() the halo.
QColor textColor(const QPalette &palette);
QColor textHaloColor(const QPalette &palette);

// The rounded frame around a bar or swatch.
QColor frameColor(const QPalette &palette);

} // namespace BatchDesk::Ui::StatusPalette
