#pragma once

// The risk and the overload are a word and an icon, never a colour alone: the model's word,
// an icon the style draws beside it.
// Draws, beside the model's own word, the style's icon for a work order's risk (RiskRole) or
// an overload (OverloadedRole) in one column of a planning table.

#include <QStyledItemDelegate>

namespace BatchDesk::Ui {

class PlanningIconDelegate final : public QStyledItemDelegate
{
public:
    PlanningIconDelegate(int column, bool riskColumn, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_column;
    bool m_risk;
};

} // namespace BatchDesk::Ui
