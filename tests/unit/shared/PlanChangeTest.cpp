#include "TestSupport.h"
#include "domain/PlanChange.h"
#include "domain/Timestamp.h"

#include <gtest/gtest.h>

using namespace ebm;

namespace
{

const Currency kEur = Currency::fromCode("EUR");
const Currency kXaf = Currency::fromCode("XAF");

Plan plan(std::int64_t id, const char* monthly, const char* yearly, const Currency& currency = kEur)
{
    Plan plan;
    plan.id = id;
    plan.monthlyPrice = Money::parse(monthly, currency);
    plan.yearlyPrice = Money::parse(yearly, currency);
    return plan;
}

std::chrono::sys_seconds at(const char* text)
{
    return parseIso8601(text);
}

const Plan kSilver = plan(1, "10.00", "100.00");
const Plan kGold = plan(2, "30.00", "220.00");

} // namespace

TEST(PlanChangeTest, DearerPlanIsAnUpgradeCheaperOrEqualIsADowngrade)
{
    EXPECT_EQ(classifyPlanChange(kSilver, kGold, BillingCycle::Monthly), PlanChangeKind::Upgrade);
    EXPECT_EQ(classifyPlanChange(kGold, kSilver, BillingCycle::Yearly), PlanChangeKind::Downgrade);
    const Plan samePrice = plan(3, "10.00", "100.00");
    EXPECT_EQ(classifyPlanChange(kSilver, samePrice, BillingCycle::Monthly),
              PlanChangeKind::Downgrade);
}

TEST(PlanChangeTest, SamePlanOrOtherCurrencyIsRefused)
{
    EXPECT_DOMAIN_ERROR(classifyPlanChange(kSilver, kSilver, BillingCycle::Monthly), "plan",
                        "same_plan");
    EXPECT_DOMAIN_ERROR(
        classifyPlanChange(kSilver, plan(4, "5000", "50000", kXaf), BillingCycle::Monthly), "plan",
        "currency_mismatch");
}

TEST(PlanChangeTest, UpgradeMidPeriodChargesTheDifferenceForTheDaysLeft)
{
    // Period 15 Feb → 15 Mar 2024 is 29 days (leap year); 14 days are left: 20.00 x 14 / 29.
    const Money charge = upgradeCharge(kSilver, kGold, BillingCycle::Monthly, 15,
                                       at("2024-03-01T00:00:00Z"), at("2024-03-15T00:00:00Z"));
    EXPECT_EQ(charge, Money::parse("9.66", kEur));
}

TEST(PlanChangeTest, UpgradeAtPeriodStartChargesTheWholeDifference)
{
    const Money charge = upgradeCharge(kSilver, kGold, BillingCycle::Monthly, 15,
                                       at("2024-02-15T00:00:00Z"), at("2024-03-15T00:00:00Z"));
    EXPECT_EQ(charge, Money::parse("20.00", kEur));
}

TEST(PlanChangeTest, UpgradeAfterThePaidPeriodCostsNothing)
{
    const Money charge = upgradeCharge(kSilver, kGold, BillingCycle::Monthly, 15,
                                       at("2024-03-15T00:00:00Z"), at("2024-03-15T00:00:00Z"));
    EXPECT_EQ(charge, Money::zero(kEur));
}

TEST(PlanChangeTest, UpgradeAfterAnEarlyRenewalAlsoChargesTheRenewedPeriod)
{
    // 14/29 of February's period plus all of 15 Mar → 15 Apr.
    const Money charge = upgradeCharge(kSilver, kGold, BillingCycle::Monthly, 15,
                                       at("2024-03-01T00:00:00Z"), at("2024-04-15T00:00:00Z"));
    EXPECT_EQ(charge, Money::parse("29.66", kEur));
}

TEST(PlanChangeTest, YearlyUpgradeFromALeapDayAnchorUsesTheClampedYear)
{
    // 29 Feb 2024 → 28 Feb 2025 is 365 days; 183 are left on 29 Aug: 120.00 x 183 / 365.
    const Money charge = upgradeCharge(kSilver, kGold, BillingCycle::Yearly, 29,
                                       at("2024-08-29T00:00:00Z"), at("2025-02-28T00:00:00Z"));
    EXPECT_EQ(charge, Money::parse("60.16", kEur));
}

TEST(PlanChangeTest, ZeroDecimalCurrencyRoundsToWholeFrancs)
{
    // Anchor 31: the period 29 Feb → 31 Mar 2024 is 31 days; 10 are left: 15000 x 10 / 31.
    const Plan small = plan(5, "10000", "100000", kXaf);
    const Plan large = plan(6, "25000", "250000", kXaf);
    const Money charge = upgradeCharge(small, large, BillingCycle::Monthly, 31,
                                       at("2024-03-21T00:00:00Z"), at("2024-03-31T00:00:00Z"));
    EXPECT_EQ(charge, Money::parse("4839", kXaf));
}
