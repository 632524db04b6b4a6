#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace ebm
{

// The source of "now" for every rule that depends on time, so tests can move time instead of
// sleeping.
class Clock
{
public:
    Clock() = default;
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;
    virtual ~Clock();

    virtual std::chrono::sys_seconds now() const = 0;
};

// The real UTC wall clock.
class SystemClock final : public Clock
{
public:
    std::chrono::sys_seconds now() const override;
};

// A clock that only moves when told to (unit tests); thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::chrono::sys_seconds start);

    std::chrono::sys_seconds now() const override;
    void set(std::chrono::sys_seconds instant);
    void advance(std::chrono::seconds delta);

private:
    std::atomic<std::int64_t> m_seconds;
};

// A clock that starts at a chosen instant, then runs on with real elapsed time (measured on the
// monotonic steady clock) plus whatever advance() added: integration tests and demos. Thread-safe.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(std::chrono::sys_seconds start);

    std::chrono::sys_seconds now() const override;
    void advance(std::chrono::seconds delta);

private:
    std::chrono::sys_seconds m_start;
    std::chrono::steady_clock::time_point m_createdAt;
    std::atomic<std::int64_t> m_advancedSeconds{0};
};

} // namespace ebm
