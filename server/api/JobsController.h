#pragma once

#include "domain/Clock.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "jobs/JobRunner.h"
#include "services/JobRunService.h"

#include <string>

namespace ebm::api
{

// /api/admin/jobs/: staff see each job's schedule and state, and run a job now (exclusively,
// recorded) under the server's clock.
class JobsController final
{
public:
    JobsController(jobs::JobRunner& runner, services::JobRunService& runs, const Clock& clock,
                   std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse run(const http::ApiRequest& request);

private:
    jobs::JobRunner& m_runner;
    services::JobRunService& m_runs;
    const Clock& m_clock;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
