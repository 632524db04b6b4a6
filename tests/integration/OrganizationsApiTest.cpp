// Organizations through the real server: the permission matrix by role, invitations (new and
// existing accounts), the last-owner rule, the users quota, status-based access and usage.
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

class OrganizationsApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{},
                                                   fastPasswords());
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        m_tenant = createTenant(*m_server, m_dir.path(), m_staff, "Acme", "silver");
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string organizationPath(const std::string& suffix = "") const
    {
        return "/api/tenants/organizations/" + m_tenant.organizationId + "/" + suffix;
    }

    HttpResult invite(const std::string& token, const std::string& email,
                      const std::string& role) const
    {
        return client().post(organizationPath("invite_member/"),
                             R"({"email":")" + email + R"(","role":")" + role + R"("})",
                             "application/json", auth(token));
    }

    std::int64_t memberIdOf(const std::string& email) const
    {
        const auto members =
            client().get(organizationPath("members/"), auth(m_tenant.ownerToken)).json();
        const auto results = members->getArray("results");
        for (std::size_t i = 0; i < results->size(); ++i) {
            const auto member = results->getObject(static_cast<unsigned>(i));
            if (member->getValue<std::string>("email") == email)
                return member->getValue<std::int64_t>("id");
        }
        return 0;
    }

    void setStatus(const std::string& status) const
    {
        executeSql(m_dir.file("ebm.sqlite3"), "UPDATE organizations SET status = '" + status +
                                                  "' WHERE id = '" + m_tenant.organizationId + "'");
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    Tenant m_tenant;
};

TEST_F(OrganizationsApiTest, OwnerSeesTheOrganizationWithItsPlanAndPeriod)
{
    const auto response = client().get(organizationPath(), auth(m_tenant.ownerToken));
    ASSERT_EQ(response.status, 200) << response.body;
    const auto body = response.json();
    EXPECT_EQ(body->getValue<std::string>("status"), "active");
    EXPECT_EQ(body->getObject("plan")->getValue<std::string>("slug"), "silver");
    EXPECT_EQ(body->getValue<std::string>("role"), "owner");
    EXPECT_LT(body->getValue<std::string>("subscription_start"),
              body->getValue<std::string>("subscription_end"));

    const auto mine = client().get("/api/tenants/organizations/", auth(m_tenant.ownerToken)).json();
    EXPECT_EQ(mine->getValue<int>("count"), 1);
}

TEST_F(OrganizationsApiTest, PermissionMatrixByRole)
{
    const std::string admin =
        addMember(*m_server, m_dir.path(), m_tenant, "admin@acme.example.com", "admin");
    const std::string member =
        addMember(*m_server, m_dir.path(), m_tenant, "member@acme.example.com", "member");
    const std::string viewer =
        addMember(*m_server, m_dir.path(), m_tenant, "viewer@acme.example.com", "viewer");

    struct Expectation
    {
        std::string who;
        std::string token;
        int invite;
        int createServer;
        int readServers;
        int apiKeys;
    };
    const std::vector<Expectation> matrix{{"owner", m_tenant.ownerToken, 201, 201, 200, 200},
                                          {"admin", admin, 201, 201, 200, 200},
                                          {"member", member, 403, 201, 200, 403},
                                          {"viewer", viewer, 403, 403, 200, 403}};
    int n = 0;
    for (const auto& row : matrix) {
        ++n;
        EXPECT_EQ(
            invite(row.token, "guest" + std::to_string(n) + "@x.example.com", "viewer").status,
            row.invite)
            << row.who;
        const std::string body = R"({"name":"h)" + std::to_string(n) + R"(","host":"h)" +
                                 std::to_string(n) +
                                 R"(.example.com","username":"root","password":"pw"})";
        EXPECT_EQ(
            client().post("/api/esxi/servers/", body, "application/json", auth(row.token)).status,
            row.createServer)
            << row.who;
        EXPECT_EQ(client().get("/api/esxi/servers/", auth(row.token)).status, row.readServers)
            << row.who;
        EXPECT_EQ(client().get("/api/tenants/api-keys/", auth(row.token)).status, row.apiKeys)
            << row.who;
    }
}

