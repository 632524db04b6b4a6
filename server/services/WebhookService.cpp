#include "services/WebhookService.h"

#include "http/ApiError.h"
#include "quota/QuotaGuard.h"
#include "security/TokenGenerator.h"
#include "services/CustomerEvents.h"
#include "services/InventoryWrite.h"
#include "services/RequireFound.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

const char* const kTargetType = "webhook_endpoint";

void requireApiAccess(const quota::QuotaGuard& quotas)
{
    if (quotas.plan().features.apiAccess)
        return;
    ApiError error(403, "feature_not_available",
                   "Webhooks need API access, which your plan does not include. Upgrade the plan "
                   "to use them.");
    error.with("feature", "api_access");
    throw error;
}

// A read of the organization's endpoints, refused like the writes on plans without API access.
Poco::Data::Session readSession(store::Database& database, const tenancy::TenantScope& scope,
                                std::chrono::sys_seconds at)
{
    Poco::Data::Session session = database.session();
    requireApiAccess(quota::QuotaGuard(session, scope, at));
    return session;
}

} // namespace

WebhookService::WebhookService(store::Database& database, const Clock& clock,
                               const security::SecretBox& secrets)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{
}

std::string WebhookService::secretContext(std::int64_t endpointId)
{
    return "webhook_endpoint:" + std::to_string(endpointId) + ":secret";
}

Page<store::WebhookEndpointRecord> WebhookService::list(const tenancy::TenantScope& scope,
                                                        std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = readSession(m_database, scope, m_clock.now());
    store::WebhookEndpointRepository endpoints(session, scope);
    return {endpoints.count(), endpoints.list(offset, limit)};
}

store::WebhookEndpointRecord WebhookService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = readSession(m_database, scope, m_clock.now());
    return requireFound(store::WebhookEndpointRepository(session, scope).find(id));
}

WebhookService::CreatedEndpoint WebhookService::create(const tenancy::TenantScope& scope,
                                                       store::WebhookEndpointRecord endpoint,
                                                       const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    requireApiAccess(write.quotas());
    store::WebhookEndpointRepository endpoints(write.session(), scope);
    const std::int64_t id = endpoints.create(endpoint, write.at());
    CreatedEndpoint created;
    created.secret = "whsec_" + security::TokenGenerator::newToken();
    endpoints.setSecret(id, m_secrets.seal(created.secret, secretContext(id)));
    created.record = *endpoints.find(id);
    write.commit({"webhook_endpoint.created", kTargetType, std::to_string(id), false});
    return created;
}

store::WebhookEndpointRecord WebhookService::update(const tenancy::TenantScope& scope,
                                                    std::int64_t id, const EndpointChanges& changes,
                                                    const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    requireApiAccess(write.quotas());
    store::WebhookEndpointRepository endpoints(write.session(), scope);
    auto endpoint = requireFound(endpoints.find(id));
    endpoint.url = changes.url.value_or(endpoint.url);
    endpoint.description = changes.description.value_or(endpoint.description);
    endpoint.eventTypes = changes.eventTypes.value_or(endpoint.eventTypes);
    endpoint.active = changes.active.value_or(endpoint.active);
    endpoints.update(endpoint, write.at());
    endpoint = *endpoints.find(id);
    write.commit({"webhook_endpoint.updated", kTargetType, std::to_string(id), false});
    return endpoint;
}

void WebhookService::remove(const tenancy::TenantScope& scope, std::int64_t id,
                            const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    requireApiAccess(write.quotas());
    if (!store::WebhookEndpointRepository(write.session(), scope).remove(id))
        throw ApiError::notFound();
    write.commit({"webhook_endpoint.deleted", kTargetType, std::to_string(id), false});
}

Page<store::WebhookDeliveryRecord> WebhookService::deliveries(const tenancy::TenantScope& scope,
                                                              std::int64_t id, std::int64_t offset,
                                                              std::int64_t limit)
{
    Poco::Data::Session session = readSession(m_database, scope, m_clock.now());
    requireFound(store::WebhookEndpointRepository(session, scope).find(id));
    store::WebhookDeliveryRepository deliveries(session, scope);
    return {deliveries.count(id), deliveries.list(id, offset, limit)};
}

store::WebhookDeliveryRecord WebhookService::ping(const tenancy::TenantScope& scope,
                                                  std::int64_t id, const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    requireApiAccess(write.quotas());
    const auto event = CustomerEvents::ping(scope.organizationId());
    const std::string eventId = EventPublisher::newEventId();
    store::WebhookDeliveryRepository deliveries(write.session(), scope);
    const auto deliveryId = deliveries.enqueueFor(
        id, {eventId, event.type, EventPublisher::payloadJson(eventId, event, write.at())},
        write.at());
    if (!deliveryId)
        throw ApiError::notFound();
    auto delivery = *deliveries.find(*deliveryId);
    write.commit({"webhook_endpoint.pinged", kTargetType, std::to_string(id), false});
    return delivery;
}

} // namespace ebm::services
