#include "store/WebhookQueueRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

ClaimedWebhook claimedFromRow(Poco::Data::RecordSet& rows)
{
    ClaimedWebhook claimed;
    claimed.id = rows["id"].convert<std::int64_t>();
    claimed.endpointId = rows["endpoint_id"].convert<std::int64_t>();
    claimed.url = text(rows, "url");
    claimed.sealedSecret = text(rows, "secret_sealed");
    claimed.eventId = text(rows, "event_id");
    claimed.eventType = text(rows, "event_type");
    claimed.payloadJson = text(rows, "payload_json");
    claimed.attempts = rows["attempts"].convert<int>();
    claimed.firstAttemptAt = parseIso8601(text(rows, "first_attempt_at"));
    return claimed;
}

} // namespace

WebhookQueueRepository::WebhookQueueRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::optional<ClaimedWebhook> WebhookQueueRepository::claimDue(std::chrono::sys_seconds instant,
                                                               std::chrono::sys_seconds leaseUntil)
{
    std::string at = formatIso8601(instant), lease = formatIso8601(leaseUntil);
    Poco::Nullable<Poco::Int64> due;
    m_session << "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND "
                 "next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
        use(at), into(due), now;
    if (due.isNull())
        return std::nullopt;
    Poco::Int64 id = due.value();
    Poco::Data::Statement claim(m_session);
    claim << "UPDATE webhook_deliveries SET status = 'sending', attempts = attempts + 1, "
             "first_attempt_at = COALESCE(first_attempt_at, ?), next_attempt_at = ? "
             "WHERE id = ? AND status = 'pending'",
        use(at), use(lease), use(id);
    if (claim.execute() == 0)
        return std::nullopt;
    Poco::Data::Statement select(m_session);
    select << "SELECT d.id, d.endpoint_id, e.url, e.secret_sealed, d.event_id, d.event_type, "
              "d.payload_json, d.attempts, d.first_attempt_at FROM webhook_deliveries d "
              "JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = ?",
        use(id);
    return rowsOf(select, &claimedFromRow).front();
}

int WebhookQueueRepository::releaseExpiredClaims(std::chrono::sys_seconds now)
{
    std::string at = formatIso8601(now);
    Poco::Data::Statement requeue(m_session);
    requeue << "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? "
               "WHERE status = 'sending' AND next_attempt_at <= ?",
        use(at), use(at);
    return static_cast<int>(requeue.execute());
}

void WebhookQueueRepository::recordAttempt(const ClaimedWebhook& delivery,
                                           const WebhookAttemptOutcome& outcome,
                                           std::chrono::sys_seconds at)
{
    Poco::Int64 id = delivery.id, duration = outcome.durationMs;
    int attempt = delivery.attempts;
    std::string timestamp = formatIso8601(at);
    auto code = nullable(outcome.responseCode);
    auto error = nullable(outcome.error);
    m_session << "INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, "
                 "response_code, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
        use(id), use(attempt), use(timestamp), use(code), use(error), use(duration), now;
}

void WebhookQueueRepository::markDelivered(std::int64_t id, const WebhookAttemptOutcome& outcome,
                                           std::chrono::sys_seconds at)
{
    finish(id, "delivered", outcome, std::nullopt, formatIso8601(at));
}

void WebhookQueueRepository::markRetry(std::int64_t id, const WebhookAttemptOutcome& outcome,
                                       std::chrono::sys_seconds nextAttempt)
{
    finish(id, "pending", outcome, formatIso8601(nextAttempt), std::nullopt);
}

void WebhookQueueRepository::markFailed(std::int64_t id, const WebhookAttemptOutcome& outcome)
{
    finish(id, "failed", outcome, std::nullopt, std::nullopt);
}

// A delivery keeps its last next_attempt_at when the outcome sets none (delivered, failed).
void WebhookQueueRepository::finish(std::int64_t id, const std::string& status,
                                    const WebhookAttemptOutcome& outcome,
                                    const std::optional<std::string>& nextAttempt,
                                    const std::optional<std::string>& deliveredAt)
{
    Poco::Int64 boundId = id;
    std::string boundStatus = status;
    auto code = nullable(outcome.responseCode);
    auto error = nullable(outcome.error);
    auto next = nullable(nextAttempt);
    auto delivered = nullable(deliveredAt);
    m_session << "UPDATE webhook_deliveries SET status = ?, last_response_code = ?, "
                 "last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at), "
                 "delivered_at = ? WHERE id = ? AND status = 'sending'",
        use(boundStatus), use(code), use(error), use(next), use(delivered), use(boundId), now;
}

} // namespace ebm::store
