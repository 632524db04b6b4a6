#include "mail/OutboxDelivery.h"

#include "store/WriteTransaction.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <algorithm>

namespace ebm::mail
{

namespace
{

constexpr std::size_t kMaxErrorLength = 1000;

std::string errorText(const std::exception& error)
{
    const auto* poco = dynamic_cast<const Poco::Exception*>(&error);
    std::string text = poco ? poco->displayText() : std::string(error.what());
    if (text.size() > kMaxErrorLength)
        text.resize(kMaxErrorLength);
    return text.empty() ? "Unknown error." : text;
}

Poco::Logger& mailLog()
{
    return Poco::Logger::get("ebm.mail");
}

} // namespace

OutboxDelivery::OutboxDelivery(store::Database& database, const Clock& clock, MailSender& sender,
                               Policy policy)
    : m_database(database)
    , m_clock(clock)
    , m_sender(sender)
    , m_policy(policy)
{
}

std::chrono::seconds OutboxDelivery::retryDelay(int attempts, const Policy& policy)
{
    std::chrono::seconds delay = policy.firstRetryDelay;
    for (int i = 1; i < attempts && delay < policy.maxRetryDelay; ++i)
        delay *= 2;
    return std::min(delay, policy.maxRetryDelay);
}

void OutboxDelivery::requestStop()
{
    m_stopRequested = true;
}

OutboxDelivery::Counts OutboxDelivery::runOnce()
{
    Counts counts;
    counts.failed = releaseExpiredClaims();
    for (int done = 0; done < m_policy.maxPerPass && !m_stopRequested; ++done) {
        const auto email = claimNext();
        if (!email)
            break;
        deliver(*email, counts);
    }
    return counts;
}

int OutboxDelivery::releaseExpiredClaims()
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const int failed =
        store::OutboxRepository(session).releaseExpiredClaims(m_clock.now(), m_policy.maxAttempts);
    transaction.commit();
    return failed;
}

std::optional<store::QueuedEmail> OutboxDelivery::claimNext()
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto now = m_clock.now();
    auto email = store::OutboxRepository(session).claimDue(now, now + m_policy.sendingTimeout);
    transaction.commit();
    return email;
}

void OutboxDelivery::deliver(const store::QueuedEmail& email, Counts& counts)
{
    try {
        m_sender.send(email);
    } catch (const std::exception& error) {
        recordFailure(email, errorText(error), counts);
        return;
    }
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::OutboxRepository(session).markSent(email.id, m_clock.now());
    transaction.commit();
    ++counts.sent;
}

void OutboxDelivery::recordFailure(const store::QueuedEmail& email, const std::string& error,
                                   Counts& counts)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::OutboxRepository outbox(session);
    if (email.attempts >= m_policy.maxAttempts) {
        outbox.markFailed(email.id, error);
        ++counts.failed;
        mailLog().error("email %s (%s) failed for good after %d attempts: %s",
                        std::to_string(email.id), email.email.templateName, email.attempts, error);
    } else {
        const auto next = m_clock.now() + retryDelay(email.attempts, m_policy);
        outbox.markRetry(email.id, error, next);
        ++counts.retried;
        mailLog().warning("email %s (%s) not sent (attempt %d), retrying: %s",
                          std::to_string(email.id), email.email.templateName, email.attempts,
                          error);
    }
    transaction.commit();
}

} // namespace ebm::mail
