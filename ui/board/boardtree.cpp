#include "ui/board/boardtree.h"

#include "models/batchroles.h"
#include "ui/board/statusdelegate.h"
#include "ui/cycleprogressdelegate.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTimer>

#include <cmath>
#include <functional>

namespace BatchDesk::Ui {

namespace {

// Columns whose texts are short and must show whole (numbers, dates, "Priority 10").
constexpr int kFittedColumns[] = {NumberCyclesColumn, PercentColumn, DueDateColumn, OrderColumn};
// Columns of free text or a bar: a width that suits most rows, and the least they give up
// when the label column's header would not fit otherwise; their texts elide.
struct ElasticColumn
{
    int column;
    int width;
    int floor;
};
constexpr ElasticColumn kElasticColumns[] = {
    {CyclesColumn, 150, 110}, {TechniciansColumn, 114, 80}, {StatusColumn, 118, 90}};

} // namespace

BoardTree::BoardTree(QWidget *parent)
    : QTreeView(parent)
    , m_visibleRowsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("BatchTree"));
    m_visibleRowsTimer->setSingleShot(true);
    m_visibleRowsTimer->setInterval(300);
    connect(m_visibleRowsTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            Q_EMIT visibleBatchesChanged(visibleBatchIds());
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_visibleRowsTimer, qOverload<>(&QTimer::start));
    connect(this, &QTreeView::expanded, m_visibleRowsTimer, qOverload<>(&QTimer::start));
    setItemDelegateForColumn(CyclesColumn, new CycleProgressDelegate(this));
    setItemDelegateForColumn(StatusColumn, new StatusDelegate(this));
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    // Several batches can be selected for "Assign technicians…"; the current row drives the
    // detail pane and Delete.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    // Header clicks sort once the board has set the indicator to its sort (BoardDesk enables
    // sorting then); BatchSortProxy keeps queues and work orders in their order.
    setSortingEnabled(false);
    // A batch's label ends in its number ("NWS iPad Air 1/2"): keep the end when it is cut.
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) { m_expanded.insert(groupKey(index)); });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) { m_expanded.remove(groupKey(index)); });
}

void BoardTree::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    // The label column takes the room the others leave.
    header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (const ElasticColumn &elastic : kElasticColumns)
        header()->resizeSection(elastic.column, elastic.width);
    // Rows come and go as pages arrive and filters change; groups the user had open open again.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &group, int first, int last) { restoreExpansion(group, first, last); });
    connect(model, &QAbstractItemModel::rowsInserted, m_visibleRowsTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, m_visibleRowsTimer, qOverload<>(&QTimer::start));
    // Header texts change with the language, values with each load: fit once things settle.
    auto *fitSoon = new QTimer(this);
    fitSoon->setSingleShot(true);
    fitSoon->setInterval(0);
    connect(fitSoon, &QTimer::timeout, this, &BoardTree::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, fitSoon, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::headerDataChanged, fitSoon, qOverload<>(&QTimer::start));
    // The sorted column shows the indicator and may need room for it.
    connect(header(), &QHeaderView::sortIndicatorChanged, fitSoon, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, fitSoon, qOverload<>(&QTimer::start));
    fitColumns();
}

int BoardTree::headerWidth(int column) const
{
    // Sorting is on (header clicks sort), and the header's own measure leaves room for the
    // indicator in every section. Only the sorted one shows it; the others need their text.
    if (!header()->isSortIndicatorShown() || column == header()->sortIndicatorSection())
        return header()->sectionSizeHint(column);
    QStyleOptionHeader option;
    option.initFrom(header());
    option.section = column;
    option.orientation = Qt::Horizontal;
    option.text = model()->headerData(column, Qt::Horizontal).toString();
    option.textAlignment = header()->defaultAlignment();
    option.sortIndicator = QStyleOptionHeader::None;
    return header()->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header()).width();
}

int BoardTree::neededWidth(int column) const
{
    // The header's own measure (text, margins, the sort indicator where it shows) and the rows
    // now shown.
    int width = headerWidth(column);
    if (column == OrderColumn || column == NumberCyclesColumn || column == PercentColumn || column == DueDateColumn)
        width = std::max(width, sizeHintForColumn(column));
    if (column == StatusColumn)
        width = std::max(width, groupTextWidth(column));
    return width;
}

int BoardTree::groupTextWidth(int column) const
{
    // The queues' and work orders' own texts in `column` ("6 of 102 batches" in Status): ours,
    // few, and cut they say nothing; a batch's status is the server's free text and may elide.
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    int width = 0;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (!model()->hasChildren(index))
                continue;
            const QModelIndex cell = index.siblingAtColumn(column);
            const QVariant font = cell.data(Qt::FontRole);
            // The style lays the text out in fractional pixels and elides when that is wider.
            const QFontMetricsF metrics(font.isValid() ? font.value<QFont>() : this->font());
            const int text = static_cast<int>(std::ceil(metrics.horizontalAdvance(cell.data().toString())));
            width = std::max(width, text + margins + 1);
            if (isExpanded(index))
                visit(index);
        }
    };
    visit({});
    return width;
}

