#include "models/batchproxies.h"

#include "client/domain.h"
#include "models/batchroles.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace BatchDesk {

namespace {
TreeLevel levelOf(const QModelIndex &index)
{
    return static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
}
} // namespace

BatchRowFilterProxy::BatchRowFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

bool BatchRowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isActive())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (levelOf(index) == TreeLevel::Batch)
        return acceptsBatch(index);
    return acceptsGroup(index);
}

void TextFilterProxy::setText(const QString &text)
{
    // Words, each of which must match; a "quoted phrase" is one term (the planning desk's
    // links search for a work order's whole label, so that "Provision 60 iPad" does not also
    // find "Provision 600 iPad"). An unclosed quote runs to the end.
    const QString simplified = text.simplified();
    QStringList words;
    const QStringList parts = simplified.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i % 2 == 1) {
            const QString phrase = parts.at(i).trimmed();
            if (!phrase.isEmpty())
                words << phrase;
        } else {
            words << parts.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    if (words == m_words && simplified == m_text)
        return;
    m_words = words;
    m_text = simplified;
    invalidateFilter();
}

bool TextFilterProxy::matches(const QString &haystack) const
{
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TextFilterProxy::acceptsBatch(const QModelIndex &sourceIndex) const
{
    return matches(sourceIndex.data(BatchRoles::SearchTextRole).toString());
}

bool TextFilterProxy::acceptsGroup(const QModelIndex &sourceIndex) const
{
    return matches(sourceIndex.data(BatchRoles::SearchTextRole).toString());
}

void CategoryFilterProxy::setCategories(const QSet<Niagara::StatusCategory> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    invalidateFilter();
}

bool CategoryFilterProxy::acceptsBatch(const QModelIndex &sourceIndex) const
{
    const int category = sourceIndex.data(BatchRoles::StatusCategoryRole).toInt();
    return category >= 0 && m_categories.contains(static_cast<Niagara::StatusCategory>(category));
}

void AssignedToUserProxy::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    if (m_enabled)
        invalidateFilter();
}

void AssignedToUserProxy::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    invalidateFilter();
}

bool AssignedToUserProxy::acceptsBatch(const QModelIndex &sourceIndex) const
{
    return !m_userId.isEmpty() && sourceIndex.data(BatchRoles::TechnicianIdsRole).toStringList().contains(m_userId);
}

void OverdueFilterProxy::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    invalidateFilter();
}

bool OverdueFilterProxy::acceptsBatch(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(BatchRoles::OverdueRole).toBool();
}

// ----------------------------------------------------------------------------- totals

namespace {

// The roles of a group row that depend on which of its batches are counted.
bool isAggregateRole(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case BatchRoles::CycleCountsRole:
    case BatchRoles::NumberCyclesRole:
    case BatchRoles::PercentCompleteRole:
    case BatchRoles::BatchCountRole:
    case BatchRoles::TechniciansRole:
    case BatchRoles::TechnicianIdsRole: return true;
    default: return false;
    }
}

const QList<int> kFilteredRoles{Qt::DisplayRole,
                                Qt::ToolTipRole,
                                Qt::AccessibleDescriptionRole,
                                BatchRoles::CycleCountsRole,
                                BatchRoles::NumberCyclesRole,
                                BatchRoles::PercentCompleteRole,
                                BatchRoles::BatchCountRole,
                                BatchRoles::TechniciansRole,
                                BatchRoles::TechnicianIdsRole};

} // namespace

