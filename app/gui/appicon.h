#pragma once

#include <QIcon>

namespace BatchDesk::App {

// The application icon (resources/icons: every rendered PNG size, compiled in from
// resources/resources.qrc). Empty only if the resource is missing from the binary.
QIcon applicationIcon();

// Gives the running application its identity on the desktop: the window icon, and the desktop
// entry's id (BATCHDESK_APP_ID, also the Wayland app id) so the shell matches windows to the
// installed menu entry. Call right after the QApplication is made.
void setDesktopIdentity();

} // namespace BatchDesk::App
