#pragma once

// The names BatchDesk's settings live under (QSettings' organisation and application). The GUI
// keeps the saved servers there and the CLI reads them to find the keychain entry the GUI
// saved, so both spell them from here.

namespace BatchDesk::App {

inline constexpr char kOrganizationName[] = "BatchDesk";
inline constexpr char kSettingsApplicationName[] = "BatchDesk";

} // namespace BatchDesk::App
