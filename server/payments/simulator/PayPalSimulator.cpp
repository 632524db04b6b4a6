#include "payments/simulator/PayPalSimulator.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "payments/JsonRead.h"
#include "payments/PayPalAmounts.h"
#include "security/TokenGenerator.h"

#include <Poco/Base64Decoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>
#include <functional>
#include <random>
#include <regex>
#include <sstream>

namespace ebm::payments
{

using http::ApiResponse;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace
{

constexpr int kTokenLifetimeSeconds = 32400;
constexpr std::size_t kIdLength = 17;
constexpr std::size_t kMaxTextLength = 127;
constexpr std::size_t kMaxRequestIdLength = 108;
constexpr int kMaxFailNext = 1000;
constexpr std::chrono::milliseconds kHangBeyondTimeout{1000};
const char* const kUnitPath = "/purchase_units/@reference_id=='default'";
const char* const kBadRequest =
    "Request is not well-formed, syntactically incorrect, or violates schema.";
const char* const kUnprocessable = "The requested action could not be performed, semantically "
                                   "incorrect, or failed business validation.";

std::string randomText(std::size_t length, std::string_view alphabet)
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < length; ++i)
        text += alphabet[pick(random)];
    return text;
}

std::string payPalId()
{
    return randomText(kIdLength, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}

Object::Ptr object()
{
    return http::makeObject();
}

ApiResponse answer(const Object::Ptr& body, int status)
{
    return ApiResponse::json(body, status);
}

Object::Ptr linkOf(const std::string& href, const std::string& rel, const std::string& method)
{
    Object::Ptr link = object();
    link->set("href", href);
    link->set("rel", rel);
    link->set("method", method);
    return link;
}

// PayPal's error envelope with one detail.
ApiResponse payPalError(int status, const std::string& name, const std::string& issue,
                        const std::string& description, const std::string& field = {},
                        const std::string& location = "body", const std::string& value = {})
{
    Object::Ptr detail = object();
    if (!field.empty()) {
        detail->set("field", field);
        if (!value.empty())
            detail->set("value", value);
        detail->set("location", location);
    }
    detail->set("issue", issue);
    detail->set("description", description);
    Array::Ptr details = new Array;
    details->add(detail);
    Array::Ptr links = new Array;
    links->add(linkOf("https://developer.paypal.com/docs/api/orders/v2/#error-" + issue,
                      "information_link", "GET"));
    Object::Ptr body = object();
    body->set("name", name);
    body->set("details", details);
    body->set("message", status == 422   ? kUnprocessable
                         : status == 404 ? "The specified resource does not exist."
                                         : kBadRequest);
    body->set("debug_id", randomText(13, "0123456789abcdef"));
    body->set("links", links);
    return answer(body, status);
}

ApiResponse authenticationFailure()
{
    Array::Ptr links = new Array;
    links->add(
        linkOf("https://developer.paypal.com/docs/api/overview/#error", "information_link", "GET"));
    Object::Ptr body = object();
    body->set("name", "AUTHENTICATION_FAILURE");
    body->set("message", "Authentication failed due to invalid authentication credentials or a "
                         "missing Authorization header.");
    body->set("links", links);
    return answer(body, 401);
}

ApiResponse notFound(const std::string& orderId)
{
    return payPalError(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID",
                       "Specified resource ID does not exist. Please check the resource ID and "
                       "try again.",
                       "order_id", "path", orderId);
}

ApiResponse internalError()
{
    Object::Ptr body = object();
    body->set("name", "INTERNAL_SERVICE_ERROR");
    body->set("message", "An internal service error has occurred.");
    body->set("debug_id", randomText(13, "0123456789abcdef"));
    Array::Ptr links = new Array;
    links->add(
        linkOf("https://developer.paypal.com/docs/api/orders/v2/#error-INTERNAL_SERVICE_ERROR",
               "information_link", "GET"));
    body->set("links", links);
    return answer(body, 500);
}

ApiResponse oauthError(int status, const std::string& error, const std::string& description)
{
    Object::Ptr body = object();
    body->set("error", error);
    body->set("error_description", description);
    return answer(body, status);
}

Object::Ptr firstUnit(const Object::Ptr& body)
{
    if (!body || !body->isArray("purchase_units"))
        return nullptr;
    const Array::Ptr units = body->getArray("purchase_units");
    return units->size() > 0 && units->isObject(0) ? units->getObject(0) : nullptr;
}

// payment_source.paypal.experience_context, else the deprecated application_context.
Object::Ptr experienceOf(const Object::Ptr& body)
{
    if (const Object::Ptr context = jsonObject(
            jsonObject(jsonObject(body, "payment_source"), "paypal"), "experience_context"))
        return context;
    return jsonObject(body, "application_context");
}

std::string decodeBase64(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    std::string decoded;
    try {
        decoded.assign(std::istreambuf_iterator<char>(decoder), {});
    } catch (const std::exception&) {
        return {};
    }
    return decoded;
}

// The amount's checks, in PayPal's order: 400 for syntax, 422 for business rules.
std::optional<ApiResponse> invalidAmount(const Object::Ptr& amount)
{
    const std::string path = std::string(kUnitPath) + "/amount";
    const std::string currency = jsonText(amount, "currency_code");
    const std::string value = jsonText(amount, "value");
    if (!amount || currency.empty() || value.empty())
        return payPalError(400, "INVALID_REQUEST", "MISSING_REQUIRED_PARAMETER",
                           "A required field / parameter is missing.",
                           path + (amount ? (currency.empty() ? "/currency_code" : "/value") : ""));
    if (!std::regex_match(currency, std::regex("[A-Z]{3}")))
        return payPalError(400, "INVALID_REQUEST", "INVALID_PARAMETER_SYNTAX",
                           "The value of a field does not conform to the expected format.",
                           path + "/currency_code");
    if (!std::regex_match(value, std::regex("[0-9]{1,10}(\\.[0-9]+)?")))
        return payPalError(400, "INVALID_REQUEST", "INVALID_PARAMETER_SYNTAX",
                           "The value of a field does not conform to the expected format.",
                           path + "/value");
    if (!payPalAcceptsCurrency(currency))
        return payPalError(422, "UNPROCESSABLE_ENTITY", "CURRENCY_NOT_SUPPORTED",
                           "Currency code is not currently supported. Please refer "
                           "https://developer.paypal.com/docs/api/reference/currency-codes/ for "
                           "list of supported currency codes.",
                           path + "/currency_code");
    const std::size_t point = value.find('.');
    const std::size_t decimals = point == std::string::npos ? 0 : value.size() - point - 1;
    if (decimals > static_cast<std::size_t>(payPalDecimals(currency)))
        return payPalError(422, "UNPROCESSABLE_ENTITY", "DECIMAL_PRECISION",
                           "If the currency supports decimals, only two decimal place precision "
                           "is supported.",
                           path + "/value");
    if (value.find_first_not_of("0.") == std::string::npos)
        return payPalError(422, "UNPROCESSABLE_ENTITY", "CANNOT_BE_ZERO_OR_NEGATIVE",
                           "Must be greater than zero. If the currency supports decimals, only "
                           "two decimal place precision is supported.",
                           path + "/value");
    return std::nullopt;
}

// PayPal's standard fee (3.49 % + 0.49, or 49 in zero-decimal currencies) and what is left.
std::pair<std::string, std::string> feeAndNet(const std::string& value, int decimals)
{
    std::string digits = value;
    std::size_t point = digits.find('.');
    if (decimals > 0) {
        if (point == std::string::npos) {
            digits += '.';
            point = digits.size() - 1;
        }
        while (digits.size() - point - 1 < static_cast<std::size_t>(decimals))
            digits += '0';
        digits.erase(point, 1);
    }
    const long long gross = std::stoll(digits);
    const long long fee = std::min(gross, (gross * 349 + 5000) / 10000 + 49);
    const auto format = [decimals](long long minor) {
        if (decimals == 0)
            return std::to_string(minor);
        std::string text = std::to_string(minor);
        text.insert(0, text.size() < 3 ? 3 - text.size() : 0, '0');
        return text.insert(text.size() - 2, ".");
    };
    return {format(fee), format(gross - fee)};
}

Object::Ptr money(const std::string& currency, const std::string& value)
{
    Object::Ptr amount = object();
    amount->set("currency_code", currency);
    amount->set("value", value);
    return amount;
}

Object::Ptr paymentSourceJson(bool approved)
{
    Object::Ptr paypal = object();
    if (approved) {
        paypal->set("email_address", "buyer@ebm-simulator.example");
        paypal->set("account_id", std::string(PayPalSimulator::kPayerId));
        paypal->set("account_status", "VERIFIED");
    }
    Object::Ptr source = object();
    source->set("paypal", paypal);
    return source;
}

Object::Ptr payerJson()
{
    Object::Ptr name = object();
    name->set("given_name", "Sim");
    name->set("surname", "Buyer");
    Object::Ptr payer = object();
    payer->set("name", name);
    payer->set("email_address", "buyer@ebm-simulator.example");
    payer->set("payer_id", std::string(PayPalSimulator::kPayerId));
    return payer;
}

std::string withQuery(const std::string& url, const std::string& query)
{
    if (url.empty())
        return {};
    return url + (url.find('?') == std::string::npos ? "?" : "&") + query;
}

std::string captureStatusOf(PayPalSimulator::BuyerChoice choice)
{
    switch (choice) {
    case PayPalSimulator::BuyerChoice::Decline:
        return "DECLINED";
    case PayPalSimulator::BuyerChoice::Pending:
        return "PENDING";
    case PayPalSimulator::BuyerChoice::Approve:
    case PayPalSimulator::BuyerChoice::Cancel:
        break;
    }
    return "COMPLETED";
}

} // namespace

