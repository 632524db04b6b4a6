#include "TestSupport.h"
#include "domain/Timestamp.h"

#include <gtest/gtest.h>
#include <random>

using namespace ebm;
using namespace std::chrono;

namespace
{

sys_seconds at(year_month_day date, hours h, minutes m, seconds s = seconds{0})
{
    return sys_days{date} + h + m + s;
}

} // namespace

TEST(TimestampTest, FormatsUtcInstants)
{
    EXPECT_EQ(formatIso8601(at(2026y / August / 2, hours{19}, minutes{40})),
              "2026-08-02T19:40:00Z");
    EXPECT_EQ(formatIso8601(sys_seconds{seconds{0}}), "1970-01-01T00:00:00Z");
    EXPECT_EQ(formatIso8601(at(1999y / December / 31, hours{23}, minutes{59}, seconds{59})),
              "1999-12-31T23:59:59Z");
    EXPECT_EQ(formatIso8601(sys_seconds{seconds{-1}}), "1969-12-31T23:59:59Z");
    EXPECT_EQ(formatIso8601(at(2024y / February / 29, hours{1}, minutes{2}, seconds{3})),
              "2024-02-29T01:02:03Z");
}

TEST(TimestampTest, FormatsDates)
{
    EXPECT_EQ(formatDate(2026y / August / 2), "2026-08-02");
    EXPECT_EQ(formatDate(year{33} / January / 1), "0033-01-01");
    EXPECT_DOMAIN_ERROR(formatDate(year{10000} / January / 1), "timestamp", "invalid_timestamp");
    EXPECT_DOMAIN_ERROR(formatDate(2023y / February / 29), "timestamp", "invalid_timestamp");
}

TEST(TimestampTest, ParsesTheCanonicalForm)
{
    EXPECT_EQ(parseIso8601("2026-08-02T19:40:00Z"), at(2026y / August / 2, hours{19}, minutes{40}));
    EXPECT_EQ(parseIso8601("2024-02-29T23:59:59Z"),
              at(2024y / February / 29, hours{23}, minutes{59}, seconds{59}));
}

TEST(TimestampTest, ParsesFractionsAndOffsets)
{
    const sys_seconds expected = at(2026y / August / 2, hours{19}, minutes{40});
    EXPECT_EQ(parseIso8601("2026-08-02T19:40:00.999Z"), expected);
    EXPECT_EQ(parseIso8601("2026-08-02T19:40:00.123456+00:00"), expected);
    EXPECT_EQ(parseIso8601("2026-08-02T19:40:00+00:00"), expected);
    EXPECT_EQ(parseIso8601("2026-08-02T21:40:00+02:00"), expected);
    EXPECT_EQ(parseIso8601("2026-08-02T14:10:00-05:30"), expected);
    EXPECT_EQ(parseIso8601("2026-08-03T01:40:00+06:00"), expected);
}

TEST(TimestampTest, RejectsEverythingElse)
{
    for (const char* text : {"",
                             "2026-08-02",
                             "2026-08-02T19:40:00",
                             "2026-08-02 19:40:00Z",
                             "2026-08-02t19:40:00Z",
                             "2026-08-02T19:40:00z",
                             "2026-8-02T19:40:00Z",
                             "2026-08-02T19:40Z",
                             "2026-13-02T19:40:00Z",
                             "2026-02-30T19:40:00Z",
                             "2023-02-29T00:00:00Z",
                             "2026-08-02T24:00:00Z",
                             "2026-08-02T19:60:00Z",
                             "2026-08-02T19:40:60Z",
                             "2026-08-02T19:40:00.Z",
                             "2026-08-02T19:40:00ZZ",
                             "2026-08-02T19:40:00+0000",
                             "2026-08-02T19:40:00+24:00",
                             "2026-08-02T19:40:00+01:60",
                             " 2026-08-02T19:40:00Z",
                             "+026-08-02T19:40:00Z",
                             "2026-08-02T19:40:00Z "}) {
        EXPECT_DOMAIN_ERROR(parseIso8601(text), "timestamp", "invalid_timestamp");
    }
}

TEST(TimestampTest, PropertyFormatParseRoundTrip)
{
    std::mt19937_64 random(1);
    // 0001-01-01 .. 9999-12-31
    std::uniform_int_distribution<std::int64_t> instants(-62135596800, 253402300799);
    for (int i = 0; i < 5000; ++i) {
        const sys_seconds instant{seconds{instants(random)}};
        ASSERT_EQ(parseIso8601(formatIso8601(instant)), instant) << formatIso8601(instant);
    }
}

TEST(TimestampTest, ParsesDates)
{
    EXPECT_EQ(parseDate("2026-08-02"), 2026y / August / 2);
    EXPECT_EQ(parseDate("2024-02-29"), 2024y / February / 29);
    for (const char* text :
         {"", "2026-8-2", "2026-08-02T00:00:00Z", "2023-02-29", "2026/08/02", "2026-08-32"}) {
        EXPECT_DOMAIN_ERROR(parseDate(text), "date", "invalid_date");
    }
}
