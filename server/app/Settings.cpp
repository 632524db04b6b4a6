#include "app/Settings.h"

#include "domain/DomainError.h"
#include "domain/Timestamp.h"

#include <Poco/Path.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>
#include <array>
#include <charconv>
#include <stdexcept>

extern char** environ;

namespace ebm::app
{

namespace
{

struct Key
{
    const char* property;
    const char* environment;
    const char* defaultValue;
};

// Every configuration key: property name, environment variable, default.
constexpr std::array kKeys{
    Key{"http.bind", "EBM_BIND", "127.0.0.1"},
    Key{"http.port", "EBM_PORT", "8000"},
    Key{"http.port_file", "EBM_PORT_FILE", ""},
    Key{"http.threads", "EBM_HTTP_THREADS", "32"},
    Key{"http.queue", "EBM_HTTP_QUEUE", "256"},
    Key{"http.max_body_bytes", "EBM_MAX_BODY_BYTES", "1048576"},
    Key{"data.dir", "EBM_DATA_DIR", "./data"},
    Key{"db.path", "EBM_DATABASE_PATH", ""},
    Key{"db.pool_size", "EBM_DB_POOL_SIZE", "0"},
    Key{"app.env", "EBM_ENV", "development"},
    Key{"app.base_url", "APP_BASE_URL", ""},
    Key{"catalog.file", "EBM_CATALOG_FILE", ""},
    Key{"log.level", "EBM_LOG_LEVEL", "information"},
    Key{"billing.tax_rate", "EBM_TAX_RATE", "0"},
    Key{"auth.password_iterations", "EBM_PASSWORD_ITERATIONS", "600000"},
    Key{"orders.pending_hours", "EBM_ORDER_PENDING_HOURS", "168"},
    Key{"billing.grace_days", "EBM_GRACE_DAYS", "7"},
    Key{"billing.expire_after_days", "EBM_EXPIRE_AFTER_DAYS", "30"},
    Key{"billing.invoice_lead_days", "EBM_INVOICE_LEAD_DAYS", "7"},
    Key{"seller.name", "EBM_SELLER_NAME", "ESXi Backup Manager Cloud"},
    Key{"seller.address", "EBM_SELLER_ADDRESS", ""},
    Key{"seller.tax_id", "EBM_SELLER_TAX_ID", ""},
    Key{"seller.email", "EBM_SELLER_EMAIL", "billing@localhost"},
    Key{"security.master_key", "EBM_MASTER_KEY", ""},
    Key{"paypal.mode", "PAYPAL_MODE", ""},
    Key{"paypal.client_id", "PAYPAL_CLIENT_ID", ""},
    Key{"paypal.client_secret", "PAYPAL_CLIENT_SECRET", ""},
    Key{"paypal.api_base_url", "PAYPAL_API_BASE_URL", ""},
    Key{"paypal.webhook_id", "PAYPAL_WEBHOOK_ID", ""},
    Key{"paypal.cert_dir", "PAYPAL_CERT_DIR", ""},
    Key{"mtn_momo.environment", "MTN_MOMO_ENVIRONMENT", ""},
    Key{"mtn_momo.subscription_key", "MTN_MOMO_SUBSCRIPTION_KEY", ""},
    Key{"mtn_momo.user_id", "MTN_MOMO_USER_ID", ""},
    Key{"mtn_momo.api_key", "MTN_MOMO_API_KEY", ""},
    Key{"mtn_momo.api_base_url", "MTN_MOMO_API_BASE_URL", ""},
    Key{"payments.connect_timeout_ms", "EBM_PROVIDER_CONNECT_TIMEOUT_MS", "5000"},
    Key{"payments.read_timeout_ms", "EBM_PROVIDER_READ_TIMEOUT_MS", "15000"},
    Key{"bank.name", "BANK_NAME", ""},
    Key{"bank.account_number", "BANK_ACCOUNT_NUMBER", ""},
    Key{"bank.beneficiary", "BANK_BENEFICIARY", ""},
    Key{"bank.bic", "BANK_BIC", ""},
    Key{"clock.start", "EBM_CLOCK_START", ""},
    Key{"mail.sender", "EBM_MAIL_SENDER", ""},
    Key{"mail.from", "EBM_MAIL_FROM", "ESXi Backup Manager Cloud <no-reply@localhost>"},
    Key{"mail.interval_seconds", "EBM_MAIL_INTERVAL_SECONDS", "30"},
    Key{"jobs.scheduler_enabled", "EBM_JOBS_SCHEDULER_ENABLED", "true"},
    Key{"jobs.check_expirations_hour", "EBM_JOBS_CHECK_EXPIRATIONS_HOUR", "2"},
    Key{"jobs.reconcile_payments_minutes", "EBM_JOBS_RECONCILE_PAYMENTS_MINUTES", "5"},
    Key{"jobs.update_metrics_hours", "EBM_JOBS_UPDATE_METRICS_HOURS", "6"},
    Key{"smtp.host", "SMTP_HOST", ""},
    Key{"smtp.port", "SMTP_PORT", "25"},
    Key{"smtp.username", "SMTP_USERNAME", ""},
    Key{"smtp.password", "SMTP_PASSWORD", ""},
    Key{"smtp.starttls", "SMTP_STARTTLS", "false"},
};

// Layer priorities: Poco consults the lowest number first.
constexpr int kCommandLinePriority = 0;
constexpr int kEnvironmentPriority = 10;
constexpr int kFilePriority = 20;
constexpr int kDefaultsPriority = 30;

constexpr int kMinProductionIterations = 600'000;

std::size_t parseCount(const std::string& key, const std::string& text, std::size_t minimum,
                       std::size_t maximum)
{
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < minimum ||
        value > maximum)
        throw std::invalid_argument("configuration " + key + "=\"" + text +
                                    "\": expected an integer from " + std::to_string(minimum) +
                                    " to " + std::to_string(maximum));
    return value;
}

Settings::Environment parseEnvironment(const std::string& text)
{
    if (text == "development")
        return Settings::Environment::Development;
    if (text == "production")
        return Settings::Environment::Production;
    throw std::invalid_argument("configuration app.env=\"" + text +
                                "\": expected development or production");
}

BasisPoints parseTaxRate(const std::string& text)
{
    try {
        return BasisPoints::parsePercent(text);
    } catch (const DomainError& error) {
        throw std::invalid_argument("configuration billing.tax_rate=\"" + text +
                                    "\": " + error.what());
    }
}

// Outside production only: the clock's starting instant, or none to start at the real time.
std::optional<std::chrono::sys_seconds> parseClockStart(const std::string& text, bool production)
{
    if (text.empty())
        return std::nullopt;
    if (production)
        throw std::invalid_argument("configuration clock.start=\"" + text +
                                    "\": the clock cannot be set in production (unset "
                                    "clock.start / EBM_CLOCK_START)");
    try {
        return parseIso8601(text);
    } catch (const DomainError&) {
        throw std::invalid_argument("configuration clock.start=\"" + text +
                                    "\": expected an ISO 8601 instant such as "
                                    "2024-08-02T19:40:00Z");
    }
}

bool parseBoolean(const std::string& key, const std::string& text)
{
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    throw std::invalid_argument("configuration " + key + "=\"" + text +
                                "\": expected true or false");
}

Settings::MailSender parseMailSender(const std::string& text, bool production)
{
    if (text.empty())
        return production ? Settings::MailSender::Smtp : Settings::MailSender::File;
    if (text == "file")
        return Settings::MailSender::File;
    if (text == "smtp")
        return Settings::MailSender::Smtp;
    throw std::invalid_argument("configuration mail.sender=\"" + text +
                                "\": expected file or smtp");
}

// The bank.* keys. Outside production an unconfigured account gets clearly fake demonstration
// details, so the bank transfer flow can be tried; production offers it only when configured.
void resolveBank(const SettingsLoader& loader, Settings& settings)
{
    settings.bankName = loader.value("bank.name");
    settings.bankAccountNumber = loader.value("bank.account_number");
    settings.bankBeneficiary = loader.value("bank.beneficiary");
    settings.bankBic = loader.value("bank.bic");
    if (settings.bankBeneficiary.empty())
        settings.bankBeneficiary = settings.sellerName;
    if (settings.bankAccountNumber.empty() && !settings.isProduction()) {
        settings.bankName = "Demo Bank (development only)";
        settings.bankAccountNumber = "DEMO-0000-0000-0000";
    }
}

// A provider mode: given, or the built-in simulator outside production and `live` in it; the
// simulator and plain-http base URLs are refused in production.
std::string resolveMode(const std::string& key, const std::string& given, bool production,
                        const std::string& live)
{
    const std::string mode = given.empty() ? (production ? live : "simulator") : given;
    if (production && mode == "simulator")
        throw std::invalid_argument("configuration " + key +
                                    "=simulator: the simulator is refused in production");
    return mode;
}

void requireSecureBaseUrl(const std::string& key, const std::string& url, bool production)
{
    if (production && !url.empty() && url.rfind("https://", 0) != 0)
        throw std::invalid_argument("configuration " + key + "=\"" + url +
                                    "\": production needs an https:// URL");
}

// The paypal.*, mtn_momo.* and payments.* keys. Base URLs left empty follow the mode (see
// Services): the provider's sandbox or live host, or this server's own simulator routes.
void resolvePayments(const SettingsLoader& loader, Settings& settings)
{
    const bool production = settings.isProduction();
    settings.paypalMode =
        resolveMode("paypal.mode", loader.value("paypal.mode"), production, "live");
    if (settings.paypalMode != "sandbox" && settings.paypalMode != "live" &&
        settings.paypalMode != "simulator")
        throw std::invalid_argument("configuration paypal.mode=\"" + settings.paypalMode +
                                    "\": expected sandbox, live or simulator");
    settings.paypalClientId = loader.value("paypal.client_id");
    settings.paypalClientSecret = loader.value("paypal.client_secret");
    settings.paypalApiBaseUrl = loader.value("paypal.api_base_url");
    settings.paypalWebhookId = loader.value("paypal.webhook_id");
    settings.paypalCertDir = loader.value("paypal.cert_dir").empty()
                                 ? Poco::Path(settings.dataDir).append("paypal-certs").toString()
                                 : loader.value("paypal.cert_dir");
    settings.momoEnvironment = resolveMode(
        "mtn_momo.environment", loader.value("mtn_momo.environment"), production, "mtncameroon");
    settings.momoSubscriptionKey = loader.value("mtn_momo.subscription_key");
    settings.momoUserId = loader.value("mtn_momo.user_id");
    settings.momoApiKey = loader.value("mtn_momo.api_key");
    settings.momoApiBaseUrl = loader.value("mtn_momo.api_base_url");
    requireSecureBaseUrl("paypal.api_base_url", settings.paypalApiBaseUrl, production);
    requireSecureBaseUrl("mtn_momo.api_base_url", settings.momoApiBaseUrl, production);
    settings.providerConnectTimeout = std::chrono::milliseconds(parseCount(
        "payments.connect_timeout_ms", loader.value("payments.connect_timeout_ms"), 100, 120'000));
    settings.providerReadTimeout = std::chrono::milliseconds(parseCount(
        "payments.read_timeout_ms", loader.value("payments.read_timeout_ms"), 100, 300'000));
}

// The mail.* and smtp.* keys; the SMTP sender needs a host.
void resolveMail(const SettingsLoader& loader, Settings& settings)
{
    settings.mailSender = parseMailSender(loader.value("mail.sender"), settings.isProduction());
    settings.mailFrom = loader.value("mail.from");
    if (settings.mailFrom.find('@') == std::string::npos)
        throw std::invalid_argument("configuration mail.from=\"" + settings.mailFrom +
                                    "\": expected an address such as "
                                    "\"Name <no-reply@example.com>\"");
    settings.mailIntervalSeconds =
        parseCount("mail.interval_seconds", loader.value("mail.interval_seconds"), 0, 86'400);
    settings.smtpHost = loader.value("smtp.host");
    settings.smtpPort =
        static_cast<unsigned short>(parseCount("smtp.port", loader.value("smtp.port"), 1, 65535));
    settings.smtpUsername = loader.value("smtp.username");
    settings.smtpPassword = loader.value("smtp.password");
    settings.smtpStartTls = parseBoolean("smtp.starttls", loader.value("smtp.starttls"));
    if (settings.mailSender == Settings::MailSender::Smtp && settings.smtpHost.empty())
        throw std::invalid_argument(
            "configuration smtp.host: required when mail.sender=smtp (the default in production)");
}

// The jobs.* keys: the scheduler of `serve`.
void resolveJobs(const SettingsLoader& loader, Settings& settings)
{
    settings.schedulerEnabled =
        parseBoolean("jobs.scheduler_enabled", loader.value("jobs.scheduler_enabled"));
    settings.checkExpirationsHour = static_cast<int>(parseCount(
        "jobs.check_expirations_hour", loader.value("jobs.check_expirations_hour"), 0, 23));
    settings.reconcilePaymentsInterval = std::chrono::minutes(
        parseCount("jobs.reconcile_payments_minutes",
                   loader.value("jobs.reconcile_payments_minutes"), 1, 24 * 60));
    settings.updateMetricsInterval = std::chrono::hours(parseCount(
        "jobs.update_metrics_hours", loader.value("jobs.update_metrics_hours"), 1, 24 * 7));
}

} // namespace

SettingsLoader::SettingsLoader()
    : m_config(new Poco::Util::LayeredConfiguration)
    , m_environment(new Poco::Util::MapConfiguration)
    , m_commandLine(new Poco::Util::MapConfiguration)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> defaults(new Poco::Util::MapConfiguration);
    for (const Key& key : kKeys)
        defaults->setString(key.property, key.defaultValue);
    m_config->add(defaults, kDefaultsPriority);
    m_config->add(m_environment, kEnvironmentPriority);
    m_config->add(m_commandLine, kCommandLinePriority);
}

void SettingsLoader::loadPropertiesFile(const std::string& path)
{
    m_config->add(new Poco::Util::PropertyFileConfiguration(path), kFilePriority);
}

void SettingsLoader::applyEnvironment(const std::map<std::string, std::string>& environment)
{
    for (const Key& key : kKeys) {
        const auto found = environment.find(key.environment);
        if (found != environment.end())
            m_environment->setString(key.property, found->second);
    }
}

void SettingsLoader::setCommandLine(const std::string& key, const std::string& value)
{
    m_commandLine->setString(key, value);
}

std::string SettingsLoader::value(const std::string& key) const
{
    return m_config->getString(key, "");
}

Settings SettingsLoader::resolve() const
{
    Settings settings;
    settings.bindAddress = value("http.bind");
    settings.port =
        static_cast<unsigned short>(parseCount("http.port", value("http.port"), 0, 65535));
    settings.portFile = value("http.port_file");
    settings.httpThreads = parseCount("http.threads", value("http.threads"), 2, 1024);
    settings.httpQueue = parseCount("http.queue", value("http.queue"), 1, 65536);
    settings.maxBodyBytes =
        parseCount("http.max_body_bytes", value("http.max_body_bytes"), 1024, 1u << 30);
    settings.dataDir = Poco::Path(value("data.dir")).makeAbsolute().toString();
    settings.databasePath = value("db.path").empty()
                                ? Poco::Path(settings.dataDir).append("ebm.sqlite3").toString()
                                : value("db.path");
    const std::size_t poolSize = parseCount("db.pool_size", value("db.pool_size"), 0, 1024);
    settings.databasePoolSize = poolSize == 0 ? settings.httpThreads + 4 : poolSize;
    settings.environment = parseEnvironment(value("app.env"));
    settings.publicBaseUrl = value("app.base_url");
    settings.catalogFile = value("catalog.file");
    settings.logLevel = value("log.level");
    settings.taxRate = parseTaxRate(value("billing.tax_rate"));
    settings.passwordIterations = static_cast<int>(
        parseCount("auth.password_iterations", value("auth.password_iterations"), 1, 100'000'000));
    if (settings.isProduction() && settings.passwordIterations < kMinProductionIterations)
        throw std::invalid_argument(
            "configuration auth.password_iterations: production needs at least " +
            std::to_string(kMinProductionIterations));
    settings.masterKey = value("security.master_key");
    settings.sellerName = value("seller.name");
    settings.sellerAddress = value("seller.address");
    settings.sellerTaxId = value("seller.tax_id");
    settings.sellerEmail = value("seller.email");
    settings.orderLifetime = std::chrono::hours(
        parseCount("orders.pending_hours", value("orders.pending_hours"), 1, 24 * 366));
    settings.graceDays =
        std::chrono::days(parseCount("billing.grace_days", value("billing.grace_days"), 0, 365));
    settings.expireAfterDays = std::chrono::days(
        parseCount("billing.expire_after_days", value("billing.expire_after_days"), 1, 3650));
    settings.invoiceLeadDays = std::chrono::days(
        parseCount("billing.invoice_lead_days", value("billing.invoice_lead_days"), 1, 60));
    if (settings.expireAfterDays <= settings.graceDays)
        throw std::invalid_argument("configuration billing.expire_after_days: must be more than "
                                    "billing.grace_days");
    resolveBank(*this, settings);
    resolvePayments(*this, settings);
    settings.clockStart = parseClockStart(value("clock.start"), settings.isProduction());
    resolveMail(*this, settings);
    resolveJobs(*this, settings);
    return settings;
}

std::map<std::string, std::string> SettingsLoader::processEnvironment()
{
    std::map<std::string, std::string> environment;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const std::size_t equals = text.find('=');
        if (equals != std::string::npos)
            environment.emplace(text.substr(0, equals), text.substr(equals + 1));
    }
    return environment;
}

} // namespace ebm::app
