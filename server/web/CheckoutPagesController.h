#pragma once

#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PaymentService.h"
#include "services/OrderService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"

#include <string>

namespace ebm::web
{

// Steps 2 and 3 of registration, and the checkout of any order a signed-in customer must pay
// (renewals, upgrades): choosing a payment method, then following the payment — waiting for
// MoMo or PayPal, bank details with the RF reference and a receipt upload, success or failure
// with a retry. The order is reached with the registration cookie's token or as its buyer.
class CheckoutPagesController final
{
public:
    CheckoutPagesController(services::OrderService& orders, payments::PaymentService& payments,
                            const PageRenderer& renderer, const CsrfTokens& csrf,
                            bool secureCookies);

    // GET /register/payment?order=<id>[&token=<order token>]; the token (the order confirmation's
    // link) is checked, kept in the registration cookie and dropped from the address. A caller
    // neither signed in nor holding the order's cookie is sent to sign in first.
    http::ApiResponse paymentForm(const http::ApiRequest& request);
    // POST /register/payment?order=<id>  fields method, phone (MTN MoMo)
    http::ApiResponse submitPayment(const http::ApiRequest& request);
    // GET /register/complete?order=<id>[&payment=<transaction id>]  (also PayPal's return)
    http::ApiResponse status(const http::ApiRequest& request);
    // GET /register/status?order=<id>  JSON {"state"} for the page's script to poll
    http::ApiResponse statusJson(const http::ApiRequest& request);
    // POST /register/receipt?order=<id>  multipart, file field "receipt"
    http::ApiResponse uploadReceipt(const http::ApiRequest& request);

private:
    // Where an order's latest payment stands, as the page shows it.
    enum class State
    {
        NoPayment,
        Waiting,
        Bank,
        Completed,
        Failed,
        Closed
    };
    struct Progress
    {
        State state = State::NoPayment;
        services::OrderView order;
        std::optional<payments::PaymentView> payment;
    };

    payments::OrderCaller callerOf(const http::ApiRequest& request) const;
    http::ApiResponse rememberOrderToken(const http::ApiRequest& request, const std::string& token);
    std::int64_t orderIdOf(const http::ApiRequest& request) const;
    Progress progressOf(const http::ApiRequest& request);
    http::ApiResponse renderPaymentForm(const PageRequest& page, const services::OrderView& order,
                                        const std::string& chosenMethod, const std::string& phone,
                                        const std::string& phoneError, const std::string& formError,
                                        int status) const;
    http::ApiResponse renderStatus(const PageRequest& page, const Progress& progress,
                                   const std::string& receiptError, int status) const;
    TemplateContext statusContext(const PageRequest& page, const Progress& progress) const;
    Html summaryOf(const PageRequest& page, const services::OrderView& order) const;
    std::string failureText(const PageRequest& page, const http::ApiError& error) const;

    services::OrderService& m_orders;
    payments::PaymentService& m_payments;
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    bool m_secureCookies;
};

} // namespace ebm::web
