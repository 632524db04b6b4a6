// The job framework through the real server and CLI under a moved clock: renewal reminders 7, 3
// and 1 days before a period's end (once each, only the nearest after downtime, none for a
// subscription cancelled at its end, in the customer's language); exclusive runs (concurrent
// starts do the work once, a run held elsewhere answers 409 job_running and the CLI exits 75);
// a run left by a crashed process redone without a second email; the runs and jobs read through
// the admin API; and the in-server scheduler running a due job by itself.
#include "ClockedTenantTest.h"
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <chrono>
#include <future>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

namespace ebm::test
{
namespace
{

class JobsTest : public ClockedTenantTest
{
protected:
    JobsTest()
        : ClockedTenantTest("Kribi Backup")
    {
    }

    // A lease and a running run as a process that stopped in the middle would leave them.
    std::string leaveLease(const std::string& holder, const std::string& expiresAt) const
    {
        executeSql(database(),
                   "INSERT INTO job_runs (job, run_key, started_at, triggered_by, holder) VALUES "
                   "('check-expirations', 'crashed:" +
                       holder + "', '2024-01-31T10:00:00Z', 'cli', '" + holder + "')");
        const std::string id = queryScalar(database(), "SELECT MAX(id) FROM job_runs");
        executeSql(database(), "INSERT INTO job_leases (job, run_id, holder, acquired_at, "
                               "expires_at) VALUES ('check-expirations', " +
                                   id + ", '" + holder + "', '2024-01-31T10:00:00Z', '" +
                                   expiresAt + "')");
        return id;
    }
};

TEST_F(JobsTest, RemindersAreSentSevenThreeAndOneDayBeforeTheEndEachOnce)
{
    executeSql(database(), "UPDATE organizations SET locale = 'en'");
    advanceDays(22); // 22 February: 7 days left
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 1);
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 0) << "a repeated run";
    advanceDays(2); // 24 February: 5 days left, the 7-day reminder was sent
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 0);
    advanceDays(2); // 26 February: 3 days left
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 1);
    advanceDays(2); // 28 February: 1 day left
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 1);
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 0);
    EXPECT_EQ(emailsTo("renewal_reminder"), "3");
    EXPECT_EQ(queryScalar(database(), "SELECT group_concat(substr(dedupe_key, -2), '') FROM "
                                      "(SELECT dedupe_key FROM email_outbox WHERE template = "
                                      "'renewal_reminder' ORDER BY id)"),
              ":7:3:1");
    EXPECT_EQ(queryScalar(database(), "SELECT subject FROM email_outbox WHERE template = "
                                      "'renewal_reminder' ORDER BY id LIMIT 1"),
              "Your subscription for Kribi Backup ends on 2024-02-29");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'subscription.renewal_reminder'"),
              "3");
}

TEST_F(JobsTest, AfterDowntimeOnlyTheNearestReminderIsSentInTheCustomersLanguage)
{
    executeSql(database(), "UPDATE organizations SET locale = 'fr'");
    advanceDays(27); // 27 February: 2 days left; the 7-day reminder was never sent
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 1);
    EXPECT_EQ(emailsTo("renewal_reminder"), "1");
    EXPECT_EQ(queryScalar(database(), "SELECT substr(dedupe_key, -2) || ' ' || subject FROM "
                                      "email_outbox WHERE template = 'renewal_reminder'"),
              ":3 Votre abonnement pour Kribi Backup se termine le 29/02/2024");
}

TEST_F(JobsTest, ASubscriptionCancelledAtItsEndIsNotReminded)
{
    const auto cancelled =
        client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/cancel/", "{}",
                      "application/json", auth(m_tenant.ownerToken));
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    advanceDays(23);
    EXPECT_EQ(checkExpirations()->getValue<int>("reminders"), 0);
    EXPECT_EQ(emailsTo("renewal_reminder"), "0");
}

