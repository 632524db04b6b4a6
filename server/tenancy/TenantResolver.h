#pragma once

#include "auth/Principal.h"
#include "http/RoutePolicy.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace ebm::tenancy
{

// Decides which organization a tenant request acts in and whether it may: the path's
// organization, else X-Organization-ID (which must be one of the caller's memberships), else the
// caller's default membership; then the organization's status and the role's permission.
// The only place, with StaffAccess, that creates a TenantScope.
class TenantResolver final
{
public:
    TenantResolver(Poco::Data::Session& session, std::chrono::sys_seconds at);

    TenantScope resolve(const http::RoutePolicy& policy, const auth::Principal& principal,
                        const std::optional<std::string>& organizationHeader,
                        const std::map<std::string, std::string>& pathParams);

private:
    TenantScope resolveForApiKey(const http::RoutePolicy& policy, const auth::Principal& principal,
                                 const std::optional<std::string>& organizationHeader,
                                 const std::map<std::string, std::string>& pathParams);
    TenantScope resolveForUser(const http::RoutePolicy& policy, const auth::Principal& principal,
                               const std::optional<std::string>& organizationHeader,
                               const std::map<std::string, std::string>& pathParams);
    void requireUsableStatus(const std::string& organizationId) const;

    Poco::Data::Session& m_session;
    std::chrono::sys_seconds m_at;
};

} // namespace ebm::tenancy
