#include "domain/Clock.h"

#include <gtest/gtest.h>
#include <memory>
#include <thread>
#include <vector>

using namespace ebm;
using namespace std::chrono;

namespace
{

const sys_seconds kStart = sys_days{2026y / August / 2} + hours{19} + minutes{40};

} // namespace

TEST(ClockTest, ManualClockOnlyMovesWhenTold)
{
    ManualClock clock(kStart);
    EXPECT_EQ(clock.now(), kStart);
    EXPECT_EQ(clock.now(), kStart);
    clock.advance(hours{24});
    EXPECT_EQ(clock.now(), kStart + hours{24});
    clock.advance(seconds{-30});
    EXPECT_EQ(clock.now(), kStart + hours{24} - seconds{30});
    clock.set(kStart - days{400});
    EXPECT_EQ(clock.now(), kStart - days{400});
}

TEST(ClockTest, ManualClockIsUsableThroughTheInterface)
{
    const std::unique_ptr<Clock> clock = std::make_unique<ManualClock>(kStart);
    EXPECT_EQ(clock->now(), kStart);
}

TEST(ClockTest, ManualClockAdvanceIsThreadSafe)
{
    ManualClock clock(kStart);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&clock] {
            for (int i = 0; i < 1000; ++i) {
                clock.advance(seconds{1});
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(clock.now(), kStart + seconds{4000});
}

TEST(ClockTest, OffsetClockStartsAtTheGivenInstantAndAdvances)
{
    OffsetClock clock(kStart);
    EXPECT_GE(clock.now(), kStart);
    clock.advance(days{30});
    EXPECT_GE(clock.now(), kStart + days{30});
    clock.advance(days{335});
    EXPECT_GE(clock.now(), kStart + days{365});
}

TEST(ClockTest, SystemClockIsNearTheRealTime)
{
    const SystemClock clock;
    const auto real = floor<seconds>(system_clock::now());
    EXPECT_GE(clock.now(), real);
    EXPECT_LT(clock.now(), real + minutes{5});
}
