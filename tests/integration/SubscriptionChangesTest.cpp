// Plan changes, renewals and period ends through the real server under a moved clock: an upgrade
// charged pro rata and applied when paid, a downgrade refused while over quota then applied at
// the period's end, early and late renewals, cancellation at the period's end or at once by
// staff, and an unpaid period going overdue, suspended and expired, each step emailed once.
#include "ClockedTenantTest.h"
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

class SubscriptionChangesTest : public ClockedTenantTest
{
protected:
    SubscriptionChangesTest()
        : ClockedTenantTest("Limbe Backup")
    {
    }

    HttpResult ownerPost(const std::string& action, const std::string& body = "{}") const
    {
        return client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/" +
                                 action + "/",
                             body, "application/json", auth(m_tenant.ownerToken));
    }

    HttpResult changePlan(const std::string& slug) const
    {
        return ownerPost("change_plan",
                         R"({"plan":)" + std::to_string(planId(client(), slug)) + "}");
    }

    Poco::JSON::Object::Ptr organization() const
    {
        const auto answer =
            client().get("/api/tenants/organizations/" + m_tenant.organizationId + "/",
                         auth(m_tenant.ownerToken));
        EXPECT_EQ(answer.status, 200) << answer.body;
        return answer.json();
    }

    std::string planSlug() const
    {
        return organization()->getObject("plan")->getValue<std::string>("slug");
    }

    // Staff record the bank transfer of exactly the order's total.
    HttpResult pay(const Poco::JSON::Object::Ptr& order) const
    {
        return client().post(
            "/api/admin/orders/" + std::to_string(order->getValue<std::int64_t>("id")) +
                "/record_payment/",
            R"({"amount":")" + order->getValue<std::string>("total") + R"(","currency":")" +
                order->getValue<std::string>("currency") + R"("})",
            "application/json", auth(m_staff));
    }
};

TEST_F(SubscriptionChangesTest, PurchaseAnchorsTheMonthlyPeriodOnTheLastDayOfTheMonth)
{
    const auto org = organization();
    EXPECT_EQ(org->getValue<std::string>("subscription_start"), kStart);
    EXPECT_EQ(org->getValue<std::string>("subscription_end"), "2024-02-29T10:00:00Z");
}

TEST_F(SubscriptionChangesTest, UpgradeChargesTheRemainingDaysAndAppliesWhenPaid)
{
    advanceDays(15); // 15 Feb: 14 of the period's 29 days are left
    const auto ordered = changePlan("gold");
    ASSERT_EQ(ordered.status, 201) << ordered.body;
    EXPECT_EQ(ordered.json()->getValue<std::string>("change"), "upgrade_ordered");
    const auto order = ordered.json()->getObject("order");
    EXPECT_EQ(order->getValue<std::string>("kind"), "upgrade");
    EXPECT_EQ(order->getValue<std::string>("total"), "57.93"); // (199 - 79) x 14 / 29
    EXPECT_EQ(planSlug(), "silver") << "nothing changes before the payment";

    const auto again = changePlan("gold");
    ASSERT_EQ(again.status, 201) << again.body;
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM orders WHERE kind = 'upgrade' AND "
                                      "status = 'pending'"),
              "1")
        << "a newer request replaces the unpaid upgrade";

    const auto paid = pay(again.json()->getObject("order"));
    ASSERT_EQ(paid.status, 200) << paid.body;
    EXPECT_EQ(planSlug(), "gold");
    EXPECT_EQ(organization()->getValue<std::string>("subscription_end"), "2024-02-29T10:00:00Z");
    EXPECT_EQ(queryScalar(database(), "SELECT total_minor || ' ' || period_start || ' ' || "
                                      "period_end FROM invoices ORDER BY id DESC LIMIT 1"),
              "5793 2024-02-15T10:00:00Z 2024-02-29T10:00:00Z");
    EXPECT_EQ(emailsTo("plan_changed"), "1");
    EXPECT_EQ(queryScalar(database(),
                          "SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.upgraded'"),
              "1");
    EXPECT_EQ(changePlan("gold").status, 400) << "already on gold";
}

TEST_F(SubscriptionChangesTest, OnlyOwnersAndAdminsChangeThePlan)
{
    const std::string viewer =
        addMember(*m_server, m_dir.path(), m_tenant, "viewer@limbe.example.com", "viewer");
    const auto refused =
        client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/change_plan/",
                      R"({"plan":)" + std::to_string(planId(client(), "gold")) + "}",
                      "application/json", auth(viewer));
    EXPECT_EQ(refused.status, 403) << refused.body;
    const auto unknown = ownerPost("change_plan", R"({"plan":999})");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.json()->has("plan")) << unknown.body;
}