PayPalSimulator::PayPalSimulator(Config config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_webhooks({m_config.publicBaseUrl + "/webhooks/paypal/", m_config.webhookId,
                  m_config.certificateDirectory, m_config.deliveryConnectTimeout},
                 clock)
{
}

PayPalSimulator::~PayPalSimulator()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_stopped.notify_all();
}

ApiResponse PayPalSimulator::token(const ApiCall& call)
{
    const std::string scheme = "Basic ";
    const std::string given = call.authorization.value_or("");
    const bool known = given.size() > scheme.size() &&
                       Poco::icompare(given.substr(0, 6), scheme) == 0 &&
                       decodeBase64(given.substr(scheme.size())) ==
                           m_config.clientId + ":" + m_config.clientSecret;
    if (!known)
        return oauthError(401, "invalid_client", "Client Authentication failed");
    if (call.body.find("grant_type=client_credentials") == std::string::npos)
        return oauthError(400, "unsupported_grant_type", "Grant Type is NULL");
    const std::string issued = "A21AA" + security::TokenGenerator::newToken();
    {
        const std::lock_guard lock(m_mutex);
        m_tokens[issued] =
            std::chrono::steady_clock::now() + std::chrono::seconds(kTokenLifetimeSeconds);
    }
    Object::Ptr body = object();
    body->set("scope",
              "https://uri.paypal.com/services/payments/payment "
              "https://uri.paypal.com/services/checkout/one-click-with-merchant-issued-token");
    body->set("access_token", issued);
    body->set("token_type", "Bearer");
    body->set("app_id", "APP-80W284485P519543T");
    body->set("expires_in", kTokenLifetimeSeconds);
    body->set("nonce", formatIso8601(m_clock.now()) +
                           randomText(43, "abcdefghijklmnopqrstuvwxyz0123456789-_"));
    return answer(body, 200);
}

