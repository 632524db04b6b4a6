// Subscription lifecycle steps through the real server: staff suspend and reactivate (with the
// status machine, the audit log and the customer's email), owners cancel at the period's end
// and resume.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

class LifecycleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{},
                                                   fastPasswords());
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        m_tenant = purchaseTenant(*m_server, m_dir.path(), m_staff, "Kribi Hosting", "silver");
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    HttpResult staffPost(const std::string& action, const std::string& body = "{}") const
    {
        return client().post("/api/admin/organizations/" + m_tenant.organizationId + "/" + action +
                                 "/",
                             body, "application/json", auth(m_staff));
    }

    HttpResult ownerPost(const std::string& action) const
    {
        return client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/" +
                                 action + "/",
                             "{}", "application/json", auth(m_tenant.ownerToken));
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    Tenant m_tenant;
};

TEST_F(LifecycleTest, StaffSuspendWithAReasonAndReactivate)
{
    const auto missing = staffPost("suspend");
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(missing.json()->has("reason"));

    const auto suspended = staffPost("suspend", R"({"reason":"Unpaid invoice"})");
    ASSERT_EQ(suspended.status, 200) << suspended.body;
    EXPECT_EQ(suspended.json()->getValue<std::string>("status"), "suspended");
    EXPECT_TRUE(suspended.json()->isNull("role"));
    const auto blocked = client().get("/api/esxi/servers/", auth(m_tenant.ownerToken));
    EXPECT_EQ(blocked.status, 403);
    EXPECT_NE(blocked.json()->getValue<std::string>("detail").find("Unpaid invoice"),
              std::string::npos);
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT reason FROM audit_log WHERE action = 'organization.suspended'"),
              "Unpaid invoice");
    EXPECT_NE(
        queryScalar(m_dir.file("ebm.sqlite3"),
                    "SELECT before_json FROM audit_log WHERE action = 'organization.suspended'")
            .find("active"),
        std::string::npos);
    EXPECT_NE(lastEmailTo(m_dir.path(), m_tenant.ownerEmail, "suspension").find("Unpaid invoice"),
              std::string::npos);
    EXPECT_EQ(staffPost("suspend", R"({"reason":"again"})").status, 409)
        << "suspended cannot be suspended";

    ASSERT_EQ(staffPost("reactivate").status, 200);
    EXPECT_EQ(client().get("/api/esxi/servers/", auth(m_tenant.ownerToken)).status, 200);
    EXPECT_EQ(staffPost("reactivate").status, 409);
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT COUNT(*) FROM email_outbox WHERE template = 'reactivation'"),
              "1");
}

TEST_F(LifecycleTest, StaffActionsNeedStaffAndAnExistingOrganization)
{
    EXPECT_EQ(client()
                  .post("/api/admin/organizations/" + m_tenant.organizationId + "/suspend/",
                        R"({"reason":"x"})", "application/json", auth(m_tenant.ownerToken))
                  .status,
              403);
    EXPECT_EQ(client()
                  .post("/api/admin/organizations/00000000-0000-0000-0000-000000000000/suspend/",
                        R"({"reason":"x"})", "application/json", auth(m_staff))
                  .status,
              404);
}

TEST_F(LifecycleTest, OwnersCancelAtPeriodEndAndResume)
{
    const auto cancelled = ownerPost("cancel");
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_TRUE(cancelled.json()->getValue<bool>("cancel_at_period_end"));
    EXPECT_FALSE(cancelled.json()->getValue<bool>("auto_renew"));
    EXPECT_EQ(cancelled.json()->getValue<std::string>("status"), "active")
        << "active until the period ends";
    EXPECT_EQ(ownerPost("cancel").status, 200);
    EXPECT_EQ(
        queryScalar(m_dir.file("ebm.sqlite3"),
                    "SELECT COUNT(*) FROM email_outbox WHERE template = 'cancellation_scheduled'"),
        "1")
        << "asking twice emails once";

    const auto resumed = ownerPost("resume");
    ASSERT_EQ(resumed.status, 200);
    EXPECT_FALSE(resumed.json()->getValue<bool>("cancel_at_period_end"));
    EXPECT_TRUE(resumed.json()->getValue<bool>("auto_renew"));
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'subscription.%'"),
              "2");
}

TEST_F(LifecycleTest, MembersWithoutBillingRightsCannotCancel)
{
    const std::string member =
        addMember(*m_server, m_dir.path(), m_tenant, "tech@kribi.example.com", "member");
    const auto refused =
        client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/cancel/", "{}",
                      "application/json", auth(member));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "permission_denied");
}

} // namespace
} // namespace ebm::test
