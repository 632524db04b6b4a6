#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One recorded run of a scheduled job.
struct JobRunRecord
{
    std::int64_t id = 0;
    std::string job;
    std::string outcome = "running"; // running | succeeded | failed
    std::string trigger = "cli";     // scheduler | staff | cli
    std::optional<std::int64_t> staffUserId;
    std::string staffEmail; // read only: the staff member's email
    std::string holder;     // "<host>:<pid>" of the process that ran it
    std::string startedAt;
    std::string finishedAt;
    std::int64_t itemsProcessed = 0;
    std::int64_t itemsFailed = 0;
    std::string message;
    std::string changesJson; // the job's counts as a JSON object, "" while running
};

// Which runs a staff list shows; empty fields do not filter.
struct JobRunFilter
{
    std::string job;
    std::string outcome;
};

// The job_runs table: every run of a job, from start to outcome, for staff to read.
class JobRunRepository final
{
public:
    explicit JobRunRepository(Poco::Data::Session& session);

    // Inserts the run (outcome running) and fills its id and started_at.
    void start(JobRunRecord& run, std::chrono::sys_seconds at);
    void finish(JobRunRecord& run, std::chrono::sys_seconds at);
    // A run whose process stopped before finishing: failed, with why.
    void abandon(std::int64_t id, const std::string& message, std::chrono::sys_seconds at);
    // Forgets a run that did nothing (the scheduler's idle outbox passes).
    void remove(std::int64_t id);

    std::optional<JobRunRecord> findById(std::int64_t id);
    std::int64_t count(const JobRunFilter& filter);
    // Newest first.
    std::vector<JobRunRecord> list(const JobRunFilter& filter, std::int64_t offset,
                                   std::int64_t limit);
    std::optional<JobRunRecord> latest(const std::string& job);
    std::optional<JobRunRecord> latestSucceeded(const std::string& job);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
