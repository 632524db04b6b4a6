#include "TestSupport.h"
#include "domain/Pricing.h"

#include <gtest/gtest.h>
#include <random>

using namespace ebm;
using namespace std::chrono_literals;

namespace
{

const Currency kEur = Currency::fromCode("EUR");
const Currency kXaf = Currency::fromCode("XAF");

Plan planPriced(const char* monthly, const char* yearly, const Currency& currency = kEur)
{
    Plan plan;
    plan.slug = "silver";
    plan.name = "Silver";
    plan.monthlyPrice = Money::parse(monthly, currency);
    plan.yearlyPrice = Money::parse(yearly, currency);
    return plan;
}

Discount percentOff(const char* percent)
{
    Discount discount;
    discount.kind = Discount::Kind::Percent;
    discount.percent = BasisPoints::parsePercent(percent);
    return discount;
}

Discount fixedOff(const Money& amount)
{
    Discount discount;
    discount.kind = Discount::Kind::Fixed;
    discount.fixedAmount = amount;
    return discount;
}

} // namespace

TEST(PricingTest, QuoteWithoutDiscount)
{
    const PriceQuote quote = quotePrice(planPriced("29.00", "290.00"), BillingCycle::Monthly,
                                        std::nullopt, BasisPoints::parsePercent("20"));
    EXPECT_EQ(quote.subtotal.toDecimalString(), "29.00");
    EXPECT_TRUE(quote.discount.isZero());
    EXPECT_EQ(quote.taxableAmount.toDecimalString(), "29.00");
    EXPECT_EQ(quote.tax.toDecimalString(), "5.80");
    EXPECT_EQ(quote.total.toDecimalString(), "34.80");
    EXPECT_EQ(quote.taxRate, BasisPoints{2000});
}

TEST(PricingTest, QuoteWithPercentDiscountOnYearlyCycle)
{
    const PriceQuote quote = quotePrice(planPriced("29.00", "290.00"), BillingCycle::Yearly,
                                        percentOff("15"), BasisPoints::parsePercent("19.25"));
    EXPECT_EQ(quote.subtotal.toDecimalString(), "290.00");
    EXPECT_EQ(quote.discount.toDecimalString(), "43.50");
    EXPECT_EQ(quote.taxableAmount.toDecimalString(), "246.50");
    EXPECT_EQ(quote.tax.toDecimalString(), "47.45"); // 47.45125
    EXPECT_EQ(quote.total.toDecimalString(), "293.95");
    EXPECT_EQ(quote.subtotal - quote.discount + quote.tax, quote.total);
}

TEST(PricingTest, ZeroDecimalCurrencyRoundsHalfAwayFromZero)
{
    const PriceQuote quote = quotePrice(planPriced("15000", "150000", kXaf), BillingCycle::Monthly,
                                        percentOff("0.5"), BasisPoints::parsePercent("19.25"));
    EXPECT_EQ(quote.discount.toDecimalString(), "75");
    EXPECT_EQ(quote.taxableAmount.toDecimalString(), "14925");
    EXPECT_EQ(quote.tax.toDecimalString(), "2873"); // 2873.0625
    EXPECT_EQ(quote.total.toDecimalString(), "17798");
    const PriceQuote half = quotePrice(planPriced("15", "150", kXaf), BillingCycle::Monthly,
                                       percentOff("10"), BasisPoints{0});
    EXPECT_EQ(half.discount.toDecimalString(), "2"); // 1.5 -> 2
}

TEST(PricingTest, FixedDiscountIsCappedAtSubtotal)
{
    const Plan plan = planPriced("29.00", "290.00");
    const PriceQuote small =
        quotePrice(plan, BillingCycle::Monthly, fixedOff(Money::parse("5", kEur)), BasisPoints{0});
    EXPECT_EQ(small.discount.toDecimalString(), "5.00");
    EXPECT_EQ(small.total.toDecimalString(), "24.00");
    const PriceQuote big = quotePrice(plan, BillingCycle::Monthly,
                                      fixedOff(Money::parse("50", kEur)), BasisPoints{2000});
    EXPECT_EQ(big.discount.toDecimalString(), "29.00");
    EXPECT_TRUE(big.tax.isZero());
    EXPECT_TRUE(big.total.isZero());
}