TEST_F(JobsTest, ConcurrentStartsDoTheWorkOnceAndTheOthersAnswerJobRunning)
{
    advanceDays(30); // 1 March: the period ended unpaid
    constexpr int kStarts = 6;
    std::vector<std::future<HttpResult>> starts;
    for (int i = 0; i < kStarts; ++i)
        starts.push_back(std::async(std::launch::async, [this] { return startJob(); }));
    int succeeded = 0, refused = 0, notices = 0;
    for (auto& start : starts) {
        const HttpResult answer = start.get();
        if (answer.status == 200) {
            ++succeeded;
            notices += answer.json()->getObject("changes")->getValue<int>("overdue_notices");
        } else {
            ASSERT_EQ(answer.status, 409) << answer.body;
            EXPECT_EQ(answer.json()->getValue<std::string>("code"), "job_running");
            EXPECT_GT(answer.json()->getValue<std::int64_t>("run"), 0);
            ++refused;
        }
    }
    EXPECT_EQ(succeeded + refused, kStarts);
    EXPECT_GE(succeeded, 1);
    EXPECT_EQ(notices, 1) << "one run did the work";
    EXPECT_EQ(emailsTo("payment_overdue"), "1");
    EXPECT_EQ(
        queryScalar(database(), "SELECT COUNT(*) FROM job_runs WHERE job = 'check-expirations'"),
        std::to_string(succeeded));
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM job_leases"), "0");
}

TEST_F(JobsTest, ARunHeldByAnotherProcessAnswers409AndTheCommandExits75)
{
    const std::string held = leaveLease("another-host:4242:cafef00d", "2099-01-01T00:00:00Z");
    const auto answer = startJob();
    ASSERT_EQ(answer.status, 409) << answer.body;
    EXPECT_EQ(answer.json()->getValue<std::string>("code"), "job_running");
    EXPECT_EQ(std::to_string(answer.json()->getValue<std::int64_t>("run")), held);

    ServerProcess::Environment environment = fastPasswords();
    environment["EBM_CLOCK_START"] = kStart;
    const auto command =
        ServerProcess::run({"check-expirations", "--data-dir=" + m_dir.path()}, environment);
    EXPECT_EQ(command.exitCode, 75) << command.output;
    EXPECT_NE(command.output.find("already running (run " + held), std::string::npos)
        << command.output;

    const auto jobs = client().get("/api/admin/jobs/", auth(m_staff));
    ASSERT_EQ(jobs.status, 200) << jobs.body;
    const auto first = jobs.json()->getArray("results")->getObject(0);
    EXPECT_EQ(first->getValue<std::string>("name"), "check-expirations");
    EXPECT_EQ(std::to_string(first->getValue<std::int64_t>("running_run")), held);
}

TEST_F(JobsTest, ARunLeftByACrashedProcessIsRedoneWithoutASecondEmail)
{
    advanceDays(30); // 1 March: overdue
    const std::string crashed = leaveLease("another-host:4242:cafef00d", "2024-01-31T11:00:00Z");
    const auto redo = startJob();
    ASSERT_EQ(redo.status, 200) << redo.body;
    EXPECT_EQ(redo.json()->getObject("changes")->getValue<int>("overdue_notices"), 1);
    EXPECT_EQ(queryScalar(database(), "SELECT outcome FROM job_runs WHERE id = " + crashed),
              "failed");
    EXPECT_NE(
        queryScalar(database(), "SELECT message FROM job_runs WHERE id = " + crashed)
            .find("redone by run " + std::to_string(redo.json()->getValue<std::int64_t>("id"))),
        std::string::npos);
    // The crash came after the email was queued: doing it again changes nothing.
    leaveLease("another-host:4243:cafef00d", "2024-01-31T11:00:00Z");
    EXPECT_EQ(checkExpirations()->getValue<int>("overdue_notices"), 0);
    EXPECT_EQ(emailsTo("payment_overdue"), "1");
}

