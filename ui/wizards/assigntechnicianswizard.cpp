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

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = plainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QString firstLabels(const QList<AssignmentTarget> &targets, int shown = 4)
{
    QStringList labels;
    for (const AssignmentTarget &t : targets.mid(0, shown))
        //: A batch's label in quotes, in a list of batches.
        labels << AssignTechniciansWizard::tr("“%1”").arg(t.batchLabel.isEmpty() ? t.batchId : t.batchLabel);
    if (targets.size() > shown)
        labels << AssignTechniciansWizard::tr("%Ln more", nullptr, static_cast<int>(targets.size() - shown));
    return QLocale().createSeparatedList(labels);
}

// Draft field names and values (the file's).
const QString kAssignDraftBatches = QStringLiteral("batches");
const QString kAssignDraftBatchId = QStringLiteral("id");
const QString kAssignDraftBatchLabel = QStringLiteral("label");
const QString kAssignDraftQueueId = QStringLiteral("queueId");
const QString kAssignDraftQueueLabel = QStringLiteral("queueLabel");
const QString kAssignDraftTechnicianIds = QStringLiteral("technicianIds");
const QString kAssignDraftTechnicianNames = QStringLiteral("technicianNames");
const QString kAssignDraftMode = QStringLiteral("mode");

QVariantList assignDraftBatches(const QList<AssignmentTarget> &targets)
{
    QVariantList out;
    for (const AssignmentTarget &t : targets) {
        out << QVariantMap{{kAssignDraftBatchId, t.batchId},
                           {kAssignDraftBatchLabel, t.batchLabel},
                           {kAssignDraftQueueId, t.queueId},
                           {kAssignDraftQueueLabel, t.queueLabel}};
    }
    return out;
}

QList<AssignmentTarget> assignDraftTargets(const QVariant &value)
{
    QList<AssignmentTarget> out;
    QSet<QString> seen;
    for (const QVariant &item : value.toList()) {
        const QVariantMap map = item.toMap();
        AssignmentTarget t;
        t.batchId = map.value(kAssignDraftBatchId).toString();
        if (t.batchId.isEmpty() || seen.contains(t.batchId))
            continue;
        seen.insert(t.batchId);
        t.batchLabel = map.value(kAssignDraftBatchLabel).toString();
        t.queueId = map.value(kAssignDraftQueueId).toString();
        t.queueLabel = map.value(kAssignDraftQueueLabel).toString();
        out << t;
    }
    return out;
}

QStringList assignTargetIds(const QList<AssignmentTarget> &targets)
{
    QStringList ids;
    for (const AssignmentTarget &t : targets)
        ids << t.batchId;
    return ids;
}

} // namespace

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

void AssignTechniciansPage::saveDraft(QVariantMap &fields) const
{
    const QHash<QString, QString> names = m_picker->chosenNames();
    QVariantMap nameMap;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        nameMap.insert(it.key(), it.value());
    fields.insert(kAssignDraftTechnicianIds, m_picker->chosenIds());
    fields.insert(kAssignDraftTechnicianNames, nameMap);
    fields.insert(kAssignDraftMode, m_replace->isChecked() ? QStringLiteral("replace") : QStringLiteral("add"));
}

void AssignTechniciansPage::restoreDraft(const QVariantMap &fields)
{
    QHash<QString, QString> names;
    const QVariantMap nameMap = fields.value(kAssignDraftTechnicianNames).toMap();
    for (auto it = nameMap.cbegin(); it != nameMap.cend(); ++it)
        names.insert(it.key(), it.value().toString());
    m_picker->setChosenIds(fields.value(kAssignDraftTechnicianIds).toStringList(), names);
    (fields.value(kAssignDraftMode).toString() == QLatin1String("replace") ? m_replace : m_add)->setChecked(true);
}

