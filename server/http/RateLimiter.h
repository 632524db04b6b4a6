#pragma once

#include "domain/Clock.h"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace ebm::http
{

// Limits how often one key (a client address) may do something — at most `limit` times per
// window, counted from the first time in the window. In memory and thread-safe; time comes from
// the injected clock.
class RateLimiter final
{
public:
    struct Policy
    {
        int limit = 30;
        std::chrono::seconds window{60};
        std::size_t maxKeys = 100'000; // expired keys are dropped first, then the oldest windows
    };

    // Throws std::invalid_argument for a limit or window below 1.
    RateLimiter(const Clock& clock, Policy policy);

    // Counts one attempt; when the key is over its limit, the time until it may try again.
    std::optional<std::chrono::seconds> attempt(const std::string& key);

private:
    struct Window
    {
        std::chrono::sys_seconds start{};
        int count = 0;
    };

    void makeRoom(std::chrono::sys_seconds now);

    const Clock& m_clock;
    Policy m_policy;
    std::mutex m_mutex;
    std::unordered_map<std::string, Window> m_windows;
};

} // namespace ebm::http
