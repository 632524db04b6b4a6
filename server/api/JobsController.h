#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PaymentService.h"
#include "services/PeriodEndService.h"

namespace ebm::api
{

// /api/admin/jobs/: staff run a scheduled job now, under the server's clock, and read its record.
class JobsController final
{
public:
    JobsController(services::PeriodEndService& periodEnd, payments::PaymentService& payments);

    http::ApiResponse run(const http::ApiRequest& request);

private:
    services::PeriodEndService& m_periodEnd;
    payments::PaymentService& m_payments;
};

} // namespace ebm::api