TEST_F(SubscriptionChangesTest, DowngradeIsRefusedWhileOverQuotaThenAppliedAtPeriodEnd)
{
    std::vector<std::int64_t> servers;
    for (const std::string host : {"esx1.limbe.cm", "esx2.limbe.cm", "esx3.limbe.cm"}) {
        const auto created = client().post("/api/esxi/servers/",
                                           R"({"name":")" + host + R"(","host":")" + host +
                                               R"(","username":"root","password":"secret"})",
                                           "application/json", auth(m_tenant.ownerToken));
        ASSERT_EQ(created.status, 201) << created.body;
        servers.push_back(created.json()->getValue<std::int64_t>("id"));
    }
    const auto refused = changePlan("bronze");
    ASSERT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "over_quota");
    const auto excess = refused.json()->getArray("over_quota");
    ASSERT_EQ(excess->size(), 1u) << refused.body;
    EXPECT_EQ(excess->getObject(0)->getValue<std::string>("metric"), "servers");
    EXPECT_EQ(excess->getObject(0)->getValue<std::int64_t>("current"), 3);
    EXPECT_EQ(excess->getObject(0)->getValue<std::int64_t>("limit"), 2);
    EXPECT_EQ(excess->getObject(0)->getValue<std::int64_t>("excess"), 1);

    ASSERT_EQ(client()
                  .send("DELETE", "/api/esxi/servers/" + std::to_string(servers.back()) + "/", "",
                        auth(m_tenant.ownerToken))
                  .status,
              204);
    const auto scheduled = changePlan("bronze");
    ASSERT_EQ(scheduled.status, 200) << scheduled.body;
    EXPECT_EQ(scheduled.json()->getValue<std::string>("change"), "downgrade_scheduled");
    EXPECT_EQ(scheduled.json()->getValue<std::string>("effective_at"), "2024-02-29T10:00:00Z");
    EXPECT_EQ(planSlug(), "silver");
    EXPECT_EQ(emailsTo("downgrade_scheduled"), "1");

    // Renewing early buys the next period on the smaller plan and does not move the change.
    const auto renewal = ownerPost("renew");
    ASSERT_EQ(renewal.status, 201) << renewal.body;
    EXPECT_EQ(renewal.json()->getValue<std::string>("total"), "29.00");
    ASSERT_EQ(pay(renewal.json()).status, 200);
    EXPECT_EQ(organization()->getValue<std::string>("subscription_end"), "2024-03-31T10:00:00Z");

    EXPECT_EQ(checkExpirations()->getValue<int>("downgraded"), 0) << "not yet";
    advanceDays(30); // 1 March
    EXPECT_EQ(checkExpirations()->getValue<int>("downgraded"), 1);
    EXPECT_EQ(planSlug(), "bronze");
    EXPECT_EQ(organization()->getValue<std::string>("status"), "active");
    EXPECT_EQ(checkExpirations()->getValue<int>("downgraded"), 0) << "a second run changes nothing";
    EXPECT_EQ(emailsTo("plan_changed"), "1");
}

TEST_F(SubscriptionChangesTest, AskingForTheCurrentPlanWithdrawsAScheduledDowngrade)
{
    ASSERT_EQ(changePlan("bronze").status, 200);
    const auto withdrawn = changePlan("silver");
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(withdrawn.json()->getValue<std::string>("change"), "change_withdrawn");
    advanceDays(30);
    checkExpirations();
    EXPECT_EQ(planSlug(), "silver");
    EXPECT_EQ(emailsTo("downgrade_withdrawn"), "1");
}

TEST_F(SubscriptionChangesTest, EarlyRenewalExtendsFromTheCurrentEndOnce)
{
    advanceDays(20); // 20 February
    const auto renewal = ownerPost("renew");
    ASSERT_EQ(renewal.status, 201) << renewal.body;
    EXPECT_EQ(renewal.json()->getValue<std::string>("kind"), "renewal");
    EXPECT_EQ(renewal.json()->getValue<std::string>("total"), "79.00");
    const auto same = ownerPost("renew");
    ASSERT_EQ(same.status, 200) << "the pending renewal is answered again, not doubled";
    EXPECT_EQ(same.json()->getValue<std::int64_t>("id"),
              renewal.json()->getValue<std::int64_t>("id"));

    ASSERT_EQ(pay(renewal.json()).status, 200);
    const auto org = organization();
    EXPECT_EQ(org->getValue<std::string>("subscription_start"), kStart);
    EXPECT_EQ(org->getValue<std::string>("subscription_end"), "2024-03-31T10:00:00Z");
    EXPECT_EQ(emailsTo("renewed"), "1");
    const auto repeated = pay(renewal.json());
    ASSERT_EQ(repeated.status, 200) << repeated.body;
    EXPECT_TRUE(repeated.json()->getValue<bool>("already_provisioned"));
    EXPECT_EQ(organization()->getValue<std::string>("subscription_end"), "2024-03-31T10:00:00Z")
        << "the same payment recorded twice renews once";
    const auto early = ownerPost("renew");
    EXPECT_EQ(early.status, 409) << early.body;
    EXPECT_EQ(early.json()->getValue<std::string>("code"), "renewal_too_early");
}

