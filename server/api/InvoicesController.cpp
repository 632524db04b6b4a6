#include "api/InvoicesController.h"

#include "api/BillingJson.h"
#include "api/PagedList.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

InvoicesController::InvoicesController(services::InvoiceService& invoices,
                                       std::string publicBaseUrl)
    : m_invoices(invoices)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/tenants/invoices/  (member of the current organization, any status)
// Paginated, newest first: [{id,invoice_number,status,currency,subtotal,discount,tax_rate,tax,
// total,seller:{name,address,tax_id,email},buyer:{name,company,email,phone},lines:[{description,
// quantity,unit_price,amount}],period_start,period_end,issued_at,due_at,paid_at,order,locale}].
ApiResponse InvoicesController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_invoices.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.invoices, BillingJson::invoice,
                     m_publicBaseUrl);
}

// GET /api/tenants/invoices/{id}/ — one invoice. Errors: 404 (also another organization's).
ApiResponse InvoicesController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        BillingJson::invoice(m_invoices.get(request.tenant(), request.pathId("id"))));
}

// GET /api/tenants/invoices/{id}/download/ — the invoice as an A4 PDF in the organization's
// current language (fr/en). Headers: Content-Type application/pdf, Content-Disposition
// attachment; filename="<invoice_number>.pdf", Cache-Control private, no-store.
// Errors: 404 (also another organization's).
ApiResponse InvoicesController::download(const ApiRequest& request)
{
    auto file = m_invoices.pdf(request.tenant(), request.pathId("id"));
    ApiResponse response = ApiResponse::text(std::move(file.pdf), "application/pdf");
    response.headers = {{"Content-Disposition", "attachment; filename=\"" + file.fileName + "\""},
                        {"Cache-Control", "private, no-store"}};
    return response;
}

} // namespace ebm::api
