#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// A file sent with an email (an invoice PDF).
struct EmailAttachment
{
    std::string fileName;
    std::string contentType;
    std::string content; // the bytes
};

// An email rendered and ready to send.
struct OutboundEmail
{
    std::string templateName;
    std::string locale;
    std::string recipient;
    std::string subject;
    std::string bodyText;
    std::string bodyHtml;
    std::string organizationId;
    // Optional: a second email with the same key is not queued (e.g. "reminder:7d:<org>:<end>").
    std::string dedupeKey;
    std::vector<EmailAttachment> attachments;
};

// An outbox row claimed for delivery: the email, its row id and the attempts so far (this one
// included).
struct QueuedEmail
{
    std::int64_t id = 0;
    OutboundEmail email;
    int attempts = 0;
    std::chrono::sys_seconds createdAt{};
};

// The email outbox: emails are rows written in the transaction that caused them, delivered
// later by mail::OutboxDelivery, so no email is lost or sent for a rolled-back change.
// Row states: queued (due at next_attempt_at) → sending (claimed; next_attempt_at is then the
// end of the claim's lease) → sent, or back to queued for a retry, or failed.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Poco::Data::Session& session);

    // False when an email with the same dedupe key is already queued or sent. The attachments
    // are stored with the row.
    bool enqueue(const OutboundEmail& email, std::chrono::sys_seconds at);

    // Claims the oldest due row (queued, next_attempt_at ≤ now): sending, one more attempt,
    // leased until `leaseUntil`. Call inside a WriteTransaction; nullopt when nothing is due.
    std::optional<QueuedEmail> claimDue(std::chrono::sys_seconds now,
                                        std::chrono::sys_seconds leaseUntil);

    // Rows still sending when their lease ended (the deliverer stopped mid-send): queued and due
    // now, or failed when they already had `maxAttempts`. Returns how many failed.
    int releaseExpiredClaims(std::chrono::sys_seconds now, int maxAttempts);

    // The outcome of a claimed row's attempt; each changes only a row still in `sending`.
    void markSent(std::int64_t id, std::chrono::sys_seconds at);
    void markRetry(std::int64_t id, const std::string& error, std::chrono::sys_seconds nextAttempt);
    void markFailed(std::int64_t id, const std::string& error);

private:
    void insertAttachments(std::int64_t emailId, const std::vector<EmailAttachment>& attachments);
    std::vector<EmailAttachment> attachmentsOf(std::int64_t emailId);
    std::optional<std::int64_t> oldestDue(const std::string& at);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