TEST_F(SubscriptionChangesTest, CancellationAtPeriodEndEndsTheSubscriptionOnce)
{
    ASSERT_EQ(ownerPost("cancel").status, 200);
    EXPECT_EQ(ownerPost("renew").status, 409) << "resume before renewing";
    EXPECT_EQ(checkExpirations()->getValue<int>("cancelled"), 0);
    advanceDays(29); // 29 February, 10:00: the period's end
    EXPECT_EQ(checkExpirations()->getValue<int>("cancelled"), 1);
    EXPECT_EQ(organization()->getValue<std::string>("status"), "cancelled");
    EXPECT_EQ(checkExpirations()->getValue<int>("cancelled"), 0);
    EXPECT_EQ(emailsTo("cancelled"), "1");
    EXPECT_EQ(ownerPost("renew").json()->getValue<std::string>("code"), "not_renewable");
}

TEST_F(SubscriptionChangesTest, StaffCancelAtOnceWithAReason)
{
    ASSERT_EQ(ownerPost("renew").status, 201);
    const auto missing =
        client().post("/api/admin/organizations/" + m_tenant.organizationId + "/cancel/", "{}",
                      "application/json", auth(m_staff));
    EXPECT_EQ(missing.status, 400);
    const auto cancelled =
        client().post("/api/admin/organizations/" + m_tenant.organizationId + "/cancel/",
                      R"({"reason":"Chargeback"})", "application/json", auth(m_staff));
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json()->getValue<std::string>("status"), "cancelled");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE kind = 'renewal'"),
              "cancelled");
    EXPECT_EQ(emailsTo("cancelled_by_staff"), "1");
    EXPECT_EQ(queryScalar(database(),
                          "SELECT reason FROM audit_log WHERE action = 'subscription.cancelled'"),
              "Chargeback");
}

TEST_F(SubscriptionChangesTest, UnpaidPeriodGoesOverdueSuspendedExpiredAndARenewalRevivesIt)
{
    advanceDays(30); // 1 March, a day after the end
    auto changes = checkExpirations();
    EXPECT_EQ(changes->getValue<int>("overdue_notices"), 1);
    EXPECT_EQ(organization()->getValue<std::string>("status"), "active") << "grace period";
    EXPECT_EQ(checkExpirations()->getValue<int>("overdue_notices"), 0);

    advanceDays(6); // 7 March: 7 days after the end
    EXPECT_EQ(checkExpirations()->getValue<int>("suspended"), 1);
    EXPECT_EQ(organization()->getValue<std::string>("status"), "suspended");
    EXPECT_EQ(organization()->getValue<std::string>("status_reason"), "payment_overdue");

    advanceDays(23); // 30 March: 30 days after the end
    EXPECT_EQ(checkExpirations()->getValue<int>("expired"), 1);
    EXPECT_EQ(organization()->getValue<std::string>("status"), "expired");
    EXPECT_EQ(checkExpirations()->getValue<int>("expired"), 0);
    EXPECT_EQ(emailsTo("payment_overdue"), "1");
    EXPECT_EQ(emailsTo("suspension_unpaid"), "1");
    EXPECT_EQ(emailsTo("expired"), "1");

    const auto renewal = ownerPost("renew");
    ASSERT_EQ(renewal.status, 201) << renewal.body;
    ASSERT_EQ(pay(renewal.json()).status, 200);
    const auto org = organization();
    EXPECT_EQ(org->getValue<std::string>("status"), "active");
    EXPECT_EQ(org->getValue<std::string>("subscription_start"), "2024-03-30T10:00:00Z")
        << "a lapsed subscription starts again from the payment";
    EXPECT_EQ(org->getValue<std::string>("subscription_end"), "2024-04-30T10:00:00Z");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM invoices"), "2");
}

TEST_F(SubscriptionChangesTest, CheckExpirationsCommandRunsTheSameJobOnce)
{
    ServerProcess::Environment environment = fastPasswords();
    environment["EBM_CLOCK_START"] = "2024-03-01T10:00:00Z"; // a day after the period's end
    const auto first =
        ServerProcess::run({"check-expirations", "--data-dir=" + m_dir.path()}, environment);
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("1 processed"), std::string::npos) << first.output;
    EXPECT_NE(first.output.find("1 overdue notices"), std::string::npos) << first.output;
    const auto second =
        ServerProcess::run({"check-expirations", "--data-dir=" + m_dir.path()}, environment);
    EXPECT_NE(second.output.find("0 overdue notices"), std::string::npos) << second.output;
    EXPECT_EQ(emailsTo("payment_overdue"), "1");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) || ' ' || MIN(outcome) FROM job_runs "
                                      "WHERE job = 'check-expirations'"),
              "2 succeeded");
}

} // namespace
} // namespace ebm::test
