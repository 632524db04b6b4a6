#include "app/Services.h"

#include "api/Routes.h"
#include "app/JobCatalog.h"
#include "app/PaymentProviderSettings.h"
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

// One attempt per delivery (the queue retries), short timeouts; plain HTTP only outside
// production, where the endpoint rules admit http://127.0.0.1 and http://localhost.
payments::ProviderHttpClient::Options webhookHttpOptions(const Settings& settings)
{
    payments::ProviderHttpClient::Options options;
    options.connectTimeout = std::chrono::seconds(5);
    options.readTimeout = std::chrono::seconds(10);
    options.maxAttempts = 1;
    options.allowPlainHttp = !settings.isProduction();
    return options;
}

// Cookies are marked Secure when customers reach the server over HTTPS.
bool usesHttps(const Settings& settings)
{
    return settings.publicBaseUrl.starts_with("https://");
}

services::Seller seller(const Settings& settings)
{
    return {settings.sellerName, settings.sellerAddress, settings.sellerTaxId,
            settings.sellerEmail};
}

} // namespace

Services::Services(const Settings& settings)
    : m_settings(settings)
    , m_clock(makeClock(settings))
    , m_adjustableClock(dynamic_cast<OffsetClock*>(m_clock.get()))
    , m_database(settings.databasePath, settings.databasePoolSize)
    , m_secrets(security::MasterKey::loadOrCreate(settings.dataDir, settings.masterKey))
    , m_throttle(*m_clock, auth::LoginThrottle::Policy{})
    , m_couponChecks(*m_clock, http::RateLimiter::Policy{})
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
    , m_orderService(m_database, *m_clock, m_couponService, m_composer, settings.orderLifetime)
    , m_provisioningService(m_database, *m_clock, m_composer, seller(settings))
    , m_planChangeService(m_database, *m_clock, m_composer, m_couponService, settings.orderLifetime)
    , m_periodEndService(m_database, *m_clock, m_composer, settings.graceDays,
                         settings.expireAfterDays)
    , m_receiptStore(Poco::Path(settings.dataDir).append("receipts").toString())
    , m_bankTransfer(payments::BankAccount{settings.bankName, settings.bankAccountNumber,
                                           settings.bankBeneficiary, settings.bankBic})
    , m_momoSimulator(makeMomoSimulator(settings, *m_clock))
    , m_momo(momoConfig(settings), *m_clock)
    , m_paypalSimulator(makePayPalSimulator(settings, *m_clock))
    , m_paypal(payPalConfig(settings), providerHttpOptions(settings), m_database)
    , m_paymentService(m_database, *m_clock, m_orderService, m_provisioningService, m_composer,
                       m_receiptStore, {&m_bankTransfer, &m_momo, &m_paypal}, ownBaseUrl(settings))
    , m_momoCallbacks(m_database, *m_clock, m_paymentService)
    , m_paypalCallbacks(m_database, *m_clock, m_paymentService, m_paypal, settings.paypalCertDir,
                        payPalWebhookId(settings))
    , m_usageMetricsService(m_database, *m_clock)
    , m_renewalInvoicing(m_database, *m_clock, m_composer, m_planChangeService,
                         services::InvoiceIssuer(seller(settings)), settings.invoiceLeadDays,
                         settings.expireAfterDays)
    , m_renewalPayments(m_database, *m_clock, m_composer, m_renewalInvoicing, m_paymentService,
                        settings.invoiceLeadDays)
    , m_webhookHttp(webhookHttpOptions(settings))
    , m_webhookDelivery(m_database, *m_clock, m_secrets, m_webhookHttp,
                        webhooks::WebhookDelivery::Policy{})
    , m_notificationService(m_database, *m_clock)
    , m_webhookService(m_database, *m_clock, m_secrets)
    , m_jobRunner(m_database, *m_clock,
                  jobCatalog(settings, {m_periodEndService, m_paymentService, m_usageMetricsService,
                                        m_renewalInvoicing, m_renewalPayments, m_outboxDelivery,
                                        m_webhookDelivery}))
    , m_jobRunService(m_database)
    , m_invoiceService(m_database)
    , m_staffOrganizationService(m_database, *m_clock, m_paymentService, m_invoiceService)
    , m_staffSubscriptionService(m_database, *m_clock, m_composer)
    , m_organizationBulkActions(m_lifecycleService, m_staffSubscriptionService)
    , m_auditLogService(m_database)
    , m_analyticsService(m_database, *m_clock)
    , m_billingQueueService(m_database, *m_clock)
    , m_planCatalogService(m_database, *m_clock, m_planService)
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
    , m_notificationsController(m_notificationService, settings.publicBaseUrl)
    , m_webhooksController(m_webhookService, settings.publicBaseUrl, !settings.isProduction())
    , m_clockController(m_clockService)
    , m_ordersController(m_orderService, m_couponService, m_provisioningService, m_couponChecks,
                         settings.publicBaseUrl)
    , m_invoicesController(m_invoiceService, settings.publicBaseUrl)
    , m_jobsController(m_jobRunner, m_jobRunService, *m_clock, settings.publicBaseUrl)
    , m_jobRunsController(m_jobRunService, settings.publicBaseUrl)
    , m_paymentsController(m_paymentService, settings.publicBaseUrl)
    , m_adminOrganizationsController(m_staffOrganizationService, m_staffSubscriptionService,
                                     m_lifecycleService, m_organizationBulkActions,
                                     settings.publicBaseUrl)
    , m_auditLogController(m_auditLogService, settings.publicBaseUrl)
    , m_analyticsController(m_analyticsService)
    , m_momoWebhookController(m_momoCallbacks)
    , m_momoSimulatorController(m_momoSimulator.get())
    , m_paypalController(m_paypalCallbacks, ownBaseUrl(settings))
    , m_paypalSimulatorController(m_paypalSimulator.get())
    , m_adminOrdersController(m_billingQueueService, settings.publicBaseUrl)
    , m_adminPaymentsController(m_paymentService, settings.publicBaseUrl)
    , m_adminInvoicesController(m_billingQueueService, settings.publicBaseUrl)
    , m_adminCouponsController(m_couponService)
    , m_adminPlansController(m_planCatalogService, settings.publicBaseUrl)
    , m_csrfTokens(m_secrets)
    , m_pageSecurity(m_pageRenderer, m_csrfTokens, usesHttps(settings))
    , m_publicPagesController(
          m_planService, m_pageRenderer, m_csrfTokens,
          {usesHttps(settings), settings.sellerEmail, settings.taxRate.toPercentString()})
    , m_registerPagesController(m_planService, m_couponService, m_orderService, m_couponChecks,
                                m_pageRenderer, m_csrfTokens,
                                {usesHttps(settings), settings.orderLifetime})
    , m_checkoutPagesController(m_orderService, m_paymentService, m_pageRenderer, m_csrfTokens,
                                usesHttps(settings))
    , m_signInPagesController(m_authService, m_pageRenderer, m_csrfTokens,
                              {usesHttps(settings), authOptions(settings).sessionLifetime})
    , m_portalPages({m_organizationService, m_invoiceService, m_paymentService, m_planService,
                     m_planChangeService, m_lifecycleService, m_notificationService},
                    *m_clock, m_pageRenderer, m_csrfTokens, {usesHttps(settings), settings.taxRate})
{
    api::AdminBillingControllers adminBilling{m_adminOrdersController, m_adminPaymentsController,
                                              m_adminInvoicesController, m_adminCouponsController,
                                              m_adminPlansController};
    api::Controllers controllers{m_healthController,
                                 m_plansController,
                                 m_authController,
                                 m_organizationsController,
                                 m_esxiServersController,
                                 m_virtualMachinesController,
                                 m_backupJobsController,
                                 m_backupsController,
                                 m_apiKeysController,
                                 m_notificationsController,
                                 m_webhooksController,
                                 m_ordersController,
                                 m_invoicesController,
                                 m_clockController,
                                 m_subscriptionsController,
                                 m_jobsController,
                                 m_jobRunsController,
                                 m_paymentsController,
                                 m_adminOrganizationsController,
                                 m_auditLogController,
                                 m_analyticsController,
                                 adminBilling};
    api::registerRoutes(m_router, controllers);
    api::registerMomoRoutes(m_router, m_momoWebhookController, m_momoSimulatorController);
    api::registerPayPalRoutes(m_router, m_paypalController, m_paypalSimulatorController);
    api::PageControllers pages{m_assetsController,        m_publicPagesController,
                               m_registerPagesController, m_checkoutPagesController,
                               m_signInPagesController,   m_portalPages};
    api::registerPageRoutes(m_router, pages);
}

store::sqlite::Migrator::Result Services::migrate()
{
    return store::sqlite::Migrator(m_database).migrate(m_clock->now());
}

} // namespace ebm::app
