#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/AuditLogService.h"

#include <string>

namespace ebm::api
{

// /api/admin/audit-log/: staff read who did what to which organization, why, before and after.
class AuditLogController final
{
public:
    static constexpr std::int64_t kMaxPageSize = 1000;

    AuditLogController(services::AuditLogService& audit, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);

private:
    services::AuditLogService& m_audit;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
