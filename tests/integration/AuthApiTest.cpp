// Sign-in through the real server: tokens, logout revocation, throttling with Retry-After,
// identical answers for unknown accounts, password reset through the outbox.
#include "ServerProcess.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <memory>
#include <regex>
#include <sqlite3.h>

namespace ebm::test
{
namespace
{

const ServerProcess::Environment kFastHashing{{"EBM_PASSWORD_ITERATIONS", "1000"}};
const std::string kPassword = "staff password 1";

std::string lastOutboxBody(const std::string& databasePath)
{
    sqlite3* db = nullptr;
    sqlite3_open(databasePath.c_str(), &db);
    sqlite3_stmt* statement = nullptr;
    std::string body;
    if (sqlite3_prepare_v2(db, "SELECT body_text FROM email_outbox ORDER BY id DESC LIMIT 1", -1,
                           &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        body = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return body;
}

std::string tokenIn(const std::string& body)
{
    std::smatch match;
    std::regex_search(body, match, std::regex("token=([A-Za-z0-9_-]+)"));
    return match.size() > 1 ? match[1].str() : std::string();
}

class AuthApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto staff =
            ServerProcess::run({"create-staff", "--email=ops@example.com",
                                "--password=" + kPassword, "--data-dir=" + m_dir.path()},
                               kFastHashing);
        ASSERT_EQ(staff.exitCode, 0) << staff.output;
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, kFastHashing);
    }

    HttpResult login(const std::string& email, const std::string& password) const
    {
        return m_server->client().post(
            "/api/auth/login/", R"({"email":")" + email + R"(","password":")" + password + R"("})");
    }

    static std::map<std::string, std::string> bearer(const std::string& token)
    {
        return {{"Authorization", "Bearer " + token}};
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(AuthApiTest, LoginReturnsATokenTheUserAndOrganizations)
{
    const auto response = login("OPS@example.com", kPassword);
    ASSERT_EQ(response.status, 200) << response.body;
    const auto body = response.json();
    const std::string token = body->getValue<std::string>("token");
    EXPECT_EQ(token.size(), 43u);
    EXPECT_EQ(body->getObject("user")->getValue<std::string>("email"), "ops@example.com");
    EXPECT_TRUE(body->getObject("user")->getValue<bool>("is_staff"));
    EXPECT_EQ(body->getArray("organizations")->size(), 0u);
    EXPECT_FALSE(body->getObject("user")->has("password_hash"));

    const auto me = m_server->client().get("/api/auth/me/", bearer(token));
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()->getObject("user")->getValue<std::string>("email"), "ops@example.com");
    EXPECT_FALSE(me.json()->has("token"));
}

TEST_F(AuthApiTest, MissingOrBadCredentialsAre401)
{
    EXPECT_EQ(m_server->client().get("/api/auth/me/").status, 401);
    const auto bad = m_server->client().get("/api/auth/me/", bearer("not-a-real-token"));
    EXPECT_EQ(bad.status, 401);
    EXPECT_EQ(bad.json()->getValue<std::string>("code"), "authentication_failed");
    EXPECT_EQ(m_server->client().get("/api/auth/me/", {{"Authorization", "Basic abc"}}).status,
              401);
}

TEST_F(AuthApiTest, LogoutRevokesTheToken)
{
    const std::string token =
        login("ops@example.com", kPassword).json()->getValue<std::string>("token");
    EXPECT_EQ(
        m_server->client().post("/api/auth/logout/", "", "application/json", bearer(token)).status,
        204);
    EXPECT_EQ(m_server->client().get("/api/auth/me/", bearer(token)).status, 401);
}

TEST_F(AuthApiTest, UnknownEmailAndWrongPasswordGetTheSameAnswer)
{
    const auto wrongPassword = login("ops@example.com", "not the password");
    const auto unknownEmail = login("nobody@example.com", "not the password");
    EXPECT_EQ(wrongPassword.status, 401);
    EXPECT_EQ(unknownEmail.status, 401);
    EXPECT_EQ(wrongPassword.body, unknownEmail.body);
}

TEST_F(AuthApiTest, RepeatedFailuresAreThrottledWithRetryAfter)
{
    for (int attempt = 0; attempt < 5; ++attempt)
        EXPECT_EQ(login("ops@example.com", "wrong").status, 401) << attempt;
    const auto refused = login("ops@example.com", kPassword);
    EXPECT_EQ(refused.status, 429) << "even the right password waits out the lock";
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "throttled");
    EXPECT_GT(std::stoi(refused.header("Retry-After")), 0);

    for (int attempt = 0; attempt < 5; ++attempt)
        login("ghost@example.com", "wrong");
    EXPECT_EQ(login("ghost@example.com", "wrong").status, 429)
        << "unknown accounts lock the same way";
}

TEST_F(AuthApiTest, ManyAccountsFromOneAddressAreThrottled)
{
    int throttled = 0;
    for (int i = 0; i < 25; ++i)
        throttled +=
            login("user" + std::to_string(i) + "@example.com", "wrong").status == 429 ? 1 : 0;
    EXPECT_GT(throttled, 0);
}

TEST_F(AuthApiTest, LoginValidatesItsFields)
{
    const auto response = m_server->client().post("/api/auth/login/", R"({"email":""})");
    EXPECT_EQ(response.status, 400);
    EXPECT_TRUE(response.json()->has("email"));
    EXPECT_TRUE(response.json()->has("password"));
}

TEST_F(AuthApiTest, PasswordResetThroughTheOutboxIsSingleUseAndSignsOutEverywhere)
{
    const std::string oldToken =
        login("ops@example.com", kPassword).json()->getValue<std::string>("token");
    const auto requested =
        m_server->client().post("/api/auth/password-reset/", R"({"email":"ops@example.com"})");
    EXPECT_EQ(requested.status, 202);
    const auto unknown =
        m_server->client().post("/api/auth/password-reset/", R"({"email":"who@example.com"})");
    EXPECT_EQ(unknown.status, 202);
    EXPECT_EQ(unknown.body, requested.body) << "no account enumeration";

    const std::string resetToken = tokenIn(lastOutboxBody(m_dir.file("ebm.sqlite3")));
    ASSERT_FALSE(resetToken.empty());
    const std::string confirm =
        R"({"token":")" + resetToken + R"(","password":"a brand new password"})";
    const auto shortPassword =
        m_server->client().post("/api/auth/password-reset/confirm/",
                                R"({"token":")" + resetToken + R"(","password":"short"})");
    EXPECT_EQ(shortPassword.status, 400);
    EXPECT_TRUE(shortPassword.json()->has("password"));

    EXPECT_EQ(m_server->client().post("/api/auth/password-reset/confirm/", confirm).status, 200);
    EXPECT_EQ(m_server->client().post("/api/auth/password-reset/confirm/", confirm).status, 400)
        << "single use";
    EXPECT_EQ(m_server->client().get("/api/auth/me/", bearer(oldToken)).status, 401);
    EXPECT_EQ(login("ops@example.com", kPassword).status, 401);
    EXPECT_EQ(login("ops@example.com", "a brand new password").status, 200);
}

} // namespace
} // namespace ebm::test
