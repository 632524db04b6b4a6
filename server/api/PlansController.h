#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/PlanService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/plans/: the public plan catalog (no authentication).
class PlansController final
{
public:
    PlansController(services::PlanService& plans, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse features(const http::ApiRequest& request);
    http::ApiResponse quote(const http::ApiRequest& request);

private:
    Plan requirePlan(const http::ApiRequest& request);

    services::PlanService& m_plans;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
