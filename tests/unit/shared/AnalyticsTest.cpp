#include "TestSupport.h"
#include "domain/Analytics.h"
#include "domain/Timestamp.h"

#include <gtest/gtest.h>
#include <limits>

using namespace ebm;

namespace
{

std::vector<std::string> starts(const std::vector<SeriesBucket>& buckets)
{
    std::vector<std::string> out;
    for (const auto& bucket : buckets)
        out.push_back(formatIso8601(bucket.start) + ".." + formatIso8601(bucket.end));
    return out;
}

} // namespace

TEST(AnalyticsTest, DivisionRoundsHalfAwayFromZero)
{
    EXPECT_EQ(divideRounded(7, 2), 4);
    EXPECT_EQ(divideRounded(-7, 2), -4);
    EXPECT_EQ(divideRounded(7, -2), -4);
    EXPECT_EQ(divideRounded(-7, -2), 4);
    EXPECT_EQ(divideRounded(7, 3), 2);
    EXPECT_EQ(divideRounded(8, 3), 3);
    EXPECT_EQ(divideRounded(0, 5), 0);
    EXPECT_EQ(divideRounded(9483, 2), 4742);  // 4741.5
    EXPECT_EQ(divideRounded(17383, 3), 5794); // 5794.33
    EXPECT_EQ(divideRounded(std::numeric_limits<std::int64_t>::max(), 1),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_DOMAIN_ERROR(divideRounded(1, 0), "denominator", "division_by_zero");
    EXPECT_DOMAIN_ERROR(divideRounded(std::numeric_limits<std::int64_t>::min(), -1), "amount",
                        "amount_overflow");
}

TEST(AnalyticsTest, PercentOfRoundsToBasisPoints)
{
    EXPECT_EQ(percentOf(1, 6).value, 1667); // 16.666…
    EXPECT_EQ(percentOf(2, 7).value, 2857); // 28.571…
    EXPECT_EQ(percentOf(1, 3).value, 3333); // 33.333…
    EXPECT_EQ(percentOf(2, 3).value, 6667); // 66.666…
    EXPECT_EQ(percentOf(1, 8).value, 1250);
    EXPECT_EQ(percentOf(1, 20000).value, 1); // 0.005 % = 0.5 bp, half away from zero
    EXPECT_EQ(percentOf(1, 20001).value, 0); // 0.49998 bp
    EXPECT_EQ(percentOf(-1, 20000).value, -1);
    EXPECT_EQ(percentOf(3, 3).value, 10000);
    EXPECT_EQ(percentOf(5, 2).value, 25000); // more than 100 % is possible
    EXPECT_EQ(percentOf(0, 0).value, 0);
    EXPECT_EQ(percentOf(4, 0).value, 0);
}

TEST(AnalyticsTest, PercentWithTwoDecimalsAlwaysShowsTwo)
{
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{1667}), "16.67");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{0}), "0.00");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{5}), "0.05");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{50}), "0.50");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{10000}), "100.00");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{25000}), "250.00");
    EXPECT_EQ(percentWithTwoDecimals(BasisPoints{-1250}), "-12.50");
}

TEST(AnalyticsTest, MonthlyValueOfAYearlyPriceRoundsToTheMinorUnit)
{
    const Currency eur = Currency::fromCode("EUR"), xaf = Currency::fromCode("XAF");
    EXPECT_EQ(monthlyValue(Money(2900, eur), false), Money(2900, eur));
    EXPECT_EQ(monthlyValue(Money(29000, eur), true), Money(2417, eur));   // 2416.67
    EXPECT_EQ(monthlyValue(Money(79000, eur), true), Money(6583, eur));   // 6583.33
    EXPECT_EQ(monthlyValue(Money(150006, xaf), true), Money(12501, xaf)); // 12500.5
    EXPECT_EQ(monthlyValue(Money(150005, xaf), true), Money(12500, xaf)); // 12500.42
    EXPECT_EQ(monthlyValue(Money(0, xaf), true), Money(0, xaf));
}

TEST(AnalyticsTest, StepsParseAndPrint)
{
    EXPECT_EQ(parseSeriesStep("day"), SeriesStep::Day);
    EXPECT_EQ(parseSeriesStep("week"), SeriesStep::Week);
    EXPECT_EQ(parseSeriesStep("month"), SeriesStep::Month);
    EXPECT_EQ(toString(SeriesStep::Week), "week");
    EXPECT_DOMAIN_ERROR(parseSeriesStep("Day"), "step", "invalid_step");
    EXPECT_DOMAIN_ERROR(parseSeriesStep("hour"), "step", "invalid_step");
}

TEST(AnalyticsTest, DailyBucketsAreCutAtTheEnd)
{
    const auto buckets = seriesBuckets(parseIso8601("2026-01-10T00:00:00Z"),
                                       parseIso8601("2026-01-12T12:00:00Z"), SeriesStep::Day, 10);
    EXPECT_EQ(starts(buckets),
              (std::vector<std::string>{"2026-01-10T00:00:00Z..2026-01-11T00:00:00Z",
                                        "2026-01-11T00:00:00Z..2026-01-12T00:00:00Z",
                                        "2026-01-12T00:00:00Z..2026-01-12T12:00:00Z"}));
}

TEST(AnalyticsTest, WeeklyBucketsStartAtFrom)
{
    const auto buckets = seriesBuckets(parseIso8601("2026-01-01T06:00:00Z"),
                                       parseIso8601("2026-01-15T06:00:00Z"), SeriesStep::Week, 10);
    EXPECT_EQ(starts(buckets),
              (std::vector<std::string>{"2026-01-01T06:00:00Z..2026-01-08T06:00:00Z",
                                        "2026-01-08T06:00:00Z..2026-01-15T06:00:00Z"}));
}

TEST(AnalyticsTest, MonthlyBucketsKeepTheDayOfMonth)
{
    const auto buckets = seriesBuckets(parseIso8601("2024-01-31T00:00:00Z"),
                                       parseIso8601("2024-05-01T00:00:00Z"), SeriesStep::Month, 10);
    EXPECT_EQ(starts(buckets),
              (std::vector<std::string>{"2024-01-31T00:00:00Z..2024-02-29T00:00:00Z",
                                        "2024-02-29T00:00:00Z..2024-03-31T00:00:00Z",
                                        "2024-03-31T00:00:00Z..2024-04-30T00:00:00Z",
                                        "2024-04-30T00:00:00Z..2024-05-01T00:00:00Z"}));
}

TEST(AnalyticsTest, RangeAndPointLimitsAreChecked)
{
    const auto day = parseIso8601("2026-01-01T00:00:00Z");
    EXPECT_DOMAIN_ERROR(seriesBuckets(day, day, SeriesStep::Day, 10), "to", "invalid_range");
    EXPECT_DOMAIN_ERROR(seriesBuckets(day + std::chrono::days{1}, day, SeriesStep::Day, 10), "to",
                        "invalid_range");
    EXPECT_EQ(seriesBuckets(day, day + std::chrono::days{10}, SeriesStep::Day, 10).size(), 10u);
    EXPECT_DOMAIN_ERROR(seriesBuckets(day, day + std::chrono::days{11}, SeriesStep::Day, 10),
                        "step", "too_many_points");
    EXPECT_DOMAIN_ERROR(seriesBuckets(day, day + std::chrono::days{10} + std::chrono::seconds{1},
                                      SeriesStep::Day, 10),
                        "step", "too_many_points");
}
