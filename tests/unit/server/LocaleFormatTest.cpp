#include "billing/LocaleFormat.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <string>

namespace ebm::billing
{
namespace
{

const std::string kThin = "\u202f";  // between groups of thousands in French
const std::string kSpace = "\u00a0"; // before the currency code and "%" in French

Money eur(std::int64_t cents)
{
    return Money(cents, Currency::fromCode("EUR"));
}

Money xaf(std::int64_t francs)
{
    return Money(francs, Currency::fromCode("XAF"));
}

TEST(LocaleFormatTest, MoneyInFrenchGroupsThousandsWithANarrowSpaceAndADecimalComma)
{
    EXPECT_EQ(formatMoney(eur(123456), "fr"), "1" + kThin + "234,56" + kSpace + "EUR");
    EXPECT_EQ(formatMoney(eur(7900), "fr"), "79,00" + kSpace + "EUR");
    EXPECT_EQ(formatMoney(eur(5), "fr"), "0,05" + kSpace + "EUR");
    EXPECT_EQ(formatMoney(eur(0), "fr"), "0,00" + kSpace + "EUR");
}

TEST(LocaleFormatTest, MoneyInEnglishGroupsThousandsWithCommasAndADecimalPoint)
{
    EXPECT_EQ(formatMoney(eur(123456), "en"), "1,234.56 EUR");
    EXPECT_EQ(formatMoney(eur(99900), "en"), "999.00 EUR");
    EXPECT_EQ(formatMoney(eur(5), "en"), "0.05 EUR");
}

TEST(LocaleFormatTest, MoneyHasTheCurrencysNumberOfDecimals)
{
    EXPECT_EQ(formatMoney(xaf(15000), "fr"), "15" + kThin + "000" + kSpace + "XAF");
    EXPECT_EQ(formatMoney(xaf(15000), "en"), "15,000 XAF");
    EXPECT_EQ(formatMoney(xaf(500), "en"), "500 XAF");
    EXPECT_EQ(formatMoney(Money(1234567, Currency::fromCode("KWD")), "en"), "1,234.567 KWD");
}

TEST(LocaleFormatTest, MoneyGroupsLargeAmounts)
{
    EXPECT_EQ(formatMoney(eur(123456789012), "en"), "1,234,567,890.12 EUR");
    EXPECT_EQ(formatMoney(eur(123456789012), "fr"),
              "1" + kThin + "234" + kThin + "567" + kThin + "890,12" + kSpace + "EUR");
    EXPECT_EQ(formatMoney(xaf(100000000), "en"), "100,000,000 XAF");
    EXPECT_EQ(formatMoney(eur(std::numeric_limits<std::int64_t>::max()), "en"),
              "92,233,720,368,547,758.07 EUR");
}

TEST(LocaleFormatTest, AnyOtherLocaleFormatsAsEnglish)
{
    EXPECT_EQ(formatMoney(eur(123456), "de"), "1,234.56 EUR");
    EXPECT_EQ(formatDay("2026-11-25T10:00:00Z", ""), "2026-11-25");
}

constexpr std::int64_t kGB = 1'000'000'000;

TEST(LocaleFormatTest, StorageInEnglishHasNoUselessDecimal)
{
    EXPECT_EQ(formatStorage(500 * kGB, "en"), "500 GB");
    EXPECT_EQ(formatStorage(1'500 * kGB, "en"), "1.5 TB");
    EXPECT_EQ(formatStorage(1'000 * kGB, "en"), "1 TB");
    EXPECT_EQ(formatStorage(kGB / 2, "en"), "0.5 GB");
    EXPECT_EQ(formatStorage(0, "en"), "0 GB");
    EXPECT_EQ(formatStorage(400 * kGB + kGB / 2, "de"), "400.5 GB");
}

TEST(LocaleFormatTest, StorageInFrenchHasADecimalCommaAndFrenchUnits)
{
    EXPECT_EQ(formatStorage(500 * kGB, "fr"), "500" + kSpace + "Go");
    EXPECT_EQ(formatStorage(1'500 * kGB, "fr"), "1,5" + kSpace + "To");
    EXPECT_EQ(formatStorage(2'000 * kGB, "fr"), "2" + kSpace + "To");
    EXPECT_EQ(formatStorage(kGB / 2, "fr"), "0,5" + kSpace + "Go");
}

TEST(LocaleFormatTest, StorageIsCutToOneDecimalNeverRoundedUpToTheLimit)
{
    EXPECT_EQ(formatStorage(1'000 * kGB - 1, "en"), "999.9 GB");
    EXPECT_EQ(formatStorage(1'049 * kGB, "en"), "1 TB");
    EXPECT_EQ(formatStorage(80 * kGB + 99'999'999, "en"), "80 GB");
    EXPECT_EQ(formatStorage(1'234'500 * kGB, "en"), "1,234.5 TB");
    EXPECT_EQ(formatStorage(1'234'500 * kGB, "fr"), "1" + kThin + "234,5" + kSpace + "To");
}

TEST(LocaleFormatTest, PercentInEachLocale)
{
    EXPECT_EQ(formatPercent(BasisPoints{1925}, "fr"), "19,25" + kSpace + "%");
    EXPECT_EQ(formatPercent(BasisPoints{2000}, "fr"), "20" + kSpace + "%");
    EXPECT_EQ(formatPercent(BasisPoints{1925}, "en"), "19.25%");
    EXPECT_EQ(formatPercent(BasisPoints{0}, "en"), "0%");
}

TEST(LocaleFormatTest, DayOfAnInstantInEachLocale)
{
    EXPECT_EQ(formatDay("2026-11-25T10:00:00Z", "fr"), "25/11/2026");
    EXPECT_EQ(formatDay("2026-11-25T10:00:00Z", "en"), "2026-11-25");
    EXPECT_EQ(formatDay("2026-11-25T23:30:00-02:00", "fr"), "26/11/2026") << "the UTC day";
    EXPECT_EQ(formatDay("", "fr"), "");
}

} // namespace
} // namespace ebm::billing
