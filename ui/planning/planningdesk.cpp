#include "ui/planning/planningdesk.h"

#include "models/planning/planningmonitor.h"
#include "models/planning/planningtablemodels.h"
#include "models/session/permissions.h"
#include "models/planning/planningcharts.h"
#include "models/planning/planningexport.h"
#include "models/session/session.h"
#include "ui/planning/activitypanel.h"
#include "ui/planning/planningreportpdf.h"
#include "ui/plaintext.h"
#include "ui/planning/planningchartviews.h"
#include "ui/planning/planningicondelegate.h"
#include "ui/wrappingheaderview.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

QTableView *makeView(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    // Long labels over short figures: two-line labels keep every column on a 1366 px screen.
    view->setHorizontalHeader(new WrappingHeaderView(view));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The name column keeps room for a label even when the numbers take the rest.
    view->horizontalHeader()->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 4);
    view->horizontalHeader()->setSortIndicatorShown(true);
    return view;
}

int countRows(const QAbstractItemModel *model, int role)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(role).toBool())
            ++n;
    }
    return n;
}

int countRisk(const QAbstractItemModel *model, std::initializer_list<Risk> risks)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto risk = static_cast<Risk>(model->index(r, 0).data(PlanningRoles::RiskRole).toInt());
        if (std::find(risks.begin(), risks.end(), risk) != risks.end())
            ++n;
    }
    return n;
}

// The board's search for exactly this label: one quoted phrase (a label holding a quote
// cannot be one; its words then do the job, a little less exactly).
QString phrase(const QString &label)
{
    const QString oneLine = label.simplified();
    return oneLine.contains(QLatin1Char('"')) ? oneLine : QLatin1Char('"') + oneLine + QLatin1Char('"');
}