ApiResponse PayPalSimulator::createOrder(const ApiCall& call)
{
    return withFaults(call, [&] {
        if (call.requestId && call.requestId->size() > kMaxRequestIdLength)
            return payPalError(400, "INVALID_REQUEST", "INVALID_PARAMETER_SYNTAX",
                               "The value of a field does not conform to the expected format.",
                               "PayPal-Request-Id", "header");
        const std::lock_guard lock(m_mutex);
        if (call.requestId) {
            const auto replay = m_orderByRequestId.find(*call.requestId);
            if (replay != m_orderByRequestId.end())
                return answer(orderJson(m_orders.at(replay->second), false), 200);
        }
        const Object::Ptr body = parseJsonObject(call.body);
        if (auto invalid = invalidOrder(body))
            return *invalid;
        Order order = newOrder(body, call);
        if (call.requestId)
            m_orderByRequestId[*call.requestId] = order.id;
        const auto [stored, inserted] = m_orders.emplace(order.id, std::move(order));
        return answer(orderJson(stored->second, false), 201);
    });
}

ApiResponse PayPalSimulator::getOrder(const ApiCall& call, const std::string& orderId)
{
    return withFaults(call, [&] {
        const std::lock_guard lock(m_mutex);
        const auto found = m_orders.find(orderId);
        return found == m_orders.end() ? notFound(orderId)
                                       : answer(orderJson(found->second, true), 200);
    });
}

