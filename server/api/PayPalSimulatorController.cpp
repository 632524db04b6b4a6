#include "api/PayPalSimulatorController.h"

#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "web/Template.h"

#include <sstream>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using payments::PayPalSimulator;

namespace
{

const char* const kPageSecurity =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

PayPalSimulator::ApiCall callOf(const ApiRequest& request)
{
    return {request.header("Authorization"), request.header("PayPal-Request-Id"), request.body()};
}

// An HTML page of the simulator: no script, no framing.
ApiResponse page(const std::string& html, int status = 200)
{
    ApiResponse response = ApiResponse::text(html, "text/html; charset=utf-8", status);
    response.headers.emplace_back("Content-Security-Policy", kPageSecurity);
    response.headers.emplace_back("X-Frame-Options", "DENY");
    return response;
}

std::string pageStart(const i18n::Translator& t)
{
    return "<!DOCTYPE html>\n<html lang=\"" + t.locale() +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           web::escapeHtml(t.translate("PayPalSimulator", "PayPal simulator")) +
           "</title>\n<style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;"
           "padding:0 1rem}form{margin:.5rem 0}button{width:100%;padding:.75rem;font-size:1rem}"
           "</style>\n</head>\n<body>\n<h1>" +
           web::escapeHtml(t.translate("PayPalSimulator", "PayPal simulator")) + "</h1>\n";
}

std::string button(const std::string& orderId, const std::string& choice, const std::string& label)
{
    return "<form method=\"post\" action=\"checkoutnow/" + web::escapeHtml(orderId) + "/" + choice +
           "\"><button type=\"submit\">" + web::escapeHtml(label) + "</button></form>\n";
}

std::string checkoutHtml(const PayPalSimulator::Checkout& checkout)
{
    const i18n::Translator t(checkout.locale);
    std::ostringstream html;
    html << pageStart(t) << "<p>"
         << web::escapeHtml(
                i18n::substitute(t.translate("PayPalSimulator", "Pay %1"), {checkout.brandName}))
         << "</p>\n<p>" << web::escapeHtml(checkout.description) << "</p>\n<p><strong>"
         << web::escapeHtml(checkout.value + " " + checkout.currencyCode) << "</strong></p>\n";
    if (checkout.status == "CREATED" || checkout.status == "PAYER_ACTION_REQUIRED") {
        html << button(checkout.orderId, "approve",
                       t.translate("PayPalSimulator", "Approve and pay"))
             << button(checkout.orderId, "decline",
                       t.translate("PayPalSimulator", "Approve, but the card is declined"))
             << button(checkout.orderId, "pending",
                       t.translate("PayPalSimulator", "Approve, but the payment stays pending"))
             << button(checkout.orderId, "cancel",
                       t.translate("PayPalSimulator", "Cancel and return to the merchant"));
    } else {
        html << "<p>"
             << web::escapeHtml(t.translate("PayPalSimulator", "This order was already handled."))
             << "</p>\n";
    }
    html << "<p><small>"
         << web::escapeHtml(t.translate("PayPalSimulator",
                                        "This page imitates PayPal for tests and demonstrations; "
                                        "no money moves."))
         << "</small></p>\n</body>\n</html>\n";
    return html.str();
}

PayPalSimulator::BuyerChoice choiceOf(const std::string& text)
{
    if (text == "approve")
        return PayPalSimulator::BuyerChoice::Approve;
    if (text == "decline")
        return PayPalSimulator::BuyerChoice::Decline;
    if (text == "pending")
        return PayPalSimulator::BuyerChoice::Pending;
    if (text == "cancel")
        return PayPalSimulator::BuyerChoice::Cancel;
    throw ApiError::notFound();
}

} // namespace

PayPalSimulatorController::PayPalSimulatorController(PayPalSimulator* simulator)
    : m_simulator(simulator)
{
}

PayPalSimulator& PayPalSimulatorController::simulator() const
{
    if (m_simulator == nullptr)
        throw ApiError::notFound();
    return *m_simulator;
}

