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
#include "ui/wizards/wizarddraft.h"

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

// Draft field names (the file's; kept stable across versions of the wizard).
const QString kSplitDraftWorkOrderId = QStringLiteral("workOrderId");
const QString kSplitDraftWorkOrderLabel = QStringLiteral("workOrderLabel");
const QString kSplitDraftQueueId = QStringLiteral("queueId");
const QString kSplitDraftQueueLabel = QStringLiteral("queueLabel");

// Both catalog pages (work order, queue) hold on to a chosen id — the board's or a restored
// draft's — until its row arrives; meanwhile a line under the catalog says why it is not
// selected yet. `failed`, `gone` and `loading` are the page's own translated texts, each
// with %1 for the chosen one's label (or its id when the label is not known).
void chooseInCatalog(CatalogBrowser *browser, const QString &id)
{
    if (id.isEmpty())
        browser->clearChoice();
    else
        browser->selectId(id);
}

void showWaitingForChoice(QLabel *line, const CatalogBrowser *browser, PagedCatalogModel::State state,
                          const QString &wantedId, const QString &wantedLabel, const QString &failed,
                          const QString &gone, const QString &loading)
{
    const QString pending = browser->pendingId();
    if (pending.isEmpty()) {
        showLines(line, {});
        return;
    }
    const QString name = pending == wantedId && !wantedLabel.isEmpty() ? wantedLabel : pending;
    switch (state) {
    case PagedCatalogModel::State::Failed:
        showLines(line, {failed.arg(name)});
        return;
    case PagedCatalogModel::State::Complete:
        showLines(line, {gone.arg(name)});
        return;
    case PagedCatalogModel::State::Idle:
    case PagedCatalogModel::State::Loading:
        showLines(line, {loading.arg(name)});
        return;
    }
}

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

    m_draftNote = new DraftNote(this);
    m_browser = new CatalogBrowser(wizard->workOrders(), wizard->workOrderPager(), this);
    m_browser->setObjectName(QStringLiteral("WorkOrderBrowser"));
    m_browser->setSearchPlaceholder(tr("Search work orders by name, customer or id"));
    m_censusBanner = new ErrorBanner(this);
    m_censusBanner->setObjectName(QStringLiteral("CensusBanner"));
    m_censusLabel = messageLabel(this, QStringLiteral("CensusLabel"), false);
    m_waiting = messageLabel(this, QStringLiteral("WorkOrderWaiting"), false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftNote);
    layout->addWidget(m_censusBanner);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_waiting);
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
    connect(m_browser, &CatalogBrowser::pendingChanged, this, &SplitWorkOrderPage::updateWaiting);
}

void SplitWorkOrderPage::want(const QString &id, const QString &label)
{
    m_wantedId = id;
    m_wantedLabel = label;
    chooseInCatalog(m_browser, id);
    updateWaiting();
}

void SplitWorkOrderPage::updateWaiting()
{
    showWaitingForChoice(m_waiting, m_browser, m_wizard->workOrders()->state(), m_wantedId, m_wantedLabel,
                         tr("The work orders could not be loaded. “%1” stays chosen and is selected once they load."),
                         tr("The work order “%1” is no longer on the server. Choose another one."),
                         tr("Waiting for the work orders to load to select “%1”."));
}

void SplitWorkOrderPage::saveDraft(QVariantMap &fields) const
{
    const QString id = m_browser->wantedId();
    QString label = id == m_wantedId ? m_wantedLabel : QString();
    if (const Niagara::WorkOrder *wo = m_wizard->workOrders()->item(id))
        label = wo->label;
    fields.insert(kSplitDraftWorkOrderId, id);
    fields.insert(kSplitDraftWorkOrderLabel, label);
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
    m_waiting = messageLabel(this, QStringLiteral("QueueWaiting"), false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_waiting);
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
    connect(m_browser, &CatalogBrowser::pendingChanged, this, &SplitQueuePage::updateWaiting);
}

void SplitQueuePage::want(const QString &id, const QString &label)
{
    m_wantedId = id;
    m_wantedLabel = label;
    chooseInCatalog(m_browser, id);
    updateWaiting();
}

void SplitQueuePage::updateWaiting()
{
    showWaitingForChoice(m_waiting, m_browser, m_wizard->queues()->state(), m_wantedId, m_wantedLabel,
                         tr("The queues could not be loaded. “%1” stays chosen and is selected once they load."),
                         tr("The queue “%1” is no longer on the server. Choose another one."),
                         tr("Waiting for the queues to load to select “%1”."));
}

