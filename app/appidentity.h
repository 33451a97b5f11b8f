#pragma once

// The names BatchDesk's settings live under (QSettings' organisation and application). The GUI
// keeps the saved servers there and the CLI reads them to find the keychain entry the GUI
// saved, so both spell them from here.

#include <QStandardPaths>
#include <QString>

namespace BatchDesk::App {

inline constexpr char kOrganizationName[] = "BatchDesk";
inline constexpr char kSettingsApplicationName[] = "BatchDesk";

// The desktop app's data folder (the planning desk's completion history), named here so that
// batchdesk-cli, whose own application name differs, reads and writes the same files.
inline QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
           + QLatin1String(kOrganizationName) + QLatin1Char('/') + QLatin1String(kSettingsApplicationName);
}

} // namespace BatchDesk::App
