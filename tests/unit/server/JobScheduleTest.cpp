// When a job is due, computed from its history under an injected instant: daily at an hour
// (UTC), or every interval; a restart neither reruns nor skips; downtime is caught up once; an
// attempt that did not succeed is retried after a delay.
#include "domain/Timestamp.h"
#include "jobs/JobSchedule.h"

#include <gtest/gtest.h>

namespace ebm::jobs
{
namespace
{

std::chrono::sys_seconds at(const std::string& text)
{
    return parseIso8601(text);
}

std::string dueOf(const JobSchedule& schedule, const JobHistory& history)
{
    return formatIso8601(nextDue(schedule, history));
}

TEST(JobScheduleTest, ANeverRunJobIsDueAtOnce)
{
    EXPECT_LE(nextDue(JobSchedule::daily(2), {}), at("2024-01-01T00:00:00Z"));
    EXPECT_LE(nextDue(JobSchedule::every(std::chrono::minutes(5)), {}), at("2024-01-01T00:00:00Z"));
}

TEST(JobScheduleTest, DailyIsDueAtTheHourAfterTheLastSuccess)
{
    const auto daily = JobSchedule::daily(2);
    const auto ran = at("2024-03-10T02:00:07Z");
    EXPECT_EQ(dueOf(daily, {ran, ran}), "2024-03-11T02:00:00Z");
    // A run by hand at 01:00 does not skip the 02:00 run of the same day.
    const auto early = at("2024-03-10T01:00:00Z");
    EXPECT_EQ(dueOf(daily, {early, early}), "2024-03-10T02:00:00Z");
}

TEST(JobScheduleTest, DailyAfterDaysDownIsCaughtUpOnceNotOncePerMissedDay)
{
    const auto daily = JobSchedule::daily(2);
    const auto lastBeforeOutage = at("2024-03-10T02:00:00Z");
    const auto backUp = at("2024-03-14T09:30:00Z");
    EXPECT_LE(nextDue(daily, {lastBeforeOutage, lastBeforeOutage}), backUp);
    // The catch-up run at 09:30 makes the next one tomorrow at 02:00.
    EXPECT_EQ(dueOf(daily, {backUp, backUp}), "2024-03-15T02:00:00Z");
}

TEST(JobScheduleTest, IntervalIsDueOneIntervalAfterTheLastSuccess)
{
    const auto sixHours = JobSchedule::every(std::chrono::hours(6));
    const auto ran = at("2024-03-10T05:59:00Z");
    EXPECT_EQ(dueOf(sixHours, {ran, ran}), "2024-03-10T11:59:00Z");
}

TEST(JobScheduleTest, ARestartComputesTheSameDueTimeFromTheRecordedHistory)
{
    // Due-ness depends only on the recorded starts: a restarted server asks the same question
    // and gets the same answer, before and after the due time.
    const auto daily = JobSchedule::daily(3);
    const JobHistory history{at("2024-03-10T03:00:00Z"), at("2024-03-10T03:00:00Z")};
    EXPECT_GT(nextDue(daily, history), at("2024-03-11T02:59:59Z"));
    EXPECT_LE(nextDue(daily, history), at("2024-03-11T03:00:00Z"));
}

TEST(JobScheduleTest, AFailedAttemptIsRetriedAfterTheRetryDelayNotAtOnce)
{
    const auto daily = JobSchedule::daily(2);
    const JobHistory failedToday{at("2024-03-09T02:00:00Z"), at("2024-03-10T02:00:00Z")};
    EXPECT_EQ(dueOf(daily, failedToday), "2024-03-10T03:00:00Z");
    const auto fiveMinutes = JobSchedule::every(std::chrono::minutes(5));
    const JobHistory neverSucceeded{std::nullopt, at("2024-03-10T10:00:00Z")};
    EXPECT_EQ(dueOf(fiveMinutes, neverSucceeded), "2024-03-10T10:05:00Z");
}

TEST(JobScheduleTest, HourBoundariesAreUtcDays)
{
    const auto late = JobSchedule::daily(23);
    EXPECT_EQ(dueOf(late, {at("2024-12-31T23:30:00Z"), at("2024-12-31T23:30:00Z")}),
              "2025-01-01T23:00:00Z");
    const auto midnight = JobSchedule::daily(0);
    EXPECT_EQ(dueOf(midnight, {at("2024-02-28T00:00:00Z"), at("2024-02-28T00:00:00Z")}),
              "2024-02-29T00:00:00Z");
}

} // namespace
} // namespace ebm::jobs
