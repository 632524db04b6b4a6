#include "domain/Analytics.h"

#include "domain/DomainError.h"
#include "domain/SubscriptionPeriod.h"
#include "domain/detail/Rounding.h"

#include <algorithm>

namespace ebm
{

using namespace std::chrono;

namespace
{

constexpr std::int64_t kHundredPercentBp = 10000;
constexpr std::int64_t kMonthsPerYear = 12;

sys_seconds stepAfter(sys_seconds from, SeriesStep step, unsigned anchorDay, int index)
{
    switch (step) {
    case SeriesStep::Day:
        return from + days{index};
    case SeriesStep::Week:
        return from + weeks{index};
    case SeriesStep::Month:
        break;
    }
    return addBillingCycles(from, BillingCycle::Monthly, anchorDay, index);
}

} // namespace

std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator == 0)
        throw DomainError("denominator", "division_by_zero", "cannot divide by zero");
    const detail::Int128 sign = denominator < 0 ? -1 : 1;
    const auto quotient = detail::narrowToInt64(detail::divideRoundingHalfAwayFromZero(
        sign * detail::Int128{numerator}, sign * detail::Int128{denominator}));
    if (!quotient)
        throw DomainError("amount", "amount_overflow", "the quotient leaves 64 bits");
    return *quotient;
}

BasisPoints percentOf(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return BasisPoints{0};
    const detail::Int128 sign = whole < 0 ? -1 : 1;
    const auto rate = detail::narrowToInt64(detail::divideRoundingHalfAwayFromZero(
        sign * detail::Int128{part} * kHundredPercentBp, sign * detail::Int128{whole}));
    if (!rate)
        throw DomainError("percent", "percent_overflow", "the ratio is too large");
    return BasisPoints{*rate};
}

std::string percentWithTwoDecimals(BasisPoints rate)
{
    const bool negative = rate.value < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(rate.value)
                                             : static_cast<std::uint64_t>(rate.value);
    const std::uint64_t hundredths = magnitude % 100;
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." +
           static_cast<char>('0' + hundredths / 10) + static_cast<char>('0' + hundredths % 10);
}

Money monthlyValue(const Money& price, bool yearly)
{
    if (!yearly)
        return price;
    return Money(divideRounded(price.minorUnits(), kMonthsPerYear), price.currency());
}

SeriesStep parseSeriesStep(std::string_view text)
{
    if (text == "day")
        return SeriesStep::Day;
    if (text == "week")
        return SeriesStep::Week;
    if (text == "month")
        return SeriesStep::Month;
    throw DomainError("step", "invalid_step", "Must be one of: day, week, month.");
}

std::string_view toString(SeriesStep step)
{
    switch (step) {
    case SeriesStep::Day:
        return "day";
    case SeriesStep::Week:
        return "week";
    case SeriesStep::Month:
        break;
    }
    return "month";
}

std::vector<SeriesBucket> seriesBuckets(sys_seconds from, sys_seconds to, SeriesStep step,
                                        std::size_t maxPoints)
{
    if (from >= to)
        throw DomainError("to", "invalid_range", "Must be after from.");
    const auto anchorDay = static_cast<unsigned>(year_month_day{floor<days>(from)}.day());
    std::vector<SeriesBucket> buckets;
    for (int index = 0;; ++index) {
        const sys_seconds start = stepAfter(from, step, anchorDay, index);
        if (start >= to)
            break;
        if (buckets.size() == maxPoints)
            throw DomainError("step", "too_many_points",
                              "At most " + std::to_string(maxPoints) +
                                  " points: choose a longer step or a shorter range.");
        buckets.push_back({start, std::min(stepAfter(from, step, anchorDay, index + 1), to)});
    }
    return buckets;
}

} // namespace ebm
