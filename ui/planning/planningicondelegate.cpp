#include "ui/planning/planningicondelegate.h"

#include "models/planning/planningfigures.h"
#include "models/planning/planningtablemodels.h"

#include <QApplication>
#include <QStyle>

namespace BatchDesk::Ui {

PlanningIconDelegate::PlanningIconDelegate(int column, bool riskColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(column)
    , m_risk(riskColumn)
{
}

void PlanningIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != m_column)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    if (m_risk) {
        switch (static_cast<Risk>(index.data(PlanningRoles::RiskRole).toInt())) {
        case Risk::Late:
            pixmap = QStyle::SP_MessageBoxCritical;
            break;
        case Risk::Stalled:
            pixmap = QStyle::SP_MediaPause;
            break;
        case Risk::AtRisk:
            pixmap = QStyle::SP_MessageBoxWarning;
            break;
        case Risk::OnTrack:
        case Risk::Done:
            pixmap = QStyle::SP_DialogApplyButton;
            break;
        case Risk::NoPace:
            pixmap = QStyle::SP_MessageBoxQuestion;
            break;
        }
    } else if (index.data(PlanningRoles::OverloadedRole).toBool()) {
        pixmap = QStyle::SP_MessageBoxWarning;
    }
    if (pixmap == QStyle::SP_CustomBase)
        return;
    option->icon = style->standardIcon(pixmap, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(size, size);
}

} // namespace BatchDesk::Ui
