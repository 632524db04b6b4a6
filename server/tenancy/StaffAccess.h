#pragma once

#include "auth/Principal.h"
#include "store/AuditLogRepository.h"
#include "tenancy/TenantScope.h"

#include <chrono>
#include <string>

namespace ebm::tenancy
{

// The staff-wide path into any organization's data (the original system's all_tenants()):
// only for staff users, with a reason, and every use written to the audit log first.
class StaffAccess final
{
public:
    static TenantScope scopeFor(const std::string& organizationId, const auth::Principal& staff,
                                const std::string& reason, const std::string& requestId,
                                store::AuditLogRepository& audit, std::chrono::sys_seconds at);
};

} // namespace ebm::tenancy
