#include "payments/simulator/CallbackQueue.h"

#include <Poco/Logger.h>

namespace ebm::payments
{

CallbackQueue::CallbackQueue(ProviderHttpClient::Options options)
    : m_http(options)
{
}

CallbackQueue::~CallbackQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CallbackQueue::post(std::string url, std::string body)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.emplace_back(std::move(url), std::move(body));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

CallbackQueue::Counts CallbackQueue::counts() const
{
    const std::lock_guard lock(m_mutex);
    return {static_cast<int>(m_queue.size()) + (m_sending ? 1 : 0), m_delivered, m_failed};
}

void CallbackQueue::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const auto [url, body] = std::move(m_queue.front());
        m_queue.pop_front();
        m_sending = true;
        lock.unlock();
        deliver(url, body);
        lock.lock();
        m_sending = false;
    }
}

void CallbackQueue::deliver(const std::string& url, const std::string& body)
{
    bool delivered = false;
    try {
        const ProviderResponse response =
            m_http.send({"POST", url, {}, body, "application/json", false});
        delivered = response.status >= 200 && response.status < 300;
    } catch (const std::exception& error) {
        Poco::Logger::get("ebm.simulator")
            .warning("callback to %s not delivered: %s", url, std::string(error.what()));
    }
    const std::lock_guard lock(m_mutex);
    ++(delivered ? m_delivered : m_failed);
}

} // namespace ebm::payments
