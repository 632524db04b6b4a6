#include "TestSupport.h"
#include "domain/Coupon.h"

#include <gtest/gtest.h>

namespace ebm
{
namespace
{

using namespace std::chrono_literals;

const std::chrono::sys_seconds kNow{std::chrono::seconds(1'780'000'000)};
const Currency kEur = Currency::fromCode("EUR");

Coupon percentOff(int percent)
{
    Coupon coupon;
    coupon.code = "PROMO";
    coupon.discount.kind = Discount::Kind::Percent;
    coupon.discount.percent = BasisPoints{percent * 100};
    return coupon;
}

std::optional<CouponRejection> check(const Coupon& coupon, std::int64_t planId = 1,
                                     const char* subtotal = "29.00", std::int64_t customerUses = 0,
                                     std::chrono::sys_seconds now = kNow)
{
    return checkCoupon(coupon, now, planId, Money::parse(subtotal, kEur), customerUses);
}

TEST(CouponTest, AValidCouponPasses)
{
    EXPECT_EQ(check(percentOff(10)), std::nullopt);
}

TEST(CouponTest, ValidityWindowIsInclusiveAtTheStartAndExclusiveAtTheEnd)
{
    Coupon coupon = percentOff(10);
    coupon.validFrom = kNow;
    coupon.validUntil = kNow + 24h;
    EXPECT_EQ(check(coupon, 1, "29.00", 0, kNow - 1s), CouponRejection::NotYetValid);
    EXPECT_EQ(check(coupon, 1, "29.00", 0, kNow), std::nullopt);
    EXPECT_EQ(check(coupon, 1, "29.00", 0, kNow + 24h - 1s), std::nullopt);
    EXPECT_EQ(check(coupon, 1, "29.00", 0, kNow + 24h), CouponRejection::Expired);
}

TEST(CouponTest, TotalAndPerCustomerUses)
{
    Coupon coupon = percentOff(10);
    coupon.maxUses = 3;
    coupon.timesUsed = 2;
    EXPECT_EQ(check(coupon), std::nullopt);
    coupon.timesUsed = 3;
    EXPECT_EQ(check(coupon), CouponRejection::UsedUp);
    coupon.timesUsed = 0;
    coupon.maxUsesPerCustomer = 1;
    EXPECT_EQ(check(coupon, 1, "29.00", 0), std::nullopt);
    EXPECT_EQ(check(coupon, 1, "29.00", 1), CouponRejection::UsedUpByCustomer);
}

TEST(CouponTest, PlanRestrictions)
{
    Coupon coupon = percentOff(10);
    coupon.planIds = {2, 3};
    EXPECT_EQ(check(coupon, 1), CouponRejection::NotForPlan);
    EXPECT_EQ(check(coupon, 3), std::nullopt);
}

TEST(CouponTest, MinimumAmountAndCurrency)
{
    Coupon coupon = percentOff(10);
    coupon.discount.minimumAmount = Money::parse("50.00", kEur);
    EXPECT_EQ(check(coupon, 1, "49.99"), CouponRejection::BelowMinimumAmount);
    EXPECT_EQ(check(coupon, 1, "50.00"), std::nullopt);
    Coupon fixed;
    fixed.discount.kind = Discount::Kind::Fixed;
    fixed.discount.fixedAmount = Money::parse("5000", Currency::fromCode("XAF"));
    EXPECT_EQ(check(fixed), CouponRejection::OtherCurrency);
}

TEST(CouponTest, InactiveComesFirst)
{
    Coupon coupon = percentOff(10);
    coupon.isActive = false;
    coupon.validUntil = kNow - 1s;
    EXPECT_EQ(check(coupon), CouponRejection::Inactive);
}

TEST(CouponTest, RejectionCodesAreStable)
{
    EXPECT_EQ(toString(CouponRejection::Unknown), "coupon_unknown");
    EXPECT_EQ(toString(CouponRejection::UsedUpByCustomer), "coupon_used_up_by_customer");
    EXPECT_EQ(toString(CouponRejection::OtherCurrency), "coupon_other_currency");
}

TEST(CouponTest, CodesAreNormalized)
{
    EXPECT_EQ(normalizeCouponCode("  Promo10 "), "PROMO10");
    EXPECT_EQ(normalizeCouponCode("   "), "");
}

} // namespace
} // namespace ebm
