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
    // The board's rows: BatchRoles::StatusCategoryRole, on batch rows only.
    explicit StatusDelegate(QObject *parent = nullptr);
    // Other lists (a batch's units): every row whose `categoryRole` holds a category.
    StatusDelegate(int categoryRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_categoryRole;
    bool m_batchRowsOnly;
};

} // namespace BatchDesk::Ui
