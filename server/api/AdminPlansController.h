#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/PlanCatalogService.h"

#include <string>

namespace ebm::api
{

// /api/admin/plans/: the whole plan catalog for staff (inactive plans too), new plans and
// changes to prices, quotas, features and visibility. There is no DELETE: deactivate instead.
class AdminPlansController final
{
public:
    AdminPlansController(services::PlanCatalogService& plans, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);

private:
    services::PlanCatalogService& m_plans;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
