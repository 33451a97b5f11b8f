#pragma once

// Assign technicians to batches: [Batches] → Technicians → Preview → Commit. It starts from
// the batches selected on the board (AssignmentTarget seeds) or, with none, lets the manager
// pick batches from the board's store. The preview reads each batch's current technicians
// (PlanningService::loadAssignmentTargets) and lists the relations to create and delete
// (PlanningService::assignmentItems); the commit page is the split wizard's.
//
// With a DraftStore (useDrafts) the chosen batches, technicians and mode are kept as a draft
// while they are chosen (ui/wizards/wizarddraft.h) and put back when the wizard opens again for
// the same server and user, with a note and Start over on the first page.

#include "models/drafts/draftstore.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/planningservice.h"

#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QWizard>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace BatchDesk {
class BatchStore;
class BatchTreeModel;
class TextFilterProxy;
class BatchSortProxy;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class AssignTechniciansWizard;
class DraftNote;
class ErrorBanner;
class RunCommitPage;
class TechnicianPicker;
class WizardDraft;

// Choosing batches from the board's store: search, select (Ctrl/Shift for several), and the
// choice survives searching for more.
class AssignBatchesPage final : public QWizardPage
{
    Q_OBJECT

public:
    AssignBatchesPage(AssignTechniciansWizard *wizard, BatchStore *store);
    bool isComplete() const override;
    int nextId() const override;

    QList<AssignmentTarget> targets() const;
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // Chooses (or drops) a batch as a click on its row would.
    void setChosen(const QString &batchId, bool chosen);
    QString summaryText() const;
    // The chosen batches' ids, in the order chosen.
    QStringList chosenIds() const { return m_chosen; }
    // Chooses exactly `targets` (a draft's): a batch the board has not loaded yet stays chosen
    // with the label and queue given here, and is selected in the list when it arrives.
    void setChosenTargets(const QList<AssignmentTarget> &targets);

Q_SIGNALS:
    void chosenChanged();

private:
    void onSelectionChanged();
    void reselectChosen();
    void updateSummary();

    QPointer<BatchStore> m_store;
    BatchTreeModel *m_model;
    TextFilterProxy *m_filter;
    BatchSortProxy *m_sort;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_summary;
    QStringList m_chosen; // in the order chosen
    QHash<QString, AssignmentTarget> m_known; // chosen from a draft, for batches not loaded
    bool m_applying = false;
};

class AssignTechniciansPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AssignTechniciansPage(AssignTechniciansWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    AssignMode mode() const;
    QList<Niagara::User> technicians() const;
    TechnicianPicker *picker() const { return m_picker; }
    QRadioButton *addRadio() const { return m_add; }
    QRadioButton *replaceRadio() const { return m_replace; }
    QString targetsText() const;
    void saveDraft(QVariantMap &fields) const;
    void restoreDraft(const QVariantMap &fields);
    void resetInputs();

private:
    AssignTechniciansWizard *m_wizard;
    TechnicianPicker *m_picker;
    QRadioButton *m_add;
    QRadioButton *m_replace;
    QLabel *m_targets;
};

class AssignPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AssignPreviewPage(AssignTechniciansWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    WriteRun *run() const { return m_run; }
    bool isLoading() const { return m_loading; }
    QTreeWidget *changeList() const { return m_changes; }
    // "Add Yuki Tanaka to 6 batches", one line per person.
    QString summaryText() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    // Who the assignment puts over the overload threshold (hidden when nobody).
    QLabel *loadWarningLabel() const { return m_loadWarning; }
    // Shows and hides the relations and their HTTP requests (collapsed by default).
    QToolButton *detailsToggle() const { return m_detailsToggle; }
    QWidget *detailsPanel() const { return m_details; }

private:
    void showChanges(const QList<AssignmentTarget> &targets);
    void showLoadWarning(const QList<AssignmentTarget> &targets);

    AssignTechniciansWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_refusals;
    QLabel *m_loadWarning;
    ErrorBanner *m_banner;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QLabel *m_changeCount;
    QTreeWidget *m_changes;
    QPointer<WriteRun> m_run;
    bool m_loading = false;
    quint64 m_generation = 0;
};

class AssignTechniciansWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId : int { BatchesPageId, TechniciansPageId, PreviewPageId, CommitPageId };

    // With `seeds`, the wizard starts at the technicians; without, at choosing batches from
    // `store` (which may then not be null).
    AssignTechniciansWizard(PlanningService *service, BatchStore *store, const QList<AssignmentTarget> &seeds,
                            QWidget *parent = nullptr);
    ~AssignTechniciansWizard() override;

    PlanningService *service() const { return m_service; }
    // The board's store (the batches' open cycles for the load warning); may be null.
    BatchStore *store() const { return m_store; }
    // The planning desk's figures: the picker's queue access and load, the preview's load
    // warning. nullptr (the default): none of those.
    void setPlanningMonitor(PlanningMonitor *monitor);
    PlanningMonitor *planningMonitor() const { return m_monitor; }
    QList<AssignmentTarget> targets() const;
    // Keeps the chosen batches, technicians and mode as a draft in `store` for this server
    // profile and user, and puts back the draft kept there (call before the wizard is shown).
    // A restored draft's batches take precedence over the board's seeds; Start over goes back
    // to the seeds. Without a store, a profile or a user nothing is kept.
    void useDrafts(DraftStore *store, const QString &profileId, const QString &userEmail);
    QVariantMap draftFields() const;
    bool hasRestoredDraft() const { return m_restoredDraft; }
    DraftNote *draftNote() const { return m_draftNote; }
    WizardDraft *draft() const { return m_draft; }
    void startOver();
    AssignMode mode() const { return m_techniciansPage->mode(); }
    QList<Niagara::User> technicians() const { return m_techniciansPage->technicians(); }

    AssignBatchesPage *batchesPage() const { return m_batchesPage; }
    AssignTechniciansPage *techniciansPage() const { return m_techniciansPage; }
    AssignPreviewPage *previewPage() const { return m_previewPage; }
    RunCommitPage *commitPage() const { return m_commitPage; }

    void reject() override;

Q_SIGNALS:
    void runFinished(bool changed);

private:
    void restoreDraft(const Draft &draft);
    void watchInputs();

    QPointer<PlanningService> m_service;
    QPointer<BatchStore> m_store;
    QPointer<PlanningMonitor> m_monitor;
    QList<AssignmentTarget> m_seeds;
    QList<AssignmentTarget> m_boardSeeds; // as the board gave them (Start over)
    WizardDraft *m_draft;
    DraftNote *m_draftNote;
    bool m_restoredDraft = false;
    AssignBatchesPage *m_batchesPage = nullptr;
    AssignTechniciansPage *m_techniciansPage;
    AssignPreviewPage *m_previewPage;
    RunCommitPage *m_commitPage;
};

} // namespace BatchDesk::Ui
