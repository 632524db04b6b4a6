#pragma once

#include "HttpClient.h"

#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ebm::test
{

// What a finished ebm-server command printed and returned.
struct CommandResult
{
    int exitCode = -1;
    std::string output; // standard output and standard error, interleaved
};

// The real ebm-server binary as a child process. `serve` listens on a free port (port 0 plus
// --port-file) with the given data directory; commands run to completion. The environment is
// the test's own minus any EBM_* / provider / SMTP_* variables, plus
// EBM_JOBS_SCHEDULER_ENABLED=false (tests run jobs by hand; override it to test the scheduler),
// plus the given overrides.
class ServerProcess final
{
public:
    using Environment = std::map<std::string, std::string>;

    ServerProcess(std::string dataDir, std::vector<std::string> extraArgs = {},
                  Environment environment = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const
    {
        return m_port;
    }
    HttpClient client() const
    {
        return HttpClient(m_port);
    }
    // Sends SIGTERM and waits; returns the exit code (or 128 + signal).
    int stop();
    std::string log() const;

    static CommandResult run(const std::vector<std::string>& args,
                             const Environment& environment = {},
                             const std::string& standardInput = "");

private:
    void waitUntilListening();

    std::string m_dataDir;
    std::string m_logPath;
    std::string m_portFile;
    pid_t m_pid = -1;
    unsigned short m_port = 0;
};

} // namespace ebm::test
