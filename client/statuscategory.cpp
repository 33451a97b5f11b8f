#include "client/statuscategory.h"

#include <QCoreApplication>

namespace Niagara {

namespace {
struct CategoryNames
{
    std::string_view wire;
    std::string_view countKey;
    const char *display;
};

constexpr std::array<CategoryNames, kStatusCategoryCount> kNames{{
    {"PENDING", "pending", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "Pending")},
    {"IN_PROGRESS", "in_progress", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "In progress")},
    {"VERIFYING", "verifying", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "Verifying")},
    {"COMPLETE", "complete", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "Complete")},
    {"BLOCKED", "blocked", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "Blocked")},
    {"CANCELLED", "cancelled", QT_TRANSLATE_NOOP("Niagara::StatusCategory", "Cancelled")},
}};

const CategoryNames &namesOf(StatusCategory category)
{
    return kNames[static_cast<std::size_t>(category)];
}
} // namespace

std::string_view categoryWireName(StatusCategory category)
{
    return namesOf(category).wire;
}

std::string_view categoryCountKey(StatusCategory category)
{
    return namesOf(category).countKey;
}

std::optional<StatusCategory> categoryFromWireName(std::string_view name)
{
    for (StatusCategory c : kAllStatusCategories) {
        if (namesOf(c).wire == name)
            return c;
    }
    return std::nullopt;
}

std::optional<StatusCategory> categoryFromCountKey(std::string_view key)
{
    for (StatusCategory c : kAllStatusCategories) {
        if (namesOf(c).countKey == key)
            return c;
    }
    return std::nullopt;
}

QString categoryDisplayName(StatusCategory category)
{
    return QCoreApplication::translate("Niagara::StatusCategory", namesOf(category).display);
}

} // namespace Niagara
