#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <string>

namespace ebm::store
{

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
};

// The email outbox: emails are rows written in the transaction that caused them, delivered
// later by the sender (issue: mail delivery), so no email is lost or sent for a rolled-back change.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Poco::Data::Session& session);

    // False when an email with the same dedupe key is already queued or sent.
    bool enqueue(const OutboundEmail& email, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
