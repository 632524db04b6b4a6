// Starting, serving and stopping the real binary: health, clean SIGTERM shutdown, the schema
// version guard, and refusal of a bad configuration.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace ebm::test
{
namespace
{

TEST(ServerLifecycleTest, HealthReportsTheSchemaVersion)
{
    TempDir dir;
    ServerProcess server(dir.path());
    const auto response = server.client().get("/healthz");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.json()->getValue<std::string>("status"), "ok");
    EXPECT_EQ(response.json()->getValue<int>("schema_version"), 10);
}

TEST(ServerLifecycleTest, SigtermStopsCleanly)
{
    TempDir dir;
    ServerProcess server(dir.path());
    ASSERT_EQ(server.client().get("/healthz").status, 200);
    EXPECT_EQ(server.stop(), 0);
    EXPECT_NE(server.log().find("stopped"), std::string::npos) << server.log();
}

TEST(ServerLifecycleTest, EmbeddedDefaultsCreateTheDatabaseInTheDataDirectory)
{
    TempDir dir;
    ServerProcess server(dir.path() + "/nested/data");
    EXPECT_EQ(server.client().get("/healthz").status, 200);
    FILE* database = fopen((dir.path() + "/nested/data/ebm.sqlite3").c_str(), "rb");
    EXPECT_NE(database, nullptr);
    if (database)
        fclose(database);
}

TEST(ServerLifecycleTest, DatabaseNewerThanTheBinaryIsRefused)
{
    TempDir dir;
    ASSERT_EQ(ServerProcess::run({"migrate", "--data-dir=" + dir.path()}).exitCode, 0);
    executeSql(dir.file("ebm.sqlite3"), "INSERT INTO schema_migrations (version, name, applied_at) "
                                        "VALUES (999, 'future', '2030-01-01T00:00:00Z')");

    const auto migrate = ServerProcess::run({"migrate", "--data-dir=" + dir.path()});
    EXPECT_NE(migrate.exitCode, 0);
    EXPECT_NE(migrate.output.find("schema version 999"), std::string::npos) << migrate.output;
    EXPECT_NE(migrate.output.find("newer ebm-server"), std::string::npos) << migrate.output;

    EXPECT_THROW(ServerProcess server(dir.path()), std::runtime_error);
}

TEST(ServerLifecycleTest, InvalidConfigurationIsRefusedWithTheKey)
{
    TempDir dir;
    const auto result =
        ServerProcess::run({"serve", "--data-dir=" + dir.path()}, {{"EBM_ENV", "staging"}});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.output.find("app.env"), std::string::npos) << result.output;

    const auto badTax =
        ServerProcess::run({"migrate", "--data-dir=" + dir.path(), "-D", "billing.tax_rate=150"});
    EXPECT_NE(badTax.exitCode, 0);
    EXPECT_NE(badTax.output.find("billing.tax_rate"), std::string::npos) << badTax.output;
}

} // namespace
} // namespace ebm::test
