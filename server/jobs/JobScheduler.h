#pragma once

#include "domain/Clock.h"
#include "jobs/JobRunner.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace ebm::jobs
{

// The scheduler inside `serve` (no broker): one thread per scheduled job wakes every `tick` of
// real time, asks whether the job is due under the injected clock (nextDue over the job's
// history in job_runs, so a restart neither reruns nor skips a run) and runs it through the
// JobRunner as "scheduler". A start refused because the job runs elsewhere (the CLI, staff) is
// left to the next due time. stop() asks the runs in progress to stop soon and waits for them.
class JobScheduler final
{
public:
    JobScheduler(JobRunner& runner, const Clock& clock,
                 std::chrono::milliseconds tick = std::chrono::seconds(1));
    ~JobScheduler();
    JobScheduler(const JobScheduler&) = delete;
    JobScheduler& operator=(const JobScheduler&) = delete;

    void start();
    void stop();

private:
    void loop(const JobDefinition& job);
    void runIfDue(const JobDefinition& job);

    JobRunner& m_runner;
    const Clock& m_clock;
    std::chrono::milliseconds m_tick;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace ebm::jobs
