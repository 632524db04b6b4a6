#pragma once

#include "payments/ProviderHttpClient.h"

#include <chrono>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace ebm::payments
{

// A PayPal answer other than success, from its error envelope {name, message, debug_id,
// details[{issue, description}]}: e.g. 422 UNPROCESSABLE_ENTITY / ORDER_NOT_APPROVED.
class PayPalApiError final : public std::runtime_error
{
public:
    PayPalApiError(int status, std::string name, std::string issue, const std::string& message,
                   std::string debugId);

    int status() const noexcept
    {
        return m_status;
    }
    const std::string& name() const noexcept
    {
        return m_name;
    }
    // The first detail's issue (ORDER_ALREADY_CAPTURED …), or the name when there is none.
    const std::string& issue() const noexcept
    {
        return m_issue;
    }
    const std::string& debugId() const noexcept
    {
        return m_debugId;
    }

private:
    int m_status;
    std::string m_name;
    std::string m_issue;
    std::string m_debugId;
};

// One capture of a PayPal order (purchase_units[0].payments.captures[]).
struct PayPalCapture
{
    std::string id;
    std::string status; // COMPLETED, DECLINED, PENDING, FAILED, REFUNDED, PARTIALLY_REFUNDED
    std::string currencyCode;
    std::string value;
};

// A PayPal order as we read it.
struct PayPalOrder
{
    std::string id;
    std::string status;     // CREATED, SAVED, APPROVED, VOIDED, COMPLETED, PAYER_ACTION_REQUIRED
    std::string approveUrl; // the `approve` or `payer-action` link, where the buyer goes
    std::string customId;
    std::vector<PayPalCapture> captures;
};

// What we ask PayPal to collect: one purchase unit and where the buyer comes back.
struct PayPalOrderRequest
{
    std::string requestId; // PayPal-Request-Id: our transaction id
    std::string referenceId;
    std::string customId;
    std::string invoiceId;
    std::string description;
    std::string currencyCode;
    std::string value; // PayPal's decimal string
    std::string returnUrl;
    std::string cancelUrl;
    std::string locale; // fr-FR, en-US
};

// PayPal's REST API (OAuth2 client credentials, Orders v2) over the provider HTTP client. The
// access token is cached until five minutes before it expires and renewed once when PayPal
// answers 401. Throws PayPalApiError for PayPal's refusals and ProviderUnavailable when PayPal
// cannot be reached, fails (5xx) or refuses our credentials. Never logs secrets or tokens.
class PayPalClient final
{
public:
    struct Config
    {
        std::string baseUrl; // e.g. https://api-m.sandbox.paypal.com
        std::string clientId;
        std::string clientSecret;
    };

    static constexpr std::string_view kBrandName = "ESXi Backup Manager Cloud";

    PayPalClient(Config config, ProviderHttpClient::Options options);

    // POST /v2/checkout/orders (intent CAPTURE); a replayed PayPal-Request-Id gives the same
    // order back.
    PayPalOrder createOrder(const PayPalOrderRequest& request);
    // GET /v2/checkout/orders/{id}
    PayPalOrder getOrder(const std::string& orderId);
    // POST /v2/checkout/orders/{id}/capture with PayPal-Request-Id, retried safely.
    PayPalOrder capture(const std::string& orderId, const std::string& requestId);

private:
    ProviderResponse call(ProviderRequest request);
    std::string accessToken(bool renew);
    std::string fetchToken();
    std::string orderUrl(const std::string& orderId) const;

    Config m_config;
    ProviderHttpClient m_http;
    std::mutex m_tokenMutex;
    std::string m_token;
    std::chrono::steady_clock::time_point m_tokenRenewAt;
};

} // namespace ebm::payments
