#include "api/JobsController.h"

#include "api/JobJson.h"
#include "api/PagedList.h"
#include "http/ApiError.h"
#include "http/Pagination.h"

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;

namespace
{

// 409 job_running naming the run in progress.
ApiError busyError(const jobs::JobBusy& busy)
{
    const auto& running = busy.running();
    ApiError error(409, "job_running",
                   running.job + " is already running (run " + std::to_string(running.id) +
                       "); try again when it has finished.");
    error.with("run", running.id);
    error.with("started_at", running.startedAt);
    return error;
}

} // namespace

JobsController::JobsController(jobs::JobRunner& runner, services::JobRunService& runs,
                               const Clock& clock, std::string publicBaseUrl)
    : m_runner(runner)
    , m_runs(runs)
    , m_clock(clock)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/jobs/  (staff)
// Every job, in a DRF page: [{name,schedule:{kind:"daily",hour_utc}|{kind:"interval",
// interval_seconds}|null,scheduled,running_run,last_run (a run, see job-runs)|null,
// last_succeeded_at,next_due_at}]. next_due_at is null when this server's scheduler does not
// start the job.
ApiResponse JobsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto& jobs = m_runner.jobs();
    return pagedList(
        request, pagination, static_cast<std::int64_t>(jobs.size()), jobs,
        [this](const jobs::JobDefinition& job) {
            return JobJson::job(job, {m_runs.latest(job.name), m_runner.history(job.name),
                                      m_runner.runningRun(job.name), m_clock.now()});
        },
        m_publicBaseUrl);
}

// POST /api/admin/jobs/{job}/run/  (staff)
// Runs the job once now, through the same runner as the scheduler and `ebm-server <job>`, and
// answers its run (see GET /api/admin/job-runs/{id}/) with "changes": the job's counts. Jobs:
// check-expirations, reconcile-payments, deliver-outbox. Errors: 404 unknown job; 409
// job_running {"run","started_at"} while another run of the job is in progress.
ApiResponse JobsController::run(const ApiRequest& request)
{
    const std::string& job = request.pathParam("job");
    if (m_runner.find(job) == nullptr)
        throw ApiError::notFound("No such job.");
    try {
        const auto result = m_runner.run(job, jobs::JobTrigger::Staff, request.principal().userId,
                                         request.requestId());
        return ApiResponse::json(JobJson::run(result.record));
    } catch (const jobs::JobBusy& busy) {
        throw busyError(busy);
    }
}

} // namespace ebm::api
