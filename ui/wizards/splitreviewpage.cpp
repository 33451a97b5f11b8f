// The split wizard's review page: the plan in the manager's words, the projected finish
// against the due date, the load warning, the requests behind Details. (The other pages:
// splitpages.cpp.)

// The split wizard's later pages: sizing (with the preview), technicians and review. The
// wizard and its first two pages are in splitworkorderwizard.cpp.

#include "ui/wizards/splitworkorderwizard.h"

#include "models/displaytext.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/loadprojection.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitpreviewmodel.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"
#include "ui/wizards/catalogbrowser.h"
#include "ui/wizards/loadwarningtext.h"
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

#include <limits>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace BatchDesk::Ui {

using namespace SplitPageText;

SplitReviewPage::SplitReviewPage(SplitWorkOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has been sent yet. This is what will be created."));
    setButtonText(QWizard::NextButton, tr("Create batches"));

    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("ReviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = messageLabel(this, QStringLiteral("ReviewProblems"), true);
    m_projection = plainLabel(this);
    m_projection->setObjectName(QStringLiteral("ReviewProjection"));
    m_projection->setWordWrap(true);
    m_projection->hide();
    // A warning, not a block: the manager may know better (someone back from leave).
    m_loadWarning = messageLabel(this, QStringLiteral("ReviewLoadWarning"), true);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("DetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("ReviewDetails"));
    m_requestCount = plainLabel(m_details);
    m_requestCount->setWordWrap(true);
    m_requests = new QTreeWidget(m_details);
    m_requests->setObjectName(QStringLiteral("PlannedRequests"));
    m_requests->setRootIsDecorated(false);
    m_requests->setAlternatingRowColors(true);
    m_requests->setSelectionMode(QAbstractItemView::NoSelection);
    m_requests->setHeaderLabels({tr("Request"), tr("What it does")});
    m_requests->setWordWrap(true);
    m_requests->header()->setStretchLastSection(true);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_requestCount);
    detailsLayout->addWidget(m_requests, 1);
    m_details->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_projection);
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

namespace {

// "16 batches of 30 and 1 of 20". Singular and plural spelled out: these strings are new and
// the translations' plural forms come with the next lupdate.
QString sizesInWords(const QList<SizeGroup> &groups)
{
    const QLocale locale;
    QStringList parts;
    for (const SizeGroup &g : groups) {
        const QString count = locale.toString(g.batchIndexes.size());
        const QString size = locale.toString(g.numberCycles);
        if (!parts.isEmpty())
            parts << SplitReviewPage::tr("%1 of %2", "batches: “and 1 of 20”").arg(count, size);
        else if (g.batchIndexes.size() == 1)
            parts << SplitReviewPage::tr("1 batch of %1").arg(size);
        else
            parts << SplitReviewPage::tr("%1 batches of %2").arg(count, size);
    }
    return locale.createSeparatedList(parts);
}

QString daysInWords(double days)
{
    const qint64 whole = std::llround(std::abs(days));
    return SplitReviewPage::tr("%Ln day(s)", "", static_cast<int>(std::min<qint64>(whole, std::numeric_limits<int>::max())));
}

} // namespace

void SplitReviewPage::initializePage()
{
    m_requests->clear();
    const SplitPlan plan = m_wizard->plan();
    const SplitInput &in = plan.input();
    if (!plan.isValid() || !m_wizard->service()) {
        showLines(m_problems, plan.problemMessages());
        m_summary->clear();
        m_projection->hide();
        showLines(m_loadWarning, {});
        Q_EMIT completeChanged();
        return;
    }
    showLines(m_problems, {});
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = m_wizard->service()->createSplitRun(plan, m_wizard->creationMode(), m_wizard->technicians());

    const QLocale locale;
    QStringList lines;
    lines << tr("Create %1 in %2.").arg(sizesInWords(plan.sizeGroups()), in.queueLabel);
    lines << tr("%1 cycles in all, for “%2”.").arg(locale.toString(plan.cyclesPlanned()), in.workOrderLabel);
    const QList<Niagara::User> users = m_wizard->technicians();
    if (users.isEmpty())
        lines << tr("Nobody is assigned yet.");
    else if (in.technicianMode == TechnicianMode::RoundRobin)
        lines << tr("%1 take turns, one technician per batch.").arg(listOfNames(users));
    else
        lines << tr("Each batch gets %1.").arg(listOfNames(users));
    if (m_wizard->creationMode() == CreationMode::Bulk && in.labelPattern != SplitInput().labelPattern)
        lines << tr("Created all at once: the server names the batches, your label pattern is not applied.");
    m_summary->setText(lines.join(QLatin1Char('\n')));

    showProjection(plan);
    showLoadWarning(plan);

    const int requests = static_cast<int>(m_run->plannedRequests().size());
    m_requestCount->setText(tr("%Ln request(s), at most %1 at a time", nullptr, requests).arg(m_wizard->service()->maxInFlight()));
    for (const PlannedRequest &request : m_run->plannedRequests()) {
        auto *item = new QTreeWidgetItem(m_requests, {request.method + QLatin1Char(' ') + request.path, request.summary});
        item->setToolTip(1, plainToolTip(request.summary));
    }
    m_requests->resizeColumnToContents(0);
    Q_EMIT completeChanged();
}

void SplitReviewPage::showProjection(const SplitPlan &plan)
{
    PlanningMonitor *monitor = m_wizard->planningMonitor();
    if (monitor == nullptr) {
        m_projection->hide();
        return;
    }
    const SplitInput &in = plan.input();
    const WorkOrderFigures *wo = nullptr;
    if (monitor->hasFigures()) {
        for (const WorkOrderFigures &f : monitor->figures().workOrders) {
            if (f.workOrderId == in.workOrderId) {
                wo = &f;
                break;
            }
        }
    }
    QStringList lines;
    if (wo == nullptr) {
        lines << tr("The work order's finish cannot be projected yet: the planning desk has no figures for it.");
    } else if (wo->cyclesRemaining == 0) {
        lines << tr("Every cycle the work order needs is complete.");
    } else if (wo->pacePerDay <= 0 || !wo->projectedFinish.isValid()) {
        lines << tr("No cycles of this work order were completed in the last %1 days, so its finish cannot be "
                    "projected.")
                     .arg(QLocale().toString(monitor->figures().paceWindowDays));
    } else {
        const QLocale locale;
        const QString finish = locale.toString(wo->projectedFinish.toLocalTime().date(), QLocale::ShortFormat);
        const QString pace = locale.toString(wo->pacePerDay, 'f', 1);
        QString due;
        if (!wo->dueDate.isValid()) {
            due = tr("it has no due date");
        } else {
            const double slack = daysBetween(wo->projectedFinish, wo->dueDate);
            if (std::llround(slack) == 0)
                due = tr("on its due date");
            else if (slack > 0)
                due = tr("%1 before its due date").arg(daysInWords(slack));
            else
                due = tr("%1 after its due date").arg(daysInWords(slack));
        }
        lines << tr("At the current pace of %1 cycles a day the work order finishes on %2, %3.").arg(pace, finish, due);
    }
    // With the plan: what is still not in any batch cannot be worked, whatever the pace.
    const qint64 unbatched = in.cyclesNeeded - in.cyclesBatched - plan.cyclesPlanned();
    if (unbatched > 0)
        lines << tr("After this split %1 cycles are still not in any batch.").arg(QLocale().toString(unbatched));
    m_projection->setText(lines.join(QLatin1Char('\n')));
    m_projection->show();
}

void SplitReviewPage::showLoadWarning(const SplitPlan &plan)
{
    PlanningMonitor *monitor = m_wizard->planningMonitor();
    if (monitor == nullptr || !monitor->hasFigures()) {
        showLines(m_loadWarning, {});
        return;
    }
    const PlanningFigures &figures = monitor->figures();
    const std::vector<ProjectedLoad> over =
        LoadProjection::overloaded(figures.technicians, LoadProjection::splitChange(plan.batches()),
                                   figures.overloadThresholdDays, m_wizard->techniciansPage()->picker()->names());
    showLines(m_loadWarning, loadWarningLines(over, figures.overloadThresholdDays));
}

void SplitReviewPage::cleanupPage()
{
    // Back to the inputs: the run described here will not be made. A run that already went
    // out stays with the service (and its undo window).
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = nullptr;
    QWizardPage::cleanupPage();
}

QString SplitReviewPage::summaryText() const
{
    return m_summary->text();
}

bool SplitReviewPage::isComplete() const
{
    return m_run != nullptr;
}

int SplitReviewPage::nextId() const
{
    return SplitWorkOrderWizard::CommitPageId;
}

} // namespace BatchDesk::Ui
