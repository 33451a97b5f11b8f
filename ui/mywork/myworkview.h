#pragma once

// How the My work list looks: section rows as headings across the row (with their category's
// swatch), the batch label in large type (a technician reads it off the box across the bench)
// with its work order and queue under it,
// changed rows tinted with a "New" or "Blocked" badge, an overdue due date in the warning
// colour. What is shown is the model's text; the delegate only draws it.

#include <QStyledItemDelegate>
#include <QTreeView>

namespace BatchDesk::Ui {

class MyWorkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The label's font: 1.4× the view's, bold.
    static QFont labelFont(const QFont &base);
    // The line under the label: "work order · queue" (the model's texts).
    static QString subtitleText(const QModelIndex &index);
    // The badge of a changed row ("New", "Blocked"), empty for others (translated).
    static QString badgeText(const QModelIndex &index);
};

class MyWorkTree final : public QTreeView
{
    Q_OBJECT

public:
    explicit MyWorkTree(QWidget *parent = nullptr);

    // Spans the section rows across the columns (after the model is set and on resets).
    void spanSections();

    // The bar's column is as wide as its widest text ("2 / 10 done · 1 blocked") plus room for
    // the bar to read as a bar: the bar's delegate asks only for its height.
    int sizeHintForColumn(int column) const override;

protected:
    void drawRow(QPainter *painter, const QStyleOptionViewItem &options, const QModelIndex &index) const override;
};

} // namespace BatchDesk::Ui
