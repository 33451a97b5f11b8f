#include "ui/legendwidget.h"

#include "ui/plaintext.h"
#include "ui/statusswatch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

// Wide enough to show a few stripes of the hatch patterns, which is what tells BLOCKED and
// CANCELLED apart without colour.
constexpr int kSwatchWidth = 18;
// Tight enough that seven entries fit a 1366-pixel status bar in German too.
constexpr int kEntrySpacing = 6;

// The key for the part of a work order's bar that is not in a batch yet, painted by the same
// painter as the bar (ProgressBarPainter::paintUnbatchedSwatch), so both look alike.
class UnbatchedSwatch final : public QWidget
{
public:
    explicit UnbatchedSwatch(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("UnbatchedSwatch"));
    }
    QSize sizeHint() const override { return {kSwatchWidth, std::max(14, fontMetrics().height())}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int h = std::min(height(), 14);
        m_painter.paintUnbatchedSwatch(painter, QRect(0, (height() - h) / 2, width(), h), palette());
    }

private:
    ProgressBarPainter m_painter;
};

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(0);
    for (StatusCategory category : Niagara::kAllStatusCategories) {
        if (category != Niagara::kAllStatusCategories.front())
            layout->addSpacing(kEntrySpacing);
        auto *swatch = new StatusSwatch(category, kSwatchWidth, this);
        auto *label = plainLabel(this);
        label->setProperty("statusCategory", static_cast<int>(category));
        layout->addWidget(swatch);
        layout->addSpacing(4);
        layout->addWidget(label);
        m_labels[static_cast<std::size_t>(category)] = label;
    }
    // After the categories: the hatched end of a work order's bar.
    layout->addSpacing(kEntrySpacing);
    layout->addWidget(new UnbatchedSwatch(this));
    layout->addSpacing(4);
    m_unbatchedLabel = plainLabel(this);
    m_unbatchedLabel->setObjectName(QStringLiteral("UnbatchedLabel"));
    layout->addWidget(m_unbatchedLabel);
    layout->addStretch(1);
    retranslate();
}

QLabel *LegendWidget::label(StatusCategory category) const
{
    return m_labels[static_cast<std::size_t>(category)];
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LegendWidget::retranslate()
{
    for (StatusCategory category : Niagara::kAllStatusCategories)
        label(category)->setText(Niagara::categoryDisplayName(category));
    m_unbatchedLabel->setText(ProgressBarPainter::unbatchedName());
    m_unbatchedLabel->setToolTip(tr("Cycles a work order needs that no batch holds yet"));
}

} // namespace BatchDesk::Ui
