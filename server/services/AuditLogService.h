#pragma once

#include "store/AuditLogRepository.h"
#include "store/Database.h"

#include <cstdint>
#include <vector>

namespace ebm::services
{

// Staff reading of the audit log: every organization's entries, filtered and paged.
class AuditLogService final
{
public:
    struct EntryPage
    {
        std::int64_t count;
        std::vector<store::AuditRecord> entries;
    };

    explicit AuditLogService(store::Database& database);

    EntryPage list(const store::AuditFilter& filter, std::int64_t offset, std::int64_t limit);

private:
    store::Database& m_database;
};

} // namespace ebm::services
