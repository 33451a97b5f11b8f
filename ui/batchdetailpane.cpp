#include "ui/batchdetailpane.h"

#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/displaytext.h"
#include "models/relations/batchrelationsmodel.h"
#include "ui/plaintext.h"
#include "ui/progressbarpainter.h"
#include "ui/statusswatch.h"
#include "ui/statuspalette.h"
#include "ui/fittedlabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

constexpr char kFieldPrefix[] = "field:";

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString locationTypeName(const QString &type)
{
    if (type == QLatin1String("warehouse"))
        return BatchDetailPane::tr("Warehouse");
    if (type == QLatin1String("facility"))
        return BatchDetailPane::tr("Facility");
    if (type == QLatin1String("other"))
        return BatchDetailPane::tr("Other");
    return orDash(type);
}

// The server's formatted address when it sends one; otherwise the parts, in postal order.
QString addressText(const Niagara::Location &location)
{
    if (!location.formattedAddress.trimmed().isEmpty())
        return location.formattedAddress;
    const Niagara::Address &a = location.address;
    QStringList street;
    for (const QString &part : {a.premise, a.thoroughfare, a.subPremise}) {
        if (!part.isEmpty())
            street << part;
    }
    QStringList lines;
    if (!street.isEmpty())
        lines << street.join(QLatin1Char(' '));
    QStringList town;
    for (const QString &part : {a.locality, a.administrativeArea, a.postalCode}) {
        if (!part.isEmpty())
            town << part;
    }
    if (!town.isEmpty())
        lines << town.join(QLatin1Char(' '));
    if (!a.country.isEmpty())
        lines << a.country;
    return orDash(lines.join(QLatin1Char('\n')));
}

QString statusText(const Niagara::Status &status)
{
    //: Status in the detail pane: the customer's label, then the category, e.g. "Imaging (In progress)"
    return BatchDetailPane::tr("%1 (%2)").arg(status.label, Niagara::categoryDisplayName(status.category));
}

// The stacked bar of the board, the same painter as the tree's delegate.
class CountsBar final : public QWidget
{
public:
    CountsBar(const Niagara::CycleCounts &counts, QWidget *parent)
        : QWidget(parent)
        , m_counts(counts)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setToolTip(ProgressBarPainter::defaultText(counts));
    }
    QSize sizeHint() const override { return {160, fontMetrics().height() + 8}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_painter.paint(painter, rect(), m_counts, palette(), font());
    }

private:
    Niagara::CycleCounts m_counts;
    ProgressBarPainter m_painter;
};

