#pragma once

// The units (cycles) of one batch as a table: label, status (the customer's name for it),
// category, who works it, retry, last update, and why it is blocked. It takes decoded units
// (BatchCyclesFeed reads them) and never sees the network. setCycles() applies differences:
// rows that went are removed, changed ones change in place, new ones are appended; a refresh
// never resets the model, so a selected unit stays selected.
//
// CycleFilterProxy narrows it to a status category (or shows all) and puts the units that need
// someone first: blocked, in progress, verifying, pending, complete, cancelled; then by label.

#include "client/domain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace BatchDesk {

class CycleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, StatusColumn, AssignedColumn, RetryColumn, UpdatedColumn, ReasonColumn, ColumnCount };
    enum Role {
        CycleIdRole = Qt::UserRole + 1,
        CategoryRole,     // int(Niagara::StatusCategory)
        AssignedUserRole, // the user's id ("" when nobody)
        RetryRole,        // bool
        SortRole,         // per column; the label column sorts by the urgency of the category
    };

    explicit CycleListModel(QObject *parent = nullptr);

    // The units of the batch, in the server's order.
    void setCycles(const QList<Niagara::Cycle> &cycles);
    void clear() { setCycles({}); }
    const QList<Niagara::Cycle> &cycles() const { return m_rows; }
    // Names for the assigned users' ids (ids are shown for the others).
    void setUserNames(const QHash<QString, QString> &names);
    // How many units are in `category`.
    int countIn(Niagara::StatusCategory category) const;
    int rowOf(const QString &cycleId) const;

    // Blocked 0, in progress 1, verifying 2, pending 3, complete 4, cancelled 5.
    static int urgency(Niagara::StatusCategory category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: headers and words again.
    void retranslate();

private:
    QString userText(const QString &userId) const;

    QList<Niagara::Cycle> m_rows;
    QHash<QString, QString> m_names;
};

class CycleFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CycleFilterProxy(QObject *parent = nullptr);

    // Only the units of `category`; nullopt: all.
    void setCategory(std::optional<Niagara::StatusCategory> category);
    std::optional<Niagara::StatusCategory> category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Niagara::StatusCategory> m_category;
};

} // namespace BatchDesk
