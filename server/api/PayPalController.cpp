#include "api/PayPalController.h"

#include "http/ApiError.h"

#include <Poco/String.h>
#include <Poco/URI.h>
#include <map>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;

namespace
{

std::string transactionIdOf(const ApiRequest& request)
{
    const auto payment = request.query("payment");
    if (!payment || payment->empty())
        throw ApiError::notFound("No PayPal payment has this transaction id.");
    return *payment;
}

// The headers by lower-case name; a repeated header keeps all its values, joined.
std::map<std::string, std::string> headersOf(const ApiRequest& request)
{
    std::map<std::string, std::string> headers;
    for (const auto& [name, value] : request.headers()) {
        auto [slot, inserted] = headers.emplace(Poco::toLower(name), value);
        if (!inserted)
            slot->second += ", " + value;
    }
    return headers;
}

} // namespace

PayPalController::PayPalController(payments::PayPalCallbacks& callbacks, std::string publicBaseUrl)
    : m_callbacks(callbacks)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /payments/paypal/return/?payment=<transaction id>&token=<PayPal order id>&PayerID=…  (public)
// The buyer approved on PayPal: the order is captured now; 303 to the completion page
// (<APP_BASE_URL>/register/complete?order=<order id>&payment=<transaction id>). 404 JSON for an
// unknown payment. PayPal unavailable: the payment stays open and the page shows it pending.
ApiResponse PayPalController::buyerReturned(const ApiRequest& request)
{
    return toCompletionPage(
        m_callbacks.buyerReturned(transactionIdOf(request), request.requestId()));
}

// GET /payments/paypal/cancel/?payment=<transaction id>&token=<PayPal order id>  (public)
// The buyer cancelled on PayPal: an order PayPal does not report approved fails the payment with
// CANCELLED_BY_BUYER (an approved one is captured instead); 303 to the completion page.
ApiResponse PayPalController::buyerCancelled(const ApiRequest& request)
{
    return toCompletionPage(
        m_callbacks.buyerCancelled(transactionIdOf(request), request.requestId()));
}

// POST /webhooks/paypal/  (public; PayPal's signature headers)
// The raw body is verified (PAYPAL-TRANSMISSION-ID/-TIME/-SIG, PAYPAL-CERT-URL, PAYPAL-AUTH-ALGO)
// and stored first. Answer: 200 {"received":true,"duplicate":bool}; 400 {"detail","code":
// "invalid_signature"} for a delivery PayPal did not sign (stored all the same).
ApiResponse PayPalController::webhook(const ApiRequest& request)
{
    const auto receipt =
        m_callbacks.receive(headersOf(request), request.body(), request.requestId());
    if (!receipt.signatureValid)
        throw ApiError(400, "invalid_signature",
                       "The webhook signature could not be verified; the delivery was stored and "
                       "ignored.");
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("received", true);
    body->set("duplicate", receipt.duplicate);
    return ApiResponse::json(body);
}

ApiResponse PayPalController::toCompletionPage(const store::PaymentRecord& payment) const
{
    std::string query;
    Poco::URI::encode(payment.transactionId, "&=+?#/", query);
    const std::string target = m_publicBaseUrl + std::string(kCompletionPage) +
                               "?order=" + std::to_string(payment.orderId) + "&payment=" + query;
    return {303, "", "", {{"Location", target}}};
}

} // namespace ebm::api
