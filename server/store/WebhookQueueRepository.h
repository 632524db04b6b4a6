#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// A delivery claimed for one attempt: where to send what, and how to sign it.
struct ClaimedWebhook
{
    std::int64_t id = 0;
    std::int64_t endpointId = 0;
    std::string url;
    std::string sealedSecret;
    std::string eventId;
    std::string eventType;
    std::string payloadJson;
    int attempts = 0; // this one included
    std::chrono::sys_seconds firstAttemptAt{};
};

// The outcome of one attempt, as recorded in webhook_attempts and on the delivery.
struct WebhookAttemptOutcome
{
    std::optional<std::int64_t> responseCode;
    std::string error;
    std::int64_t durationMs = 0;
};

// The deliverer's side of webhook_deliveries, across organizations (a system job): claims due
// deliveries and records each attempt's outcome. A claim moves pending → sending with
// next_attempt_at as the end of its lease; each outcome changes only a row still sending.
class WebhookQueueRepository final
{
public:
    explicit WebhookQueueRepository(Poco::Data::Session& session);

    // The oldest due pending delivery, claimed; call inside a WriteTransaction.
    std::optional<ClaimedWebhook> claimDue(std::chrono::sys_seconds now,
                                           std::chrono::sys_seconds leaseUntil);
    // Deliveries still sending when their lease ended (the deliverer stopped mid-send): pending
    // and due now. Answers how many.
    int releaseExpiredClaims(std::chrono::sys_seconds now);

    void recordAttempt(const ClaimedWebhook& delivery, const WebhookAttemptOutcome& outcome,
                       std::chrono::sys_seconds at);
    void markDelivered(std::int64_t id, const WebhookAttemptOutcome& outcome,
                       std::chrono::sys_seconds at);
    void markRetry(std::int64_t id, const WebhookAttemptOutcome& outcome,
                   std::chrono::sys_seconds nextAttempt);
    void markFailed(std::int64_t id, const WebhookAttemptOutcome& outcome);

private:
    void finish(std::int64_t id, const std::string& status, const WebhookAttemptOutcome& outcome,
                const std::optional<std::string>& nextAttempt,
                const std::optional<std::string>& deliveredAt);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
