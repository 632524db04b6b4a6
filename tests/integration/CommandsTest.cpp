// The management subcommands of the real binary: --help, migrate, create-staff.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"

#include <gtest/gtest.h>

namespace ebm::test
{
namespace
{

TEST(CommandsTest, HelpListsTheCommands)
{
    const auto help = ServerProcess::run({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command :
         {"migrate", "create-plans", "create-staff", "serve", "check-expirations"})
        EXPECT_NE(help.output.find(command), std::string::npos) << command;
}

TEST(CommandsTest, UnknownCommandIsAUsageError)
{
    TempDir dir;
    const auto result = ServerProcess::run({"make-coffee", "--data-dir=" + dir.path()});
    EXPECT_EQ(result.exitCode, 64);
    EXPECT_NE(result.output.find("unknown command"), std::string::npos);
}

TEST(CommandsTest, MigrateTwiceIsANoOp)
{
    TempDir dir;
    const auto first = ServerProcess::run({"migrate", "--data-dir=" + dir.path()});
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("from schema version 0 to 10"), std::string::npos) << first.output;
    const auto second = ServerProcess::run({"migrate", "--data-dir=" + dir.path()});
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_NE(second.output.find("up to date"), std::string::npos) << second.output;
    EXPECT_EQ(queryScalar(dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM schema_migrations"), "10");
    EXPECT_EQ(queryScalar(dir.file("ebm.sqlite3"), "PRAGMA journal_mode"), "wal");
}

TEST(CommandsTest, CreateStaffWithPasswordOption)
{
    TempDir dir;
    const auto result =
        ServerProcess::run({"create-staff", "--email", "Ops@Example.com", "--password",
                            "correct horse battery", "--data-dir=" + dir.path()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Created staff user"), std::string::npos);
    EXPECT_EQ(result.output.find("correct horse battery"), std::string::npos)
        << "the password is never printed";
    const std::string database = dir.file("ebm.sqlite3");
    EXPECT_EQ(queryScalar(database, "SELECT is_staff FROM users WHERE email = 'ops@example.com'"),
              "1");
    const std::string hash =
        queryScalar(database, "SELECT password_hash FROM users WHERE email = 'ops@example.com'");
    EXPECT_EQ(hash.rfind("pbkdf2_sha256$600000$", 0), 0u) << hash;
    EXPECT_EQ(hash.find("correct horse"), std::string::npos);
}

TEST(CommandsTest, CreateStaffReadsThePasswordFromStandardInputAndPromotesExistingUsers)
{
    TempDir dir;
    const std::vector<std::string> args{"create-staff", "--email=admin@example.com",
                                        "--data-dir=" + dir.path()};
    ASSERT_EQ(ServerProcess::run(args, {}, "first long password\n").exitCode, 0);
    const std::string database = dir.file("ebm.sqlite3");
    const std::string firstHash = queryScalar(database, "SELECT password_hash FROM users");

    const auto again = ServerProcess::run(args, {}, "second long password\n");
    EXPECT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("Made staff user"), std::string::npos) << again.output;
    EXPECT_EQ(queryScalar(database, "SELECT COUNT(*) FROM users"), "1");
    EXPECT_NE(queryScalar(database, "SELECT password_hash FROM users"), firstHash);
}

TEST(CommandsTest, CreateStaffRefusesBadInput)
{
    TempDir dir;
    const auto badEmail =
        ServerProcess::run({"create-staff", "--email=not-an-email", "--password=long enough pw",
                            "--data-dir=" + dir.path()});
    EXPECT_EQ(badEmail.exitCode, 2);
    EXPECT_NE(badEmail.output.find("--email"), std::string::npos);
    const auto shortPassword = ServerProcess::run(
        {"create-staff", "--email=a@example.com", "--password=short", "--data-dir=" + dir.path()});
    EXPECT_EQ(shortPassword.exitCode, 2);
    EXPECT_NE(shortPassword.output.find("at least 12"), std::string::npos);
}

} // namespace
} // namespace ebm::test
