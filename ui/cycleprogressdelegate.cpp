#include "ui/cycleprogressdelegate.h"

#include "client/statuscategory.h"
#include "models/batchroles.h"
#include "models/batchtreemodel.h"

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
    // One text for the board and every other view: the model's.
    return BatchTreeModel::cyclesToolTip(counts);
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

    // The text on the bar is the model's ("960 / 1,817", or a work order's against the cycles
    // it needs); a model without one gets the painter's default.
    const QVariant display = index.data(Qt::DisplayRole);
    const QString text = display.isValid() ? display.toString() : QString();
    const qint64 unbatched = index.data(BatchRoles::UnbatchedCyclesRole).toLongLong();

    painter->save();
    if (!(opt.state & QStyle::State_Enabled))
        painter->setOpacity(0.5);
    m_painter.paint(*painter, barRect(opt.rect, QFontMetrics(font)), *counts, opt.palette, font, text, unbatched);
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
    // The model's tooltip (escaped, with a work order's need and its part not in a batch yet)
    // when it gives one.
    const QString fromModel = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(), fromModel.isEmpty() ? toolTipText(*counts) : fromModel, host, option.rect);
    return true;
}

} // namespace BatchDesk::Ui
