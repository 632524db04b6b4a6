#include "TempDir.h"
#include "app/Settings.h"

#include <fstream>
#include <gtest/gtest.h>

namespace ebm::app
{
namespace
{

TEST(SettingsLoaderTest, EmbeddedDefaultsServeLocallyFromDataDir)
{
    const Settings settings = SettingsLoader().resolve();
    EXPECT_EQ(settings.bindAddress, "127.0.0.1");
    EXPECT_EQ(settings.port, 8000);
    EXPECT_FALSE(settings.isProduction());
    EXPECT_NE(settings.databasePath.find("/data/ebm.sqlite3"), std::string::npos)
        << settings.databasePath;
    EXPECT_EQ(settings.databasePoolSize, settings.httpThreads + 4);
    EXPECT_EQ(settings.taxRate.value, 0);
}

TEST(SettingsLoaderTest, LayersOverrideInOrder)
{
    test::TempDir dir;
    std::ofstream(dir.file("a.properties"))
        << "http.port = 9001\nhttp.bind = 0.0.0.0\nbilling.tax_rate = 10\n";
    SettingsLoader loader;
    loader.loadPropertiesFile(dir.file("a.properties"));
    loader.applyEnvironment({{"EBM_PORT", "9002"}, {"EBM_TAX_RATE", "20"}, {"UNRELATED", "x"}});
    loader.setCommandLine("http.port", "9003");
    const Settings settings = loader.resolve();
    EXPECT_EQ(settings.port, 9003);             // command line wins
    EXPECT_EQ(settings.taxRate.value, 2000);    // environment over the file
    EXPECT_EQ(settings.bindAddress, "0.0.0.0"); // file over the default
}

TEST(SettingsLoaderTest, SeedVariableNamesAreRead)
{
    SettingsLoader loader;
    loader.applyEnvironment(
        {{"PAYPAL_MODE", "live"}, {"BANK_NAME", "Afriland"}, {"APP_BASE_URL", "https://x.io"}});
    EXPECT_EQ(loader.value("paypal.mode"), "live");
    EXPECT_EQ(loader.value("bank.name"), "Afriland");
    EXPECT_EQ(loader.resolve().publicBaseUrl, "https://x.io");
}

TEST(SettingsLoaderTest, InvalidValuesNameTheKey)
{
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"http.port", "70000"},
                                                          {"http.port", "80x"},
                                                          {"app.env", "staging"},
                                                          {"billing.tax_rate", "-1"},
                                                          {"http.threads", "1"}}) {
        SettingsLoader loader;
        loader.setCommandLine(key, value);
        try {
            loader.resolve();
            ADD_FAILURE() << key << "=" << value << " was accepted";
        } catch (const std::invalid_argument& error) {
            EXPECT_NE(std::string(error.what()).find(key), std::string::npos) << error.what();
        }
    }
}

} // namespace
} // namespace ebm::app
