// Configuration layers through the real binary: properties file < environment < command line,
// observed through the tax rate the quote endpoint applies.
#include "ServerProcess.h"
#include "TempDir.h"

#include <fstream>
#include <gtest/gtest.h>

namespace ebm::test
{
namespace
{

class ConfigurationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(ServerProcess::run({"create-plans", "--data-dir=" + m_dir.path()}).exitCode, 0);
        std::ofstream(m_dir.file("ebm.properties"))
            << "# operator settings\nbilling.tax_rate = 10\n";
    }

    std::string taxRateServed(std::vector<std::string> args, ServerProcess::Environment environment)
    {
        args.push_back("--config=" + m_dir.file("ebm.properties"));
        ServerProcess server(m_dir.path(), args, environment);
        const auto quote =
            server.client().post("/api/tenants/plans/1/quote/", R"({"billing_cycle":"monthly"})");
        return quote.json()->getValue<std::string>("tax_rate");
    }

    TempDir m_dir;
};

TEST_F(ConfigurationTest, PropertiesFileOverridesDefaults)
{
    EXPECT_EQ(taxRateServed({}, {}), "10");
}

TEST_F(ConfigurationTest, EnvironmentOverridesTheFile)
{
    EXPECT_EQ(taxRateServed({}, {{"EBM_TAX_RATE", "20"}}), "20");
}

TEST_F(ConfigurationTest, CommandLineOverridesTheEnvironment)
{
    EXPECT_EQ(taxRateServed({"-D", "billing.tax_rate=5.5"}, {{"EBM_TAX_RATE", "20"}}), "5.5");
}

} // namespace
} // namespace ebm::test
