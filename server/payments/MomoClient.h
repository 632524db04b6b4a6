#pragma once

#include "domain/Clock.h"
#include "domain/Money.h"
#include "payments/PaymentProvider.h"
#include "payments/ProviderHttpClient.h"

#include <chrono>
#include <mutex>
#include <string>

namespace ebm::payments
{

// Where and as whom the MTN MoMo Collection API is called (from mtn_momo.* in Settings).
struct MomoConfig
{
    std::string baseUrl;         // e.g. https://proxy.momoapi.mtn.com, no trailing slash needed
    std::string environment;     // sandbox | a market (mtncameroon, …) | simulator
    std::string subscriptionKey; // Ocp-Apim-Subscription-Key, never logged
    std::string userId;          // the API user (a uuid)
    std::string apiKey;          // never logged
    bool production = false;     // callback URLs must then be https
    ProviderHttpClient::Options http;
};

// One request to pay as MTN receives it.
struct MomoPaymentRequest
{
    std::string referenceId; // X-Reference-Id: our payment's transaction id (uuid4)
    Money amount;
    std::string externalId;
    std::string msisdn;
    std::string payerMessage;
    std::string payeeNote;
    std::string callbackUrl; // empty: no X-Callback-Url
};

// The MTN MoMo Collection API: an access token (Basic apiUser:apiKey) cached until a minute
// before it expires and fetched again once when a call answers 401, request-to-pay and its
// status. The reference id is the idempotency key, so request-to-pay is retried like the status
// GET: MTN answers a replay 409 RESOURCE_ALREADY_EXIST, which counts as started. Anything that is
// not a clear answer throws ProviderUnavailable (the payment is checked again later). Never logs
// the credentials or the token.
class MomoClient final
{
public:
    MomoClient(MomoConfig config, const Clock& clock);

    // X-Target-Environment: the configured market, "sandbox" for the sandbox and the simulator.
    std::string targetEnvironment() const;

    void requestToPay(const MomoPaymentRequest& request);
    // The request's state: NotStarted when MTN does not know the reference.
    ProviderState status(const std::string& referenceId);

    // The amount as MTN takes it: a decimal string, without decimals for XAF and XOF.
    static std::string amountText(const Money& amount);
    // A payer message or payee note as MTN takes it: without ' and &, at most 160 characters.
    static std::string noteText(const std::string& text);
    // The Authorization header value of the token call: "Basic " + base64(userId:apiKey).
    static std::string basicAuthorization(const std::string& userId, const std::string& apiKey);
    // A status body (GET requesttopay/{ref}) as our state; `reason` as a string or {code,message}.
    static ProviderState parseStatus(const std::string& body);

private:
    // The call made with a valid token; once more with a new token when it answers 401.
    ProviderResponse authorized(ProviderRequest request);
    // The cached token, or a new one when there is none, it expired or MTN refused `rejected`.
    std::string accessToken(const std::string& rejected);
    std::string fetchToken();
    std::string url(const std::string& path) const;
    std::string paymentBody(const MomoPaymentRequest& request) const;

    MomoConfig m_config;
    const Clock& m_clock;
    ProviderHttpClient m_http;
    std::mutex m_tokenMutex;
    std::string m_token;
    std::chrono::sys_seconds m_tokenValidUntil{};
};

} // namespace ebm::payments
