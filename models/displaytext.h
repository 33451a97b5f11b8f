#pragma once

// Server text (labels, status names, technician names) made safe to show. The server may send
// anything a JSON string can hold: line breaks and other control characters, right-to-left
// scripts, invisible direction overrides, 10,000 characters. The store keeps the text exactly
// as it came; only what is displayed goes through here.

#include <QString>

class QColor;
class QPalette;

namespace Niagara {
struct User;
}

namespace BatchDesk::DisplayText {

// Display roles cut labels after this many characters (an ellipsis marks the cut); a row
// or tooltip line stays readable and cheap to lay out.
inline constexpr qsizetype kMaxDisplayLength = 200;

// One line: tabs and line breaks become spaces, other control characters U+FFFD (a visible
// "something odd here" mark instead of a character that breaks the row or the terminal).
QString singleLine(const QString &text);

// At most `maxLength` characters, the last an ellipsis; never splits a surrogate pair.
QString elided(const QString &text, qsizetype maxLength = kMaxDisplayLength);

// Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds right-to-left
// characters or direction controls: composed into a longer text (a tooltip, a list of names,
// a CLI line) it then cannot reorder what stands next to it. Plain left-to-right text is
// returned as it is.
QString isolated(const QString &text);

// All three, for a label shown in a cell or composed into a line.
QString label(const QString &text, qsizetype maxLength = kMaxDisplayLength);

// A tooltip (Qt::ToolTipRole, QWidget::toolTip) that shows `text` literally. Qt renders every
// tooltip that merely looks like HTML as rich text, and rich text loads images: a label of
// `<img src="/dev/zero">` would hang or abort the app. The text is escaped and wrapped in a
// paragraph (line breaks kept), so it is always rich text that displays exactly what came.
// Empty stays empty (no tooltip).
QString toolTip(const QString &text);

// The one name a user goes by wherever the app shows one: their name, else their email, else
// their id (the raw text; pass it through label() to display it).
QString userName(const Niagara::User &user);

// A percentage for people: the locale's number and the translated "%1%" pattern, rounded to a
// whole percent, except that a share that is not zero never shows "0 %" ("<1 %") and one that
// is not everything never shows "100 %" (">99 %"): one blocked cycle of 1,800 must not read as
// none, 1,799 of 1,800 not as done. The one percent format of the app; every view uses it.
QString percent(double percent);
// The same for `count` of `total` (0 when total <= 0).
QString percent(qint64 count, qint64 total);

// The colour of text that marks a problem (an overdue date): the palette's own red when the
// platform has one that contrasts with the base, else a red chosen for light or dark bases.
// Always shown next to a word ("overdue"), never as the only sign.
QColor errorColor(const QPalette &palette);

} // namespace BatchDesk::DisplayText
