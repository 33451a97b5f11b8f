#include "ui/wizards/assigntechnicianswizard.h"

#include "models/batchproxies.h"
#include "models/displaytext.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/planning/loadprojection.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"
#include "ui/wizards/loadwarningtext.h"
#include "ui/wizards/runprogresswidget.h"
#include "ui/wizards/technicianpicker.h"
#include "ui/wizards/assignwizardtext.h"
#include "ui/wizards/wizarddraft.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

using AssignWizardText::firstLabels;
using AssignWizardText::wrappedLabel;

// ---------------------------------------------------------------------------------------------
// Batches

AssignBatchesPage::AssignBatchesPage(AssignTechniciansWizard *wizard, BatchStore *store)
    : QWizardPage(wizard)
    , m_store(store)
{
    setTitle(tr("Batches"));
    setSubTitle(tr("Choose the batches to staff. Search, then select rows; hold Ctrl or Shift to choose several. "
                   "Batches stay chosen while you search for more."));

    m_model = new BatchTreeModel(store, this);
    m_filter = new TextFilterProxy(this);
    m_filter->setSourceModel(m_model);
    m_sort = new BatchSortProxy(this);
    m_sort->setSourceModel(m_filter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("BatchSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search batches, work orders, queues, technicians"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("BatchChooser"));
    m_view->setModel(m_sort);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Label, status, cycles, technicians: what tells batches apart when choosing.
    for (int column = 0; column < ColumnCount; ++column) {
        m_view->setColumnHidden(column, column != LabelColumn && column != StatusColumn
                                            && column != NumberCyclesColumn && column != TechniciansColumn);
    }
    m_view->header()->setStretchLastSection(true);
    // Work-order labels are long; the cycles column holds "51 of 60 needed" on group rows.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->header()->resizeSection(LabelColumn, 30 * em);
    m_view->header()->resizeSection(StatusColumn, 9 * em);
    m_view->header()->resizeSection(NumberCyclesColumn, 11 * em);

    m_summary = wrappedLabel(this, QStringLiteral("ChosenBatches"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Rows the filter hides leave the selection; they must not leave the choice.
        m_applying = true;
        m_filter->setText(text);
        m_applying = false;
        if (text.trimmed().isEmpty())
            m_view->expandToDepth(0);
        else
            m_view->expandAll();
        reselectChosen();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssignBatchesPage::onSelectionChanged);
    if (store) {
        connect(store, &BatchStore::batchesRemoved, this, [this](const QStringList &ids) {
            const qsizetype before = m_chosen.size();
            for (const QString &id : ids)
                m_chosen.removeAll(id);
            updateSummary();
            if (m_chosen.size() != before) {
                Q_EMIT completeChanged();
                Q_EMIT chosenChanged();
            }
        });
        // A draft's batches the board had not loaded yet: selected when they arrive.
        connect(store, &BatchStore::batchesAdded, this, [this](const QStringList &ids) {
            for (const QString &id : ids) {
                if (m_chosen.contains(id)) {
                    reselectChosen();
                    updateSummary();
                    return;
                }
            }
        });
    }
    m_view->expandToDepth(0);
    updateSummary();
}

void AssignBatchesPage::onSelectionChanged()
{
    if (m_applying)
        return;
    // The selection shows the chosen batches that are visible; hidden ones stay chosen.
    QSet<QString> visibleSelected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch))
            visibleSelected.insert(index.data(BatchRoles::IdRole).toString());
    }
    QStringList next;
    for (const QString &id : std::as_const(m_chosen)) {
        const QModelIndex source = m_model->batchIndex(id);
        const bool visible = source.isValid() && m_sort->mapFromSource(m_filter->mapFromSource(source)).isValid();
        if (!visible || visibleSelected.contains(id))
            next << id;
    }
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(BatchRoles::IdRole).toString();
        if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch) && !next.contains(id))
            next << id;
    }
    if (next == m_chosen)
        return;
    m_chosen = next;
    updateSummary();
    Q_EMIT completeChanged();
    Q_EMIT chosenChanged();
}

void AssignBatchesPage::reselectChosen()
{
    QItemSelection selection;
    for (const QString &id : std::as_const(m_chosen)) {
        const QModelIndex index = m_sort->mapFromSource(m_filter->mapFromSource(m_model->batchIndex(id)));
        if (index.isValid())
            selection.select(index, index);
    }
    m_applying = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_applying = false;
}

