#pragma once

#include "domain/Clock.h"
#include "security/SecretBox.h"
#include "services/Page.h"
#include "store/Database.h"
#include "store/WebhookDeliveryRepository.h"
#include "store/WebhookEndpointRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// An organization's outgoing webhook endpoints (plans with API access only): registered with a
// signing secret generated here and shown once, changed, deleted, tested with a ping, and their
// deliveries listed with every attempt. Every change is audited.
class WebhookService final
{
public:
    // An endpoint just registered and its signing secret, which is never shown again.
    struct CreatedEndpoint
    {
        store::WebhookEndpointRecord record;
        std::string secret;
    };

    // The fields a PATCH changes; absent ones stay as they are.
    struct EndpointChanges
    {
        std::optional<std::string> url;
        std::optional<std::string> description;
        std::optional<std::vector<std::string>> eventTypes;
        std::optional<bool> active;
    };

    WebhookService(store::Database& database, const Clock& clock,
                   const security::SecretBox& secrets);

    Page<store::WebhookEndpointRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                            std::int64_t limit);
    store::WebhookEndpointRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    CreatedEndpoint create(const tenancy::TenantScope& scope, store::WebhookEndpointRecord endpoint,
                           const std::string& requestId);
    store::WebhookEndpointRecord update(const tenancy::TenantScope& scope, std::int64_t id,
                                        const EndpointChanges& changes,
                                        const std::string& requestId);
    void remove(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);
    Page<store::WebhookDeliveryRecord> deliveries(const tenancy::TenantScope& scope,
                                                  std::int64_t id, std::int64_t offset,
                                                  std::int64_t limit);
    // Queues a "ping" event for the endpoint alone (active or not); the delivery, due now.
    store::WebhookDeliveryRecord ping(const tenancy::TenantScope& scope, std::int64_t id,
                                      const std::string& requestId);

    // The associated data the endpoint's sealed secret is bound to.
    static std::string secretContext(std::int64_t endpointId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    const security::SecretBox& m_secrets;
};

} // namespace ebm::services
