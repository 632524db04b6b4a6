#include "webhooks/WebhookDelivery.h"

#include "services/WebhookService.h"
#include "store/WriteTransaction.h"

#include <Poco/Logger.h>
#include <algorithm>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ebm::webhooks
{

namespace
{

constexpr std::size_t kMaxErrorLength = 500;

std::string shortened(std::string text)
{
    if (text.size() > kMaxErrorLength)
        text.resize(kMaxErrorLength);
    return text.empty() ? "Unknown error." : text;
}

Poco::Logger& webhookLog()
{
    return Poco::Logger::get("ebm.webhooks");
}

} // namespace

WebhookDelivery::WebhookDelivery(store::Database& database, const Clock& clock,
                                 const security::SecretBox& secrets,
                                 const payments::ProviderHttpClient& http, Policy policy)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_http(http)
    , m_policy(policy)
{
}

std::string WebhookDelivery::signature(const std::string& secret, const std::string& timestamp,
                                       const std::string& body)
{
    const std::string message = timestamp + "." + body;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex = "sha256=";
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[mac[i] >> 4];
        hex += kHex[mac[i] & 0x0f];
    }
    return hex;
}

std::chrono::seconds WebhookDelivery::retryDelay(int attempts, const Policy& policy)
{
    std::chrono::seconds delay = policy.firstRetryDelay;
    for (int i = 1; i < attempts && delay < policy.maxRetryDelay; ++i)
        delay *= 2;
    return std::min(delay, policy.maxRetryDelay);
}

void WebhookDelivery::requestStop()
{
    m_stopRequested = true;
}

WebhookDelivery::Counts WebhookDelivery::runOnce()
{
    {
        Poco::Data::Session session = m_database.session();
        store::WriteTransaction transaction(session);
        store::WebhookQueueRepository(session).releaseExpiredClaims(m_clock.now());
        transaction.commit();
    }
    Counts counts;
    for (int done = 0; done < m_policy.maxPerPass && !m_stopRequested; ++done) {
        const auto delivery = claimNext();
        if (!delivery)
            break;
        record(*delivery, attempt(*delivery), counts);
    }
    return counts;
}

std::optional<store::ClaimedWebhook> WebhookDelivery::claimNext()
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto now = m_clock.now();
    auto delivery =
        store::WebhookQueueRepository(session).claimDue(now, now + m_policy.sendingTimeout);
    transaction.commit();
    return delivery;
}

// One POST; never throws: a failure to send is an outcome with an error.
store::WebhookAttemptOutcome WebhookDelivery::attempt(const store::ClaimedWebhook& delivery) const
{
    store::WebhookAttemptOutcome outcome;
    const auto started = std::chrono::steady_clock::now();
    try {
        const std::string secret = m_secrets.open(
            delivery.sealedSecret, services::WebhookService::secretContext(delivery.endpointId));
        const std::string timestamp = std::to_string(m_clock.now().time_since_epoch().count());
        payments::ProviderRequest request;
        request.method = "POST";
        request.url = delivery.url;
        request.contentType = "application/json";
        request.body = delivery.payloadJson;
        request.headers = {{"User-Agent", "EBM-Webhooks/1"},
                           {"X-EBM-Event", delivery.eventType},
                           {"X-EBM-Delivery", std::to_string(delivery.id)},
                           {"X-EBM-Timestamp", timestamp},
                           {"X-EBM-Signature", signature(secret, timestamp, delivery.payloadJson)}};
        outcome.responseCode = m_http.send(request).status;
    } catch (const payments::ProviderUnavailable& error) {
        if (error.lastResponse())
            outcome.responseCode = error.lastResponse()->status;
        else
            outcome.error = shortened(error.what());
    } catch (const std::exception& error) {
        outcome.error = shortened(error.what());
    }
    outcome.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started)
                             .count();
    if (outcome.responseCode && (*outcome.responseCode < 200 || *outcome.responseCode > 299))
        outcome.error = "HTTP " + std::to_string(*outcome.responseCode);
    return outcome;
}

void WebhookDelivery::record(const store::ClaimedWebhook& delivery,
                             const store::WebhookAttemptOutcome& outcome, Counts& counts)
{
    const auto now = m_clock.now();
    const auto deadline = delivery.firstAttemptAt + m_policy.giveUpAfter;
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::WebhookQueueRepository queue(session);
    queue.recordAttempt(delivery, outcome, now);
    if (outcome.error.empty()) {
        queue.markDelivered(delivery.id, outcome, now);
        ++counts.delivered;
    } else if (now >= deadline) {
        queue.markFailed(delivery.id, outcome);
        ++counts.failed;
        webhookLog().error("webhook delivery %s (%s) failed for good after %d attempts: %s",
                           std::to_string(delivery.id), delivery.eventType, delivery.attempts,
                           outcome.error);
    } else {
        queue.markRetry(delivery.id, outcome,
                        std::min(now + retryDelay(delivery.attempts, m_policy), deadline));
        ++counts.retried;
    }
    transaction.commit();
}

} // namespace ebm::webhooks