void AssignTechniciansPage::resetInputs()
{
    m_picker->setChosenIds({});
    m_add->setChecked(true);
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
// Preview

AssignPreviewPage::AssignPreviewPage(AssignTechniciansWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing has been sent yet. This is who will work which batches."));
    setButtonText(QWizard::NextButton, tr("Assign"));

    m_summary = wrappedLabel(this, QStringLiteral("AssignSummary"));
    m_refusals = wrappedLabel(this, QStringLiteral("AssignRefusals"));
    QPalette palette = m_refusals->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_refusals->setPalette(palette);
    m_refusals->hide();
    m_loadWarning = plainLabel(this);
    m_loadWarning->setObjectName(QStringLiteral("AssignLoadWarning"));
    m_loadWarning->setWordWrap(true);
    QPalette warningPalette = m_loadWarning->palette();
    warningPalette.setColor(QPalette::WindowText, DisplayText::errorColor(warningPalette));
    m_loadWarning->setPalette(warningPalette);
    m_loadWarning->hide();
    m_banner = new ErrorBanner(this);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("DetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("AssignDetails"));
    m_changeCount = plainLabel(m_details);
    m_changeCount->setObjectName(QStringLiteral("AssignChangeCount"));
    m_changes = new QTreeWidget(m_details);
    m_changes->setObjectName(QStringLiteral("AssignChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setHeaderLabels({tr("Batch"), tr("Change"), tr("Technician"), tr("Request")});
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->resizeSection(0, 260);
    m_changes->header()->resizeSection(1, 90);
    m_changes->header()->resizeSection(2, 170);

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_changeCount);
    detailsLayout->addWidget(m_changes, 1);
    m_details->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_refusals);
    layout->addWidget(m_loadWarning);
    layout->addSpacing(6);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    const int spacer = layout->count();
    layout->addStretch(1); // holds the text up while the details are closed
    connect(m_detailsToggle, &QToolButton::toggled, this, [this, layout, spacer](bool open) {
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
        layout->setStretch(spacer, open ? 0 : 1);
    });
}

void AssignPreviewPage::initializePage()
{
    m_changes->clear();
    m_changeCount->clear();
    m_banner->dismiss();
    m_refusals->hide();
    m_loadWarning->hide();
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = nullptr;
    PlanningService *service = m_wizard->service();
    if (!service)
        return;
    m_loading = true;
    m_summary->setText(tr("Reading the technicians each batch has now…"));
    Q_EMIT completeChanged();
    // A second visit while the first read is still running: only the newest answer counts.
    const quint64 generation = ++m_generation;
    service->loadAssignmentTargets(m_wizard->targets(), this,
                                   [this, generation](Niagara::Outcome<QList<AssignmentTarget>> outcome) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!outcome.ok()) {
            m_summary->clear();
            m_banner->showError(tr("The batches' current technicians could not be read: %1").arg(outcome.error.message()),
                                [this] { initializePage(); });
            Q_EMIT completeChanged();
            return;
        }
        showChanges(*outcome.value);
    });
}