ApiResponse PayPalSimulator::capture(const ApiCall& call, const std::string& orderId)
{
    return withFaults(call, [&] {
        const std::lock_guard lock(m_mutex);
        const auto found = m_orders.find(orderId);
        return found == m_orders.end() ? notFound(orderId) : captureLocked(found->second, call);
    });
}

// One Orders API call: an injected 500 before anything happens, the bearer token checked, the
// work done, and for an injected timeout the answer held back past the client's read timeout.
ApiResponse PayPalSimulator::withFaults(const ApiCall& call,
                                        const std::function<ApiResponse()>& work)
{
    const Fault fault = takeFault();
    if (fault == Fault::Error500)
        return internalError();
    if (fault == Fault::Refuse)
        return payPalError(422, "UNPROCESSABLE_ENTITY", "PAYEE_ACCOUNT_RESTRICTED",
                           "The merchant account is restricted.");
    ApiResponse response = authorized(call) ? work() : authenticationFailure();
    if (fault == Fault::Timeout)
        hang();
    return response;
}

// One capture per order: a replay with the capture's PayPal-Request-Id gets it again (200).
ApiResponse PayPalSimulator::captureLocked(Order& order, const ApiCall& call)
{
    if (!order.captureId.empty()) {
        if (call.requestId && *call.requestId == order.captureRequestId)
            return answer(orderJson(order, true), 200);
        return payPalError(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED",
                           "Order already captured.If 'intent=CAPTURE' only one capture per order "
                           "is allowed.");
    }
    if (order.status != "APPROVED")
        return payPalError(422, "UNPROCESSABLE_ENTITY", "ORDER_NOT_APPROVED",
                           "Payer has not yet approved the Order for payment. Please redirect the "
                           "payer to the 'rel':'approve' url returned as part of the HATEOAS links "
                           "within the Create Order call or provide a valid payment_source in the "
                           "request.");
    order.captureId = payPalId();
    order.captureStatus = captureStatusOf(order.choice);
    order.captureRequestId = call.requestId.value_or("");
    order.status = "COMPLETED";
    order.updateTime = formatIso8601(m_clock.now());
    sendCaptureEvent(order, order.captureStatus);
    return answer(orderJson(order, true), 201);
}

std::optional<PayPalSimulator::Checkout> PayPalSimulator::checkout(const std::string& orderId) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_orders.find(orderId);
    if (found == m_orders.end())
        return std::nullopt;
    const Order& order = found->second;
    return Checkout{order.id,
                    order.status,
                    order.brandName,
                    order.description,
                    order.value,
                    order.currencyCode,
                    order.locale.starts_with("fr") ? "fr" : "en"};
}

