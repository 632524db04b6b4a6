#pragma once

#include <Poco/Net/Context.h>
#include <Poco/URI.h>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ebm::payments
{

// One HTTP request to a payment provider. `idempotent` allows retries: set it only when
// repeating the request cannot do anything twice (GET, or a POST carrying an idempotency key).
struct ProviderRequest
{
    std::string method;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string contentType;
    bool idempotent = false;
};

// A provider's answer; header names are lower case (repeated headers joined with ", ").
struct ProviderResponse
{
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;
};

// A provider call that cannot be made as asked (malformed URL, plain HTTP refused).
class ProviderError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The provider could not be reached, timed out or answered 5xx/429 on every attempt: whether a
// non-idempotent request took effect is unknown, so the caller checks again later.
class ProviderUnavailable : public ProviderError
{
public:
    ProviderUnavailable(const std::string& message, std::optional<ProviderResponse> lastResponse);

    // The last 5xx/429 answer, when the last attempt got one (MoMo puts error codes in its 500s).
    const std::optional<ProviderResponse>& lastResponse() const noexcept;

private:
    std::optional<ProviderResponse> m_lastResponse;
};

// The one outbound HTTP client of the payment providers: HTTPS with the server certificate and
// host name verified against the system CAs, timeouts, and retries with capped exponential
// backoff and full jitter for idempotent requests only. Never logs bodies or header values.
class ProviderHttpClient final
{
public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{5000};
        std::chrono::milliseconds readTimeout{15000}; // per read, not for the whole answer
        int maxAttempts = 3;
        std::chrono::milliseconds baseBackoff{200};
        std::chrono::milliseconds maxBackoff{2000};
        bool allowPlainHttp = false; // only outside production, for the built-in simulator
    };

    using Sleeper = std::function<void(std::chrono::milliseconds)>;
    // Picks the wait before a retry within [0, ceiling].
    using Jitter = std::function<std::chrono::milliseconds(std::chrono::milliseconds ceiling)>;

    // An empty sleeper or jitter means std::this_thread::sleep_for or a uniform random pick.
    // Throws std::invalid_argument for maxAttempts < 1 or negative durations.
    explicit ProviderHttpClient(Options options, Sleeper sleeper = {}, Jitter jitter = {});

    // Answers any status below 500 but 429; throws ProviderUnavailable after the last failed
    // attempt and ProviderError (before connecting) for a URL it must not call.
    ProviderResponse send(const ProviderRequest& request) const;

private:
    // What one attempt gave: an answer, or the failure that prevented one.
    struct Attempt
    {
        std::optional<ProviderResponse> response;
        std::string failure;
    };

    Poco::URI checkedUri(const std::string& url) const;
    Attempt attempt(const Poco::URI& uri, const ProviderRequest& request) const;
    ProviderResponse exchange(const Poco::URI& uri, const ProviderRequest& request) const;
    std::chrono::milliseconds backoff(int retry) const;

    Options m_options;
    Sleeper m_sleeper;
    Jitter m_jitter;
    Poco::Net::Context::Ptr m_tlsContext;
};

} // namespace ebm::payments
