#include "ui/wizards/runprogresswidget.h"

#include "models/planning/planningservice.h"
#include "models/planning/runitemmodel.h"
#include "models/planning/writerun.h"
#include "ui/plaintext.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace BatchDesk::Ui {

namespace {

// Failed items read in red with a warning sign, finished ones with a tick: a 500-row table
// must show at a glance where the problems are.
class ItemStateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = static_cast<ItemState>(index.data(RunItemModel::StateRole).toInt());
        const QStyle *style = option->widget != nullptr ? option->widget->style() : nullptr;
        if (style == nullptr)
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        switch (state) {
        case ItemState::Failed:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1e, 0x1e));
            break;
        case ItemState::Succeeded:
            option->icon = style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, option->widget);
            break;
        case ItemState::Running:
            option->icon = style->standardIcon(QStyle::SP_BrowserReload, nullptr, option->widget);
            break;
        case ItemState::NotAttempted:
            option->features &= ~QStyleOptionViewItem::HasDecoration;
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        }
        option->decorationSize = QSize(16, 16);
    }
};

QString minutesAndSeconds(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunProgressWidget::RunProgressWidget(PlanningService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_items = new RunItemModel(this);
    m_undoItems = new RunItemModel(this);

    m_status = plainLabel(this); // quotes the server's messages
    m_status->setObjectName(QStringLiteral("RunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("RunProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));

    m_itemView = makeTable(m_items);
    m_itemView->setObjectName(QStringLiteral("RunItems"));
    m_undoView = makeTable(m_undoItems);
    m_undoView->setObjectName(QStringLiteral("UndoItems"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_itemView, tr("Changes"));
    m_tabs->addTab(m_undoView, tr("Undo"));
    m_tabs->setTabVisible(1, false);

    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("CancelRun"));
    m_cancel->setToolTip(tr("Send nothing more. Requests already sent may still be carried out by the server."));
    m_retry = new QPushButton(tr("Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("RetryFailed"));
    m_retry->setToolTip(tr("Checks what the server holds first, then sends only what is still missing, so nothing "
                           "is created twice."));
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("UndoRun"));
    m_undoButton->setToolTip(tr("Reverts what this run did: deletes the batches it created (not those with cycles "
                                "in progress) or removes the technicians it assigned."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_undoButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &RunProgressWidget::cancel);
    connect(m_retry, &QPushButton::clicked, this, &RunProgressWidget::retryFailed);
    connect(m_undoButton, &QPushButton::clicked, this, &RunProgressWidget::undo);

    // The undo window closes by time alone; the button has to notice.
    m_undoClock = new QTimer(this);
    m_undoClock->setInterval(1000);
    connect(m_undoClock, &QTimer::timeout, this, &RunProgressWidget::updateState);
    if (m_service)
        connect(m_service, &PlanningService::refusalsChanged, this, &RunProgressWidget::updateState);

    updateState();
}

RunProgressWidget::~RunProgressWidget() = default;

QTableView *RunProgressWidget::makeTable(RunItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setItemDelegateForColumn(RunItemModel::StateColumn, new ItemStateDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true); // the server's message gets what is left
    header->setResizeContentsPrecision(200);
    // "What" already names the batch and the technician; their own columns would squeeze it
    // into ellipses. The model keeps them for other views.
    view->setColumnHidden(RunItemModel::BatchColumn, true);
    view->setColumnHidden(RunItemModel::TechnicianColumn, true);
    return view;
}

void RunProgressWidget::fitColumns(QTableView *view)
{
    // Once per run (and once more when it finishes), not per change: measuring on every
    // dataChanged of a 2,000-item run would cost more than the run's own bookkeeping. Queued,
    // because a page about to be shown has no size yet, and the view measures only the rows
    // its viewport shows.
    QTimer::singleShot(0, view, [view] { fitColumnsNow(view); });
}

void RunProgressWidget::fitColumnsNow(QTableView *view)
{
    view->resizeColumnToContents(RunItemModel::WhatColumn);
    view->resizeColumnToContents(RunItemModel::StateColumn);
    const int widest = std::max(200, view->viewport()->width() * 3 / 5);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(RunItemModel::WhatColumn, std::min(header->sectionSize(RunItemModel::WhatColumn) + 12, widest));
    header->resizeSection(RunItemModel::StateColumn, header->sectionSize(RunItemModel::StateColumn) + 12);
}

void RunProgressWidget::start(WriteRun *run)
{
    if (run == nullptr)
        return;
    if (run != m_run) {
        if (m_run)
            disconnect(m_run, nullptr, this, nullptr);
        if (m_undo)
            disconnect(m_undo, nullptr, this, nullptr);
        m_run = run;
        m_undo = nullptr;
        m_items->setRun(run);
        m_undoItems->setRun(nullptr);
        m_tabs->setTabVisible(1, false);
        m_tabs->setCurrentIndex(0);
        fitColumns(m_itemView);
        watch(run);
    }
    if (run->phase() == WriteRun::Phase::Ready)
        run->start();
    updateState();
}

void RunProgressWidget::watch(WriteRun *run)
{
    connect(run, &WriteRun::phaseChanged, this, &RunProgressWidget::updateState);
    connect(run, &WriteRun::progress, this, &RunProgressWidget::updateState);
    connect(run, &WriteRun::finished, this, [this, run] {
        fitColumns(run == m_undo ? m_undoView : m_itemView); // labels learnt from the server may be longer
        updateState();
        Q_EMIT runFinished(run);
    });
    connect(run, &QObject::destroyed, this, &RunProgressWidget::updateState, Qt::QueuedConnection);
}

WriteRun *RunProgressWidget::activeRun() const
{
    return m_undo ? m_undo.data() : m_run.data();
}

bool RunProgressWidget::isBusy() const
{
    for (const WriteRun *run : {m_run.data(), m_undo.data()}) {
        if (run != nullptr && run->phase() != WriteRun::Phase::Ready && !run->isFinished())
            return true;
    }
    return false;
}

void RunProgressWidget::cancel()
{
    if (WriteRun *run = activeRun(); run != nullptr && isBusy())
        run->cancel();
}

void RunProgressWidget::retryFailed()
{
    WriteRun *run = activeRun();
    if (run == nullptr || !run->canRetry())
        return;
    run->retryFailed();
    updateState();
}

void RunProgressWidget::undo()
{
    if (!m_service || !m_run || m_undo || !m_service->canUndo(m_run))
        return;
    WriteRun *undoRun = m_service->createUndoRun(m_run);
    if (undoRun == nullptr) {
        updateState(); // another window on this server undid it first: no Undo here either
        return;
    }
    m_undo = undoRun;
    m_undoItems->setRun(undoRun);
    m_tabs->setTabVisible(1, true);
    m_tabs->setCurrentIndex(1);
    fitColumns(m_undoView);
    watch(undoRun);
    undoRun->start();
    updateState();
}

QString RunProgressWidget::statusText() const
{
    return m_status->text();
}

QString RunProgressWidget::describe(const WriteRun *run) const
{
    if (run == nullptr)
        return tr("Nothing to carry out yet.");
    const QLocale locale;
    const int total = static_cast<int>(run->items().size());
    const int done = run->count(ItemState::Succeeded);
    const int failed = run->count(ItemState::Failed);
    const int notAttempted = run->count(ItemState::NotAttempted);
    const bool undoing = run->kind() == WriteRun::Kind::Undo;
    switch (run->phase()) {
    case WriteRun::Phase::Ready:
        return tr("Ready: %Ln change(s) to make.", nullptr, total);
    case WriteRun::Phase::Checking:
        return tr("Reading the work order's batches on the server before writing…");
    case WriteRun::Phase::Writing:
        return (undoing ? tr("Undoing: %1 of %2 done…") : tr("Writing: %1 of %2 done…"))
            .arg(locale.toString(done + failed), locale.toString(total));
    case WriteRun::Phase::Linking:
        return tr("Finding the new batches on the server…");
    case WriteRun::Phase::Reconciling:
        return tr("Checking what the server holds before sending anything again…");
    case WriteRun::Phase::Finished:
        break;
    }
    if (!run->abortReason().isEmpty())
        return run->abortReason();
    QString text;
    if (failed == 0 && notAttempted == 0)
        text = undoing ? tr("Undone: all %Ln change(s) reverted.", nullptr, done)
                       : tr("Finished: all %Ln change(s) made.", nullptr, done);
    else
        text = tr("%1 done, %2 failed, %3 not attempted.")
                   .arg(locale.toString(done), locale.toString(failed), locale.toString(notAttempted));
    if (run->wasCancelled())
        text = tr("Cancelled.") + QLatin1Char(' ') + text;
    if (run->canRetry())
        text += QLatin1Char(' ') + tr("“Retry failed” checks the server before sending anything again.");
    if (const QString outcome = outcomeInWords(run); !outcome.isEmpty())
        text += QLatin1Char('\n') + outcome;
    return text;
}

QString RunProgressWidget::outcomeInWords(const WriteRun *run)
{
    // What the server now holds, as a manager says it: "17 batches created; Mei Chen added to
    // 17 batches".
    const QLocale locale;
    const auto batches = [](int n) { return tr("%Ln batch(es)", "", n); };
    int created = 0;
    int deleted = 0;
    QStringList people; // in order of appearance
    QHash<QString, QString> names;
    QHash<QString, int> added;
    QHash<QString, int> removed;
    for (const WriteItem &item : run->items()) {
        if (item.state != ItemState::Succeeded)
            continue;
        switch (item.action) {
        case WriteItem::Action::CreateBatch: ++created; break;
        case WriteItem::Action::DeleteBatch: ++deleted; break;
        case WriteItem::Action::AddTechnician:
        case WriteItem::Action::RemoveTechnician:
            if (!people.contains(item.userId)) {
                people << item.userId;
                names.insert(item.userId, item.userName.isEmpty() ? item.userId : item.userName);
            }
            (item.action == WriteItem::Action::AddTechnician ? added : removed)[item.userId]++;
            break;
        }
    }
    constexpr int kPeopleNamed = 3;
    QStringList parts;
    if (created > 0)
        parts << tr("%1 created").arg(batches(created));
    if (deleted > 0)
        parts << tr("%1 deleted").arg(batches(deleted));
    int named = 0;
    for (const QString &id : std::as_const(people)) {
        if (named == kPeopleNamed)
            break;
        if (const int n = added.value(id); n > 0)
            parts << tr("%1 added to %2").arg(names.value(id), batches(n));
        if (const int n = removed.value(id); n > 0)
            parts << tr("%1 taken off %2").arg(names.value(id), batches(n));
        ++named;
    }
    if (people.size() > kPeopleNamed)
        parts << tr("%1 more people changed").arg(locale.toString(people.size() - kPeopleNamed));
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void RunProgressWidget::updateState()
{
    WriteRun *run = activeRun();
    m_status->setText(describe(run));

    const bool busy = isBusy();
    const int total = run ? static_cast<int>(run->items().size()) : 0;
    const int finished = run ? run->count(ItemState::Succeeded) + run->count(ItemState::Failed) : 0;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::min(finished, std::max(1, total)));

    m_cancel->setEnabled(busy);
    m_retry->setEnabled(!busy && run != nullptr && run->canRetry());

    const bool canUndo = !busy && m_service && m_run && !m_undo && m_service->canUndo(m_run);
    m_undoButton->setEnabled(canUndo);
    if (canUndo) {
        const qint64 left = m_service->now().secsTo(m_service->undoDeadline(m_run));
        m_undoButton->setText(tr("Undo (%1 left)").arg(minutesAndSeconds(left)));
        if (!m_undoClock->isActive())
            m_undoClock->start();
    } else {
        m_undoButton->setText(m_undo ? tr("Undone") : tr("Undo"));
        m_undoClock->stop();
    }
    if (m_run)
        m_tabs->setTabText(0, tr("Changes (%1)").arg(QLocale().toString(m_run->items().size())));
    if (m_undo)
        m_tabs->setTabText(1, tr("Undo (%1)").arg(QLocale().toString(m_undo->items().size())));

    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

// ---------------------------------------------------------------------------------------------

RunCommitPage::RunCommitPage(PlanningService *service, std::function<WriteRun *()> preparedRun, QWidget *parent)
    : QWizardPage(parent)
    , m_progress(new RunProgressWidget(service, this))
    , m_preparedRun(std::move(preparedRun))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    connect(m_progress, &RunProgressWidget::busyChanged, this, [this] {
        Q_EMIT completeChanged();
        updateBackButton();
    });
    connect(m_progress, &RunProgressWidget::runFinished, this, &RunCommitPage::runFinished);
}

void RunCommitPage::initializePage()
{
    WriteRun *run = m_preparedRun ? m_preparedRun() : nullptr;
    // Coming back to an unchanged review shows the run already made, never runs it twice.
    if (run != nullptr && run != m_progress->run())
        m_progress->start(run);
    Q_EMIT completeChanged();
    updateBackButton();
}

bool RunCommitPage::isComplete() const
{
    return !m_progress->isBusy();
}

void RunCommitPage::updateBackButton()
{
    // QWizard enables Back from the page history when it updates its buttons (on
    // completeChanged, just emitted); while requests are in flight going back would only
    // confuse what is being sent.
    if (QWizard *w = wizard(); w != nullptr && w->currentPage() == this) {
        if (QAbstractButton *back = w->button(QWizard::BackButton); back != nullptr && m_progress->isBusy())
            back->setEnabled(false);
    }
}

} // namespace BatchDesk::Ui
