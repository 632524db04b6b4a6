#include "api/AdminPaymentsController.h"

#include "api/PagedList.h"
#include "api/PaymentJson.h"
#include "api/QueryFilters.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

Poco::JSON::Object::Ptr staffPayment(const payments::PaymentView& view)
{
    Poco::JSON::Object::Ptr json = PaymentJson::payment(view);
    json->set("updated_at", view.payment.updatedAt);
    return json;
}

std::vector<std::string> paymentStatuses()
{
    std::vector<std::string> names;
    for (const auto name : paymentStatusNames())
        names.emplace_back(name);
    return names;
}

} // namespace

AdminPaymentsController::AdminPaymentsController(payments::PaymentService& payments,
                                                 std::string publicBaseUrl)
    : m_payments(payments)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/payments/  (staff)
// Query (all optional): method (paypal|mtn_momo|bank_transfer), status (one or a comma list of
// pending|processing|completed|failed|refunded), organization (organization id), has_receipt
// (true|false), updated_since (ISO 8601: changed at or after), page, page_size. The
// bank-transfer queue: ?method=bank_transfer&status=pending,processing.
// Answer: {"count","next","previous","results":[payment + "updated_at"]}, newest first; the
// payment as /api/tenants/payments/{id}/ answers it.
// Errors: 400 {"method"|"status"|"has_receipt"|"updated_since":[…]}; 404 invalid page.
ApiResponse AdminPaymentsController::list(const ApiRequest& request)
{
    QueryFilters query(request);
    store::PaymentFilter filter;
    filter.method = query.choice("method", {"paypal", "mtn_momo", "bank_transfer"});
    for (const std::string& status : query.choices("status", paymentStatuses()))
        filter.statuses.push_back(parsePaymentStatus(status));
    filter.organizationId = query.text("organization", 64);
    filter.hasReceipt = query.flag("has_receipt");
    filter.updatedSince = query.instant("updated_since");
    query.done();
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_payments.listForStaff(filter, pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.payments, staffPayment, m_publicBaseUrl);
}

// GET /api/admin/payments/{id}/  (staff) — any organization's payment, with "updated_at".
// Errors: 404 unknown id.
ApiResponse AdminPaymentsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(staffPayment(m_payments.getForStaff(request.pathId("id"))));
}

} // namespace ebm::api