void AssignPreviewPage::showChanges(const QList<AssignmentTarget> &targets)
{
    PlanningService *service = m_wizard->service();
    const QList<Niagara::User> technicians = m_wizard->technicians();
    const QList<WriteItem> items = PlanningService::assignmentItems(targets, technicians, m_wizard->mode());

    int adds = 0;
    int removes = 0;
    for (const WriteItem &item : items) {
        const bool add = item.action == WriteItem::Action::AddTechnician;
        (add ? adds : removes)++;
        const QString request = add ? QStringLiteral("POST /batches/%1/relations").arg(item.batchId)
                                    : QStringLiteral("DELETE /batches/%1/relations/%2").arg(item.batchId, item.relationId);
        auto *row = new QTreeWidgetItem(m_changes, {item.batchLabel.isEmpty() ? item.batchId : item.batchLabel,
                                                    add ? tr("Assign", "change: the technician is added to the batch")
                                                        : tr("Unassign", "change: the technician is taken off the batch"),
                                                    item.userName.isEmpty() ? item.userId : item.userName, request});
        row->setToolTip(3, plainToolTip(request)); // server ids
    }
    // Batch labels vary in length; the request (long ids) gets what is left and a tooltip.
    for (int column : {0, 1, 2})
        m_changes->resizeColumnToContents(column);
    m_changes->header()->resizeSection(0, std::min(m_changes->header()->sectionSize(0) + 16, m_changes->width() / 2));

    QStringList refused;
    QSet<QString> seenQueues;
    for (const AssignmentTarget &t : targets) {
        if (seenQueues.contains(t.queueId))
            continue;
        seenQueues.insert(t.queueId);
        if (const std::optional<QString> reason = service->refusal(PlanningAction::Assign, t.queueId))
            refused << *reason;
    }
    m_refusals->setText(refused.isEmpty() ? QString()
                                          : tr("Earlier in this session the server did not let you change technicians "
                                               "in these queues:\n%1")
                                                .arg(refused.join(QLatin1Char('\n'))));
    m_refusals->setVisible(!refused.isEmpty());

    if (items.isEmpty()) {
        m_summary->setText(tr("Nothing to change: the chosen technicians are already the batches' technicians."));
    } else {
        // Per person, in the order chosen (then those taken off): "Add Yuki Tanaka to 6 batches".
        QStringList order;
        QHash<QString, QString> names;
        QHash<QString, int> added;
        QHash<QString, int> removed;
        for (const Niagara::User &u : technicians) {
            order << u.id;
            names.insert(u.id, DisplayText::userName(u));
        }
        for (const WriteItem &item : items) {
            if (!order.contains(item.userId))
                order << item.userId;
            if (!names.contains(item.userId))
                names.insert(item.userId, item.userName.isEmpty() ? item.userId : item.userName);
            (item.action == WriteItem::Action::AddTechnician ? added : removed)[item.userId]++;
        }
        const auto batches = [](int n) { return tr("%Ln batch(es)", "", n); };
        QStringList lines;
        for (const QString &id : std::as_const(order)) {
            if (const int n = added.value(id); n > 0)
                lines << tr("Add %1 to %2").arg(names.value(id), batches(n));
        }
        for (const QString &id : std::as_const(order)) {
            if (const int n = removed.value(id); n > 0)
                lines << tr("Take %1 off %2").arg(names.value(id), batches(n));
        }
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_changeCount->setText(tr("%1 and %2 on %Ln batch(es).", nullptr, static_cast<int>(targets.size()))
                                   .arg(tr("%Ln relation(s) to create", nullptr, adds),
                                        tr("%Ln to delete", nullptr, removes)));
        if (refused.isEmpty())
            m_run = service->createAssignmentRun(targets, technicians, m_wizard->mode());
        showLoadWarning(targets);
    }
    Q_EMIT completeChanged();
}

void AssignPreviewPage::showLoadWarning(const QList<AssignmentTarget> &targets)
{
    PlanningMonitor *monitor = m_wizard->planningMonitor();
    BatchStore *store = m_wizard->store();
    if (monitor == nullptr || !monitor->hasFigures() || store == nullptr) {
        m_loadWarning->hide();
        return;
    }
    // The technicians each batch has now (read from the server for this preview) and its open
    // cycles (the board's store), shared as the desk shares them.
    QList<StaffedBatch> batches;
    for (const AssignmentTarget &t : targets) {
        StaffedBatch b;
        if (const BatchRecord *record = store->batch(t.batchId)) {
            b.openCycles = activeCycles(record->cycles);
        }
        for (const Niagara::Relation &r : t.technicians) {
            if (r.entity)
                b.technicianIds << r.entity->id;
        }
        batches << b;
    }
    QStringList chosen;
    QHash<QString, QString> names;
    for (const Niagara::User &u : m_wizard->technicians()) {
        chosen << u.id;
        names.insert(u.id, DisplayText::userName(u));
    }
    const PlanningFigures &figures = monitor->figures();
    const std::vector<ProjectedLoad> over = LoadProjection::overloaded(
        figures.technicians, LoadProjection::assignmentChange(batches, chosen, m_wizard->mode() == AssignMode::Replace),
        figures.overloadThresholdDays, names);
    const QStringList lines = loadWarningLines(over, figures.overloadThresholdDays);
    m_loadWarning->setText(lines.join(QLatin1Char('\n')));
    m_loadWarning->setVisible(!lines.isEmpty());
}

