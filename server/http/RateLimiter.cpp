#include "http/RateLimiter.h"

#include <algorithm>
#include <stdexcept>

namespace ebm::http
{

RateLimiter::RateLimiter(const Clock& clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{
    if (policy.limit < 1 || policy.window.count() < 1 || policy.maxKeys < 1)
        throw std::invalid_argument("rate limits must be at least 1");
}

std::optional<std::chrono::seconds> RateLimiter::attempt(const std::string& key)
{
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock.now());
    const std::lock_guard lock(m_mutex);
    auto found = m_windows.find(key);
    if (found == m_windows.end() || now >= found->second.start + m_policy.window) {
        if (found == m_windows.end() && m_windows.size() >= m_policy.maxKeys)
            makeRoom(now);
        m_windows[key] = {now, 1};
        return std::nullopt;
    }
    Window& window = found->second;
    if (window.count >= m_policy.limit)
        return std::max(std::chrono::seconds(1), window.start + m_policy.window - now);
    ++window.count;
    return std::nullopt;
}

void RateLimiter::makeRoom(std::chrono::sys_seconds now)
{
    std::erase_if(m_windows,
                  [&](const auto& entry) { return now >= entry.second.start + m_policy.window; });
    if (m_windows.size() < m_policy.maxKeys)
        return;
    const auto oldest =
        std::min_element(m_windows.begin(), m_windows.end(), [](const auto& a, const auto& b) {
            return a.second.start < b.second.start;
        });
    m_windows.erase(oldest);
}

} // namespace ebm::http