std::string PayPalSimulator::decide(const std::string& orderId, BuyerChoice choice)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_orders.find(orderId);
    if (found == m_orders.end())
        throw http::ApiError::notFound("No such PayPal order.");
    Order& order = found->second;
    if (choice == BuyerChoice::Cancel)
        return withQuery(order.cancelUrl, "token=" + order.id);
    if (order.status == "CREATED" || order.status == "PAYER_ACTION_REQUIRED") {
        order.status = "APPROVED";
        order.choice = choice;
        order.updateTime = formatIso8601(m_clock.now());
        sendEvent("CHECKOUT.ORDER.APPROVED", "checkout-order",
                  "An order has been approved by buyer", orderJson(order, true));
    } else if (order.status != "APPROVED" && order.status != "COMPLETED") {
        throw http::ApiError(409, "order_closed", "This PayPal order can no longer be approved.");
    }
    return withQuery(order.returnUrl, "token=" + order.id + "&PayerID=" + std::string(kPayerId));
}

ApiResponse PayPalSimulator::control(const std::string& text)
{
    const Object::Ptr body = parseJsonObject(text);
    if (!body)
        throw http::ApiError::parseError("send a JSON object");
    const std::lock_guard lock(m_mutex);
    if (body->has("fail_next"))
        setFaults(body);
    if (const std::string id = jsonText(body, "settle_capture"); !id.empty())
        settleCapture(orderFor(id), jsonText(body, "status"));
    if (const std::string id = jsonText(body, "resend"); !id.empty())
        resend(orderFor(id), jsonText(body, "event_type"));
    if (const std::string id = jsonText(body, "refund"); !id.empty())
        refund(orderFor(id));
    return answer(stateLocked(), 200);
}

void PayPalSimulator::setFaults(const Object::Ptr& body)
{
    const int count = body->optValue<int>("fail_next", -1);
    const std::string mode = jsonText(body, "mode");
    if (count < 0 || count > kMaxFailNext)
        throw http::ApiError::validation("fail_next", "Give a count from 0 to 1000.");
    if (!mode.empty() && mode != "error_500" && mode != "timeout" && mode != "refuse")
        throw http::ApiError::validation("mode", "Must be one of: error_500, timeout, refuse.");
    m_failNext = count;
    m_faultMode = mode == "timeout"  ? Fault::Timeout
                  : mode == "refuse" ? Fault::Refuse
                                     : Fault::Error500;
}

PayPalSimulator::Order& PayPalSimulator::orderFor(const std::string& orderId)
{
    const auto found = m_orders.find(orderId);
    if (found == m_orders.end())
        throw http::ApiError::notFound("No such PayPal order.");
    return found->second;
}

// A pending capture settles later (e.g. an eCheck clears): PayPal sends its new status.
void PayPalSimulator::settleCapture(Order& order, const std::string& status)
{
    if (order.captureStatus != "PENDING")
        throw http::ApiError(409, "not_pending", "This order has no pending capture.");
    if (status != "COMPLETED" && status != "DECLINED")
        throw http::ApiError::validation("status", "Must be one of: COMPLETED, DECLINED.");
    order.captureStatus = status;
    sendCaptureEvent(order, status);
}

// The same kind of event again, as a late or out-of-order delivery; nothing changes here.
void PayPalSimulator::resend(const Order& order, const std::string& type)
{
    if (type == "CHECKOUT.ORDER.APPROVED") {
        sendEvent(type, "checkout-order", "An order has been approved by buyer",
                  orderJson(order, true));
        return;
    }
    if (order.captureId.empty() ||
        (type != "PAYMENT.CAPTURE.COMPLETED" && type != "PAYMENT.CAPTURE.PENDING" &&
         type != "PAYMENT.CAPTURE.DECLINED"))
        throw http::ApiError::validation("event_type",
                                         "Must be CHECKOUT.ORDER.APPROVED, or "
                                         "PAYMENT.CAPTURE.COMPLETED/PENDING/DECLINED for a "
                                         "captured order.");
    sendCaptureEvent(order, type.substr(type.rfind('.') + 1));
}

