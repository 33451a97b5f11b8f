// The board desk's actions: building them, enabling them from what the user may do (asked
// before the click), and what they start: the split and assign wizards, and deleting the
// selected batches through the planning service's write path. The rest of the desk is in
// boarddesk.cpp.

#include "ui/board/boarddesk.h"

#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/drafts/draftstore.h"
#include "models/planning/planningservice.h"
#include "models/planning/writerun.h"
#include "models/session/session.h"
#include "ui/board/boardtree.h"
#include "ui/board/filterbar.h"
#include "ui/plaintext.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/splitworkorderwizard.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolButton>

namespace BatchDesk::Ui {

void BoardDesk::buildActions()
{
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &BoardDesk::refresh);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(m_find);
    m_split = new QAction(this);
    m_split->setObjectName(QStringLiteral("SplitAction"));
    connect(m_split, &QAction::triggered, this, [this] { openSplitWizard(); });
    m_assign = new QAction(this);
    m_assign->setObjectName(QStringLiteral("AssignAction"));
    connect(m_assign, &QAction::triggered, this, [this] { openAssignWizard(); });
    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &BoardDesk::deleteSelectedBatch);
    m_print = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] {
        const QStringList ids = selectedBatchIds();
        if (!ids.isEmpty())
            Q_EMIT printRequested(ids);
    });
    addAction(m_print);
    for (int i = 0; i < 4; ++i) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_separators << separator;
    }
}

QList<QAction *> BoardDesk::menuActions() const
{
    return {m_refresh, m_find, m_separators[0], m_split, m_assign, m_delete, m_separators[1], m_print};
}

QList<QAction *> BoardDesk::toolBarActions() const
{
    return {m_refresh, m_separators[2], m_split, m_assign, m_separators[3], m_delete};
}

