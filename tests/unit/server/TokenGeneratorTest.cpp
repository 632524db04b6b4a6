#include "security/TokenGenerator.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>
#include <string>

namespace ebm::security
{
namespace
{

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

TEST(TokenGeneratorTest, TokenIs43Base64UrlCharacters)
{
    for (int i = 0; i < 100; ++i) {
        const std::string token = TokenGenerator::newToken();
        EXPECT_EQ(token.size(), 43u) << token;
        EXPECT_TRUE(std::all_of(token.begin(), token.end(), isBase64UrlCharacter)) << token;
    }
}

TEST(TokenGeneratorTest, ThousandTokensAreAllDistinct)
{
    std::set<std::string> tokens;
    for (int i = 0; i < 1000; ++i) {
        tokens.insert(TokenGenerator::newToken());
    }
    EXPECT_EQ(tokens.size(), 1000u);
}

TEST(TokenGeneratorTest, HashIsLowerCaseHexSha256)
{
    EXPECT_EQ(TokenGenerator::hash("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(TokenGenerator::hash(""),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(TokenGeneratorTest, HashIsDeterministicAndDiffersPerToken)
{
    const std::string token = TokenGenerator::newToken();
    EXPECT_EQ(TokenGenerator::hash(token), TokenGenerator::hash(token));
    EXPECT_EQ(TokenGenerator::hash(token).size(), 64u);
    EXPECT_NE(TokenGenerator::hash(token), TokenGenerator::hash(TokenGenerator::newToken()));
}

TEST(TokenGeneratorTest, ApiKeyHasTheScannablePrefix)
{
    const std::string key = TokenGenerator::newApiKey();
    EXPECT_EQ(key.rfind("ebm_", 0), 0u) << key;
    EXPECT_EQ(key.size(), 4u + 43u);
    EXPECT_TRUE(std::all_of(key.begin() + 4, key.end(), isBase64UrlCharacter)) << key;
}

TEST(TokenGeneratorTest, PrefixOfIsTheFirstTwelveCharacters)
{
    EXPECT_EQ(TokenGenerator::prefixOf("ebm_abcdefghijklmnop"), "ebm_abcdefgh");
    const std::string key = TokenGenerator::newApiKey();
    EXPECT_EQ(TokenGenerator::prefixOf(key), key.substr(0, 12));
    EXPECT_EQ(TokenGenerator::prefixOf("short"), "short");
}

} // namespace
} // namespace ebm::security
