#pragma once

// The items of one WriteRun as a table: what each request does, for which batch and
// technician, its state and the server's message. It follows the run: itemChanged becomes
// dataChanged on that row; setRun() resets. The model shows its own copy of the items,
// updated inside each notification: the run has changed an item before it signals, and a
// view must never see a row change (or appear) without being told.

#include "models/planning/writeitem.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace BatchDesk {

class WriteRun;

class RunItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { WhatColumn = 0, BatchColumn, TechnicianColumn, StateColumn, MessageColumn, ColumnCount };
    enum Role : int {
        StateRole = Qt::UserRole + 1, // int(ItemState), for delegates and colours
        ActionRole,                   // int(WriteItem::Action)
        BatchIdRole,                  // QString
    };

    explicit RunItemModel(QObject *parent = nullptr);
    ~RunItemModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRun(WriteRun *run);
    WriteRun *run() const { return m_run; }

    // Translated name of a state ("Not attempted", "Running", "Done", "Failed").
    static QString stateName(ItemState state);

private:
    void onItemChanged(int index);
    // Items the run holds beyond our copy (a run's list is fixed today; this keeps the model
    // honest should that change) are inserted with begin/endInsertRows.
    void appendNewItems();

    QPointer<WriteRun> m_run;
    QList<WriteItem> m_items;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace BatchDesk
