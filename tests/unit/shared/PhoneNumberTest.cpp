#include "TestSupport.h"
#include "domain/PhoneNumber.h"

#include <gtest/gtest.h>
#include <string>

using namespace ebm;

TEST(PhoneNumberTest, PrependsTheCountryCodeToNationalNumbers)
{
    EXPECT_EQ(normalizeMsisdn("671234567"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("6 71 23 45 67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("671-23-45-67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("6.71.23.45.67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("(6) 71 23 45 67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn(" 699 00 11 22 "), "237699001122");
}

TEST(PhoneNumberTest, AcceptsInternationalPrefixes)
{
    EXPECT_EQ(normalizeMsisdn("+237 6 71 23 45 67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("+237671234567"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("00237 671 234 567"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("(+237) 671-234-567"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("+33 6 12 34 56 78"), "33612345678");
    EXPECT_EQ(normalizeMsisdn("0033 6 12 34 56 78"), "33612345678");
    EXPECT_EQ(normalizeMsisdn("+225 07 07 12 34 56"), "2250707123456");
}

TEST(PhoneNumberTest, KeepsNumbersThatStartWithTheirCountryCode)
{
    EXPECT_EQ(normalizeMsisdn("237671234567"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("237 6 71 23 45 67"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("33612345678"), "33612345678");
}

TEST(PhoneNumberTest, PassesTheMomoSandboxNumbersThroughUnchanged)
{
    for (const char* number : {"46733123450", "46733123451", "46733123452", "46733123453",
                               "46733123454", "56733123453"}) {
        EXPECT_EQ(normalizeMsisdn(number), number);
        EXPECT_EQ(normalizeMsisdn(std::string("+") + number), number);
    }
}

TEST(PhoneNumberTest, AcceptsE164LengthBounds)
{
    EXPECT_EQ(normalizeMsisdn("+12345678"), "12345678");
    EXPECT_EQ(normalizeMsisdn("+123456789012345"), "123456789012345");
    EXPECT_DOMAIN_ERROR(normalizeMsisdn("+1234567"), "phone", "invalid_phone");
    EXPECT_DOMAIN_ERROR(normalizeMsisdn("+1234567890123456"), "phone", "invalid_phone");
}

TEST(PhoneNumberTest, RefusesWhatIsNotAMobileNumber)
{
    for (const char* input : {"",
                              " ",
                              "+",
                              "00",
                              "abc",
                              "6712345a7",
                              "671 234 56",
                              "0671234567",
                              "+0671234567",
                              "000237671234567",
                              "++237671234567",
                              "237+671234567",
                              "+237 6712345678",
                              "+237 671 234 56",
                              "+237 2 22 23 45 67",
                              "23767123456",
                              "6/71/23/45/67",
                              "67123456",
                              "1234567",
                              "+33 6 12 34 56 78 90 12 34",
                              "0033",
                              "+237\t671234567"}) {
        EXPECT_DOMAIN_ERROR(normalizeMsisdn(input), "phone", "invalid_phone");
    }
}

TEST(PhoneNumberTest, ExplainsWhatIsExpected)
{
    try {
        normalizeMsisdn("12");
        FAIL() << "expected DomainError";
    } catch (const DomainError& error) {
        EXPECT_STREQ(error.what(), "Enter a mobile number such as +237 6 71 23 45 67.");
    }
}

TEST(PhoneNumberTest, UsesTheGivenDefaultCountryCode)
{
    // Only Cameroon's national plan is known: with another default, a number must carry its
    // country code.
    EXPECT_EQ(normalizeMsisdn("671234567", "237"), "237671234567");
    EXPECT_EQ(normalizeMsisdn("46733123450", "242"), "46733123450");
    EXPECT_EQ(normalizeMsisdn("+237 671234567", "225"), "237671234567");
    EXPECT_DOMAIN_ERROR(normalizeMsisdn("0707123456", "225"), "phone", "invalid_phone");
}

TEST(PhoneNumberTest, RefusesAnInvalidDefaultCountryCode)
{
    for (const char* code : {"", "0", "023", "2377", "+237", "CM"}) {
        EXPECT_DOMAIN_ERROR(normalizeMsisdn("671234567", code), "country_code",
                            "invalid_country_code");
    }
}
