#pragma once

namespace BatchDesk::Ui {

// The board's texts keep MainWindow's translation context: they were its own before it became a
// shell, and so their translations carried over. For plurals, whose source lupdate only sees
// through QT_TRANSLATE_N_NOOP, and for the few texts translated outside a QObject of their own.
inline constexpr char kBoardTrContext[] = "BatchDesk::Ui::MainWindow";

} // namespace BatchDesk::Ui
