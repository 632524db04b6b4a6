#pragma once

#include "domain/Clock.h"
#include "payments/simulator/PayPalSimulatorSigner.h"

#include <Poco/Net/HTTPClientSession.h>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace ebm::payments
{

// Delivers the PayPal simulator's webhook events the way PayPal does — POSTed with the
// PAYPAL-TRANSMISSION-* headers, signed over "id|time|webhook id|crc32(body)", retried on
// failure — from one background thread, so the simulated API never waits for our own webhook
// handler. The thread and the signing key (PayPalSimulatorSigner) are made on the first event,
// so commands that never send one generate nothing. At destruction, queued events are dropped,
// a delivery in progress is aborted and the thread is joined.
class PayPalWebhookSender final
{
public:
    struct Config
    {
        std::string url; // <APP_BASE_URL>/webhooks/paypal/
        std::string webhookId;
        std::filesystem::path certificateDirectory;
        std::chrono::milliseconds connectTimeout{5000};
    };

    // How many events were delivered (2xx), given up and still waiting.
    struct Counts
    {
        int delivered = 0;
        int failed = 0;
        int queued = 0;
    };

    PayPalWebhookSender(Config config, const Clock& clock);
    ~PayPalWebhookSender();
    PayPalWebhookSender(const PayPalWebhookSender&) = delete;
    PayPalWebhookSender& operator=(const PayPalWebhookSender&) = delete;

    // Queues one event body (JSON text); starts the thread on first use.
    void enqueue(std::string body);
    Counts counts() const;

private:
    // The PAYPAL-TRANSMISSION-* values of one delivery.
    struct Transmission
    {
        std::string id;
        std::string time;
        std::string signature;
    };

    void run();
    bool deliver(const std::string& body);
    std::optional<Transmission> sign(const std::string& body);
    bool post(const Transmission& transmission, const std::string& body);

    Config m_config;
    const Clock& m_clock;
    std::unique_ptr<PayPalSimulatorSigner> m_signer; // only the worker thread touches it
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    Counts m_counts;
    bool m_stopping = false;
    Poco::Net::HTTPClientSession* m_delivering = nullptr; // aborted at destruction
    std::thread m_worker;
};

} // namespace ebm::payments
