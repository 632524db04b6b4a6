// The JobRunner against a real SQLite file under a manual clock: runs are recorded with their
// trigger and counts, a live lease refuses a second start, a run longer than its lease keeps it by
// its heartbeat, and a lease left by a dead process or past its expiry is taken over, the
// abandoned run marked failed.
#include "TempDir.h"
#include "domain/Timestamp.h"
#include "jobs/JobRunner.h"
#include "store/JobLeaseRepository.h"
#include "store/sqlite/Migrator.h"

#include <Poco/Environment.h>
#include <chrono>
#include <future>
#include <gtest/gtest.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ebm::jobs
{
namespace
{

const std::chrono::sys_seconds kNow{std::chrono::seconds(1'780'000'000)};

// The pid of a process that has exited and been reaped.
int deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0);
    return child;
}

class JobRunnerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::sqlite::Migrator(m_database).migrate(kNow);
    }

    JobDefinition countingJob()
    {
        JobDefinition job;
        job.name = "count";
        job.work = [this](store::JobRunRecord& record, const std::string&) {
            ++m_calls;
            record.itemsProcessed = 2;
            return JobCounts{{"done", 2}};
        };
        return job;
    }

    // Leaves a lease and a running run as a process that stopped mid-run would.
    std::int64_t leaveLease(const std::string& holder, std::chrono::sys_seconds expires)
    {
        Poco::Data::Session session = m_database.session();
        store::JobRunRecord run;
        run.job = "count";
        run.holder = holder;
        store::JobRunRepository(session).start(run, kNow);
        store::JobLeaseRepository(session).put(
            {"count", run.id, holder, formatIso8601(kNow), formatIso8601(expires)});
        return run.id;
    }

    store::JobRunRecord runRecord(std::int64_t id)
    {
        Poco::Data::Session session = m_database.session();
        return store::JobRunRepository(session).findById(id).value();
    }

    // The expiry of the job's lease, empty when there is none.
    std::string leaseExpiry()
    {
        Poco::Data::Session session = m_database.session();
        const auto lease = store::JobLeaseRepository(session).find("count");
        return lease ? lease->expiresAt : std::string();
    }

    // Waits (at most 10 s of real time) until the lease's expiry reads `expected`.
    bool leaseExpiresAt(const std::string& expected)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (leaseExpiry() != expected) {
            if (std::chrono::steady_clock::now() > deadline)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }

    test::TempDir m_dir;
    store::Database m_database{m_dir.file("ebm.sqlite3"), 4};
    ManualClock m_clock{kNow};
    int m_calls = 0;
};

TEST_F(JobRunnerTest, ARunIsRecordedWithTriggerCountsAndOutcome)
{
    JobRunner runner(m_database, m_clock, {countingJob()});
    const auto result = runner.run("count", JobTrigger::Cli, std::nullopt, "test");
    const auto stored = runRecord(result.record.id);
    EXPECT_EQ(stored.outcome, "succeeded");
    EXPECT_EQ(stored.trigger, "cli");
    EXPECT_EQ(stored.itemsProcessed, 2);
    EXPECT_EQ(stored.changesJson, R"({"done":2})");
    EXPECT_EQ(stored.holder, JobRunner::processHolder());
    EXPECT_FALSE(runner.runningRun("count")) << "the lease is released";
    EXPECT_EQ(runner.history("count").lastSucceeded, kNow);
}

TEST_F(JobRunnerTest, ALiveLeaseRefusesASecondStart)
{
    JobRunner runner(m_database, m_clock, {countingJob()});
    const auto running = leaveLease(JobRunner::processHolder(), kNow + std::chrono::hours(1));
    try {
        runner.run("count", JobTrigger::Staff, std::nullopt, "test");
        FAIL() << "started while running";
    } catch (const JobBusy& busy) {
        EXPECT_EQ(busy.running().id, running);
    }
    EXPECT_EQ(m_calls, 0);
    EXPECT_EQ(runner.runningRun("count"), running);
}

TEST_F(JobRunnerTest, ARunLongerThanItsLeaseKeepsItByItsHeartbeat)
{
    std::promise<void> started;
    std::promise<void> finish;
    std::shared_future<void> finished = finish.get_future().share();
    JobDefinition job = countingJob();
    job.work = [this, &started, finished](store::JobRunRecord& record, const std::string&) {
        started.set_value();
        finished.wait(); // until the test lets it end
        ++m_calls;
        record.itemsProcessed = 1;
        return JobCounts{};
    };
    const auto lease = std::chrono::minutes(1);
    JobRunner runner(m_database, m_clock, {job}, lease, std::chrono::milliseconds(10));
    auto running = std::async(std::launch::async, [&runner] {
        return runner.run("count", JobTrigger::Scheduler, std::nullopt, "test");
    });
    started.get_future().wait();
    EXPECT_EQ(leaseExpiry(), formatIso8601(kNow + lease));

    m_clock.advance(std::chrono::minutes(5)); // the run has outlived its first lease
    EXPECT_TRUE(leaseExpiresAt(formatIso8601(m_clock.now() + lease)))
        << "renewed by the heartbeat; expiry " << leaseExpiry();
    EXPECT_THROW(runner.run("count", JobTrigger::Staff, std::nullopt, "test"), JobBusy)
        << "the live run keeps its lease";
    EXPECT_TRUE(runner.runningRun("count"));

    finish.set_value();
    const auto result = running.get();
    EXPECT_EQ(m_calls, 1);
    EXPECT_EQ(runRecord(result.record.id).outcome, "succeeded");
    EXPECT_EQ(leaseExpiry(), "") << "released at the end, and no longer renewed";
}

