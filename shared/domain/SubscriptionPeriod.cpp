#include "domain/SubscriptionPeriod.h"

#include "domain/DomainError.h"

#include <algorithm>
#include <string>

namespace ebm
{

using namespace std::chrono;

namespace
{

year_month targetMonth(const year_month_day& date, BillingCycle cycle, int count)
{
    const year_month current{date.year(), date.month()};
    return cycle == BillingCycle::Monthly ? current + months{count} : current + years{count};
}

day clampedDay(const year_month& month, unsigned anchorDay)
{
    const day last = year_month_day_last{month.year(), month_day_last{month.month()}}.day();
    return std::min(day{anchorDay}, last);
}

} // namespace

sys_seconds addBillingCycles(sys_seconds from, BillingCycle cycle, unsigned anchorDay, int count)
{
    if (anchorDay < 1 || anchorDay > 31) {
        throw DomainError("anchor_day", "invalid_anchor",
                          "the anchor day must be between 1 and 31, not " +
                              std::to_string(anchorDay));
    }
    const sys_days fromDay = floor<days>(from);
    const year_month_day date{fromDay};
    const year_month month = targetMonth(date, cycle, count);
    const year_month_day target{month.year(), month.month(), clampedDay(month, anchorDay)};
    return sys_days{target} + (from - fromDay);
}

unsigned anchorDayOf(sys_seconds start)
{
    return static_cast<unsigned>(year_month_day{floor<days>(start)}.day());
}

SubscriptionPeriod firstPeriod(sys_seconds start, BillingCycle cycle)
{
    return SubscriptionPeriod{start, addBillingCycles(start, cycle, anchorDayOf(start))};
}

SubscriptionPeriod nextPeriod(const SubscriptionPeriod& current, BillingCycle cycle,
                              unsigned anchorDay)
{
    return SubscriptionPeriod{current.end, addBillingCycles(current.end, cycle, anchorDay)};
}

std::int64_t wholeDaysBetween(sys_seconds from, sys_seconds to)
{
    return duration_cast<days>(to - from).count();
}

} // namespace ebm
