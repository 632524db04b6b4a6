#include "payments/MomoCallbacks.h"

#include "payments/JsonRead.h"
#include "security/TokenGenerator.h"
#include "store/PaymentRepository.h"
#include "store/WebhookEventRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>

namespace ebm::payments
{

namespace
{

constexpr std::size_t kMaxEventTypeLength = 64;

bool isOpen(const store::PaymentRecord& payment)
{
    return payment.status == PaymentStatus::Pending || payment.status == PaymentStatus::Processing;
}

std::pair<std::int64_t, bool> recordEvent(Poco::Data::Session& session,
                                          const store::WebhookEvent& event,
                                          std::chrono::sys_seconds at)
{
    store::WriteTransaction transaction(session);
    const auto recorded = store::WebhookEventRepository(session).record(event, at);
    transaction.commit();
    return recorded;
}

void markProcessed(Poco::Data::Session& session, std::int64_t id, const std::string& error,
                   std::chrono::sys_seconds at)
{
    store::WriteTransaction transaction(session);
    store::WebhookEventRepository(session).markProcessed(id, error, at);
    transaction.commit();
}

} // namespace

MomoCallbacks::MomoCallbacks(store::Database& database, const Clock& clock,
                             PaymentService& payments)
    : m_database(database)
    , m_clock(clock)
    , m_payments(payments)
{
}

MomoCallbacks::Outcome MomoCallbacks::receive(const std::string& rawBody,
                                              const std::string& headersJson,
                                              const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    const store::WebhookEvent event{
        "mtn_momo",
        security::TokenGenerator::hash(rawBody), // SHA-256, hex
        jsonText(parseJsonObject(rawBody), "status").substr(0, kMaxEventTypeLength),
        headersJson,
        rawBody,
        std::nullopt};
    const auto [id, duplicate] = recordEvent(session, event, m_clock.now());
    if (duplicate && store::WebhookEventRepository(session).wasProcessed(id))
        return Outcome::AlreadyProcessed;
    std::string error;
    try {
        const Outcome outcome = process(rawBody, requestId, error);
        markProcessed(session, id, error, m_clock.now());
        return outcome;
    } catch (const std::exception& failure) {
        markProcessed(session, id, failure.what(), m_clock.now());
        throw;
    }
}

MomoCallbacks::Outcome MomoCallbacks::process(const std::string& rawBody,
                                              const std::string& requestId, std::string& error)
{
    const std::string externalId = jsonText(parseJsonObject(rawBody), "externalId");
    if (externalId.empty()) {
        error = "malformed: not a JSON object with an externalId";
        return Outcome::Malformed;
    }
    std::optional<store::PaymentRecord> payment;
    {
        Poco::Data::Session session = m_database.session();
        payment = store::PaymentRepository(session).findByTransactionId(externalId);
    }
    if (!payment || payment->method != "mtn_momo") {
        error = "no matching payment";
        return Outcome::UnknownPayment;
    }
    if (!isOpen(*payment))
        return Outcome::AlreadyFinal;
    const auto after = m_payments.refresh(*payment, requestId);
    Poco::Logger::get("ebm.payments")
        .information("%s MTN MoMo callback for payment %s: now %s", requestId,
                     payment->transactionId, std::string(toString(after.status)));
    return Outcome::Refreshed;
}

} // namespace ebm::payments
