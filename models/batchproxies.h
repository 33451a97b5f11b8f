#pragma once

// Proxies over BatchTreeModel, each with one job: four filters and one sort. Chain them
// (source → text → category → mine → overdue → sort); each passes group rows through when one
// of their batches passes (recursive filtering), so the tree keeps its shape.

#include "client/statuscategory.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace BatchDesk {

// Filters batch rows; a group row stays when any of its batches stays.
class BatchRowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BatchRowFilterProxy(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool isActive() const = 0;
    virtual bool acceptsBatch(const QModelIndex &sourceIndex) const = 0;
    // A group accepted on its own shows all its rows (text search on queue/work-order labels).
    virtual bool acceptsGroup(const QModelIndex &) const { return false; }
};

// Text search over batch, queue, work order and technician labels (case-insensitive; every
// whitespace-separated word must match).
class TextFilterProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool isActive() const override { return !m_words.isEmpty(); }
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;
    bool acceptsGroup(const QModelIndex &sourceIndex) const override;

private:
    bool matches(const QString &haystack) const;
    QStringList m_words;
};

// Batches whose current status is in one of the chosen categories; none chosen = all.
class CategoryFilterProxy final : public BatchRowFilterProxy
{
    Q_OBJECT

public:
    using BatchRowFilterProxy::BatchRowFilterProxy;
    void setCategories(const QSet<Niagara::StatusCategory> &categories);
    QSet<Niagara::StatusCategory> categories() const { return m_categories; }

protected:
    bool isActive() const override { return !m_categories.isEmpty(); }
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

protected:
    bool isActive() const override { return m_enabled; }
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

protected:
    bool isActive() const override { return m_enabled; }
    bool acceptsBatch(const QModelIndex &sourceIndex) const override;

private:
    bool m_enabled = false;
};

// Sorting: queues by priority, work orders by due date, batches by the chosen key (ties
// broken by label, then id, so the order is stable across refreshes).
class BatchSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SortBy { Order, Label, Progress, DueDate };
    Q_ENUM(SortBy)

    explicit BatchSortProxy(QObject *parent = nullptr);
    void setSortBy(SortBy key);
    SortBy sortBy() const { return m_key; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortBy m_key = SortBy::Order;
};

} // namespace BatchDesk
