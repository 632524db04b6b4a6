#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One try at delivering an event: the answer's status code or the error that prevented one.
struct WebhookAttemptRecord
{
    int attempt = 0;
    std::string attemptedAt;
    std::optional<std::int64_t> responseCode;
    std::string error;
    std::int64_t durationMs = 0;
};

// One event for one endpoint, with its state and attempts.
struct WebhookDeliveryRecord
{
    std::int64_t id = 0;
    std::int64_t endpointId = 0;
    std::string eventId;
    std::string eventType;
    std::string payloadJson;
    std::string status; // pending | sending | delivered | failed
    int attempts = 0;
    std::string nextAttemptAt;
    std::string firstAttemptAt;
    std::optional<std::int64_t> lastResponseCode;
    std::string lastError;
    std::string deliveredAt;
    std::string createdAt;
    std::vector<WebhookAttemptRecord> attemptLog;
};

// An event to queue for an organization's endpoints.
struct OutgoingWebhookEvent
{
    std::string eventId;
    std::string eventType;
    std::string payloadJson;
};

// An organization's webhook deliveries: queued for its endpoints when an event happens, listed
// per endpoint with their attempts.
class WebhookDeliveryRepository final
{
public:
    WebhookDeliveryRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    // One delivery per active endpoint subscribed to the event's type, while the organization's
    // plan has API access; answers how many.
    std::int64_t enqueueForSubscribers(const OutgoingWebhookEvent& event,
                                       std::chrono::sys_seconds at);
    // One delivery to that endpoint whatever it subscribed to (the test ping); its id.
    std::optional<std::int64_t> enqueueFor(std::int64_t endpointId,
                                           const OutgoingWebhookEvent& event,
                                           std::chrono::sys_seconds at);

    std::int64_t count(std::int64_t endpointId);
    // Newest first, each with its attempts.
    std::vector<WebhookDeliveryRecord> list(std::int64_t endpointId, std::int64_t offset,
                                            std::int64_t limit);
    std::optional<WebhookDeliveryRecord> find(std::int64_t id);

private:
    std::vector<WebhookAttemptRecord> attemptsOf(std::int64_t deliveryId);

    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
