#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>

namespace ebm::test
{

// How waiting for a child process to listen ended.
struct ListeningOutcome
{
    std::optional<unsigned short> port; // set when the child wrote its port
    std::optional<int> exitStatus;      // set when the child exited first (waitpid status)
};

// Polls `portFile` until the child `pid` writes the port it listens on, the child exits, or
// `timeout` passes (both fields empty). Waiting for a process to start is the only wait here.
ListeningOutcome waitForPortFile(pid_t pid, const std::string& portFile,
                                 std::chrono::seconds timeout);

} // namespace ebm::test
