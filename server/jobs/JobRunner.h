#pragma once

#include "domain/Clock.h"
#include "jobs/JobSchedule.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ebm::jobs
{

// Who started a run.
enum class JobTrigger
{
    Scheduler,
    Staff,
    Cli
};

// What a job changed, named and in order: {"overdue_notices", 1}, {"suspended", 0} …
using JobCounts = std::vector<std::pair<std::string, std::int64_t>>;

// One job the runner knows: its name, when the scheduler starts it, and its work.
struct JobDefinition
{
    std::string name;
    std::optional<JobSchedule> schedule; // none: only run by hand
    bool scheduled = false;              // whether this server's scheduler starts it
    // The work: counts items in the record (items_processed, items_failed, message) and
    // answers what it changed. Must be idempotent: a run redone after a crash changes nothing
    // twice.
    std::function<JobCounts(store::JobRunRecord& record, const std::string& requestId)> work;
    std::function<void()> requestStop; // optional: makes a run in progress stop soon
    bool keepIdleScheduledRuns = true; // false: a scheduled run that did nothing is not kept
};

// A start refused because the job is already running, here or in another process.
class JobBusy final : public std::runtime_error
{
public:
    explicit JobBusy(store::JobRunRecord running);

    const store::JobRunRecord& running() const
    {
        return m_running;
    }

private:
    store::JobRunRecord m_running;
};

// A finished run: its record and what it changed.
struct JobResult
{
    store::JobRunRecord record;
    JobCounts counts;
};

// The one way every job runs (the admin API, `ebm-server <job>`, the scheduler): exclusive and
// recorded. A run first takes the job's lease row in a write transaction — refused with JobBusy
// while another live run holds it — and writes its job_runs row in that same transaction; it
// releases the lease with its outcome. While the work runs, a heartbeat thread renews the lease
// (its expiry moved to the clock's now plus the lease duration) every `heartbeatInterval` of real
// time (default: a third of the lease), so a run longer than the lease keeps it, and a crashed
// run's lease runs out soon. A lease is taken over when it expired or when its holder was a
// process of this host that is gone; the run it named is then marked failed, and the new run
// redoes the work, which the jobs key so nothing happens twice.
class JobRunner final
{
public:
    static constexpr std::chrono::seconds kDefaultLeaseDuration = std::chrono::minutes(5);

    // Throws std::invalid_argument for a lease or heartbeat interval that is not positive.
    JobRunner(store::Database& database, const Clock& clock, std::vector<JobDefinition> jobs,
              std::chrono::seconds leaseDuration = kDefaultLeaseDuration,
              std::optional<std::chrono::milliseconds> heartbeatInterval = std::nullopt);

    const std::vector<JobDefinition>& jobs() const
    {
        return m_jobs;
    }
    const JobDefinition* find(const std::string& name) const;

    // Runs the job now; throws JobBusy, or std::invalid_argument for an unknown job.
    JobResult run(const std::string& job, JobTrigger trigger,
                  std::optional<std::int64_t> staffUserId, const std::string& requestId);
    // The last starts the job's due time is computed from (job_runs, plus the idle runs of this
    // process that were not kept).
    JobHistory history(const std::string& job);
    // The run holding the job's live lease, if any.
    std::optional<std::int64_t> runningRun(const std::string& job);
    void requestStop();

    // This process as a lease holder: "<host>:<pid>:<random>".
    static const std::string& processHolder();

private:
    store::JobRunRecord acquire(const JobDefinition& job, JobTrigger trigger,
                                std::optional<std::int64_t> staffUserId);
    void work(const JobDefinition& job, JobResult& result, const std::string& requestId);
    void release(const JobDefinition& job, JobTrigger trigger, JobResult& result);
    // The heartbeat's beat: false once the run no longer holds the lease (stop beating).
    bool renewLease(const std::string& job, std::int64_t runId);
    void noteStart(const std::string& job, std::chrono::sys_seconds at);

    store::Database& m_database;
    const Clock& m_clock;
    std::vector<JobDefinition> m_jobs;
    std::chrono::seconds m_leaseDuration;
    std::chrono::milliseconds m_heartbeatInterval;
    std::mutex m_mutex;
    std::map<std::string, std::chrono::sys_seconds> m_lastStarts; // this process, by job
};

std::string toString(JobTrigger trigger);

} // namespace ebm::jobs
