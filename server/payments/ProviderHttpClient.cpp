#include "payments/ProviderHttpClient.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <algorithm>
#include <memory>
#include <random>
#include <thread>

namespace ebm::payments
{

using std::chrono::milliseconds;

namespace
{

Poco::Timespan toTimespan(milliseconds duration)
{
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(duration.count()) * 1000);
}

// The URL as messages show it: without user information, which could hold credentials.
std::string printable(const Poco::URI& uri)
{
    Poco::URI shown(uri);
    shown.setUserInfo("");
    return shown.toString();
}

bool isUnavailable(int status)
{
    return status >= 500 || status == 429;
}

// POST, PUT and PATCH always state their length: MoMo answers 411 to a bodiless POST without
// "Content-Length: 0".
bool statesLength(const ProviderRequest& request)
{
    return !request.body.empty() || request.method == Poco::Net::HTTPRequest::HTTP_POST ||
           request.method == Poco::Net::HTTPRequest::HTTP_PUT ||
           request.method == Poco::Net::HTTPRequest::HTTP_PATCH;
}

Poco::Net::Context::Ptr makeTlsContext()
{
    Poco::Net::Context::Params params;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT; // host name even on loopback
    params.loadDefaultCAs = true;
    Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    context->enableExtendedCertificateVerification(true);
    context->setInvalidCertificateHandler(new Poco::Net::RejectCertificateHandler(false));
    return context;
}

milliseconds uniformJitter(milliseconds ceiling)
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    std::uniform_int_distribution<milliseconds::rep> pick(0, ceiling.count());
    return milliseconds(pick(random));
}

void sleepFor(milliseconds duration)
{
    std::this_thread::sleep_for(duration);
}

void checkOptions(const ProviderHttpClient::Options& options)
{
    const milliseconds zero{0};
    if (options.maxAttempts < 1 || options.connectTimeout < zero || options.readTimeout < zero ||
        options.baseBackoff < zero || options.maxBackoff < zero) {
        throw std::invalid_argument(
            "provider HTTP client: maxAttempts must be at least 1 and durations not negative");
    }
}

std::unique_ptr<Poco::Net::HTTPClientSession> openSession(const Poco::URI& uri,
                                                          const Poco::Net::Context::Ptr& tls)
{
    if (uri.getScheme() == "https") {
        return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tls);
    }
    return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
}

Poco::Net::HTTPRequest toHttpRequest(const Poco::URI& uri, const ProviderRequest& request)
{
    const std::string target = uri.getPathAndQuery();
    Poco::Net::HTTPRequest out(request.method, target.empty() ? "/" : target,
                               Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : request.headers) {
        out.add(name, value);
    }
    if (!request.contentType.empty()) {
        out.setContentType(request.contentType);
    }
    if (statesLength(request)) {
        out.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
    }
    return out;
}

ProviderResponse toProviderResponse(const Poco::Net::HTTPResponse& response, std::string body)
{
    ProviderResponse out;
    out.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        auto [slot, inserted] = out.headers.emplace(Poco::toLower(name), value);
        if (!inserted) {
            slot->second += ", " + value;
        }
    }
    out.body = std::move(body);
    return out;
}

// Rethrows what the session met while streaming the body (the stream itself only sets badbit),
// and refuses an answer cut short of its Content-Length.
void checkBodyComplete(const Poco::Net::HTTPClientSession& session,
                       const Poco::Net::HTTPResponse& response, const ProviderRequest& request,
                       const std::string& body)
{
    if (const Poco::Exception* error = session.networkException()) {
        error->rethrow();
    }
    const Poco::Int64 expected = response.getContentLength64();
    if (request.method != Poco::Net::HTTPRequest::HTTP_HEAD && response.hasContentLength() &&
        static_cast<Poco::Int64>(body.size()) < expected) {
        throw Poco::IOException("the answer ended after " + std::to_string(body.size()) + " of " +
                                std::to_string(expected) + " bytes");
    }
}

std::string unavailableMessage(const std::string& target, int attempts, const std::string& cause)
{
    return target + ": provider unavailable after " + std::to_string(attempts) +
           (attempts == 1 ? " attempt: " : " attempts: ") + cause;
}

