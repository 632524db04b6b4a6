#include "domain/PlanChange.h"

#include "domain/DomainError.h"
#include "domain/Pricing.h"
#include "domain/SubscriptionPeriod.h"

#include <algorithm>

namespace ebm
{

PlanChangeKind classifyPlanChange(const Plan& from, const Plan& to, BillingCycle cycle)
{
    if (from.id == to.id)
        throw DomainError("plan", "same_plan", "the subscription is already on this plan");
    if (from.currency() != to.currency())
        throw DomainError("plan", "currency_mismatch",
                          "plans priced in different currencies cannot be exchanged");
    return from.priceFor(cycle) < to.priceFor(cycle) ? PlanChangeKind::Upgrade
                                                     : PlanChangeKind::Downgrade;
}

Money upgradeCharge(const Plan& from, const Plan& to, BillingCycle cycle, unsigned anchorDay,
                    std::chrono::sys_seconds now, std::chrono::sys_seconds paidUntil)
{
    const Money difference = to.priceFor(cycle) - from.priceFor(cycle);
    Money charge = Money::zero(difference.currency());
    std::chrono::sys_seconds periodEnd = paidUntil;
    while (periodEnd > now) {
        const auto periodStart = addBillingCycles(periodEnd, cycle, anchorDay, -1);
        const auto ahead = periodEnd - std::max(periodStart, now);
        charge += prorate(difference, ahead, periodEnd - periodStart);
        periodEnd = periodStart;
    }
    return charge;
}

} // namespace ebm
