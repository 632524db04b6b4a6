#pragma once

#include "tenancy/TenantScope.h"

#include <string>

namespace ebm::tenancy
{

// The server's own path into an organization's data, for work no user requests directly:
// provisioning after a payment and scheduled jobs. Callers write their own audit entries
// (actor "system") in the same transaction.
class SystemAccess final
{
public:
    static TenantScope scopeFor(const std::string& organizationId);
};

} // namespace ebm::tenancy
