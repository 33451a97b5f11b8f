#pragma once

// Split a work order into batches: Work order → Queue → Sizing → Technicians → Review →
// Commit, one QWizardPage per step. The pages collect input and show what the planning layer
// says about it; SplitPlan::compute() decides what the batches are, PlanningService makes
// the run, WriteRun carries it out. Nothing typed is ever cleared: after a failure the manager
// goes Back, changes what is needed and commits again.
//
// With a DraftStore (useDrafts) the inputs of every page are kept as a draft while they are
// typed (ui/wizards/wizarddraft.h) and put back when the wizard opens again for the same server
// and user, with a note and Start over on the first page.

#include "client/domain.h"
#include "models/drafts/draftstore.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/splitplan.h"
#include "models/planning/writerun.h"

#include <QPointer>
#include <QVariantMap>
#include <QWizard>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace BatchDesk {
class CatalogPager;
class PlanningMonitor;
class PlanningService;
class QueueCatalogModel;
class SplitPreviewModel;
class WorkOrderCatalogModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class CatalogBrowser;
class DraftNote;
class ErrorBanner;
class RunCommitPage;
class SplitWorkOrderWizard;
class TechnicianPicker;
class WizardDraft;

class SplitWorkOrderPage final : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString workOrderId READ workOrderId NOTIFY workOrderChanged)

public:
    explicit SplitWorkOrderPage(SplitWorkOrderWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QString workOrderId() const;
    CatalogBrowser *browser() const { return m_browser; }
    // The census (what is already in batches) could not be read.
    ErrorBanner *censusBanner() const { return m_censusBanner; }
    // "Restored the draft you left at 10:42." with Start over (hidden without a restored draft).
    DraftNote *draftNote() const { return m_draftNote; }
    // Chooses `id` as soon as its row loads (`label`, e.g. a draft's, names it meanwhile);
    // an empty id chooses none.
    void want(const QString &id, const QString &label = {});
    // What the page waits for (a work order that has not loaded), hidden when nothing.
    QLabel *waitingLabel() const { return m_waiting; }
    void saveDraft(QVariantMap &fields) const;

Q_SIGNALS:
    void workOrderChanged();

private:
    void updateWaiting();

    SplitWorkOrderWizard *m_wizard;
    DraftNote *m_draftNote;
    CatalogBrowser *m_browser;
    ErrorBanner *m_censusBanner;
    QLabel *m_censusLabel;
    QLabel *m_waiting;
    QString m_wantedId;
    QString m_wantedLabel;
};

class SplitQueuePage final : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString queueId READ queueId NOTIFY queueChanged)

public:
    explicit SplitQueuePage(SplitWorkOrderWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QString queueId() const;
    CatalogBrowser *browser() const { return m_browser; }
    QString refusalText() const;
    // As SplitWorkOrderPage::want().
    void want(const QString &id, const QString &label = {});
    QLabel *waitingLabel() const { return m_waiting; }
    void saveDraft(QVariantMap &fields) const;

Q_SIGNALS:
    void queueChanged();

private:
    void updateRefusal();
    void updateWaiting();

    SplitWorkOrderWizard *m_wizard;
    CatalogBrowser *m_browser;
    QLabel *m_refusal;
    QLabel *m_waiting;
    QString m_wantedId;
    QString m_wantedLabel;
};

class SplitSizingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SplitSizingPage(SplitWorkOrderWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Writes what this page holds into `input`.
    void fill(SplitInput &input) const;
    CreationMode creationMode() const;
    void recompute();
    // Drafts: every input of the page, and the manager's own choices among them (a number of
    // cycles typed, a creation mode clicked), which later defaults must not overwrite.
    void saveDraft(QVariantMap &fields) const;
    void restoreDraft(const QVariantMap &fields);
    void resetInputs();

    QRadioButton *batchSizeRadio() const { return m_bySize; }
    QRadioButton *batchCountRadio() const { return m_byCount; }
    QSpinBox *sizingSpin() const { return m_sizing; }
    QComboBox *remainderCombo() const { return m_remainder; }
    QLineEdit *labelPatternEdit() const { return m_pattern; }
    QCheckBox *partialCheck() const { return m_partial; }
    QSpinBox *cyclesToSplitSpin() const { return m_cyclesToSplit; }
    QCheckBox *overSplitCheck() const { return m_overSplit; }
    QRadioButton *bulkRadio() const { return m_bulk; }
    QRadioButton *individualRadio() const { return m_individual; }
    QLabel *problemLabel() const { return m_problems; }
    QLabel *noteLabel() const { return m_notes; }
    // How the batches are created, and what the label pattern means for it.
    QLabel *modeHelpLabel() const { return m_modeHelp; }
    QTableView *previewView() const { return m_preview; }
    SplitPreviewModel *previewModel() const { return m_previewModel; }

private:
    void updateSizingSuffix();
    // A label pattern of their own: one by one (a bulk PATCH cannot carry labels), unless the
    // manager chose the mode themselves.
    void followLabelPattern();

    SplitWorkOrderWizard *m_wizard;
    QLabel *m_summary;
    QRadioButton *m_bySize;
    QRadioButton *m_byCount;
    QSpinBox *m_sizing;
    QComboBox *m_remainder;
    QLineEdit *m_pattern;
    QCheckBox *m_partial;
    QSpinBox *m_cyclesToSplit;
    QCheckBox *m_overSplit;
    QRadioButton *m_bulk;
    QRadioButton *m_individual;
    QLabel *m_modeHelp;
    QLabel *m_problems;
    QLabel *m_notes;
    QLabel *m_previewCaption;
    QTableView *m_preview;
    SplitPreviewModel *m_previewModel;
    bool m_valid = false;
    bool m_cyclesEdited = false;
    bool m_modeChosen = false; // the manager clicked a creation mode
};

class SplitTechniciansPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SplitTechniciansPage(SplitWorkOrderWizard *wizard);
    void initializePage() override;
    int nextId() const override;

    void fill(SplitInput &input) const;
    QList<Niagara::User> technicians() const;
    // Everyone chosen has loaded (a draft's people may still be on their way).
    bool isComplete() const override;
    void saveDraft(QVariantMap &fields) const;
    void restoreDraft(const QVariantMap &fields);
    void resetInputs();
    TechnicianPicker *picker() const { return m_picker; }
    QRadioButton *allBatchesRadio() const { return m_all; }
    QRadioButton *roundRobinRadio() const { return m_roundRobin; }
    QString summaryText() const;

private:
    void updateSummary();

    SplitWorkOrderWizard *m_wizard;
    TechnicianPicker *m_picker;
    QRadioButton *m_all;
    QRadioButton *m_roundRobin;
    QLabel *m_summary;
};

class SplitReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SplitReviewPage(SplitWorkOrderWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The run this review describes; the commit page starts it.
    WriteRun *run() const { return m_run; }
    QTreeWidget *requestList() const { return m_requests; }
    // "Create 16 batches of 30 and 1 of 20 in Imaging Bay", and who works them.
    QString summaryText() const;
    // The work order's projected finish at its current pace, against its due date.
    QLabel *projectionLabel() const { return m_projection; }
    // Who the plan puts over the overload threshold (hidden when nobody).
    QLabel *loadWarningLabel() const { return m_loadWarning; }
    // Shows and hides the HTTP requests (collapsed by default).
    QToolButton *detailsToggle() const { return m_detailsToggle; }
    QWidget *detailsPanel() const { return m_details; }

private:
    void showProjection(const SplitPlan &plan);
    void showLoadWarning(const SplitPlan &plan);

    SplitWorkOrderWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_problems;
    QLabel *m_projection;
    QLabel *m_loadWarning;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QLabel *m_requestCount;
    QTreeWidget *m_requests;
    QPointer<WriteRun> m_run;
};

class SplitWorkOrderWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId : int { WorkOrderPageId, QueuePageId, SizingPageId, TechniciansPageId, ReviewPageId, CommitPageId };

    explicit SplitWorkOrderWizard(PlanningService *service, QWidget *parent = nullptr);
    ~SplitWorkOrderWizard() override;

    // Rows to choose once they load (from the board's selection). A restored draft takes
    // precedence; these seeds are what Start over goes back to.
    void preselect(const QString &workOrderId, const QString &queueId);

    // Keeps the inputs as a draft in `store` for this server profile and user, and puts back
    // the draft kept there (after preselect(), before the wizard is shown). Without a store, a
    // profile or a user nothing is kept.
    void useDrafts(DraftStore *store, const QString &profileId, const QString &userEmail);
    // Every input of every page, as the draft holds it.
    QVariantMap draftFields() const;
    bool hasRestoredDraft() const { return m_restoredDraft; }
    DraftNote *draftNote() const;
    WizardDraft *draft() const { return m_draft; }
    // Forgets the draft and puts every input back to the seeds (or empty).
    void startOver();

    // Everything the pages hold, as SplitPlan reads it.
    SplitInput input() const;
    SplitPlan plan() const { return SplitPlan::compute(input()); }
    CreationMode creationMode() const;
    QList<Niagara::User> technicians() const;

    PlanningService *service() const { return m_service; }
    // The planning desk's figures: the technician picker's queue access and load, the
    // review's load warning and projected finish. nullptr (the default): none of those.
    void setPlanningMonitor(PlanningMonitor *monitor);
    PlanningMonitor *planningMonitor() const { return m_monitor; }
    WorkOrderCatalogModel *workOrders() const { return m_workOrders; }
    QueueCatalogModel *queues() const { return m_queues; }
    CatalogPager *workOrderPager() const { return m_workOrderPager; }
    CatalogPager *queuePager() const { return m_queuePager; }
    // The census: known, loading, or failed (with a message).
    bool hasCensus() const { return m_censusKnown; }
    QString censusError() const { return m_censusError; }
    void loadCensus();

    SplitWorkOrderPage *workOrderPage() const { return m_workOrderPage; }
    SplitQueuePage *queuePage() const { return m_queuePage; }
    SplitSizingPage *sizingPage() const { return m_sizingPage; }
    SplitTechniciansPage *techniciansPage() const { return m_techniciansPage; }
    SplitReviewPage *reviewPage() const { return m_reviewPage; }
    RunCommitPage *commitPage() const { return m_commitPage; }

    // While a run is under way, Cancel (and Escape) cancel the run instead of closing.
    void reject() override;

Q_SIGNALS:
    void censusChanged();
    // A run (split, retry or undo) finished; `changed`: the server holds something new.
    void runFinished(bool changed);

private:
    void restoreDraft(const Draft &draft);
    void watchInputs();

    QPointer<PlanningService> m_service;
    QPointer<PlanningMonitor> m_monitor;
    WizardDraft *m_draft;
    QString m_seedWorkOrderId;
    QString m_seedQueueId;
    bool m_restoredDraft = false;
    WorkOrderCatalogModel *m_workOrders;
    QueueCatalogModel *m_queues;
    CatalogPager *m_workOrderPager;
    CatalogPager *m_queuePager;
    bool m_censusKnown = false;
    bool m_censusLoading = false;
    QString m_censusError;

    SplitWorkOrderPage *m_workOrderPage;
    SplitQueuePage *m_queuePage;
    SplitSizingPage *m_sizingPage;
    SplitTechniciansPage *m_techniciansPage;
    SplitReviewPage *m_reviewPage;
    RunCommitPage *m_commitPage;
};

} // namespace BatchDesk::Ui
