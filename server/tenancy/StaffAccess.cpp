#include "tenancy/StaffAccess.h"

#include "http/ApiError.h"

namespace ebm::tenancy
{

TenantScope StaffAccess::scopeFor(const std::string& organizationId, const auth::Principal& staff,
                                  const std::string& reason, const std::string& requestId,
                                  store::AuditLogRepository& audit, std::chrono::sys_seconds at)
{
    if (staff.kind != auth::Principal::Kind::User || !staff.isStaff)
        throw http::ApiError(403, "permission_denied", "This endpoint is for staff only.");
    if (reason.empty())
        throw http::ApiError::validation("reason",
                                         "Staff access to an organization needs a reason.");
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.organizationId = organizationId;
    entry.action = "staff.tenant_access";
    entry.targetType = "organization";
    entry.targetId = organizationId;
    entry.reason = reason;
    entry.requestId = requestId;
    audit.append(entry, at);
    return TenantScope(organizationId, staff.userId, Role::Owner);
}

} // namespace ebm::tenancy