QLabel *sectionTitle(QWidget *parent)
{
    QLabel *label = plainLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PlanningDesk::PlanningDesk(PlanningMonitor *monitor, QSettings *settings, QWidget *parent)
    : Desk(parent)
    , m_monitor(monitor)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("PlanningDesk"));
    m_queues = new QueueLoadModel(this);
    m_workOrders = new WorkOrderRiskModel(this);
    m_technicians = new TechnicianLoadModel(this);
    m_queueProxy = new PlanningLinkProxy(PlanningRoles::QueueIdsRole, this);
    m_queueProxy->setSourceModel(m_queues);
    m_workOrderProxy = new PlanningLinkProxy(PlanningRoles::QueueIdsRole, this);
    m_workOrderProxy->setSourceModel(m_workOrders);
    m_technicianProxy = new PlanningLinkProxy(PlanningRoles::QueueIdsRole, this);
    m_technicianProxy->setSourceModel(m_technicians);

    // --- header: where the pace comes from, the threshold
    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("PaceSummary"));
    m_summary->setWordWrap(true);
    m_thresholdLabel = plainLabel(this);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("OverloadThreshold"));
    m_threshold->setRange(0.5, 60);
    m_threshold->setSingleStep(0.5);
    m_threshold->setDecimals(1);
    m_thresholdLabel->setBuddy(m_threshold);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_thresholdLabel);
    header->addWidget(m_threshold);

    // --- tables
    m_queueView = makeView(m_queueProxy, this, QStringLiteral("QueueLoadView"));
    m_workOrderView = makeView(m_workOrderProxy, this, QStringLiteral("WorkOrderRiskView"));
    m_technicianView = makeView(m_technicianProxy, this, QStringLiteral("TechnicianLoadView"));
    m_queueView->setItemDelegate(new PlanningIconDelegate(QueueLoadModel::Load, false, m_queueView));
    m_workOrderView->setItemDelegate(new PlanningIconDelegate(WorkOrderRiskModel::RiskColumn, true, m_workOrderView));
    m_technicianView->setItemDelegate(new PlanningIconDelegate(TechnicianLoadModel::Status, false, m_technicianView));
    m_queueView->sortByColumn(QueueLoadModel::Queue, Qt::AscendingOrder);
    m_workOrderView->sortByColumn(WorkOrderRiskModel::RiskColumn, Qt::AscendingOrder);
    m_technicianView->sortByColumn(TechnicianLoadModel::Load, Qt::DescendingOrder);
    // A technician's queues are the long text of that table: they take the room, the name fits.
    m_technicianView->horizontalHeader()->setSectionResizeMode(TechnicianLoadModel::Technician,
                                                               QHeaderView::ResizeToContents);
    m_technicianView->horizontalHeader()->setSectionResizeMode(TechnicianLoadModel::Queues, QHeaderView::Stretch);

    m_queueTitle = sectionTitle(this);
    m_workOrderTitle = sectionTitle(this);
    m_technicianTitle = sectionTitle(this);
    m_linkLabel = plainLabel(this);
    m_clearLink = new QToolButton(this);
    m_clearLink->setObjectName(QStringLiteral("ClearQueueLink"));
    m_clearLink->setAutoRaise(true);
    m_clearLink->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    connect(m_clearLink, &QToolButton::clicked, this, [this] { linkToQueue({}); });

    auto boxed = [this](QLabel *title, QWidget *view, QWidget *extra = nullptr, QWidget *extra2 = nullptr) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *row = new QHBoxLayout;
        row->addWidget(title);
        if (extra)
            row->addWidget(extra);
        if (extra2)
            row->addWidget(extra2);
        row->addStretch(1);
        layout->addLayout(row);
        layout->addWidget(view, 1);
        return box;
    };
    // Queues and technicians side by side at the top; the work orders, the longest list with
    // the most columns, across the whole width below.
    m_inner = new QSplitter(Qt::Horizontal, this);
    m_inner->addWidget(boxed(m_queueTitle, m_queueView));
    m_inner->addWidget(boxed(m_technicianTitle, m_technicianView));
    m_inner->setStretchFactor(0, 3);
    m_inner->setStretchFactor(1, 2);
    m_inner->setSizes({720, 630});
    m_outer = new QSplitter(Qt::Vertical, this);
    m_outer->addWidget(m_inner);
    // The work orders share the lower half with the charts (a tab each): at 1366×768 neither
    // would have room beside the other.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("PlanningTabs"));
    m_tabs->setDocumentMode(true);
    m_burnUp = new BurnUpChartView(m_tabs);
    m_daily = new DailyCompletionsChartView(m_tabs);
    m_tabs->addTab(boxed(m_workOrderTitle, m_workOrderView, m_linkLabel, m_clearLink), QString());
    m_tabs->addTab(m_burnUp, QString());
    m_tabs->addTab(m_daily, QString());
    m_outer->addWidget(m_tabs);
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_outer, 1);

    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("PlanningCounts"));
    m_status->hide(); // the shell's status bar shows it while the desk is current

    // --- actions
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->refresh();
    });
    m_showWorkOrder = new QAction(this);
    m_showWorkOrder->setObjectName(QStringLiteral("ShowWorkOrderOnBoard"));
    connect(m_showWorkOrder, &QAction::triggered, this, [this] {
        const QModelIndex current = m_workOrderView->currentIndex();
        if (current.isValid())
            Q_EMIT showOnBoard(phrase(current.siblingAtColumn(0).data(PlanningRoles::ValueRole).toString()));
    });
    m_split = new QAction(this);
    m_split->setObjectName(QStringLiteral("SplitWorkOrder"));
    connect(m_split, &QAction::triggered, this, [this] {
        const QString id = selectedId(m_workOrderView);
        if (!id.isEmpty())
            Q_EMIT splitRequested(id, m_workOrderProxy->linkedIds().value(0));
    });
    m_showTechnician = new QAction(this);
    m_showTechnician->setObjectName(QStringLiteral("ShowTechnicianOnBoard"));
    connect(m_showTechnician, &QAction::triggered, this, [this] {
        const QModelIndex current = m_technicianView->currentIndex();
        if (current.isValid())
            Q_EMIT showOnBoard(phrase(current.siblingAtColumn(0).data(PlanningRoles::ValueRole).toString()));
    });
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_exportSeparator = new QAction(this);
    m_exportSeparator->setSeparator(true);
    const PlanningTable tables[] = {PlanningTable::Queues, PlanningTable::WorkOrders, PlanningTable::Technicians};
    const char *files[] = {"queues.csv", "work-orders.csv", "technicians.csv"};
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        const PlanningTable table = tables[i];
        const QString file = QString::fromLatin1(files[i]);
        connect(action, &QAction::triggered, this, [this, table, file, action] {
            askForFile(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), file,
                       tr("CSV files (*.csv)"), [this, table](const QString &path) { return exportCsv(table, path); });
        });
        m_exportCsv << action;
    }
    m_exportPdf = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_exportPdf->setObjectName(QStringLiteral("ExportPlanningPdf"));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        askForFile(m_exportPdf->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                   QStringLiteral("planning-report.pdf"), tr("PDF files (*.pdf)"),
                   [this](const QString &path) { return exportPdf(path); });
    });
    connect(m_workOrderView, &QAbstractItemView::doubleClicked, m_showWorkOrder, &QAction::trigger);
    connect(m_technicianView, &QAbstractItemView::doubleClicked, m_showTechnician, &QAction::trigger);

    // --- linking
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    linkToQueue(current.data(PlanningRoles::IdRole).toString());
            });
    connect(m_workOrderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanningDesk::updateActions);
    connect(m_workOrderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanningDesk::updateCharts);
    connect(m_technicianView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanningDesk::updateActions);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_queueProxy),
                                      static_cast<QAbstractItemModel *>(m_workOrderProxy),
                                      static_cast<QAbstractItemModel *>(m_technicianProxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PlanningDesk::updateSummary);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PlanningDesk::updateSummary);
        connect(model, &QAbstractItemModel::dataChanged, this, &PlanningDesk::updateSummary);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PlanningDesk::updateSummary);
    }

    const double threshold = m_settings ? m_settings->value(QLatin1String(PlanningMonitor::kOverloadThresholdKey),
                                                            PlanningMonitor::kDefaultOverloadThresholdDays)
                                              .toDouble()
                                        : PlanningMonitor::kDefaultOverloadThresholdDays;
    m_threshold->setValue(threshold);
    if (m_monitor) {
        m_monitor->setOverloadThreshold(threshold);
        m_queues->setMonitor(m_monitor);
        m_workOrders->setMonitor(m_monitor);
        m_technicians->setMonitor(m_monitor);
        connect(m_monitor, &PlanningMonitor::figuresChanged, this, &PlanningDesk::updateSummary);
        connect(m_monitor, &PlanningMonitor::figuresChanged, this, &PlanningDesk::updateCharts);
        connect(m_monitor, &PlanningMonitor::busyChanged, this, &PlanningDesk::updateSummary);
        connect(m_monitor, &PlanningMonitor::problem, this, [this](const QString &message) {
            Q_EMIT statusMessage(message, 10000);
        });
    }
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double days) {
        if (m_monitor)
            m_monitor->setOverloadThreshold(days);
        if (m_settings)
            m_settings->setValue(QLatin1String(PlanningMonitor::kOverloadThresholdKey), days);
    });
    if (m_settings) {
        m_outer->restoreState(m_settings->value(QStringLiteral("planning/outerSplitter")).toByteArray());
        m_inner->restoreState(m_settings->value(QStringLiteral("planning/innerSplitter")).toByteArray());
    }
    retranslateUi();
    updateActions();
}

