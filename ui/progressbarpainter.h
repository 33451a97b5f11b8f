#pragma once

// Paints the stacked cycle-progress bar: one segment per status category, in display order,
// each as wide as its share of the cycles. Stateless and cheap, so the delegate paints every
// row with one instance and the legend paints its swatches with another; both then look
// exactly alike.

#include "client/domain.h"
#include "client/statuscategory.h"

#include <QString>

#include <array>

class QFont;
class QPainter;
class QPalette;
class QRect;

namespace BatchDesk::Ui {

class ProgressBarPainter final
{
public:
    using SegmentWidths = std::array<int, Niagara::kStatusCategoryCount>;

    // Splits `width` pixels among the categories in proportion to their counts with the
    // largest-remainder method: every category gets the floor of its exact share, the pixels
    // left over go to the largest fractional parts (ties: display order). The widths sum to
    // exactly `width` whenever there is at least one cycle; a zero count gets no pixel.
    // Negative counts are treated as zero.
    static SegmentWidths segmentWidths(const Niagara::CycleCounts &counts, int width);

    // The text shown on the bar: "complete / total" ("37 / 50"), or "–" without cycles.
    static QString defaultText(const Niagara::CycleCounts &counts);

    // The area inside the frame of a bar painted into `barRect`; segments fill it.
    static QRect contentRect(const QRect &barRect);

    // How many of `width` pixels the part not yet in a batch takes: its share of all the
    // cycles shown (`counts` plus `unbatched`), at least one pixel when there is any, so that
    // a work order short of a few cycles still shows the gap. The categories share the rest.
    static int unbatchedWidth(const Niagara::CycleCounts &counts, qint64 unbatched, int width);

    // Paints the bar into `barRect`. A null `text` means defaultText(counts); an empty but
    // non-null one (QStringLiteral("")) paints the bar without text. `unbatched` cycles (a work
    // order's needed cycles not in a batch yet) are a hatched segment at the end of the bar.
    void paint(QPainter &painter, const QRect &barRect, const Niagara::CycleCounts &counts,
               const QPalette &palette, const QFont &font, const QString &text = QString(),
               qint64 unbatched = 0) const;

    // The legend's name of the hatched segment, and its swatch.
    static QString unbatchedName();
    void paintUnbatchedSwatch(QPainter &painter, const QRect &rect, const QPalette &palette) const;
    // The hatched fill of cycles not in a batch yet: the base colour crossed by lines in the
    // text colour, so that it reads as "nothing here yet" and differs from every category by
    // pattern, not by colour alone.
    static void fillUnbatched(QPainter &painter, const QRectF &rect, const QPalette &palette);

    // A one-category bar without text, framed like the real one: the legend's swatch.
    void paintSwatch(QPainter &painter, const QRect &rect, Niagara::StatusCategory category,
                     const QPalette &palette) const;

private:
    static void paintFrame(QPainter &painter, const QRect &barRect, const QPalette &palette);
    static void paintText(QPainter &painter, const QRect &content, const QString &text,
                          const QFont &font, const QColor &color, const QColor &halo);
};

} // namespace BatchDesk::Ui
