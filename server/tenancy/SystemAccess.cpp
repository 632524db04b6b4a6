#include "tenancy/SystemAccess.h"

namespace ebm::tenancy
{

TenantScope SystemAccess::scopeFor(const std::string& organizationId)
{
    return TenantScope(organizationId, std::nullopt, Role::Owner);
}

} // namespace ebm::tenancy
