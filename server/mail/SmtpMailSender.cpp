#include "mail/SmtpMailSender.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

namespace ebm::mail
{

namespace
{

// An SMTP session over an already connected socket that can switch to TLS with STARTTLS,
// verifying the certificate against `host` (Poco's SecureSMTPClientSession only knows the host
// when it opens the connection itself, without a connect timeout).
class StartTlsSession final : public Poco::Net::SMTPClientSession
{
public:
    StartTlsSession(const Poco::Net::StreamSocket& socket, std::string host)
        : Poco::Net::SMTPClientSession(socket)
        , m_host(std::move(host))
    {
    }

    void startTls()
    {
        std::string response;
        const int status = sendCommand("STARTTLS", response);
        if (!isPositiveCompletion(status))
            throw Poco::Net::SMTPException("STARTTLS refused", response, status);
        Poco::Net::Context::Ptr context =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                   Poco::Net::Context::VERIFY_RELAXED, 9, true);
        socket() = Poco::Net::SecureStreamSocket::attach(socket(), m_host, context);
    }

private:
    std::string m_host;
};

// Ends the session once the message is accepted: a failure now must not make the email look
// unsent (it would be sent twice).
void quit(Poco::Net::SMTPClientSession& session)
{
    try {
        session.close();
    } catch (const Poco::Exception&) {
        return;
    }
}

} // namespace

SmtpMailSender::SmtpMailSender(Options options)
    : m_options(std::move(options))
    , m_message(m_options.from)
{
}

void SmtpMailSender::send(const store::QueuedEmail& email)
{
    Poco::Net::MailMessage message;
    m_message.compose(email, message);
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress(m_options.host, m_options.port),
                   m_options.connectTimeout);
    StartTlsSession session(socket, m_options.host);
    session.setTimeout(m_options.readTimeout);
    session.login();
    if (m_options.startTls)
        session.startTls();
    if (!m_options.username.empty())
        session.login(Poco::Net::SMTPClientSession::AUTH_LOGIN, m_options.username,
                      m_options.password);
    else if (m_options.startTls)
        session.login();
    session.sendMessage(message);
    quit(session);
}

} // namespace ebm::mail
