#pragma once

#include "domain/Roles.h"

#include <cstddef>
#include <string>

namespace ebm::http
{

// Who may call a route, declared beside it in the route table and enforced by the AccessGuard
// before the handler runs. The isolation test suite reads these declarations (`ebm-server
// routes`), so a new tenant route is covered the day it is added.
struct RoutePolicy
{
    enum class Access
    {
        Public,        // anyone
        Authenticated, // any signed-in user
        Tenant,        // a member of the current organization, with `permission`
        Staff          // staff users only
    };

    Access access = Access::Public;
    Permission permission = Permission::Read;
    // Tenant: the organization comes from this path parameter instead of X-Organization-ID.
    std::string organizationParam;
    // Tenant: still served when the organization is pending/suspended/expired/cancelled
    // (billing, payment and read-only account pages, so a customer can pay to reactivate).
    bool allowInactiveOrganization = false;
    // Tenant: an organization API key may call it (the backup engine).
    bool allowApiKey = false;
    // Tenant: what the route's {id} names, for the isolation suite ("esxi_server", …).
    std::string resource;
    // The largest body this route takes; 0 = the server's http.max_body_bytes (uploads).
    std::size_t maxBodyBytes = 0;
    // Public: the handler reads the Authorization header itself (the built-in provider
    // simulators take the providers' Basic and Bearer credentials), so the guard ignores it.
    bool ownAuthorization = false;
    // A web page: the caller is identified by the session cookie (never the Authorization
    // header), a form POST must carry the CSRF token, and errors answer as HTML pages.
    bool page = false;

    static RoutePolicy publicRoute()
    {
        return {};
    }
    static RoutePolicy authenticated()
    {
        return {Access::Authenticated, Permission::Read, "", false, false, "", 0, false, false};
    }
    static RoutePolicy staff()
    {
        return {Access::Staff, Permission::Read, "", false, false, "", 0, false, false};
    }
    static RoutePolicy tenant(Permission permission, std::string resource = "")
    {
        return {Access::Tenant, permission, "", false, false, std::move(resource), 0, false, false};
    }
    static RoutePolicy publicPage()
    {
        return RoutePolicy().asPage();
    }

    RoutePolicy& organizationFromPath(std::string param)
    {
        organizationParam = std::move(param);
        return *this;
    }
    RoutePolicy& evenWhenInactive()
    {
        allowInactiveOrganization = true;
        return *this;
    }
    RoutePolicy& apiKeysToo()
    {
        allowApiKey = true;
        return *this;
    }
    RoutePolicy& bodyUpTo(std::size_t bytes)
    {
        maxBodyBytes = bytes;
        return *this;
    }
    RoutePolicy& withOwnAuthorization()
    {
        ownAuthorization = true;
        return *this;
    }
    RoutePolicy& asPage()
    {
        page = true;
        return *this;
    }
};

} // namespace ebm::http
