#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/HttpMetrics.h"
#include "store/Database.h"

namespace ebm::api
{

// Operations endpoints: liveness with a database check, and Prometheus metrics.
class HealthController final
{
public:
    HealthController(store::Database& database, const http::HttpMetrics& metrics);

    http::ApiResponse health(const http::ApiRequest& request);
    http::ApiResponse metrics(const http::ApiRequest& request);

private:
    store::Database& m_database;
    const http::HttpMetrics& m_metrics;
};

} // namespace ebm::api
