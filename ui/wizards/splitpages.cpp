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

// ---------------------------------------------------------------------------------------------
// Sizing

SplitSizingPage::SplitSizingPage(SplitWorkOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Sizing"));
    setSubTitle(tr("Decide how the cycles are cut into batches. The preview shows every batch that will be created."));

    // Rich text on purpose (bold numbers); every value in it is escaped.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("SizingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    // How to cut: by size or by count, one number.
    m_bySize = new QRadioButton(tr("Cycles per batch"), this);
    m_bySize->setObjectName(QStringLiteral("BySize"));
    m_byCount = new QRadioButton(tr("Number of batches"), this);
    m_byCount->setObjectName(QStringLiteral("ByCount"));
    m_bySize->setChecked(true);
    auto *sizingGroup = new QButtonGroup(this);
    sizingGroup->addButton(m_bySize);
    sizingGroup->addButton(m_byCount);
    m_sizing = new QSpinBox(this);
    m_sizing->setObjectName(QStringLiteral("SizingValue"));
    // 0 and huge values are accepted on purpose: SplitPlan explains why they do not work.
    m_sizing->setRange(0, 10'000'000);
    m_sizing->setValue(kDefaultBatchSize);
    m_sizing->setGroupSeparatorShown(true);
    m_sizing->setAccelerated(true);

    m_remainder = new QComboBox(this);
    m_remainder->setObjectName(QStringLiteral("Remainder"));
    m_remainder->addItem(tr("Last batch smaller"), QVariant::fromValue(static_cast<int>(RemainderPolicy::LastSmaller)));
    m_remainder->addItem(tr("Spread evenly (sizes differ by at most one)"),
                         QVariant::fromValue(static_cast<int>(RemainderPolicy::SpreadEvenly)));

    m_pattern = new QLineEdit(SplitInput().labelPattern, this);
    m_pattern->setObjectName(QStringLiteral("LabelPattern"));
    auto *patternHelp = plainLabel(this, tr("Placeholders: %1").arg(SplitPlan::placeholders().join(QLatin1Char(' '))));
    patternHelp->setForegroundRole(QPalette::PlaceholderText);

    m_partial = new QCheckBox(tr("Split only"), this);
    m_partial->setObjectName(QStringLiteral("SplitPart"));
    m_cyclesToSplit = new QSpinBox(this);
    m_cyclesToSplit->setObjectName(QStringLiteral("CyclesToSplit"));
    m_cyclesToSplit->setRange(0, 10'000'000);
    m_cyclesToSplit->setGroupSeparatorShown(true);
    m_cyclesToSplit->setSuffix(tr(" cycles"));
    m_cyclesToSplit->setEnabled(false);
    m_overSplit = new QCheckBox(tr("Allow splitting more than is still needed"), this);
    m_overSplit->setObjectName(QStringLiteral("AllowOverSplit"));

    m_bulk = new QRadioButton(tr("All at once (recommended)"), this);
    m_bulk->setObjectName(QStringLiteral("CreateBulk"));
    m_individual = new QRadioButton(tr("One by one"), this);
    m_individual->setObjectName(QStringLiteral("CreateIndividually"));
    m_bulk->setChecked(true);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_bulk);
    modeGroup->addButton(m_individual);
    m_modeHelp = plainLabel(this);
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setForegroundRole(QPalette::PlaceholderText);

    m_problems = messageLabel(this, QStringLiteral("SizingProblems"), true);
    m_notes = messageLabel(this, QStringLiteral("SizingNotes"), false);

    m_previewModel = new SplitPreviewModel(this);
    m_previewCaption = plainLabel(this);
    m_previewCaption->setObjectName(QStringLiteral("PreviewCaption"));
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("SplitPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    // Labels share one long prefix (the work order); eliding the middle keeps "n/total" readable.
    m_preview->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_preview->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200); // a 2,000-batch plan must not measure every row
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SplitPreviewModel::LabelColumn, QHeaderView::Stretch);

    // Left: the inputs; right: what they give.
    auto *sizingRow = new QHBoxLayout;
    sizingRow->addWidget(m_bySize);
    sizingRow->addWidget(m_byCount);
    sizingRow->addStretch(1);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partial);
    partRow->addWidget(m_cyclesToSplit);
    partRow->addStretch(1);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_bulk);
    modeRow->addWidget(m_individual);
    modeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Split by:"), sizingRow);
    form->addRow(QString(), m_sizing);
    form->addRow(tr("Remainder:"), m_remainder);
    form->addRow(tr("Labels:"), m_pattern);
    form->addRow(QString(), patternHelp);
    form->addRow(tr("Cycles:"), partRow);
    form->addRow(QString(), m_overSplit);
    form->addRow(tr("Create:"), modeRow);
    form->addRow(QString(), m_modeHelp);

    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addSpacing(6);
    left->addLayout(form);
    left->addWidget(m_problems);
    left->addWidget(m_notes);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_previewCaption);
    right->addWidget(m_preview, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 5);
    layout->addSpacing(12);
    layout->addLayout(right, 6);

    const auto changed = [this] { recompute(); };
    connect(m_bySize, &QRadioButton::toggled, this, [this] {
        updateSizingSuffix();
        recompute();
    });
    connect(m_sizing, &QSpinBox::valueChanged, this, changed);
    connect(m_remainder, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pattern, &QLineEdit::textChanged, this, [this] {
        followLabelPattern();
        recompute();
    });
    // A click is the manager's choice (setChecked from followLabelPattern() is not a click).
    connect(m_bulk, &QRadioButton::clicked, this, [this] { m_modeChosen = true; });
    connect(m_individual, &QRadioButton::clicked, this, [this] { m_modeChosen = true; });
    connect(m_partial, &QCheckBox::toggled, this, [this](bool on) {
        m_cyclesToSplit->setEnabled(on);
        recompute();
    });
    connect(m_cyclesToSplit, &QSpinBox::valueChanged, this, [this] {
        if (m_cyclesToSplit->isEnabled())
            m_cyclesEdited = true;
        recompute();
    });
    connect(m_overSplit, &QCheckBox::toggled, this, changed);
    connect(m_bulk, &QRadioButton::toggled, this, changed);
    connect(wizard, &SplitWorkOrderWizard::censusChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            initializePage();
    });
    updateSizingSuffix();
}

