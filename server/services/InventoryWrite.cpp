#include "services/InventoryWrite.h"

#include "store/AuditLogRepository.h"

namespace ebm::services
{

InventoryWrite::InventoryWrite(store::Database& database, const tenancy::TenantScope& scope,
                               std::chrono::sys_seconds at, std::string requestId)
    : m_session(database.session())
    , m_transaction(m_session)
    , m_scope(scope)
    , m_at(at)
    , m_requestId(std::move(requestId))
    , m_quotas(m_session, scope, at)
{
}

void InventoryWrite::commit(const Outcome& outcome)
{
    if (outcome.usageChanged)
        m_quotas.afterChange();
    store::AuditEntry entry;
    entry.actorKind = m_scope.userId() ? "user" : "api_key";
    entry.actorUserId = m_scope.userId();
    entry.organizationId = m_scope.organizationId();
    entry.action = outcome.action;
    entry.targetType = outcome.targetType;
    entry.targetId = outcome.targetId;
    entry.requestId = m_requestId;
    store::AuditLogRepository(m_session).append(entry, m_at);
    m_transaction.commit();
}

} // namespace ebm::services
