#pragma once

#include <QLoggingCategory>

// The one category of the sim; enable debug output with QT_LOGGING_RULES="niagara.sim.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSim)
