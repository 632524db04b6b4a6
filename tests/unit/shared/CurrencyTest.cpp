#include "TestSupport.h"
#include "domain/Currency.h"

#include <gtest/gtest.h>
#include <utility>

using ebm::Currency;

TEST(CurrencyTest, ExponentsFollowIso4217)
{
    const std::pair<const char*, int> expected[] = {
        {"EUR", 2}, {"USD", 2}, {"GBP", 2}, {"CHF", 2}, {"CAD", 2}, {"XAF", 0},
        {"XOF", 0}, {"JPY", 0}, {"KRW", 0}, {"HUF", 2}, {"KWD", 3}, {"BHD", 3},
        {"TND", 3}, {"NGN", 2}, {"GHS", 2}, {"KES", 2}, {"ZAR", 2}, {"MAD", 2},
    };
    for (const auto& [code, exponent] : expected) {
        const Currency currency = Currency::fromCode(code);
        EXPECT_EQ(currency.code(), code);
        EXPECT_EQ(currency.exponent(), exponent) << code;
    }
}

TEST(CurrencyTest, UnknownOrMalformedCodesAreRejected)
{
    for (const char* code : {"", "EU", "EURO", "eur", "XYZ", " EUR", "EUR "}) {
        EXPECT_DOMAIN_ERROR(Currency::fromCode(code), "currency", "unknown_currency");
        EXPECT_FALSE(Currency::isKnown(code)) << code;
    }
}

TEST(CurrencyTest, EqualityComparesCodes)
{
    EXPECT_EQ(Currency::fromCode("EUR"), Currency::fromCode("EUR"));
    EXPECT_FALSE(Currency::fromCode("EUR") == Currency::fromCode("USD"));
}

TEST(CurrencyTest, KnownCodesAreAllParseable)
{
    const auto codes = Currency::knownCodes();
    EXPECT_GE(codes.size(), 18U);
    for (const auto& code : codes) {
        EXPECT_EQ(Currency::fromCode(code).code(), code);
    }
}
