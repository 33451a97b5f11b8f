#pragma once

#include "ui/progressbarpainter.h"

#include <QWidget>

namespace BatchDesk::Ui {

// A small key for one status category, painted exactly like that category's bar segment
// (colour and pattern). Used by the legend and the detail pane.
class StatusSwatch final : public QWidget
{
public:
    // `width`: wide enough to show a few stripes of the hatch patterns, which is what tells
    // BLOCKED and CANCELLED apart without colour.
    StatusSwatch(Niagara::StatusCategory category, int width, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Niagara::StatusCategory m_category;
    int m_width;
    ProgressBarPainter m_painter;
};

} // namespace BatchDesk::Ui
