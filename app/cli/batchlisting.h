#pragma once

#include "models/batchstore.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BatchDesk::Cli {

// What the CLI prints in text and table form never hands a control character to the terminal:
// a label holding ESC or BEL could otherwise retitle the terminal, clear the screen or fake
// output. C0 controls (tab and line breaks included: one field, one line), DEL and C1 controls
// become "\xHH"; the bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069), which reorder what stands next to them, become "\uHHHH".
QString terminalText(const QString &text);
// A message of several lines (errors, notes): the line breaks between lines are kept, every
// line goes through terminalText().
QString terminalLines(const QString &text);

// CSV (RFC 4180): fields separated by ',', records ended by CRLF; a field holding ',', '"',
// CR, LF or TAB is quoted, '"' doubled. Line breaks and tabs stay as they are (inside quotes);
// every other character terminalText() escapes is escaped the same way here, so a CSV shown
// in a terminal is as safe as the table. Formula guard: a text field that starts with '=',
// '+', '-', '@', TAB or CR gets a leading "'" so a spreadsheet shows it instead of running
// it. A number the CLI formats itself (a count, a numeric order or priority) is not text:
// "-3" stays -3.
enum class CsvKind { Text, Number };
struct CsvCell
{
    // Implicit, so that a row reads {label, {count, CsvKind::Number}}.
    CsvCell(const QString &text, CsvKind cellKind = CsvKind::Text)
        : value(text)
        , kind(cellKind)
    {
    }
    QString value;
    CsvKind kind;
};
QString csvField(const QString &value, CsvKind kind = CsvKind::Text);
// One record, CRLF included.
QByteArray csvRecord(const QList<CsvCell> &cells);

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
