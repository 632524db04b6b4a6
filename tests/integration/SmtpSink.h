#pragma once

#include <Poco/JSON/Object.h>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ebm::test
{

// A real SMTP server for a test: tests/integration/smtp_sink.py (aiosmtpd) as a child process on
// a free port of 127.0.0.1, saving each message it accepts as JSON in `directory` — or, given a
// refusal such as "550 5.7.1 Refused", answering every message with it. Stopped on destruction.
class SmtpSink final
{
public:
    explicit SmtpSink(std::string directory, const std::string& refusal = "");
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    unsigned short port() const
    {
        return m_port;
    }
    // The messages accepted so far, oldest first: {"mail_from","rcpt_tos","subject","to",
    // "content"}, the headers decoded.
    std::vector<Poco::JSON::Object::Ptr> messages() const;

    // A port of 127.0.0.1 where nothing listens (bound, then released).
    static unsigned short unusedPort();

private:
    void waitUntilListening();

    std::string m_directory;
    std::string m_readyFile;
    std::string m_logFile;
    pid_t m_pid = -1;
    unsigned short m_port = 0;
};

} // namespace ebm::test