TEST_F(JobsTest, StaffReadTheRunsAndTheJobs)
{
    ASSERT_EQ(startJob().status, 200);
    ASSERT_EQ(startJob("reconcile-payments").status, 200);
    const auto second = startJob();
    ASSERT_EQ(second.status, 200);
    const auto id = second.json()->getValue<std::int64_t>("id");

    const auto page = client().get(
        "/api/admin/job-runs/?job=check-expirations&outcome=succeeded&page_size=1", auth(m_staff));
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(page.json()->getValue<int>("count"), 2);
    EXPECT_FALSE(page.json()->get("next").isEmpty());
    const auto newest = page.json()->getArray("results")->getObject(0);
    EXPECT_EQ(newest->getValue<std::int64_t>("id"), id);

    const auto detail =
        client().get("/api/admin/job-runs/" + std::to_string(id) + "/", auth(m_staff));
    ASSERT_EQ(detail.status, 200) << detail.body;
    const auto run = detail.json();
    EXPECT_EQ(run->getValue<std::string>("trigger"), "staff");
    EXPECT_EQ(run->getObject("triggered_by")->getValue<std::string>("email"), kStaffEmail);
    EXPECT_EQ(run->getValue<std::string>("outcome"), "succeeded");
    EXPECT_FALSE(run->get("finished_at").isEmpty());
    EXPECT_TRUE(run->getObject("changes")->has("reminders"));

    EXPECT_EQ(client().get("/api/admin/job-runs/999999/", auth(m_staff)).status, 404);
    EXPECT_EQ(client().get("/api/admin/job-runs/?outcome=maybe", auth(m_staff)).status, 400);
    EXPECT_EQ(client().get("/api/admin/job-runs/", auth(m_tenant.ownerToken)).status, 403);
    EXPECT_EQ(startJob("no-such-job").status, 404);

    const auto jobs = client().get("/api/admin/jobs/", auth(m_staff));
    ASSERT_EQ(jobs.status, 200) << jobs.body;
    const auto results = jobs.json()->getArray("results");
    ASSERT_EQ(results->size(), 7u);
    const auto check = results->getObject(0);
    EXPECT_EQ(check->getObject("schedule")->getValue<std::string>("kind"), "daily");
    EXPECT_EQ(check->getObject("schedule")->getValue<int>("hour_utc"), 2);
    EXPECT_FALSE(check->getValue<bool>("scheduled")) << "tests run the scheduler off";
    EXPECT_TRUE(check->get("next_due_at").isEmpty());
    EXPECT_EQ(check->getObject("last_run")->getValue<std::int64_t>("id"), id);
    EXPECT_EQ(results->getObject(1)->getObject("schedule")->getValue<int>("interval_seconds"), 300);
}

TEST_F(JobsTest, UpdateMetricsRecountsEveryOrganizationsUsage)
{
    executeSql(database(), "DELETE FROM usage_metrics");
    const auto run = startJob("update-metrics");
    ASSERT_EQ(run.status, 200) << run.body;
    EXPECT_EQ(run.json()->getObject("changes")->getValue<int>("organizations"), 1);
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM usage_metrics"), "1");
    ASSERT_EQ(startJob("update-metrics").status, 200);
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM usage_metrics"), "1")
        << "one row per organization and day";
}

// Polls (the scheduler ticks every second of real time) until `sql` answers `expected`.
bool eventually(const std::string& database, const std::string& sql, const std::string& expected)
{
    for (int i = 0; i < 100; ++i) {
        if (queryScalar(database, sql) == expected)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

TEST_F(JobsTest, TheSchedulerRunsADueJobByItselfAndARestartDoesNotRerunIt)
{
    m_server->stop();
    startServer({{"EBM_JOBS_SCHEDULER_ENABLED", "true"}});
    const std::string runs = "SELECT COUNT(*) FROM job_runs WHERE job = 'check-expirations' AND "
                             "triggered_by = 'scheduler' AND outcome = 'succeeded'";
    ASSERT_TRUE(eventually(database(), runs, "1")) << "never run: due at once";
    advanceDays(22); // 22 February: due again (02:00 has passed), 7 days before the end
    ASSERT_TRUE(eventually(database(), runs, "2"));
    EXPECT_TRUE(eventually(database(),
                           "SELECT COUNT(*) FROM email_outbox WHERE template = "
                           "'renewal_reminder'",
                           "1"));
    m_server->stop();
    startServer({{"EBM_JOBS_SCHEDULER_ENABLED", "true"}});
    const auto jobs = client().get("/api/admin/jobs/", auth(m_staff));
    ASSERT_EQ(jobs.status, 200) << jobs.body;
    const auto check = jobs.json()->getArray("results")->getObject(0);
    EXPECT_TRUE(check->getValue<bool>("scheduled"));
    EXPECT_EQ(check->getValue<std::string>("next_due_at"), "2024-02-23T02:00:00Z");
    EXPECT_EQ(queryScalar(database(), runs), "2") << "a restart does not rerun it";
}

} // namespace
} // namespace ebm::test
