// The assign-technicians wizard's preview page: what the assignment changes, batch by batch,
// and whose load it takes over the threshold (split out of assigntechnicianswizard.cpp).

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

using AssignWizardText::firstLabels;
using AssignWizardText::wrappedLabel;

// ---------------------------------------------------------------------------------------------
// Preview

AssignPreviewPage::AssignPreviewPage(AssignTechniciansWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing has been sent yet. This is who will work which batches."));
    setButtonText(QWizard::NextButton, tr("Assign"));

    m_summary = wrappedLabel(this, QStringLiteral("AssignSummary"));
    m_refusals = wrappedLabel(this, QStringLiteral("AssignRefusals"));
    QPalette palette = m_refusals->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_refusals->setPalette(palette);
    m_refusals->hide();
    m_loadWarning = plainLabel(this);
    m_loadWarning->setObjectName(QStringLiteral("AssignLoadWarning"));
    m_loadWarning->setWordWrap(true);
    QPalette warningPalette = m_loadWarning->palette();
    warningPalette.setColor(QPalette::WindowText, DisplayText::errorColor(warningPalette));
    m_loadWarning->setPalette(warningPalette);
    m_loadWarning->hide();
    m_banner = new ErrorBanner(this);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("DetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("AssignDetails"));
    m_changeCount = plainLabel(m_details);
    m_changeCount->setObjectName(QStringLiteral("AssignChangeCount"));
    m_changes = new QTreeWidget(m_details);
    m_changes->setObjectName(QStringLiteral("AssignChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setHeaderLabels({tr("Batch"), tr("Change"), tr("Technician"), tr("Request")});
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->resizeSection(0, 260);
    m_changes->header()->resizeSection(1, 90);
    m_changes->header()->resizeSection(2, 170);

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_changeCount);
    detailsLayout->addWidget(m_changes, 1);
    m_details->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_refusals);
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

void AssignPreviewPage::initializePage()
{
    m_changes->clear();
    m_changeCount->clear();
    m_banner->dismiss();
    m_refusals->hide();
    m_loadWarning->hide();
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = nullptr;
    PlanningService *service = m_wizard->service();
    if (!service)
        return;
    m_loading = true;
    m_summary->setText(tr("Reading the technicians each batch has now…"));
    Q_EMIT completeChanged();
    // A second visit while the first read is still running: only the newest answer counts.
    const quint64 generation = ++m_generation;
    service->loadAssignmentTargets(m_wizard->targets(), this,
                                   [this, generation](Niagara::Outcome<QList<AssignmentTarget>> outcome) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!outcome.ok()) {
            m_summary->clear();
            m_banner->showError(tr("The batches' current technicians could not be read: %1").arg(outcome.error.message()),
                                [this] { initializePage(); });
            Q_EMIT completeChanged();
            return;
        }
        showChanges(*outcome.value);
    });
}

