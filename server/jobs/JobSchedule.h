#pragma once

#include <chrono>
#include <optional>

namespace ebm::jobs
{

// When the scheduler starts a job: every day at an hour (UTC), or every interval.
struct JobSchedule
{
    enum class Kind
    {
        Daily,
        Interval
    };

    Kind kind = Kind::Interval;
    int hour = 0;                     // Daily: 0–23, UTC
    std::chrono::seconds interval{0}; // Interval

    static JobSchedule daily(int hour);
    static JobSchedule every(std::chrono::seconds interval);

    // The wait after an attempt that did not succeed before the next one: the interval, or an
    // hour for a daily job.
    std::chrono::seconds retryDelay() const;
};

// What the due time is computed from: the starts of the job's last successful run and of its
// last run of any outcome (running, failed, or an idle run that was not kept).
struct JobHistory
{
    std::optional<std::chrono::sys_seconds> lastSucceeded;
    std::optional<std::chrono::sys_seconds> lastStarted;
};

// The instant the job is next due; it is due when this is not after now. Never run: due at
// once. Daily: the first `hour`:00 after the last success (so a server down for days runs it
// once, not once per missed day). Interval: the last success plus the interval. After a later
// attempt that did not succeed, not before that attempt plus retryDelay().
std::chrono::sys_seconds nextDue(const JobSchedule& schedule, const JobHistory& history);

} // namespace ebm::jobs
