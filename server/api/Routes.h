#pragma once

#include "http/Router.h"

#include <string>

namespace ebm::web
{
class AssetsController;
class CheckoutPagesController;
class PortalPages;
class PublicPagesController;
class RegisterPagesController;
class SignInPagesController;
} // namespace ebm::web

namespace ebm::api
{

class AdminOrganizationsController;
class AnalyticsController;
class AdminCouponsController;
class AdminInvoicesController;
class AdminOrdersController;
class AdminPaymentsController;
class AdminPlansController;
class ApiKeysController;
class AuditLogController;
class AuthController;
class BackupJobsController;
class BackupsController;
class ClockController;
class EsxiServersController;
class HealthController;
class InvoicesController;
class JobRunsController;
class JobsController;
class MomoSimulatorController;
class NotificationsController;
class WebhooksController;
class MomoWebhookController;
class PayPalController;
class PayPalSimulatorController;
class OrdersController;
class OrganizationsController;
class PaymentsController;
class PlansController;
class SubscriptionsController;
class VirtualMachinesController;

// The staff billing and catalog controllers: queues of orders, payments and invoices, coupons
// and plans under /api/admin/.
struct AdminBillingControllers
{
    AdminOrdersController& orders;
    AdminPaymentsController& payments;
    AdminInvoicesController& invoices;
    AdminCouponsController& coupons;
    AdminPlansController& plans;
};

// The controllers the route table dispatches to.
struct Controllers
{
    HealthController& health;
    PlansController& plans;
    AuthController& auth;
    OrganizationsController& organizations;
    EsxiServersController& servers;
    VirtualMachinesController& vms;
    BackupJobsController& jobs;
    BackupsController& backups;
    ApiKeysController& apiKeys;
    NotificationsController& notifications;
    WebhooksController& webhooks;
    OrdersController& orders;
    InvoicesController& invoices;
    ClockController& clock;
    SubscriptionsController& subscriptions;
    JobsController& scheduledJobs;
    JobRunsController& jobRuns;
    PaymentsController& payments;
    AdminOrganizationsController& adminOrganizations;
    AuditLogController& auditLog;
    AnalyticsController& analytics;
    AdminBillingControllers& adminBilling;
};

// Fills the one route table of the server: every endpoint, its method, who may call it and its
// handler.
void registerRoutes(http::Router& router, Controllers& controllers);

// The MTN MoMo routes: the callback endpoint and the built-in simulator's routes.
void registerMomoRoutes(http::Router& router, MomoWebhookController& webhook,
                        MomoSimulatorController& simulator);

// The PayPal routes: the buyer's return and cancel, the webhook and the built-in simulator's
// routes.
void registerPayPalRoutes(http::Router& router, PayPalController& paypal,
                          PayPalSimulatorController& simulator);

// The controllers of the customer web pages.
struct PageControllers
{
    web::AssetsController& assets;
    web::PublicPagesController& publicPages;
    web::RegisterPagesController& registration;
    web::CheckoutPagesController& checkout;
    web::SignInPagesController& signIn;
    web::PortalPages& portal;
};

// The customer web pages and their assets (HTML, session cookie, CSRF-checked forms).
void registerPageRoutes(http::Router& router, PageControllers& controllers);

// The route table as JSON (`ebm-server routes`): the isolation test suite is generated from it.
std::string describeRoutes(const http::Router& router);

} // namespace ebm::api
