#include "store/WebhookEventRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/LOB.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

WebhookEventRepository::WebhookEventRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::pair<std::int64_t, bool> WebhookEventRepository::record(const WebhookEvent& event,
                                                             std::chrono::sys_seconds at)
{
    std::string provider = event.provider, eventId = event.eventId, type = event.eventType,
                headers = event.headersJson, timestamp = formatIso8601(at);
    Poco::Data::BLOB body(reinterpret_cast<const unsigned char*>(event.rawBody.data()),
                          event.rawBody.size());
    Poco::Nullable<int> valid;
    if (event.signatureValid)
        valid = *event.signatureValid ? 1 : 0;
    Poco::Data::Statement insert(m_session);
    insert << "INSERT INTO webhook_events (provider, event_id, event_type, raw_headers, raw_body, "
              "signature_valid, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (provider, event_id) DO NOTHING",
        use(provider), use(eventId), use(type), use(headers), use(body), use(valid), use(timestamp);
    const bool inserted = insert.execute() > 0;
    Poco::Int64 id = 0;
    m_session << "SELECT id FROM webhook_events WHERE provider = ? AND event_id = ?", use(provider),
        use(eventId), into(id), now;
    return {id, !inserted};
}

bool WebhookEventRepository::wasProcessed(std::int64_t id)
{
    Poco::Int64 boundId = id;
    int processed = 0;
    m_session << "SELECT COUNT(*) FROM webhook_events WHERE id = ? AND processed_at IS NOT NULL "
                 "AND processing_error IS NULL",
        use(boundId), into(processed), now;
    return processed > 0;
}

void WebhookEventRepository::markProcessed(std::int64_t id, const std::string& error,
                                           std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    std::string timestamp = formatIso8601(at);
    auto boundError = nullable(error);
    m_session << "UPDATE webhook_events SET processed_at = ?, processing_error = ? WHERE id = ?",
        use(timestamp), use(boundError), use(boundId), now;
}

} // namespace ebm::store
