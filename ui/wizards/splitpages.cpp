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

#include <algorithm>
#include <cmath>
#include <limits>

namespace BatchDesk::Ui {

using namespace SplitPageText;

namespace {

// Draft field names and values (the file's: words, not enum numbers, so a reordered enum does
// not change what an old draft means).
const QString kSplitDraftSizeBy = QStringLiteral("sizeBy");
const QString kSplitDraftSizingValue = QStringLiteral("sizingValue");
const QString kSplitDraftRemainder = QStringLiteral("remainder");
const QString kSplitDraftLabelPattern = QStringLiteral("labelPattern");
const QString kSplitDraftSplitPart = QStringLiteral("splitPart");
const QString kSplitDraftCyclesToSplit = QStringLiteral("cyclesToSplit"); // only when typed
const QString kSplitDraftAllowOverSplit = QStringLiteral("allowOverSplit");
const QString kSplitDraftCreation = QStringLiteral("creation");
const QString kSplitDraftCreationChosen = QStringLiteral("creationChosen");
const QString kSplitDraftTechnicianIds = QStringLiteral("technicianIds");
const QString kSplitDraftTechnicianNames = QStringLiteral("technicianNames");
const QString kSplitDraftTechnicianMode = QStringLiteral("technicianMode");

QString splitDraftRemainderName(RemainderPolicy policy)
{
    return policy == RemainderPolicy::SpreadEvenly ? QStringLiteral("spread-evenly") : QStringLiteral("last-smaller");
}

int splitDraftSpinValue(const QVariant &value, const QSpinBox *spin, int fallback)
{
    bool ok = false;
    const qlonglong v = value.toLongLong(&ok);
    if (!ok)
        return fallback;
    return static_cast<int>(std::clamp<qlonglong>(v, spin->minimum(), spin->maximum()));
}

} // namespace

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

void SplitSizingPage::saveDraft(QVariantMap &fields) const
{
    fields.insert(kSplitDraftSizeBy, m_bySize->isChecked() ? QStringLiteral("size") : QStringLiteral("count"));
    fields.insert(kSplitDraftSizingValue, m_sizing->value());
    fields.insert(kSplitDraftRemainder, splitDraftRemainderName(static_cast<RemainderPolicy>(m_remainder->currentData().toInt())));
    fields.insert(kSplitDraftLabelPattern, m_pattern->text());
    fields.insert(kSplitDraftSplitPart, m_partial->isChecked());
    // Until typed, the number follows what remains of the work order (initializePage).
    if (m_cyclesEdited)
        fields.insert(kSplitDraftCyclesToSplit, m_cyclesToSplit->value());
    fields.insert(kSplitDraftAllowOverSplit, m_overSplit->isChecked());
    fields.insert(kSplitDraftCreation, m_individual->isChecked() ? QStringLiteral("individual") : QStringLiteral("bulk"));
    fields.insert(kSplitDraftCreationChosen, m_modeChosen);
}

void SplitSizingPage::restoreDraft(const QVariantMap &fields)
{
    (fields.value(kSplitDraftSizeBy).toString() == QLatin1String("count") ? m_byCount : m_bySize)->setChecked(true);
    m_sizing->setValue(splitDraftSpinValue(fields.value(kSplitDraftSizingValue), m_sizing, kDefaultBatchSize));
    const RemainderPolicy policy = fields.value(kSplitDraftRemainder).toString() == QLatin1String("spread-evenly")
        ? RemainderPolicy::SpreadEvenly
        : RemainderPolicy::LastSmaller;
    m_remainder->setCurrentIndex(std::max(0, m_remainder->findData(static_cast<int>(policy))));
    m_modeChosen = false; // the pattern's own default first, then the saved choice
    m_pattern->setText(fields.value(kSplitDraftLabelPattern, SplitInput().labelPattern).toString());
    m_partial->setChecked(fields.value(kSplitDraftSplitPart).toBool());
    m_cyclesEdited = fields.contains(kSplitDraftCyclesToSplit);
    if (m_cyclesEdited)
        m_cyclesToSplit->setValue(splitDraftSpinValue(fields.value(kSplitDraftCyclesToSplit), m_cyclesToSplit, 0));
    m_overSplit->setChecked(fields.value(kSplitDraftAllowOverSplit).toBool());
    (fields.value(kSplitDraftCreation).toString() == QLatin1String("individual") ? m_individual : m_bulk)->setChecked(true);
    m_modeChosen = fields.value(kSplitDraftCreationChosen).toBool();
    updateSizingSuffix();
    recompute();
}

void SplitSizingPage::resetInputs()
{
    m_bySize->setChecked(true);
    m_sizing->setValue(kDefaultBatchSize);
    m_remainder->setCurrentIndex(0);
    m_modeChosen = false;
    m_pattern->setText(SplitInput().labelPattern);
    m_partial->setChecked(false);
    m_cyclesEdited = false;
    m_overSplit->setChecked(false);
    m_bulk->setChecked(true);
    updateSizingSuffix();
    recompute();
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

    connect(m_picker, &TechnicianPicker::chosenChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_all, &QRadioButton::toggled, this, &SplitTechniciansPage::updateSummary);
}

bool SplitTechniciansPage::isComplete() const
{
    // A person put back from a draft whose page has not arrived would be left out of the run.
    return m_picker->allChosenLoaded();
}

void SplitTechniciansPage::saveDraft(QVariantMap &fields) const
{
    const QStringList ids = m_picker->chosenIds();
    const QHash<QString, QString> names = m_picker->chosenNames();
    QVariantMap nameMap;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        nameMap.insert(it.key(), it.value());
    fields.insert(kSplitDraftTechnicianIds, ids);
    fields.insert(kSplitDraftTechnicianNames, nameMap);
    fields.insert(kSplitDraftTechnicianMode, m_roundRobin->isChecked() ? QStringLiteral("round-robin") : QStringLiteral("all"));
}

void SplitTechniciansPage::restoreDraft(const QVariantMap &fields)
{
    QHash<QString, QString> names;
    const QVariantMap nameMap = fields.value(kSplitDraftTechnicianNames).toMap();
    for (auto it = nameMap.cbegin(); it != nameMap.cend(); ++it)
        names.insert(it.key(), it.value().toString());
    m_picker->setChosenIds(fields.value(kSplitDraftTechnicianIds).toStringList(), names);
    (fields.value(kSplitDraftTechnicianMode).toString() == QLatin1String("round-robin") ? m_roundRobin : m_all)->setChecked(true);
    updateSummary();
}

void SplitTechniciansPage::resetInputs()
{
    m_picker->setChosenIds({});
    m_all->setChecked(true);
    updateSummary();
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

} // namespace BatchDesk::Ui
