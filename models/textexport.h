#pragma once

// Text for terminals and CSV files, safe against what a label may hold (control characters,
// bidirectional overrides, spreadsheet formulas): the CLI's output and the planning desk's
// CSV export share these rules.

#include <QByteArray>
#include <QList>
#include <QString>

namespace BatchDesk {

// What the CLI (and an export) prints in text and table form never hands a control character to the terminal:
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

} // namespace BatchDesk