// Names the request by method and URL only: bodies and header values may hold secrets.
void logRetry(const std::string& target, int number, int attempts, const std::string& cause,
              milliseconds wait)
{
    Poco::Logger::get("ebm.payments")
        .warning(target + ": attempt " + std::to_string(number) + " of " +
                 std::to_string(attempts) + " failed (" + cause + "), retrying in " +
                 std::to_string(wait.count()) + " ms");
}

} // namespace

ProviderUnavailable::ProviderUnavailable(const std::string& message,
                                         std::optional<ProviderResponse> lastResponse)
    : ProviderError(message)
    , m_lastResponse(std::move(lastResponse))
{
}

const std::optional<ProviderResponse>& ProviderUnavailable::lastResponse() const noexcept
{
    return m_lastResponse;
}

ProviderHttpClient::ProviderHttpClient(Options options, Sleeper sleeper, Jitter jitter)
    : m_options(options)
    , m_sleeper(sleeper ? std::move(sleeper) : Sleeper(sleepFor))
    , m_jitter(jitter ? std::move(jitter) : Jitter(uniformJitter))
{
    checkOptions(m_options);
    m_tlsContext = makeTlsContext();
}

ProviderResponse ProviderHttpClient::send(const ProviderRequest& request) const
{
    const Poco::URI uri = checkedUri(request.url);
    const std::string target = request.method + " " + printable(uri);
    const int attempts = request.idempotent ? m_options.maxAttempts : 1;
    for (int number = 1;; ++number) {
        Attempt result = attempt(uri, request);
        if (result.failure.empty()) {
            return std::move(*result.response);
        }
        if (number == attempts) {
            throw ProviderUnavailable(unavailableMessage(target, number, result.failure),
                                      std::move(result.response));
        }
        const milliseconds wait = backoff(number);
        logRetry(target, number, attempts, result.failure, wait);
        m_sleeper(wait);
    }
}

Poco::URI ProviderHttpClient::checkedUri(const std::string& url) const
{
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::SyntaxException& error) {
        throw ProviderError("malformed provider URL \"" + url + "\": " + error.displayText());
    }
    const std::string scheme = uri.getScheme();
    if ((scheme != "https" && scheme != "http") || uri.getHost().empty()) {
        throw ProviderError("provider URL \"" + printable(uri) + "\" is not an absolute https URL");
    }
    if (scheme == "http" && !m_options.allowPlainHttp) {
        throw ProviderError("refusing plain HTTP to " + printable(uri) +
                            ": payment providers are called over HTTPS only");
    }
    return uri;
}

ProviderHttpClient::Attempt ProviderHttpClient::attempt(const Poco::URI& uri,
                                                        const ProviderRequest& request) const
{
    Attempt result;
    try {
        result.response = exchange(uri, request);
    } catch (const Poco::Exception& error) {
        result.failure = error.displayText();
        return result;
    }
    if (isUnavailable(result.response->status)) {
        result.failure = "HTTP " + std::to_string(result.response->status);
    }
    return result;
}

ProviderResponse ProviderHttpClient::exchange(const Poco::URI& uri,
                                              const ProviderRequest& request) const
{
    const auto session = openSession(uri, m_tlsContext);
    session->setTimeout(toTimespan(m_options.connectTimeout), toTimespan(m_options.readTimeout),
                        toTimespan(m_options.readTimeout));
    session->setKeepAlive(false);
    Poco::Net::HTTPRequest httpRequest = toHttpRequest(uri, request);
    std::ostream& out = session->sendRequest(httpRequest);
    out.write(request.body.data(), static_cast<std::streamsize>(request.body.size()));
    Poco::Net::HTTPResponse httpResponse;
    std::istream& in = session->receiveResponse(httpResponse);
    std::string body;
    Poco::StreamCopier::copyToString(in, body);
    checkBodyComplete(*session, httpResponse, request, body);
    return toProviderResponse(httpResponse, std::move(body));
}

milliseconds ProviderHttpClient::backoff(int retry) const
{
    milliseconds ceiling = std::min(m_options.baseBackoff, m_options.maxBackoff);
    for (int i = 1; i < retry && ceiling < m_options.maxBackoff; ++i) {
        ceiling = ceiling > m_options.maxBackoff / 2 ? m_options.maxBackoff : ceiling * 2;
    }
    return std::clamp(m_jitter(ceiling), milliseconds{0}, ceiling);
}

} // namespace ebm::payments
