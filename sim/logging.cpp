#include "logging.h"

Q_LOGGING_CATEGORY(lcSim, "niagara.sim", QtInfoMsg)
