#include "TestSupport.h"
#include "domain/Plan.h"

#include <gtest/gtest.h>

using namespace ebm;

namespace
{

Plan validPlan()
{
    Plan plan;
    plan.slug = "gold-2";
    plan.name = "Gold";
    plan.tier = PlanTier::Gold;
    plan.monthlyPrice = Money::parse("29.00", Currency::fromCode("EUR"));
    plan.yearlyPrice = Money::parse("290.00", Currency::fromCode("EUR"));
    plan.retention = RetentionPolicy{30, 14, false};
    return plan;
}

} // namespace

TEST(PlanTest, EnumsRoundTripThroughText)
{
    for (const PlanTier tier : {PlanTier::Bronze, PlanTier::Silver, PlanTier::Gold}) {
        EXPECT_EQ(parsePlanTier(toString(tier)), tier);
    }
    for (const SupportLevel level :
         {SupportLevel::Email, SupportLevel::Priority, SupportLevel::Dedicated}) {
        EXPECT_EQ(parseSupportLevel(toString(level)), level);
    }
    for (const BillingCycle cycle : {BillingCycle::Monthly, BillingCycle::Yearly}) {
        EXPECT_EQ(parseBillingCycle(toString(cycle)), cycle);
    }
    EXPECT_EQ(toString(PlanTier::Bronze), "bronze");
    EXPECT_EQ(toString(PlanTier::Silver), "silver");
    EXPECT_EQ(toString(PlanTier::Gold), "gold");
    EXPECT_EQ(toString(SupportLevel::Priority), "priority");
    EXPECT_EQ(toString(SupportLevel::Dedicated), "dedicated");
    EXPECT_EQ(toString(SupportLevel::Email), "email");
    EXPECT_EQ(toString(BillingCycle::Monthly), "monthly");
    EXPECT_EQ(toString(BillingCycle::Yearly), "yearly");
}

TEST(PlanTest, EnumParsersRejectUnknownText)
{
    EXPECT_DOMAIN_ERROR(parsePlanTier("platinum"), "tier", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parsePlanTier("Gold"), "tier", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseSupportLevel("phone"), "support_level", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseBillingCycle("weekly"), "billing_cycle", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseBillingCycle(""), "billing_cycle", "invalid_choice");
}

TEST(PlanTest, DefaultPlanIsZeroEuro)
{
    const Plan plan;
    EXPECT_EQ(plan.currency(), Currency::fromCode("EUR"));
    EXPECT_TRUE(plan.monthlyPrice.isZero());
    EXPECT_TRUE(plan.isActive);
    EXPECT_FALSE(plan.isPopular);
    EXPECT_EQ(plan.features.supportLevel, SupportLevel::Email);
}

TEST(PlanTest, PriceForPicksTheCycle)
{
    const Plan plan = validPlan();
    EXPECT_EQ(plan.priceFor(BillingCycle::Monthly).toDecimalString(), "29.00");
    EXPECT_EQ(plan.priceFor(BillingCycle::Yearly).toDecimalString(), "290.00");
}

TEST(PlanTest, ValidPlanPasses)
{
    EXPECT_NO_THROW(validatePlan(validPlan()));
    Plan free = validPlan();
    free.monthlyPrice = Money::zero(Currency::fromCode("EUR"));
    free.yearlyPrice = Money::zero(Currency::fromCode("EUR"));
    EXPECT_NO_THROW(validatePlan(free));
}

TEST(PlanTest, ValidationNamesTheField)
{
    for (const char* slug : {"", "Gold", "gold plan", "gold_2", "gôld"}) {
        Plan plan = validPlan();
        plan.slug = slug;
        EXPECT_DOMAIN_ERROR(validatePlan(plan), "slug", "invalid_slug");
    }
    Plan plan = validPlan();
    plan.name.clear();
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "name", "required");

    plan = validPlan();
    plan.monthlyPrice = Money(-1, Currency::fromCode("EUR"));
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "monthly_price", "negative_amount");

    plan = validPlan();
    plan.yearlyPrice = Money(-1, Currency::fromCode("EUR"));
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "yearly_price", "negative_amount");

    plan = validPlan();
    plan.yearlyPrice = Money(100, Currency::fromCode("USD"));
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "yearly_price", "currency_mismatch");

    plan = validPlan();
    plan.retention.retentionDays = 0;
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "retention_days", "invalid_retention");

    plan = validPlan();
    plan.retention.maxRestorePoints = -1;
    EXPECT_DOMAIN_ERROR(validatePlan(plan), "max_restore_points", "invalid_retention");
}
