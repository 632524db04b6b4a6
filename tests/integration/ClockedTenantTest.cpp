#include "ClockedTenantTest.h"

namespace ebm::test
{

void ClockedTenantTest::SetUp()
{
    seedPlansAndStaff(m_dir.path());
    startServer();
    if (!m_tenantName.empty())
        m_tenant = purchaseTenant(*m_server, m_dir.path(), m_staff, m_tenantName, "silver");
}

void ClockedTenantTest::startServer(const ServerProcess::Environment& extra)
{
    ServerProcess::Environment environment = fastPasswords();
    environment["EBM_CLOCK_START"] = kStart;
    environment.insert(extra.begin(), extra.end());
    m_server =
        std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
    m_staff = login(client(), kStaffEmail, kStaffPassword);
}

void ClockedTenantTest::advanceDays(int days)
{
    const auto moved =
        client().post("/api/admin/clock/advance/", R"({"days":)" + std::to_string(days) + "}",
                      "application/json", auth(m_staff));
    ASSERT_EQ(moved.status, 200) << moved.body;
    m_staff = login(client(), kStaffEmail, kStaffPassword);
    if (!m_tenant.ownerEmail.empty())
        m_tenant.ownerToken = login(client(), m_tenant.ownerEmail, kMemberPassword);
}

HttpResult ClockedTenantTest::startJob(const std::string& job) const
{
    return client().post("/api/admin/jobs/" + job + "/run/", "{}", "application/json",
                         auth(m_staff));
}

Poco::JSON::Object::Ptr ClockedTenantTest::runJob(const std::string& job) const
{
    const auto run = startJob(job);
    EXPECT_EQ(run.status, 200) << run.body;
    EXPECT_EQ(run.json()->getValue<std::string>("outcome"), "succeeded") << run.body;
    return run.json()->getObject("changes");
}

std::string ClockedTenantTest::emailsTo(const std::string& templateName) const
{
    return sql("SELECT COUNT(*) FROM email_outbox WHERE template = '" + templateName +
               "' AND recipient = '" + m_tenant.ownerEmail + "'");
}

} // namespace ebm::test