TEST(PricingTest, PercentDiscountAboveHundredIsCapped)
{
    const PriceQuote quote = quotePrice(
        planPriced("29.00", "290.00"), BillingCycle::Monthly,
        [] {
            Discount discount;
            discount.percent = BasisPoints{15000};
            return discount;
        }(),
        BasisPoints{0});
    EXPECT_EQ(quote.discount.toDecimalString(), "29.00");
    EXPECT_TRUE(quote.total.isZero());
}

TEST(PricingTest, MinimumAmountIsEnforced)
{
    Discount discount = percentOff("10");
    discount.minimumAmount = Money::parse("50", kEur);
    const Plan plan = planPriced("29.00", "290.00");
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly, discount, BasisPoints{0}),
                        "coupon_code", "below_minimum_amount");
    EXPECT_EQ(
        quotePrice(plan, BillingCycle::Yearly, discount, BasisPoints{0}).discount.toDecimalString(),
        "29.00");
    discount.minimumAmount = Money::parse("29", kEur);
    EXPECT_NO_THROW(quotePrice(plan, BillingCycle::Monthly, discount, BasisPoints{0}));
}

TEST(PricingTest, ForeignCurrencyDiscountIsRejected)
{
    const Plan plan = planPriced("29.00", "290.00");
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly,
                                   fixedOff(Money(500, Currency::fromCode("USD"))), BasisPoints{0}),
                        "amount", "currency_mismatch");
    Discount discount = percentOff("10");
    discount.minimumAmount = Money(500, Currency::fromCode("USD"));
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly, discount, BasisPoints{0}), "amount",
                        "currency_mismatch");
}

TEST(PricingTest, InvalidDiscountsAndTaxRatesAreRejected)
{
    const Plan plan = planPriced("29.00", "290.00");
    Discount noAmount;
    noAmount.kind = Discount::Kind::Fixed;
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly, noAmount, BasisPoints{0}),
                        "coupon_code", "invalid_discount");
    EXPECT_DOMAIN_ERROR(
        quotePrice(plan, BillingCycle::Monthly, fixedOff(Money(-1, kEur)), BasisPoints{0}),
        "coupon_code", "invalid_discount");
    Discount negative;
    negative.percent = BasisPoints{-100};
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly, negative, BasisPoints{0}),
                        "coupon_code", "invalid_discount");
    EXPECT_DOMAIN_ERROR(quotePrice(plan, BillingCycle::Monthly, std::nullopt, BasisPoints{-1}),
                        "tax_rate", "invalid_tax_rate");
}

TEST(PricingTest, PropertyQuoteAddsUp)
{
    std::mt19937_64 random(99);
    std::uniform_int_distribution<std::int64_t> prices(0, 10'000'000);
    std::uniform_int_distribution<std::int64_t> rates(0, 10000);
    for (int i = 0; i < 2000; ++i) {
        Plan plan = planPriced("0", "0");
        plan.monthlyPrice = Money(prices(random), kEur);
        Discount discount;
        discount.percent = BasisPoints{rates(random)};
        const PriceQuote quote =
            quotePrice(plan, BillingCycle::Monthly, discount, BasisPoints{rates(random)});
        ASSERT_FALSE(quote.discount.isNegative());
        ASSERT_LE(quote.discount, quote.subtotal);
        ASSERT_EQ(quote.taxableAmount, quote.subtotal - quote.discount);
        ASSERT_EQ(quote.total, quote.taxableAmount + quote.tax);
        ASSERT_LE(quote.tax, quote.taxableAmount);
    }
}

