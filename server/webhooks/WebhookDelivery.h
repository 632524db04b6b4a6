#pragma once

#include "domain/Clock.h"
#include "payments/ProviderHttpClient.h"
#include "security/SecretBox.h"
#include "store/Database.h"
#include "store/WebhookQueueRepository.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace ebm::webhooks
{

// The deliver-webhooks job's core. One pass claims each due delivery in its own BEGIN IMMEDIATE
// transaction (pending → sending, attempts + 1, so two runs never send it at the same time),
// POSTs it outside any transaction, then records the attempt and the outcome: delivered on a
// 2xx answer; otherwise pending again after an exponential backoff (1, 2, 4 … minutes, capped),
// never later than three days after the first attempt; failed when an attempt at or after that
// deadline fails too.
//
// The request: the stored JSON payload with Content-Type application/json and
//   X-EBM-Event: <type>   X-EBM-Delivery: <delivery id>   X-EBM-Timestamp: <Unix seconds>
//   X-EBM-Signature: sha256=<lower-case hex HMAC-SHA256(secret, timestamp + "." + body)>
// At least once: a deliverer that stops after the receiver got the request but before recording
// the answer leaves the delivery `sending` until its claim ends; it is then sent again with the
// same X-EBM-Delivery, which receivers use to drop duplicates.
class WebhookDelivery final
{
public:
    struct Policy
    {
        std::chrono::seconds firstRetryDelay{std::chrono::minutes(1)};
        std::chrono::seconds maxRetryDelay{std::chrono::hours(6)};
        std::chrono::seconds giveUpAfter{std::chrono::days(3)};
        std::chrono::seconds sendingTimeout{std::chrono::minutes(5)};
        int maxPerPass = 200;
    };

    struct Counts
    {
        int delivered = 0;
        int retried = 0;
        int failed = 0;
    };

    WebhookDelivery(store::Database& database, const Clock& clock,
                    const security::SecretBox& secrets, const payments::ProviderHttpClient& http,
                    Policy policy);

    // One pass over the due deliveries; safe beside other passes and processes.
    Counts runOnce();
    void requestStop();

    // "sha256=" + hex HMAC-SHA256 of timestamp + "." + body under the secret.
    static std::string signature(const std::string& secret, const std::string& timestamp,
                                 const std::string& body);
    // The wait after `attempts` failed tries: 1 min, 2, 4 … up to the cap.
    static std::chrono::seconds retryDelay(int attempts, const Policy& policy);

private:
    std::optional<store::ClaimedWebhook> claimNext();
    store::WebhookAttemptOutcome attempt(const store::ClaimedWebhook& delivery) const;
    void record(const store::ClaimedWebhook& delivery, const store::WebhookAttemptOutcome& outcome,
                Counts& counts);

    store::Database& m_database;
    const Clock& m_clock;
    const security::SecretBox& m_secrets;
    const payments::ProviderHttpClient& m_http;
    Policy m_policy;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace ebm::webhooks
