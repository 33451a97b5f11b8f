#include "ui/wizards/splitworkorderwizard.h"

#include "models/displaytext.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitpreviewmodel.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"
#include "ui/wizards/catalogbrowser.h"
#include "ui/wizards/runprogresswidget.h"
#include "ui/wizards/splitpagetext.h"
#include "ui/wizards/technicianpicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

using namespace SplitPageText;

namespace {

constexpr int kCatalogPageSize = 50;

} // namespace

// ---------------------------------------------------------------------------------------------
// Work order

SplitWorkOrderPage::SplitWorkOrderPage(SplitWorkOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Work order"));
    setSubTitle(tr("Choose the work order to split into batches. “In batches” is what its batches on the server "
                   "already hold; “Still to split” is what the new batches can take."));

    m_browser = new CatalogBrowser(wizard->workOrders(), wizard->workOrderPager(), this);
    m_browser->setObjectName(QStringLiteral("WorkOrderBrowser"));
    m_browser->setSearchPlaceholder(tr("Search work orders by name, customer or id"));
    m_censusBanner = new ErrorBanner(this);
    m_censusBanner->setObjectName(QStringLiteral("CensusBanner"));
    m_censusLabel = messageLabel(this, QStringLiteral("CensusLabel"), false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_censusBanner);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_censusLabel);

    registerField(QStringLiteral("workOrderId*"), this, "workOrderId", SIGNAL(workOrderChanged()));
    connect(m_browser, &CatalogBrowser::currentIdChanged, this, [this] {
        Q_EMIT workOrderChanged();
        Q_EMIT completeChanged();
    });
    connect(wizard, &SplitWorkOrderWizard::censusChanged, this, [this] {
        if (!m_wizard->censusError().isEmpty()) {
            m_censusBanner->showError(tr("The batches on the server could not be counted, so what is still to "
                                         "split is unknown: %1")
                                          .arg(m_wizard->censusError()),
                                      [this] { m_wizard->loadCensus(); });
        } else {
            m_censusBanner->dismiss();
        }
        m_censusLabel->setVisible(!m_wizard->hasCensus() && m_wizard->censusError().isEmpty());
        Q_EMIT completeChanged();
    });
    connect(m_browser->view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (isComplete())
            m_wizard->next();
    });
}

void SplitWorkOrderPage::initializePage()
{
    m_wizard->workOrderPager()->start();
    if (!m_wizard->hasCensus()) {
        m_censusLabel->setText(tr("Counting the cycles already in batches…"));
        m_censusLabel->show();
        m_wizard->loadCensus();
    }
}

QString SplitWorkOrderPage::workOrderId() const
{
    return m_browser->currentId();
}

bool SplitWorkOrderPage::isComplete() const
{
    // Without the census the sizing page would offer cycles that are already in batches.
    return !workOrderId().isEmpty() && m_wizard->hasCensus();
}

int SplitWorkOrderPage::nextId() const
{
    return SplitWorkOrderWizard::QueuePageId;
}

// ---------------------------------------------------------------------------------------------
// Queue

SplitQueuePage::SplitQueuePage(SplitWorkOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Queue"));
    setSubTitle(tr("Choose the production queue the new batches go into. Queues with lower priority numbers are "
                   "worked first; the active columns show what each queue still has to work."));

    m_browser = new CatalogBrowser(wizard->queues(), wizard->queuePager(), this);
    m_browser->setObjectName(QStringLiteral("QueueBrowser"));
    m_browser->setSearchVisible(false); // a handful of queues: search would only take room
    m_browser->view()->sortByColumn(QueueCatalogModel::PriorityColumn, Qt::AscendingOrder);
    m_refusal = messageLabel(this, QStringLiteral("QueueRefusal"), true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_refusal);

    registerField(QStringLiteral("queueId*"), this, "queueId", SIGNAL(queueChanged()));
    connect(m_browser, &CatalogBrowser::currentIdChanged, this, [this] {
        updateRefusal();
        Q_EMIT queueChanged();
        Q_EMIT completeChanged();
    });
    if (wizard->service()) {
        connect(wizard->service(), &PlanningService::refusalsChanged, this, [this] {
            updateRefusal();
            Q_EMIT completeChanged();
        });
    }
    connect(m_browser->view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (isComplete())
            m_wizard->next();
    });
}

void SplitQueuePage::initializePage()
{
    m_wizard->queuePager()->start();
    updateRefusal();
}

QString SplitQueuePage::queueId() const
{
    return m_browser->currentId();
}

QString SplitQueuePage::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void SplitQueuePage::updateRefusal()
{
    const QString id = queueId();
    const std::optional<QString> refused =
        (m_wizard->service() && !id.isEmpty()) ? m_wizard->service()->refusal(PlanningAction::Split, id) : std::nullopt;
    showLines(m_refusal, refused ? QStringList{tr("Earlier in this session the server did not let you create batches "
                                                  "in this queue: %1")
                                                   .arg(*refused)}
                                 : QStringList());
}

