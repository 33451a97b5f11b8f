#pragma once

// Carrying out a WriteRun and showing it: a line saying what is happening, a progress bar, a
// table with every item's state and the server's message, and the three things a manager can
// do about it — Cancel while it runs, "Retry failed" (enabled by WriteRun::canRetry()) and
// Undo (enabled while PlanningService::canUndo(), with the time left). Undo makes and starts
// the service's undo run and shows its items in a second tab. Shared by both wizards through
// RunCommitPage. No business logic: every decision is the run's or the service's.

#include <QPointer>
#include <QWidget>
#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace BatchDesk {
class PlanningService;
class RunItemModel;
class WriteRun;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class RunProgressWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgressWidget(PlanningService *service, QWidget *parent = nullptr);
    ~RunProgressWidget() override;

    // Shows `run` and starts it when it has not started yet. A new run replaces the old one
    // (and its undo) on screen.
    void start(WriteRun *run);
    WriteRun *run() const { return m_run; }
    WriteRun *undoRun() const { return m_undo; }
    // A run (or its undo, or a retry) is under way.
    bool isBusy() const;
    void cancel();
    void retryFailed();
    void undo();

    QString statusText() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *itemView() const { return m_itemView; }
    QTableView *undoView() const { return m_undoView; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // `run` (the run itself, or its undo) finished, after a start or a retry.
    void runFinished(BatchDesk::WriteRun *run);

private:
    WriteRun *activeRun() const;
    void watch(WriteRun *run);
    void updateState();
    QString describe(const WriteRun *run) const;
    // The finished run's effect in words: "17 batches created; Mei Chen added to 17 batches".
    static QString outcomeInWords(const WriteRun *run);
    QTableView *makeTable(RunItemModel *model);
    void fitColumns(QTableView *view);
    static void fitColumnsNow(QTableView *view);

    QPointer<PlanningService> m_service;
    QPointer<WriteRun> m_run;
    QPointer<WriteRun> m_undo;
    RunItemModel *m_items = nullptr;
    RunItemModel *m_undoItems = nullptr;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_itemView = nullptr;
    QTableView *m_undoView = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_undoClock = nullptr;
    bool m_wasBusy = false;
};

// The last page of both wizards: takes the run the previous page prepared and carries it out.
// Back stays available once nothing runs (the wizard keeps every input); while a run is under
// way neither Back nor Finish is offered.
class RunCommitPage final : public QWizardPage
{
    Q_OBJECT

public:
    // `preparedRun` hands over the run to start (the review page made it), or the run already
    // shown when the manager came back without changing anything.
    RunCommitPage(PlanningService *service, std::function<WriteRun *()> preparedRun, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    RunProgressWidget *progress() const { return m_progress; }

Q_SIGNALS:
    void runFinished(BatchDesk::WriteRun *run);

private:
    void updateBackButton();

    RunProgressWidget *m_progress;
    std::function<WriteRun *()> m_preparedRun;
};

} // namespace BatchDesk::Ui
