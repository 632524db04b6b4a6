#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/InvoiceService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/invoices/: the current organization's invoices.
class InvoicesController final
{
public:
    InvoicesController(services::InvoiceService& invoices, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse download(const http::ApiRequest& request);

private:
    services::InvoiceService& m_invoices;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
