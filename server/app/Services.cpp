#include "app/Services.h"

#include "api/Routes.h"
#include "mail/FileMailSender.h"
#include "mail/SmtpMailSender.h"
#include "security/MasterKey.h"

#include <Poco/Path.h>

namespace ebm::app
{

namespace
{

services::AuthService::Options authOptions(const Settings& settings)
{
    services::AuthService::Options options;
    options.passwordIterations = settings.passwordIterations;
    return options;
}

// Production: the real time. Elsewhere: an OffsetClock from clock.start (or now) that staff can
// move forward.
std::unique_ptr<Clock> makeClock(const Settings& settings)
{
    if (settings.isProduction())
        return std::make_unique<SystemClock>();
    return std::make_unique<OffsetClock>(settings.clockStart.value_or(SystemClock().now()));
}

// Where the MTN MoMo API is: the configured base URL, else the environment's host or, for the
// simulator, this server's own routes.
std::string momoBaseUrl(const Settings& settings)
{
    if (!settings.momoApiBaseUrl.empty())
        return settings.momoApiBaseUrl;
    if (settings.momoEnvironment == "sandbox")
        return "https://sandbox.momodeveloper.mtn.com";
    if (settings.momoEnvironment != "simulator")
        return "https://proxy.momoapi.mtn.com";
    const std::string self = settings.publicBaseUrl.empty()
                                 ? "http://" + settings.bindAddress + ":" +
                                       std::to_string(settings.port)
                                 : settings.publicBaseUrl;
    return self + "/simulator/momo";
}

// The mtn_momo.* settings; in simulator mode, empty credentials are the simulator's defaults.
payments::MomoConfig momoConfig(const Settings& settings)
{
    const bool simulator = settings.momoEnvironment == "simulator";
    const auto orDefault = [simulator](const std::string& value, const char* fallback) {
        return value.empty() && simulator ? std::string(fallback) : value;
    };
    payments::MomoConfig config;
    config.baseUrl = momoBaseUrl(settings);
    config.environment = settings.momoEnvironment;
    config.subscriptionKey = orDefault(settings.momoSubscriptionKey, "simulator-subscription");
    config.userId = orDefault(settings.momoUserId, "simulator-user");
    config.apiKey = orDefault(settings.momoApiKey, "simulator-key");
    config.production = settings.isProduction();
    config.http.connectTimeout = settings.providerConnectTimeout;
    config.http.readTimeout = settings.providerReadTimeout;
    config.http.allowPlainHttp = !settings.isProduction();
    return config;
}

// The built-in MTN MoMo simulator, in simulator mode only (never in production: see Settings).
std::unique_ptr<payments::MomoSimulator> makeMomoSimulator(const Settings& settings,
                                                           const Clock& clock)
{
    if (settings.momoEnvironment != "simulator")
        return nullptr;
    const payments::MomoConfig config = momoConfig(settings);
    return std::make_unique<payments::MomoSimulator>(
        clock,
        payments::MomoSimulator::Credentials{config.userId, config.apiKey, config.subscriptionKey},
        settings.providerReadTimeout + std::chrono::seconds(1), config.http);
}

std::unique_ptr<mail::MailSender> makeMailSender(const Settings& settings)
{
    if (settings.mailSender == Settings::MailSender::File)
        return std::make_unique<mail::FileMailSender>(
            Poco::Path(settings.dataDir).append("mail").toString(), settings.mailFrom);
    mail::SmtpMailSender::Options options;
    options.host = settings.smtpHost;
    options.port = settings.smtpPort;
    options.startTls = settings.smtpStartTls;
    options.username = settings.smtpUsername;
    options.password = settings.smtpPassword;
    options.from = settings.mailFrom;
    return std::make_unique<mail::SmtpMailSender>(options);
}

} // namespace

Services::Services(const Settings& settings)
    : m_settings(settings)
    , m_clock(makeClock(settings))
    , m_adjustableClock(dynamic_cast<OffsetClock*>(m_clock.get()))
    , m_database(settings.databasePath, settings.databasePoolSize)
    , m_secrets(security::MasterKey::loadOrCreate(settings.dataDir, settings.masterKey))
    , m_throttle(*m_clock, auth::LoginThrottle::Policy{})
    , m_composer(settings.publicBaseUrl)
    , m_mailSender(makeMailSender(settings))
    , m_outboxDelivery(m_database, *m_clock, *m_mailSender, mail::OutboxDelivery::Policy{})
    , m_clockService(m_database, *m_clock, m_adjustableClock)
    , m_planService(m_database, settings.taxRate)
    , m_authService(m_database, *m_clock, m_throttle, m_composer, authOptions(settings))
    , m_organizationService(m_database, *m_clock, m_composer)
    , m_lifecycleService(m_database, *m_clock, m_composer)
    , m_esxiServerService(m_database, *m_clock, m_secrets)
    , m_virtualMachineService(m_database, *m_clock)
    , m_backupJobService(m_database, *m_clock)
    , m_backupService(m_database, *m_clock)
    , m_apiKeyService(m_database, *m_clock)
    , m_couponService(m_database, *m_clock, settings.taxRate)
    , m_orderService(m_database, *m_clock, m_couponService, settings.orderLifetime)
    , m_provisioningService(m_database, *m_clock, m_composer,
                            services::Seller{settings.sellerName, settings.sellerAddress,
                                             settings.sellerTaxId, settings.sellerEmail})
    , m_planChangeService(m_database, *m_clock, m_composer, m_couponService, settings.orderLifetime)
    , m_periodEndService(m_database, *m_clock, m_composer, settings.graceDays,
                         settings.expireAfterDays)
    , m_receiptStore(Poco::Path(settings.dataDir).append("receipts").toString())
    , m_bankTransfer(payments::BankAccount{settings.bankName, settings.bankAccountNumber,
                                           settings.bankBeneficiary, settings.bankBic})
    , m_momoSimulator(makeMomoSimulator(settings, *m_clock))
    , m_momo(momoConfig(settings), *m_clock)
    , m_paymentService(m_database, *m_clock, m_orderService, m_provisioningService, m_composer,
                       m_receiptStore, {&m_bankTransfer, &m_momo}, settings.publicBaseUrl)
    , m_momoCallbacks(m_database, *m_clock, m_paymentService)
    , m_invoiceService(m_database)
    , m_guard(m_database, *m_clock)
    , m_idempotency(m_database, *m_clock)
    , m_healthController(m_database, m_metrics)
    , m_plansController(m_planService, settings.publicBaseUrl)
    , m_authController(m_authService)
    , m_organizationsController(m_organizationService, settings.publicBaseUrl)
    , m_subscriptionsController(m_organizationService, m_lifecycleService, m_planChangeService)
    , m_esxiServersController(m_esxiServerService, settings.publicBaseUrl)
    , m_virtualMachinesController(m_virtualMachineService, settings.publicBaseUrl)
    , m_backupJobsController(m_backupJobService, settings.publicBaseUrl)
    , m_backupsController(m_backupService, settings.publicBaseUrl)
    , m_apiKeysController(m_apiKeyService, settings.publicBaseUrl)
    , m_clockController(m_clockService)
    , m_ordersController(m_orderService, m_couponService, m_provisioningService,
                         settings.publicBaseUrl)
    , m_invoicesController(m_invoiceService, settings.publicBaseUrl)
    , m_jobsController(m_periodEndService, m_paymentService)
    , m_paymentsController(m_paymentService, settings.publicBaseUrl)
    , m_momoWebhookController(m_momoCallbacks)
    , m_momoSimulatorController(m_momoSimulator.get())
{
    api::Controllers controllers{
        m_healthController,        m_plansController,       m_authController,
        m_organizationsController, m_esxiServersController, m_virtualMachinesController,
        m_backupJobsController,    m_backupsController,     m_apiKeysController,
        m_ordersController,        m_invoicesController,    m_clockController,
        m_subscriptionsController, m_jobsController,        m_paymentsController};
    api::registerRoutes(m_router, controllers);
    api::registerMomoRoutes(m_router, m_momoWebhookController, m_momoSimulatorController);
}

store::sqlite::Migrator::Result Services::migrate()
{
    return store::sqlite::Migrator(m_database).migrate(m_clock->now());
}

} // namespace ebm::app
