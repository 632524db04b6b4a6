#include "TestSupport.h"
#include "domain/DocumentNumbers.h"

#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace ebm;
using namespace std::chrono;

TEST(DocumentNumbersTest, FormatsInvoiceNumbers)
{
    EXPECT_EQ(formatInvoiceNumber(2026y / August, 42), "INV-202608-00042");
    EXPECT_EQ(formatInvoiceNumber(2026y / December, 1), "INV-202612-00001");
    EXPECT_EQ(formatInvoiceNumber(2026y / January, 99999), "INV-202601-99999");
    EXPECT_EQ(invoiceNumberPrefix(2026y / August), "INV-202608-");
    EXPECT_TRUE(
        formatInvoiceNumber(2026y / August, 7).starts_with(invoiceNumberPrefix(2026y / August)));
}

TEST(DocumentNumbersTest, InvoiceSequenceBounds)
{
    EXPECT_DOMAIN_ERROR(formatInvoiceNumber(2026y / August, 0), "sequence", "sequence_exhausted");
    EXPECT_DOMAIN_ERROR(formatInvoiceNumber(2026y / August, 100000), "sequence",
                        "sequence_exhausted");
    EXPECT_DOMAIN_ERROR(formatInvoiceNumber(year{10000} / August, 1), "month", "invalid_month");
}

TEST(DocumentNumbersTest, ParsesInvoiceNumbers)
{
    const auto parts = parseInvoiceNumber("INV-202608-00042");
    ASSERT_TRUE(parts.has_value());
    EXPECT_EQ(parts->month, 2026y / August);
    EXPECT_EQ(parts->sequence, 42U);
    for (const std::uint32_t sequence : {1U, 9U, 10U, 12345U, 99999U}) {
        const auto roundTrip = parseInvoiceNumber(formatInvoiceNumber(2031y / March, sequence));
        ASSERT_TRUE(roundTrip.has_value());
        EXPECT_EQ(*roundTrip, (InvoiceNumberParts{2031y / March, sequence}));
    }
}

TEST(DocumentNumbersTest, RejectsMalformedInvoiceNumbers)
{
    for (const char* text :
         {"", "INV-202608-0042", "INV-202608-000042", "inv-202608-00042", "INV-202613-00042",
          "INV-202600-00042", "INV-202608-00000", "INV202608-00042", "INV-202608_00042",
          "INV-2026-08-0042", "INV-20260A-00042", "ORD-202608-00042", "INV-202608-00042 "}) {
        EXPECT_FALSE(parseInvoiceNumber(text).has_value()) << text;
    }
}

TEST(DocumentNumbersTest, FormatsOrderNumbers)
{
    EXPECT_EQ(formatOrderNumber(2026y / August / 2, 0), "ORD-20260802-00000000");
    EXPECT_EQ(formatOrderNumber(2026y / August / 2, 0xFFFFFFFFFFULL), "ORD-20260802-ZZZZZZZZ");
    EXPECT_EQ(formatOrderNumber(2026y / August / 2, 31), "ORD-20260802-0000000Z");
    EXPECT_EQ(formatOrderNumber(2026y / August / 2, 32), "ORD-20260802-00000010");
    // Only the low 40 bits count.
    EXPECT_EQ(formatOrderNumber(2026y / August / 2, 0xABC0000000000ULL + 5),
              formatOrderNumber(2026y / August / 2, 5));
}

TEST(DocumentNumbersTest, OrderNumbersAreRecognisedAndUseCrockfordAlphabet)
{
    std::mt19937_64 random(5);
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string number = formatOrderNumber(2028y / February / 29, random());
        ASSERT_TRUE(isOrderNumber(number)) << number;
        ASSERT_EQ(number.substr(13).find_first_of("ILOU"), std::string::npos) << number;
        seen.insert(number);
    }
    EXPECT_GT(seen.size(), 1990U);
}

TEST(DocumentNumbersTest, RejectsMalformedOrderNumbers)
{
    for (const char* text :
         {"", "ORD-20260802-0000000", "ORD-20260802-000000000", "ORD-20260802-0000000I",
          "ORD-20260802-0000000u", "ORD-20230229-00000000", "ORD-20261302-00000000",
          "ORD-2026080-200000000", "INV-20260802-00000000", "ORD_20260802-00000000",
          "ORD-20260802-0000 000"}) {
        EXPECT_FALSE(isOrderNumber(text)) << text;
    }
    EXPECT_TRUE(isOrderNumber("ORD-20260802-7ZK3M9PQ"));
}