void BoardDesk::updateActions()
{
    const bool connected = isConnected();
    m_refresh->setEnabled(connected);

    // Asked before the click: what the session knows of the user's role, and the refusals the
    // server gave (per queue). The current row's queue decides Split and Assign (none
    // selected: whatever the role allows); every selected batch's queue decides Delete.
    const bool available = connected && m_planning;
    const QString queueId = m_tree->currentQueueId();
    updatePlanningAction(m_split, available, refusalOf(PlanningAction::Split, queueId),
                         QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Split a work order into batches, with a preview of every batch"));
    updatePlanningAction(m_assign, available, refusalOf(PlanningAction::Assign, queueId),
                         QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Assign technicians to the selected batch, or to the batches of the selected work "
                            "order"));

    const QStringList selected = selectedBatchIds();
    QString deleteRefusal = refusalOf(PlanningAction::Delete, selected.isEmpty() ? queueId : QString());
    for (const QString &id : selected) {
        if (!deleteRefusal.isEmpty())
            break;
        const BatchRecord *record = m_store ? m_store->batch(id) : nullptr;
        deleteRefusal = refusalOf(PlanningAction::Delete, record ? record->queueId : QString());
    }
    updatePlanningAction(m_delete, available, deleteRefusal,
                         selected.size() > 1 ? tr("Delete the %n selected batches from the server", nullptr, int(selected.size()))
                                             : QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete the selected batch from the server"));
    // Travelers need no connection: they print what the board shows.
    m_print->setEnabled(!selected.isEmpty());
    m_print->setToolTip(selected.isEmpty() ? tr("Select one or more batches to print their travelers.")
                                           : tr("Print a traveler for each selected batch, or save them as PDF (%1)")
                                                 .arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    // Only a selection of batches can be deleted; the reason why not stays in the tooltip.
    if (selected.isEmpty() || !m_tree->currentIndex().isValid())
        m_delete->setEnabled(false);
}

QString BoardDesk::refusalOf(PlanningAction action, const QString &queueId) const
{
    const Permissions *permissions = m_planning ? m_planning->permissions() : nullptr;
    return permissions ? permissions->reasonIfNot(action, queueId) : QString();
}

void BoardDesk::updatePlanningAction(QAction *action, bool available, const QString &refusal, const QString &normalTip)
{
    action->setEnabled(available && refusal.isEmpty());
    QString tip = normalTip;
    if (!refusal.isEmpty())
        tip = plainToolTip(refusal); // may carry the server's words
    else if (!available)
        tip = QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Needs a connection to the server");
    action->setToolTip(tip);
    // Disabled toolbar buttons show no tooltip on some styles; make sure the reason is there.
    for (QObject *object : action->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(object))
            button->setToolTip(tip);
    }
}

QStringList BoardDesk::selectedBatchIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        if (index.data(BatchRoles::LevelRole).toInt() != static_cast<int>(TreeLevel::Batch))
            continue;
        const QString id = index.data(BatchRoles::IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void BoardDesk::setPlanningMonitor(PlanningMonitor *monitor)
{
    m_monitor = monitor;
}

void BoardDesk::setDraftStore(DraftStore *drafts)
{
    m_drafts = drafts;
}

template <typename Wizard>
void BoardDesk::useDrafts(Wizard *wizard) const
{
    // A draft belongs to one server and one user: without a session nobody is known.
    if (!m_drafts || !m_session)
        return;
    const auto profile = m_session->currentProfile();
    QString email = m_session->user().email;
    if (email.isEmpty())
        email = m_session->credentials().userEmail;
    wizard->useDrafts(m_drafts, profile ? profile->id : QString(), email);
}

SplitWorkOrderWizard *BoardDesk::openSplitWizardFor(const QString &workOrderId, const QString &queueId)
{
    if (!m_planning)
        return nullptr;
    if (const QString refusal = refusalOf(PlanningAction::Split, queueId); !refusal.isEmpty()) {
        showError(refusal);
        return nullptr;
    }
    auto *wizard = new SplitWorkOrderWizard(m_planning, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setPlanningMonitor(m_monitor);
    wizard->preselect(workOrderId, queueId);
    useDrafts(wizard);
    wizard->open();
    return wizard;
}

SplitWorkOrderWizard *BoardDesk::openSplitWizard()
{
    if (!m_planning || !m_split->isEnabled())
        return nullptr;
    auto *wizard = new SplitWorkOrderWizard(m_planning, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setPlanningMonitor(m_monitor);
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        wizard->preselect(current.data(BatchRoles::WorkOrderIdRole).toString(), current.data(BatchRoles::QueueIdRole).toString());
    useDrafts(wizard);
    wizard->open();
    return wizard;
}

QList<AssignmentTarget> BoardDesk::selectedTargets() const
{
    QList<AssignmentTarget> targets;
    if (!m_store)
        return targets;
    const auto add = [&](const QModelIndex &index) {
        const BatchRecord *record = m_store->batch(index.data(BatchRoles::IdRole).toString());
        if (record == nullptr)
            return;
        AssignmentTarget t;
        t.batchId = record->id;
        t.batchLabel = record->label;
        t.queueId = record->queueId;
        if (const Niagara::Queue *queue = m_store->queue(record->queueId))
            t.queueLabel = queue->label;
        targets << t;
    };
    // Every selected batch, and every batch of a selected work order (Ctrl/Shift-click select
    // several); without a selection, the current row.
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_tree->currentIndex().isValid())
        rows.append(m_tree->currentIndex().siblingAtColumn(0));
    QSet<QString> seen;
    const auto addOnce = [&](const QModelIndex &index) {
        const QString id = index.data(BatchRoles::IdRole).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            add(index);
        }
    };
    for (const QModelIndex &index : std::as_const(rows)) {
        const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
        if (level == TreeLevel::Batch) {
            addOnce(index);
        } else if (level == TreeLevel::WorkOrder) {
            for (int row = 0; row < m_sortProxy->rowCount(index); ++row)
                addOnce(m_sortProxy->index(row, 0, index));
        }
    }
    return targets;
}

AssignTechniciansWizard *BoardDesk::openAssignWizard()
{
    if (!m_planning || !m_assign->isEnabled())
        return nullptr;
    auto *wizard = new AssignTechniciansWizard(m_planning, m_store, selectedTargets(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setPlanningMonitor(m_monitor);
    useDrafts(wizard);
    wizard->open();
    return wizard;
}

QList<DeletionTarget> BoardDesk::deletionTargets() const
{
    QList<DeletionTarget> targets;
    if (!m_store)
        return targets;
    for (const QString &id : selectedBatchIds()) {
        const BatchRecord *record = m_store->batch(id);
        if (record == nullptr)
            continue;
        DeletionTarget t;
        t.batchId = record->id;
        t.batchLabel = record->label;
        t.queueId = record->queueId;
        t.workOrderId = record->workOrderId;
        if (const Niagara::Queue *queue = m_store->queue(record->queueId))
            t.queueLabel = queue->label;
        targets << t;
    }
    return targets;
}

void BoardDesk::deleteSelectedBatch()
{
    if (!m_planning || !m_delete->isEnabled())
        return;
    const QList<DeletionTarget> targets = deletionTargets();
    if (targets.isEmpty())
        return;
    const QString question = targets.size() == 1
        ? QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete the batch “%1”?").arg(targets.constFirst().batchLabel)
        : tr("Delete the %n selected batches?", nullptr, int(targets.size()));

    // Window-modal but not a nested event loop: the answer arrives through a signal.
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete batch"), question,
                                QMessageBox::NoButton, this);
    makePlain(box); // the label is the server's
    box->setInformativeText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "The batch and its relations are removed from the server. This cannot be undone."));
    QPushButton *deleteButton = box->addButton(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton](QAbstractButton *button) {
        if (button == deleteButton)
            deleteSelectedNow();
    });
    box->open();
}

