#include "api/Routes.h"

#include "api/AuthController.h"
#include "api/HealthController.h"
#include "api/OrganizationsController.h"
#include "api/PlansController.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <sstream>

namespace ebm::api
{

using http::RoutePolicy;

namespace
{

template<typename Controller>
http::Router::Handler bind(Controller& controller,
                           http::ApiResponse (Controller::*method)(const http::ApiRequest&))
{
    return [&controller, method](const http::ApiRequest& request) {
        return (controller.*method)(request);
    };
}

std::string accessName(RoutePolicy::Access access)
{
    switch (access) {
    case RoutePolicy::Access::Public:
        return "public";
    case RoutePolicy::Access::Authenticated:
        return "authenticated";
    case RoutePolicy::Access::Tenant:
        return "tenant";
    case RoutePolicy::Access::Staff:
        break;
    }
    return "staff";
}

void registerPublicRoutes(http::Router& router, Controllers& c)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    router.add("GET", "/healthz", open, bind(c.health, &HealthController::health));
    router.add("GET", "/metrics", open, bind(c.health, &HealthController::metrics));
    router.add("GET", "/api/tenants/plans/", open, bind(c.plans, &PlansController::list));
    router.add("GET", "/api/tenants/plans/{id}/", open, bind(c.plans, &PlansController::retrieve));
    router.add("GET", "/api/tenants/plans/{id}/features/", open,
               bind(c.plans, &PlansController::features));
    router.add("POST", "/api/tenants/plans/{id}/quote/", open,
               bind(c.plans, &PlansController::quote));
}

void registerAuthRoutes(http::Router& router, Controllers& c)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    const RoutePolicy signedIn = RoutePolicy::authenticated();
    router.add("POST", "/api/auth/login/", open, bind(c.auth, &AuthController::login));
    router.add("POST", "/api/auth/logout/", signedIn, bind(c.auth, &AuthController::logout));
    router.add("GET", "/api/auth/me/", signedIn, bind(c.auth, &AuthController::me));
    router.add("POST", "/api/auth/password-reset/", open,
               bind(c.auth, &AuthController::requestPasswordReset));
    router.add("POST", "/api/auth/password-reset/confirm/", open,
               bind(c.auth, &AuthController::confirmPasswordReset));
    router.add("POST", "/api/tenants/invitations/accept/", open,
               bind(c.auth, &AuthController::acceptInvitation));
}

void registerOrganizationRoutes(http::Router& router, Controllers& c)
{
    auto& o = c.organizations;
    const auto inOrganization = [](Permission permission) {
        return RoutePolicy::tenant(permission, "organization").organizationFromPath("id");
    };
    router.add("GET", "/api/tenants/organizations/", RoutePolicy::authenticated(),
               bind(o, &OrganizationsController::list));
    router.add("GET", "/api/tenants/organizations/{id}/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::retrieve));
    router.add("GET", "/api/tenants/organizations/{id}/members/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::members));
    router.add("POST", "/api/tenants/organizations/{id}/invite_member/",
               inOrganization(Permission::InviteMembers),
               bind(o, &OrganizationsController::inviteMember));
    router.add("PATCH", "/api/tenants/organizations/{id}/members/{member_id}/",
               inOrganization(Permission::ChangeRoles),
               bind(o, &OrganizationsController::updateMember));
    router.add("DELETE", "/api/tenants/organizations/{id}/members/{member_id}/",
               inOrganization(Permission::ChangeRoles),
               bind(o, &OrganizationsController::removeMember));
    router.add("GET", "/api/tenants/organizations/{id}/usage/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::usage));
    router.add("GET", "/api/tenants/usage-metrics/",
               RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::usageMetrics));
    router.add("GET", "/api/tenants/usage-metrics/{id}/",
               RoutePolicy::tenant(Permission::Read, "usage_metric").evenWhenInactive(),
               bind(o, &OrganizationsController::usageMetric));
    router.add("POST", "/api/admin/organizations/", RoutePolicy::staff(),
               bind(o, &OrganizationsController::createByStaff));
}

} // namespace

void registerRoutes(http::Router& router, Controllers& controllers)
{
    registerPublicRoutes(router, controllers);
    registerAuthRoutes(router, controllers);
    registerOrganizationRoutes(router, controllers);
}

std::string describeRoutes(const http::Router& router)
{
    Poco::JSON::Array::Ptr routes = new Poco::JSON::Array;
    for (const http::Router::Route& route : router.routes()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("method", route.method);
        entry->set("pattern", route.pattern);
        entry->set("access", accessName(route.policy.access));
        entry->set("permission", std::string(toString(route.policy.permission)));
        entry->set("resource", route.policy.resource);
        entry->set("organization_param", route.policy.organizationParam);
        entry->set("allow_inactive", route.policy.allowInactiveOrganization);
        entry->set("allow_api_key", route.policy.allowApiKey);
        routes->add(entry);
    }
    std::ostringstream out;
    routes->stringify(out, 2);
    return out.str();
}

} // namespace ebm::api