// The merchant refunds the whole capture: PAYMENT.CAPTURE.REFUNDED with the refund resource.
void PayPalSimulator::refund(Order& order)
{
    if (order.captureStatus != "COMPLETED")
        throw http::ApiError(409, "not_captured", "This order has no completed capture.");
    order.captureStatus = "REFUNDED";
    const std::string refundId = payPalId();
    Array::Ptr links = new Array;
    links->add(linkOf("https://api.paypal.com/v2/payments/refunds/" + refundId, "self", "GET"));
    links->add(
        linkOf("https://api.paypal.com/v2/payments/captures/" + order.captureId, "up", "GET"));
    Object::Ptr breakdown = object();
    breakdown->set("gross_amount", money(order.currencyCode, order.value));
    breakdown->set("net_amount", money(order.currencyCode, order.value));
    breakdown->set("total_refunded_amount", money(order.currencyCode, order.value));
    Object::Ptr resource = object();
    resource->set("id", refundId);
    resource->set("amount", money(order.currencyCode, order.value));
    resource->set("seller_payable_breakdown", breakdown);
    resource->set("invoice_id", order.invoiceId);
    resource->set("custom_id", order.customId);
    resource->set("status", "COMPLETED");
    resource->set("create_time", formatIso8601(m_clock.now()));
    resource->set("update_time", formatIso8601(m_clock.now()));
    resource->set("links", links);
    sendEvent("PAYMENT.CAPTURE.REFUNDED", "refund",
              "A " + order.value + " " + order.currencyCode + " capture payment was refunded",
              resource);
}

ApiResponse PayPalSimulator::state() const
{
    const std::lock_guard lock(m_mutex);
    return answer(stateLocked(), 200);
}

Object::Ptr PayPalSimulator::stateLocked() const
{
    const PayPalWebhookSender::Counts counts = m_webhooks.counts();
    Object::Ptr webhooks = object();
    webhooks->set("delivered", counts.delivered);
    webhooks->set("failed", counts.failed);
    webhooks->set("queued", counts.queued);
    Object::Ptr body = object();
    body->set("orders", static_cast<int>(m_orders.size()));
    body->set("fail_next", m_failNext);
    body->set("mode", m_faultMode == Fault::Timeout  ? "timeout"
                      : m_faultMode == Fault::Refuse ? "refuse"
                                                     : "error_500");
    body->set("webhooks", webhooks);
    return body;
}

PayPalSimulator::Fault PayPalSimulator::takeFault()
{
    const std::lock_guard lock(m_mutex);
    if (m_failNext <= 0)
        return Fault::None;
    --m_failNext;
    return m_faultMode;
}

// Answers later than the client waits (the answer is lost), unless the server is stopping.
void PayPalSimulator::hang()
{
    std::unique_lock lock(m_mutex);
    m_stopped.wait_for(lock, m_config.clientReadTimeout + kHangBeyondTimeout,
                       [this] { return m_stopping; });
}

bool PayPalSimulator::authorized(const ApiCall& call)
{
    const std::string given = call.authorization.value_or("");
    if (given.size() <= 7 || Poco::icompare(given.substr(0, 7), std::string("Bearer ")) != 0)
        return false;
    const std::lock_guard lock(m_mutex);
    const auto found = m_tokens.find(given.substr(7));
    return found != m_tokens.end() && found->second > std::chrono::steady_clock::now();
}

