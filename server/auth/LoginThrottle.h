#pragma once

#include "domain/Clock.h"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace ebm::auth
{

// Refuses repeated failed logins, counted per account key (the lower-cased email, whether or not
// such an account exists, so unknown emails and wrong passwords behave the same) and per client
// address. In memory and thread-safe; time comes from the injected clock.
class LoginThrottle final
{
public:
    struct Policy
    {
        int maxFailures = 5;
        std::chrono::seconds window{15 * 60};
        std::chrono::seconds lockout{15 * 60};
        int maxFailuresPerAddress = 20;
        // Tracked keys per kind (accounts, addresses); expired ones are dropped first.
        std::size_t maxEntries = 100'000;
    };

    // Throws std::invalid_argument for limits or durations below 1.
    LoginThrottle(const Clock& clock, Policy policy);

    // The remaining time of the longest active lock on either key, at least one second.
    std::optional<std::chrono::seconds> retryAfter(const std::string& accountKey,
                                                   const std::string& address) const;
    void recordFailure(const std::string& accountKey, const std::string& address);
    // Clears the account's failures; the address keeps its count.
    void recordSuccess(const std::string& accountKey, const std::string& address);

private:
    // Failures of one key inside the window that began at its first failure, and its lock.
    struct Counter
    {
        int failures = 0;
        std::chrono::sys_seconds windowStart{};
        std::chrono::sys_seconds lockedUntil{};
    };
    using Counters = std::unordered_map<std::string, Counter>;

    bool isLocked(const Counter& counter, std::chrono::sys_seconds now) const;
    bool isExpired(const Counter& counter, std::chrono::sys_seconds now) const;
    std::optional<std::chrono::seconds> lockRemaining(const Counters& counters,
                                                      const std::string& key,
                                                      std::chrono::sys_seconds now) const;
    void fail(Counters& counters, const std::string& key, int limit, std::chrono::sys_seconds now);
    void makeRoom(Counters& counters, std::chrono::sys_seconds now) const;
    void sweep(std::chrono::sys_seconds now);

    const Clock& m_clock;
    Policy m_policy;
    mutable std::mutex m_mutex;
    Counters m_accounts;
    Counters m_addresses;
    std::chrono::sys_seconds m_nextSweep{};
};

} // namespace ebm::auth
