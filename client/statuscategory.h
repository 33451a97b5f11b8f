#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace Niagara {

// The six status categories of the contract, in display order (the order of the stacked
// progress bar, the legend, the CLI columns). This is the one place they are defined.
enum class StatusCategory : quint8 {
    Pending,
    InProgress,
    Verifying,
    Complete,
    Blocked,
    Cancelled,
};

inline constexpr std::size_t kStatusCategoryCount = 6;

inline constexpr std::array<StatusCategory, kStatusCategoryCount> kAllStatusCategories{
    StatusCategory::Pending,  StatusCategory::InProgress, StatusCategory::Verifying,
    StatusCategory::Complete, StatusCategory::Blocked,    StatusCategory::Cancelled,
};

// Wire names: the category enum ("IN_PROGRESS") and the cycle-count key ("in_progress").
std::string_view categoryWireName(StatusCategory category);
std::string_view categoryCountKey(StatusCategory category);
std::optional<StatusCategory> categoryFromWireName(std::string_view name);
std::optional<StatusCategory> categoryFromCountKey(std::string_view key);

// Translated, user-facing name ("In progress").
QString categoryDisplayName(StatusCategory category);

} // namespace Niagara
