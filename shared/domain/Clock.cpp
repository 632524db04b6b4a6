#include "domain/Clock.h"

namespace ebm
{

using namespace std::chrono;

Clock::~Clock() = default;

sys_seconds SystemClock::now() const
{
    return floor<seconds>(system_clock::now());
}

ManualClock::ManualClock(sys_seconds start)
    : m_seconds(start.time_since_epoch().count())
{
}

sys_seconds ManualClock::now() const
{
    return sys_seconds{seconds{m_seconds.load()}};
}

void ManualClock::set(sys_seconds instant)
{
    m_seconds.store(instant.time_since_epoch().count());
}

void ManualClock::advance(seconds delta)
{
    m_seconds.fetch_add(delta.count());
}

OffsetClock::OffsetClock(sys_seconds start)
    : m_start(start)
    , m_createdAt(steady_clock::now())
{
}

sys_seconds OffsetClock::now() const
{
    const auto elapsed = floor<seconds>(steady_clock::now() - m_createdAt);
    return m_start + elapsed + seconds{m_advancedSeconds.load()};
}

void OffsetClock::advance(seconds delta)
{
    m_advancedSeconds.fetch_add(delta.count());
}

} // namespace ebm
