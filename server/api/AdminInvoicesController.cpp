#include "api/AdminInvoicesController.h"

#include "api/BillingJson.h"
#include "api/JsonValues.h"
#include "api/PagedList.h"
#include "api/QueryFilters.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

Poco::JSON::Object::Ptr staffInvoice(const store::InvoiceRecord& invoice)
{
    Poco::JSON::Object::Ptr json = BillingJson::invoice(invoice);
    json->set("organization", invoice.organizationId);
    json->set("voided_at", textOrNull(invoice.voidedAt));
    json->set("void_reason", textOrNull(invoice.voidReason));
    json->set("updated_at", invoice.updatedAt);
    return json;
}

std::vector<std::string> invoiceStatuses()
{
    std::vector<std::string> names;
    for (const auto name : invoiceStatusNames())
        names.emplace_back(name);
    return names;
}

} // namespace

AdminInvoicesController::AdminInvoicesController(services::BillingQueueService& queues,
                                                 std::string publicBaseUrl)
    : m_queues(queues)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/invoices/  (staff)
// Query (all optional): status (draft|issued|paid|void), organization (organization id), number
// (part of the invoice number, case-insensitive), updated_since (ISO 8601: changed at or after),
// page, page_size.
// Answer: {"count","next","previous","results":[invoice]}, newest first; the invoice as
// /api/tenants/invoices/{id}/ answers it plus "organization","voided_at","void_reason",
// "updated_at".
// Errors: 400 {"status"|"number"|"updated_since":[…]}; 404 invalid page.
ApiResponse AdminInvoicesController::list(const ApiRequest& request)
{
    QueryFilters query(request);
    store::InvoiceFilter filter;
    filter.status = query.choice("status", invoiceStatuses());
    filter.organizationId = query.text("organization", 64);
    filter.number = query.text("number", 40);
    filter.updatedSince = query.instant("updated_since");
    query.done();
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_queues.invoices(filter, pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.invoices, staffInvoice, m_publicBaseUrl);
}

// GET /api/admin/invoices/{id}/  (staff) — any organization's invoice, as in the list.
// Errors: 404 unknown id.
ApiResponse AdminInvoicesController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(staffInvoice(m_queues.invoice(request.pathId("id"))));
}

// POST /api/admin/invoices/{id}/void/  (staff)
// body {"reason"} (1–500 characters). A draft or issued invoice becomes void (voided_at,
// void_reason); its PDF is then stamped void. One transaction with the staff access to the
// organization and the audit entry invoice.voided (actor, reason, before and after).
// Answer: the invoice as in the list.
// Errors: 400 {"reason":[…]}; 404 unknown id; 409 illegal_transition (paid or already void).
ApiResponse AdminInvoicesController::voidInvoice(const ApiRequest& request)
{
    http::JsonFields fields(request.jsonBody());
    const std::string reason = fields.requiredString("reason", 500);
    fields.done();
    return ApiResponse::json(staffInvoice(m_queues.voidInvoice(
        request.pathId("id"), reason, request.principal(), request.requestId())));
}

} // namespace ebm::api
