#pragma once

// Item delegate for the cycles column of the batch tree: paints the stacked progress bar of
// BatchRoles::CycleCountsRole in every row, with the model's DisplayRole text on it, a hatched
// segment for BatchRoles::UnbatchedCyclesRole (a work order's cycles not in a batch yet), and
// the model's ToolTipRole as its tooltip. Group rows (queues, work orders) need nothing
// special: the model already returns the sum over their batches, the delegate only draws
// their text bold.

#include "client/domain.h"

#include <QStyledItemDelegate>

#include "ui/progressbarpainter.h"

#include <optional>

namespace BatchDesk::Ui {

class CycleProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CycleProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the bar goes inside a cell: vertically centred, no taller than the text needs.
    static QRect barRect(const QRect &cellRect, const QFontMetrics &metrics);

    // The tooltip without one from the model: one line per category in display order,
    // "Pending: 12 (24%)", then the total (BatchTreeModel::cyclesToolTip()).
    static QString toolTipText(const Niagara::CycleCounts &counts);

    // The counts of a row, or nullopt when the index carries none.
    static std::optional<Niagara::CycleCounts> countsOf(const QModelIndex &index);

private:
    static bool isGroupRow(const QModelIndex &index);

    ProgressBarPainter m_painter;
};

} // namespace BatchDesk::Ui
