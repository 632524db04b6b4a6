#include "TestSupport.h"
#include "domain/SubscriptionPeriod.h"

#include <gtest/gtest.h>

using namespace ebm;
using namespace std::chrono;

namespace
{

sys_seconds at(year_month_day date, hours h = hours{10}, minutes m = minutes{30})
{
    return sys_days{date} + h + m;
}

} // namespace

TEST(SubscriptionPeriodTest, MonthlyKeepsDayAndTimeOfDay)
{
    EXPECT_EQ(addBillingCycles(at(2026y / August / 2), BillingCycle::Monthly, 2),
              at(2026y / September / 2));
    EXPECT_EQ(addBillingCycles(at(2026y / August / 2), BillingCycle::Monthly, 2, 3),
              at(2026y / November / 2));
    EXPECT_EQ(
        addBillingCycles(at(2026y / August / 2, hours{23}, minutes{59}), BillingCycle::Monthly, 2),
        at(2026y / September / 2, hours{23}, minutes{59}));
}

TEST(SubscriptionPeriodTest, MonthEndsClampAndReturnToTheAnchor)
{
    EXPECT_EQ(addBillingCycles(at(2026y / January / 31), BillingCycle::Monthly, 31),
              at(2026y / February / 28));
    EXPECT_EQ(addBillingCycles(at(2028y / January / 31), BillingCycle::Monthly, 31),
              at(2028y / February / 29));
    EXPECT_EQ(addBillingCycles(at(2026y / February / 28), BillingCycle::Monthly, 31),
              at(2026y / March / 31));
    EXPECT_EQ(addBillingCycles(at(2026y / March / 31), BillingCycle::Monthly, 31),
              at(2026y / April / 30));
    EXPECT_EQ(addBillingCycles(at(2026y / April / 30), BillingCycle::Monthly, 31),
              at(2026y / May / 31));
    EXPECT_EQ(addBillingCycles(at(2026y / April / 30), BillingCycle::Monthly, 30),
              at(2026y / May / 30));
    EXPECT_EQ(addBillingCycles(at(2026y / January / 30), BillingCycle::Monthly, 30),
              at(2026y / February / 28));
    EXPECT_EQ(addBillingCycles(at(2026y / February / 28), BillingCycle::Monthly, 30),
              at(2026y / March / 30));
    EXPECT_EQ(addBillingCycles(at(2026y / January / 31), BillingCycle::Monthly, 31, 2),
              at(2026y / March / 31));
}

TEST(SubscriptionPeriodTest, DecemberRollsIntoNextYear)
{
    EXPECT_EQ(addBillingCycles(at(2026y / December / 31), BillingCycle::Monthly, 31),
              at(2027y / January / 31));
    EXPECT_EQ(addBillingCycles(at(2026y / December / 15), BillingCycle::Monthly, 15),
              at(2027y / January / 15));
    EXPECT_EQ(addBillingCycles(at(2026y / December / 31), BillingCycle::Yearly, 31),
              at(2027y / December / 31));
    EXPECT_EQ(addBillingCycles(at(2026y / November / 30), BillingCycle::Monthly, 30, 3),
              at(2027y / February / 28));
}

TEST(SubscriptionPeriodTest, MonthlyChainFromJanuary31)
{
    SubscriptionPeriod period = firstPeriod(at(2027y / January / 31), BillingCycle::Monthly);
    const year_month_day expectedEnds[] = {
        2027y / February / 28, 2027y / March / 31,    2027y / April / 30,    2027y / May / 31,
        2027y / June / 30,     2027y / July / 31,     2027y / August / 31,   2027y / September / 30,
        2027y / October / 31,  2027y / November / 30, 2027y / December / 31, 2028y / January / 31,
        2028y / February / 29};
    for (const year_month_day& expectedEnd : expectedEnds) {
        EXPECT_EQ(period.end, at(expectedEnd)) << static_cast<unsigned>(expectedEnd.month());
        const SubscriptionPeriod next = nextPeriod(period, BillingCycle::Monthly, 31);
        EXPECT_EQ(next.start, period.end);
        period = next;
    }
}

