#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/PeriodEndService.h"

namespace ebm::api
{

// /api/admin/jobs/: staff run a scheduled job now, under the server's clock, and read its record.
class JobsController final
{
public:
    explicit JobsController(services::PeriodEndService& periodEnd);

    http::ApiResponse run(const http::ApiRequest& request);

private:
    services::PeriodEndService& m_periodEnd;
};

} // namespace ebm::api
