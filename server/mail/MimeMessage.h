#pragma once

#include "store/OutboxRepository.h"

#include <Poco/Net/MailMessage.h>
#include <string>

namespace ebm::mail
{

// Turns an outbox row into an RFC 5322 message: UTF-8 quoted-printable text, and with HTML a
// multipart/alternative of text then HTML; RFC 2047 encoded-word subject and sender name (split
// between whole UTF-8 characters, unlike Poco's encodeWord); CRLF lines; Date from when the email
// was queued; a Message-ID derived from the row id, so a copy sent again after a crash can be
// recognised as the same message. With attachments (base64) the message is multipart/mixed:
// the body (text, or the text/HTML alternatives) first, then each file.
class MimeMessage final
{
public:
    // `from`: "Display Name <address>" or a bare address.
    explicit MimeMessage(std::string from);

    void compose(const store::QueuedEmail& queued, Poco::Net::MailMessage& message) const;
    std::string render(const store::QueuedEmail& queued) const;

    // The address part of `from` ("no-reply@localhost"), for the envelope sender.
    std::string fromAddress() const;

private:
    std::string encodedFrom() const;
    std::string messageId(std::int64_t id) const;

    std::string m_from;
};

} // namespace ebm::mail
