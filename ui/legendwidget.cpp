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
constexpr int kSwatchWidth = 22;
constexpr int kEntrySpacing = 12;

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
}

} // namespace BatchDesk::Ui
