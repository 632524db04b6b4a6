#include "store/WebhookDeliveryRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kDeliveries{
    .name = "webhook_deliveries",
    .select = "SELECT id, endpoint_id, event_id, event_type, payload_json, status, attempts, "
              "next_attempt_at, first_attempt_at, last_response_code, last_error, delivered_at, "
              "created_at FROM webhook_deliveries",
    .filterColumn = "endpoint_id",
    .orderBy = "webhook_deliveries.id DESC"};

WebhookDeliveryRecord deliveryFromRow(Poco::Data::RecordSet& rows)
{
    WebhookDeliveryRecord delivery;
    delivery.id = rows["id"].convert<std::int64_t>();
    delivery.endpointId = rows["endpoint_id"].convert<std::int64_t>();
    delivery.eventId = text(rows, "event_id");
    delivery.eventType = text(rows, "event_type");
    delivery.payloadJson = text(rows, "payload_json");
    delivery.status = text(rows, "status");
    delivery.attempts = rows["attempts"].convert<int>();
    delivery.nextAttemptAt = text(rows, "next_attempt_at");
    delivery.firstAttemptAt = text(rows, "first_attempt_at");
    delivery.lastResponseCode = optionalInteger(rows, "last_response_code");
    delivery.lastError = text(rows, "last_error");
    delivery.deliveredAt = text(rows, "delivered_at");
    delivery.createdAt = text(rows, "created_at");
    return delivery;
}

WebhookAttemptRecord attemptFromRow(Poco::Data::RecordSet& rows)
{
    WebhookAttemptRecord attempt;
    attempt.attempt = rows["attempt"].convert<int>();
    attempt.attemptedAt = text(rows, "attempted_at");
    attempt.responseCode = optionalInteger(rows, "response_code");
    attempt.error = text(rows, "error");
    attempt.durationMs = rows["duration_ms"].convert<std::int64_t>();
    return attempt;
}

// The columns an insert of a delivery takes from its event, after the endpoint's.
constexpr std::string_view kInsert =
    "INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_id, event_type, "
    "payload_json, next_attempt_at, created_at) SELECT e.organization_id, e.id, ?, ?, ?, ?, ? "
    "FROM webhook_endpoints e ";

} // namespace

WebhookDeliveryRepository::WebhookDeliveryRepository(Poco::Data::Session& session,
                                                     const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t WebhookDeliveryRepository::enqueueForSubscribers(const OutgoingWebhookEvent& event,
                                                              std::chrono::sys_seconds at)
{
    std::string eventId = event.eventId, type = event.eventType, payload = event.payloadJson,
                timestamp = formatIso8601(at), organization = m_scope.organizationId(),
                needle = "," + event.eventType + ",";
    Poco::Data::Statement insert(m_session);
    insert << std::string(kInsert) +
                  "JOIN organizations o ON o.id = e.organization_id JOIN plans p ON p.id = "
                  "o.plan_id WHERE e.organization_id = ? AND e.is_active = 1 AND "
                  "p.has_api_access = 1 AND (e.event_types = '*' OR instr(e.event_types, ?) > 0) "
                  "ON CONFLICT (endpoint_id, event_id) DO NOTHING",
        use(eventId), use(type), use(payload), use(timestamp), use(timestamp), use(organization),
        use(needle);
    return static_cast<std::int64_t>(insert.execute());
}

std::optional<std::int64_t> WebhookDeliveryRepository::enqueueFor(std::int64_t endpointId,
                                                                  const OutgoingWebhookEvent& event,
                                                                  std::chrono::sys_seconds at)
{
    std::string eventId = event.eventId, type = event.eventType, payload = event.payloadJson,
                timestamp = formatIso8601(at), organization = m_scope.organizationId();
    Poco::Int64 endpoint = endpointId;
    Poco::Data::Statement insert(m_session);
    insert << std::string(kInsert) + "WHERE e.organization_id = ? AND e.id = ?", use(eventId),
        use(type), use(payload), use(timestamp), use(timestamp), use(organization), use(endpoint);
    if (insert.execute() == 0)
        return std::nullopt;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

std::int64_t WebhookDeliveryRepository::count(std::int64_t endpointId)
{
    return ScopedQuery(m_session, m_scope, kDeliveries).count(endpointId);
}

std::vector<WebhookDeliveryRecord>
WebhookDeliveryRepository::list(std::int64_t endpointId, std::int64_t offset, std::int64_t limit)
{
    auto deliveries = ScopedQuery(m_session, m_scope, kDeliveries)
                          .page(deliveryFromRow, offset, limit, endpointId);
    for (WebhookDeliveryRecord& delivery : deliveries)
        delivery.attemptLog = attemptsOf(delivery.id);
    return deliveries;
}

std::optional<WebhookDeliveryRecord> WebhookDeliveryRepository::find(std::int64_t id)
{
    auto delivery = ScopedQuery(m_session, m_scope, kDeliveries).one(deliveryFromRow, id);
    if (delivery)
        delivery->attemptLog = attemptsOf(delivery->id);
    return delivery;
}

// Called only with the id of a delivery already read through the organization's scope.
std::vector<WebhookAttemptRecord> WebhookDeliveryRepository::attemptsOf(std::int64_t deliveryId)
{
    Poco::Int64 id = deliveryId;
    Poco::Data::Statement select(m_session);
    select << "SELECT attempt, attempted_at, response_code, error, duration_ms FROM "
              "webhook_attempts WHERE delivery_id = ? ORDER BY id",
        use(id);
    return rowsOf(select, &attemptFromRow);
}

} // namespace ebm::store
