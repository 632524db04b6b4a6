#include "http/RateLimiter.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace ebm::http
{
namespace
{

using std::chrono::seconds;

class RateLimiterTest : public ::testing::Test
{
protected:
    ManualClock m_clock{std::chrono::sys_days{std::chrono::year{2026} / 11 / 26}};
};

TEST_F(RateLimiterTest, AllowsTheLimitThenAnswersTheWaitUntilTheWindowEnds)
{
    RateLimiter limiter(m_clock, {3, seconds(60), 100});
    for (int attempt = 0; attempt < 3; ++attempt)
        EXPECT_FALSE(limiter.attempt("a")) << attempt;
    m_clock.advance(seconds(20));
    EXPECT_EQ(limiter.attempt("a"), seconds(40));
    EXPECT_FALSE(limiter.attempt("b")) << "another key has its own count";
    m_clock.advance(seconds(39));
    EXPECT_EQ(limiter.attempt("a"), seconds(1));
    m_clock.advance(seconds(1));
    EXPECT_FALSE(limiter.attempt("a")) << "a new window starts";
}

TEST_F(RateLimiterTest, ForgetsExpiredKeysFirstWhenFull)
{
    RateLimiter limiter(m_clock, {1, seconds(60), 2});
    EXPECT_FALSE(limiter.attempt("old"));
    m_clock.advance(seconds(61));
    EXPECT_FALSE(limiter.attempt("a"));
    m_clock.advance(seconds(1));
    EXPECT_FALSE(limiter.attempt("b")); // "old" expired and made room
    EXPECT_TRUE(limiter.attempt("a")) << "a live key keeps its count";
    EXPECT_FALSE(limiter.attempt("c")); // full of live keys: the oldest window ("a") goes
    EXPECT_TRUE(limiter.attempt("b"));
    EXPECT_FALSE(limiter.attempt("a")) << "a was forgotten";
}

TEST_F(RateLimiterTest, RefusesLimitsBelowOne)
{
    EXPECT_THROW(RateLimiter(m_clock, {0, seconds(60), 10}), std::invalid_argument);
    EXPECT_THROW(RateLimiter(m_clock, {1, seconds(0), 10}), std::invalid_argument);
}

} // namespace
} // namespace ebm::http
