#pragma once

// The split wizard's live preview: one row per batch a SplitPlan would create. The sizing page
// replaces the plan on every keystroke, so setPlan() sends the least it can: rows that exist
// before and after are updated in place (dataChanged on the changed rows only), and only the
// difference in count is inserted or removed. A view over it neither flickers nor loses its
// scroll position while the manager types.

#include "models/planning/splitplan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace BatchDesk {

class SplitPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { NumberColumn = 0, LabelColumn, CyclesColumn, OrderColumn, TechniciansColumn, ColumnCount };
    enum Role : int {
        NumberCyclesRole = Qt::UserRole + 1, // qint64
        TechnicianIdsRole,                   // QStringList
    };

    explicit SplitPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const SplitPlan &plan);
    const SplitPlan &plan() const { return m_plan; }
    // Technician names by user id (ids without a name are shown as they are).
    void setTechnicianNames(const QHash<QString, QString> &names);

private:
    QString technicianText(const PlannedBatch &batch) const;

    SplitPlan m_plan;
    QList<PlannedBatch> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace BatchDesk