void SplitQueuePage::saveDraft(QVariantMap &fields) const
{
    const QString id = m_browser->wantedId();
    QString label = id == m_wantedId ? m_wantedLabel : QString();
    if (const Niagara::Queue *queue = m_wizard->queues()->item(id))
        label = queue->label;
    fields.insert(kSplitDraftQueueId, id);
    fields.insert(kSplitDraftQueueLabel, label);
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
    , m_draft(new WizardDraft([this] { return draftFields(); }, this))
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
        // The split itself (not its undo) done in full: the draft has served its purpose.
        if (m_draft->isCommittedRun(run))
            m_draft->commitFinished(run->count(ItemState::Succeeded) == run->items().size());
        const bool changed = run->count(ItemState::Succeeded) > 0;
        // What is in batches changed: the sizing page must not offer those cycles again.
        if (changed)
            loadCensus();
        Q_EMIT runFinished(changed);
    });
    connect(m_workOrderPage->draftNote(), &DraftNote::startOverClicked, this, &SplitWorkOrderWizard::startOver);
    watchInputs();
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
    m_seedWorkOrderId = workOrderId;
    m_seedQueueId = queueId;
    // A restored draft is more of the manager's work than a row selected on the board.
    if (m_restoredDraft)
        return;
    if (!workOrderId.isEmpty())
        m_workOrderPage->want(workOrderId);
    if (!queueId.isEmpty())
        m_queuePage->want(queueId);
    m_draft->markSaved();
}

// --- drafts

DraftNote *SplitWorkOrderWizard::draftNote() const
{
    return m_workOrderPage->draftNote();
}

void SplitWorkOrderWizard::watchInputs()
{
    m_draft->setDescriptiveFields({kSplitDraftWorkOrderLabel, kSplitDraftQueueLabel, QStringLiteral("technicianNames")});
    const auto changed = [this] { m_draft->scheduleSave(); };
    connect(m_workOrderPage->browser(), &CatalogBrowser::currentIdChanged, m_draft, changed);
    connect(m_queuePage->browser(), &CatalogBrowser::currentIdChanged, m_draft, changed);
    SplitSizingPage *sizing = m_sizingPage;
    connect(sizing->batchSizeRadio(), &QRadioButton::toggled, m_draft, changed);
    connect(sizing->sizingSpin(), &QSpinBox::valueChanged, m_draft, changed);
    connect(sizing->remainderCombo(), &QComboBox::currentIndexChanged, m_draft, changed);
    connect(sizing->labelPatternEdit(), &QLineEdit::textChanged, m_draft, changed);
    connect(sizing->partialCheck(), &QCheckBox::toggled, m_draft, changed);
    connect(sizing->cyclesToSplitSpin(), &QSpinBox::valueChanged, m_draft, changed);
    connect(sizing->overSplitCheck(), &QCheckBox::toggled, m_draft, changed);
    connect(sizing->bulkRadio(), &QRadioButton::toggled, m_draft, changed);
    connect(m_techniciansPage->picker(), &TechnicianPicker::chosenChanged, m_draft, changed);
    connect(m_techniciansPage->allBatchesRadio(), &QRadioButton::toggled, m_draft, changed);
    m_draft->followPages(this, CommitPageId, [this] { return static_cast<const QObject *>(m_commitPage->progress()->run()); });
}

QVariantMap SplitWorkOrderWizard::draftFields() const
{
    QVariantMap fields;
    m_workOrderPage->saveDraft(fields);
    m_queuePage->saveDraft(fields);
    m_sizingPage->saveDraft(fields);
    m_techniciansPage->saveDraft(fields);
    return fields;
}

void SplitWorkOrderWizard::useDrafts(DraftStore *store, const QString &profileId, const QString &userEmail)
{
    const std::optional<Draft> draft = m_draft->attach(store, DraftStore::keyFor(DraftKind::SplitWorkOrder, profileId, userEmail));
    if (draft)
        restoreDraft(*draft);
    m_draft->markSaved();
}

void SplitWorkOrderWizard::restoreDraft(const Draft &draft)
{
    m_draft->setPaused(true);
    const QVariantMap &f = draft.fields;
    const QString workOrderId = f.value(kSplitDraftWorkOrderId).toString();
    const QString queueId = f.value(kSplitDraftQueueId).toString();
    m_workOrderPage->want(workOrderId, f.value(kSplitDraftWorkOrderLabel).toString());
    m_queuePage->want(queueId, f.value(kSplitDraftQueueLabel).toString());
    m_sizingPage->restoreDraft(f);
    m_techniciansPage->restoreDraft(f);
    m_restoredDraft = true;
    m_draft->setPaused(false);

    // The board's selection loses to the draft; say so when they differ, Start over takes it.
    const bool seedsDiffer = (!m_seedWorkOrderId.isEmpty() && m_seedWorkOrderId != workOrderId)
        || (!m_seedQueueId.isEmpty() && m_seedQueueId != queueId);
    m_workOrderPage->draftNote()->showRestored(
        draft.savedAt, seedsDiffer ? tr("What is selected on the board was not used; Start over uses it instead.") : QString());
}

void SplitWorkOrderWizard::startOver()
{
    m_draft->setPaused(true);
    m_workOrderPage->want(m_seedWorkOrderId);
    m_queuePage->want(m_seedQueueId);
    m_sizingPage->resetInputs();
    m_techniciansPage->resetInputs();
    m_restoredDraft = false;
    m_draft->setPaused(false);
    m_draft->discard();
    m_workOrderPage->draftNote()->hide();
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
    // Cancel abandons what was typed (a failed commit's inputs stay for another try).
    m_draft->abandon();
    QWizard::reject();
}

} // namespace BatchDesk::Ui