void AssignPreviewPage::showChanges(const QList<AssignmentTarget> &targets)
{
    PlanningService *service = m_wizard->service();
    const QList<Niagara::User> technicians = m_wizard->technicians();
    const QList<WriteItem> items = PlanningService::assignmentItems(targets, technicians, m_wizard->mode());

    int adds = 0;
    int removes = 0;
    for (const WriteItem &item : items) {
        const bool add = item.action == WriteItem::Action::AddTechnician;
        (add ? adds : removes)++;
        const QString request = add ? QStringLiteral("POST /batches/%1/relations").arg(item.batchId)
                                    : QStringLiteral("DELETE /batches/%1/relations/%2").arg(item.batchId, item.relationId);
        auto *row = new QTreeWidgetItem(m_changes, {item.batchLabel.isEmpty() ? item.batchId : item.batchLabel,
                                                    add ? tr("Assign", "change: the technician is added to the batch")
                                                        : tr("Unassign", "change: the technician is taken off the batch"),
                                                    item.userName.isEmpty() ? item.userId : item.userName, request});
        row->setToolTip(3, plainToolTip(request)); // server ids
    }
    // Batch labels vary in length; the request (long ids) gets what is left and a tooltip.
    for (int column : {0, 1, 2})
        m_changes->resizeColumnToContents(column);
    m_changes->header()->resizeSection(0, std::min(m_changes->header()->sectionSize(0) + 16, m_changes->width() / 2));

    QStringList refused;
    QSet<QString> seenQueues;
    for (const AssignmentTarget &t : targets) {
        if (seenQueues.contains(t.queueId))
            continue;
        seenQueues.insert(t.queueId);
        if (const std::optional<QString> reason = service->refusal(PlanningAction::Assign, t.queueId))
            refused << *reason;
    }
    m_refusals->setText(refused.isEmpty() ? QString()
                                          : tr("Earlier in this session the server did not let you change technicians "
                                               "in these queues:\n%1")
                                                .arg(refused.join(QLatin1Char('\n'))));
    m_refusals->setVisible(!refused.isEmpty());

    if (items.isEmpty()) {
        m_summary->setText(tr("Nothing to change: the chosen technicians are already the batches' technicians."));
    } else {
        // Per person, in the order chosen (then those taken off): "Add Yuki Tanaka to 6 batches".
        QStringList order;
        QHash<QString, QString> names;
        QHash<QString, int> added;
        QHash<QString, int> removed;
        for (const Niagara::User &u : technicians) {
            order << u.id;
            names.insert(u.id, DisplayText::userName(u));
        }
        for (const WriteItem &item : items) {
            if (!order.contains(item.userId))
                order << item.userId;
            if (!names.contains(item.userId))
                names.insert(item.userId, item.userName.isEmpty() ? item.userId : item.userName);
            (item.action == WriteItem::Action::AddTechnician ? added : removed)[item.userId]++;
        }
        const auto batches = [](int n) { return tr("%Ln batch(es)", "", n); };
        QStringList lines;
        for (const QString &id : std::as_const(order)) {
            if (const int n = added.value(id); n > 0)
                lines << tr("Add %1 to %2").arg(names.value(id), batches(n));
        }
        for (const QString &id : std::as_const(order)) {
            if (const int n = removed.value(id); n > 0)
                lines << tr("Take %1 off %2").arg(names.value(id), batches(n));
        }
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_changeCount->setText(tr("%1 and %2 on %Ln batch(es).", nullptr, static_cast<int>(targets.size()))
                                   .arg(tr("%Ln relation(s) to create", nullptr, adds),
                                        tr("%Ln to delete", nullptr, removes)));
        if (refused.isEmpty())
            m_run = service->createAssignmentRun(targets, technicians, m_wizard->mode());
        showLoadWarning(targets);
    }
    Q_EMIT completeChanged();
}

void AssignPreviewPage::showLoadWarning(const QList<AssignmentTarget> &targets)
{
    PlanningMonitor *monitor = m_wizard->planningMonitor();
    BatchStore *store = m_wizard->store();
    if (monitor == nullptr || !monitor->hasFigures() || store == nullptr) {
        m_loadWarning->hide();
        return;
    }
    // The technicians each batch has now (read from the server for this preview) and its open
    // cycles (the board's store), shared as the desk shares them.
    QList<StaffedBatch> batches;
    for (const AssignmentTarget &t : targets) {
        StaffedBatch b;
        if (const BatchRecord *record = store->batch(t.batchId)) {
            b.openCycles = activeCycles(record->cycles);
        }
        for (const Niagara::Relation &r : t.technicians) {
            if (r.entity)
                b.technicianIds << r.entity->id;
        }
        batches << b;
    }
    QStringList chosen;
    QHash<QString, QString> names;
    for (const Niagara::User &u : m_wizard->technicians()) {
        chosen << u.id;
        names.insert(u.id, DisplayText::userName(u));
    }
    const PlanningFigures &figures = monitor->figures();
    const std::vector<ProjectedLoad> over = LoadProjection::overloaded(
        figures.technicians, LoadProjection::assignmentChange(batches, chosen, m_wizard->mode() == AssignMode::Replace),
        figures.overloadThresholdDays, names);
    const QStringList lines = loadWarningLines(over, figures.overloadThresholdDays);
    m_loadWarning->setText(lines.join(QLatin1Char('\n')));
    m_loadWarning->setVisible(!lines.isEmpty());
}

void AssignPreviewPage::cleanupPage()
{
    ++m_generation;
    m_loading = false;
    if (m_run && m_run->phase() == WriteRun::Phase::Ready)
        m_run->deleteLater();
    m_run = nullptr;
    QWizardPage::cleanupPage();
}

bool AssignPreviewPage::isComplete() const
{
    return m_run != nullptr && !m_loading;
}

int AssignPreviewPage::nextId() const
{
    return AssignTechniciansWizard::CommitPageId;
}

QString AssignPreviewPage::summaryText() const
{
    return m_summary->text();
}

} // namespace BatchDesk::Ui
