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

// An outgoing webhook endpoint as its organization manages it (never its secret).
struct WebhookEndpointRecord
{
    std::int64_t id = 0;
    std::string url;
    std::string description;
    std::vector<std::string> eventTypes; // empty: every event
    bool active = true;
    std::string createdAt;
    std::string updatedAt;
};

// An organization's webhook endpoints; the signing secret is stored sealed and only read by the
// deliverer (WebhookDeliveryRepository).
class WebhookEndpointRepository final
{
public:
    WebhookEndpointRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count();
    std::vector<WebhookEndpointRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<WebhookEndpointRecord> find(std::int64_t id);
    // Inserts the endpoint with no secret yet: sealing needs its id (setSecret).
    std::int64_t create(const WebhookEndpointRecord& endpoint, std::chrono::sys_seconds at);
    void setSecret(std::int64_t id, const std::string& sealedSecret);
    // Url, description, event types and active flag; false when the endpoint is not the
    // organization's.
    bool update(const WebhookEndpointRecord& endpoint, std::chrono::sys_seconds at);
    // Deletes the endpoint with its deliveries; false when it is not the organization's.
    bool remove(std::int64_t id);

    // '*' or ",type,type," as stored.
    static std::string storedEventTypes(const std::vector<std::string>& eventTypes);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