FilteredAggregateProxy::FilteredAggregateProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void FilteredAggregateProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_totals.clear();
    QIdentityProxyModel::setSourceModel(model);
    // The chain below: its filters (to know whether any is on) and the tree at its bottom
    // (which formats a group row from the sums).
    m_filters.clear();
    m_tree = nullptr;
    for (QAbstractItemModel *m = model; m;) {
        if (const auto *filter = qobject_cast<const BatchRowFilterProxy *>(m))
            m_filters.append(filter);
        if (auto *tree = qobject_cast<BatchTreeModel *>(m)) {
            m_tree = tree;
            break;
        }
        auto *proxy = qobject_cast<QAbstractProxyModel *>(m);
        m = proxy ? proxy->sourceModel() : nullptr;
    }
    if (!model)
        return;
    // Connected after QIdentityProxyModel's own handlers: the rows are in place when these run.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        dropGroup(parent, true);
        Q_EMIT countsChanged();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        dropGroup(parent, true);
        Q_EMIT countsChanged();
    });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] {
        dropAll();
        Q_EMIT countsChanged();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        dropAll();
        Q_EMIT countsChanged();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_totals.clear();
        Q_EMIT countsChanged();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (m_totals.isEmpty())
                    return;
                if (!roles.isEmpty() && std::none_of(roles.cbegin(), roles.cend(), isAggregateRole))
                    return;
                // Batch rows changed: their groups' sums; group rows changed: theirs (the tree
                // announces its aggregates after their batches).
                dropGroup(topLeft.parent(), true);
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QModelIndex i = sourceModel()->index(row, 0, topLeft.parent());
                    if (levelOf(i) != TreeLevel::Batch)
                        dropGroup(i, false);
                }
            });
}

void FilteredAggregateProxy::dropGroup(const QModelIndex &sourceGroup, bool andAncestors)
{
    for (QModelIndex g = sourceGroup; g.isValid(); g = g.parent()) {
        const QModelIndex mine = mapFromSource(g.siblingAtColumn(0));
        if (m_totals.remove(QPersistentModelIndex(mine)) > 0) {
            Q_EMIT dataChanged(mine.siblingAtColumn(StatusColumn), mine.siblingAtColumn(TechniciansColumn), kFilteredRoles);
            // dataChanged names columns; the accessible summary is asked of column 0 too.
            Q_EMIT dataChanged(mine, mine, {Qt::AccessibleDescriptionRole});
        }
        if (!andAncestors)
            break;
    }
}

void FilteredAggregateProxy::dropAll()
{
    const QList<QPersistentModelIndex> cached = m_totals.keys();
    m_totals.clear();
    for (const QPersistentModelIndex &i : cached) {
        if (!i.isValid())
            continue;
        const QModelIndex mine(i);
        Q_EMIT dataChanged(mine.siblingAtColumn(0), mine.siblingAtColumn(TechniciansColumn), kFilteredRoles);
    }
}

bool FilteredAggregateProxy::isFilterActive() const
{
    return std::any_of(m_filters.cbegin(), m_filters.cend(), [](const BatchRowFilterProxy *f) { return f->isActive(); });
}

QModelIndex FilteredAggregateProxy::toTree(const QModelIndex &index) const
{
    QModelIndex i = mapToSource(index);
    for (const QAbstractItemModel *m = sourceModel(); m && m != m_tree;) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m);
        if (!proxy)
            return {};
        i = proxy->mapToSource(i);
        m = proxy->sourceModel();
    }
    return i;
}