std::optional<ApiResponse> PayPalSimulator::invalidOrder(const Object::Ptr& body) const
{
    if (!body)
        return payPalError(400, "INVALID_REQUEST", "MALFORMED_REQUEST_JSON",
                           "The request JSON is not well formed.");
    const std::string intent = jsonText(body, "intent");
    if (intent != "CAPTURE" && intent != "AUTHORIZE")
        return payPalError(400, "INVALID_REQUEST",
                           intent.empty() ? "MISSING_REQUIRED_PARAMETER"
                                          : "INVALID_PARAMETER_VALUE",
                           intent.empty() ? "A required field / parameter is missing."
                                          : "The value of a field is invalid.",
                           "/intent");
    const Object::Ptr unit = firstUnit(body);
    if (!unit)
        return payPalError(400, "INVALID_REQUEST", "MISSING_REQUIRED_PARAMETER",
                           "A required field / parameter is missing.", "/purchase_units");
    if (auto invalid = invalidAmount(jsonObject(unit, "amount")))
        return invalid;
    for (const char* field : {"custom_id", "invoice_id", "description"})
        if (jsonText(unit, field).size() > kMaxTextLength)
            return payPalError(400, "INVALID_REQUEST", "INVALID_STRING_MAX_LENGTH",
                               "The value of a field is too long.",
                               std::string(kUnitPath) + "/" + field);
    return std::nullopt;
}

PayPalSimulator::Order PayPalSimulator::newOrder(const Object::Ptr& body, const ApiCall& call) const
{
    const Object::Ptr unit = firstUnit(body);
    const Object::Ptr amount = jsonObject(unit, "amount");
    const Object::Ptr experience = experienceOf(body);
    Order order;
    order.id = payPalId();
    order.experienceContext = jsonObject(jsonObject(jsonObject(body, "payment_source"), "paypal"),
                                         "experience_context") != nullptr;
    order.status = order.experienceContext ? "PAYER_ACTION_REQUIRED" : "CREATED";
    order.requestId = call.requestId.value_or("");
    order.referenceId =
        jsonText(unit, "reference_id").empty() ? "default" : jsonText(unit, "reference_id");
    order.customId = jsonText(unit, "custom_id");
    order.invoiceId = jsonText(unit, "invoice_id");
    order.description = jsonText(unit, "description");
    order.currencyCode = jsonText(amount, "currency_code");
    order.value = jsonText(amount, "value");
    order.returnUrl = jsonText(experience, "return_url");
    order.cancelUrl = jsonText(experience, "cancel_url");
    order.brandName = jsonText(experience, "brand_name");
    order.locale = jsonText(experience, "locale");
    order.createTime = formatIso8601(m_clock.now());
    order.updateTime = order.createTime;
    return order;
}

// The order as PayPal shows it: minimal (create's answer) or full (get, capture, webhooks).
Object::Ptr PayPalSimulator::orderJson(const Order& order, bool full) const
{
    const bool approved = order.status == "APPROVED" || order.status == "COMPLETED";
    Object::Ptr json = object();
    json->set("id", order.id);
    if (full)
        json->set("intent", "CAPTURE");
    json->set("status", order.status);
    if (order.experienceContext || approved)
        json->set("payment_source", paymentSourceJson(approved));
    if (full) {
        Array::Ptr units = new Array;
        units->add(purchaseUnitJson(order));
        json->set("purchase_units", units);
        if (approved)
            json->set("payer", payerJson());
        json->set("create_time", order.createTime);
        json->set("update_time", order.updateTime);
    }
    json->set("links", orderLinks(order));
    return json;
}

Array::Ptr PayPalSimulator::orderLinks(const Order& order) const
{
    const std::string self = link("/v2/checkout/orders/" + order.id);
    Array::Ptr links = new Array;
    links->add(linkOf(self, "self", "GET"));
    if (order.status == "CREATED")
        links->add(linkOf(link("/checkoutnow?token=" + order.id), "approve", "GET"));
    if (order.status == "PAYER_ACTION_REQUIRED")
        links->add(linkOf(link("/checkoutnow?token=" + order.id), "payer-action", "GET"));
    if (order.status == "CREATED" || order.status == "APPROVED") {
        links->add(linkOf(self, "update", "PATCH"));
        links->add(linkOf(self + "/capture", "capture", "POST"));
    }
    return links;
}

