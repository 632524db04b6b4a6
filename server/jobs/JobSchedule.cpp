#include "jobs/JobSchedule.h"

#include <algorithm>

namespace ebm::jobs
{

namespace
{

// The first instant at `hour`:00 UTC strictly after `after`.
std::chrono::sys_seconds nextHourOfDay(std::chrono::sys_seconds after, int hour)
{
    const auto day = std::chrono::floor<std::chrono::days>(after);
    const std::chrono::sys_seconds sameDay = day + std::chrono::hours(hour);
    return sameDay > after ? sameDay : sameDay + std::chrono::days(1);
}

std::chrono::sys_seconds afterSuccess(const JobSchedule& schedule,
                                      std::chrono::sys_seconds succeeded)
{
    if (schedule.kind == JobSchedule::Kind::Daily)
        return nextHourOfDay(succeeded, schedule.hour);
    return succeeded + schedule.interval;
}

} // namespace

JobSchedule JobSchedule::daily(int hour)
{
    JobSchedule schedule;
    schedule.kind = Kind::Daily;
    schedule.hour = hour;
    return schedule;
}

JobSchedule JobSchedule::every(std::chrono::seconds interval)
{
    JobSchedule schedule;
    schedule.kind = Kind::Interval;
    schedule.interval = interval;
    return schedule;
}

std::chrono::seconds JobSchedule::retryDelay() const
{
    if (kind == Kind::Daily)
        return std::chrono::hours(1);
    return interval;
}

std::chrono::sys_seconds nextDue(const JobSchedule& schedule, const JobHistory& history)
{
    std::chrono::sys_seconds due{};
    if (history.lastSucceeded)
        due = afterSuccess(schedule, *history.lastSucceeded);
    if (history.lastStarted &&
        (!history.lastSucceeded || *history.lastStarted > *history.lastSucceeded))
        due = std::max(due, *history.lastStarted + schedule.retryDelay());
    return due;
}

} // namespace ebm::jobs