void SplitSizingPage::followLabelPattern()
{
    if (m_modeChosen)
        return;
    const bool ownPattern = m_pattern->text() != SplitInput().labelPattern;
    (ownPattern ? m_individual : m_bulk)->setChecked(true);
}

void SplitSizingPage::updateSizingSuffix()
{
    m_sizing->setSuffix(m_bySize->isChecked() ? tr(" cycles per batch") : tr(" batches"));
}

void SplitSizingPage::initializePage()
{
    const SplitInput in = m_wizard->input();
    const QLocale locale;
    const qint64 remaining = std::max<qint64>(0, in.cyclesNeeded - in.cyclesBatched);
    m_summary->setText(tr("<b>%1</b> needs %2 cycles; %3 are in batches already, so <b>%4</b> remain to split. "
                          "New batches go into <b>%5</b>, after queue order %6.")
                           .arg(in.workOrderLabel.toHtmlEscaped(), locale.toString(in.cyclesNeeded),
                                locale.toString(in.cyclesBatched), locale.toString(remaining),
                                in.queueLabel.toHtmlEscaped(), locale.toString(in.firstOrder - 1)));
    // Until the manager types a number of their own, "split only" starts from what remains.
    if (!m_cyclesEdited) {
        const QSignalBlocker blocker(m_cyclesToSplit);
        m_cyclesToSplit->setValue(static_cast<int>(std::min<qint64>(remaining, m_cyclesToSplit->maximum())));
    }
    recompute();
}

void SplitSizingPage::fill(SplitInput &input) const
{
    input.sizing = m_bySize->isChecked() ? SizingMode::BatchSize : SizingMode::BatchCount;
    input.sizingValue = m_sizing->value();
    input.remainder = static_cast<RemainderPolicy>(m_remainder->currentData().toInt());
    input.labelPattern = m_pattern->text();
    input.cyclesToSplit = m_partial->isChecked() ? std::optional<qint64>(m_cyclesToSplit->value()) : std::nullopt;
    input.allowOverSplit = m_overSplit->isChecked();
}

CreationMode SplitSizingPage::creationMode() const
{
    return m_individual->isChecked() ? CreationMode::Individual : CreationMode::Bulk;
}

