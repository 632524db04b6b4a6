#include "store/AuditLogRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

AuditLogRepository::AuditLogRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

void AuditLogRepository::append(const AuditEntry& entry, std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at), actorKind = entry.actorKind, action = entry.action;
    auto actor = nullable(entry.actorUserId);
    auto organization = nullable(entry.organizationId), targetType = nullable(entry.targetType),
         targetId = nullable(entry.targetId), reason = nullable(entry.reason),
         before = nullable(entry.beforeJson), after = nullable(entry.afterJson),
         requestId = nullable(entry.requestId);
    m_session << "INSERT INTO audit_log (occurred_at, actor_kind, actor_user_id, organization_id, "
                 "action, target_type, "
                 "target_id, reason, before_json, after_json, request_id) VALUES (?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?)",
        use(timestamp), use(actorKind), use(actor), use(organization), use(action), use(targetType),
        use(targetId), use(reason), use(before), use(after), use(requestId), now;
}

} // namespace ebm::store
