#pragma once

#include "domain/Clock.h"
#include "mail/MailSender.h"
#include "store/Database.h"

#include <atomic>
#include <chrono>
#include <optional>

namespace ebm::mail
{

// The deliver-outbox job's core: one pass claims each due outbox row in its own BEGIN IMMEDIATE
// transaction (queued → sending, attempts + 1, so two deliverers never take the same row), sends
// it outside any transaction, then records the outcome: sent; queued again with an exponential
// backoff (1, 2, 4 … minutes, capped) and the error; or failed after the last attempt.
//
// Exactly once, except across a crash: a row claimed by a deliverer that stops before recording
// the outcome stays `sending` until its lease (`sendingTimeout`) ends, then is queued again. If
// that deliverer had already handed the email to the server, it is sent a second time — the one
// case of a duplicate (at least once across a crash, never twice otherwise). Both copies carry
// the same Message-ID.
class OutboxDelivery final
{
public:
    struct Policy
    {
        int maxAttempts = 10;
        std::chrono::seconds firstRetryDelay{std::chrono::minutes(1)};
        std::chrono::seconds maxRetryDelay{std::chrono::hours(6)};
        std::chrono::seconds sendingTimeout{std::chrono::minutes(15)};
        // Emails sent per pass at most, so a pass (and a clean stop) stays short.
        int maxPerPass = 500;
    };

    struct Counts
    {
        int sent = 0;
        int retried = 0;
        int failed = 0;
    };

    OutboxDelivery(store::Database& database, const Clock& clock, MailSender& sender,
                   Policy policy);

    // One pass over the due rows; safe to run concurrently with other passes and processes.
    Counts runOnce();
    // Makes a running pass (and later ones) stop after the email in progress.
    void requestStop();

    // The wait before the next try after `attempts` failed tries: 1 min, 2, 4 … up to the cap.
    static std::chrono::seconds retryDelay(int attempts, const Policy& policy);

private:
    int releaseExpiredClaims();
    std::optional<store::QueuedEmail> claimNext();
    void deliver(const store::QueuedEmail& email, Counts& counts);
    void recordFailure(const store::QueuedEmail& email, const std::string& error, Counts& counts);

    store::Database& m_database;
    const Clock& m_clock;
    MailSender& m_sender;
    Policy m_policy;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace ebm::mail
