#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/OrganizationService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/organizations/ and /api/tenants/usage-metrics/: the caller's organizations,
// their members and invitations, usage against quotas and the daily usage history.
class OrganizationsController final
{
public:
    OrganizationsController(services::OrganizationService& organizations,
                            std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse updateSettings(const http::ApiRequest& request);
    http::ApiResponse members(const http::ApiRequest& request);
    http::ApiResponse inviteMember(const http::ApiRequest& request);
    http::ApiResponse updateMember(const http::ApiRequest& request);
    http::ApiResponse removeMember(const http::ApiRequest& request);
    http::ApiResponse usage(const http::ApiRequest& request);
    http::ApiResponse usageMetrics(const http::ApiRequest& request);
    http::ApiResponse usageMetric(const http::ApiRequest& request);
    http::ApiResponse createByStaff(const http::ApiRequest& request);

private:
    services::OrganizationService& m_organizations;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
