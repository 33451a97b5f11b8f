#pragma once

#include "models/batchstore.h"
#include "models/textexport.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BatchDesk::Cli {

// The escaping and CSV rules live in models/textexport.h (the planning desk's CSV export uses
// them too); the CLI names them as its own.
using BatchDesk::csvField;
using BatchDesk::csvRecord;
using BatchDesk::CsvCell;
using BatchDesk::CsvKind;
using BatchDesk::terminalLines;
using BatchDesk::terminalText;

// One record of a listing of plain fields: CSV (RFC 4180, formula-guarded) or, for a table,
// the fields tab-separated through terminalText() (a tab inside a field is escaped, so it
// cannot add a column).
inline QByteArray fieldRecord(const QStringList &fields, bool csv)
{
    if (csv)
        return csvRecord(QList<CsvCell>(fields.cbegin(), fields.cend()));
    QStringList cells;
    for (const QString &field : fields)
        cells << terminalText(field);
    return cells.join(QLatin1Char('\t')).toUtf8() + '\n';
}

// Renders the board's grouping as text: the same BatchStore (dedupe by id) and the same
// BatchTreeModel + BatchSortProxy (queue → work order → batch; queues by priority, work
// orders by due date, batches by order) that the GUI shows, walked into JSON, CSV or a table.
class BatchListing final
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::Cli::BatchListing)

public:
    BatchListing(const BatchStore &store, const QAbstractItemModel &sortedTree);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toTable() const;

private:
    // Visits every batch with its queue and work-order rows, in display order.
    template <typename F>
    void forEachBatch(F &&f) const;

    const BatchStore &m_store;
    const QAbstractItemModel &m_tree;
};

} // namespace BatchDesk::Cli
