#include "services/AuditLogService.h"

namespace ebm::services
{

AuditLogService::AuditLogService(store::Database& database)
    : m_database(database)
{
}

AuditLogService::EntryPage AuditLogService::list(const store::AuditFilter& filter,
                                                 std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::AuditLogRepository audit(session);
    return {audit.count(filter), audit.list(filter, offset, limit)};
}

} // namespace ebm::services
