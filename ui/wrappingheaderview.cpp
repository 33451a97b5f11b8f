#include "ui/wrappingheaderview.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace BatchDesk::Ui {

namespace {

constexpr int kTextFlags = Qt::TextWordWrap | Qt::TextHideMnemonic;

int linesAt(const QFontMetrics &metrics, const QString &text, int width)
{
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 1 << 16), kTextFlags, text);
    return std::max(1, (bounds.height() + metrics.leading()) / std::max(1, metrics.lineSpacing()));
}

} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
}

int WrappingHeaderView::wrappedWidth(const QFontMetrics &metrics, const QString &text, int lines)
{
    const int oneLine = metrics.horizontalAdvance(text);
    if (lines <= 1 || !text.contains(QLatin1Char(' ')))
        return oneLine;
    // No line can be narrower than the longest word: start there, widen until it fits.
    int lo = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        lo = std::max(lo, metrics.horizontalAdvance(word));
    int hi = oneLine;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (linesAt(metrics, text, mid) <= lines)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // The base size holds the margins, the sort indicator and any icon around a one-line
    // label: the label's own width is swapped for its two-line width, the height for two lines.
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    // QHeaderView measures its labels in bold (a highlighted section must still fit).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    size.setWidth(size.width() - metrics.horizontalAdvance(text) + wrappedWidth(metrics, text, kLines));
    size.setHeight(size.height() + metrics.lineSpacing() * (kLines - 1));
    return size;
}

void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QString text = option.text;
    // The style paints the section, its state and the sort indicator; the label is painted here,
    // wrapped, where the style would have put it.
    option.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    option.text = text;
    const QRect labelRect = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this);
    painter->save();
    painter->setFont(font());
    painter->setPen(option.palette.color(QPalette::ButtonText));
    const QFontMetrics metrics = fontMetrics();
    if (wrappedWidth(metrics, text, kLines) <= labelRect.width()) {
        painter->drawText(labelRect, static_cast<int>(option.textAlignment) | kTextFlags, text);
    } else {
        // Narrower than its longest word (a stretched name column, a column narrowed by
        // hand): one line, cut with an ellipsis where it ends, never clipped on both sides.
        const Qt::Alignment align = (option.textAlignment & ~Qt::AlignHorizontal_Mask) | Qt::AlignLeft;
        painter->drawText(labelRect, static_cast<int>(align) | Qt::TextHideMnemonic,
                          metrics.elidedText(text, Qt::ElideRight, labelRect.width()));
    }
    painter->restore();
}

} // namespace BatchDesk::Ui
