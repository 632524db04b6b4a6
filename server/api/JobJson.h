#pragma once

#include "jobs/JobRunner.h"
#include "store/JobRunRepository.h"

#include <Poco/JSON/Object.h>
#include <chrono>
#include <optional>

namespace ebm::api
{

// The JSON of the job framework's answers: a run, and a job with its schedule and state.
class JobJson final
{
public:
    // {id,job,outcome,trigger,triggered_by:{id,email}|null,holder,started_at,finished_at,
    //  items_processed,items_failed,message,changes:{…}|null}
    static Poco::JSON::Object::Ptr run(const store::JobRunRecord& run);
    // {name,schedule:{kind:"daily",hour_utc}|{kind:"interval",interval_seconds}|null,scheduled,
    //  running_run,last_run,last_succeeded_at,next_due_at}; next_due_at is null when the
    //  scheduler does not start the job, `now` when it is already due.
    struct JobState
    {
        std::optional<store::JobRunRecord> lastRun;
        jobs::JobHistory history;
        std::optional<std::int64_t> runningRun;
        std::chrono::sys_seconds now;
    };
    static Poco::JSON::Object::Ptr job(const jobs::JobDefinition& job, const JobState& state);
};

} // namespace ebm::api