const BatchTreeModel::Aggregate &FilteredAggregateProxy::totals(const QModelIndex &group) const
{
    const QPersistentModelIndex key(group.siblingAtColumn(0));
    if (auto it = m_totals.constFind(key); it != m_totals.cend())
        return *it;
    BatchTreeModel::Aggregate agg;
    QSet<QString> seen;
    auto addTechnicians = [&](const QList<Niagara::User> &users) {
        for (const Niagara::User &u : users) {
            if (!seen.contains(u.id)) {
                seen.insert(u.id);
                agg.technicians.append(u);
            }
        }
    };
    const QModelIndex parent = key;
    for (int r = 0, n = rowCount(parent); r < n; ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (levelOf(child) == TreeLevel::Batch) {
            // Straight from the source: a batch row passes through unchanged.
            const QModelIndex s = mapToSource(child);
            agg.cycles += s.data(BatchRoles::CycleCountsRole).value<Niagara::CycleCounts>();
            agg.numberCycles = Niagara::addCounts(agg.numberCycles, s.data(BatchRoles::NumberCyclesRole).toLongLong());
            ++agg.batches;
            const QStringList ids = s.data(BatchRoles::TechnicianIdsRole).toStringList();
            const QStringList names = s.data(BatchRoles::TechniciansRole).toStringList();
            QList<Niagara::User> users;
            for (qsizetype i = 0; i < ids.size(); ++i)
                users.append(Niagara::User{ids.at(i), names.value(i), {}, {}, {}, {}, {}});
            addTechnicians(users);
        } else {
            const BatchTreeModel::Aggregate &sub = totals(child);
            agg.cycles += sub.cycles;
            agg.numberCycles = Niagara::addCounts(agg.numberCycles, sub.numberCycles);
            agg.batches += sub.batches;
            addTechnicians(sub.technicians);
        }
    }
    return *m_totals.insert(key, std::move(agg));
}

QVariant FilteredAggregateProxy::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid() || !isAggregateRole(role) || !isFilterActive())
        return QIdentityProxyModel::data(index, role);
    if (levelOf(index) == TreeLevel::Batch)
        return QIdentityProxyModel::data(index, role);
    return m_tree->groupData(toTree(index), totals(index), role);
}

FilteredAggregateProxy::Counts FilteredAggregateProxy::counts() const
{
    Counts c;
    c.filtered = isFilterActive();
    if (m_tree) {
        for (int r = 0, n = m_tree->rowCount(); r < n; ++r)
            c.totalBatches += m_tree->index(r, 0).data(BatchRoles::BatchCountRole).toLongLong();
    }
    for (int r = 0, n = rowCount(); r < n; ++r)
        c.shownBatches += c.filtered ? totals(index(r, 0)).batches : index(r, 0).data(BatchRoles::BatchCountRole).toLongLong();
    return c;
}

QString FilteredAggregateProxy::countsText(const Counts &counts)
{
    if (counts.filtered)
        //: Status bar and detail pane while filters are on: "6 of 102 batches"
        return tr("%1 of %2 batches").arg(QLocale().toString(counts.shownBatches), QLocale().toString(counts.totalBatches));
    return tr("%Ln batch(es)", nullptr, static_cast<int>(std::min<qint64>(counts.totalBatches, INT_MAX)));
}

// ----------------------------------------------------------------------------- sort

BatchSortProxy::BatchSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(OrderColumn, Qt::AscendingOrder);
}

int BatchSortProxy::columnOf(SortBy key)
{
    switch (key) {
    case SortBy::Order: return OrderColumn;
    case SortBy::Label: return LabelColumn;
    case SortBy::Progress: return PercentColumn;
    case SortBy::DueDate: return DueDateColumn;
    }
    return OrderColumn;
}

void BatchSortProxy::setSortBy(SortBy key)
{
    sort(columnOf(key), Qt::AscendingOrder);
}

BatchSortProxy::SortBy BatchSortProxy::sortBy() const
{
    switch (sortColumn()) {
    case LabelColumn: return SortBy::Label;
    case CyclesColumn:
    case PercentColumn: return SortBy::Progress;
    case DueDateColumn: return SortBy::DueDate;
    default: return SortBy::Order;
    }
}

