#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// A provider delivery as received: stored raw before anything is decided from it.
struct WebhookEvent
{
    std::string provider; // paypal | mtn_momo
    std::string eventId;  // the provider's id, or a digest of the body when it has none
    std::string eventType;
    std::string headersJson;
    std::string rawBody;
    std::optional<bool> signatureValid; // nullopt: the provider does not sign (MoMo)
};

// The webhook_events table: every delivery once per (provider, event id), its verification and
// whether it was processed, so duplicates are recognised and failures can be looked at again.
class WebhookEventRepository final
{
public:
    explicit WebhookEventRepository(Poco::Data::Session& session);

    // Stores the event; answers its row id and whether the same event was already stored.
    std::pair<std::int64_t, bool> record(const WebhookEvent& event, std::chrono::sys_seconds at);
    bool wasProcessed(std::int64_t id);
    void markProcessed(std::int64_t id, const std::string& error, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