// POST /simulator/paypal/v1/oauth2/token  (Basic client id:secret; grant_type=client_credentials)
// 200 {"scope","access_token","token_type":"Bearer","app_id","expires_in","nonce"};
// 401 {"error":"invalid_client","error_description"}.
ApiResponse PayPalSimulatorController::token(const ApiRequest& request)
{
    return simulator().token(callOf(request));
}

// POST /simulator/paypal/v2/checkout/orders  (Bearer; PayPal-Request-Id replays with 200)
// PayPal's create order: 201 {"id","status":"CREATED"|"PAYER_ACTION_REQUIRED","links"}; 400
// INVALID_REQUEST, 401 AUTHENTICATION_FAILURE, 422 CURRENCY_NOT_SUPPORTED / DECIMAL_PRECISION /
// CANNOT_BE_ZERO_OR_NEGATIVE.
ApiResponse PayPalSimulatorController::createOrder(const ApiRequest& request)
{
    return simulator().createOrder(callOf(request));
}

// GET /simulator/paypal/v2/checkout/orders/{id}  (Bearer): the order; 404 RESOURCE_NOT_FOUND.
ApiResponse PayPalSimulatorController::getOrder(const ApiRequest& request)
{
    return simulator().getOrder(callOf(request), request.pathParam("id"));
}

// POST /simulator/paypal/v2/checkout/orders/{id}/capture  (Bearer; PayPal-Request-Id)
// 201 the completed order with its capture (COMPLETED, DECLINED or PENDING as the buyer chose);
// 200 the same for a replayed PayPal-Request-Id; 422 ORDER_NOT_APPROVED / ORDER_ALREADY_CAPTURED.
ApiResponse PayPalSimulatorController::capture(const ApiRequest& request)
{
    return simulator().capture(callOf(request), request.pathParam("id"));
}

// GET /simulator/paypal/checkoutnow?token=<order id>
// The buyer's approval page (HTML, no script): approve, approve with a declined card, approve
// with a pending capture, or cancel.
ApiResponse PayPalSimulatorController::checkoutPage(const ApiRequest& request)
{
    const auto checkout = simulator().checkout(request.query("token").value_or(""));
    if (!checkout)
        throw ApiError::notFound("No such PayPal order.");
    return page(checkoutHtml(*checkout));
}

// POST /simulator/paypal/checkoutnow/{id}/{choice}  (choice: approve, decline, pending, cancel)
// 303 to the order's return_url (?token=<id>&PayerID=SIMBUYER1) or cancel_url (?token=<id>).
ApiResponse PayPalSimulatorController::decide(const ApiRequest& request)
{
    const std::string target =
        simulator().decide(request.pathParam("id"), choiceOf(request.pathParam("choice")));
    if (!target.empty())
        return {303, "", "", {{"Location", target}}};
    const auto checkout = simulator().checkout(request.pathParam("id"));
    const i18n::Translator t(checkout ? checkout->locale : "en");
    return page(pageStart(t) + "<p>" +
                web::escapeHtml(t.translate("PayPalSimulator", "Done; you can close this page.")) +
                "</p>\n</body>\n</html>\n");
}

// POST /simulator/paypal/_control/  (tests)
// {"fail_next":N,"mode":"error_500"|"timeout"}: the next N Orders API calls answer 500
// INTERNAL_SERVICE_ERROR, or are processed but answered later than the client's read timeout;
// {"settle_capture":"<order id>","status":"COMPLETED"|"DECLINED"} settles a pending capture and
// sends its webhook; {"resend":"<order id>","event_type":"PAYMENT.CAPTURE.PENDING"…} sends an
// event again (late or out of order); {"refund":"<order id>"} refunds a completed capture
// (PAYMENT.CAPTURE.REFUNDED). Answer: the state, as GET.
ApiResponse PayPalSimulatorController::control(const ApiRequest& request)
{
    return simulator().control(request.body());
}

// GET /simulator/paypal/_control/
// {"orders","fail_next","mode","webhooks":{"delivered","failed","queued"}}.
ApiResponse PayPalSimulatorController::controlState(const ApiRequest&)
{
    return simulator().state();
}

} // namespace ebm::api
