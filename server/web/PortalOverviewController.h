#pragma once

#include "domain/Clock.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/OrganizationService.h"
#include "web/PortalLayout.h"
#include "web/PortalUsageChart.h"

namespace ebm::web
{

// The entry of the customer portal: the caller's organizations, and one organization's
// overview (subscription, usage against quotas, the usage chart of the last 30 days).
class PortalOverviewController final
{
public:
    PortalOverviewController(const PortalLayout& layout,
                             services::OrganizationService& organizations, const Clock& clock);

    http::ApiResponse organizations(const http::ApiRequest& request);
    http::ApiResponse overview(const http::ApiRequest& request);

private:
    std::vector<TemplateContext> meters(const PageRequest& page,
                                        const std::vector<quota::QuotaLine>& lines) const;
    std::vector<TemplateContext> metricTabs(const PageRequest& page,
                                            const std::string& chosen) const;

    const PortalLayout& m_layout;
    services::OrganizationService& m_organizations;
    const Clock& m_clock;
    PortalUsageChart m_chart;
};

} // namespace ebm::web