// Bar plus one line per category: swatch, name, count, share.
QWidget *countsTable(const Niagara::CycleCounts &counts, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->addWidget(new CountsBar(counts, box), 0, 0, 1, 4);
    const qint64 total = counts.total();
    int row = 1;
    for (StatusCategory category : Niagara::kAllStatusCategories) {
        grid->addWidget(new StatusSwatch(category, 18, box), row, 0, Qt::AlignVCenter);
        grid->addWidget(plainLabel(box, Niagara::categoryDisplayName(category)), row, 1);
        auto *count = plainLabel(box, number(counts[category]));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(count, row, 2);
        auto *percent = plainLabel(box, DisplayText::percent(counts[category], total));
        percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        percent->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(percent, row, 3);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

} // namespace

BatchDetailPane::BatchDetailPane(BatchStore *store, BatchRelationsModel *relations, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_relations(relations)
    , m_relationsAlive(relations)
{
    watchRelations();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: the content wraps to the width left beside it, and a scroll bar that came
    // and went with the content's height would take that width away after the wrap (the
    // content is taller than a 768-pixel screen anyway).
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    // Live refreshes change many batches at once; one render per burst is plenty.
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(50);
    connect(m_renderTimer, &QTimer::timeout, this, &BatchDetailPane::render);

    if (m_store) {
        connect(m_store, &BatchStore::batchesChanged, this, [this](const QList<BatchChange> &changes) {
            if (m_group.isValid())
                scheduleRender();
            for (const BatchChange &change : changes) {
                if (change.id == m_batchId) {
                    scheduleRender();
                    break;
                }
            }
        });
        connect(m_store, &BatchStore::batchesRemoved, this, [this](const QStringList &ids) {
            if (!m_batchId.isEmpty() && ids.contains(m_batchId)) {
                // Gone from the server (deleted elsewhere): say so rather than show stale data.
                cancelRelations();
                m_batchId.clear();
                m_batchGone = true;
                render();
            } else if (m_group.isValid()) {
                scheduleRender();
            }
        });
        connect(m_store, &BatchStore::batchesAdded, this, [this] {
            if (m_group.isValid())
                scheduleRender();
        });
        connect(m_store, &BatchStore::queuesChanged, this, &BatchDetailPane::scheduleRender);
        connect(m_store, &BatchStore::workOrdersChanged, this, &BatchDetailPane::scheduleRender);
    }
    clear();
}

BatchDetailPane::~BatchDetailPane()
{
    if (BatchRelationsModel *model = relationsModel()) {
        disconnect(model, nullptr, this, nullptr); // nothing renders while the pane goes
        model->clear();
    }
}

void BatchDetailPane::setRelationsModel(BatchRelationsModel *relations)
{
    if (relations == relationsModel())
        return;
    if (BatchRelationsModel *old = relationsModel()) {
        old->clear();
        disconnect(old, nullptr, this, nullptr);
    }
    m_relations = relations;
    m_relationsAlive = relations;
    watchRelations();
    if (relations && !m_batchId.isEmpty() && !m_group.isValid())
        relations->setBatch(m_batchId);
    render();
}

void BatchDetailPane::watchRelations()
{
    if (!m_relations)
        return;
    // Every answer renders (a refresh's rows change without a state change).
    connect(m_relations, &BatchRelationsModel::stateChanged, this, &BatchDetailPane::render);
    connect(m_relations, &BatchRelationsModel::settled, this, [this] {
        render();
        Q_EMIT relationsSettled();
    });
}

void BatchDetailPane::showBatch(const QString &batchId)
{
    if (batchId == m_batchId && !m_group.isValid())
        return;
    cancelRelations();
    m_group = QPersistentModelIndex();
    m_batchId = batchId;
    m_batchGone = false;
    if (BatchRelationsModel *model = relationsModel())
        model->setBatch(batchId);
    render();
}

void BatchDetailPane::showGroup(const QModelIndex &index)
{
    cancelRelations();
    m_batchId.clear();
    m_batchGone = false;
    m_group = index.siblingAtColumn(0);
    render();
}

void BatchDetailPane::clear()
{
    cancelRelations();
    m_batchId.clear();
    m_batchGone = false;
    m_group = QPersistentModelIndex();
    render();
}

void BatchDetailPane::changeEvent(QEvent *event)
{
    // Everything shown is rebuilt from data, so a new language is one render away.
    if (event->type() == QEvent::LanguageChange && m_content != nullptr)
        render();
    QWidget::changeEvent(event);
}

QString BatchDetailPane::fieldText(const QString &field) const
{
    if (m_content == nullptr)
        return {};
    const auto *label = m_content->findChild<QLabel *>(QLatin1String(kFieldPrefix) + field);
    if (label == nullptr)
        return {};
    return fittedLabelValue(label);
}

void BatchDetailPane::scheduleRender()
{
    if (!m_batchId.isEmpty() || m_group.isValid())
        m_renderTimer->start();
}

void BatchDetailPane::render()
{
    m_renderTimer->stop();
    // Rebuilt whole: the set of sections depends on what the batch carries, and a refresh
    // changes little enough that keeping the scroll position is all the user notices.
    const int scrollValue = m_scroll->verticalScrollBar()->value();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("BatchDetailContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    if (!m_batchId.isEmpty())
        renderBatch(layout);
    else if (m_group.isValid())
        renderGroup(layout);
    else if (m_batchGone)
        renderEmpty(layout, tr("The batch is no longer on the server."));
    else
        renderEmpty(layout, tr("Select a batch to see its work order, customer, location and relations."));
    layout->addStretch(1);
    m_scroll->setWidget(content); // deletes the previous content
    m_content = content;
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrollValue] { scroll->verticalScrollBar()->setValue(scrollValue); });
}

void BatchDetailPane::renderEmpty(QVBoxLayout *layout, const QString &text)
{
    auto *label = plainLabel(layout->parentWidget(), text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(1);
    layout->addWidget(label);
}

QFormLayout *BatchDetailPane::addSection(QVBoxLayout *layout, const QString &title)
{
    QWidget *parent = layout->parentWidget();
    auto *heading = plainLabel(parent, title);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    if (layout->count() > 0)
        layout->addSpacing(6);
    layout->addWidget(heading);
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(3);
    layout->addLayout(form);
    return form;
}

QLabel *BatchDetailPane::addField(QFormLayout *form, const QString &field, const QString &caption, const QString &value)
{
    QWidget *parent = form->parentWidget();
    auto *label = plainLabel(parent, orDash(value));
    label->setObjectName(QLatin1String(kFieldPrefix) + field);
    label->setWordWrap(true);
    fitLabelToWidth(label);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *captionLabel = plainLabel(parent, caption);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(captionLabel, label);
    return label;
}

void BatchDetailPane::renderBatch(QVBoxLayout *layout)
{
    const BatchRecord *batch = m_store ? m_store->batch(m_batchId) : nullptr;
    if (batch == nullptr) {
        renderEmpty(layout, tr("The batch is no longer on the server."));
        return;
    }
    QWidget *parent = layout->parentWidget();

    auto *title = plainLabel(parent, batch->label);
    title->setObjectName(QLatin1String(kFieldPrefix) + QStringLiteral("batch.label"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    title->setWordWrap(true);
    fitLabelToWidth(title);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);

    QFormLayout *form = addSection(layout, tr("Batch"));
    addField(form, QStringLiteral("batch.id"), tr("Id"), batch->id);
    //: The batch's position in its queue (batches are worked in this order).
    addField(form, QStringLiteral("batch.order"), tr("Order"), batch->order.toString());
    addField(form, QStringLiteral("batch.status"), tr("Status"), batch->status ? statusText(*batch->status) : tr("No status"));
    addField(form, QStringLiteral("batch.numberCycles"), tr("Cycles"), number(batch->numberCycles));
    form->addRow(countsTable(batch->cycles, parent));
    addField(form, QStringLiteral("batch.created"), tr("Created"), dateText(batch->created));
    addField(form, QStringLiteral("batch.updated"), tr("Updated"), dateText(batch->updated));

    const Niagara::WorkOrder *wo = m_store->workOrder(batch->workOrderId);
    const Niagara::Queue *queue = m_store->queue(batch->queueId);
    if (wo != nullptr) {
        form = addSection(layout, tr("Work order"));
        addField(form, QStringLiteral("workOrder.label"), tr("Label"), wo->label);
        addField(form, QStringLiteral("workOrder.description"), tr("Description"), wo->description);
        addField(form, QStringLiteral("workOrder.type"), tr("Type"), wo->workOrderType);
        addField(form, QStringLiteral("workOrder.status"), tr("Status"),
                 wo->currentStatus ? statusText(*wo->currentStatus) : QString());
        addField(form, QStringLiteral("workOrder.begin"), tr("Begins"), dateText(wo->beginDate));
        addField(form, QStringLiteral("workOrder.due"), tr("Due"), dateText(wo->dueDate));
        addField(form, QStringLiteral("workOrder.start"), tr("Started"), dateText(wo->startDate));
        addField(form, QStringLiteral("workOrder.end"), tr("Ends"), dateText(wo->endDate));

        form = addSection(layout, tr("Customer"));
        const std::optional<Niagara::Project> &project = wo->project;
        addField(form, QStringLiteral("customer.label"), tr("Customer"), project ? project->customer.label : QString());
        addField(form, QStringLiteral("program.label"), tr("Program"), project ? project->program.label : QString());
        addField(form, QStringLiteral("project.label"), tr("Project"), project ? project->label : QString());
    }

    // The work order's location is where the devices are; the queue's is the fallback.
    const std::optional<Niagara::Location> &location =
        wo != nullptr && wo->location ? wo->location : (queue != nullptr ? queue->location : std::nullopt);
    if (location) {
        form = addSection(layout, tr("Location"));
        addField(form, QStringLiteral("location.label"), tr("Location"), location->label);
        addField(form, QStringLiteral("location.type"), tr("Type"), locationTypeName(location->locationType));
        addField(form, QStringLiteral("location.address"), tr("Address"), addressText(*location));
    }

    form = addSection(layout, tr("Queue"));
    addField(form, QStringLiteral("queue.label"), tr("Queue"), queue != nullptr ? queue->label : batch->queueId);
    addField(form, QStringLiteral("queue.priority"), tr("Priority"), queue != nullptr ? queue->priority.toString() : QString());

    if (wo != nullptr && !wo->cycles.isEmpty()) {
        form = addSection(layout, tr("Cycles per workflow"));
        int i = 0;
        for (const Niagara::WorkOrderCycles &entry : wo->cycles) {
            const QString workflow = entry.workFlow && !entry.workFlow->label.isEmpty() ? entry.workFlow->label : tr("Workflow");
            addField(form, QStringLiteral("workflow.%1").arg(i++), workflow,
                     tr("%1 needed, %2 complete").arg(number(entry.needed), number(entry.counts[StatusCategory::Complete])));
            form->addRow(countsTable(entry.counts, parent));
        }
    }

    form = addSection(layout, tr("Technicians"));
    QStringList names;
    for (const Niagara::User &user : batch->technicians)
        names << DisplayText::userName(user);
    addField(form, QStringLiteral("technicians"), tr("Assigned"), names.isEmpty() ? tr("None listed") : names.join(QLatin1Char('\n')));

    form = addSection(layout, tr("Relations"));
    const BatchRelationsModel *model = relationsModel();
    const QList<Niagara::Relation> relations = model ? model->relations() : QList<Niagara::Relation>();
    const qint64 relationsTotal = model ? model->totalCount() : 0;
    switch (relationsState()) {
    case RelationsState::Idle:
        addField(form, QStringLiteral("relations"), tr("Relations"), tr("Not connected"));
        break;
    case RelationsState::Loading:
        addField(form, QStringLiteral("relations"), tr("Relations"), tr("Loading…"));
        break;
    case RelationsState::Failed:
        addField(form, QStringLiteral("relations"), tr("Relations"), model->errorText());
        break;
    case RelationsState::NoAccess:
        // The batch exists; this user may not read it (not the same as "gone").
        addField(form, QStringLiteral("relations"), tr("Relations"),
                 tr("You have no access to this batch on the server."));
        break;
    case RelationsState::Gone:
        addField(form, QStringLiteral("relations"), tr("Relations"),
                 tr("The batch is no longer on the server."));
        break;
    case RelationsState::Loaded: {
        if (relations.isEmpty()) {
            addField(form, QStringLiteral("relations"), tr("Relations"), tr("None"));
            break;
        }
        int i = 0;
        for (const Niagara::Relation &relation : relations) {
            const QString who = relation.entity ? orDash(relation.entity->label) : QString();
            const QString caption = relation.label.isEmpty() ? relation.relation : relation.label;
            //: A relation of a batch: the related entity, its type and the relation's direction
            addField(form, QStringLiteral("relation.%1").arg(i++), caption,
                     tr("%1 (%2, %3)").arg(who, relation.entity ? relation.entity->type : QString(), relation.direction));
        }
        if (relationsTotal > relations.size())
            addField(form, QStringLiteral("relations.more"), QString(),
                     tr("and %1 more").arg(number(relationsTotal - relations.size())));
        break;
    }
    }
}

void BatchDetailPane::renderGroup(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    const QModelIndex index = m_group;
    const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
    const bool isQueue = level == TreeLevel::Queue;

    auto *title = plainLabel(parent, index.data(BatchRoles::LabelRole).toString());
    title->setObjectName(QLatin1String(kFieldPrefix) + QStringLiteral("group.label"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    title->setWordWrap(true);
    fitLabelToWidth(title);
    layout->addWidget(title);

    QFormLayout *form = addSection(layout, isQueue ? tr("Queue summary") : tr("Work order summary"));
    addField(form, QStringLiteral("group.batches"), tr("Batches shown"),
             number(index.data(BatchRoles::BatchCountRole).toLongLong()));
    addField(form, QStringLiteral("group.cycles"), tr("Cycles"), number(index.data(BatchRoles::NumberCyclesRole).toLongLong()));
    const QVariant serverTotal = index.data(BatchRoles::ServerTotalRole);
    if (serverTotal.isValid()) {
        addField(form, QStringLiteral("group.serverTotal"), isQueue ? tr("Batches on server") : tr("Cycles needed"),
                 number(serverTotal.toLongLong()));
    }
    const QVariant counts = index.data(BatchRoles::CycleCountsRole);
    if (counts.canConvert<Niagara::CycleCounts>())
        form->addRow(countsTable(counts.value<Niagara::CycleCounts>(), parent));

    if (!m_store)
        return;
    if (isQueue) {
        if (const Niagara::Queue *queue = m_store->queue(index.data(BatchRoles::QueueIdRole).toString())) {
            form = addSection(layout, tr("Queue"));
            addField(form, QStringLiteral("queue.id"), tr("Id"), queue->id);
            addField(form, QStringLiteral("queue.priority"), tr("Priority"), queue->priority.toString());
            if (queue->activeBatches)
                addField(form, QStringLiteral("queue.activeBatches"), tr("Active batches"), number(*queue->activeBatches));
            if (queue->activeCycles)
                addField(form, QStringLiteral("queue.activeCycles"), tr("Active cycles"), number(*queue->activeCycles));
            if (queue->location) {
                addField(form, QStringLiteral("location.label"), tr("Location"), queue->location->label);
                addField(form, QStringLiteral("location.address"), tr("Address"), addressText(*queue->location));
            }
        }
        return;
    }
    if (const Niagara::WorkOrder *wo = m_store->workOrder(index.data(BatchRoles::WorkOrderIdRole).toString())) {
        form = addSection(layout, tr("Work order"));
        addField(form, QStringLiteral("workOrder.id"), tr("Id"), wo->id);
        addField(form, QStringLiteral("workOrder.description"), tr("Description"), wo->description);
        addField(form, QStringLiteral("workOrder.type"), tr("Type"), wo->workOrderType);
        addField(form, QStringLiteral("workOrder.due"), tr("Due"), dateText(wo->dueDate));
        if (wo->project) {
            addField(form, QStringLiteral("customer.label"), tr("Customer"), wo->project->customer.label);
            addField(form, QStringLiteral("project.label"), tr("Project"), wo->project->label);
        }
        if (wo->location)
            addField(form, QStringLiteral("location.label"), tr("Location"), wo->location->label);
    }
}

BatchDetailPane::RelationsState BatchDetailPane::relationsState() const
{
    const BatchRelationsModel *model = relationsModel();
    if (!model || m_batchId.isEmpty() || model->batchId() != m_batchId)
        return RelationsState::Idle;
    switch (model->state()) {
    case BatchRelationsModel::State::Idle: return RelationsState::Idle;
    case BatchRelationsModel::State::Loading: return RelationsState::Loading;
    case BatchRelationsModel::State::Loaded: return RelationsState::Loaded;
    case BatchRelationsModel::State::Failed: return RelationsState::Failed;
    case BatchRelationsModel::State::NoAccess: return RelationsState::NoAccess;
    case BatchRelationsModel::State::Gone: return RelationsState::Gone;
    }
    return RelationsState::Idle;
}

void BatchDetailPane::cancelRelations()
{
    if (BatchRelationsModel *model = relationsModel())
        model->clear();
}

} // namespace BatchDesk::Ui
