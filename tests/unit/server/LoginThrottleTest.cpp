#include "auth/LoginThrottle.h"

#include <chrono>
#include <gtest/gtest.h>
#include <string>

namespace ebm::auth
{
namespace
{

using namespace std::chrono_literals;

constexpr auto kLockout = std::chrono::seconds(15min);

// A throttle with the default policy on a manual clock, and shortcuts for one client.
class LoginThrottleTest : public ::testing::Test
{
protected:
    LoginThrottleTest()
        : m_clock(std::chrono::sys_days{std::chrono::year{2026} / 8 / 2})
        , m_throttle(m_clock, LoginThrottle::Policy{})
    {
    }

    void fail(const std::string& email, int times = 1, const std::string& address = "203.0.113.7")
    {
        for (int i = 0; i < times; ++i) {
            m_throttle.recordFailure(email, address);
        }
    }

    std::optional<std::chrono::seconds> retryAfter(const std::string& email,
                                                   const std::string& address = "203.0.113.7")
    {
        return m_throttle.retryAfter(email, address);
    }

    ManualClock m_clock;
    LoginThrottle m_throttle;
};

TEST_F(LoginThrottleTest, FourFailuresAreAllowedTheFifthLocks)
{
    fail("alice@example.com", 4);
    EXPECT_EQ(retryAfter("alice@example.com"), std::nullopt);
    fail("alice@example.com");
    EXPECT_EQ(retryAfter("alice@example.com"), kLockout);
    EXPECT_EQ(retryAfter("bob@example.com"), std::nullopt) << "other accounts are not locked";
}

TEST_F(LoginThrottleTest, RetryAfterCountsDownAndTheLockEnds)
{
    fail("alice@example.com", 5);
    m_clock.advance(60s);
    EXPECT_EQ(retryAfter("alice@example.com"), kLockout - 60s);
    m_clock.advance(kLockout - 61s);
    EXPECT_EQ(retryAfter("alice@example.com"), 1s);
    m_clock.advance(1s);
    EXPECT_EQ(retryAfter("alice@example.com"), std::nullopt);
}

TEST_F(LoginThrottleTest, AfterTheLockACountStartsAfresh)
{
    fail("alice@example.com", 5);
    m_clock.advance(kLockout);
    fail("alice@example.com", 4);
    EXPECT_EQ(retryAfter("alice@example.com"), std::nullopt);
    fail("alice@example.com");
    EXPECT_EQ(retryAfter("alice@example.com"), kLockout);
}

TEST_F(LoginThrottleTest, FailuresWhileLockedDoNotExtendTheLock)
{
    fail("alice@example.com", 5);
    m_clock.advance(10min);
    fail("alice@example.com", 3, "198.51.100.1");
    EXPECT_EQ(retryAfter("alice@example.com"), 5min);
}

TEST_F(LoginThrottleTest, WindowExpiryResetsTheCount)
{
    fail("alice@example.com", 4);
    m_clock.advance(15min);
    fail("alice@example.com", 4);
    EXPECT_EQ(retryAfter("alice@example.com"), std::nullopt);
    fail("alice@example.com");
    EXPECT_EQ(retryAfter("alice@example.com"), kLockout);
}

TEST_F(LoginThrottleTest, WindowStartsAtTheFirstFailure)
{
    fail("alice@example.com", 3);
    m_clock.advance(14min);
    fail("alice@example.com", 2);
    EXPECT_EQ(retryAfter("alice@example.com"), kLockout);
}

TEST_F(LoginThrottleTest, SuccessResetsTheAccountButNotTheAddress)
{
    fail("alice@example.com", 4);
    m_throttle.recordSuccess("alice@example.com", "203.0.113.7");
    fail("alice@example.com", 4);
    EXPECT_EQ(retryAfter("alice@example.com"), std::nullopt);

    fail("mallory@example.com", 12);
    m_throttle.recordSuccess("mallory@example.com", "203.0.113.7");
    EXPECT_EQ(retryAfter("carol@example.com"), kLockout) << "8 + 12 = 20 failures from the address";
}

TEST_F(LoginThrottleTest, AddressLimitLocksAcrossManyEmails)
{
    for (int i = 0; i < 19; ++i) {
        fail("user" + std::to_string(i) + "@example.com");
    }
    EXPECT_EQ(retryAfter("someone@example.com"), std::nullopt);
    fail("user19@example.com");
    EXPECT_EQ(retryAfter("someone@example.com"), kLockout);
    EXPECT_EQ(retryAfter("someone@example.com", "198.51.100.1"), std::nullopt)
        << "only that address is locked";
}

TEST_F(LoginThrottleTest, LongestLockOfAccountAndAddressWins)
{
    fail("alice@example.com", 5, "198.51.100.1");
    m_clock.advance(5min);
    for (int i = 0; i < 20; ++i) {
        fail("user" + std::to_string(i) + "@example.com");
    }
    EXPECT_EQ(retryAfter("alice@example.com", "203.0.113.7"), kLockout);
    m_clock.advance(11min);
    EXPECT_EQ(retryAfter("alice@example.com", "203.0.113.7"), 4min);
    EXPECT_EQ(retryAfter("alice@example.com", "192.0.2.5"), std::nullopt);
}

TEST_F(LoginThrottleTest, UnknownAndKnownEmailsBehaveTheSame)
{
    // The throttle never sees whether an account exists: the same calls give the same answers.
    for (const std::string email : {"known@example.com", "nobody@example.com"}) {
        const std::string address = "addr-" + email;
        fail(email, 4, address);
        EXPECT_EQ(retryAfter(email, address), std::nullopt) << email;
        fail(email, 1, address);
        EXPECT_EQ(retryAfter(email, address), kLockout) << email;
    }
}

TEST_F(LoginThrottleTest, AccountKeysIgnoreCase)
{
    fail("Alice@Example.COM", 4);
    fail("alice@example.com");
    EXPECT_EQ(retryAfter("ALICE@EXAMPLE.COM", "192.0.2.5"), kLockout);
}

TEST(LoginThrottlePolicyTest, TableStaysBoundedAndKeepsTheNewestLocks)
{
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 8 / 2});
    LoginThrottle::Policy policy;
    policy.maxFailures = 1;
    policy.maxEntries = 3;
    LoginThrottle throttle(clock, policy);
    for (int i = 0; i < 10; ++i) {
        throttle.recordFailure("user" + std::to_string(i), "address" + std::to_string(i));
        clock.advance(1s);
    }
    EXPECT_EQ(throttle.retryAfter("user0", "address0"), std::nullopt) << "oldest evicted";
    EXPECT_EQ(throttle.retryAfter("user9", "address9"), kLockout - 1s);
    EXPECT_EQ(throttle.retryAfter("user7", "address7"), kLockout - 3s);
}

TEST(LoginThrottlePolicyTest, RejectsZeroLimits)
{
    const ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 8 / 2});
    LoginThrottle::Policy policy;
    policy.maxFailures = 0;
    EXPECT_THROW(LoginThrottle throttle(clock, policy), std::invalid_argument);
}

} // namespace
} // namespace ebm::auth
