#pragma once

#include "payments/ProviderHttpClient.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace ebm::payments
{

// Posts a simulator's callbacks (JSON bodies) from one background thread, in the order queued,
// so that no API answer waits for a delivery. The thread starts with the first callback; the
// destructor drops what is still queued and joins it.
class CallbackQueue final
{
public:
    // What became of the callbacks so far: still to send (or being sent), answered 2xx, not.
    struct Counts
    {
        int pending = 0;
        int delivered = 0;
        int failed = 0;
    };

    explicit CallbackQueue(ProviderHttpClient::Options options);
    ~CallbackQueue();
    CallbackQueue(const CallbackQueue&) = delete;
    CallbackQueue& operator=(const CallbackQueue&) = delete;

    void post(std::string url, std::string body);
    Counts counts() const;

private:
    void run();
    void deliver(const std::string& url, const std::string& body);

    ProviderHttpClient m_http;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::string, std::string>> m_queue;
    bool m_sending = false;
    bool m_stopping = false;
    int m_delivered = 0;
    int m_failed = 0;
    std::thread m_thread;
};

} // namespace ebm::payments
