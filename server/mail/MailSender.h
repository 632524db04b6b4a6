#pragma once

#include "store/OutboxRepository.h"

namespace ebm::mail
{

// Delivers one email of the outbox (an .eml file, an SMTP server…); throws on failure, with a
// message fit for the row's last_error (never a secret).
class MailSender
{
public:
    MailSender() = default;
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;
    virtual ~MailSender() = default;

    virtual void send(const store::QueuedEmail& email) = 0;
};

} // namespace ebm::mail