int BatchSortProxy::compareLabels(const QString &a, const QString &b) const
{
    // Runs of digits compare by value, the text between them with the locale's collation.
    // QCollator's own numeric mode needs ICU, which not every Qt build has.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitA = a.at(i).isDigit();
        const bool digitB = b.at(j).isDigit();
        qsizetype endA = i;
        while (endA < a.size() && a.at(endA).isDigit() == digitA)
            ++endA;
        qsizetype endB = j;
        while (endB < b.size() && b.at(endB).isDigit() == digitB)
            ++endB;
        const QStringView runA = QStringView(a).mid(i, endA - i);
        const QStringView runB = QStringView(b).mid(j, endB - j);
        int c = 0;
        if (digitA && digitB) {
            // By value: without leading zeros, the longer number is the larger.
            auto trimmed = [](QStringView v) {
                while (v.size() > 1 && v.front() == u'0')
                    v = v.mid(1);
                return v;
            };
            const QStringView na = trimmed(runA);
            const QStringView nb = trimmed(runB);
            c = na.size() != nb.size() ? (na.size() < nb.size() ? -1 : 1) : na.compare(nb);
        } else {
            // Case folded here: not every collation backend can ignore case itself.
            c = m_collator.compare(runA.toString().toCaseFolded(), runB.toString().toCaseFolded());
        }
        if (c != 0)
            return c < 0 ? -1 : 1;
        i = endA;
        j = endB;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return m_collator.compare(a, b); // "007" and "7": still a stable order
}

bool BatchSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using Niagara::SortKey;
    auto tieBreak = [&] {
        const int byLabel = compareLabels(left.data(BatchRoles::LabelRole).toString(), right.data(BatchRoles::LabelRole).toString());
        if (byLabel != 0)
            return byLabel < 0;
        return left.data(BatchRoles::IdRole).toString() < right.data(BatchRoles::IdRole).toString();
    };
    auto byDate = [&](int role) -> std::optional<bool> {
        const QDateTime a = left.data(role).toDateTime();
        const QDateTime b = right.data(role).toDateTime();
        if (a == b)
            return std::nullopt;
        if (!a.isValid() || !b.isValid())
            return a.isValid(); // undated last
        return a < b;
    };
    auto byOrder = [&]() -> std::optional<bool> {
        const QVariant va = left.data(BatchRoles::OrderRole);
        const QVariant vb = right.data(BatchRoles::OrderRole);
        if (!va.isValid() || !vb.isValid())
            return std::nullopt;
        const SortKey a = va.value<SortKey>();
        const SortKey b = vb.value<SortKey>();
        if (a == b)
            return std::nullopt;
        return a < b;
    };
    auto byNumber = [&](int role) -> std::optional<bool> {
        const double a = left.data(role).toDouble();
        const double b = right.data(role).toDouble();
        if (a == b)
            return std::nullopt;
        return a < b;
    };
    const TreeLevel level = levelOf(left);
    const int column = sortColumn();
    // The board's own order for groups: queues by priority, work orders by due date.
    if (level != TreeLevel::Batch && (column == OrderColumn || column == DueDateColumn || column < 0)) {
        if (const auto earlier = level == TreeLevel::Queue ? byOrder() : byDate(BatchRoles::DueDateRole))
            return *earlier;
        return tieBreak();
    }
    std::optional<bool> result;
    switch (column) {
    case LabelColumn: break;
    case StatusColumn:
        if (level == TreeLevel::Batch) {
            const int a = left.data(BatchRoles::StatusCategoryRole).toInt();
            const int b = right.data(BatchRoles::StatusCategoryRole).toInt();
            if (a != b)
                result = a < b;
        } else {
            result = byNumber(BatchRoles::BatchCountRole);
        }
        break;
    case CyclesColumn:
    case PercentColumn: result = byNumber(BatchRoles::PercentCompleteRole); break;
    case NumberCyclesColumn: result = byNumber(BatchRoles::NumberCyclesRole); break;
    case DueDateColumn: result = byDate(BatchRoles::DueDateRole); break;
    case TechniciansColumn: {
        const int c = compareLabels(left.data(BatchRoles::TechniciansRole).toStringList().join(QLatin1Char(',')),
                                    right.data(BatchRoles::TechniciansRole).toStringList().join(QLatin1Char(',')));
        if (c != 0)
            result = c < 0;
        break;
    }
    case OrderColumn:
    default: result = byOrder(); break;
    }
    if (result)
        return *result;
    return tieBreak();
}

} // namespace BatchDesk
