// The outbox deliverer on a real SQLite file with a fake sender and a manual clock: sent once and
// never again, retries with exponential backoff, failure after the last attempt, rows left
// `sending` by a crash, and concurrent passes that never send an email twice.
#include "TempDir.h"
#include "domain/Timestamp.h"
#include "mail/OutboxDelivery.h"
#include "store/OutboxRepository.h"
#include "store/RowValues.h"
#include "store/WriteTransaction.h"
#include "store/sqlite/Migrator.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <gtest/gtest.h>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ebm::mail
{
namespace
{

using namespace std::chrono_literals;
using namespace Poco::Data::Keywords;

const std::chrono::sys_seconds kStart{std::chrono::seconds(1'780'000'000)};

// Records what it is asked to send; fails while `failing` is set. Thread-safe.
class FakeSender final : public MailSender
{
public:
    void send(const store::QueuedEmail& email) override
    {
        std::lock_guard lock(m_mutex);
        if (m_failing)
            throw std::runtime_error("451 4.3.0 Mailbox temporarily unavailable");
        m_sent.push_back(email.id);
    }

    void setFailing(bool failing)
    {
        std::lock_guard lock(m_mutex);
        m_failing = failing;
    }

    std::vector<std::int64_t> sent() const
    {
        std::lock_guard lock(m_mutex);
        return m_sent;
    }

private:
    mutable std::mutex m_mutex;
    bool m_failing = false;
    std::vector<std::int64_t> m_sent;
};

// One outbox row as stored.
struct Row
{
    std::string status;
    int attempts = 0;
    std::string nextAttemptAt;
    std::string lastError;
    std::string sentAt;
};

class OutboxDeliveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::sqlite::Migrator(m_database).migrate(kStart);
    }

    std::int64_t enqueue(const std::string& recipient = "zoe@example.com")
    {
        store::OutboundEmail email;
        email.templateName = "password_reset";
        email.locale = "fr";
        email.recipient = recipient;
        email.subject = "Réinitialisez votre mot de passe";
        email.bodyText = "Bonjour,\n";
        store::WriteTransaction transaction(m_session);
        store::OutboxRepository(m_session).enqueue(email, m_clock.now());
        Poco::Int64 id = 0;
        m_session << "SELECT MAX(id) FROM email_outbox", into(id), now;
        transaction.commit();
        return id;
    }

    Row row(std::int64_t id)
    {
        Poco::Int64 rowId = id;
        Poco::Data::Statement select(m_session);
        select << "SELECT status, attempts, next_attempt_at, last_error, sent_at "
                  "FROM email_outbox WHERE id = ?",
            use(rowId);
        select.execute();
        Poco::Data::RecordSet rows(select);
        rows.moveFirst();
        return Row{store::text(rows, "status"), rows["attempts"].convert<int>(),
                   store::text(rows, "next_attempt_at"), store::text(rows, "last_error"),
                   store::text(rows, "sent_at")};
    }

    // Claims the next due row as a deliverer would, then "crashes" before sending it.
    void claimAndCrash()
    {
        store::WriteTransaction transaction(m_session);
        ASSERT_TRUE(store::OutboxRepository(m_session).claimDue(
            m_clock.now(), m_clock.now() + kPolicy.sendingTimeout));
        transaction.commit();
    }

    static std::string at(std::chrono::sys_seconds instant)
    {
        return formatIso8601(instant);
    }

    const OutboxDelivery::Policy kPolicy{};
    test::TempDir m_dir;
    store::Database m_database{m_dir.file("ebm.sqlite3"), 8};
    Poco::Data::Session m_session{m_database.session()};
    ManualClock m_clock{kStart};
    FakeSender m_sender;
    OutboxDelivery m_delivery{m_database, m_clock, m_sender, kPolicy};
};

TEST_F(OutboxDeliveryTest, ASentEmailIsNeverSentAgain)
{
    const auto id = enqueue();
    const auto counts = m_delivery.runOnce();
    EXPECT_EQ(counts.sent, 1);
    EXPECT_EQ(counts.retried, 0);
    EXPECT_EQ(counts.failed, 0);
    EXPECT_EQ(m_sender.sent(), std::vector<std::int64_t>{id});
    const Row sent = row(id);
    EXPECT_EQ(sent.status, "sent");
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_EQ(sent.sentAt, at(kStart));
    EXPECT_EQ(sent.nextAttemptAt, "");

    m_clock.advance(24h * 30);
    EXPECT_EQ(m_delivery.runOnce().sent, 0);
    EXPECT_EQ(m_sender.sent().size(), 1u);
}

TEST_F(OutboxDeliveryTest, FailuresAreRetriedAfterOneTwoThenFourMinutes)
{
    const auto id = enqueue();
    m_sender.setFailing(true);
    for (const auto delay : {1min, 2min, 4min}) {
        const auto counts = m_delivery.runOnce();
        EXPECT_EQ(counts.retried, 1);
        const Row queued = row(id);
        EXPECT_EQ(queued.status, "queued");
        EXPECT_EQ(queued.nextAttemptAt, at(m_clock.now() + delay));
        EXPECT_NE(queued.lastError.find("Mailbox temporarily unavailable"), std::string::npos);

        m_clock.advance(delay - 1s);
        EXPECT_EQ(m_delivery.runOnce().retried, 0) << "not due before its backoff";
        m_clock.advance(1s);
    }
    EXPECT_EQ(row(id).attempts, 3);

    m_sender.setFailing(false);
    EXPECT_EQ(m_delivery.runOnce().sent, 1);
    EXPECT_EQ(row(id).status, "sent");
    EXPECT_EQ(row(id).lastError, "");
    EXPECT_EQ(row(id).attempts, 4);
}

TEST_F(OutboxDeliveryTest, BackoffDoublesUpToSixHours)
{
    EXPECT_EQ(OutboxDelivery::retryDelay(1, kPolicy), 1min);
    EXPECT_EQ(OutboxDelivery::retryDelay(2, kPolicy), 2min);
    EXPECT_EQ(OutboxDelivery::retryDelay(3, kPolicy), 4min);
    EXPECT_EQ(OutboxDelivery::retryDelay(9, kPolicy), 256min);
    EXPECT_EQ(OutboxDelivery::retryDelay(10, kPolicy), 6h);
    EXPECT_EQ(OutboxDelivery::retryDelay(1000, kPolicy), 6h);
}

TEST_F(OutboxDeliveryTest, TheLastFailedAttemptMarksTheEmailFailed)
{
    const auto id = enqueue();
    m_sender.setFailing(true);
    for (int attempt = 1; attempt < kPolicy.maxAttempts; ++attempt) {
        EXPECT_EQ(m_delivery.runOnce().retried, 1) << attempt;
        m_clock.advance(kPolicy.maxRetryDelay);
    }
    const auto counts = m_delivery.runOnce();
    EXPECT_EQ(counts.failed, 1);
    EXPECT_EQ(counts.retried, 0);
    const Row failed = row(id);
    EXPECT_EQ(failed.status, "failed");
    EXPECT_EQ(failed.attempts, kPolicy.maxAttempts);
    EXPECT_FALSE(failed.lastError.empty());

    m_sender.setFailing(false);
    m_clock.advance(24h);
    EXPECT_EQ(m_delivery.runOnce().sent, 0);
    EXPECT_TRUE(m_sender.sent().empty());
}

TEST_F(OutboxDeliveryTest, ARowLeftSendingByACrashIsRequeuedAfterTheTimeout)
{
    const auto id = enqueue();
    claimAndCrash();
    EXPECT_EQ(row(id).status, "sending");

    m_clock.advance(kPolicy.sendingTimeout - 1s);
    EXPECT_EQ(m_delivery.runOnce().sent, 0) << "another deliverer may still be sending it";
    EXPECT_TRUE(m_sender.sent().empty());

    m_clock.advance(1s);
    EXPECT_EQ(m_delivery.runOnce().sent, 1);
    EXPECT_EQ(m_sender.sent(), std::vector<std::int64_t>{id});
    EXPECT_EQ(row(id).status, "sent");
    EXPECT_EQ(row(id).attempts, 2);
}

TEST_F(OutboxDeliveryTest, ACrashedRowOutOfAttemptsFails)
{
    const OutboxDelivery::Policy once{1};
    OutboxDelivery delivery(m_database, m_clock, m_sender, once);
    const auto id = enqueue();
    claimAndCrash();
    m_clock.advance(kPolicy.sendingTimeout);
    EXPECT_EQ(delivery.runOnce().failed, 1);
    EXPECT_EQ(row(id).status, "failed");
    EXPECT_TRUE(m_sender.sent().empty());
}

TEST_F(OutboxDeliveryTest, ConcurrentPassesSendEachEmailExactlyOnce)
{
    constexpr int kEmails = 120;
    for (int i = 0; i < kEmails; ++i)
        enqueue("user" + std::to_string(i) + "@example.com");
    OutboxDelivery other(m_database, m_clock, m_sender, kPolicy);
    OutboxDelivery::Counts first, second;
    std::thread a([&] { first = m_delivery.runOnce(); });
    std::thread b([&] { second = other.runOnce(); });
    a.join();
    b.join();
    EXPECT_EQ(first.sent + second.sent, kEmails);
    const auto sent = m_sender.sent();
    EXPECT_EQ(sent.size(), static_cast<std::size_t>(kEmails));
    EXPECT_EQ(std::set<std::int64_t>(sent.begin(), sent.end()).size(), sent.size())
        << "an email was sent twice";
    Poco::Int64 unsent = -1;
    m_session << "SELECT COUNT(*) FROM email_outbox WHERE status <> 'sent'", into(unsent), now;
    EXPECT_EQ(unsent, 0);
}

TEST_F(OutboxDeliveryTest, AStopRequestEndsThePass)
{
    enqueue();
    m_delivery.requestStop();
    EXPECT_EQ(m_delivery.runOnce().sent, 0);
    EXPECT_TRUE(m_sender.sent().empty());
}

} // namespace
} // namespace ebm::mail