PlanningDesk::~PlanningDesk() = default;

QString PlanningDesk::title() const
{
    return tr("Planning");
}

QIcon PlanningDesk::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QList<QAction *> PlanningDesk::menuActions() const
{
    return {m_refresh,        m_separator,      m_showWorkOrder,   m_split,           m_showTechnician,
            m_exportSeparator, m_exportCsv.at(0), m_exportCsv.at(1), m_exportCsv.at(2), m_exportPdf};
}

QList<QAction *> PlanningDesk::toolBarActions() const
{
    return {m_refresh, m_exportPdf};
}

QList<QWidget *> PlanningDesk::statusWidgets() const
{
    return {m_status};
}

void PlanningDesk::activate()
{
    if (m_monitor && !m_monitor->hasFigures() && !m_monitor->isBusy())
        m_monitor->refresh();
    m_workOrderView->setFocus();
}

void PlanningDesk::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("planning/outerSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("planning/innerSplitter"), m_inner->saveState());
}

void PlanningDesk::showError(const QString &message)
{
    Q_EMIT statusMessage(message, 10000);
}

void PlanningDesk::setPermissions(Permissions *permissions)
{
    if (m_permissions)
        disconnect(m_permissions, nullptr, this, nullptr);
    m_permissions = permissions;
    if (permissions)
        connect(permissions, &Permissions::changed, this, &PlanningDesk::updateActions);
    updateActions();
}

