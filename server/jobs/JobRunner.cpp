#include "jobs/JobRunner.h"

#include "domain/Timestamp.h"
#include "store/JobLeaseRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/Environment.h>
#include <Poco/JSON/Object.h>
#include <Poco/Logger.h>
#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <Poco/UUIDGenerator.h>
#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <functional>
#include <mutex>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace ebm::jobs
{

namespace
{

Poco::Logger& jobLog()
{
    return Poco::Logger::get("ebm.jobs");
}

// A holder "<host>:<pid>:<token>" of this host whose process is gone (or whose pid now belongs
// to another process, this one included).
bool holderIsGone(const std::string& holder)
{
    const Poco::StringTokenizer parts(holder, ":");
    if (parts.count() != 3 || parts[0] != Poco::Environment::nodeName())
        return false;
    if (holder == JobRunner::processHolder())
        return false;
    int pid = 0;
    if (!Poco::NumberParser::tryParse(parts[1], pid) || pid <= 0)
        return false;
    if (pid == static_cast<int>(getpid()))
        return true; // our pid, another token: an earlier process that had the same pid
    return kill(pid, 0) != 0 && errno == ESRCH;
}

bool isStale(const store::JobLease& lease, std::chrono::sys_seconds now)
{
    return parseIso8601(lease.expiresAt) <= now || holderIsGone(lease.holder);
}

// Calls `beat` every `interval` of real time on its own thread, from construction until
// destruction (which stops and joins it) or until `beat` answers false.
class Heartbeat final
{
public:
    Heartbeat(std::chrono::milliseconds interval, std::function<bool()> beat)
        : m_thread([this, interval, beat = std::move(beat)] { loop(interval, beat); })
    {
    }
    Heartbeat(const Heartbeat&) = delete;
    Heartbeat& operator=(const Heartbeat&) = delete;
    ~Heartbeat()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    void loop(std::chrono::milliseconds interval, const std::function<bool()>& beat)
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, interval, [this] { return m_stopped; })) {
            lock.unlock();
            const bool again = beat();
            lock.lock();
            if (!again)
                return;
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::thread m_thread; // last: started once the members it uses exist
};

std::string countsJson(const JobCounts& counts)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [name, count] : counts)
        json.set(name, count);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

} // namespace

JobBusy::JobBusy(store::JobRunRecord running)
    : std::runtime_error(running.job + " is already running (run " + std::to_string(running.id) +
                         ", started " + running.startedAt + ")")
    , m_running(std::move(running))
{
}

std::string toString(JobTrigger trigger)
{
    switch (trigger) {
    case JobTrigger::Scheduler:
        return "scheduler";
    case JobTrigger::Staff:
        return "staff";
    case JobTrigger::Cli:
        break;
    }
    return "cli";
}

JobRunner::JobRunner(store::Database& database, const Clock& clock, std::vector<JobDefinition> jobs,
                     std::chrono::seconds leaseDuration,
                     std::optional<std::chrono::milliseconds> heartbeatInterval)
    : m_database(database)
    , m_clock(clock)
    , m_jobs(std::move(jobs))
    , m_leaseDuration(leaseDuration)
    , m_heartbeatInterval(heartbeatInterval.value_or(
          std::chrono::duration_cast<std::chrono::milliseconds>(leaseDuration) / 3))
{
    if (m_leaseDuration <= std::chrono::seconds::zero() ||
        m_heartbeatInterval <= std::chrono::milliseconds::zero())
        throw std::invalid_argument("a job lease and its heartbeat interval must be positive");
}

const std::string& JobRunner::processHolder()
{
    static const std::string holder =
        Poco::Environment::nodeName() + ":" + std::to_string(getpid()) + ":" +
        Poco::UUIDGenerator::defaultGenerator().createRandom().toString().substr(0, 8);
    return holder;
}

const JobDefinition* JobRunner::find(const std::string& name) const
{
    for (const JobDefinition& job : m_jobs)
        if (job.name == name)
            return &job;
    return nullptr;
}

JobResult JobRunner::run(const std::string& name, JobTrigger trigger,
                         std::optional<std::int64_t> staffUserId, const std::string& requestId)
{
    const JobDefinition* job = find(name);
    if (job == nullptr)
        throw std::invalid_argument("no job named \"" + name + "\"");
    JobResult result{acquire(*job, trigger, staffUserId), {}};
    {
        const Heartbeat heartbeat(m_heartbeatInterval, [this, job, id = result.record.id] {
            return renewLease(job->name, id);
        });
        work(*job, result, requestId);
    }
    release(*job, trigger, result);
    return result;
}

