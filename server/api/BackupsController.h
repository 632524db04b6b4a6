#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/BackupService.h"

#include <string>

namespace ebm::api
{

// /api/esxi/backups/: backup runs reported by the backup engine (API key) or by members.
class BackupsController final
{
public:
    BackupsController(services::BackupService& backups, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    services::BackupService& m_backups;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