void AssignPreviewPage::cleanupPage()
{
    ++m_generation;
    m_loading = false;
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = nullptr;
    QWizardPage::cleanupPage();
}

bool AssignPreviewPage::isComplete() const
{
    return m_run != nullptr && !m_loading;
}

int AssignPreviewPage::nextId() const
{
    return AssignTechniciansWizard::CommitPageId;
}

QString AssignPreviewPage::summaryText() const
{
    return m_summary->text();
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
        if (run == m_draftRun)
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

// --- drafts

void AssignTechniciansWizard::watchInputs()
{
    m_draft->setDescriptiveFields({kAssignDraftTechnicianNames});
    const auto changed = [this] { m_draft->scheduleSave(); };
    if (m_batchesPage)
        connect(m_batchesPage, &AssignBatchesPage::chosenChanged, m_draft, changed);
    connect(m_techniciansPage->picker(), &TechnicianPicker::chosenChanged, m_draft, changed);
    connect(m_techniciansPage->addRadio(), &QRadioButton::toggled, m_draft, changed);
    connect(this, &QWizard::currentIdChanged, m_draft, [this](int id) {
        // A page change is a moment the manager expects to have been kept.
        if (id == CommitPageId && m_commitPage->progress()->run() != m_draftRun) {
            m_draftRun = m_commitPage->progress()->run();
            m_draft->commitStarted();
        } else {
            m_draft->saveNow();
        }
    });
}

QVariantMap AssignTechniciansWizard::draftFields() const
{
    QVariantMap fields;
    fields.insert(kAssignDraftBatches, assignDraftBatches(targets()));
    m_techniciansPage->saveDraft(fields);
    return fields;
}

void AssignTechniciansWizard::useDrafts(DraftStore *store, const QString &profileId, const QString &userEmail)
{
    const std::optional<Draft> draft =
        m_draft->attach(store, DraftStore::keyFor(DraftKind::AssignTechnicians, profileId, userEmail));
    if (draft)
        restoreDraft(*draft);
    m_draft->markSaved();
}

void AssignTechniciansWizard::restoreDraft(const Draft &draft)
{
    m_draft->setPaused(true);
    const QList<AssignmentTarget> batches = assignDraftTargets(draft.fields.value(kAssignDraftBatches));
    // The draft's batches win over the board's selection (more of the manager's work than a
    // click on a row); Start over goes back to the selection.
    bool seedsDiffer = false;
    if (!batches.isEmpty()) {
        seedsDiffer = !m_boardSeeds.isEmpty() && assignTargetIds(m_boardSeeds) != assignTargetIds(batches);
        if (m_batchesPage)
            m_batchesPage->setChosenTargets(batches);
        else
            m_seeds = batches;
    }
    m_techniciansPage->restoreDraft(draft.fields);
    if (currentPage() == m_techniciansPage)
        m_techniciansPage->initializePage(); // the batches it names changed
    m_restoredDraft = true;
    m_draft->setPaused(false);
    m_draftNote->showRestored(draft.savedAt, seedsDiffer ? tr("The batches selected on the board were not used; Start "
                                                              "over uses them instead.")
                                                         : QString());
}

void AssignTechniciansWizard::startOver()
{
    m_draft->setPaused(true);
    if (m_batchesPage)
        m_batchesPage->setChosenTargets({});
    m_seeds = m_boardSeeds;
    m_techniciansPage->resetInputs();
    if (currentPage() == m_techniciansPage)
        m_techniciansPage->initializePage();
    m_restoredDraft = false;
    m_draft->setPaused(false);
    m_draft->discard();
    m_draftNote->hide();
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
