#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/InvoiceService.h"
#include "web/PortalLayout.h"

namespace ebm::web
{

// The organization's invoices: the list with status and totals, and each invoice's PDF.
class PortalInvoicesController final
{
public:
    static constexpr std::int64_t kPageSize = 25;

    PortalInvoicesController(const PortalLayout& layout, services::InvoiceService& invoices);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse pdf(const http::ApiRequest& request);

private:
    const PortalLayout& m_layout;
    services::InvoiceService& m_invoices;
};

} // namespace ebm::web
