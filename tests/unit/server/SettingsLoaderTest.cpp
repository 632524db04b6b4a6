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

// Resolves with the given keys set on the command line; the error text when it is refused.
std::string refusal(const std::vector<std::pair<std::string, std::string>>& keys)
{
    SettingsLoader loader;
    for (const auto& [key, value] : keys)
        loader.setCommandLine(key, value);
    try {
        loader.resolve();
    } catch (const std::invalid_argument& error) {
        return error.what();
    }
    return "";
}

TEST(SettingsLoaderTest, TheClockStartsAtClockStartOutsideProduction)
{
    EXPECT_FALSE(SettingsLoader().resolve().clockStart);
    SettingsLoader loader;
    loader.applyEnvironment({{"EBM_CLOCK_START", "2024-08-02T19:40:00Z"}});
    EXPECT_EQ(loader.resolve().clockStart,
              std::chrono::sys_seconds{std::chrono::seconds(1'722'627'600)});
    EXPECT_NE(refusal({{"clock.start", "yesterday"}}).find("clock.start"), std::string::npos);
}

TEST(SettingsLoaderTest, ProductionRefusesAClockStart)
{
    const std::string error = refusal({{"app.env", "production"},
                                       {"clock.start", "2024-08-02T19:40:00Z"},
                                       {"smtp.host", "mail.example.com"}});
    EXPECT_NE(error.find("clock.start"), std::string::npos) << error;
    EXPECT_NE(error.find("production"), std::string::npos) << error;
}

TEST(SettingsLoaderTest, MailGoesToFilesInDevelopmentAndSmtpInProduction)
{
    const Settings development = SettingsLoader().resolve();
    EXPECT_EQ(development.mailSender, Settings::MailSender::File);
    EXPECT_EQ(development.mailFrom, "ESXi Backup Manager Cloud <no-reply@localhost>");
    EXPECT_EQ(development.mailIntervalSeconds, 30u);
    EXPECT_EQ(development.smtpPort, 25);
    EXPECT_FALSE(development.smtpStartTls);

    SettingsLoader production;
    production.applyEnvironment({{"EBM_ENV", "production"},
                                 {"SMTP_HOST", "mail.example.com"},
                                 {"SMTP_PORT", "587"},
                                 {"SMTP_USERNAME", "cloud"},
                                 {"SMTP_PASSWORD", "secret"},
                                 {"SMTP_STARTTLS", "true"},
                                 {"EBM_MAIL_FROM", "Cloud <billing@example.com>"}});
    const Settings settings = production.resolve();
    EXPECT_EQ(settings.mailSender, Settings::MailSender::Smtp);
    EXPECT_EQ(settings.smtpHost, "mail.example.com");
    EXPECT_EQ(settings.smtpPort, 587);
    EXPECT_EQ(settings.smtpUsername, "cloud");
    EXPECT_EQ(settings.smtpPassword, "secret");
    EXPECT_TRUE(settings.smtpStartTls);
    EXPECT_EQ(settings.mailFrom, "Cloud <billing@example.com>");
}

TEST(SettingsLoaderTest, InvalidMailSettingsNameTheKey)
{
    EXPECT_NE(refusal({{"app.env", "production"}}).find("smtp.host"), std::string::npos);
    EXPECT_NE(refusal({{"mail.sender", "smtp"}}).find("smtp.host"), std::string::npos);
    EXPECT_NE(refusal({{"mail.sender", "pigeon"}}).find("mail.sender"), std::string::npos);
    EXPECT_NE(refusal({{"smtp.starttls", "yes"}}).find("smtp.starttls"), std::string::npos);
    EXPECT_NE(refusal({{"smtp.port", "0"}}).find("smtp.port"), std::string::npos);
    EXPECT_NE(refusal({{"mail.from", "nobody"}}).find("mail.from"), std::string::npos);
    EXPECT_NE(refusal({{"mail.interval_seconds", "-1"}}).find("mail.interval_seconds"),
              std::string::npos);
}

} // namespace
} // namespace ebm::app
