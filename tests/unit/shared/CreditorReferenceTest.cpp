#include "TestSupport.h"
#include "domain/CreditorReference.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace ebm;

namespace
{

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A letter and a digit whose ISO 7064 digits read the same in either order ("B1" and "1B" are
// both 111), so swapping them inside the body cannot be detected by any MOD 97 check.
bool isBlindSwap(char a, char b)
{
    const std::string pair{a, b};
    for (const char* blind : {"B1", "1B", "M2", "2M", "X3", "3X"}) {
        if (pair == blind) {
            return true;
        }
    }
    return false;
}

std::vector<std::string> randomBodies(std::size_t count)
{
    std::mt19937 random(11649);
    std::uniform_int_distribution<std::size_t> length(1, 21);
    std::uniform_int_distribution<std::size_t> character(0, kAlphabet.size() - 1);
    std::vector<std::string> bodies;
    for (std::size_t i = 0; i < count; ++i) {
        std::string body(length(random), '0');
        for (char& c : body) {
            c = kAlphabet[character(random)];
        }
        bodies.push_back(body);
    }
    return bodies;
}

} // namespace

TEST(CreditorReferenceTest, MakesTheReferenceVectors)
{
    const std::vector<std::pair<std::string, std::string>> vectors{
        {"AB2G59X56V543", "RF19AB2G59X56V543"},
        {"1234512345", "RF451234512345"},
        {"AB2G5", "RF68AB2G5"},
        {"539007547034", "RF18539007547034"},
        {"7", "RF097"},
    };
    for (const auto& [body, reference] : vectors) {
        EXPECT_EQ(makeCreditorReference(body), reference) << body;
        EXPECT_TRUE(isValidCreditorReference(reference)) << reference;
    }
}

TEST(CreditorReferenceTest, NormalisesTheBodyToUpperCase)
{
    EXPECT_EQ(makeCreditorReference("ab2g59x56v543"), "RF19AB2G59X56V543");
    EXPECT_EQ(makeCreditorReference("Ab2G5"), "RF68AB2G5");
}

TEST(CreditorReferenceTest, AcceptsBodiesOfOneTo21Characters)
{
    EXPECT_EQ(makeCreditorReference("0"), "RF040");
    EXPECT_EQ(makeCreditorReference("ZZZZZZZZZZZZZZZZZZZZZ"), "RF09ZZZZZZZZZZZZZZZZZZZZZ");
    EXPECT_EQ(makeCreditorReference(std::string(21, '0')).size(), 25U);
}

TEST(CreditorReferenceTest, RefusesInvalidBodies)
{
    for (const char* body :
         {"", "1234567890123456789012", "AB-12", "AB 12", "É1", "12.5", "RF#1", " 7", "7 "}) {
        EXPECT_DOMAIN_ERROR(makeCreditorReference(body), "reference", "invalid_reference");
    }
}

TEST(CreditorReferenceTest, ValidatesPrintedReferences)
{
    EXPECT_TRUE(isValidCreditorReference("RF18 5390 0754 7034"));
    EXPECT_TRUE(isValidCreditorReference("RF19 AB2G 59X5 6V54 3"));
    EXPECT_TRUE(isValidCreditorReference("RF09 7"));
    EXPECT_TRUE(isValidCreditorReference("RF68 AB2G 5"));
}

TEST(CreditorReferenceTest, RefusesMisplacedSpaces)
{
    for (const char* text :
         {"RF185390 0754 7034", "RF18 53900754 7034", "RF18  5390 0754 7034", " RF18539007547034",
          "RF18539007547034 ", "RF18 5390 0754 7034 ", "RF 18 5390 0754 7034",
          "RF1 8539 0075 4703 4", "RF18\t5390\t0754\t7034"}) {
        EXPECT_FALSE(isValidCreditorReference(text)) << text;
    }
}

TEST(CreditorReferenceTest, RefusesMalformedReferences)
{
    for (const char* text :
         {"", "RF", "RF18", "RF18 ", "RF0", "rf18539007547034", "RF18539007547034a",
          "Rf18539007547034", "XX18539007547034", "RFAB539007547034", "RF1A539007547034",
          "18539007547034RF", "RF18-5390-0754-7034", "RF181234567890123456789012",
          "RF19AB2G59X56V54"}) {
        EXPECT_FALSE(isValidCreditorReference(text)) << text;
    }
}

TEST(CreditorReferenceTest, RefusesCheckDigitsOutside02To98)
{
    // 00, 01 and 99 are congruent to 97, 98 and 02 mod 97 but never generated.
    EXPECT_EQ(makeCreditorReference("72"), "RF9772");
    EXPECT_FALSE(isValidCreditorReference("RF0072"));
    EXPECT_EQ(makeCreditorReference("54"), "RF9854");
    EXPECT_FALSE(isValidCreditorReference("RF0154"));
    EXPECT_EQ(makeCreditorReference("1X"), "RF021X");
    EXPECT_FALSE(isValidCreditorReference("RF991X"));
}

TEST(CreditorReferenceTest, FormatsForPrint)
{
    EXPECT_EQ(formatCreditorReferenceForPrint("RF18539007547034"), "RF18 5390 0754 7034");
    EXPECT_EQ(formatCreditorReferenceForPrint("RF19AB2G59X56V543"), "RF19 AB2G 59X5 6V54 3");
    EXPECT_EQ(formatCreditorReferenceForPrint("RF097"), "RF09 7");
    EXPECT_EQ(formatCreditorReferenceForPrint("RF451234512345"), "RF45 1234 5123 45");
    EXPECT_EQ(formatCreditorReferenceForPrint("RF18 5390 0754 7034"), "RF18 5390 0754 7034");
    EXPECT_EQ(formatCreditorReferenceForPrint("RF09ZZZZZZZZZZZZZZZZZZZZZ"),
              "RF09 ZZZZ ZZZZ ZZZZ ZZZZ ZZZZ Z");
}

TEST(CreditorReferenceTest, FormattingRefusesInvalidReferences)
{
    for (const char* text : {"", "RF19539007547034", "RF185390 07547034", "539007547034"}) {
        EXPECT_DOMAIN_ERROR(formatCreditorReferenceForPrint(text), "reference",
                            "invalid_reference");
    }
}

TEST(CreditorReferenceTest, EveryGeneratedReferenceValidates)
{
    for (const std::string& body : randomBodies(2000)) {
        const std::string reference = makeCreditorReference(body);
        EXPECT_EQ(reference.substr(4), body);
        EXPECT_TRUE(isValidCreditorReference(reference)) << reference;
        EXPECT_TRUE(isValidCreditorReference(formatCreditorReferenceForPrint(reference)))
            << reference;
    }
}

TEST(CreditorReferenceTest, SameKindSubstitutionsAreAlwaysDetected)
{
    for (const std::string& body : randomBodies(300)) {
        const std::string reference = makeCreditorReference(body);
        for (std::size_t i = 0; i < reference.size(); ++i) {
            for (const char c : kAlphabet) {
                const bool sameKind = isDigit(c) == isDigit(reference[i]);
                if (c == reference[i] || (i >= 4 && !sameKind)) {
                    continue;
                }
                std::string changed = reference;
                changed[i] = c;
                EXPECT_FALSE(isValidCreditorReference(changed)) << reference << " → " << changed;
            }
        }
    }
}

TEST(CreditorReferenceTest, LetterDigitSubstitutionsAreAlmostAlwaysDetected)
{
    // Replacing a letter (two ISO 7064 digits) by a digit, or the reverse, shifts everything
    // before it by a power of 10: about 1 change in 97 keeps the remainder. A known case:
    EXPECT_TRUE(isValidCreditorReference("RF1853900754K034"));  // 7 → K in RF18539007547034
    EXPECT_TRUE(isValidCreditorReference("RF19AB2G59356V543")); // X → 3 in RF19AB2G59X56V543
    int changes = 0;
    int detected = 0;
    for (const std::string& body : randomBodies(300)) {
        const std::string reference = makeCreditorReference(body);
        for (std::size_t i = 4; i < reference.size(); ++i) {
            for (const char c : kAlphabet) {
                if (isDigit(c) == isDigit(reference[i])) {
                    continue;
                }
                std::string changed = reference;
                changed[i] = c;
                ++changes;
                detected += isValidCreditorReference(changed) ? 0 : 1;
            }
        }
    }
    ASSERT_GT(changes, 10000);
    EXPECT_GT(detected, changes * 97 / 100);
}

TEST(CreditorReferenceTest, AdjacentSwapsAreDetectedExceptTheBlindPairs)
{
    for (const std::string& body : randomBodies(1000)) {
        const std::string reference = makeCreditorReference(body);
        for (std::size_t i = 0; i + 1 < reference.size(); ++i) {
            if (reference[i] == reference[i + 1]) {
                continue;
            }
            std::string swapped = reference;
            std::swap(swapped[i], swapped[i + 1]);
            const bool insideBody = i >= 4;
            EXPECT_EQ(isValidCreditorReference(swapped),
                      insideBody && isBlindSwap(reference[i], reference[i + 1]))
                << reference << " → " << swapped;
        }
    }
}

TEST(CreditorReferenceTest, BlindPairsShareTheirCheckDigits)
{
    EXPECT_EQ(makeCreditorReference("B1"), "RF14B1");
    EXPECT_EQ(makeCreditorReference("1B"), "RF141B");
    EXPECT_EQ(makeCreditorReference("AM2").substr(0, 4), makeCreditorReference("A2M").substr(0, 4));
    EXPECT_EQ(makeCreditorReference("X3Z").substr(0, 4), makeCreditorReference("3XZ").substr(0, 4));
}
