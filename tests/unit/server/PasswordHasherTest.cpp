#include "auth/PasswordHasher.h"

#include <gtest/gtest.h>

namespace ebm::auth
{
namespace
{

constexpr int kFastIterations = 1000; // unit tests only; production uses the 600,000 default

TEST(PasswordHasherTest, DefaultIsAtLeast600000Iterations)
{
    EXPECT_GE(PasswordHasher::kDefaultIterations, 600000);
}

TEST(PasswordHasherTest, HashVerifiesOnlyTheSamePassword)
{
    const PasswordHasher hasher(kFastIterations);
    const std::string encoded = hasher.hash("s3cret passphrase");
    EXPECT_TRUE(hasher.verify("s3cret passphrase", encoded));
    EXPECT_FALSE(hasher.verify("s3cret passphrasE", encoded));
    EXPECT_FALSE(hasher.verify("", encoded));
}

TEST(PasswordHasherTest, EncodingStoresItsParametersAndASalt)
{
    const PasswordHasher hasher(kFastIterations);
    const std::string first = hasher.hash("same");
    const std::string second = hasher.hash("same");
    EXPECT_EQ(first.rfind("pbkdf2_sha256$1000$", 0), 0u) << first;
    EXPECT_NE(first, second) << "each hash has its own salt";
    EXPECT_EQ(first.find("same"), std::string::npos);
}

TEST(PasswordHasherTest, OlderParametersStillVerifyAndAskForARehash)
{
    const std::string old = PasswordHasher(kFastIterations).hash("pw");
    const PasswordHasher stronger(kFastIterations * 2);
    EXPECT_TRUE(stronger.verify("pw", old));
    EXPECT_TRUE(stronger.needsRehash(old));
    EXPECT_FALSE(PasswordHasher(kFastIterations).needsRehash(old));
}

TEST(PasswordHasherTest, MalformedEncodingsNeverVerify)
{
    const PasswordHasher hasher(kFastIterations);
    for (const std::string bad :
         {"", "plain", "md5$1$a$b", "pbkdf2_sha256$x$a$b", "pbkdf2_sha256$1000$$"})
        EXPECT_FALSE(hasher.verify("pw", bad)) << bad;
}

} // namespace
} // namespace ebm::auth
