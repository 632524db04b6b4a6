#include "TestSupport.h"
#include "domain/Quota.h"

#include <gtest/gtest.h>
#include <limits>

using ebm::BasisPoints;
using ebm::Quota;

TEST(QuotaTest, UnlimitedAllowsEverything)
{
    const Quota quota = Quota::unlimited();
    EXPECT_TRUE(quota.isUnlimited());
    EXPECT_FALSE(quota.limit().has_value());
    EXPECT_TRUE(quota.allows(1'000'000, 1'000'000));
    EXPECT_TRUE(quota.allows(std::numeric_limits<std::int64_t>::max(),
                             std::numeric_limits<std::int64_t>::max()));
    EXPECT_FALSE(quota.usagePercent(5).has_value());
}

TEST(QuotaTest, LimitedAllowsUpToTheLimit)
{
    const Quota quota = Quota::limitedTo(10);
    EXPECT_FALSE(quota.isUnlimited());
    EXPECT_EQ(quota.limit(), 10);
    EXPECT_TRUE(quota.allows(9, 1));
    EXPECT_TRUE(quota.allows(0, 10));
    EXPECT_FALSE(quota.allows(10, 1));
    EXPECT_FALSE(quota.allows(0, 11));
    EXPECT_TRUE(quota.allows(12, -3));
    EXPECT_FALSE(quota.allows(std::numeric_limits<std::int64_t>::max(),
                              std::numeric_limits<std::int64_t>::max()));
}

TEST(QuotaTest, DefaultIsZeroLimit)
{
    const Quota quota;
    EXPECT_EQ(quota.limit(), 0);
    EXPECT_TRUE(quota.allows(0, 0));
    EXPECT_FALSE(quota.allows(0, 1));
    EXPECT_EQ(quota, Quota::limitedTo(0));
    EXPECT_NE(quota, Quota::unlimited());
}

TEST(QuotaTest, NegativeLimitIsRejected)
{
    EXPECT_DOMAIN_ERROR(Quota::limitedTo(-1), "quota", "invalid_quota");
}

TEST(QuotaTest, UsagePercentRoundsHalfAwayFromZero)
{
    EXPECT_EQ(Quota::limitedTo(3).usagePercent(1), BasisPoints{3333});
    EXPECT_EQ(Quota::limitedTo(3).usagePercent(2), BasisPoints{6667});
    EXPECT_EQ(Quota::limitedTo(10).usagePercent(5), BasisPoints{5000});
    EXPECT_EQ(Quota::limitedTo(10).usagePercent(15), BasisPoints{15000});
    EXPECT_EQ(Quota::limitedTo(20000).usagePercent(1), BasisPoints{1}); // 0.5 bp -> 1
    EXPECT_EQ(Quota::limitedTo(10).usagePercent(0), BasisPoints{0});
}

TEST(QuotaTest, UsagePercentOfZeroLimit)
{
    EXPECT_EQ(Quota::limitedTo(0).usagePercent(0), BasisPoints{0});
    EXPECT_EQ(Quota::limitedTo(0).usagePercent(3), BasisPoints{10000});
}