bool SplitQueuePage::isComplete() const
{
    return !queueId().isEmpty() && m_refusal->isHidden();
}

int SplitQueuePage::nextId() const
{
    return SplitWorkOrderWizard::SizingPageId;
}

// ---------------------------------------------------------------------------------------------
// The wizard

SplitWorkOrderWizard::SplitWorkOrderWizard(PlanningService *service, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("SplitWorkOrderWizard"));
    setWindowTitle(tr("Split work order"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    m_workOrders = new WorkOrderCatalogModel(this);
    m_queues = new QueueCatalogModel(this);
    m_workOrderPager = new CatalogPager(service, m_workOrders, this);
    m_workOrderPager->setPageSize(kCatalogPageSize);
    m_queuePager = new CatalogPager(service, m_queues, this);
    m_queuePager->setPageSize(kCatalogPageSize);

    m_workOrderPage = new SplitWorkOrderPage(this);
    m_queuePage = new SplitQueuePage(this);
    m_techniciansPage = new SplitTechniciansPage(this);
    m_sizingPage = new SplitSizingPage(this);
    m_reviewPage = new SplitReviewPage(this);
    m_commitPage = new RunCommitPage(service, [this]() -> WriteRun * { return m_reviewPage->run(); }, this);
    m_commitPage->setTitle(tr("Creating batches"));
    m_commitPage->setSubTitle(tr("Every change is listed with its outcome. Failed changes can be retried; the whole "
                                 "split can be undone for a while."));
    setPage(WorkOrderPageId, m_workOrderPage);
    setPage(QueuePageId, m_queuePage);
    setPage(SizingPageId, m_sizingPage);
    setPage(TechniciansPageId, m_techniciansPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(CommitPageId, m_commitPage);
    setStartId(WorkOrderPageId);

    connect(m_commitPage, &RunCommitPage::runFinished, this, [this](WriteRun *run) {
        const bool changed = run->count(ItemState::Succeeded) > 0;
        // What is in batches changed: the sizing page must not offer those cycles again.
        if (changed)
            loadCensus();
        Q_EMIT runFinished(changed);
    });
    resize(1080, 720);
}

SplitWorkOrderWizard::~SplitWorkOrderWizard()
{
    // A reviewed run that never went out has nothing to keep it.
    if (WriteRun *run = m_reviewPage->run(); run != nullptr && run->phase() == WriteRun::Phase::Ready)
        delete run;
}

void SplitWorkOrderWizard::setPlanningMonitor(PlanningMonitor *monitor)
{
    m_monitor = monitor;
    m_techniciansPage->picker()->setPlanningMonitor(monitor);
}

void SplitWorkOrderWizard::preselect(const QString &workOrderId, const QString &queueId)
{
    if (!workOrderId.isEmpty())
        m_workOrderPage->browser()->selectId(workOrderId);
    if (!queueId.isEmpty())
        m_queuePage->browser()->selectId(queueId);
}

void SplitWorkOrderWizard::loadCensus()
{
    if (!m_service || m_censusLoading)
        return;
    m_censusLoading = true;
    m_service->census(this, [this](Niagara::Outcome<Census> outcome) {
        m_censusLoading = false;
        if (outcome.ok()) {
            m_workOrders->setUsage(outcome.value->workOrders);
            m_queues->setLoads(outcome.value->queues);
            m_censusKnown = true;
            m_censusError.clear();
        } else {
            m_censusError = outcome.error.message();
        }
        Q_EMIT censusChanged();
    });
}

SplitInput SplitWorkOrderWizard::input() const
{
    SplitInput in;
    if (const Niagara::WorkOrder *wo = m_workOrders->item(m_workOrderPage->workOrderId())) {
        in.workOrderId = wo->id;
        in.workOrderLabel = wo->label.isEmpty() ? wo->id : wo->label;
        in.cyclesNeeded = wo->cyclesNeeded();
        in.cyclesBatched = m_workOrders->usage(wo->id).batchedCycles;
    }
    if (const Niagara::Queue *queue = m_queues->item(m_queuePage->queueId())) {
        in.queueId = queue->id;
        in.queueLabel = queue->label.isEmpty() ? queue->id : queue->label;
        in.firstOrder = m_queues->load(queue->id).highestOrder + 1;
    }
    m_sizingPage->fill(in);
    m_techniciansPage->fill(in);
    return in;
}

CreationMode SplitWorkOrderWizard::creationMode() const
{
    return m_sizingPage->creationMode();
}

QList<Niagara::User> SplitWorkOrderWizard::technicians() const
{
    return m_techniciansPage->technicians();
}

void SplitWorkOrderWizard::reject()
{
    if (m_commitPage->progress()->isBusy()) {
        m_commitPage->progress()->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace BatchDesk::Ui
