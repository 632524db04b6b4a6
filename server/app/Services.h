#pragma once

#include "api/AdminCouponsController.h"
#include "api/AdminInvoicesController.h"
#include "api/AdminOrdersController.h"
#include "api/AdminOrganizationsController.h"
#include "api/AdminPaymentsController.h"
#include "api/AdminPlansController.h"
#include "api/AnalyticsController.h"
#include "api/ApiKeysController.h"
#include "api/AuditLogController.h"
#include "api/AuthController.h"
#include "api/BackupJobsController.h"
#include "api/BackupsController.h"
#include "api/ClockController.h"
#include "api/EsxiServersController.h"
#include "api/HealthController.h"
#include "api/InvoicesController.h"
#include "api/JobRunsController.h"
#include "api/JobsController.h"
#include "api/MomoSimulatorController.h"
#include "api/MomoWebhookController.h"
#include "api/NotificationsController.h"
#include "api/OrdersController.h"
#include "api/OrganizationsController.h"
#include "api/PayPalController.h"
#include "api/PayPalSimulatorController.h"
#include "api/PaymentsController.h"
#include "api/PlansController.h"
#include "api/SubscriptionsController.h"
#include "api/VirtualMachinesController.h"
#include "api/WebhooksController.h"
#include "app/Settings.h"
#include "auth/LoginThrottle.h"
#include "domain/Clock.h"
#include "http/HttpMetrics.h"
#include "http/IdempotencyKeys.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "jobs/JobRunner.h"
#include "mail/EmailComposer.h"
#include "mail/MailSender.h"
#include "mail/OutboxDelivery.h"
#include "payments/BankTransferProvider.h"
#include "payments/MomoCallbacks.h"
#include "payments/MomoProvider.h"
#include "payments/PayPalCallbacks.h"
#include "payments/PayPalProvider.h"
#include "payments/PaymentService.h"
#include "payments/ReceiptStore.h"
#include "payments/simulator/MomoSimulator.h"
#include "payments/simulator/PayPalSimulator.h"
#include "security/SecretBox.h"
#include "services/AnalyticsService.h"
#include "services/ApiKeyService.h"
#include "services/AuditLogService.h"
#include "services/AuthService.h"
#include "services/BackupJobService.h"
#include "services/BackupService.h"
#include "services/BillingQueueService.h"
#include "services/ClockService.h"
#include "services/CouponService.h"
#include "services/EsxiServerService.h"
#include "services/InvoiceService.h"
#include "services/JobRunService.h"
#include "services/LifecycleService.h"
#include "services/NotificationService.h"
#include "services/OrderService.h"
#include "services/OrganizationBulkActions.h"
#include "services/OrganizationService.h"
#include "services/PeriodEndService.h"
#include "services/PlanCatalogService.h"
#include "services/PlanChangeService.h"
#include "services/PlanService.h"
#include "services/ProvisioningService.h"
#include "services/RenewalInvoicing.h"
#include "services/RenewalPayments.h"
#include "services/StaffOrganizationService.h"
#include "services/StaffSubscriptionService.h"
#include "services/UsageMetricsService.h"
#include "services/VirtualMachineService.h"
#include "services/WebhookService.h"
#include "store/Database.h"
#include "store/sqlite/Migrator.h"
#include "tenancy/AccessGuard.h"
#include "web/AssetsController.h"
#include "web/CheckoutPagesController.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"
#include "web/PageSecurity.h"
#include "web/PortalPages.h"
#include "web/PublicPagesController.h"
#include "web/RegisterPagesController.h"
#include "web/SignInPagesController.h"
#include "webhooks/WebhookDelivery.h"

#include <memory>

namespace ebm::app
{

// The object graph of one server process, built once from Settings: clock, database, the secret
// box sealing host passwords under the master key, services,
// the access guard, controllers and the route table. Members are declared in dependency order
// so they are destroyed in reverse.
class Services final
{
public:
    explicit Services(const Settings& settings);

    // Brings the database schema up to date (a no-op when it already is).
    store::sqlite::Migrator::Result migrate();

