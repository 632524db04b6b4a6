#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace ebm
{

// UTC instants are std::chrono::sys_seconds; these are their only text forms.

// "2026-08-02T19:40:00Z". Years outside 0000..9999 throw DomainError("timestamp",
// "invalid_timestamp").
std::string formatIso8601(std::chrono::sys_seconds instant);

// Accepts "YYYY-MM-DDTHH:MM:SS" followed by optional fractional seconds (truncated) and "Z" or a
// "+HH:MM"/"-HH:MM" offset (converted to UTC). Anything else throws
// DomainError("timestamp", "invalid_timestamp").
std::chrono::sys_seconds parseIso8601(std::string_view text);

// "2026-08-02".
std::string formatDate(std::chrono::year_month_day date);

// Accepts exactly "YYYY-MM-DD" naming a real date; throws DomainError("date", "invalid_date").
std::chrono::year_month_day parseDate(std::string_view text);

} // namespace ebm
