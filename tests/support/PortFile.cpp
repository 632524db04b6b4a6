#include "PortFile.h"

#include <fstream>
#include <sys/wait.h>
#include <thread>

namespace ebm::test
{

ListeningOutcome waitForPortFile(pid_t pid, const std::string& portFile,
                                 std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        std::ifstream in(portFile);
        unsigned port = 0;
        if (in >> port && port > 0)
            return {static_cast<unsigned short>(port), std::nullopt};
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid)
            return {std::nullopt, status};
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return {};
}

} // namespace ebm::test
