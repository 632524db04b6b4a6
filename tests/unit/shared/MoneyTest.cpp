#include "TestSupport.h"
#include "domain/BasisPoints.h"
#include "domain/Money.h"

#include <gtest/gtest.h>
#include <limits>
#include <numeric>
#include <random>

using ebm::BasisPoints;
using ebm::Currency;
using ebm::Money;

namespace
{

const Currency kEur = Currency::fromCode("EUR");
const Currency kUsd = Currency::fromCode("USD");
const Currency kXaf = Currency::fromCode("XAF");
const Currency kKwd = Currency::fromCode("KWD");
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Money eur(std::int64_t cents)
{
    return Money(cents, kEur);
}

} // namespace

TEST(MoneyTest, ParsesDecimalStrings)
{
    EXPECT_EQ(Money::parse("29", kEur).minorUnits(), 2900);
    EXPECT_EQ(Money::parse("29.5", kEur).minorUnits(), 2950);
    EXPECT_EQ(Money::parse("29.50", kEur).minorUnits(), 2950);
    EXPECT_EQ(Money::parse("-3.10", kEur).minorUnits(), -310);
    EXPECT_EQ(Money::parse("0.05", kEur).minorUnits(), 5);
    EXPECT_EQ(Money::parse("-0", kEur).minorUnits(), 0);
    EXPECT_EQ(Money::parse("007.00", kEur).minorUnits(), 700);
    EXPECT_EQ(Money::parse("15000", kXaf).minorUnits(), 15000);
    EXPECT_EQ(Money::parse("1.234", kKwd).minorUnits(), 1234);
    EXPECT_EQ(Money::parse("1.2", kKwd).minorUnits(), 1200);
    EXPECT_EQ(Money::parse("29", kEur).currency(), kEur);
}

TEST(MoneyTest, ParsesTheInt64Extremes)
{
    EXPECT_EQ(Money::parse("92233720368547758.07", kEur).minorUnits(), kMax);
    EXPECT_EQ(Money::parse("-92233720368547758.08", kEur).minorUnits(), kMin);
    EXPECT_EQ(Money::parse("9223372036854775807", kXaf).minorUnits(), kMax);
}

TEST(MoneyTest, RejectsMalformedAmounts)
{
    for (const char* text :
         {"",   " ",  "-",   "+1",    "+",     "--1",  "1e3", "1E3",  " 1",    "1 ",   "1,50",
          "1.", ".5", "-.5", "1.2.3", "1.500", "1.-5", "abc", "0x10", "1_000", "1.5 ", "١"}) {
        EXPECT_DOMAIN_ERROR(Money::parse(text, kEur), "amount", "invalid_amount");
    }
}

TEST(MoneyTest, RejectsDecimalsInZeroExponentCurrencies)
{
    EXPECT_DOMAIN_ERROR(Money::parse("1.5", kXaf), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("1.0", kXaf), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("1.", kXaf), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("1.2345", kKwd), "amount", "invalid_amount");
}

TEST(MoneyTest, RejectsOverflow)
{
    EXPECT_DOMAIN_ERROR(Money::parse("92233720368547758.08", kEur), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("-92233720368547758.09", kEur), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("9223372036854775808", kXaf), "amount", "invalid_amount");
    EXPECT_DOMAIN_ERROR(Money::parse("99999999999999999999999", kXaf), "amount", "invalid_amount");
}

TEST(MoneyTest, FormatsWithExactlyTheCurrencyExponent)
{
    EXPECT_EQ(eur(2900).toDecimalString(), "29.00");
    EXPECT_EQ(eur(2950).toDecimalString(), "29.50");
    EXPECT_EQ(eur(-5).toDecimalString(), "-0.05");
    EXPECT_EQ(eur(0).toDecimalString(), "0.00");
    EXPECT_EQ(eur(-310).toDecimalString(), "-3.10");
    EXPECT_EQ(Money(15000, kXaf).toDecimalString(), "15000");
    EXPECT_EQ(Money(-7, kXaf).toDecimalString(), "-7");
    EXPECT_EQ(Money(1, kKwd).toDecimalString(), "0.001");
    EXPECT_EQ(eur(kMax).toDecimalString(), "92233720368547758.07");
    EXPECT_EQ(eur(kMin).toDecimalString(), "-92233720368547758.08");
}

TEST(MoneyTest, ZeroAndSignPredicates)
{
    EXPECT_TRUE(Money::zero(kXaf).isZero());
    EXPECT_EQ(Money::zero(kXaf).currency(), kXaf);
    EXPECT_FALSE(eur(1).isZero());
    EXPECT_TRUE(eur(-1).isNegative());
    EXPECT_FALSE(eur(0).isNegative());
}

