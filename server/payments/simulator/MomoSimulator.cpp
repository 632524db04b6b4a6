#include "payments/simulator/MomoSimulator.h"

#include "domain/Currency.h"
#include "http/JsonFields.h"
#include "payments/MomoClient.h"
#include "security/TokenGenerator.h"

#include <Poco/JSON/Parser.h>
#include <array>
#include <regex>
#include <sstream>
#include <string_view>
#include <thread>

namespace ebm::payments
{

using http::ApiRequest;
using http::ApiResponse;
using http::makeObject;
using Poco::JSON::Object;

namespace
{

constexpr std::chrono::seconds kTokenLifetime{3600};
constexpr std::chrono::seconds kPendingExpiresAfter{30};
constexpr std::size_t kMaxNoteCharacters = 160;
constexpr int kMaxFailNext = 100;
constexpr std::string_view kExpiringNumber = "46733123453";
constexpr std::string_view kRepeatedCallbackNumber = "56733123453";
constexpr const char* kBadSubscriptionKey = "Access denied due to invalid subscription key. Make "
                                            "sure to provide a valid key for an active "
                                            "subscription.";

// The sandbox test numbers as observed (and two of ours); any other number succeeds.
struct Scenario
{
    std::string_view msisdn;
    std::string_view status;
    std::string_view reason;
};

constexpr std::array kScenarios{
    Scenario{"46733123450", "FAILED", "INTERNAL_PROCESSING_ERROR"},
    Scenario{"46733123451", "FAILED", "APPROVAL_REJECTED"},
    Scenario{"46733123452", "FAILED", "EXPIRED"},
    Scenario{kExpiringNumber, "PENDING", ""},
    Scenario{"46733123454", "CREATED", ""},
    Scenario{"46733123455", "FAILED", "NOT_ENOUGH_FUNDS"},    // simulator only
    Scenario{"46733123456", "FAILED", "PAYER_LIMIT_REACHED"}, // simulator only
};

Scenario scenarioOf(const std::string& msisdn)
{
    for (const Scenario& scenario : kScenarios)
        if (scenario.msisdn == msisdn)
            return scenario;
    return {msisdn, "SUCCESSFUL", ""};
}

bool isFinal(const std::string& status)
{
    return status == "SUCCESSFUL" || status == "FAILED";
}

std::string stringify(const Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

ApiResponse momoError(int status, const std::string& code, const std::string& message)
{
    Object::Ptr body = makeObject();
    body->set("code", code);
    body->set("message", message);
    return ApiResponse::json(body, status);
}

// The API gateway's own refusal (a wrong or missing subscription key or access token).
ApiResponse gatewayRefusal(const std::string& message)
{
    Object::Ptr body = makeObject();
    body->set("statusCode", 401);
    body->set("message", message);
    return ApiResponse::json(body, 401);
}

Object::Ptr objectOf(const std::string& body)
{
    try {
        const Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(body);
        if (parsed.type() == typeid(Object::Ptr))
            return parsed.extract<Object::Ptr>();
    } catch (const Poco::Exception&) {
    }
    return {};
}

std::string textOf(const Object::Ptr& object, const std::string& name)
{
    if (!object || !object->has(name) || object->isNull(name) || !object->get(name).isString())
        return {};
    return object->get(name).toString();
}

bool isUuid4(const std::string& text)
{
    static const std::regex kUuid4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                   "[0-9a-f]{12}$",
                                   std::regex::icase);
    return std::regex_match(text, kUuid4);
}

// A positive decimal string with no more decimals than the currency has.
bool isValidAmount(const std::string& amount, const std::string& currency)
{
    static const std::regex kDecimal("^[0-9]+(\\.[0-9]+)?$");
    if (!std::regex_match(amount, kDecimal) ||
        amount.find_first_of("123456789") == std::string::npos)
        return false;
    const std::size_t point = amount.find('.');
    const std::size_t decimals = point == std::string::npos ? 0 : amount.size() - point - 1;
    return static_cast<int>(decimals) <= Currency::fromCode(currency).exponent();
}

bool isValidNote(const std::string& note)
{
    return MomoClient::noteText(note) == note;
}

Object::Ptr payerOf(const std::string& msisdn)
{
    Object::Ptr payer = makeObject();
    payer->set("partyIdType", "MSISDN");
    payer->set("partyId", msisdn);
    return payer;
}

// What is wrong with a request-to-pay body, as MTN would answer it; nothing when it is right.
std::optional<ApiResponse> refuseBody(const Object::Ptr& body)
{
    if (!body)
        return momoError(400, "INVALID_REQUEST", "The body must be a JSON object.");
    const std::string currency = textOf(body, "currency");
    if (currency != "EUR" && currency != "XAF" && currency != "XOF")
        return momoError(500, "INVALID_CURRENCY", "Currency not supported.");
    if (!isValidAmount(textOf(body, "amount"), currency))
        return momoError(400, "INVALID_REQUEST", "amount must be a positive decimal string.");
    const Object::Ptr payer = body->getObject("payer");
    static const std::regex kMsisdn("^[0-9]{5,15}$");
    if (!payer || textOf(payer, "partyIdType") != "MSISDN" ||
        !std::regex_match(textOf(payer, "partyId"), kMsisdn))
        return momoError(400, "INVALID_REQUEST", "payer must be {partyIdType: MSISDN, partyId}.");
    if (textOf(body, "externalId").empty())
        return momoError(400, "INVALID_REQUEST", "externalId is required.");
    if (!isValidNote(textOf(body, "payerMessage")) || !isValidNote(textOf(body, "payeeNote")))
        return momoError(400, "INVALID_REQUEST",
                         "payerMessage and payeeNote take at most 160 characters, without ' or &.");
    return std::nullopt;
}

} // namespace

MomoSimulator::MomoSimulator(const Clock& clock, Credentials credentials,
                             std::chrono::milliseconds hangFor,
                             ProviderHttpClient::Options callbacks)
    : m_clock(clock)
    , m_credentials(std::move(credentials))
    , m_hangFor(hangFor)
    , m_callbacks(callbacks)
{
}

// POST /simulator/momo/collection/token/
ApiResponse MomoSimulator::token(const ApiRequest& request)
{
    if (request.header("Ocp-Apim-Subscription-Key").value_or("") != m_credentials.subscriptionKey)
        return gatewayRefusal(kBadSubscriptionKey);
    if (!request.header("Content-Length"))
        return ApiResponse::text(
            "<html><head><title>Length Required</title></head><body><h2>Length "
            "Required</h2></body></html>",
            "text/html", 411);
    const std::string expected =
        MomoClient::basicAuthorization(m_credentials.userId, m_credentials.apiKey);
    if (request.header("Authorization").value_or("") != expected) {
        Object::Ptr refused = makeObject();
        refused->set("error", "login_failed");
        return ApiResponse::json(refused, 401);
    }
    const std::string token = security::TokenGenerator::newToken();
    {
        const std::lock_guard lock(m_mutex);
        const auto now = m_clock.now();
        std::erase_if(m_tokens, [now](const auto& entry) { return entry.second <= now; });
        m_tokens[token] = now + kTokenLifetime;
    }
    Object::Ptr body = makeObject();
    body->set("access_token", token);
    body->set("token_type", "access_token");
    body->set("expires_in", kTokenLifetime.count());
    return ApiResponse::json(body);
}

std::optional<ApiResponse> MomoSimulator::refuseCaller(const ApiRequest& request)
{
    if (request.header("Ocp-Apim-Subscription-Key").value_or("") != m_credentials.subscriptionKey)
        return gatewayRefusal(kBadSubscriptionKey);
    const std::string authorization = request.header("Authorization").value_or("");
    const std::string scheme = "Bearer ";
    const std::lock_guard lock(m_mutex);
    const auto token = authorization.rfind(scheme, 0) == 0
                           ? m_tokens.find(authorization.substr(scheme.size()))
                           : m_tokens.end();
    if (token == m_tokens.end() || token->second <= m_clock.now())
        return gatewayRefusal("Access denied due to invalid or expired access token.");
    return std::nullopt;
}

std::optional<MomoSimulator::Fault> MomoSimulator::takeFault()
{
    const std::lock_guard lock(m_mutex);
    if (m_failNext == 0)
        return std::nullopt;
    --m_failNext;
    return m_fault;
}

ApiResponse MomoSimulator::underFaults(const std::function<ApiResponse()>& call)
{
    const auto fault = takeFault();
    if (fault == Fault::Error500)
        return momoError(500, "INTERNAL_PROCESSING_ERROR", "An internal error occurred.");
    ApiResponse answer = call();
    if (fault == Fault::Timeout)
        std::this_thread::sleep_for(m_hangFor); // the call took effect; its answer comes too late
    return answer;
}

// POST /simulator/momo/collection/v1_0/requesttopay
ApiResponse MomoSimulator::requestToPay(const ApiRequest& request)
{
    if (auto refused = refuseCaller(request))
        return *refused;
    return underFaults([&] { return acceptPayment(request); });
}

ApiResponse MomoSimulator::acceptPayment(const ApiRequest& request)
{
    const std::string referenceId = request.header("X-Reference-Id").value_or("");
    if (!isUuid4(referenceId))
        return momoError(400, "INVALID_REFERENCE_ID", "X-Reference-Id must be a UUID version 4.");
    if (request.header("X-Target-Environment").value_or("") != "sandbox")
        return momoError(500, "NOT_ALLOWED_TARGET_ENVIRONMENT",
                         "Access to target environment is forbidden.");
    const Object::Ptr body = objectOf(request.body());
    if (auto refused = refuseBody(body))
        return *refused;
    const Object::Ptr payer = body->getObject("payer");
    return createPayment(referenceId, {textOf(body, "amount"),
                                       textOf(body, "currency"),
                                       textOf(body, "externalId"),
                                       textOf(payer, "partyId"),
                                       textOf(body, "payerMessage"),
                                       textOf(body, "payeeNote"),
                                       request.header("X-Callback-Url").value_or(""),
                                       m_clock.now(),
                                       {},
                                       {},
                                       {}});
}

ApiResponse MomoSimulator::createPayment(const std::string& referenceId, const Payment& received)
{
    const std::lock_guard lock(m_mutex);
    if (m_payments.contains(referenceId))
        return momoError(409, "RESOURCE_ALREADY_EXIST",
                         "Duplicated reference id. Creation for resource failed.");
    Payment& payment = m_payments.emplace(referenceId, received).first->second;
    const Scenario scenario = scenarioOf(payment.msisdn);
    payment.status = scenario.status;
    payment.reason = scenario.reason;
    if (isFinal(payment.status))
        finish(payment);
    return {202, "", "", {}};
}

// GET /simulator/momo/collection/v1_0/requesttopay/{reference}
ApiResponse MomoSimulator::status(const ApiRequest& request)
{
    if (auto refused = refuseCaller(request))
        return *refused;
    return underFaults([&] {
        const std::lock_guard lock(m_mutex);
        const auto found = m_payments.find(request.pathParam("reference"));
        if (found == m_payments.end())
            return momoError(404, "RESOURCE_NOT_FOUND", "Requested resource was not found.");
        Payment& payment = found->second;
        advance(payment);
        Object::Ptr body = makeObject();
        body->set("amount", payment.amount);
        body->set("currency", payment.currency);
        if (payment.status == "SUCCESSFUL")
            body->set("financialTransactionId", payment.financialTransactionId);
        body->set("externalId", payment.externalId);
        body->set("payer", payerOf(payment.msisdn));
        body->set("payerMessage", payment.payerMessage);
        body->set("payeeNote", payment.payeeNote);
        body->set("status", payment.status);
        if (payment.status == "FAILED")
            body->set("reason", payment.reason);
        return ApiResponse::json(body);
    });
}

void MomoSimulator::advance(Payment& payment)
{
    if (payment.msisdn == kExpiringNumber && payment.status == "PENDING" &&
        m_clock.now() - payment.createdAt >= kPendingExpiresAfter) {
        payment.status = "FAILED";
        payment.reason = "EXPIRED";
        finish(payment);
    }
}

void MomoSimulator::finish(Payment& payment)
{
    if (payment.status == "SUCCESSFUL")
        payment.financialTransactionId = std::to_string(1'000'000'000 + ++m_transactionSequence);
    if (payment.callbackUrl.empty() || !m_callbacksOn)
        return;
    Object::Ptr body = makeObject();
    body->set("externalId", payment.externalId);
    body->set("amount", payment.amount);
    body->set("currency", payment.currency);
    body->set("payer", payerOf(payment.msisdn));
    body->set("payeeNote", payment.payeeNote);
    body->set("status", payment.status);
    if (payment.status == "FAILED")
        body->set("reason", payment.reason);
    const int deliveries = payment.msisdn == kRepeatedCallbackNumber ? 2 : 1;
    for (int i = 0; i < deliveries; ++i)
        m_callbacks.post(payment.callbackUrl, stringify(body));
}

// POST /simulator/momo/_control/  {"fail_next": N, "mode"?: "error_500"|"timeout",
// "callbacks"?: bool}
ApiResponse MomoSimulator::setFaults(const ApiRequest& request)
{
    http::JsonFields fields(request.jsonBody());
    const auto failNext = fields.optionalInteger("fail_next", 0, kMaxFailNext);
    const std::string mode = fields.has("mode") ? fields.requiredString("mode", 16) : "error_500";
    if (mode != "error_500" && mode != "timeout")
        fields.reject("mode", "Must be one of: error_500, timeout.");
    const auto callbacks = fields.optionalBoolean("callbacks");
    fields.done();
    {
        const std::lock_guard lock(m_mutex);
        if (failNext) {
            m_failNext = static_cast<int>(*failNext);
            m_fault = mode == "timeout" ? Fault::Timeout : Fault::Error500;
        }
        m_callbacksOn = callbacks.value_or(m_callbacksOn);
    }
    return faultsAndCallbacks(request);
}

// GET /simulator/momo/_control/
ApiResponse MomoSimulator::faultsAndCallbacks(const ApiRequest&)
{
    const auto counts = m_callbacks.counts();
    Object::Ptr callbacks = makeObject();
    callbacks->set("pending", counts.pending);
    callbacks->set("delivered", counts.delivered);
    callbacks->set("failed", counts.failed);
    Object::Ptr body = makeObject();
    {
        const std::lock_guard lock(m_mutex);
        body->set("fail_next", m_failNext);
        body->set("mode", std::string(m_fault == Fault::Timeout ? "timeout" : "error_500"));
        body->set("requests_to_pay", static_cast<int>(m_payments.size()));
        body->set("send_callbacks", m_callbacksOn);
    }
    body->set("callbacks", callbacks);
    return ApiResponse::json(body);
}

} // namespace ebm::payments
