#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ebm
{

// A rate in hundredths of a percent (1 % = 100 bp, 100 % = 10000 bp): tax rates, discounts, usage.
struct BasisPoints
{
    std::int64_t value = 0;

    // "19.25" -> 1925, "20" -> 2000. At most two decimals, between 0 and 100 inclusive;
    // anything else throws DomainError("percent", "invalid_percent").
    static BasisPoints parsePercent(std::string_view text);

    // 1925 -> "19.25", 2000 -> "20", 1950 -> "19.5" (trailing zeros dropped).
    std::string toPercentString() const;

    auto operator<=>(const BasisPoints&) const = default;
};

} // namespace ebm
