#include "api/PaymentsController.h"

#include "api/JsonValues.h"
#include "api/PagedList.h"
#include "api/PaymentJson.h"
#include "http/ApiError.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

payments::OrderCaller callerOf(const ApiRequest& request)
{
    payments::OrderCaller caller;
    if (request.isAuthenticated())
        caller.principal = request.principal();
    caller.orderToken = request.header("X-Order-Token");
    return caller;
}

std::string extensionOf(const std::string& contentType)
{
    if (contentType == "application/pdf")
        return "pdf";
    return contentType == "image/png" ? "png" : "jpg";
}

ApiResponse receiptAnswer(const payments::Receipt& receipt, const std::string& transactionId)
{
    ApiResponse answer = ApiResponse::text(receipt.bytes, receipt.contentType);
    answer.headers.emplace_back("Content-Disposition", "attachment; filename=\"receipt-" +
                                                           transactionId + "." +
                                                           extensionOf(receipt.contentType) + "\"");
    answer.headers.emplace_back("X-Content-Type-Options", "nosniff");
    answer.headers.emplace_back("Cache-Control", "private, no-store");
    return answer;
}

} // namespace

PaymentsController::PaymentsController(payments::PaymentService& payments,
                                       std::string publicBaseUrl)
    : m_payments(payments)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// POST /api/tenants/orders/{id}/initiate_payment/  (the buyer, or X-Order-Token)
// body {"payment_method":"paypal"|"mtn_momo"|"bank_transfer","phone"?}. 201 a new payment, 200
// the order's open payment when the same method (and phone) is asked again.
ApiResponse PaymentsController::initiate(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string method = fields.requiredString("payment_method", 32);
    const std::string phone = fields.optionalString("phone", 32);
    fields.done();
    const auto view = m_payments.initiate(request.pathId("id"), callerOf(request), method, phone,
                                          request.requestId());
    return ApiResponse::json(PaymentJson::payment(view), view.created ? 201 : 200);
}

// POST /api/tenants/orders/{id}/verify_payment/  (the buyer, or X-Order-Token)
// Asks the provider about the open payment now and answers it (or the latest payment).
ApiResponse PaymentsController::verify(const ApiRequest& request)
{
    return ApiResponse::json(PaymentJson::payment(
        m_payments.verify(request.pathId("id"), callerOf(request), request.requestId())));
}

// POST /api/tenants/orders/{id}/receipt/  (the buyer, or X-Order-Token)
// The raw file as the body (PDF, PNG or JPEG, recognised by content; at most 5 MB).
ApiResponse PaymentsController::uploadReceipt(const ApiRequest& request)
{
    return ApiResponse::json(PaymentJson::payment(m_payments.uploadReceipt(
        request.pathId("id"), callerOf(request), request.body(), request.requestId())));
}

// GET /api/tenants/payments/  (member, any status): the organization's payments, newest first.
ApiResponse PaymentsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_payments.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.payments, PaymentJson::payment,
                     m_publicBaseUrl);
}

// GET /api/tenants/payments/{id}/  (member, any status)
ApiResponse PaymentsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        PaymentJson::payment(m_payments.get(request.tenant(), request.pathId("id"))));
}

// GET /api/tenants/payments/{id}/receipt/  (member, any status): the uploaded file.
ApiResponse PaymentsController::receipt(const ApiRequest& request)
{
    const auto view = m_payments.get(request.tenant(), request.pathId("id"));
    return receiptAnswer(m_payments.receipt(request.tenant(), view.payment.id),
                         view.payment.transactionId);
}

// GET /api/admin/payments/{id}/receipt/  (staff)
ApiResponse PaymentsController::staffReceipt(const ApiRequest& request)
{
    const std::int64_t id = request.pathId("id");
    return receiptAnswer(m_payments.receiptForStaff(id), "payment-" + std::to_string(id));
}

// POST /api/tenants/payments/{id}/verify_bank_transfer/  (staff)
// body {"approve":true|false,"amount_received"?,"reason"?}: reject needs a reason (emailed).
ApiResponse PaymentsController::verifyBankTransfer(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    payments::BankTransferDecision decision;
    decision.approve = fields.optionalBoolean("approve").value_or(false);
    if (!fields.has("approve"))
        fields.reject("approve", "This field is required.");
    if (fields.has("amount_received"))
        decision.amountReceived = fields.requiredString("amount_received", 20);
    decision.reason = decision.approve ? fields.optionalString("reason", 500)
                                       : fields.requiredString("reason", 500);
    fields.done();
    return ApiResponse::json(PaymentJson::payment(m_payments.verifyBankTransfer(
        request.pathId("id"), decision, request.principal(), request.requestId())));
}

// GET /api/tenants/payment-methods/  (anyone): the methods offered now.
ApiResponse PaymentsController::methods(const ApiRequest&)
{
    return ApiResponse::json(arrayOf(m_payments.methods(true), PaymentJson::method));
}

// GET /api/admin/payment-methods/  (staff): every method, enabled or not.
ApiResponse PaymentsController::staffMethods(const ApiRequest&)
{
    return ApiResponse::json(arrayOf(m_payments.methods(false), PaymentJson::method));
}

// PATCH /api/admin/payment-methods/{code}/  (staff)  body {"is_enabled":bool}; audited.
ApiResponse PaymentsController::updateMethod(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto enabled = fields.optionalBoolean("is_enabled");
    if (!enabled)
        fields.reject("is_enabled", "This field is required.");
    fields.done();
    return ApiResponse::json(PaymentJson::method(m_payments.setMethodEnabled(
        request.pathParam("code"), *enabled, request.principal(), request.requestId())));
}

} // namespace ebm::api
