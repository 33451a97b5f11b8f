#include "ui/statusswatch.h"

#include <QPainter>

#include <algorithm>

namespace BatchDesk::Ui {

StatusSwatch::StatusSwatch(Niagara::StatusCategory category, int width, QWidget *parent)
    : QWidget(parent)
    , m_category(category)
    , m_width(width)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize StatusSwatch::sizeHint() const
{
    // As tall as the bar in a row of the same font, so the key looks like the bars it explains.
    return {m_width, std::max(10, fontMetrics().height() - 2)};
}

void StatusSwatch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.paintSwatch(painter, rect(), m_category, palette());
}

} // namespace BatchDesk::Ui
