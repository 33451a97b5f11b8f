// The assign-technicians wizard's draft: what is kept of its inputs, how it comes back, and
// Start over (split out of assigntechnicianswizard.cpp; the mechanics are WizardDraft's).

#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/assignwizardtext.h"

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

// --- drafts

void AssignTechniciansWizard::watchInputs()
{
    m_draft->setDescriptiveFields({kAssignDraftTechnicianNames});
    const auto changed = [this] { m_draft->scheduleSave(); };
    if (m_batchesPage)
        connect(m_batchesPage, &AssignBatchesPage::chosenChanged, m_draft, changed);
    connect(m_techniciansPage->picker(), &TechnicianPicker::chosenChanged, m_draft, changed);
    connect(m_techniciansPage->addRadio(), &QRadioButton::toggled, m_draft, changed);
    m_draft->followPages(this, CommitPageId, [this] { return static_cast<const QObject *>(m_commitPage->progress()->run()); });
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

} // namespace BatchDesk::Ui