void SplitSizingPage::recompute()
{
    const SplitPlan plan = m_wizard->plan();
    m_previewModel->setTechnicianNames(m_wizard->techniciansPage()->picker()->names());
    m_previewModel->setPlan(plan);
    showLines(m_problems, plan.problemMessages());
    showLines(m_notes, plan.noteMessages());

    const QLocale locale;
    const qsizetype batches = plan.batches().size();
    m_previewCaption->setText(batches == 0
                                  ? tr("Preview: no batches")
                                  : tr("Preview: %Ln batch(es), %1 cycles in all", nullptr, static_cast<int>(batches))
                                        .arg(locale.toString(plan.cyclesPlanned())));

    const QList<SizeGroup> groups = plan.sizeGroups();
    const bool ownPattern = m_pattern->text() != SplitInput().labelPattern;
    if (m_bulk->isChecked() && ownPattern) {
        m_modeHelp->setText(tr("All at once: the server names and orders these batches itself, so your label "
                               "pattern is not applied. Choose “One by one” to keep your labels."));
    } else if (ownPattern) {
        m_modeHelp->setText(tr("One by one, because you changed the label pattern: creating batches all at once "
                               "cannot carry labels. One request per batch (%1 in all); slower for many batches.")
                                .arg(QLocale().toString(std::max<qsizetype>(1, batches))));
    } else if (m_bulk->isChecked()) {
        m_modeHelp->setText(tr("One request per batch size (%Ln request(s) for this plan). The server names and "
                               "orders these batches itself, as “<work order> <number>”: the labels and queue "
                               "order in the preview apply only when batches are created one by one.",
                               nullptr, static_cast<int>(std::max<qsizetype>(1, groups.size()))));
    } else {
        m_modeHelp->setText(tr("One request per batch (%Ln request(s)), each with the label and queue order shown "
                               "in the preview. Slower for many batches.",
                               nullptr, static_cast<int>(std::max<qsizetype>(1, batches))));
    }

    if (plan.isValid() != m_valid) {
        m_valid = plan.isValid();
        Q_EMIT completeChanged();
    }
}

bool SplitSizingPage::isComplete() const
{
    return m_valid;
}

int SplitSizingPage::nextId() const
{
    return SplitWorkOrderWizard::TechniciansPageId;
}

// ---------------------------------------------------------------------------------------------
// Technicians

SplitTechniciansPage::SplitTechniciansPage(SplitWorkOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Technicians"));
    setSubTitle(tr("Optional: choose who works the new batches. You can also assign people later."));

    m_picker = new TechnicianPicker(wizard->service(), this);
    m_picker->setObjectName(QStringLiteral("TechnicianPicker"));
    m_all = new QRadioButton(tr("Assign everyone chosen to every batch"), this);
    m_all->setObjectName(QStringLiteral("AssignToAll"));
    m_roundRobin = new QRadioButton(tr("Round-robin: one technician per batch, taking turns"), this);
    m_roundRobin->setObjectName(QStringLiteral("RoundRobin"));
    m_all->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_roundRobin);
    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("TechnicianSummary"));
    m_summary->setWordWrap(true);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_all);
    modes->addWidget(m_roundRobin);
    modes->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addLayout(modes);
    layout->addWidget(m_summary);

    connect(m_picker, &TechnicianPicker::chosenChanged, this, &SplitTechniciansPage::updateSummary);
    connect(m_all, &QRadioButton::toggled, this, &SplitTechniciansPage::updateSummary);
}

void SplitTechniciansPage::initializePage()
{
    const SplitInput in = m_wizard->input();
    m_picker->setTargetQueues({{in.queueId, in.queueLabel}});
    m_picker->start();
    updateSummary();
}

void SplitTechniciansPage::fill(SplitInput &input) const
{
    input.technicianIds = m_picker->chosenIds();
    if (input.technicianIds.isEmpty())
        input.technicianMode = TechnicianMode::None;
    else
        input.technicianMode = m_all->isChecked() ? TechnicianMode::AllBatches : TechnicianMode::RoundRobin;
}

QList<Niagara::User> SplitTechniciansPage::technicians() const
{
    return m_picker->chosenUsers();
}

QString SplitTechniciansPage::summaryText() const
{
    return m_summary->text();
}

void SplitTechniciansPage::updateSummary()
{
    const QList<Niagara::User> users = technicians();
    const bool several = users.size() > 1;
    m_all->setEnabled(several);
    m_roundRobin->setEnabled(several);
    const int batches = static_cast<int>(m_wizard->plan().batches().size());
    if (users.isEmpty())
        m_summary->setText(tr("Nobody chosen: the new batches start without technicians."));
    else if (!several || m_all->isChecked())
        m_summary->setText(tr("Each of the %Ln new batch(es) gets %1.", nullptr, batches).arg(listOfNames(users)));
    else
        m_summary->setText(tr("The %Ln new batch(es) take turns: %1.", nullptr, batches)
                               .arg(tr("batch 1 gets %1, batch 2 gets %2, and so on")
                                        .arg(users.at(0).name, users.at(1).name)));
}

int SplitTechniciansPage::nextId() const
{
    return SplitWorkOrderWizard::ReviewPageId;
}

// ---------------------------------------------------------------------------------------------
// Review

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
