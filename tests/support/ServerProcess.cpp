#include "ServerProcess.h"

#include "PortFile.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace ebm::test
{

namespace
{

constexpr auto kStartTimeout = std::chrono::seconds(20);
constexpr auto kStopTimeout = std::chrono::seconds(20);

bool inheritable(const std::string& entry)
{
    static const char* const kPrefixes[] = {"EBM_",  "PAYPAL_",      "MTN_MOMO_",
                                            "BANK_", "APP_BASE_URL", "SMTP_"};
    for (const char* prefix : kPrefixes) {
        if (entry.rfind(prefix, 0) == 0)
            return false;
    }
    return true;
}

std::vector<std::string> childEnvironment(const ServerProcess::Environment& overrides)
{
    std::vector<std::string> entries;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        if (inheritable(*entry))
            entries.emplace_back(*entry);
    }
    // Tests move the clock and run jobs by hand: the scheduler stays off unless a test asks.
    if (overrides.count("EBM_JOBS_SCHEDULER_ENABLED") == 0)
        entries.emplace_back("EBM_JOBS_SCHEDULER_ENABLED=false");
    for (const auto& [name, value] : overrides)
        entries.push_back(name + "=" + value);
    return entries;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> result;
    for (std::string& text : strings)
        result.push_back(text.data());
    result.push_back(nullptr);
    return result;
}

// Starts ebm-server with stdout+stderr to `outputPath` and stdin from `inputFd` (or /dev/null).
pid_t spawn(std::vector<std::string> args, const ServerProcess::Environment& environment,
            const std::string& outputPath, int inputFd)
{
    args.insert(args.begin(), EBM_SERVER_BINARY);
    auto envStrings = childEnvironment(environment);
    auto argv = pointers(args);
    auto envp = pointers(envStrings);
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int out = open(outputPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        const int in = inputFd >= 0 ? inputFd : open("/dev/null", O_RDONLY);
        dup2(in, STDIN_FILENO);
        dup2(out, STDOUT_FILENO);
        dup2(out, STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    return pid;
}

int exitCodeOf(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

ServerProcess::ServerProcess(std::string dataDir, std::vector<std::string> extraArgs,
                             Environment environment)
    : m_dataDir(std::move(dataDir))
    , m_logPath(m_dataDir + "/server.log")
    , m_portFile(m_dataDir + "/server.port")
{
    std::vector<std::string> args{"serve", "--port=0", "--bind=127.0.0.1",
                                  "--data-dir=" + m_dataDir, "--port-file=" + m_portFile};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    std::remove(m_portFile.c_str()); // a server restarted on the same directory left its own
    m_pid = spawn(args, environment, m_logPath, -1);
    waitUntilListening();
}

ServerProcess::~ServerProcess()
{
    if (m_pid <= 0)
        return;
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        // It died on its own while a test used it: its log is the only trace, keep it visible.
        std::cerr << "ebm-server had already exited (" << exitCodeOf(status)
                  << ") before the test stopped it; its log:\n"
                  << log() << std::endl;
        m_pid = -1;
        return;
    }
    stop();
}

void ServerProcess::waitUntilListening()
{
    const ListeningOutcome outcome = waitForPortFile(m_pid, m_portFile, kStartTimeout);
    if (outcome.port) {
        m_port = *outcome.port;
        return;
    }
    if (outcome.exitStatus) {
        m_pid = -1;
        throw std::runtime_error("ebm-server exited with " +
                                 std::to_string(exitCodeOf(*outcome.exitStatus)) +
                                 " before listening:\n" + log());
    }
    throw std::runtime_error("ebm-server did not start listening in time:\n" + log());
}

int ServerProcess::stop()
{
    if (m_pid <= 0)
        return -1;
    kill(m_pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
    int status = 0;
    while (waitpid(m_pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    m_pid = -1;
    return exitCodeOf(status);
}

std::string ServerProcess::log() const
{
    return readFile(m_logPath);
}

CommandResult ServerProcess::run(const std::vector<std::string>& args,
                                 const Environment& environment, const std::string& standardInput)
{
    char outputTemplate[] = "/tmp/ebm-command-XXXXXX";
    const int outputFd = mkstemp(outputTemplate);
    close(outputFd);
    int inputPipe[2] = {-1, -1};
    if (pipe(inputPipe) != 0)
        throw std::runtime_error("pipe failed");
    const pid_t pid = spawn(args, environment, outputTemplate, inputPipe[0]);
    close(inputPipe[0]);
    if (!standardInput.empty() &&
        write(inputPipe[1], standardInput.data(), standardInput.size()) < 0)
        throw std::runtime_error("write to child failed");
    close(inputPipe[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    CommandResult result{exitCodeOf(status), readFile(outputTemplate)};
    unlink(outputTemplate);
    return result;
}

} // namespace ebm::test