TEST(MoneyTest, ArithmeticWithinOneCurrency)
{
    EXPECT_EQ(eur(150) + eur(275), eur(425));
    EXPECT_EQ(eur(150) - eur(275), eur(-125));
    EXPECT_EQ(-eur(150), eur(-150));
    Money total = eur(100);
    total += eur(50);
    EXPECT_EQ(total, eur(150));
    total -= eur(200);
    EXPECT_EQ(total, eur(-50));
    EXPECT_EQ(eur(2900).times(12), eur(34800));
    EXPECT_EQ(eur(2900).times(-1), eur(-2900));
}

TEST(MoneyTest, CurrencyMismatchIsAnError)
{
    const Money usd(100, kUsd);
    EXPECT_DOMAIN_ERROR(eur(1) + usd, "amount", "currency_mismatch");
    EXPECT_DOMAIN_ERROR(eur(1) - usd, "amount", "currency_mismatch");
    Money value = eur(1);
    EXPECT_DOMAIN_ERROR(value += usd, "amount", "currency_mismatch");
    EXPECT_DOMAIN_ERROR(value -= usd, "amount", "currency_mismatch");
    EXPECT_EQ(value, eur(1));
    EXPECT_DOMAIN_ERROR(static_cast<void>(eur(1) < usd), "amount", "currency_mismatch");
    EXPECT_DOMAIN_ERROR(static_cast<void>(eur(1) >= usd), "amount", "currency_mismatch");
    EXPECT_FALSE(eur(100) == usd);
    EXPECT_TRUE(eur(100) != usd);
}

TEST(MoneyTest, ComparisonsOrderByAmount)
{
    EXPECT_LT(eur(1), eur(2));
    EXPECT_LE(eur(2), eur(2));
    EXPECT_GT(eur(0), eur(-1));
    EXPECT_GE(eur(-1), eur(-1));
    EXPECT_NE(eur(1), eur(2));
}

TEST(MoneyTest, OverflowIsAnError)
{
    EXPECT_DOMAIN_ERROR(eur(kMax) + eur(1), "amount", "amount_overflow");
    EXPECT_DOMAIN_ERROR(eur(kMin) - eur(1), "amount", "amount_overflow");
    EXPECT_DOMAIN_ERROR(-eur(kMin), "amount", "amount_overflow");
    EXPECT_DOMAIN_ERROR(eur(kMax / 2 + 1).times(2), "amount", "amount_overflow");
    EXPECT_DOMAIN_ERROR(eur(kMax).percentage(BasisPoints{20000}), "amount", "amount_overflow");
    Money value = eur(kMax);
    EXPECT_DOMAIN_ERROR(value += eur(1), "amount", "amount_overflow");
    EXPECT_EQ(value, eur(kMax));
}

TEST(MoneyTest, PercentageRoundsHalfAwayFromZero)
{
    EXPECT_EQ(eur(2900).percentage(BasisPoints{2000}), eur(580));
    EXPECT_EQ(eur(1).percentage(BasisPoints{5000}), eur(1));   // 0.5 -> 1
    EXPECT_EQ(eur(-1).percentage(BasisPoints{5000}), eur(-1)); // -0.5 -> -1
    EXPECT_EQ(eur(3).percentage(BasisPoints{5000}), eur(2));   // 1.5 -> 2
    EXPECT_EQ(eur(-3).percentage(BasisPoints{5000}), eur(-2)); // -1.5 -> -2
    EXPECT_EQ(eur(1).percentage(BasisPoints{4999}), eur(0));   // 0.4999 -> 0
    EXPECT_EQ(eur(-1).percentage(BasisPoints{4999}), eur(0));
    EXPECT_EQ(eur(1).percentage(BasisPoints{5001}), eur(1));
    EXPECT_EQ(eur(999).percentage(BasisPoints{1925}), eur(192));  // 192.3075
    EXPECT_EQ(eur(1000).percentage(BasisPoints{1925}), eur(193)); // 192.5 -> 193
    EXPECT_EQ(eur(-1000).percentage(BasisPoints{1925}), eur(-193));
    EXPECT_EQ(Money(15000, kXaf).percentage(BasisPoints{1925}), Money(2888, kXaf)); // 2887.5
    EXPECT_EQ(eur(kMax).percentage(BasisPoints{10000}), eur(kMax));
    EXPECT_EQ(eur(kMin).percentage(BasisPoints{10000}), eur(kMin));
    EXPECT_EQ(eur(12345).percentage(BasisPoints{0}), eur(0));
}

