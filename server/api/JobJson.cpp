#include "api/JobJson.h"

#include "api/JsonValues.h"
#include "domain/Timestamp.h"
#include "http/ApiResponse.h"

#include <Poco/JSON/Parser.h>
#include <algorithm>

namespace ebm::api
{

namespace
{

Poco::Dynamic::Var changesOf(const store::JobRunRecord& run)
{
    if (run.changesJson.empty())
        return {};
    return Poco::JSON::Parser().parse(run.changesJson);
}

Poco::Dynamic::Var staffOf(const store::JobRunRecord& run)
{
    if (!run.staffUserId)
        return {};
    auto staff = http::makeObject();
    staff->set("id", *run.staffUserId);
    staff->set("email", textOrNull(run.staffEmail));
    return staff;
}

Poco::Dynamic::Var scheduleOf(const std::optional<jobs::JobSchedule>& schedule)
{
    if (!schedule)
        return {};
    auto json = http::makeObject();
    if (schedule->kind == jobs::JobSchedule::Kind::Daily) {
        json->set("kind", "daily");
        json->set("hour_utc", schedule->hour);
    } else {
        json->set("kind", "interval");
        json->set("interval_seconds", static_cast<std::int64_t>(schedule->interval.count()));
    }
    return json;
}

Poco::Dynamic::Var instantOrNull(const std::optional<std::chrono::sys_seconds>& at)
{
    return at ? Poco::Dynamic::Var(formatIso8601(*at)) : Poco::Dynamic::Var();
}

} // namespace

Poco::JSON::Object::Ptr JobJson::run(const store::JobRunRecord& run)
{
    auto json = http::makeObject();
    json->set("id", run.id);
    json->set("job", run.job);
    json->set("outcome", run.outcome);
    json->set("trigger", run.trigger);
    json->set("triggered_by", staffOf(run));
    json->set("holder", textOrNull(run.holder));
    json->set("started_at", run.startedAt);
    json->set("finished_at", textOrNull(run.finishedAt));
    json->set("items_processed", run.itemsProcessed);
    json->set("items_failed", run.itemsFailed);
    json->set("message", textOrNull(run.message));
    json->set("changes", changesOf(run));
    return json;
}

Poco::JSON::Object::Ptr JobJson::job(const jobs::JobDefinition& job, const JobState& state)
{
    auto json = http::makeObject();
    json->set("name", job.name);
    json->set("schedule", scheduleOf(job.schedule));
    const bool scheduled = job.scheduled && job.schedule.has_value();
    json->set("scheduled", scheduled);
    json->set("running_run", valueOrNull(state.runningRun));
    json->set("last_run",
              state.lastRun ? Poco::Dynamic::Var(run(*state.lastRun)) : Poco::Dynamic::Var());
    json->set("last_succeeded_at", instantOrNull(state.history.lastSucceeded));
    std::optional<std::chrono::sys_seconds> due;
    if (scheduled)
        due = std::max(jobs::nextDue(*job.schedule, state.history), state.now);
    json->set("next_due_at", instantOrNull(due));
    return json;
}

} // namespace ebm::api
