#include "api/JobRunsController.h"

#include "api/JobJson.h"
#include "api/PagedList.h"
#include "http/ApiError.h"
#include "http/Pagination.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;

namespace
{

std::string trimmedQuery(const ApiRequest& request, const std::string& name)
{
    const auto value = request.query(name);
    return value ? Poco::trim(*value) : std::string();
}

store::JobRunFilter filterOf(const ApiRequest& request)
{
    store::JobRunFilter filter;
    filter.job = trimmedQuery(request, "job");
    filter.outcome = trimmedQuery(request, "outcome");
    if (!filter.outcome.empty() && filter.outcome != "running" && filter.outcome != "succeeded" &&
        filter.outcome != "failed")
        throw ApiError::validation("outcome", "Expected running, succeeded or failed.");
    return filter;
}

} // namespace

JobRunsController::JobRunsController(services::JobRunService& runs, std::string publicBaseUrl)
    : m_runs(runs)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/job-runs/  (staff)
// Query: job (a job's name), outcome (running|succeeded|failed), page, page_size (≤ 100). DRF
// page, newest first: [{id,job,outcome,trigger:"scheduler"|"staff"|"cli",triggered_by:{id,email}
// |null,holder,started_at,finished_at,items_processed,items_failed,message,changes:{…}|null}].
// Errors: 400 {"outcome"|"page_size":[…]}; 404 page past the last.
ApiResponse JobRunsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_runs.list(filterOf(request), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.runs, JobJson::run, m_publicBaseUrl);
}

// GET /api/admin/job-runs/{id}/  (staff)
// One run, as in the list. Errors: 404.
ApiResponse JobRunsController::retrieve(const ApiRequest& request)
{
    Poco::Int64 id = 0;
    if (!Poco::NumberParser::tryParse64(request.pathParam("id"), id))
        throw ApiError::notFound();
    return ApiResponse::json(JobJson::run(m_runs.find(id)));
}

} // namespace ebm::api