TEST(MoneyTest, AllocateSpreadsTheRemainderOverTheFirstParts)
{
    const auto parts = eur(100).allocate(3);
    ASSERT_EQ(parts.size(), 3U);
    EXPECT_EQ(parts[0], eur(34));
    EXPECT_EQ(parts[1], eur(33));
    EXPECT_EQ(parts[2], eur(33));

    const auto negative = eur(-100).allocate(3);
    EXPECT_EQ(negative[0], eur(-34));
    EXPECT_EQ(negative[1], eur(-33));
    EXPECT_EQ(negative[2], eur(-33));

    const auto tiny = eur(2).allocate(5);
    EXPECT_EQ(tiny[0], eur(1));
    EXPECT_EQ(tiny[1], eur(1));
    EXPECT_EQ(tiny[2], eur(0));
    EXPECT_EQ(eur(7).allocate(1).front(), eur(7));
    EXPECT_DOMAIN_ERROR(eur(7).allocate(0), "parts", "invalid_parts");
}

TEST(MoneyTest, PropertyAllocateLosesNoMinorUnit)
{
    std::mt19937_64 random(20260802);
    std::uniform_int_distribution<std::int64_t> amounts(-1'000'000'000'000, 1'000'000'000'000);
    std::uniform_int_distribution<std::size_t> partCounts(1, 97);
    for (int i = 0; i < 5000; ++i) {
        const Money amount(i % 10 == 0 ? static_cast<std::int64_t>(random()) : amounts(random),
                           kEur);
        const std::size_t count = partCounts(random);
        const auto parts = amount.allocate(count);
        ASSERT_EQ(parts.size(), count);
        const Money sum = std::accumulate(parts.begin(), parts.end(), Money::zero(kEur));
        ASSERT_EQ(sum, amount) << amount.toDecimalString() << " / " << count;
        for (const Money& part : parts) {
            const std::int64_t difference = part.minorUnits() - parts.front().minorUnits();
            ASSERT_TRUE(difference == 0 || difference == -1 || difference == 1);
        }
    }
}

TEST(MoneyTest, PropertyParseInvertsToDecimalString)
{
    std::mt19937_64 random(42);
    for (const Currency& currency : {kEur, kXaf, kKwd}) {
        for (int i = 0; i < 3000; ++i) {
            const auto raw = static_cast<std::int64_t>(random());
            const Money value(i % 2 == 0 ? raw : raw % 100000, currency);
            ASSERT_EQ(Money::parse(value.toDecimalString(), currency), value)
                << value.toDecimalString();
        }
    }
}

TEST(MoneyTest, PropertyPercentageMatchesExactRational)
{
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> amounts(-10'000'000, 10'000'000);
    std::uniform_int_distribution<std::int64_t> rates(0, 10000);
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t amount = amounts(random);
        const std::int64_t rate = rates(random);
        const std::int64_t result = eur(amount).percentage(BasisPoints{rate}).minorUnits();
        // |result - amount*rate/10000| <= 1/2, and exactly-half cases move away from zero.
        const std::int64_t twiceError = 2 * (result * 10000 - amount * rate);
        ASSERT_LE(twiceError, 10000);
        ASSERT_GE(twiceError, -10000);
        if (twiceError == 10000) {
            ASSERT_GT(amount, 0);
        }
        if (twiceError == -10000) {
            ASSERT_LT(amount, 0);
        }
    }
}

TEST(BasisPointsTest, ParsesPercentages)
{
    EXPECT_EQ(BasisPoints::parsePercent("19.25").value, 1925);
    EXPECT_EQ(BasisPoints::parsePercent("20").value, 2000);
    EXPECT_EQ(BasisPoints::parsePercent("19.5").value, 1950);
    EXPECT_EQ(BasisPoints::parsePercent("0").value, 0);
    EXPECT_EQ(BasisPoints::parsePercent("100").value, 10000);
    EXPECT_EQ(BasisPoints::parsePercent("100.00").value, 10000);
    EXPECT_EQ(BasisPoints::parsePercent("0.01").value, 1);
}

TEST(BasisPointsTest, RejectsInvalidPercentages)
{
    for (const char* text : {"", "-1", "-0.5", "100.01", "101", "1000", "19.255", "19.", ".5", "+5",
                             "5%", " 5", "5 ", "1e2", "abc", "99999999999999999999999"}) {
        EXPECT_DOMAIN_ERROR(BasisPoints::parsePercent(text), "percent", "invalid_percent");
    }
}

TEST(BasisPointsTest, FormatsPercentages)
{
    EXPECT_EQ(BasisPoints{1925}.toPercentString(), "19.25");
    EXPECT_EQ(BasisPoints{2000}.toPercentString(), "20");
    EXPECT_EQ(BasisPoints{1667}.toPercentString(), "16.67");
    EXPECT_EQ(BasisPoints{1950}.toPercentString(), "19.5");
    EXPECT_EQ(BasisPoints{5}.toPercentString(), "0.05");
    EXPECT_EQ(BasisPoints{0}.toPercentString(), "0");
    EXPECT_EQ(BasisPoints{-150}.toPercentString(), "-1.5");
    for (std::int64_t value = 0; value <= 10000; ++value) {
        ASSERT_EQ(BasisPoints::parsePercent(BasisPoints{value}.toPercentString()).value, value);
    }
}
