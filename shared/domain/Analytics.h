#pragma once

#include "domain/BasisPoints.h"
#include "domain/Money.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ebm
{

// The arithmetic of the staff analytics: rounded ratios, the monthly value of a subscription
// price and the time buckets of a series. Every rounding is half away from zero.

// numerator ÷ denominator rounded half away from zero (7 ÷ 2 = 4, -7 ÷ 2 = -4, 7 ÷ 3 = 2);
// a denominator of 0 throws DomainError("denominator", "division_by_zero").
std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator);

// part ÷ whole × 100 in basis points, rounded half away from zero (1 of 6 = 1667 bp); 0 when
// whole is 0.
BasisPoints percentOf(std::int64_t part, std::int64_t whole);

// A percentage with exactly two decimals: 1667 bp → "16.67", 0 → "0.00", 10000 → "100.00".
std::string percentWithTwoDecimals(BasisPoints rate);

// The monthly value of a price paid for one billing cycle: a monthly price as it is, a yearly
// price ÷ 12 rounded half away from zero to the currency's minor unit (290.00 EUR → 24.17).
Money monthlyValue(const Money& price, bool yearly);

// The width of one point of a series.
enum class SeriesStep
{
    Day,
    Week,
    Month
};

// "day", "week", "month"; anything else throws DomainError("step", "invalid_step").
SeriesStep parseSeriesStep(std::string_view text);
std::string_view toString(SeriesStep step);

// One point's span [start, end) of a series.
struct SeriesBucket
{
    std::chrono::sys_seconds start;
    std::chrono::sys_seconds end;
    bool operator==(const SeriesBucket&) const = default;
};

// The spans from `from` to `to` (exclusive): the first starts at `from`, each next one a day,
// 7 days or a calendar month later (months keep from's day of month, clamped to the month's last
// day, and its time of day: 31 Jan → 29 Feb → 31 Mar); the last one is cut at `to`.
// Throws DomainError("to", "invalid_range") unless from < to, and
// DomainError("step", "too_many_points") when there would be more than maxPoints.
std::vector<SeriesBucket> seriesBuckets(std::chrono::sys_seconds from, std::chrono::sys_seconds to,
                                        SeriesStep step, std::size_t maxPoints);

} // namespace ebm
