#pragma once

#include "domain/Plan.h"

#include <chrono>
#include <cstdint>

namespace ebm
{

// One paid stretch of a subscription, [start, end) in UTC. Periods are calendar months or years
// (not 30/365 days): see shared/DOMAIN.md.
struct SubscriptionPeriod
{
    std::chrono::sys_seconds start;
    std::chrono::sys_seconds end;

    bool operator==(const SubscriptionPeriod&) const = default;
};

// Moves `from` by `count` billing cycles, keeping its time of day. Monthly: the anchor day of the
// target month, clamped to that month's last day (anchor 31: 31 Jan -> 28/29 Feb -> 31 Mar).
// Yearly: the same month `count` years on, day = anchor clamped (29 Feb -> 28 Feb -> ... -> 29
// Feb). anchorDay outside 1..31 throws DomainError("anchor_day", "invalid_anchor").
std::chrono::sys_seconds addBillingCycles(std::chrono::sys_seconds from, BillingCycle cycle,
                                          unsigned anchorDay, int count = 1);

// The period starting at `start`, anchored on start's day of month.
SubscriptionPeriod firstPeriod(std::chrono::sys_seconds start, BillingCycle cycle);

// The UTC day of the month of an instant: the anchor day of a period starting then.
unsigned anchorDayOf(std::chrono::sys_seconds start);

// The period following `current` (renewing early still extends from current.end).
SubscriptionPeriod nextPeriod(const SubscriptionPeriod& current, BillingCycle cycle,
                              unsigned anchorDay);

// Whole days from `from` to `to`, truncated toward zero (negative when to < from).
std::int64_t wholeDaysBetween(std::chrono::sys_seconds from, std::chrono::sys_seconds to);

} // namespace ebm
