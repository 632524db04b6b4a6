#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/JobRunService.h"

#include <string>

namespace ebm::api
{

// /api/admin/job-runs/: staff read the recorded runs of every job.
class JobRunsController final
{
public:
    JobRunsController(services::JobRunService& runs, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);

private:
    services::JobRunService& m_runs;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