void AssignBatchesPage::setChosen(const QString &batchId, bool chosen)
{
    if (chosen == m_chosen.contains(batchId))
        return;
    if (chosen)
        m_chosen << batchId;
    else
        m_chosen.removeAll(batchId);
    reselectChosen();
    updateSummary();
    Q_EMIT completeChanged();
    Q_EMIT chosenChanged();
}

void AssignBatchesPage::setChosenTargets(const QList<AssignmentTarget> &targets)
{
    m_known.clear();
    QStringList ids;
    for (const AssignmentTarget &t : targets) {
        if (t.batchId.isEmpty() || ids.contains(t.batchId))
            continue;
        ids << t.batchId;
        m_known.insert(t.batchId, t);
    }
    m_chosen = ids;
    reselectChosen();
    updateSummary();
    Q_EMIT completeChanged();
    Q_EMIT chosenChanged();
}

QList<AssignmentTarget> AssignBatchesPage::targets() const
{
    QList<AssignmentTarget> out;
    for (const QString &id : m_chosen) {
        const BatchRecord *record = m_store ? m_store->batch(id) : nullptr;
        if (record == nullptr) {
            // Chosen in a draft, not on the board (yet): the preview reads it from the server.
            if (const auto known = m_known.constFind(id); known != m_known.cend())
                out << *known;
            continue;
        }
        AssignmentTarget t;
        t.batchId = id;
        t.batchLabel = record->label;
        t.queueId = record->queueId;
        if (const Niagara::Queue *queue = m_store->queue(record->queueId))
            t.queueLabel = queue->label;
        out << t;
    }
    return out;
}

QString AssignBatchesPage::summaryText() const
{
    return m_summary->text();
}

void AssignBatchesPage::updateSummary()
{
    const QList<AssignmentTarget> chosen = targets();
    QString text = chosen.isEmpty() ? tr("No batch chosen yet.")
                                    : tr("%Ln batch(es) chosen: %1", nullptr, static_cast<int>(chosen.size()))
                                          .arg(firstLabels(chosen));
    QList<AssignmentTarget> waiting;
    for (const AssignmentTarget &t : chosen) {
        if (!m_store || m_store->batch(t.batchId) == nullptr)
            waiting << t;
    }
    if (!waiting.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Not on the board yet: %1. The board is still loading them, or they are no longer on the server; "
                 "the preview reads them from the server.")
                  .arg(firstLabels(waiting));
    }
    m_summary->setText(text);
}

bool AssignBatchesPage::isComplete() const
{
    return !m_chosen.isEmpty();
}

int AssignBatchesPage::nextId() const
{
    return AssignTechniciansWizard::TechniciansPageId;
}

// ---------------------------------------------------------------------------------------------
// Technicians

AssignTechniciansPage::AssignTechniciansPage(AssignTechniciansWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Technicians"));
    setSubTitle(tr("Choose who works these batches, and whether they join or replace the technicians the batches "
                   "have now."));

    m_targets = wrappedLabel(this, QStringLiteral("AssignTargets"));
    m_picker = new TechnicianPicker(wizard->service(), this);
    m_picker->setObjectName(QStringLiteral("TechnicianPicker"));
    m_add = new QRadioButton(tr("Add: keep the batches' current technicians"), this);
    m_add->setObjectName(QStringLiteral("AssignAdd"));
    m_replace = new QRadioButton(tr("Replace: the chosen people become the only technicians"), this);
    m_replace->setObjectName(QStringLiteral("AssignReplace"));
    m_add->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_add);
    group->addButton(m_replace);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_add);
    modes->addWidget(m_replace);
    modes->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_targets);
    layout->addWidget(m_picker, 1);
    layout->addLayout(modes);

    connect(m_picker, &TechnicianPicker::chosenChanged, this, &QWizardPage::completeChanged);
}

QString AssignTechniciansPage::targetsText() const
{
    return m_targets->text();
}