    const Settings& settings() const
    {
        return m_settings;
    }
    const Clock& clock() const
    {
        return *m_clock;
    }
    store::Database& database()
    {
        return m_database;
    }
    const http::Router& router() const
    {
        return m_router;
    }
    http::HttpMetrics& metrics()
    {
        return m_metrics;
    }
    const tenancy::AccessGuard& guard() const
    {
        return m_guard;
    }
    const http::IdempotencyKeys& idempotency() const
    {
        return m_idempotency;
    }
    const http::PageGate& pageGate() const
    {
        return m_pageSecurity;
    }
    mail::OutboxDelivery& outboxDelivery()
    {
        return m_outboxDelivery;
    }
    jobs::JobRunner& jobRunner()
    {
        return m_jobRunner;
    }

private:
    Settings m_settings;
    std::unique_ptr<Clock> m_clock;
    OffsetClock* m_adjustableClock; // m_clock when it may be moved, null in production
    store::Database m_database;
    security::SecretBox m_secrets;
    auth::LoginThrottle m_throttle;
    http::RateLimiter m_couponChecks; // promo code checks per client address (API and page)
    mail::EmailComposer m_composer;
    std::unique_ptr<mail::MailSender> m_mailSender;
    mail::OutboxDelivery m_outboxDelivery;
    services::ClockService m_clockService;
    services::PlanService m_planService;
    services::AuthService m_authService;
    services::OrganizationService m_organizationService;
    services::LifecycleService m_lifecycleService;
    services::EsxiServerService m_esxiServerService;
    services::VirtualMachineService m_virtualMachineService;
    services::BackupJobService m_backupJobService;
    services::BackupService m_backupService;
    services::ApiKeyService m_apiKeyService;
    services::CouponService m_couponService;
    services::OrderService m_orderService;
    services::ProvisioningService m_provisioningService;
    services::PlanChangeService m_planChangeService;
    services::PeriodEndService m_periodEndService;
    payments::ReceiptStore m_receiptStore;
    payments::BankTransferProvider m_bankTransfer;
    std::unique_ptr<payments::MomoSimulator> m_momoSimulator; // mtn_momo.environment=simulator
    payments::MomoProvider m_momo;
    std::unique_ptr<payments::PayPalSimulator> m_paypalSimulator; // paypal.mode=simulator
    payments::PayPalProvider m_paypal;
    payments::PaymentService m_paymentService;
    payments::MomoCallbacks m_momoCallbacks;
    payments::PayPalCallbacks m_paypalCallbacks;
    services::UsageMetricsService m_usageMetricsService;
    services::RenewalInvoicing m_renewalInvoicing;
    services::RenewalPayments m_renewalPayments;
    payments::ProviderHttpClient m_webhookHttp;
    webhooks::WebhookDelivery m_webhookDelivery;
    services::NotificationService m_notificationService;
    services::WebhookService m_webhookService;
    jobs::JobRunner m_jobRunner;
    services::JobRunService m_jobRunService;
    services::InvoiceService m_invoiceService;
    services::StaffOrganizationService m_staffOrganizationService;
    services::StaffSubscriptionService m_staffSubscriptionService;
    services::OrganizationBulkActions m_organizationBulkActions;
    services::AuditLogService m_auditLogService;
    services::AnalyticsService m_analyticsService;
    services::BillingQueueService m_billingQueueService;
    services::PlanCatalogService m_planCatalogService;
    http::HttpMetrics m_metrics;
    tenancy::AccessGuard m_guard;
    http::IdempotencyKeys m_idempotency;
    api::HealthController m_healthController;
    api::PlansController m_plansController;
    api::AuthController m_authController;
    api::OrganizationsController m_organizationsController;
    api::SubscriptionsController m_subscriptionsController;
    api::EsxiServersController m_esxiServersController;
    api::VirtualMachinesController m_virtualMachinesController;
    api::BackupJobsController m_backupJobsController;
    api::BackupsController m_backupsController;
    api::ApiKeysController m_apiKeysController;
    api::NotificationsController m_notificationsController;
    api::WebhooksController m_webhooksController;
    api::ClockController m_clockController;
    api::OrdersController m_ordersController;
    api::InvoicesController m_invoicesController;
    api::JobsController m_jobsController;
    api::JobRunsController m_jobRunsController;
    api::PaymentsController m_paymentsController;
    api::AdminOrganizationsController m_adminOrganizationsController;
    api::AuditLogController m_auditLogController;
    api::AnalyticsController m_analyticsController;
    api::MomoWebhookController m_momoWebhookController;
    api::MomoSimulatorController m_momoSimulatorController;
    api::PayPalController m_paypalController;
    api::PayPalSimulatorController m_paypalSimulatorController;
    api::AdminOrdersController m_adminOrdersController;
    api::AdminPaymentsController m_adminPaymentsController;
    api::AdminInvoicesController m_adminInvoicesController;
    api::AdminCouponsController m_adminCouponsController;
    api::AdminPlansController m_adminPlansController;
    web::CsrfTokens m_csrfTokens;
    web::PageRenderer m_pageRenderer;
    web::PageSecurity m_pageSecurity;
    web::AssetsController m_assetsController;
    web::PublicPagesController m_publicPagesController;
    web::RegisterPagesController m_registerPagesController;
    web::CheckoutPagesController m_checkoutPagesController;
    web::SignInPagesController m_signInPagesController;
    web::PortalPages m_portalPages;
    http::Router m_router;
};

} // namespace ebm::app
