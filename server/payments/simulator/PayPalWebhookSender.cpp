#include "payments/simulator/PayPalWebhookSender.h"

#include "domain/Timestamp.h"
#include "payments/PayPalWebhookVerifier.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <Poco/UUIDGenerator.h>

namespace ebm::payments
{

namespace
{

constexpr std::chrono::seconds kReadTimeout{15};
constexpr int kAttempts = 3;
constexpr std::chrono::milliseconds kRetryWait{250};

Poco::Timespan timespanOf(std::chrono::milliseconds duration)
{
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(duration.count()) * 1000);
}

std::unique_ptr<Poco::Net::HTTPClientSession> openSession(const Poco::URI& uri)
{
    if (uri.getScheme() != "https")
        return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    Poco::Net::Context::Params params;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = true;
    Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    context->setInvalidCertificateHandler(new Poco::Net::RejectCertificateHandler(false));
    return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
}

Poco::Logger& log()
{
    return Poco::Logger::get("ebm.simulator");
}

} // namespace

PayPalWebhookSender::PayPalWebhookSender(Config config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{
}

PayPalWebhookSender::~PayPalWebhookSender()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_delivering != nullptr)
            m_delivering->abort();
    }
    m_wake.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void PayPalWebhookSender::enqueue(std::string body)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back(std::move(body));
        ++m_counts.queued;
        if (!m_worker.joinable())
            m_worker = std::thread([this] { run(); });
    }
    m_wake.notify_all();
}

PayPalWebhookSender::Counts PayPalWebhookSender::counts() const
{
    const std::lock_guard lock(m_mutex);
    return m_counts;
}

void PayPalWebhookSender::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const std::string body = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        const bool delivered = deliver(body);
        lock.lock();
        --m_counts.queued;
        ++(delivered ? m_counts.delivered : m_counts.failed);
    }
}

// Up to kAttempts tries of the same signed transmission, as PayPal retries a failed delivery.
bool PayPalWebhookSender::deliver(const std::string& body)
{
    const auto transmission = sign(body);
    if (!transmission)
        return false;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        if (post(*transmission, body))
            return true;
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, kRetryWait * attempt, [this] { return m_stopping; }))
            return false;
    }
    return false;
}

// The PAYPAL-* headers of one transmission; the signing key is made on first use.
std::optional<PayPalWebhookSender::Transmission> PayPalWebhookSender::sign(const std::string& body)
{
    try {
        if (!m_signer)
            m_signer = std::make_unique<PayPalSimulatorSigner>(m_config.certificateDirectory,
                                                               m_clock.now());
    } catch (const std::exception& error) {
        log().error("PayPal simulator cannot sign webhooks: %s", std::string(error.what()));
        return std::nullopt;
    }
    Transmission transmission;
    transmission.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    transmission.time = formatIso8601(m_clock.now());
    transmission.signature = m_signer->sign(PayPalWebhookVerifier::signedMessage(
        transmission.id, transmission.time, m_config.webhookId, body));
    return transmission;
}

bool PayPalWebhookSender::post(const Transmission& transmission, const std::string& body)
{
    const Poco::URI uri(m_config.url);
    const auto session = openSession(uri);
    session->setTimeout(timespanOf(m_config.connectTimeout), timespanOf(kReadTimeout),
                        timespanOf(kReadTimeout));
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_delivering = session.get();
    }
    int status = 0;
    try {
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("PAYPAL-TRANSMISSION-ID", transmission.id);
        request.set("PAYPAL-TRANSMISSION-TIME", transmission.time);
        request.set("PAYPAL-TRANSMISSION-SIG", transmission.signature);
        request.set("PAYPAL-CERT-URL", std::string(PayPalSimulatorSigner::kCertificateUrl));
        request.set("PAYPAL-AUTH-ALGO", std::string(PayPalWebhookVerifier::kAlgorithm));
        request.set("PAYPAL-AUTH-VERSION", "v2");
        request.set("User-Agent", "PayPal/AUHD-214.0-58391792");
        request.setContentType("application/json");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
        session->sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        Poco::NullOutputStream ignored;
        Poco::StreamCopier::copyStream(session->receiveResponse(response), ignored);
        status = static_cast<int>(response.getStatus());
    } catch (const Poco::Exception& error) {
        log().warning("PayPal simulator webhook not delivered: %s", error.displayText());
    }
    {
        const std::lock_guard lock(m_mutex);
        m_delivering = nullptr;
    }
    if (status != 0 && (status < 200 || status >= 300))
        log().warning("PayPal simulator webhook answered %d", status);
    return status >= 200 && status < 300;
}

} // namespace ebm::payments
