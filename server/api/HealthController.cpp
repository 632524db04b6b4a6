#include "api/HealthController.h"

#include "store/sqlite/Migrator.h"

#include <sstream>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

HealthController::HealthController(store::Database& database, const http::HttpMetrics& metrics)
    : m_database(database)
    , m_metrics(metrics)
{
}

// GET /healthz
// Answer: 200 {"status":"ok","version","schema_version"}; 503 {"detail","code"} when the
// database cannot be reached.
ApiResponse HealthController::health(const ApiRequest&)
{
    const int schemaVersion = store::sqlite::Migrator(m_database).currentVersion();
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("status", "ok");
    body->set("version", EBM_VERSION);
    body->set("schema_version", schemaVersion);
    return ApiResponse::json(body);
}

// GET /metrics
// Answer: Prometheus text format 0.0.4 — ebm_http_requests_total,
// ebm_http_request_duration_seconds, ebm_db_pool_sessions{state}.
ApiResponse HealthController::metrics(const ApiRequest&)
{
    const store::Database::PoolStats pool = m_database.poolStats();
    std::ostringstream out;
    out << m_metrics.renderPrometheus()
        << "# HELP ebm_db_pool_sessions Database session pool, by state.\n"
        << "# TYPE ebm_db_pool_sessions gauge\n"
        << "ebm_db_pool_sessions{state=\"capacity\"} " << pool.capacity << '\n'
        << "ebm_db_pool_sessions{state=\"used\"} " << pool.used << '\n'
        << "ebm_db_pool_sessions{state=\"idle\"} " << pool.idle << '\n'
        << "ebm_db_pool_sessions{state=\"available\"} " << pool.available << '\n';
    return ApiResponse::text(out.str(), "text/plain; version=0.0.4; charset=utf-8");
}

} // namespace ebm::api
