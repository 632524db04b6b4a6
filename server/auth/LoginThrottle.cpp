#include "auth/LoginThrottle.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace ebm::auth
{

namespace
{

std::string lowerCased(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

void requireValid(const LoginThrottle::Policy& policy)
{
    if (policy.maxFailures < 1 || policy.maxFailuresPerAddress < 1 || policy.maxEntries < 1 ||
        policy.window.count() < 1 || policy.lockout.count() < 1)
        throw std::invalid_argument("login throttle limits and durations must be at least 1");
}

} // namespace

LoginThrottle::LoginThrottle(const Clock& clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
    requireValid(m_policy);
}

std::optional<std::chrono::seconds> LoginThrottle::retryAfter(const std::string& accountKey,
                                                              const std::string& address) const
{
    const auto now = m_clock.now();
    const std::lock_guard lock(m_mutex);
    const auto account = lockRemaining(m_accounts, lowerCased(accountKey), now);
    const auto client = lockRemaining(m_addresses, address, now);
    if (account && client)
        return std::max(*account, *client);
    return account ? account : client;
}

void LoginThrottle::recordFailure(const std::string& accountKey, const std::string& address)
{
    const auto now = m_clock.now();
    const std::lock_guard lock(m_mutex);
    sweep(now);
    fail(m_accounts, lowerCased(accountKey), m_policy.maxFailures, now);
    fail(m_addresses, address, m_policy.maxFailuresPerAddress, now);
}

void LoginThrottle::recordSuccess(const std::string& accountKey,
                                  [[maybe_unused]] const std::string& address)
{
    const auto now = m_clock.now();
    const std::lock_guard lock(m_mutex);
    const auto it = m_accounts.find(lowerCased(accountKey));
    if (it == m_accounts.end())
        return;
    it->second.failures = 0;
    if (isExpired(it->second, now))
        m_accounts.erase(it);
}

bool LoginThrottle::isLocked(const Counter& counter, std::chrono::sys_seconds now) const
{
    return now < counter.lockedUntil;
}

bool LoginThrottle::isExpired(const Counter& counter, std::chrono::sys_seconds now) const
{
    return !isLocked(counter, now) &&
           (counter.failures == 0 || now >= counter.windowStart + m_policy.window);
}

std::optional<std::chrono::seconds> LoginThrottle::lockRemaining(const Counters& counters,
                                                                 const std::string& key,
                                                                 std::chrono::sys_seconds now) const
{
    const auto it = counters.find(key);
    if (it == counters.end() || !isLocked(it->second, now))
        return std::nullopt;
    return it->second.lockedUntil - now;
}

// Failures while locked are not counted: the lock ends when it was announced to end.
void LoginThrottle::fail(Counters& counters, const std::string& key, int limit,
                         std::chrono::sys_seconds now)
{
    auto it = counters.find(key);
    if (it == counters.end()) {
        makeRoom(counters, now);
        it = counters.emplace(key, Counter{}).first;
    }
    Counter& counter = it->second;
    if (isLocked(counter, now))
        return;
    if (isExpired(counter, now))
        counter = Counter{0, now, {}};
    if (++counter.failures >= limit) {
        counter.failures = 0;
        counter.lockedUntil = now + m_policy.lockout;
    }
}

// Drops every expired counter, at most once per window, so idle keys do not linger.
void LoginThrottle::sweep(std::chrono::sys_seconds now)
{
    if (now < m_nextSweep)
        return;
    const auto expired = [&](const auto& entry) { return isExpired(entry.second, now); };
    std::erase_if(m_accounts, expired);
    std::erase_if(m_addresses, expired);
    m_nextSweep = now + m_policy.window;
}

// Drops expired counters once the map is full; if every counter is still live, the one that
// would expire first goes, so memory stays bounded whatever the traffic.
void LoginThrottle::makeRoom(Counters& counters, std::chrono::sys_seconds now) const
{
    if (counters.size() < m_policy.maxEntries)
        return;
    std::erase_if(counters, [&](const auto& entry) { return isExpired(entry.second, now); });
    if (counters.size() < m_policy.maxEntries)
        return;
    const auto endOf = [this](const Counter& c) {
        return std::max(c.lockedUntil, c.windowStart + m_policy.window);
    };
    counters.erase(
        std::min_element(counters.begin(), counters.end(), [&](const auto& a, const auto& b) {
            return endOf(a.second) < endOf(b.second);
        }));
}

} // namespace ebm::auth