TEST_F(OrganizationsApiTest, AdminsCannotGrantOwnershipAndTheLastOwnerStays)
{
    const std::string admin =
        addMember(*m_server, m_dir.path(), m_tenant, "admin@acme.example.com", "admin");
    EXPECT_EQ(invite(admin, "boss@acme.example.com", "owner").status, 403);

    const auto ownerId = std::to_string(memberIdOf(m_tenant.ownerEmail));
    const auto demote = client().send("PATCH", organizationPath("members/" + ownerId + "/"),
                                      R"({"role":"admin"})", withJson(auth(m_tenant.ownerToken)));
    EXPECT_EQ(demote.status, 400) << demote.body;
    EXPECT_TRUE(demote.json()->has("role"));
    EXPECT_EQ(client()
                  .send("DELETE", organizationPath("members/" + ownerId + "/"), "",
                        auth(m_tenant.ownerToken))
                  .status,
              400);

    const auto adminId = std::to_string(memberIdOf("admin@acme.example.com"));
    const auto promote = client().send("PATCH", organizationPath("members/" + adminId + "/"),
                                       R"({"role":"owner"})", withJson(auth(m_tenant.ownerToken)));
    EXPECT_EQ(promote.status, 200) << promote.body;
    EXPECT_EQ(client()
                  .send("PATCH", organizationPath("members/" + ownerId + "/"),
                        R"({"role":"admin"})", withJson(auth(m_tenant.ownerToken)))
                  .status,
              200)
        << "with a second owner the first may step down";
}

TEST_F(OrganizationsApiTest, InvitationsAreValidatedAndCountAgainstTheUsersQuota)
{
    const auto bad =
        client().post(organizationPath("invite_member/"), R"({"email":"nope","role":"king"})",
                      "application/json", auth(m_tenant.ownerToken));
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.json()->has("email"));
    EXPECT_TRUE(bad.json()->has("role"));
    EXPECT_EQ(invite(m_tenant.ownerToken, m_tenant.ownerEmail, "viewer").status, 400)
        << "already a member";

    const Tenant bronze = createTenant(*m_server, m_dir.path(), m_staff, "Small Shop"); // 3 users
    const auto path = "/api/tenants/organizations/" + bronze.organizationId + "/invite_member/";
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(client()
                      .post(path,
                            R"({"email":"p)" + std::to_string(i) +
                                R"(@shop.example.com","role":"viewer"})",
                            "application/json", auth(bronze.ownerToken))
                      .status,
                  201);
    }
    const auto over = client().post(path, R"({"email":"p9@shop.example.com","role":"viewer"})",
                                    "application/json", auth(bronze.ownerToken));
    EXPECT_EQ(over.status, 403) << over.body;
    EXPECT_EQ(over.json()->getValue<std::string>("code"), "quota_exceeded");
    EXPECT_EQ(over.json()->getValue<std::string>("metric"), "users");
    EXPECT_EQ(over.json()->getValue<int>("limit"), 3);
    EXPECT_EQ(over.json()->getValue<int>("current"), 3);
}

TEST_F(OrganizationsApiTest, AnExistingAccountAcceptsWithItsOwnPassword)
{
    const Tenant other = createTenant(*m_server, m_dir.path(), m_staff, "Globex");
    ASSERT_EQ(invite(m_tenant.ownerToken, other.ownerEmail, "member").status, 201);
    const std::string token = tokenFromEmail(lastEmailTo(m_dir.path(), other.ownerEmail));
    const auto wrong =
        client().post("/api/tenants/invitations/accept/",
                      R"({"token":")" + token + R"(","password":"not my password"})");
    EXPECT_EQ(wrong.status, 400);
    const auto accepted =
        client().post("/api/tenants/invitations/accept/",
                      R"({"token":")" + token + R"(","password":")" + kMemberPassword + R"("})");
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json()->getArray("organizations")->size(), 2u);
    EXPECT_EQ(client()
                  .post("/api/tenants/invitations/accept/",
                        R"({"token":")" + token + R"(","password":")" + kMemberPassword + R"("})")
                  .status,
              400)
        << "an invitation is used once";
}