TEST(SubscriptionPeriodTest, YearlyAnchorOnLeapDay)
{
    SubscriptionPeriod period = firstPeriod(at(2024y / February / 29), BillingCycle::Yearly);
    EXPECT_EQ(period.start, at(2024y / February / 29));
    const year_month_day expectedEnds[] = {2025y / February / 28, 2026y / February / 28,
                                           2027y / February / 28, 2028y / February / 29,
                                           2029y / February / 28, 2032y / February / 29};
    EXPECT_EQ(period.end, at(expectedEnds[0]));
    for (std::size_t i = 1; i < 5; ++i) {
        period = nextPeriod(period, BillingCycle::Yearly, 29);
        EXPECT_EQ(period.end, at(expectedEnds[i])) << i;
    }
    EXPECT_EQ(addBillingCycles(at(2024y / February / 29), BillingCycle::Yearly, 29, 8),
              at(expectedEnds[5]));
}

TEST(SubscriptionPeriodTest, FirstPeriodUsesTheStartDayAsAnchor)
{
    const SubscriptionPeriod period =
        firstPeriod(at(2026y / August / 2, hours{19}, minutes{40}), BillingCycle::Monthly);
    EXPECT_EQ(period.start, at(2026y / August / 2, hours{19}, minutes{40}));
    EXPECT_EQ(period.end, at(2026y / September / 2, hours{19}, minutes{40}));
    EXPECT_EQ(wholeDaysBetween(period.start, period.end), 31);
    const SubscriptionPeriod yearly = firstPeriod(at(2026y / August / 2), BillingCycle::Yearly);
    EXPECT_EQ(yearly.end, at(2027y / August / 2));
    EXPECT_EQ(wholeDaysBetween(yearly.start, yearly.end), 365);
}

TEST(SubscriptionPeriodTest, NegativeCountsGoBack)
{
    EXPECT_EQ(addBillingCycles(at(2026y / March / 31), BillingCycle::Monthly, 31, -1),
              at(2026y / February / 28));
    EXPECT_EQ(addBillingCycles(at(2026y / March / 31), BillingCycle::Yearly, 31, -1),
              at(2025y / March / 31));
}

TEST(SubscriptionPeriodTest, InvalidAnchorIsRejected)
{
    EXPECT_DOMAIN_ERROR(addBillingCycles(at(2026y / March / 1), BillingCycle::Monthly, 0),
                        "anchor_day", "invalid_anchor");
    EXPECT_DOMAIN_ERROR(addBillingCycles(at(2026y / March / 1), BillingCycle::Monthly, 32),
                        "anchor_day", "invalid_anchor");
}

TEST(SubscriptionPeriodTest, WholeDaysTruncate)
{
    const sys_seconds start = at(2026y / August / 2);
    EXPECT_EQ(wholeDaysBetween(start, start), 0);
    EXPECT_EQ(wholeDaysBetween(start, start + hours{23}), 0);
    EXPECT_EQ(wholeDaysBetween(start, start + hours{24}), 1);
    EXPECT_EQ(wholeDaysBetween(start, start + hours{71}), 2);
    EXPECT_EQ(wholeDaysBetween(start + hours{71}, start), -2);
    EXPECT_EQ(wholeDaysBetween(at(2024y / February / 1), at(2024y / March / 1)), 29);
}

TEST(SubscriptionPeriodTest, TheAnchorDayIsTheUtcDayOfTheStart)
{
    EXPECT_EQ(anchorDayOf(at(2026y / January / 31, hours{23}, minutes{59})), 31u);
    EXPECT_EQ(anchorDayOf(at(2026y / February / 1, hours{0}, minutes{0})), 1u);
    EXPECT_EQ(firstPeriod(at(2026y / January / 31), BillingCycle::Monthly).end,
              at(2026y / February / 28));
}
