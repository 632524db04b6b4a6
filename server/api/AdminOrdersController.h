#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/BillingQueueService.h"

#include <string>

namespace ebm::api
{

// /api/admin/orders/: every organization's orders for staff, the pending queue first of all.
class AdminOrdersController final
{
public:
    AdminOrdersController(services::BillingQueueService& queues, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);

private:
    services::BillingQueueService& m_queues;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
