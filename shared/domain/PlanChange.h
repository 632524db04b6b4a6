#pragma once

#include "domain/Money.h"
#include "domain/Plan.h"

#include <chrono>

namespace ebm
{

// How a subscription moves from one plan to another: a dearer plan is an upgrade, applied at
// once for a prorated charge; a plan at the same price or cheaper is a downgrade, applied at the
// end of the paid period.
enum class PlanChangeKind
{
    Upgrade,
    Downgrade
};

// Upgrade when `to` costs more than `from` for the cycle, Downgrade otherwise. Throws
// DomainError("plan", "same_plan") when both are the same plan and ("plan", "currency_mismatch")
// when their prices are in different currencies.
PlanChangeKind classifyPlanChange(const Plan& from, const Plan& to, BillingCycle cycle);

// What an upgrade at `now` costs for the time already paid for, up to `paidUntil`: over each
// paid calendar period (anchored on anchorDay, walking back from paidUntil) the price difference
// is prorated by the part of that period still ahead (see prorate). Zero when now >= paidUntil.
Money upgradeCharge(const Plan& from, const Plan& to, BillingCycle cycle, unsigned anchorDay,
                    std::chrono::sys_seconds now, std::chrono::sys_seconds paidUntil);

} // namespace ebm
