#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/BackupJobService.h"

#include <string>

namespace ebm::api
{

// /api/esxi/jobs/: the organization's backup jobs and the VMs each one backs up.
class BackupJobsController final
{
public:
    BackupJobsController(services::BackupJobService& jobs, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    services::BackupJobService& m_jobs;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
