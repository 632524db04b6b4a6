#pragma once

#include "app/Settings.h"
#include "jobs/JobRunner.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace ebm::app
{

// The management subcommands run once from the command line: migrate, create-plans,
// create-staff, routes, and the jobs (deliver-outbox, check-expirations, reconcile-payments)
// through the same JobRunner as the scheduler and the admin API. Each prints what it did and
// returns a process exit code.
class AdminCommands final
{
public:
    AdminCommands(const Settings& settings, std::ostream& out, std::ostream& err);

    int migrate();
    int createPlans();
    int routes();
    // Runs a job once: 0 succeeded, 1 failed, kExitJobRunning when it is already running.
    int runJob(const std::string& job);
    int createStaff(const std::string& email, std::optional<std::string> password);

    static constexpr int kExitJobRunning = 75; // EX_TEMPFAIL

private:
    void printRun(const jobs::JobResult& result);

    const Settings& m_settings;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace ebm::app
