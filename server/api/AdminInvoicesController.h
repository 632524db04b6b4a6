#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/BillingQueueService.h"

#include <string>

namespace ebm::api
{

// /api/admin/invoices/: every organization's invoices for staff, and voiding an unpaid one.
class AdminInvoicesController final
{
public:
    AdminInvoicesController(services::BillingQueueService& queues, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse voidInvoice(const http::ApiRequest& request);

private:
    services::BillingQueueService& m_queues;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
