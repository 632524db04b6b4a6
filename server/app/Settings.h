#pragma once

#include "domain/BasisPoints.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace ebm::app
{

// The server's configuration, resolved once at start: defaults in code, overridden by the
// properties file, by the environment (the seed's variable names), then by the command line.
struct Settings
{
    enum class Environment
    {
        Development,
        Production
    };

    enum class MailSender
    {
        File, // .eml files under <data.dir>/mail/
        Smtp
    };

    std::string bindAddress;
    unsigned short port = 0;
    std::string portFile;
    std::string dataDir;
    std::string databasePath;
    Environment environment = Environment::Development;
    std::string publicBaseUrl;
    std::size_t httpThreads = 0;
    std::size_t httpQueue = 0;
    std::size_t maxBodyBytes = 0;
    std::size_t databasePoolSize = 0;
    std::string catalogFile;
    std::string logLevel;
    BasisPoints taxRate{0};
    int passwordIterations = 0;
    std::chrono::hours orderLifetime{0};
    // After a period ends unpaid: still active for graceDays, then suspended, then expired
    // expireAfterDays after the end.
    std::chrono::days graceDays{7};
    std::chrono::days expireAfterDays{30};
    // How long before a period's end generate-invoices issues the renewal invoice.
    std::chrono::days invoiceLeadDays{7};
    // The seller printed on invoices.
    std::string sellerName;
    std::string sellerAddress;
    std::string sellerTaxId;
    std::string sellerEmail;
    // Where customers send bank transfers (bank transfers are refused without an account).
    std::string bankName;
    std::string bankAccountNumber;
    std::string bankBeneficiary;
    std::string bankBic;
    // Payment providers. Modes: PayPal sandbox | live | simulator; MoMo sandbox | a production
    // target environment (mtncameroon, …) | simulator. Empty base URLs follow the mode.
    std::string paypalMode;
    std::string paypalClientId;
    std::string paypalClientSecret; // never logged
    std::string paypalApiBaseUrl;
    std::string paypalWebhookId;
    std::string paypalCertDir;
    std::string momoEnvironment;
    std::string momoSubscriptionKey; // never logged
    std::string momoUserId;
    std::string momoApiKey; // never logged
    std::string momoApiBaseUrl;
    std::chrono::milliseconds providerConnectTimeout{5000};
    std::chrono::milliseconds providerReadTimeout{15000};
    std::string masterKey; // base64; empty = <data.dir>/master.key
    // Outside production: the instant the clock starts at (then runs on); unset = now.
    std::optional<std::chrono::sys_seconds> clockStart;
    MailSender mailSender = MailSender::File;
    std::string mailFrom;
    std::size_t mailIntervalSeconds = 0; // 0 = no background delivery in `serve`
    // The job scheduler of `serve`: check-expirations daily at checkExpirationsHour (UTC),
    // reconcile-payments every reconcilePaymentsInterval, update-metrics every
    // updateMetricsInterval; deliver-outbox follows
    // mailIntervalSeconds whatever schedulerEnabled says.
    bool schedulerEnabled = true;
    int checkExpirationsHour = 2;
    std::chrono::seconds reconcilePaymentsInterval{std::chrono::minutes(5)};
    std::chrono::seconds updateMetricsInterval{std::chrono::hours(6)};
    std::string smtpHost;
    unsigned short smtpPort = 25;
    std::string smtpUsername;
    std::string smtpPassword; // never logged
    bool smtpStartTls = false;

    bool isProduction() const
    {
        return environment == Environment::Production;
    }
};

// Builds Settings from the three layers; every key, its environment variable and its default
// live in one table in Settings.cpp (and in installer/ebm-server.properties for operators).
class SettingsLoader final
{
public:
    SettingsLoader();

    void loadPropertiesFile(const std::string& path);
    void applyEnvironment(const std::map<std::string, std::string>& environment);
    void setCommandLine(const std::string& key, const std::string& value);
    Settings resolve() const;
    std::string value(const std::string& key) const;

    static std::map<std::string, std::string> processEnvironment();

private:
    Poco::AutoPtr<Poco::Util::LayeredConfiguration> m_config;
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> m_environment;
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> m_commandLine;
};

} // namespace ebm::app
