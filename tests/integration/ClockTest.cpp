// The test clock through the real binary: EBM_CLOCK_START, staff advancing it, every component
// following it (a session expires after an advance), and production refusing both.
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdexcept>

namespace ebm::test
{
namespace
{

using namespace std::chrono_literals;

const std::string kStart = "2024-08-02T19:40:00Z";
const std::chrono::sys_seconds kStartInstant{std::chrono::seconds(1'722'627'600)};

std::chrono::sys_seconds instant(const std::string& text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char zone = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute,
                    &second, &zone) != 7 ||
        zone != 'Z')
        throw std::runtime_error("not an ISO 8601 UTC instant: " + text);
    const std::chrono::year_month_day date{std::chrono::year(year),
                                           std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    return std::chrono::sys_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
           std::chrono::seconds(second);
}

ServerProcess::Environment startingAt(const std::string& start)
{
    ServerProcess::Environment environment = fastPasswords();
    environment["EBM_CLOCK_START"] = start;
    return environment;
}

std::string auditAfterJson(const std::string& dataDir)
{
    sqlite3* db = nullptr;
    std::string after;
    sqlite3_open_v2((dataDir + "/ebm.sqlite3").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT after_json FROM audit_log WHERE action = 'clock.advanced' "
                           "AND actor_kind = 'staff' ORDER BY id DESC LIMIT 1",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        after = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return after;
}

class ClockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
    }

    HttpResult advance(const ServerProcess& server, const std::string& token,
                       const std::string& body)
    {
        return server.client().post("/api/admin/clock/advance/", body, "application/json",
                                    auth(token));
    }

    TempDir m_dir;
};

TEST_F(ClockTest, StartsAtTheConfiguredInstantAndStaffMoveItForward)
{
    ServerProcess server(m_dir.path(), {}, startingAt(kStart));
    const std::string staff = login(server.client(), kStaffEmail, kStaffPassword);
    const auto shown = server.client().get("/api/admin/clock/", auth(staff));
    ASSERT_EQ(shown.status, 200) << shown.body;
    const auto now = instant(shown.json()->getValue<std::string>("now"));
    EXPECT_GE(now, kStartInstant);
    EXPECT_LT(now, kStartInstant + 1min);
    EXPECT_TRUE(shown.json()->getValue<bool>("adjustable"));

    const auto moved = advance(server, staff, R"({"days":30})");
    ASSERT_EQ(moved.status, 200) << moved.body;
    const std::string movedTo = moved.json()->getValue<std::string>("now");
    EXPECT_GE(instant(movedTo), kStartInstant + std::chrono::days(30));
    EXPECT_LT(instant(movedTo), kStartInstant + std::chrono::days(30) + 1min);
    const std::string audited = auditAfterJson(m_dir.path());
    EXPECT_NE(audited.find(movedTo.substr(0, 10)), std::string::npos) << audited;
}

TEST_F(ClockTest, ASessionExpiresWhenTheClockPassesItsLifetime)
{
    ServerProcess server(m_dir.path(), {}, startingAt(kStart));
    const std::string staff = login(server.client(), kStaffEmail, kStaffPassword);
    ASSERT_EQ(server.client().get("/api/auth/me/", auth(staff)).status, 200);
    ASSERT_EQ(advance(server, staff, R"({"days":15})").status, 200);
    EXPECT_EQ(server.client().get("/api/auth/me/", auth(staff)).status, 401);
    EXPECT_EQ(server.client().get("/api/admin/clock/", auth(staff)).status, 401);
}

TEST_F(ClockTest, AdvancesAreValidated)
{
    ServerProcess server(m_dir.path(), {}, startingAt(kStart));
    const std::string staff = login(server.client(), kStaffEmail, kStaffPassword);
    const auto none = advance(server, staff, "{}");
    EXPECT_EQ(none.status, 400);
    EXPECT_TRUE(none.json()->has("non_field_errors")) << none.body;
    const auto negative = advance(server, staff, R"({"days":-1,"hours":2})");
    EXPECT_EQ(negative.status, 400);
    EXPECT_TRUE(negative.json()->has("days")) << negative.body;
    const auto tooFar = advance(server, staff, R"({"days":3653,"seconds":1})");
    EXPECT_EQ(tooFar.status, 400);
    EXPECT_TRUE(tooFar.json()->has("non_field_errors")) << tooFar.body;
    const auto text = advance(server, staff, R"({"hours":"2"})");
    EXPECT_EQ(text.status, 400);
    EXPECT_TRUE(text.json()->has("hours")) << text.body;
    EXPECT_EQ(advance(server, staff, R"({"hours":2,"seconds":30})").status, 200);
}

TEST_F(ClockTest, ProductionRefusesToStartWithAClockStart)
{
    const auto result =
        ServerProcess::run({"serve", "--port=0", "--data-dir=" + m_dir.path()},
                           {{"EBM_ENV", "production"}, {"EBM_CLOCK_START", kStart}});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.output.find("clock.start"), std::string::npos) << result.output;
}

TEST_F(ClockTest, ProductionShowsTheRealTimeAndRefusesToMoveIt)
{
    ServerProcess server(m_dir.path(), {"--define=mail.sender=file"}, {{"EBM_ENV", "production"}});
    const std::string staff = login(server.client(), kStaffEmail, kStaffPassword);
    const auto shown = server.client().get("/api/admin/clock/", auth(staff));
    ASSERT_EQ(shown.status, 200) << shown.body;
    EXPECT_FALSE(shown.json()->getValue<bool>("adjustable"));
    const auto real = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    EXPECT_LE(instant(shown.json()->getValue<std::string>("now")), real);
    EXPECT_GT(instant(shown.json()->getValue<std::string>("now")), real - 1min);

    const auto refused = advance(server, staff, R"({"days":1})");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "clock_fixed");
    EXPECT_EQ(refused.json()->getValue<std::string>("detail"),
              "The clock cannot be moved in production.");
}

} // namespace
} // namespace ebm::test