void AssignTechniciansPage::initializePage()
{
    const QList<AssignmentTarget> targets = m_wizard->targets();
    QList<std::pair<QString, QString>> queues;
    QSet<QString> seen;
    for (const AssignmentTarget &t : targets) {
        if (!t.queueId.isEmpty() && !seen.contains(t.queueId)) {
            seen.insert(t.queueId);
            queues.append({t.queueId, t.queueLabel});
        }
    }
    m_picker->setTargetQueues(queues);
    m_picker->start();
    m_targets->setText(tr("For %Ln batch(es): %1", nullptr, static_cast<int>(targets.size())).arg(firstLabels(targets)));
}

bool AssignTechniciansPage::isComplete() const
{
    // A person put back from a draft whose page has not arrived would be left out of the run.
    return !m_picker->chosenIds().isEmpty() && m_picker->allChosenLoaded();
}

int AssignTechniciansPage::nextId() const
{
    return AssignTechniciansWizard::PreviewPageId;
}

AssignMode AssignTechniciansPage::mode() const
{
    return m_replace->isChecked() ? AssignMode::Replace : AssignMode::Add;
}

QList<Niagara::User> AssignTechniciansPage::technicians() const
{
    return m_picker->chosenUsers();
}

// ---------------------------------------------------------------------------------------------
// The wizard

AssignTechniciansWizard::AssignTechniciansWizard(PlanningService *service, BatchStore *store,
                                                 const QList<AssignmentTarget> &seeds, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_store(store)
    , m_seeds(seeds)
    , m_boardSeeds(seeds)
    , m_draft(new WizardDraft([this] { return draftFields(); }, this))
{
    setObjectName(QStringLiteral("AssignTechniciansWizard"));
    setWindowTitle(tr("Assign technicians"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    if (seeds.isEmpty()) {
        m_batchesPage = new AssignBatchesPage(this, store);
        setPage(BatchesPageId, m_batchesPage);
    }
    m_techniciansPage = new AssignTechniciansPage(this);
    m_previewPage = new AssignPreviewPage(this);
    m_commitPage = new RunCommitPage(service, [this]() -> WriteRun * { return m_previewPage->run(); }, this);
    m_commitPage->setTitle(tr("Assigning technicians"));
    m_commitPage->setSubTitle(tr("Every relation is listed with its outcome. Failed changes can be retried; the "
                                 "assignment can be undone for a while."));
    setPage(TechniciansPageId, m_techniciansPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(CommitPageId, m_commitPage);
    setStartId(seeds.isEmpty() ? BatchesPageId : TechniciansPageId);

    connect(m_commitPage, &RunCommitPage::runFinished, this, [this](WriteRun *run) {
        // The assignment itself (not its undo) done in full: the draft has served its purpose.
        if (m_draft->isCommittedRun(run))
            m_draft->commitFinished(run->count(ItemState::Succeeded) == run->items().size());
        Q_EMIT runFinished(run->count(ItemState::Succeeded) > 0);
    });

    // The note goes on the first page, whichever that is.
    m_draftNote = new DraftNote;
    QWizardPage *first = m_batchesPage ? static_cast<QWizardPage *>(m_batchesPage) : m_techniciansPage;
    if (auto *layout = qobject_cast<QVBoxLayout *>(first->layout()))
        layout->insertWidget(0, m_draftNote);
    else
        m_draftNote->setParent(first);
    connect(m_draftNote, &DraftNote::startOverClicked, this, &AssignTechniciansWizard::startOver);
    watchInputs();
    resize(1000, 680);
}

AssignTechniciansWizard::~AssignTechniciansWizard()
{
    if (WriteRun *run = m_previewPage->run(); run != nullptr && run->phase() == WriteRun::Phase::Ready)
        delete run;
}

void AssignTechniciansWizard::setPlanningMonitor(PlanningMonitor *monitor)
{
    m_monitor = monitor;
    m_techniciansPage->picker()->setPlanningMonitor(monitor);
}

QList<AssignmentTarget> AssignTechniciansWizard::targets() const
{
    return m_batchesPage ? m_batchesPage->targets() : m_seeds;
}

void AssignTechniciansWizard::reject()
{
    if (m_commitPage->progress()->isBusy()) {
        m_commitPage->progress()->cancel();
        return;
    }
    // Cancel abandons what was chosen (a failed commit's choice stays for another try).
    m_draft->abandon();
    QWizard::reject();
}

} // namespace BatchDesk::Ui
