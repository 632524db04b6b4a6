#include "api/Routes.h"

#include "api/HealthController.h"
#include "api/PlansController.h"

namespace ebm::api
{

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

} // namespace

void registerRoutes(http::Router& router, Controllers& c)
{
    router.add("GET", "/healthz", bind(c.health, &HealthController::health));
    router.add("GET", "/metrics", bind(c.health, &HealthController::metrics));

    router.add("GET", "/api/tenants/plans/", bind(c.plans, &PlansController::list));
    router.add("GET", "/api/tenants/plans/{id}/", bind(c.plans, &PlansController::retrieve));
    router.add("GET", "/api/tenants/plans/{id}/features/",
               bind(c.plans, &PlansController::features));
    router.add("POST", "/api/tenants/plans/{id}/quote/", bind(c.plans, &PlansController::quote));
}

} // namespace ebm::api
