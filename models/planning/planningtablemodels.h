#pragma once

// The planning desk's three tables (issue 16) over a PlanningMonitor's figures: queues, work
// orders across queues, technicians. Each keeps its rows in the order they first appeared and
// updates them in place by id when the figures change (removals, then changes, then
// additions: never a reset), so that selections and the views' sort survive a refresh. The
// views sort through PlanningSortProxy (SortRole: worst first by default). Every text is the
// model's own (ui delegates paint it); remote names are made safe with DisplayText.

#include "models/planning/planningfigures.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace BatchDesk {

class PlanningMonitor;

namespace PlanningRoles {
enum : int {
    IdRole = Qt::UserRole + 1, // the queue, work order or user id
    SortRole,                  // a number or string the column sorts by
    RiskRole,                  // int(Risk): work orders only
    OverloadedRole,            // bool: queues and technicians
    QueueIdsRole,              // QStringList: the queues a row concerns (linking)
    WorkOrderIdsRole,          // QStringList
    TechnicianIdsRole,         // QStringList
    ValueRole,                 // the cell's raw value (double, qint64, QDateTime; null: none)
};
}

class PlanningTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PlanningTableModel(QObject *parent = nullptr);

    void setMonitor(PlanningMonitor *monitor);
    // Takes the figures (also what the tests call without a monitor).
    void setFigures(const PlanningFigures &figures);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row of an id; -1 when not shown.
    int rowOf(const QString &id) const;

    // Retranslates the headers (a language change).
    void retranslate();

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString headerToolTip(int column) const { Q_UNUSED(column) return {}; }
    // The ids of the figures, in the figures' order.
    virtual QStringList idsOf(const PlanningFigures &figures) const = 0;
    // Takes the row values for `ids` out of the figures (called before any notification).
    virtual void adopt(const PlanningFigures &figures) = 0;
    virtual QVariant cell(const QString &id, int column, int role) const = 0;
    // What a refresh changed is announced per row: the whole row.
    QStringList m_ids;

private:
    QPointer<PlanningMonitor> m_monitor;
};

class QueueLoadModel final : public PlanningTableModel
{
    Q_OBJECT

public:
    enum Column : int { Queue, Active, Blocked, Pace, Backlog, DaysLeft, Load, Technicians, ColumnCount };
    using PlanningTableModel::PlanningTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QStringList idsOf(const PlanningFigures &figures) const override;
    void adopt(const PlanningFigures &figures) override;
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QHash<QString, QueueFigures> m_rows;
    QHash<QString, QString> m_names;
};

class WorkOrderRiskModel final : public PlanningTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        WorkOrder, Needed, Batched, Complete, Remaining, Pace, Finish, Due, Slack, RiskColumn, ColumnCount
    };
    using PlanningTableModel::PlanningTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QStringList idsOf(const PlanningFigures &figures) const override;
    void adopt(const PlanningFigures &figures) override;
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QHash<QString, WorkOrderFigures> m_rows;
    QHash<QString, int> m_rank; // position in the figures' worst-first order
};

class TechnicianLoadModel final : public PlanningTableModel
{
    Q_OBJECT

public:
    enum Column : int { Technician, OpenCycles, Batches, Queues, Pace, Load, Status, ColumnCount };
    using PlanningTableModel::PlanningTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QStringList idsOf(const PlanningFigures &figures) const override;
    void adopt(const PlanningFigures &figures) override;
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QHash<QString, TechnicianFigures> m_rows;
    QHash<QString, QString> m_queueNames;
    double m_threshold = 5;
};

// The risk as a word (translated): "Late", "Stalled", "At risk", "On track", "Done".
QString riskDisplayName(Risk risk);

} // namespace BatchDesk

#include <QSortFilterProxyModel>

namespace BatchDesk {

// Links the desk's tables: shows only the rows whose `role` (a QStringList of ids, e.g.
// QueueIdsRole) shares an id with the selection made in another table; no selection shows
// every row. Sorts by PlanningRoles::SortRole.
class PlanningLinkProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanningLinkProxy(int role, QObject *parent = nullptr);
    void setLinkedIds(const QStringList &ids); // empty: no filter
    QStringList linkedIds() const { return m_ids; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_role;
    QStringList m_ids;
};

} // namespace BatchDesk
