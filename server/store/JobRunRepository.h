#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <string>

namespace ebm::store
{

// One recorded run of a scheduled job.
struct JobRunRecord
{
    std::int64_t id = 0;
    std::string job;
    std::string outcome = "running"; // running | succeeded | failed
    std::string startedAt;
    std::string finishedAt;
    std::int64_t itemsProcessed = 0;
    std::int64_t itemsFailed = 0;
    std::string message;
};

// The job_runs table: every run of a job, from start to outcome, for staff to read.
class JobRunRepository final
{
public:
    explicit JobRunRepository(Poco::Data::Session& session);

    JobRunRecord start(const std::string& job, std::chrono::sys_seconds at);
    void finish(JobRunRecord& run, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
