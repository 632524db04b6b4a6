#pragma once

#include "domain/Roles.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ebm::tenancy
{

class TenantResolver;
class StaffAccess;
class SystemAccess;

// Proof that the current request may act inside one organization, with the caller's role.
// Repositories of tenant-owned tables require one. Only TenantResolver (after checking the
// caller's membership), StaffAccess (staff-wide access, audited) and SystemAccess (provisioning
// and jobs) can create it.
class TenantScope final
{
public:
    const std::string& organizationId() const
    {
        return m_organizationId;
    }
    // The acting user; empty when an organization API key acts.
    std::optional<std::int64_t> userId() const
    {
        return m_userId;
    }
    Role role() const
    {
        return m_role;
    }
    bool allows(Permission permission) const
    {
        return ebm::allows(m_role, permission);
    }

private:
    friend class TenantResolver;
    friend class StaffAccess;
    friend class SystemAccess;

    TenantScope(std::string organizationId, std::optional<std::int64_t> userId, Role role)
        : m_organizationId(std::move(organizationId))
        , m_userId(userId)
        , m_role(role)
    {
    }

    std::string m_organizationId;
    std::optional<std::int64_t> m_userId;
    Role m_role;
};

} // namespace ebm::tenancy
