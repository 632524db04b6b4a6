#pragma once

#include "domain/Clock.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/simulator/CallbackQueue.h"

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace ebm::payments
{

// An imitation of the MTN MoMo Collection API (sandbox) for offline use and tests, served by
// ebm-server itself under /simulator/momo/ in simulator mode: the token (Basic auth and
// subscription key checked), request-to-pay (202, 409 for a reused reference id) and its status,
// with the sandbox test numbers' observed outcomes, callbacks posted from a background thread,
// and faults on demand (the next N calls answer 500 or hang past the client's read timeout).
// Time is the server's injected clock. State lives in memory: it is a test double.
class MomoSimulator final
{
public:
    // What callers must present (Basic userId:apiKey, Ocp-Apim-Subscription-Key).
    struct Credentials
    {
        std::string userId;
        std::string apiKey;
        std::string subscriptionKey;
    };

    // hangFor: how long a "timeout" fault keeps a call waiting (longer than the client's read
    // timeout); callbacks: how the simulator's own deliveries are sent.
    MomoSimulator(const Clock& clock, Credentials credentials, std::chrono::milliseconds hangFor,
                  ProviderHttpClient::Options callbacks);
    MomoSimulator(const MomoSimulator&) = delete;
    MomoSimulator& operator=(const MomoSimulator&) = delete;

    http::ApiResponse token(const http::ApiRequest& request);
    http::ApiResponse requestToPay(const http::ApiRequest& request);
    http::ApiResponse status(const http::ApiRequest& request);
    http::ApiResponse setFaults(const http::ApiRequest& request);
    http::ApiResponse faultsAndCallbacks(const http::ApiRequest& request);

private:
    // One request to pay as received, and where it stands.
    struct Payment
    {
        std::string amount;
        std::string currency;
        std::string externalId;
        std::string msisdn;
        std::string payerMessage;
        std::string payeeNote;
        std::string callbackUrl;
        std::chrono::sys_seconds createdAt;
        std::string status;
        std::string reason;
        std::string financialTransactionId;
    };

    enum class Fault
    {
        Error500,
        Timeout
    };

    // Checks the subscription key and the bearer token; the 401 answer when one is wrong.
    std::optional<http::ApiResponse> refuseCaller(const http::ApiRequest& request);
    // Counts down the injected faults: the one the current call suffers, if any.
    std::optional<Fault> takeFault();
    // Runs a call under the injected faults: 500 without effect, or its answer held too long.
    http::ApiResponse underFaults(const std::function<http::ApiResponse()>& call);
    http::ApiResponse acceptPayment(const http::ApiRequest& request);
    http::ApiResponse createPayment(const std::string& referenceId, const Payment& payment);
    // Moves a payment on with the clock (46733123453 expires after 30 s).
    void advance(Payment& payment);
    // A payment reached its final state: its transaction id, its callback(s).
    void finish(Payment& payment);

    const Clock& m_clock;
    Credentials m_credentials;
    std::chrono::milliseconds m_hangFor;
    std::mutex m_mutex;
    std::map<std::string, std::chrono::sys_seconds> m_tokens;
    std::map<std::string, Payment> m_payments;
    long long m_transactionSequence = 0;
    int m_failNext = 0;
    Fault m_fault = Fault::Error500;
    bool m_callbacksOn = true;
    CallbackQueue m_callbacks;
};

} // namespace ebm::payments
