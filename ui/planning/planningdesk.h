#pragma once

// The planning desk (issue 16): which queue is overloaded, which work order will be late at the
// current pace, who has too much work. Three linked tables over the PlanningMonitor's figures
// (QueueLoadModel, WorkOrderRiskModel, TechnicianLoadModel): choosing a queue narrows the work
// orders and technicians to it. Presentation only: the numbers are the models'.

#include "models/planning/planningexport.h"
#include "ui/shell/desk.h"

#include <QPointer>

#include <functional>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace BatchDesk {
class PlanningMonitor;
class PlanningLinkProxy;
class QueueLoadModel;
class WorkOrderRiskModel;
class TechnicianLoadModel;
class Permissions;
class Session;
class ActivityModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class ActivityPanel;
class BurnUpChartView;
class DailyCompletionsChartView;

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
    // The Activity list (splits, assignments, deletions made from this app, with Undo): a tab
    // beside the work orders and the charts.
    void setActivityModel(ActivityModel *model);
    ActivityPanel *activityPanel() const { return m_activity; }
    // Who and where, for the printed report's heading.
    void setSession(Session *session);

    // The figures as the tables show them (the queue link applied): what exports write.
    PlanningFigures shownFigures() const;
    // Export without a dialog (the actions ask for the file, then call these); an empty string
    // on success, else the reason (translated).
    QString exportCsv(PlanningTable table, const QString &path) const;
    QString exportPdf(const QString &path) const;
    QAction *exportPdfAction() const { return m_exportPdf; }
    QList<QAction *> exportCsvActions() const { return m_exportCsv; }

    QTableView *queueView() const { return m_queueView; }
    QTableView *workOrderView() const { return m_workOrderView; }
    QTableView *technicianView() const { return m_technicianView; }
    QAction *showWorkOrderAction() const { return m_showWorkOrder; }
    QAction *splitAction() const { return m_split; }
    QAction *showTechnicianAction() const { return m_showTechnician; }
    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *lowerTabs() const { return m_tabs; }
    BurnUpChartView *burnUpChart() const { return m_burnUp; }
    DailyCompletionsChartView *dailyChart() const { return m_daily; }
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
    void updateCharts();
    void askForFile(const QString &title, const QString &suggested, const QString &filter,
                    std::function<QString(const QString &)> write);

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
    QTabWidget *m_tabs = nullptr;
    BurnUpChartView *m_burnUp = nullptr;
    DailyCompletionsChartView *m_daily = nullptr;
    ActivityPanel *m_activity = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_showWorkOrder = nullptr;
    QAction *m_split = nullptr;
    QAction *m_showTechnician = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_exportSeparator = nullptr;
    QList<QAction *> m_exportCsv; // queues, work orders, technicians
    QAction *m_exportPdf = nullptr;
    QPointer<Session> m_session;
    QSettings *m_settings;
};

} // namespace BatchDesk::Ui