TEST_F(JobRunnerTest, TheHeartbeatStopsWhenTheWorkThrows)
{
    JobDefinition job;
    job.name = "count";
    job.work = [](store::JobRunRecord&, const std::string&) -> JobCounts {
        throw 42; // not even an exception the runner records
    };
    JobRunner runner(m_database, m_clock, {job}, std::chrono::minutes(1),
                     std::chrono::milliseconds(1));
    EXPECT_ANY_THROW(runner.run("count", JobTrigger::Cli, std::nullopt, "test"));
    EXPECT_NE(leaseExpiry(), "") << "left to expire, as by a crash";
    m_clock.advance(std::chrono::minutes(1));
    EXPECT_FALSE(runner.runningRun("count")) << "no heartbeat renews it any more";
}

TEST_F(JobRunnerTest, TheDefaultLeaseIsShortAndALeaseMustBePositive)
{
    EXPECT_EQ(JobRunner::kDefaultLeaseDuration, std::chrono::minutes(5));
    EXPECT_THROW(JobRunner(m_database, m_clock, {countingJob()}, std::chrono::seconds(0)),
                 std::invalid_argument);
    EXPECT_THROW(JobRunner(m_database, m_clock, {countingJob()}, std::chrono::seconds(60),
                           std::chrono::milliseconds(0)),
                 std::invalid_argument);
}

TEST_F(JobRunnerTest, AnExpiredLeaseIsTakenOverAndItsRunMarkedFailed)
{
    JobRunner runner(m_database, m_clock, {countingJob()});
    const auto abandoned = leaveLease("elsewhere:1:deadbeef", kNow + std::chrono::minutes(10));
    EXPECT_THROW(runner.run("count", JobTrigger::Cli, std::nullopt, "test"), JobBusy);
    m_clock.advance(std::chrono::minutes(10));
    const auto result = runner.run("count", JobTrigger::Cli, std::nullopt, "test");
    EXPECT_EQ(m_calls, 1);
    EXPECT_EQ(runRecord(abandoned).outcome, "failed");
    EXPECT_NE(
        runRecord(abandoned).message.find("redone by run " + std::to_string(result.record.id)),
        std::string::npos);
}

TEST_F(JobRunnerTest, ALeaseOfADeadProcessOfThisHostIsTakenOverAtOnce)
{
    JobRunner runner(m_database, m_clock, {countingJob()});
    const std::string holder =
        Poco::Environment::nodeName() + ":" + std::to_string(deadPid()) + ":0badc0de";
    const auto abandoned = leaveLease(holder, kNow + std::chrono::hours(1));
    runner.run("count", JobTrigger::Scheduler, std::nullopt, "test");
    EXPECT_EQ(m_calls, 1);
    EXPECT_EQ(runRecord(abandoned).outcome, "failed");
}

TEST_F(JobRunnerTest, AFailingJobIsRecordedFailedAndReleasesItsLease)
{
    JobDefinition job;
    job.name = "count";
    job.work = [](store::JobRunRecord&, const std::string&) -> JobCounts {
        throw std::runtime_error("boom");
    };
    JobRunner runner(m_database, m_clock, {job});
    const auto result = runner.run("count", JobTrigger::Cli, std::nullopt, "test");
    EXPECT_EQ(runRecord(result.record.id).outcome, "failed");
    EXPECT_EQ(runRecord(result.record.id).message, "boom");
    EXPECT_FALSE(runner.runningRun("count"));
    EXPECT_FALSE(runner.history("count").lastSucceeded);
}

TEST_F(JobRunnerTest, IdleScheduledRunsOfAQuietJobAreNotKept)
{
    JobDefinition job;
    job.name = "count";
    job.keepIdleScheduledRuns = false;
    job.work = [](store::JobRunRecord&, const std::string&) { return JobCounts{}; };
    JobRunner runner(m_database, m_clock, {job});
    const auto idle = runner.run("count", JobTrigger::Scheduler, std::nullopt, "test");
    Poco::Data::Session session = m_database.session();
    EXPECT_FALSE(store::JobRunRepository(session).findById(idle.record.id));
    EXPECT_EQ(runner.history("count").lastStarted, kNow) << "remembered in this process";
    const auto byHand = runner.run("count", JobTrigger::Cli, std::nullopt, "test");
    EXPECT_TRUE(store::JobRunRepository(session).findById(byHand.record.id));
}

} // namespace
} // namespace ebm::jobs
