#include "jobs/JobScheduler.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>

namespace ebm::jobs
{

namespace
{

Poco::Logger& schedulerLog()
{
    return Poco::Logger::get("ebm.jobs");
}

// A line in the log for a run that changed something or failed (idle passes stay quiet).
void logResult(const JobResult& result)
{
    const auto& record = result.record;
    if (record.itemsProcessed == 0 && record.itemsFailed == 0)
        return;
    schedulerLog().information(
        "%s (run %s): %s, %s processed, %s failed", record.job, std::to_string(record.id),
        record.outcome, std::to_string(record.itemsProcessed), std::to_string(record.itemsFailed));
}

} // namespace

JobScheduler::JobScheduler(JobRunner& runner, const Clock& clock, std::chrono::milliseconds tick)
    : m_runner(runner)
    , m_clock(clock)
    , m_tick(tick)
{
}

JobScheduler::~JobScheduler()
{
    stop();
}

void JobScheduler::start()
{
    for (const JobDefinition& job : m_runner.jobs())
        if (job.scheduled && job.schedule)
            m_threads.emplace_back([this, &job] { loop(job); });
}

void JobScheduler::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_runner.requestStop();
    for (std::thread& thread : m_threads)
        thread.join();
    m_threads.clear();
}

void JobScheduler::loop(const JobDefinition& job)
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        runIfDue(job);
        lock.lock();
        m_wake.wait_for(lock, m_tick, [this] { return m_stopping; });
    }
}

void JobScheduler::runIfDue(const JobDefinition& job)
{
    try {
        if (nextDue(*job.schedule, m_runner.history(job.name)) > m_clock.now())
            return;
        logResult(m_runner.run(job.name, JobTrigger::Scheduler, std::nullopt, "scheduler"));
    } catch (const JobBusy& busy) {
        schedulerLog().debug("%s: not started, %s", job.name, std::string(busy.what()));
    } catch (const Poco::Exception& error) {
        schedulerLog().error("%s: scheduler pass failed: %s", job.name, error.displayText());
    } catch (const std::exception& error) {
        schedulerLog().error("%s: scheduler pass failed: %s", job.name, std::string(error.what()));
    }
}

} // namespace ebm::jobs