bool JobRunner::renewLease(const std::string& job, std::int64_t runId)
{
    try {
        Poco::Data::Session session = m_database.session();
        store::WriteTransaction transaction(session);
        const bool held = store::JobLeaseRepository(session).renew(
            job, runId, processHolder(), formatIso8601(m_clock.now() + m_leaseDuration));
        transaction.commit();
        if (!held)
            jobLog().warning("%s: run %s no longer holds the lease (taken over); not renewed", job,
                             std::to_string(runId));
        return held;
    } catch (const Poco::Exception& error) {
        // A busy database or a full disk: the lease is renewed at the next beat, if still held.
        jobLog().error("%s: renewing the lease of run %s failed: %s", job, std::to_string(runId),
                       error.displayText());
    } catch (const std::exception& error) {
        jobLog().error("%s: renewing the lease of run %s failed: %s", job, std::to_string(runId),
                       std::string(error.what()));
    }
    return true;
}

store::JobRunRecord JobRunner::acquire(const JobDefinition& job, JobTrigger trigger,
                                       std::optional<std::int64_t> staffUserId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto now = m_clock.now();
    store::JobLeaseRepository leases(session);
    store::JobRunRepository runs(session);
    const auto lease = leases.find(job.name);
    if (lease && !isStale(*lease, now)) {
        auto running = runs.findById(lease->runId).value_or(store::JobRunRecord{});
        running.id = lease->runId;
        running.job = job.name;
        throw JobBusy(std::move(running));
    }
    store::JobRunRecord record;
    record.job = job.name;
    record.trigger = toString(trigger);
    record.staffUserId = staffUserId;
    record.holder = processHolder();
    runs.start(record, now);
    if (lease) {
        runs.abandon(lease->runId,
                     "abandoned: its process (" + lease->holder +
                         ") stopped before the end; redone by run " + std::to_string(record.id),
                     now);
        jobLog().warning("%s: run %s was abandoned by %s; run %s redoes it", job.name,
                         std::to_string(lease->runId), lease->holder, std::to_string(record.id));
    }
    leases.put({job.name, record.id, record.holder, formatIso8601(now),
                formatIso8601(now + m_leaseDuration)});
    transaction.commit();
    noteStart(job.name, now);
    return record;
}

void JobRunner::work(const JobDefinition& job, JobResult& result, const std::string& requestId)
{
    try {
        result.counts = job.work(result.record, requestId);
    } catch (const Poco::Exception& error) {
        ++result.record.itemsFailed;
        result.record.message = error.displayText();
    } catch (const std::exception& error) {
        ++result.record.itemsFailed;
        result.record.message = error.what();
    }
    result.record.outcome = result.record.itemsFailed == 0 ? "succeeded" : "failed";
    result.record.changesJson = countsJson(result.counts);
    if (result.record.itemsFailed > 0)
        jobLog().error("%s (run %s) failed: %s", job.name, std::to_string(result.record.id),
                       result.record.message);
}

void JobRunner::release(const JobDefinition& job, JobTrigger trigger, JobResult& result)
{
    const bool idle = result.record.itemsProcessed == 0 && result.record.itemsFailed == 0;
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::JobLeaseRepository(session).release(job.name, result.record.id);
    store::JobRunRepository runs(session);
    if (idle && trigger == JobTrigger::Scheduler && !job.keepIdleScheduledRuns)
        runs.remove(result.record.id);
    else
        runs.finish(result.record, m_clock.now());
    transaction.commit();
}

void JobRunner::noteStart(const std::string& job, std::chrono::sys_seconds at)
{
    const std::lock_guard lock(m_mutex);
    m_lastStarts[job] = at;
}

JobHistory JobRunner::history(const std::string& job)
{
    Poco::Data::Session session = m_database.session();
    store::JobRunRepository runs(session);
    JobHistory history;
    if (const auto succeeded = runs.latestSucceeded(job))
        history.lastSucceeded = parseIso8601(succeeded->startedAt);
    if (const auto latest = runs.latest(job))
        history.lastStarted = parseIso8601(latest->startedAt);
    const std::lock_guard lock(m_mutex);
    if (const auto own = m_lastStarts.find(job); own != m_lastStarts.end())
        history.lastStarted = std::max(history.lastStarted.value_or(own->second), own->second);
    return history;
}

std::optional<std::int64_t> JobRunner::runningRun(const std::string& job)
{
    Poco::Data::Session session = m_database.session();
    const auto lease = store::JobLeaseRepository(session).find(job);
    if (!lease || isStale(*lease, m_clock.now()))
        return std::nullopt;
    return lease->runId;
}

void JobRunner::requestStop()
{
    for (const JobDefinition& job : m_jobs)
        if (job.requestStop)
            job.requestStop();
}

} // namespace ebm::jobs
