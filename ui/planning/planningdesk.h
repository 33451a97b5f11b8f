#pragma once

// The planning desk (issue 16): which queue is overloaded, which work order will be late at the
// current pace, who has too much work. Three linked tables over the PlanningMonitor's figures
// (QueueLoadModel, WorkOrderRiskModel, TechnicianLoadModel): choosing a queue narrows the work
// orders and technicians to it. Presentation only: the numbers are the models'.

#include "ui/shell/desk.h"

#include <QPointer>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace BatchDesk {
class PlanningMonitor;
class PlanningLinkProxy;
class QueueLoadModel;
class WorkOrderRiskModel;
class TechnicianLoadModel;
class Permissions;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class PlanningDesk final : public Desk
{
    Q_OBJECT

public:
    PlanningDesk(PlanningMonitor *monitor, QSettings *settings, QWidget *parent = nullptr);
    ~PlanningDesk() override;

    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    QList<QWidget *> statusWidgets() const override;
    void activate() override;
    void saveSettings(QSettings &settings) const override;
    void showError(const QString &message) override;

    // Who may split (the split action says why not before the click).
    void setPermissions(Permissions *permissions);

    QTableView *queueView() const { return m_queueView; }
    QTableView *workOrderView() const { return m_workOrderView; }
    QTableView *technicianView() const { return m_technicianView; }
    QAction *showWorkOrderAction() const { return m_showWorkOrder; }
    QAction *splitAction() const { return m_split; }
    QAction *showTechnicianAction() const { return m_showTechnician; }
    QLabel *summaryLabel() const { return m_summary; }
    // "2 of 6 queues overloaded · …": counts what the tables show.
    QString countsText() const;
    // Narrows the work orders and technicians to a queue ("" = all).
    void linkToQueue(const QString &queueId);

Q_SIGNALS:
    // Open the board showing only these batches (a search text the board's filter understands).
    void showOnBoard(const QString &searchText);
    void splitRequested(const QString &workOrderId, const QString &queueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateActions();
    QString selectedId(QTableView *view) const;

    QPointer<PlanningMonitor> m_monitor;
    QPointer<Permissions> m_permissions;
    QueueLoadModel *m_queues = nullptr;
    WorkOrderRiskModel *m_workOrders = nullptr;
    TechnicianLoadModel *m_technicians = nullptr;
    PlanningLinkProxy *m_queueProxy = nullptr;
    PlanningLinkProxy *m_workOrderProxy = nullptr;
    PlanningLinkProxy *m_technicianProxy = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_workOrderView = nullptr;
    QTableView *m_technicianView = nullptr;
    QLabel *m_queueTitle = nullptr;
    QLabel *m_workOrderTitle = nullptr;
    QLabel *m_technicianTitle = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_linkLabel = nullptr;
    QToolButton *m_clearLink = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_showWorkOrder = nullptr;
    QAction *m_split = nullptr;
    QAction *m_showTechnician = nullptr;
    QAction *m_separator = nullptr;
    QSettings *m_settings;
};

} // namespace BatchDesk::Ui