TEST_F(OrganizationsApiTest, InactiveOrganizationsKeepAccountPagesButNotTheInventory)
{
    const std::vector<std::tuple<std::string, int, std::string>> statuses{
        {"pending", 402, "subscription_pending"},
        {"suspended", 403, "organization_suspended"},
        {"expired", 402, "subscription_expired"},
        {"cancelled", 403, "organization_cancelled"}};
    for (const auto& [status, code, name] : statuses) {
        setStatus(status);
        const auto blocked = client().get("/api/esxi/servers/", auth(m_tenant.ownerToken));
        EXPECT_EQ(blocked.status, code) << status;
        EXPECT_EQ(blocked.json()->getValue<std::string>("code"), name);
        EXPECT_FALSE(blocked.json()->getValue<std::string>("detail").empty());
        EXPECT_EQ(client().get(organizationPath(), auth(m_tenant.ownerToken)).status, 200)
            << status;
        EXPECT_EQ(client().get(organizationPath("usage/"), auth(m_tenant.ownerToken)).status, 200)
            << status;
        EXPECT_EQ(client().get("/api/auth/me/", auth(m_tenant.ownerToken)).status, 200) << status;
        EXPECT_EQ(client().get("/healthz").status, 200) << status;
    }
    setStatus("active");
    EXPECT_EQ(client().get("/api/esxi/servers/", auth(m_tenant.ownerToken)).status, 200);
}

TEST_F(OrganizationsApiTest, UsageShowsEveryQuotaAndTheDailyHistory)
{
    ASSERT_EQ(client()
                  .post("/api/esxi/servers/",
                        R"({"name":"a","host":"a.example.com","username":"root","password":"p"})",
                        "application/json", auth(m_tenant.ownerToken))
                  .status,
              201);
    const auto usage = client().get(organizationPath("usage/"), auth(m_tenant.ownerToken)).json();
    const auto metrics = usage->getArray("metrics");
    ASSERT_EQ(metrics->size(), 5u);
    const auto servers = metrics->getObject(0);
    EXPECT_EQ(servers->getValue<std::string>("metric"), "servers");
    EXPECT_EQ(servers->getValue<int>("current"), 1);
    EXPECT_EQ(servers->getValue<int>("limit"), 10);
    EXPECT_EQ(servers->getValue<std::string>("percent"), "10");

    const auto history =
        client().get("/api/tenants/usage-metrics/", auth(m_tenant.ownerToken)).json();
    ASSERT_EQ(history->getValue<int>("count"), 1);
    const auto today = history->getArray("results")->getObject(0);
    EXPECT_EQ(today->getValue<int>("servers_count"), 1);
    const auto id = std::to_string(today->getValue<std::int64_t>("id"));
    EXPECT_EQ(
        client().get("/api/tenants/usage-metrics/" + id + "/", auth(m_tenant.ownerToken)).status,
        200);
}

TEST_F(OrganizationsApiTest, StaffCreationValidatesEveryField)
{
    const auto response =
        client().post("/api/admin/organizations/",
                      R"({"name":"","contact_email":"x","plan":999999,"billing_cycle":"weekly"})",
                      "application/json", auth(m_staff));
    ASSERT_EQ(response.status, 400) << response.body;
    const auto body = response.json();
    for (const char* field : {"name", "contact_email", "billing_cycle", "owner_email"})
        EXPECT_TRUE(body->has(field)) << field;
    const auto unknownPlan = client().post(
        "/api/admin/organizations/",
        R"({"name":"N","contact_email":"n@example.com","plan":999999,"billing_cycle":"monthly","owner_email":"n@example.com"})",
        "application/json", auth(m_staff));
    EXPECT_EQ(unknownPlan.status, 400);
    EXPECT_TRUE(unknownPlan.json()->has("plan"));
}

} // namespace
} // namespace ebm::test
