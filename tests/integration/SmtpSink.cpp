#include "SmtpSink.h"

#include "PortFile.h"

#include <Poco/File.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/ServerSocket.h>
#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ebm::test
{

namespace
{

constexpr auto kStartTimeout = std::chrono::seconds(20);

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

SmtpSink::SmtpSink(std::string directory, const std::string& refusal)
    : m_directory(std::move(directory))
    , m_readyFile(m_directory + ".port")
    , m_logFile(m_directory + ".log")
{
    Poco::File(m_directory).createDirectories();
    std::vector<std::string> args{EBM_TEST_PYTHON, EBM_SMTP_SINK_SCRIPT, "--dir",
                                  m_directory,     "--ready-file",       m_readyFile};
    if (!refusal.empty()) {
        args.emplace_back("--refuse");
        args.push_back(refusal);
    }
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    m_pid = fork();
    if (m_pid < 0)
        throw std::runtime_error("fork failed");
    if (m_pid == 0) {
        const int logFd = open(m_logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        dup2(logFd, STDOUT_FILENO);
        dup2(logFd, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    waitUntilListening();
}

SmtpSink::~SmtpSink()
{
    if (m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
}

void SmtpSink::waitUntilListening()
{
    const ListeningOutcome outcome = waitForPortFile(m_pid, m_readyFile, kStartTimeout);
    if (outcome.port) {
        m_port = *outcome.port;
        return;
    }
    if (outcome.exitStatus) {
        m_pid = -1;
        throw std::runtime_error(
            "smtp_sink.py exited before listening (is python3-aiosmtpd installed?):\n" +
            readFile(m_logFile));
    }
    throw std::runtime_error("smtp_sink.py did not start listening in time:\n" +
                             readFile(m_logFile));
}

std::vector<Poco::JSON::Object::Ptr> SmtpSink::messages() const
{
    std::vector<std::string> names;
    Poco::File(m_directory).list(names);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const std::string& name) { return !endsWith(name, ".json"); }),
                names.end());
    std::sort(names.begin(), names.end());
    std::vector<Poco::JSON::Object::Ptr> messages;
    for (const std::string& name : names) {
        Poco::JSON::Parser parser;
        messages.push_back(
            parser.parse(readFile(m_directory + "/" + name)).extract<Poco::JSON::Object::Ptr>());
    }
    return messages;
}

unsigned short SmtpSink::unusedPort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const unsigned short port = probe.address().port();
    probe.close();
    return port;
}

} // namespace ebm::test
