#include "payments/PayPalClient.h"

#include "payments/JsonRead.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <algorithm>
#include <sstream>

namespace ebm::payments
{

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace
{

constexpr std::chrono::minutes kRenewBeforeExpiry{5};
constexpr std::size_t kMaxOrderIdLength = 36;
constexpr int kUnauthorized = 401;

Object::Ptr firstObject(const Array::Ptr& array)
{
    return array && array->size() > 0 && array->isObject(0) ? array->getObject(0) : nullptr;
}

std::string basicCredentials(const std::string& clientId, const std::string& secret)
{
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);
    encoder << clientId << ':' << secret;
    encoder.close();
    return "Basic " + encoded.str();
}

std::string json(const Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

// PayPal's error envelope, or what the answer shows when it is not one.
PayPalApiError errorOf(const ProviderResponse& response)
{
    const Object::Ptr body = parseJsonObject(response.body);
    std::string name = jsonText(body, "name");
    if (name.empty())
        name = jsonText(body, "error"); // the OAuth endpoint's {"error","error_description"}
    const Object::Ptr detail = firstObject(jsonArray(body, "details"));
    std::string issue = jsonText(detail, "issue");
    std::string message = jsonText(body, "message");
    if (message.empty())
        message = jsonText(body, "error_description");
    if (name.empty())
        name = "HTTP_" + std::to_string(response.status);
    if (issue.empty())
        issue = name;
    return {response.status, name, issue, message, jsonText(body, "debug_id")};
}

std::vector<PayPalCapture> capturesOf(const Object::Ptr& unit)
{
    std::vector<PayPalCapture> captures;
    const Array::Ptr list = jsonArray(jsonObject(unit, "payments"), "captures");
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        if (!list->isObject(i))
            continue;
        const Object::Ptr capture = list->getObject(i);
        const Object::Ptr amount = jsonObject(capture, "amount");
        captures.push_back({jsonText(capture, "id"), jsonText(capture, "status"),
                            jsonText(amount, "currency_code"), jsonText(amount, "value")});
    }
    return captures;
}

std::string buyerLinkOf(const Object::Ptr& order)
{
    const Array::Ptr links = jsonArray(order, "links");
    for (std::size_t i = 0; links && i < links->size(); ++i) {
        const Object::Ptr link = links->isObject(i) ? links->getObject(i) : nullptr;
        const std::string rel = jsonText(link, "rel");
        if (rel == "approve" || rel == "payer-action")
            return jsonText(link, "href");
    }
    return {};
}

PayPalOrder orderOf(const ProviderResponse& response)
{
    const Object::Ptr body = parseJsonObject(response.body);
    PayPalOrder order{jsonText(body, "id"), jsonText(body, "status"), buyerLinkOf(body), {}, {}};
    if (order.id.empty() || order.status.empty())
        throw ProviderUnavailable("PayPal answered " + std::to_string(response.status) +
                                      " without an order",
                                  std::nullopt);
    const Object::Ptr unit = firstObject(jsonArray(body, "purchase_units"));
    order.customId = jsonText(unit, "custom_id");
    order.captures = capturesOf(unit);
    return order;
}

PayPalOrder orderOrError(const ProviderResponse& response)
{
    if (response.status != 200 && response.status != 201)
        throw errorOf(response);
    return orderOf(response);
}

Object::Ptr purchaseUnit(const PayPalOrderRequest& request)
{
    Object::Ptr amount = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    amount->set("currency_code", request.currencyCode);
    amount->set("value", request.value);
    Object::Ptr unit = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    unit->set("reference_id", request.referenceId);
    unit->set("custom_id", request.customId);
    unit->set("invoice_id", request.invoiceId);
    unit->set("description", request.description);
    unit->set("amount", amount);
    return unit;
}

Object::Ptr paymentSource(const PayPalOrderRequest& request)
{
    Object::Ptr context = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    context->set("return_url", request.returnUrl);
    context->set("cancel_url", request.cancelUrl);
    context->set("brand_name", std::string(PayPalClient::kBrandName));
    context->set("locale", request.locale);
    context->set("shipping_preference", "NO_SHIPPING");
    context->set("user_action", "PAY_NOW");
    Object::Ptr paypal = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    paypal->set("experience_context", context);
    Object::Ptr source = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    source->set("paypal", paypal);
    return source;
}

std::string createBody(const PayPalOrderRequest& request)
{
    Array::Ptr units = new Array;
    units->add(purchaseUnit(request));
    Object::Ptr body = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("intent", "CAPTURE");
    body->set("purchase_units", units);
    body->set("payment_source", paymentSource(request));
    return json(body);
}

// PayPal order ids are ^[A-Z0-9]+$, 1 to 36 characters: anything else never reaches a URL.
bool isOrderId(const std::string& id)
{
    return !id.empty() && id.size() <= kMaxOrderIdLength &&
           std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

} // namespace

PayPalApiError::PayPalApiError(int status, std::string name, std::string issue,
                               const std::string& message, std::string debugId)
    : std::runtime_error("PayPal answered " + std::to_string(status) + " " + name + "/" + issue +
                         (message.empty() ? "" : ": " + message) +
                         (debugId.empty() ? "" : " (debug_id " + debugId + ")"))
    , m_status(status)
    , m_name(std::move(name))
    , m_issue(std::move(issue))
    , m_debugId(std::move(debugId))
{
}

PayPalClient::PayPalClient(Config config, ProviderHttpClient::Options options)
    : m_config(std::move(config))
    , m_http(options)
{
    while (!m_config.baseUrl.empty() && m_config.baseUrl.back() == '/')
        m_config.baseUrl.pop_back();
}

PayPalOrder PayPalClient::createOrder(const PayPalOrderRequest& request)
{
    ProviderRequest call{"POST",
                         m_config.baseUrl + "/v2/checkout/orders",
                         {{"PayPal-Request-Id", request.requestId}},
                         createBody(request),
                         "application/json",
                         true};
    return orderOrError(this->call(std::move(call)));
}

PayPalOrder PayPalClient::getOrder(const std::string& orderId)
{
    return orderOrError(call({"GET", orderUrl(orderId), {}, {}, {}, true}));
}

PayPalOrder PayPalClient::capture(const std::string& orderId, const std::string& requestId)
{
    ProviderRequest request{"POST",
                            orderUrl(orderId) + "/capture",
                            {{"PayPal-Request-Id", requestId}, {"Prefer", "return=representation"}},
                            "{}",
                            "application/json",
                            true};
    return orderOrError(call(std::move(request)));
}

std::string PayPalClient::orderUrl(const std::string& orderId) const
{
    if (!isOrderId(orderId))
        throw PayPalApiError(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID",
                             "not a PayPal order id", {});
    return m_config.baseUrl + "/v2/checkout/orders/" + orderId;
}

ProviderResponse PayPalClient::call(ProviderRequest request)
{
    const std::size_t position = request.headers.size();
    request.headers.emplace_back("Authorization", "Bearer " + accessToken(false));
    ProviderResponse response = m_http.send(request);
    if (response.status != kUnauthorized)
        return response;
    request.headers[position].second = "Bearer " + accessToken(true);
    return m_http.send(request);
}

std::string PayPalClient::accessToken(bool renew)
{
    const std::lock_guard lock(m_tokenMutex);
    if (renew || m_token.empty() || std::chrono::steady_clock::now() >= m_tokenRenewAt)
        m_token = fetchToken();
    return m_token;
}

std::string PayPalClient::fetchToken()
{
    const auto asked = std::chrono::steady_clock::now();
    const ProviderResponse response =
        m_http.send({"POST",
                     m_config.baseUrl + "/v1/oauth2/token",
                     {{"Authorization", basicCredentials(m_config.clientId, m_config.clientSecret)},
                      {"Accept", "application/json"}},
                     "grant_type=client_credentials",
                     "application/x-www-form-urlencoded",
                     true});
    const Object::Ptr body = response.status == 200 ? parseJsonObject(response.body) : nullptr;
    const std::string token = jsonText(body, "access_token");
    if (token.empty()) {
        const PayPalApiError error = errorOf(response);
        Poco::Logger::get("ebm.payments")
            .error("PayPal token refused: %s", std::string(error.what()));
        throw ProviderUnavailable(
            std::string("PayPal refused our client credentials: ") + error.what(), std::nullopt);
    }
    const auto lifetime = std::chrono::seconds(body->optValue<int>("expires_in", 0));
    m_tokenRenewAt = asked + std::max<std::chrono::steady_clock::duration>(
                                 lifetime - kRenewBeforeExpiry, std::chrono::seconds(0));
    return token;
}

} // namespace ebm::payments