Object::Ptr PayPalSimulator::purchaseUnitJson(const Order& order) const
{
    Object::Ptr payee = object();
    payee->set("email_address", "merchant@ebm-simulator.example");
    payee->set("merchant_id", "EBMSIMMERCHANT1");
    Object::Ptr unit = object();
    unit->set("reference_id", order.referenceId);
    unit->set("amount", money(order.currencyCode, order.value));
    unit->set("payee", payee);
    unit->set("description", order.description);
    unit->set("custom_id", order.customId);
    unit->set("invoice_id", order.invoiceId);
    if (!order.captureId.empty()) {
        Array::Ptr captures = new Array;
        captures->add(captureJson(order, order.captureStatus));
        Object::Ptr payments = object();
        payments->set("captures", captures);
        unit->set("payments", payments);
    }
    return unit;
}

Object::Ptr PayPalSimulator::captureJson(const Order& order, const std::string& status) const
{
    const std::string self = "https://api.paypal.com/v2/payments/captures/" + order.captureId;
    Array::Ptr links = new Array;
    links->add(linkOf(self, "self", "GET"));
    links->add(linkOf(self + "/refund", "refund", "POST"));
    links->add(linkOf("https://api.paypal.com/v2/checkout/orders/" + order.id, "up", "GET"));
    Object::Ptr relatedIds = object();
    relatedIds->set("order_id", order.id);
    Object::Ptr supplementary = object();
    supplementary->set("related_ids", relatedIds);
    Object::Ptr protection = object();
    protection->set("status", "ELIGIBLE");
    Object::Ptr capture = object();
    capture->set("id", order.captureId);
    capture->set("status", status);
    if (status == "PENDING") {
        Object::Ptr details = object();
        details->set("reason", "PENDING_REVIEW");
        capture->set("status_details", details);
    }
    capture->set("amount", money(order.currencyCode, order.value));
    capture->set("final_capture", true);
    capture->set("seller_protection", protection);
    if (status == "COMPLETED") {
        const auto [fee, net] = feeAndNet(order.value, payPalDecimals(order.currencyCode));
        Object::Ptr breakdown = object();
        breakdown->set("gross_amount", money(order.currencyCode, order.value));
        breakdown->set("paypal_fee", money(order.currencyCode, fee));
        breakdown->set("net_amount", money(order.currencyCode, net));
        capture->set("seller_receivable_breakdown", breakdown);
    }
    capture->set("invoice_id", order.invoiceId);
    capture->set("custom_id", order.customId);
    capture->set("supplementary_data", supplementary);
    capture->set("create_time", order.updateTime);
    capture->set("update_time", formatIso8601(m_clock.now()));
    capture->set("links", links);
    return capture;
}

void PayPalSimulator::sendCaptureEvent(const Order& order, const std::string& status)
{
    sendEvent("PAYMENT.CAPTURE." + status, "capture",
              "Payment " + Poco::toLower(status) + " for " + order.value + " " + order.currencyCode,
              captureJson(order, status));
}

// Queues a webhook event in PayPal's envelope.
void PayPalSimulator::sendEvent(const std::string& type, const std::string& resourceType,
                                const std::string& summary, const Object::Ptr& resource)
{
    const std::string id = "WH-" + payPalId() + "-" + payPalId();
    Array::Ptr links = new Array;
    const std::string self = "https://api.paypal.com/v1/notifications/webhooks-events/" + id;
    links->add(linkOf(self, "self", "GET"));
    links->add(linkOf(self + "/resend", "resend", "POST"));
    Object::Ptr event = object();
    event->set("id", id);
    event->set("event_version", "1.0");
    event->set("create_time", formatIso8601(m_clock.now()));
    event->set("resource_type", resourceType);
    event->set("resource_version", "2.0");
    event->set("event_type", type);
    event->set("summary", summary);
    event->set("resource", resource);
    event->set("links", links);
    std::ostringstream body;
    event->stringify(body);
    m_webhooks.enqueue(body.str());
}

std::string PayPalSimulator::link(const std::string& path) const
{
    return m_config.publicBaseUrl + std::string(kPathPrefix) + path;
}

} // namespace ebm::payments