TEST(PricingTest, AnnualSavings)
{
    EXPECT_EQ(annualSavings(planPriced("29.00", "290.00")),
              BasisPoints{1667}); // 58/348 = 16.666..%
    EXPECT_EQ(annualSavings(planPriced("10.00", "100.00")), BasisPoints{1667});
    EXPECT_EQ(annualSavings(planPriced("10.00", "60.00")), BasisPoints{5000});
    EXPECT_EQ(annualSavings(planPriced("10.00", "120.00")), BasisPoints{0});
    EXPECT_EQ(annualSavings(planPriced("10.00", "130.00")), BasisPoints{0});
    EXPECT_EQ(annualSavings(planPriced("0", "0")), BasisPoints{0});
    EXPECT_EQ(annualSavings(planPriced("10.00", "0")), BasisPoints{10000});
    // 12 x 0.01 = 0.12; yearly 0.11 saves 1/12 = 8.333% -> 833; yearly 0.07 saves 5/12 = 41.666% ->
    // 4167.
    EXPECT_EQ(annualSavings(planPriced("0.01", "0.11")), BasisPoints{833});
    EXPECT_EQ(annualSavings(planPriced("0.01", "0.07")), BasisPoints{4167});
    // 12 x 2000 = 24000 XAF; yearly 23997 saves 3/24000 = 1.25 bp -> 1; 23994 saves 2.5 bp -> 3
    // (half away).
    EXPECT_EQ(annualSavings(planPriced("2000", "23997", kXaf)), BasisPoints{1});
    EXPECT_EQ(annualSavings(planPriced("2000", "23994", kXaf)), BasisPoints{3});
}

TEST(PricingTest, ProrateIsProportionalAndBounded)
{
    const Money amount = Money::parse("30.00", kEur);
    const auto month = std::chrono::seconds{30 * 86400};
    EXPECT_EQ(prorate(amount, month, month), amount);
    EXPECT_EQ(prorate(amount, std::chrono::seconds{15 * 86400}, month).toDecimalString(), "15.00");
    EXPECT_EQ(prorate(amount, std::chrono::seconds{86400}, month).toDecimalString(), "1.00");
    EXPECT_TRUE(prorate(amount, 0s, month).isZero());
    EXPECT_TRUE(prorate(amount, -5s, month).isZero());
    EXPECT_EQ(prorate(amount, month * 2, month), amount);
    EXPECT_EQ(prorate(Money(1, kEur), 1s, 2s), Money(1, kEur));  // 0.5 -> 1
    EXPECT_EQ(prorate(Money(1, kEur), 1s, 3s), Money(0, kEur));  // 0.33 -> 0
    EXPECT_EQ(prorate(Money(10, kXaf), 1s, 4s), Money(3, kXaf)); // 2.5 -> 3
    EXPECT_DOMAIN_ERROR(prorate(amount, 1s, 0s), "period", "invalid_period");
    EXPECT_DOMAIN_ERROR(prorate(amount, 1s, -1s), "period", "invalid_period");
}

TEST(PricingTest, PropertyProrateStaysWithinBounds)
{
    std::mt19937_64 random(3);
    std::uniform_int_distribution<std::int64_t> amounts(0, 100'000'000);
    std::uniform_int_distribution<std::int64_t> periods(1, 366 * 86400);
    for (int i = 0; i < 3000; ++i) {
        const Money amount(amounts(random), kEur);
        const std::chrono::seconds period{periods(random)};
        const std::chrono::seconds remaining{
            std::uniform_int_distribution<std::int64_t>(-10, period.count() + 10)(random)};
        const Money share = prorate(amount, remaining, period);
        ASSERT_FALSE(share.isNegative());
        ASSERT_LE(share, amount);
    }
}

TEST(PricingTest, ChargeWithoutCouponAddsTaxOnTheWholeAmount)
{
    const PriceQuote quote =
        quoteCharge(Money::parse("9.66", kEur), BasisPoints::parsePercent("19.25"));
    EXPECT_EQ(quote.subtotal, Money::parse("9.66", kEur));
    EXPECT_EQ(quote.discount, Money::zero(kEur));
    EXPECT_EQ(quote.tax, Money::parse("1.86", kEur));
    EXPECT_EQ(quote.total, Money::parse("11.52", kEur));
    EXPECT_DOMAIN_ERROR(quoteCharge(Money::zero(kEur), BasisPoints{-1}), "tax_rate",
                        "invalid_tax_rate");
}
