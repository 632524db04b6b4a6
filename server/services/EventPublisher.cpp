#include "services/EventPublisher.h"

#include "domain/Timestamp.h"
#include "store/NotificationRepository.h"
#include "store/WebhookDeliveryRepository.h"
#include "tenancy/SystemAccess.h"

#include <Poco/UUIDGenerator.h>
#include <sstream>

namespace ebm::services
{

EventPublisher::EventPublisher(Poco::Data::Session& session, std::chrono::sys_seconds at)
    : m_session(session)
    , m_at(at)
{
}

std::string EventPublisher::publish(const CustomerEvent& event)
{
    if (event.organizationId.empty())
        return {};
    const std::string eventId = newEventId();
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(event.organizationId);
    if (!event.kind.empty()) {
        store::NotificationRecord notification;
        notification.eventId = eventId;
        notification.eventType = event.type;
        notification.kind = event.kind;
        notification.arguments = event.arguments;
        store::NotificationRepository(m_session, scope).insert(notification, m_at);
    }
    store::WebhookDeliveryRepository(m_session, scope)
        .enqueueForSubscribers({eventId, event.type, payloadJson(eventId, event, m_at)}, m_at);
    return eventId;
}

std::string EventPublisher::payloadJson(const std::string& eventId, const CustomerEvent& event,
                                        std::chrono::sys_seconds at)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    json.set("id", eventId);
    json.set("type", event.type);
    json.set("created_at", formatIso8601(at));
    json.set("organization_id", event.organizationId);
    json.set("data", event.data);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

std::string EventPublisher::newEventId()
{
    return "evt_" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

} // namespace ebm::services
