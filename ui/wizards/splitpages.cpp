// The split wizard's later pages: sizing (with the preview), technicians and review. The
// wizard and its first two pages are in splitworkorderwizard.cpp.

#include "ui/wizards/splitworkorderwizard.h"

#include "models/displaytext.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitpreviewmodel.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"
#include "ui/wizards/catalogbrowser.h"
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
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    connect(m_pattern, &QLineEdit::textChanged, this, changed);
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
    if (m_bulk->isChecked()) {
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
    setSubTitle(tr("Nothing has been sent yet. These are the requests that will be made."));
    setButtonText(QWizard::NextButton, tr("Create batches"));

    // Rich text on purpose (a table); every value in it is escaped.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ReviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problems = messageLabel(this, QStringLiteral("ReviewProblems"), true);

    m_requests = new QTreeWidget(this);
    m_requests->setObjectName(QStringLiteral("PlannedRequests"));
    m_requests->setRootIsDecorated(false);
    m_requests->setAlternatingRowColors(true);
    m_requests->setSelectionMode(QAbstractItemView::NoSelection);
    m_requests->setHeaderLabels({tr("Request"), tr("What it does")});
    m_requests->setWordWrap(true);
    m_requests->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_requests, 1);
}

void SplitReviewPage::initializePage()
{
    m_requests->clear();
    const SplitPlan plan = m_wizard->plan();
    const SplitInput &in = plan.input();
    if (!plan.isValid() || !m_wizard->service()) {
        showLines(m_problems, plan.problemMessages());
        m_summary->clear();
        Q_EMIT completeChanged();
        return;
    }
    showLines(m_problems, {});
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = m_wizard->service()->createSplitRun(plan, m_wizard->creationMode(), m_wizard->technicians());

    const QLocale locale;
    QStringList sizes;
    for (const SizeGroup &g : plan.sizeGroups())
        sizes << tr("%1 × %2 cycles").arg(locale.toString(g.batchIndexes.size()), locale.toString(g.numberCycles));
    QString technicians = tr("none");
    const QList<Niagara::User> users = m_wizard->technicians();
    if (!users.isEmpty()) {
        technicians = in.technicianMode == TechnicianMode::RoundRobin
            ? tr("%1, taking turns").arg(listOfNames(users))
            : tr("%1 on every batch").arg(listOfNames(users));
    }
    const int requests = static_cast<int>(m_run->plannedRequests().size());
    const QString rows = QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>");
    m_summary->setText(
        QStringLiteral("<table>") + rows.arg(tr("Work order"), in.workOrderLabel.toHtmlEscaped())
        + rows.arg(tr("Queue"), in.queueLabel.toHtmlEscaped())
        + rows.arg(tr("Batches"), tr("%Ln batch(es): %1, %2 cycles in all", nullptr, static_cast<int>(plan.batches().size()))
                                      .arg(sizes.join(QStringLiteral(" + ")), locale.toString(plan.cyclesPlanned())))
        + rows.arg(tr("Technicians"), technicians.toHtmlEscaped())
        + rows.arg(tr("Requests"), tr("%Ln request(s), at most %1 at a time", nullptr, requests)
                                       .arg(m_wizard->service()->maxInFlight()))
        + QStringLiteral("</table>"));

    for (const PlannedRequest &request : m_run->plannedRequests()) {
        auto *item = new QTreeWidgetItem(m_requests, {request.method + QLatin1Char(' ') + request.path, request.summary});
        item->setToolTip(1, plainToolTip(request.summary));
    }
    m_requests->resizeColumnToContents(0);
    Q_EMIT completeChanged();
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