void PlanningDesk::setActivityModel(ActivityModel *model)
{
    if (m_activity)
        return; // one list for the desk's life
    m_activity = new ActivityPanel(model, m_tabs);
    m_tabs->addTab(m_activity, tr("Activity"));
}

void PlanningDesk::setSession(Session *session)
{
    m_session = session;
}

PlanningFigures PlanningDesk::shownFigures() const
{
    PlanningFigures f = m_monitor ? m_monitor->figures() : PlanningFigures();
    const auto shown = [](const QAbstractItemModel *model) {
        QSet<QString> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.insert(model->index(r, 0).data(PlanningRoles::IdRole).toString());
        return ids;
    };
    const QSet<QString> queues = shown(m_queueProxy);
    const QSet<QString> workOrders = shown(m_workOrderProxy);
    const QSet<QString> technicians = shown(m_technicianProxy);
    std::erase_if(f.queues, [&](const QueueFigures &q) { return !queues.contains(q.queueId); });
    std::erase_if(f.workOrders, [&](const WorkOrderFigures &w) { return !workOrders.contains(w.workOrderId); });
    std::erase_if(f.technicians, [&](const TechnicianFigures &t) { return !technicians.contains(t.userId); });
    return f;
}

QString PlanningDesk::exportCsv(PlanningTable table, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(planningCsv(shownFigures(), table)) < 0 || !file.commit())
        return tr("The table could not be saved to %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

QString PlanningDesk::exportPdf(const QString &path) const
{
    PlanningReportPdf::Heading heading;
    if (m_session) {
        if (const auto profile = m_session->currentProfile())
            heading.server = profile->name.isEmpty() ? profile->baseUrl.toDisplayString() : profile->name;
        heading.user = m_session->user().name;
    }
    return PlanningReportPdf::write(path, shownFigures(), heading, m_monitor ? m_monitor->paceSummary() : QString(),
                                    selectedId(m_workOrderView));
}

void PlanningDesk::askForFile(const QString &title, const QString &suggested, const QString &filter,
                              std::function<QString(const QString &)> write)
{
    // Not blocking: the dialog opens, the desk goes on updating behind it.
    auto *dialog = new QFileDialog(this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                    + QLatin1Char('/') + suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, write](const QString &path) {
        const QString error = write(path);
        Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : error, 10000);
    });
    dialog->open();
}

void PlanningDesk::linkToQueue(const QString &queueId)
{
    const QStringList ids = queueId.isEmpty() ? QStringList() : QStringList{queueId};
    m_workOrderProxy->setLinkedIds(ids);
    m_technicianProxy->setLinkedIds(ids);
    if (queueId.isEmpty())
        m_queueView->selectionModel()->clearSelection();
    const int row = m_queues->rowOf(queueId);
    const QString label = row >= 0 ? m_queues->index(row, 0).data().toString() : QString();
    m_linkLabel->setText(queueId.isEmpty() ? QString() : tr("in %1").arg(label));
    m_clearLink->setVisible(!queueId.isEmpty());
    updateSummary();
    updateActions();
}

void PlanningDesk::updateCharts()
{
    if (!m_monitor || !m_monitor->hasFigures()) {
        m_burnUp->setBurnUp(std::nullopt);
        m_daily->setData({});
        return;
    }
    // The chosen work order, else the worst one shown.
    QString workOrder = selectedId(m_workOrderView);
    if (workOrder.isEmpty() && m_workOrderProxy->rowCount() > 0)
        workOrder = m_workOrderProxy->index(0, 0).data(PlanningRoles::IdRole).toString();
    m_burnUp->setBurnUp(BurnUp::of(m_monitor->figures(), workOrder));
    m_daily->setData(DailyQueueCompletions::of(m_monitor->figures()));
}

QString PlanningDesk::selectedId(QTableView *view) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(PlanningRoles::IdRole).toString() : QString();
}

void PlanningDesk::updateActions()
{
    const QString workOrder = selectedId(m_workOrderView);
    const QString technician = selectedId(m_technicianView);
    const QString pick = tr("Choose a work order in the table first.");
    m_showWorkOrder->setEnabled(!workOrder.isEmpty());
    m_showWorkOrder->setToolTip(workOrder.isEmpty() ? pick : tr("Show this work order's batches on the board"));
    const QString refusal = m_permissions ? m_permissions->reasonIfNot(PlanningAction::Split,
                                                                       m_workOrderProxy->linkedIds().value(0))
                                          : QString();
    m_split->setEnabled(!workOrder.isEmpty() && refusal.isEmpty());
    m_split->setToolTip(workOrder.isEmpty() ? pick
                        : refusal.isEmpty() ? tr("Split this work order's remaining cycles into batches")
                                            : refusal);
    m_showTechnician->setEnabled(!technician.isEmpty());
    m_showTechnician->setToolTip(technician.isEmpty() ? tr("Choose a technician in the table first.")
                                                      : tr("Show this technician's batches on the board"));
}

