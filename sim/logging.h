#pragma once

#include <QLoggingCategory>

// The one category of the sim; enable debug output with QT_LOGGING_RULES="niagara.sim.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace sim {
// Keeps Qt's own "qt.httpserver" debug output off whatever QT_LOGGING_RULES says: Qt 6.4's
// QAbstractHttpServer logs every request there with its full URL and headers (OAuth state
// and challenge, bearer tokens). Call once, before the server starts.
void silenceQtRequestLogging();
} // namespace sim
