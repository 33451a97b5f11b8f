#pragma once

// Labels of server text in a narrow pane (the detail pane): they wrap and never cut, and their
// text never widens the pane. QLabel wraps at spaces only, so a long unbroken value (a serial,
// a URL) gets invisible break chances (zero-width spaces) in what it shows; copying (Ctrl+C,
// the context menu) and the accessible name give the value without them.

#include <QString>

class QLabel;

namespace BatchDesk::Ui {

// Call after setText() and setWordWrap(true).
void fitLabelToWidth(QLabel *label);
// The text as it was given, without the break chances.
QString fittedLabelValue(const QLabel *label);

} // namespace BatchDesk::Ui
