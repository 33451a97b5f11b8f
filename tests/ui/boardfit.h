#pragma once

// What of the board a user cannot read because it is cut: one line per cut text, empty when
// everything fits. Shared by the fit tests on sample data in every language
// (tst_languageswitch) and on the demo's real data with a signed-in session (tst_screenshot).
//
// Checked: every column header against its column, and every column inside the view; the
// short values that must show whole on every row (order or priority, cycles needed, percent,
// due date); a queue's or work order's count in the Status column ("6 of 102 batches" with a
// filter on); every entry of the sort combo inside its box; every widget of the status bar
// (the legend's names included) whole and inside the window.

#include "models/batchroles.h"
#include "wizarddriver.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTreeView>

#include <functional>

namespace TestSupport {

inline QStringList cutBoardTexts(BatchDesk::Ui::MainWindow &window)
{
    WizardDriver::settleLayout(window);
    QStringList cut;
    QTreeView *tree = window.tree();
    QHeaderView *header = tree->header();
    const QFontMetrics headerMetrics(header->font());
    const int headerMargins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int itemMargins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
        const int width = header->sectionSize(column);
        if (headerMetrics.horizontalAdvance(text) + headerMargins > width)
            cut << QStringLiteral("header “%1”: %2 px wide").arg(text).arg(width);
        // Every column in view: nothing to scroll to, nothing past the edge.
        if (header->sectionViewportPosition(column) + width > header->viewport()->width())
            cut << QStringLiteral("column “%1” ends past the view").arg(text);
    }

    const QAbstractItemModel *model = tree->model();
    // In fractional pixels, as the style lays the text out (and elides it when wider).
    const auto textWidth = [tree](const QModelIndex &index) {
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetricsF metrics(font.isValid() ? font.value<QFont>() : tree->font());
        return metrics.horizontalAdvance(index.data().toString());
    };
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const bool group = model->hasChildren(index);
            for (const int column : {BatchDesk::OrderColumn, BatchDesk::NumberCyclesColumn, BatchDesk::PercentColumn,
                                     BatchDesk::DueDateColumn, BatchDesk::StatusColumn}) {
                // A batch's status is the server's free text, and may elide; a group's is our count.
                if (column == BatchDesk::StatusColumn && !group)
                    continue;
                const QModelIndex cell = index.siblingAtColumn(column);
                // The status delegate paints no swatch on group rows: the text has the cell.
                if (textWidth(cell) + itemMargins > header->sectionSize(column))
                    cut << QStringLiteral("“%1” in a %2 px column").arg(cell.data().toString()).arg(header->sectionSize(column));
            }
            if (tree->isExpanded(index))
                visit(index);
        }
    };
    visit({});

    if (QComboBox *sort = window.sortCombo()) {
        QStyleOptionComboBox option;
        option.initFrom(sort);
        option.editable = false;
        const QRect field = sort->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, sort);
        for (int i = 0; i < sort->count(); ++i) {
            if (sort->fontMetrics().horizontalAdvance(sort->itemText(i)) > field.width())
                cut << QStringLiteral("sort entry “%1” in a %2 px box").arg(sort->itemText(i)).arg(field.width());
        }
    }

    // The status bar: each label whole, and nothing past the window's right edge.
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap())
            continue;
        const int right = label->mapTo(&window, QPoint(label->width(), 0)).x();
        if (right > window.width())
            cut << QStringLiteral("status bar “%1” ends at %2 of %3 px").arg(label->text()).arg(right).arg(window.width());
        else if (label->textFormat() == Qt::PlainText
                 && label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width())
            cut << QStringLiteral("status bar “%1” in %2 px").arg(label->text()).arg(label->contentsRect().width());
    }
    return cut;
}

} // namespace TestSupport
