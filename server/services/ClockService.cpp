#include "services/ClockService.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "store/AuditLogRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

std::string nowJson(std::chrono::sys_seconds instant)
{
    return "{\"now\":\"" + formatIso8601(instant) + "\"}";
}

} // namespace

ClockService::ClockService(store::Database& database, const Clock& clock, OffsetClock* adjustable)
    : m_database(database)
    , m_clock(clock)
    , m_adjustable(adjustable)
{
}

std::chrono::sys_seconds ClockService::now() const
{
    return m_clock.now();
}

void ClockService::requireAdjustable() const
{
    if (!adjustable())
        throw ApiError(403, "clock_fixed", "The clock cannot be moved in production.");
}

std::chrono::sys_seconds ClockService::advance(const auth::Principal& staff,
                                               std::chrono::seconds delta,
                                               const std::string& requestId)
{
    requireAdjustable();
    if (delta <= std::chrono::seconds::zero() || delta > kMaxAdvance)
        throw ApiError::validation("non_field_errors",
                                   "Advance by more than zero and at most ten years.");
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto before = m_clock.now();
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = "clock.advanced";
    entry.targetType = "clock";
    entry.beforeJson = nowJson(before);
    entry.afterJson = nowJson(before + delta);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, before);
    transaction.commit();
    m_adjustable->advance(delta);
    return m_clock.now();
}

} // namespace ebm::services
