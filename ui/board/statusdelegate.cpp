#include "ui/board/statusdelegate.h"

#include "models/batchroles.h"
#include "ui/statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace BatchDesk::Ui {

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_categoryRole(BatchRoles::StatusCategoryRole)
    , m_batchRowsOnly(true)
{
}

StatusDelegate::StatusDelegate(int categoryRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_categoryRole(categoryRole)
    , m_batchRowsOnly(false)
{
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant categoryValue = index.data(m_categoryRole);
    const int category = categoryValue.isValid() ? categoryValue.toInt() : -1;
    const bool isBatch = !m_batchRowsOnly || index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch);
    if (!isBatch || category < 0 || category >= static_cast<int>(Niagara::kStatusCategoryCount)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int side = std::max(8, opt.fontMetrics.height() - 6);
    const QRect swatch(opt.rect.left() + 4, opt.rect.center().y() - side / 2 + 1, side, side);
    // The style draws background and text, shifted right by the swatch.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    StatusPalette::fill(*painter, QRectF(swatch), static_cast<Niagara::StatusCategory>(category), opt.palette);
    painter->setPen(StatusPalette::frameColor(opt.palette));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    const QRect textRect = opt.rect.adjusted(swatch.width() + 10, 0, -4, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() + 6;
    return size;
}

} // namespace BatchDesk::Ui
