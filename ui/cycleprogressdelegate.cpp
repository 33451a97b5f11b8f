#include "ui/cycleprogressdelegate.h"

#include "client/statuscategory.h"
#include "models/batchroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QStringList>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

constexpr int kHorizontalMargin = 4;
constexpr int kVerticalMargin = 3;
// Room above and below the text inside the bar's frame.
constexpr int kTextPadding = 2;
constexpr int kMinimumBarWidth = 80;

// "24", "<1" and ">99": a share that rounds to 0 or 100 but is not would say "none" or
// "all" to a planner, which is exactly the wrong message for one blocked cycle.
QString percentText(qint64 count, qint64 total)
{
    const QLocale locale;
    if (count <= 0)
        return locale.toString(0);
    if (count >= total)
        return locale.toString(100);
    const double percent = 100.0 * static_cast<double>(count) / static_cast<double>(total);
    if (percent < 1.0)
        return QStringLiteral("<") + locale.toString(1);
    if (percent > 99.0)
        return QStringLiteral(">") + locale.toString(99);
    return locale.toString(static_cast<int>(std::lround(percent)));
}

} // namespace

CycleProgressDelegate::CycleProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

std::optional<Niagara::CycleCounts> CycleProgressDelegate::countsOf(const QModelIndex &index)
{
    const QVariant value = index.data(BatchRoles::CycleCountsRole);
    if (value.metaType() != QMetaType::fromType<Niagara::CycleCounts>())
        return std::nullopt;
    return value.value<Niagara::CycleCounts>();
}

bool CycleProgressDelegate::isGroupRow(const QModelIndex &index)
{
    const QVariant level = index.data(BatchRoles::LevelRole);
    if (level.isValid())
        return level.toInt() != static_cast<int>(TreeLevel::Batch);
    // Models without levels (tests, other views): a row with children is a group.
    return index.model() != nullptr && index.model()->hasChildren(index.siblingAtColumn(0));
}

QRect CycleProgressDelegate::barRect(const QRect &cellRect, const QFontMetrics &metrics)
{
    const QRect available = cellRect.adjusted(kHorizontalMargin, kVerticalMargin, -kHorizontalMargin, -kVerticalMargin);
    // Frame + padding + text; a taller cell (icons in another column) gets a centred bar,
    // not a fat one.
    const int wanted = metrics.height() + 2 * (kTextPadding + 1);
    const int height = std::min(available.height(), wanted);
    QRect bar = available;
    bar.setTop(available.top() + (available.height() - height) / 2);
    bar.setHeight(height);
    return bar;
}

QString CycleProgressDelegate::toolTipText(const Niagara::CycleCounts &counts)
{
    const qint64 total = counts.total();
    if (total <= 0)
        return tr("No cycles");
    const QLocale locale;
    QStringList lines;
    for (StatusCategory category : Niagara::kAllStatusCategories) {
        const qint64 count = counts[category];
        //: Tooltip line of the cycle progress bar: category name, count, percentage of all cycles
        lines << tr("%1: %2 (%3%)").arg(Niagara::categoryDisplayName(category), locale.toString(count),
                                       percentText(count, total));
    }
    lines << tr("Total: %1").arg(locale.toString(total));
    return lines.join(QLatin1Char('\n'));
}

void CycleProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<Niagara::CycleCounts> counts = countsOf(index);
    if (!counts) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The cell's background (selection, alternate rows, hover) comes from the style, like in
    // every other column; only the text is replaced by the bar.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration
                      | QStyleOptionViewItem::HasCheckIndicator);
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QFont font = opt.font;
    if (isGroupRow(index))
        font.setBold(true);

    painter->save();
    if (!(opt.state & QStyle::State_Enabled))
        painter->setOpacity(0.5);
    m_painter.paint(*painter, barRect(opt.rect, QFontMetrics(font)), *counts, opt.palette, font);
    painter->restore();
}

QSize CycleProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!countsOf(index))
        return QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true); // the widest case, so that group rows fit too
    const QFontMetrics metrics(font);
    const int barHeight = metrics.height() + 2 * (kTextPadding + 1);
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("00000 / 00000")) + 2 * (kTextPadding + 1);
    return {std::max(kMinimumBarWidth, textWidth) + 2 * kHorizontalMargin, barHeight + 2 * kVerticalMargin};
}

bool CycleProgressDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event == nullptr || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const std::optional<Niagara::CycleCounts> counts = countsOf(index);
    if (!counts)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QWidget *host = view != nullptr ? view->viewport() : nullptr;
    QToolTip::showText(event->globalPos(), toolTipText(*counts), host, option.rect);
    return true;
}

} // namespace BatchDesk::Ui