WriteRun *BoardDesk::deleteSelectedNow()
{
    const QList<DeletionTarget> targets = deletionTargets();
    if (!m_planning || targets.isEmpty())
        return nullptr;
    // One run for the whole selection, through the same write path (and rules) as undo's
    // deletes; the store drops what is gone when the service reports it (batchesDeleted).
    WriteRun *run = m_planning->createDeleteRun(targets);
    Q_EMIT statusMessage(tr("Deleting %n batch(es)…", nullptr, int(targets.size())), 0);
    connect(run, &WriteRun::finished, this, [this, run] { reportDeletion(run); });
    run->start();
    return run;
}

void BoardDesk::reportDeletion(WriteRun *run)
{
    Q_EMIT statusMessage(QString(), 0);
    int deleted = 0;
    int alreadyGone = 0;
    QStringList failures;
    for (const WriteItem &item : run->items()) {
        if (item.state == ItemState::Succeeded && item.message.isEmpty())
            ++deleted;
        else if (item.state == ItemState::Succeeded)
            ++alreadyGone; // 404: someone else deleted it first
        else
            failures << tr("“%1”: %2").arg(item.batchLabel.isEmpty() ? item.batchId : item.batchLabel,
                                            item.message.isEmpty() ? tr("not deleted") : item.message);
    }
    run->deleteLater();
    QStringList summary;
    if (deleted > 0)
        summary << tr("Deleted %n batch(es).", nullptr, deleted);
    if (alreadyGone > 0)
        summary << tr("%n batch(es) had already been deleted on the server.", nullptr, alreadyGone);
    if (failures.isEmpty()) {
        Q_EMIT statusMessage(summary.join(QLatin1Char(' ')), 5000);
        return;
    }
    // The failures with the server's reasons (423: cycles in flight, 403: not allowed), as
    // plain text in the banner.
    summary << tr("%n batch(es) could not be deleted:", nullptr, int(failures.size()));
    showError(summary.join(QLatin1Char(' ')) + QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
}

} // namespace BatchDesk::Ui