void BoardTree::fitColumns()
{
    if (model() == nullptr)
        return;
    // The label column always stretches, also over a header state restored from before.
    header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == LabelColumn)
            continue;
        const bool fitted = std::find(std::begin(kFittedColumns), std::end(kFittedColumns), column) != std::end(kFittedColumns);
        const int needed = fitted || column == StatusColumn ? neededWidth(column) : headerWidth(column);
        if (header()->sectionSize(column) < needed)
            header()->resizeSection(column, needed);
    }
    // A narrow window (or a long language) leaves the label column less than it needs: the
    // free-text columns give up room first, down to their floors. Only once shown:
    // before that the view's width means nothing yet.
    if (!isVisible())
        return;
    int others = 0;
    for (int column = 0; column < header()->count(); ++column) {
        if (column != LabelColumn && !header()->isSectionHidden(column))
            others += header()->sectionSize(column);
    }
    // The label column wants its header and enough of a work order's label to tell it apart
    // ("Provision 10 iPad … Schools") below two levels of indentation.
    const int labelWants = std::max(headerWidth(LabelColumn), 2 * indentation() + 26 * fontMetrics().averageCharWidth());
    int slack = viewport()->width() - others - labelWants;
    for (const ElasticColumn &elastic : kElasticColumns) {
        const int now = header()->sectionSize(elastic.column);
        int width = now;
        if (slack < 0) {
            const int least = elastic.column == StatusColumn ? neededWidth(elastic.column) : headerWidth(elastic.column);
            width = std::max(now + slack, std::max(elastic.floor, least));
        } else if (m_givenUp.value(elastic.column, -1) == now) {
            // Room again (a wider window, a shorter language): back towards the usual width,
            // unless the user has set one since.
            width = std::min(elastic.width, now + slack);
        }
        if (width == now)
            continue;
        header()->resizeSection(elastic.column, width);
        slack -= width - now;
        if (width < elastic.width)
            m_givenUp.insert(elastic.column, width);
        else
            m_givenUp.remove(elastic.column);
    }
}

void BoardTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void BoardTree::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    fitColumns();
}

void BoardTree::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

void BoardTree::setExpandedKeys(const QStringList &keys, bool saved)
{
    m_hadSavedExpansion = saved;
    m_expanded = QSet<QString>(keys.begin(), keys.end());
}

QStringList BoardTree::expandedKeys() const
{
    QStringList keys(m_expanded.begin(), m_expanded.end());
    keys.sort();
    return keys;
}

QString BoardTree::groupKey(const QModelIndex &index)
{
    const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
    const QString queueId = index.data(BatchRoles::QueueIdRole).toString();
    switch (level) {
    case TreeLevel::Queue: return QStringLiteral("q/") + queueId;
    case TreeLevel::WorkOrder: return QStringLiteral("w/") + queueId + QLatin1Char('/') + index.data(BatchRoles::WorkOrderIdRole).toString();
    case TreeLevel::Batch: break;
    }
    return {};
}

void BoardTree::restoreExpansion(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
        if (level == TreeLevel::Batch)
            continue;
        const bool openByDefault = level == TreeLevel::Queue && !m_hadSavedExpansion && !m_firstLoadDone;
        if (openByDefault || m_expanded.contains(groupKey(index)))
            expand(index);
        const int children = model()->rowCount(index);
        if (children > 0)
            restoreExpansion(index, 0, children - 1);
    }
}

QString BoardTree::currentBatchId() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.data(BatchRoles::LevelRole).toInt() != static_cast<int>(TreeLevel::Batch))
        return {};
    return current.data(BatchRoles::IdRole).toString();
}

QString BoardTree::currentQueueId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(BatchRoles::QueueIdRole).toString() : QString();
}

QStringList BoardTree::visibleBatchIds() const
{
    QStringList ids;
    const QRect area = viewport()->rect();
    for (QModelIndex index = indexAt(area.topLeft()); index.isValid(); index = indexBelow(index)) {
        if (visualRect(index).top() > area.bottom())
            break;
        if (index.data(BatchRoles::LevelRole).toInt() == int(TreeLevel::Batch))
            ids.append(index.data(BatchRoles::IdRole).toString());
    }
    return ids;
}

bool BoardTree::selectFirstBatch()
{
    // Depth-first in view order.
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (index.data(BatchRoles::LevelRole).toInt() == static_cast<int>(TreeLevel::Batch))
                return index;
            const QModelIndex found = find(index);
            if (found.isValid())
                return found;
        }
        return {};
    };
    if (model() == nullptr)
        return false;
    const QModelIndex batch = find({});
    if (!batch.isValid())
        return false;
    for (QModelIndex up = batch.parent(); up.isValid(); up = up.parent())
        expand(up);
    setCurrentIndex(batch);
    scrollTo(batch);
    return true;
}

} // namespace BatchDesk::Ui