QString PlanningDesk::countsText() const
{
    const int queues = m_queueProxy->rowCount();
    const int overloadedQueues = countRows(m_queueProxy, PlanningRoles::OverloadedRole);
    const int workOrders = m_workOrderProxy->rowCount();
    const int atRisk = countRisk(m_workOrderProxy, {Risk::Late, Risk::Stalled, Risk::AtRisk});
    const int technicians = m_technicianProxy->rowCount();
    const int overloadedTechs = countRows(m_technicianProxy, PlanningRoles::OverloadedRole);
    //: Status bar of the planning desk; each part counts the rows its table shows.
    return tr("%1 of %n queue(s) overloaded", nullptr, queues).arg(overloadedQueues) + QStringLiteral(" · ")
           + tr("%1 of %n work order(s) late, stalled or at risk", nullptr, workOrders).arg(atRisk)
           + QStringLiteral(" · ") + tr("%1 of %n technician(s) overloaded", nullptr, technicians).arg(overloadedTechs);
}

void PlanningDesk::updateSummary()
{
    if (!m_monitor) {
        m_summary->clear();
        return;
    }
    QString text;
    if (m_monitor->isBusy() && !m_monitor->hasFigures())
        text = tr("Computing the plan…");
    else if (m_monitor->hasFigures())
        text = m_monitor->paceSummary();
    if (!m_monitor->metricsNote().isEmpty())
        text += QLatin1Char(' ') + m_monitor->metricsNote();
    if (m_monitor->hasFigures())
        text += QLatin1Char(' ')
                + tr("As of %1.").arg(QLocale().toString(m_monitor->figures().generatedAt.toLocalTime().time(),
                                                        QLocale::ShortFormat));
    m_summary->setText(text);
    m_status->setText(m_monitor->hasFigures() ? countsText() : QString());
}

void PlanningDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Desk::changeEvent(event);
}

void PlanningDesk::retranslateUi()
{
    m_queueTitle->setText(tr("Queues"));
    m_tabs->setTabText(0, tr("Work orders"));
    m_tabs->setTabText(1, tr("Burn-up"));
    m_tabs->setTabText(2, tr("Daily completions"));
    if (m_activity)
        m_tabs->setTabText(m_tabs->indexOf(m_activity), tr("Activity"));
    m_workOrderTitle->setText(tr("Work orders, worst first"));
    m_technicianTitle->setText(tr("Technicians"));
    m_thresholdLabel->setText(tr("&Overloaded above"));
    m_threshold->setSuffix(tr(" days"));
    m_threshold->setToolTip(tr("A technician is overloaded when their open cycles take longer than this at their pace"));
    m_clearLink->setToolTip(tr("Show every queue's work orders and technicians"));
    m_clearLink->setAccessibleName(tr("Show all queues"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_showWorkOrder->setText(tr("Show work order on &board"));
    m_split->setText(tr("&Split work order…"));
    m_showTechnician->setText(tr("Show &technician's batches on board"));
    m_exportCsv.at(0)->setText(tr("Export &queues as CSV…"));
    m_exportCsv.at(1)->setText(tr("Export &work orders as CSV…"));
    m_exportCsv.at(2)->setText(tr("Export t&echnicians as CSV…"));
    m_exportPdf->setText(tr("Save planning &report as PDF…"));
    m_exportPdf->setToolTip(tr("The tables and charts as shown, paginated, headed with server, user and time"));
    m_queueView->setAccessibleName(tr("Queues"));
    m_workOrderView->setAccessibleName(tr("Work orders"));
    m_technicianView->setAccessibleName(tr("Technicians"));
    m_queues->retranslate();
    m_workOrders->retranslate();
    m_technicians->retranslate();
    linkToQueue(m_workOrderProxy->linkedIds().value(0));
    Q_EMIT presentationChanged();
}

} // namespace BatchDesk::Ui
