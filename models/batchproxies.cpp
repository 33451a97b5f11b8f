#include "models/batchproxies.h"

#include "client/domain.h"
#include "models/batchroles.h"

#include <QDateTime>

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
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
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

BatchSortProxy::BatchSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void BatchSortProxy::setSortBy(SortBy key)
{
    if (key == m_key)
        return;
    m_key = key;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool BatchSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using Niagara::SortKey;
    auto tieBreak = [&] {
        const int byLabel = QString::localeAwareCompare(left.data(BatchRoles::LabelRole).toString(),
                                                        right.data(BatchRoles::LabelRole).toString());
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
    switch (levelOf(left)) {
    case TreeLevel::Queue: {
        const SortKey a = left.data(BatchRoles::OrderRole).value<SortKey>();
        const SortKey b = right.data(BatchRoles::OrderRole).value<SortKey>();
        if (!(a == b))
            return a < b;
        return tieBreak();
    }
    case TreeLevel::WorkOrder:
        if (const auto earlier = byDate(BatchRoles::DueDateRole))
            return *earlier;
        return tieBreak();
    case TreeLevel::Batch:
        break;
    }
    switch (m_key) {
    case SortBy::Order: {
        const SortKey a = left.data(BatchRoles::OrderRole).value<SortKey>();
        const SortKey b = right.data(BatchRoles::OrderRole).value<SortKey>();
        if (!(a == b))
            return a < b;
        break;
    }
    case SortBy::Label:
        break;
    case SortBy::Progress: {
        const double a = left.data(BatchRoles::PercentCompleteRole).toDouble();
        const double b = right.data(BatchRoles::PercentCompleteRole).toDouble();
        if (a != b)
            return a < b;
        break;
    }
    case SortBy::DueDate:
        if (const auto earlier = byDate(BatchRoles::DueDateRole))
            return *earlier;
        break;
    }
    return tieBreak();
}

} // namespace BatchDesk
