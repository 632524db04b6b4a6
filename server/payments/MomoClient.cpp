#include "payments/MomoClient.h"

#include "domain/DomainError.h"
#include "payments/JsonRead.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <sstream>

namespace ebm::payments
{

using Outcome = ProviderState::Outcome;

namespace
{

constexpr std::chrono::seconds kTokenMargin{60};
constexpr std::size_t kMaxNoteCharacters = 160;

// MTN's error code ({"code","message"}) of an answer, "" when it has none.
std::string errorCode(const ProviderResponse& response)
{
    return jsonText(parseJsonObject(response.body), "code");
}

ProviderUnavailable unexpected(const std::string& call, const ProviderResponse& response)
{
    const std::string code = errorCode(response);
    return ProviderUnavailable("MTN MoMo " + call + " answered HTTP " +
                                   std::to_string(response.status) +
                                   (code.empty() ? std::string() : " " + code),
                               response);
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The reason of a FAILED status: observed as a plain string, documented as {code,message}.
void readReason(const Poco::JSON::Object::Ptr& body, ProviderState& state)
{
    if (body->has("reason") && !body->isNull("reason")) {
        if (const auto reason = body->getObject("reason")) {
            state.failureCode = jsonText(reason, "code");
            state.failureReason = jsonText(reason, "message");
        } else {
            state.failureCode = body->get("reason").toString();
        }
    }
    if (state.failureCode.empty())
        state.failureCode = "FAILED";
    if (state.failureReason.empty())
        state.failureReason = state.failureCode;
}

// A SUCCESSFUL status: what was paid (an unreadable amount is held for staff to look at).
void readPayment(const Poco::JSON::Object::Ptr& body, ProviderState& state)
{
    state.captureId = jsonText(body, "financialTransactionId");
    try {
        state.amount =
            Money::parse(jsonText(body, "amount"), Currency::fromCode(jsonText(body, "currency")));
        state.outcome = Outcome::Completed;
    } catch (const DomainError&) {
        state.outcome = Outcome::Processing;
        state.providerStatus = "SUCCESSFUL_UNREADABLE_AMOUNT";
    }
}

} // namespace

MomoClient::MomoClient(MomoConfig config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_http(m_config.http)
{
    while (!m_config.baseUrl.empty() && m_config.baseUrl.back() == '/')
        m_config.baseUrl.pop_back();
}

std::string MomoClient::targetEnvironment() const
{
    return m_config.environment == "simulator" ? "sandbox" : m_config.environment;
}

std::string MomoClient::url(const std::string& path) const
{
    return m_config.baseUrl + path;
}

std::string MomoClient::amountText(const Money& amount)
{
    return amount.toDecimalString();
}

std::string MomoClient::noteText(const std::string& text)
{
    std::string note;
    std::size_t characters = 0;
    for (const char c : text) {
        if (c == '\'' || c == '&')
            continue;
        if (!isUtf8Continuation(c) && ++characters > kMaxNoteCharacters)
            break;
        note += c;
    }
    return note;
}

std::string MomoClient::basicAuthorization(const std::string& userId, const std::string& apiKey)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << userId << ':' << apiKey;
    encoder.close();
    return "Basic " + out.str();
}

std::string MomoClient::paymentBody(const MomoPaymentRequest& request) const
{
    Poco::JSON::Object::Ptr payer = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    payer->set("partyIdType", "MSISDN");
    payer->set("partyId", request.msisdn);
    Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
    body.set("amount", amountText(request.amount));
    body.set("currency", request.amount.currency().code());
    body.set("externalId", request.externalId);
    body.set("payer", payer);
    body.set("payerMessage", noteText(request.payerMessage));
    body.set("payeeNote", noteText(request.payeeNote));
    std::ostringstream out;
    body.stringify(out);
    return out.str();
}

void MomoClient::requestToPay(const MomoPaymentRequest& request)
{
    ProviderRequest call{"POST",
                         url("/collection/v1_0/requesttopay"),
                         {{"X-Reference-Id", request.referenceId},
                          {"X-Target-Environment", targetEnvironment()},
                          {"Ocp-Apim-Subscription-Key", m_config.subscriptionKey}},
                         paymentBody(request),
                         "application/json",
                         true};
    const bool callbackAllowed =
        !m_config.production || request.callbackUrl.rfind("https://", 0) == 0;
    if (!request.callbackUrl.empty() && callbackAllowed)
        call.headers.emplace_back("X-Callback-Url", request.callbackUrl);
    const ProviderResponse response = authorized(std::move(call));
    if (response.status == 202)
        return;
    if (response.status == 409 && errorCode(response) == "RESOURCE_ALREADY_EXIST") {
        Poco::Logger::get("ebm.payments")
            .information("MTN MoMo request to pay %s had already arrived", request.referenceId);
        return;
    }
    throw unexpected("request to pay " + request.referenceId, response);
}

ProviderState MomoClient::status(const std::string& referenceId)
{
    const ProviderResponse response =
        authorized({"GET",
                    url("/collection/v1_0/requesttopay/" + referenceId),
                    {{"X-Target-Environment", targetEnvironment()},
                     {"Ocp-Apim-Subscription-Key", m_config.subscriptionKey}},
                    "",
                    "",
                    true});
    if (response.status == 200)
        return parseStatus(response.body);
    if (response.status == 404 &&
        (response.body.empty() || errorCode(response) == "RESOURCE_NOT_FOUND")) {
        ProviderState unknown;
        unknown.outcome = Outcome::NotStarted;
        unknown.providerStatus = "RESOURCE_NOT_FOUND";
        return unknown;
    }
    throw unexpected("status of " + referenceId, response);
}

ProviderState MomoClient::parseStatus(const std::string& body)
{
    const auto object = parseJsonObject(body);
    if (!object)
        throw ProviderUnavailable("MTN MoMo status: the answer is not a JSON object", std::nullopt);
    ProviderState state;
    state.providerStatus = jsonText(object, "status");
    if (state.providerStatus == "SUCCESSFUL") {
        readPayment(object, state);
    } else if (state.providerStatus == "FAILED") {
        state.outcome = Outcome::Failed;
        readReason(object, state);
    } else {
        // PENDING, CREATED (observed before PENDING) and anything new: not final yet.
        state.outcome = Outcome::Pending;
    }
    return state;
}

ProviderResponse MomoClient::authorized(ProviderRequest request)
{
    const std::string token = accessToken({});
    request.headers.emplace_back("Authorization", "Bearer " + token);
    ProviderResponse response = m_http.send(request);
    if (response.status != 401)
        return response;
    request.headers.back().second = "Bearer " + accessToken(token);
    return m_http.send(request);
}

std::string MomoClient::accessToken(const std::string& rejected)
{
    const std::lock_guard lock(m_tokenMutex);
    const bool usable =
        !m_token.empty() && m_token != rejected && m_clock.now() < m_tokenValidUntil;
    if (!usable)
        m_token = fetchToken();
    return m_token;
}

std::string MomoClient::fetchToken()
{
    const ProviderResponse response =
        m_http.send({"POST",
                     url("/collection/token/"),
                     {{"Authorization", basicAuthorization(m_config.userId, m_config.apiKey)},
                      {"Ocp-Apim-Subscription-Key", m_config.subscriptionKey}},
                     "",
                     "",
                     true});
    const auto object = response.status == 200 ? parseJsonObject(response.body) : nullptr;
    const std::string token = jsonText(object, "access_token");
    if (token.empty())
        throw unexpected("token", response);
    long long lifetime = 0;
    try {
        lifetime = std::stoll(jsonText(object, "expires_in"));
    } catch (const std::exception&) {
        lifetime = 0;
    }
    m_tokenValidUntil = m_clock.now() + std::chrono::seconds(lifetime) - kTokenMargin;
    return token;
}

} // namespace ebm::payments
