#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/AnalyticsService.h"

namespace ebm::api
{

// /api/admin/analytics/… and /api/admin/organizations/{id}/usage-series/: the staff
// dashboard's figures, the revenue chart and an organization's usage chart (read only).
class AnalyticsController final
{
public:
    explicit AnalyticsController(services::AnalyticsService& analytics);

    http::ApiResponse summary(const http::ApiRequest& request);
    http::ApiResponse revenue(const http::ApiRequest& request);
    http::ApiResponse usageSeries(const http::ApiRequest& request);

private:
    services::AnalyticsService& m_analytics;
};

} // namespace ebm::api
