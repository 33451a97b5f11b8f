#include "logging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcSim, "niagara.sim", QtInfoMsg)

namespace sim {

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void categoryFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    static constexpr char prefix[] = "qt.httpserver";
    if (std::strncmp(category->categoryName(), prefix, sizeof(prefix) - 1) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

void silenceQtRequestLogging()
{
    previousFilter = QLoggingCategory::installFilter(categoryFilter);
}

} // namespace sim
