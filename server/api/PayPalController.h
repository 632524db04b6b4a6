#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PayPalCallbacks.h"

#include <string>
#include <string_view>

namespace ebm::api
{

// Where PayPal sends its buyers back (return and cancel, redirected on to the customer's
// completion page) and its webhook deliveries.
class PayPalController final
{
public:
    // The customer page that shows how the payment went (served by the web front end).
    static constexpr std::string_view kCompletionPage = "/register/complete";

    PayPalController(payments::PayPalCallbacks& callbacks, std::string publicBaseUrl);

    http::ApiResponse buyerReturned(const http::ApiRequest& request);
    http::ApiResponse buyerCancelled(const http::ApiRequest& request);
    http::ApiResponse webhook(const http::ApiRequest& request);

private:
    http::ApiResponse toCompletionPage(const store::PaymentRecord& payment) const;

    payments::PayPalCallbacks& m_callbacks;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
