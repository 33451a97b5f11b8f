#pragma once

// Proxies over BatchTreeModel, each with one job: four filters, the filtered group totals and
// one sort. Chain them (source → text → category → mine → overdue → totals → sort); each filter
// passes group rows through when one of their batches passes (recursive filtering), so the tree
// keeps its shape, and the totals proxy makes group rows count only the batches that pass.

#include "client/statuscategory.h"
#include "models/batchtreemodel.h"

#include <QCollator>
#include <QIdentityProxyModel>
#include <QPersistentModelIndex>
#include <QSet>
#include <QSortFilterProxyModel>

namespace BatchDesk {

// Filters batch rows; a group row stays when any of its batches stays.
class BatchRowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BatchRowFilterProxy(QObject *parent = nullptr);
    // Whether this filter hides anything at the moment.
    virtual bool isActive() const = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool acceptsBatch(const QModelIndex &sourceIndex) const = 0;
    // A group accepted on its own shows all its rows (text search on queue/work-order labels).
    virtual bool acceptsGroup(const QModelIndex &) const { return false; }
};

// Text search over batch, queue, work order and technician labels (case-insensitive; every
// whitespace-separated word, or "quoted phrase", must match).
class TextFilterProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setText(const QString &text);
    QString text() const { return m_text; }

    bool isActive() const override { return !m_words.isEmpty(); }

protected:
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;
    bool acceptsGroup(const QModelIndex &sourceIndex) const override;

private:
    bool matches(const QString &haystack) const;
    QStringList m_words;
    QString m_text;
};

// Batches whose current status is in one of the chosen categories; none chosen = all.
class CategoryFilterProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setCategories(const QSet<Niagara::StatusCategory> &categories);
    QSet<Niagara::StatusCategory> categories() const { return m_categories; }

    bool isActive() const override { return !m_categories.isEmpty(); }

protected:
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;

private:
    QSet<Niagara::StatusCategory> m_categories;
};

// "Assigned to me": batches with the signed-in user among their technicians.
class AssignedToUserProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setUserId(const QString &userId);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isActive() const override { return m_enabled; }

protected:
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;

private:
    QString m_userId;
    bool m_enabled = false;
};

// Batches of overdue work orders that still have unfinished cycles.
class OverdueFilterProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isActive() const override { return m_enabled; }

protected:
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;

private:
    bool m_enabled = false;
};

// Group rows (queues, work orders) that count only the batches the filters below show: batch
// count, cycle counts, number of cycles, percent, technicians, texts and the accessible summary
// are the sums over the group's visible children. With no filter active every role passes
// through (the source's aggregates, which also carry the server's totals, are right then).
// Sums are cached per group and dropped when the rows below change; a group whose sums were
// asked for is announced with dataChanged when they may have moved.
class FilteredAggregateProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // "6 of 102 batches": what the board shows against what the store holds.
    struct Counts
    {
        qint64 shownBatches = 0;
        qint64 totalBatches = 0;
        bool filtered = false; // a filter is active (it may still hide nothing)
        // A filter hides every batch: the view says so and offers to clear the filters.
        bool allFilteredOut() const { return filtered && shownBatches == 0 && totalBatches > 0; }
        bool operator==(const Counts &) const = default;
    };

    explicit FilteredAggregateProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Any BatchRowFilterProxy below this proxy is active.
    bool isFilterActive() const;
    Counts counts() const;
    // "6 of 102 batches" when filtered, "102 batches" otherwise: the status bar and detail pane.
    static QString countsText(const Counts &counts);

Q_SIGNALS:
    // counts() may have changed (rows came or went, a filter changed what is shown).
    void countsChanged();

private:
    const BatchTreeModel::Aggregate &totals(const QModelIndex &group) const;
    QModelIndex toTree(const QModelIndex &index) const;
    void dropGroup(const QModelIndex &sourceGroup, bool andAncestors);
    void dropAll();

    BatchTreeModel *m_tree = nullptr;
    QList<const BatchRowFilterProxy *> m_filters;
    mutable QHash<QPersistentModelIndex, BatchTreeModel::Aggregate> m_totals; // key: column 0 of this proxy
};

// Sorting by any column (a header click: sort(column, order)). Queues keep their priority order
// and work orders their due-date order when sorting by the order or due-date column; other
// columns sort every level by the column's value: labels naturally ("2/50" before "10/50",
// locale-aware), numbers and percentages numerically, dates by time (undated last). Ties are
// broken by label, then id, so the order is stable across refreshes.
class BatchSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SortBy { Order, Label, Progress, DueDate };
    Q_ENUM(SortBy)

    explicit BatchSortProxy(QObject *parent = nullptr);
    // The same as sort(column of `key`, Qt::AscendingOrder).
    void setSortBy(SortBy key);
    SortBy sortBy() const;
    static int columnOf(SortBy key);

    // Label order of the locale with numbers compared by value.
    int compareLabels(const QString &a, const QString &b) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace BatchDesk
