#pragma once

#include "mail/MailSender.h"
#include "mail/MimeMessage.h"

#include <Poco/Timespan.h>
#include <string>

namespace ebm::mail
{

// The production sender: one SMTP session per email through Poco, with connect and read
// timeouts, STARTTLS (the server certificate verified against the system's CAs and the host
// name) and LOGIN authentication when a user name is configured.
class SmtpMailSender final : public MailSender
{
public:
    struct Options
    {
        std::string host;
        unsigned short port = 25;
        bool startTls = false;
        std::string username;
        std::string password; // never logged
        std::string from;
        Poco::Timespan connectTimeout{10, 0};
        Poco::Timespan readTimeout{30, 0};
    };

    explicit SmtpMailSender(Options options);

    void send(const store::QueuedEmail& email) override;

private:
    Options m_options;
    MimeMessage m_message;
};

} // namespace ebm::mail
