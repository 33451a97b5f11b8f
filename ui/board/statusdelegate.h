#pragma once

#include <QStyledItemDelegate>

namespace BatchDesk::Ui {

// The status column: a swatch in the category's colour and pattern (StatusPalette, the same
// as the bar segments and the legend) before the customer's label. The text itself keeps the
// palette's colour: several category colours are too light to read as text.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace BatchDesk::Ui
