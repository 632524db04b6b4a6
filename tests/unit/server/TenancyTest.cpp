// The access rules below the HTTP layer: session tokens (expiry, revocation, single use) and
// the tenant resolver (memberships, X-Organization-ID, path organizations, statuses, roles,
// API keys), on a real SQLite file.
#include "TempDir.h"
#include "http/ApiError.h"
#include "store/AuditLogRepository.h"
#include "store/AuthTokenRepository.h"
#include "store/Database.h"
#include "store/MembershipRepository.h"
#include "store/OrganizationRepository.h"
#include "store/UserRepository.h"
#include "store/sqlite/Migrator.h"
#include "tenancy/StaffAccess.h"
#include "tenancy/TenantResolver.h"

#include <gtest/gtest.h>

namespace ebm::tenancy
{
namespace
{

using namespace std::chrono_literals;
using store::AuthTokenRepository;

const std::chrono::sys_seconds kNow{std::chrono::seconds(1'780'000'000)};

class TenancyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::sqlite::Migrator(m_database).migrate(kNow);
        store::UserRepository users(m_session);
        m_alice = userNamed(users, "alice@example.com");
        m_bob = userNamed(users, "bob@example.com");
        m_acme = organization("Acme", OrganizationStatus::Active);
        m_globex = organization("Globex", OrganizationStatus::Active);
        store::MembershipRepository memberships(m_session);
        memberships.addMember(m_acme, m_alice, Role::Owner, kNow);
        memberships.addMember(m_globex, m_alice, Role::Viewer, kNow);
        memberships.addMember(m_globex, m_bob, Role::Owner, kNow);
    }

    static std::int64_t userNamed(store::UserRepository& users, const std::string& email)
    {
        store::UserRecord user;
        user.email = email;
        return users.create(user, kNow);
    }

    std::string organization(const std::string& name, OrganizationStatus status)
    {
        store::OrganizationRecord record;
        record.name = name;
        record.status = status;
        record.contactEmail = "billing@example.com";
        return store::OrganizationRepository(m_session).create(record, kNow);
    }

    auth::Principal user(std::int64_t id) const
    {
        auth::Principal principal;
        principal.userId = id;
        return principal;
    }

    TenantScope resolve(const http::RoutePolicy& policy, std::int64_t userId,
                        std::optional<std::string> header = std::nullopt,
                        std::map<std::string, std::string> params = {})
    {
        return TenantResolver(m_session, kNow).resolve(policy, user(userId), header, params);
    }

    int statusOf(const std::function<void()>& action, std::string* code = nullptr)
    {
        try {
            action();
        } catch (const http::ApiError& error) {
            if (code)
                *code = error.code();
            return error.status();
        }
        return 200;
    }

    test::TempDir m_dir;
    store::Database m_database{m_dir.file("ebm.sqlite3"), 4};
    Poco::Data::Session m_session{m_database.session()};
    std::int64_t m_alice = 0;
    std::int64_t m_bob = 0;
    std::string m_acme;
    std::string m_globex;
};

TEST_F(TenancyTest, SessionsExpireAndAreRevocable)
{
    AuthTokenRepository tokens(m_session);
    tokens.create(m_alice, AuthTokenRepository::Kind::Session, "hash-1", kNow, kNow + 1h);
    EXPECT_TRUE(tokens.findSession("hash-1", kNow + 59min).has_value());
    EXPECT_FALSE(tokens.findSession("hash-1", kNow + 1h).has_value())
        << "expired at its expiry instant";
    tokens.create(m_alice, AuthTokenRepository::Kind::Session, "hash-2", kNow, kNow + 1h);
    tokens.revoke("hash-2", kNow);
    EXPECT_FALSE(tokens.findSession("hash-2", kNow).has_value());
}

TEST_F(TenancyTest, ResetTokensAreSingleUseAndNotSessions)
{
    AuthTokenRepository tokens(m_session);
    tokens.create(m_alice, AuthTokenRepository::Kind::PasswordReset, "reset", kNow, kNow + 1h);
    EXPECT_FALSE(tokens.findSession("reset", kNow).has_value());
    EXPECT_EQ(tokens.consume(AuthTokenRepository::Kind::PasswordReset, "reset", kNow), m_alice);
    EXPECT_FALSE(
        tokens.consume(AuthTokenRepository::Kind::PasswordReset, "reset", kNow).has_value());
}

TEST_F(TenancyTest, DefaultMembershipIsTheFirstJoined)
{
    const auto scope = resolve(http::RoutePolicy::tenant(Permission::Read), m_alice);
    EXPECT_EQ(scope.organizationId(), m_acme);
    EXPECT_EQ(scope.role(), Role::Owner);
}

TEST_F(TenancyTest, HeaderPicksAnotherOfMyOrganizations)
{
    const auto scope = resolve(http::RoutePolicy::tenant(Permission::Read), m_alice, m_globex);
    EXPECT_EQ(scope.organizationId(), m_globex);
    EXPECT_EQ(scope.role(), Role::Viewer);
}

TEST_F(TenancyTest, SpoofedHeaderIs403)
{
    std::string code;
    EXPECT_EQ(statusOf([&] { resolve(http::RoutePolicy::tenant(Permission::Read), m_bob, m_acme); },
                       &code),
              403);
    EXPECT_EQ(code, "not_a_member");
}

TEST_F(TenancyTest, AnotherOrganizationInThePathIs404)
{
    const auto policy =
        http::RoutePolicy::tenant(Permission::Read, "organization").organizationFromPath("id");
    EXPECT_EQ(statusOf([&] { resolve(policy, m_bob, std::nullopt, {{"id", m_acme}}); }), 404);
    EXPECT_EQ(resolve(policy, m_alice, std::nullopt, {{"id", m_globex}}).organizationId(),
              m_globex);
}

TEST_F(TenancyTest, RolePermissionsAreEnforced)
{
    std::string code;
    EXPECT_EQ(statusOf(
                  [&] {
                      resolve(http::RoutePolicy::tenant(Permission::ManageInventory), m_alice,
                              m_globex);
                  },
                  &code),
              403);
    EXPECT_EQ(code, "permission_denied");
    EXPECT_EQ(
        statusOf([&] { resolve(http::RoutePolicy::tenant(Permission::ManageInventory), m_bob); }),
        200);
}

TEST_F(TenancyTest, InactiveOrganizationsAnswerWithTheirStatus)
{
    const std::vector<std::pair<std::string, std::pair<int, std::string>>> expected{
        {"pending", {402, "subscription_pending"}},
        {"suspended", {403, "organization_suspended"}},
        {"expired", {402, "subscription_expired"}},
        {"cancelled", {403, "organization_cancelled"}}};
    for (const auto& [status, answer] : expected) {
        std::string bound = status, id = m_acme;
        m_session << "UPDATE organizations SET status = ? WHERE id = ?",
            Poco::Data::Keywords::use(bound), Poco::Data::Keywords::use(id),
            Poco::Data::Keywords::now;
        std::string code;
        EXPECT_EQ(
            statusOf([&] { resolve(http::RoutePolicy::tenant(Permission::Read), m_alice); }, &code),
            answer.first)
            << status;
        EXPECT_EQ(code, answer.second);
        EXPECT_EQ(statusOf([&] {
                      resolve(http::RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
                              m_alice);
                  }),
                  200)
            << status << ": exempt routes still answer";
    }
}

TEST_F(TenancyTest, ApiKeysActOnlyInTheirOrganizationAndOnlyWhereAllowed)
{
    auth::Principal key;
    key.kind = auth::Principal::Kind::ApiKey;
    key.apiKeyOrganizationId = m_acme;
    TenantResolver resolver(m_session, kNow);
    const auto reporting = http::RoutePolicy::tenant(Permission::ManageInventory).apiKeysToo();
    EXPECT_EQ(resolver.resolve(reporting, key, std::nullopt, {}).organizationId(), m_acme);
    EXPECT_FALSE(resolver.resolve(reporting, key, std::nullopt, {}).userId().has_value());
    EXPECT_EQ(statusOf([&] {
                  resolver.resolve(http::RoutePolicy::tenant(Permission::Read), key, std::nullopt,
                                   {});
              }),
              403);
    EXPECT_EQ(statusOf([&] { resolver.resolve(reporting, key, m_globex, {}); }), 403);
}

TEST_F(TenancyTest, StaffWideAccessIsForStaffWithAReasonAndAudited)
{
    store::AuditLogRepository audit(m_session);
    auth::Principal customer = user(m_alice);
    EXPECT_EQ(
        statusOf([&] { StaffAccess::scopeFor(m_globex, customer, "support", "r1", audit, kNow); }),
        403);
    auth::Principal staff = user(m_bob);
    staff.isStaff = true;
    EXPECT_EQ(statusOf([&] { StaffAccess::scopeFor(m_globex, staff, "", "r2", audit, kNow); }),
              400);
    const auto scope =
        StaffAccess::scopeFor(m_acme, staff, "ticket 42: refund check", "r3", audit, kNow);
    EXPECT_EQ(scope.organizationId(), m_acme);
    std::string action, reason, organization;
    m_session << "SELECT action, reason, organization_id FROM audit_log ORDER BY id DESC LIMIT 1",
        Poco::Data::Keywords::into(action), Poco::Data::Keywords::into(reason),
        Poco::Data::Keywords::into(organization), Poco::Data::Keywords::now;
    EXPECT_EQ(action, "staff.tenant_access");
    EXPECT_EQ(reason, "ticket 42: refund check");
    EXPECT_EQ(organization, m_acme);
    int entries = 0;
    m_session << "SELECT COUNT(*) FROM audit_log", Poco::Data::Keywords::into(entries),
        Poco::Data::Keywords::now;
    EXPECT_EQ(entries, 1) << "refused attempts create no scope and no entry";
}

} // namespace
} // namespace ebm::tenancy
