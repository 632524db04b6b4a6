#include "api/Routes.h"

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
#include "web/AssetsController.h"
#include "web/CheckoutPagesController.h"
#include "web/PortalPages.h"
#include "web/PublicPagesController.h"
#include "web/RegisterPagesController.h"
#include "web/SignInPagesController.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <sstream>

namespace ebm::api
{

using http::RoutePolicy;

namespace
{

template<typename Controller>
http::Router::Handler bind(Controller& controller,
                           http::ApiResponse (Controller::*method)(const http::ApiRequest&))
{
    return [&controller, method](const http::ApiRequest& request) {
        return (controller.*method)(request);
    };
}

std::string accessName(RoutePolicy::Access access)
{
    switch (access) {
    case RoutePolicy::Access::Public:
        return "public";
    case RoutePolicy::Access::Authenticated:
        return "authenticated";
    case RoutePolicy::Access::Tenant:
        return "tenant";
    case RoutePolicy::Access::Staff:
        break;
    }
    return "staff";
}

void registerPublicRoutes(http::Router& router, Controllers& c)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    router.add("GET", "/healthz", open, bind(c.health, &HealthController::health));
    router.add("GET", "/metrics", open, bind(c.health, &HealthController::metrics));
    router.add("GET", "/api/tenants/plans/", open, bind(c.plans, &PlansController::list));
    router.add("GET", "/api/tenants/plans/{id}/", open, bind(c.plans, &PlansController::retrieve));
    router.add("GET", "/api/tenants/plans/{id}/features/", open,
               bind(c.plans, &PlansController::features));
    router.add("POST", "/api/tenants/plans/{id}/quote/", open,
               bind(c.plans, &PlansController::quote));
}

void registerAuthRoutes(http::Router& router, Controllers& c)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    const RoutePolicy signedIn = RoutePolicy::authenticated();
    router.add("POST", "/api/auth/login/", open, bind(c.auth, &AuthController::login));
    router.add("POST", "/api/auth/logout/", signedIn, bind(c.auth, &AuthController::logout));
    router.add("GET", "/api/auth/me/", signedIn, bind(c.auth, &AuthController::me));
    router.add("POST", "/api/auth/password-reset/", open,
               bind(c.auth, &AuthController::requestPasswordReset));
    router.add("POST", "/api/auth/password-reset/confirm/", open,
               bind(c.auth, &AuthController::confirmPasswordReset));
    router.add("POST", "/api/tenants/invitations/accept/", open,
               bind(c.auth, &AuthController::acceptInvitation));
}

void registerOrganizationRoutes(http::Router& router, Controllers& c)
{
    auto& o = c.organizations;
    const auto inOrganization = [](Permission permission) {
        return RoutePolicy::tenant(permission, "organization").organizationFromPath("id");
    };
    router.add("GET", "/api/tenants/organizations/", RoutePolicy::authenticated(),
               bind(o, &OrganizationsController::list));
    router.add("GET", "/api/tenants/organizations/{id}/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::retrieve));
    router.add("PATCH", "/api/tenants/organizations/{id}/",
               inOrganization(Permission::ManageBilling).evenWhenInactive(),
               bind(o, &OrganizationsController::updateSettings));
    router.add("GET", "/api/tenants/organizations/{id}/members/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::members));
    router.add("POST", "/api/tenants/organizations/{id}/invite_member/",
               inOrganization(Permission::InviteMembers),
               bind(o, &OrganizationsController::inviteMember));
    router.add("PATCH", "/api/tenants/organizations/{id}/members/{member_id}/",
               inOrganization(Permission::ChangeRoles),
               bind(o, &OrganizationsController::updateMember));
    router.add("DELETE", "/api/tenants/organizations/{id}/members/{member_id}/",
               inOrganization(Permission::ChangeRoles),
               bind(o, &OrganizationsController::removeMember));
    router.add("GET", "/api/tenants/organizations/{id}/usage/",
               inOrganization(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::usage));
    router.add("GET", "/api/tenants/usage-metrics/",
               RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
               bind(o, &OrganizationsController::usageMetrics));
    router.add("GET", "/api/tenants/usage-metrics/{id}/",
               RoutePolicy::tenant(Permission::Read, "usage_metric").evenWhenInactive(),
               bind(o, &OrganizationsController::usageMetric));
    router.add("POST", "/api/admin/organizations/", RoutePolicy::staff(),
               bind(o, &OrganizationsController::createByStaff));
}

void registerSubscriptionRoutes(http::Router& router, Controllers& c)
{
    auto& s = c.subscriptions;
    const auto billing =
        RoutePolicy::tenant(Permission::ManageBilling, "organization").organizationFromPath("id");
    router.add("POST", "/api/tenants/organizations/{id}/change_plan/", billing,
               bind(s, &SubscriptionsController::changePlan));
    router.add("POST", "/api/tenants/organizations/{id}/renew/",
               RoutePolicy(billing).evenWhenInactive(), bind(s, &SubscriptionsController::renew));
    router.add("POST", "/api/tenants/organizations/{id}/cancel/", billing,
               bind(s, &SubscriptionsController::cancel));
    router.add("POST", "/api/tenants/organizations/{id}/resume/", billing,
               bind(s, &SubscriptionsController::resume));
}

// The staff job routes: the jobs with their schedule, a run now, and the recorded runs.
void registerJobRoutes(http::Router& router, Controllers& c)
{
    const RoutePolicy staff = RoutePolicy::staff();
    router.add("GET", "/api/admin/jobs/", staff, bind(c.scheduledJobs, &JobsController::list));
    router.add("POST", "/api/admin/jobs/{job}/run/", staff,
               bind(c.scheduledJobs, &JobsController::run));
    router.add("GET", "/api/admin/job-runs/", staff, bind(c.jobRuns, &JobRunsController::list));
    router.add("GET", "/api/admin/job-runs/{id}/", staff,
               bind(c.jobRuns, &JobRunsController::retrieve));
}

// The list/detail routes of one tenant-owned resource: reading needs Read, writing `write`.
template<typename Controller>
void registerResource(http::Router& router, const std::string& collection,
                      const std::string& resource, Controller& controller, Permission write)
{
    const std::string item = collection + "{id}/";
    router.add("GET", collection, RoutePolicy::tenant(Permission::Read),
               bind(controller, &Controller::list));
    router.add("POST", collection, RoutePolicy::tenant(write),
               bind(controller, &Controller::create));
    router.add("GET", item, RoutePolicy::tenant(Permission::Read, resource),
               bind(controller, &Controller::retrieve));
    router.add("PATCH", item, RoutePolicy::tenant(write, resource),
               bind(controller, &Controller::update));
    router.add("DELETE", item, RoutePolicy::tenant(write, resource),
               bind(controller, &Controller::remove));
}

void registerInventoryRoutes(http::Router& router, Controllers& c)
{
    const Permission manage = Permission::ManageInventory;
    registerResource(router, "/api/esxi/servers/", "esxi_server", c.servers, manage);
    registerResource(router, "/api/esxi/vms/", "vm", c.vms, manage);
    registerResource(router, "/api/esxi/jobs/", "backup_job", c.jobs, manage);
    router.add("GET", "/api/esxi/backups/", RoutePolicy::tenant(Permission::Read).apiKeysToo(),
               bind(c.backups, &BackupsController::list));
    router.add("POST", "/api/esxi/backups/", RoutePolicy::tenant(manage).apiKeysToo(),
               bind(c.backups, &BackupsController::create));
    router.add("GET", "/api/esxi/backups/{id}/", RoutePolicy::tenant(Permission::Read, "backup"),
               bind(c.backups, &BackupsController::retrieve));
    router.add("DELETE", "/api/esxi/backups/{id}/", RoutePolicy::tenant(manage, "backup"),
               bind(c.backups, &BackupsController::remove));
    const Permission keys = Permission::ManageApiKeys;
    router.add("GET", "/api/tenants/api-keys/", RoutePolicy::tenant(keys),
               bind(c.apiKeys, &ApiKeysController::list));
    router.add("POST", "/api/tenants/api-keys/", RoutePolicy::tenant(keys),
               bind(c.apiKeys, &ApiKeysController::create));
    router.add("DELETE", "/api/tenants/api-keys/{id}/", RoutePolicy::tenant(keys, "api_key"),
               bind(c.apiKeys, &ApiKeysController::revoke));
}

// In-portal notifications (read state is the organization's: viewers only read) and outgoing
// webhooks (owners and admins; the service checks the plan's API access).
void registerNotificationRoutes(http::Router& router, Controllers& c)
{
    const Permission mark = Permission::ManageInventory;
    router.add("GET", "/api/tenants/notifications/",
               RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
               bind(c.notifications, &NotificationsController::list));
    router.add("POST", "/api/tenants/notifications/read_all/",
               RoutePolicy::tenant(mark).evenWhenInactive(),
               bind(c.notifications, &NotificationsController::markAllRead));
    router.add("POST", "/api/tenants/notifications/{id}/read/",
               RoutePolicy::tenant(mark, "notification").evenWhenInactive(),
               bind(c.notifications, &NotificationsController::markRead));
    const Permission keys = Permission::ManageApiKeys;
    const std::string base = "/api/tenants/webhooks/";
    auto& w = c.webhooks;
    router.add("GET", base, RoutePolicy::tenant(keys), bind(w, &WebhooksController::list));
    router.add("POST", base, RoutePolicy::tenant(keys), bind(w, &WebhooksController::create));
    const RoutePolicy one = RoutePolicy::tenant(keys, "webhook");
    router.add("GET", base + "{id}/", one, bind(w, &WebhooksController::retrieve));
    router.add("PATCH", base + "{id}/", one, bind(w, &WebhooksController::update));
    router.add("DELETE", base + "{id}/", one, bind(w, &WebhooksController::remove));
    router.add("GET", base + "{id}/deliveries/", one, bind(w, &WebhooksController::deliveries));
    router.add("POST", base + "{id}/test/", one, bind(w, &WebhooksController::test));
}

void registerBillingRoutes(http::Router& router, Controllers& c)
{
    auto& o = c.orders;
    router.add("POST", "/api/tenants/orders/", RoutePolicy::publicRoute(),
               bind(o, &OrdersController::create));
    router.add("GET", "/api/tenants/orders/", RoutePolicy::authenticated(),
               bind(o, &OrdersController::list));
    router.add("GET", "/api/tenants/orders/{id}/", RoutePolicy::publicRoute(),
               bind(o, &OrdersController::retrieve));
    router.add("POST", "/api/tenants/coupons/validate/", RoutePolicy::publicRoute(),
               bind(o, &OrdersController::validateCoupon));
    router.add("GET", "/api/admin/coupons/", RoutePolicy::staff(),
               bind(o, &OrdersController::listCoupons));
    router.add("POST", "/api/admin/coupons/", RoutePolicy::staff(),
               bind(o, &OrdersController::createCoupon));
    router.add("POST", "/api/admin/orders/{id}/record_payment/", RoutePolicy::staff(),
               bind(o, &OrdersController::recordPayment));
    router.add("GET", "/api/tenants/invoices/",
               RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
               bind(c.invoices, &InvoicesController::list));
    router.add("GET", "/api/tenants/invoices/{id}/",
               RoutePolicy::tenant(Permission::Read, "invoice").evenWhenInactive(),
               bind(c.invoices, &InvoicesController::retrieve));
    router.add("GET", "/api/tenants/invoices/{id}/download/",
               RoutePolicy::tenant(Permission::Read, "invoice").evenWhenInactive(),
               bind(c.invoices, &InvoicesController::download));
}

void registerPaymentRoutes(http::Router& router, Controllers& c)
{
    auto& p = c.payments;
    const auto member = RoutePolicy::tenant(Permission::Read, "payment").evenWhenInactive();
    router.add("POST", "/api/tenants/orders/{id}/initiate_payment/", RoutePolicy::publicRoute(),
               bind(p, &PaymentsController::initiate));
    router.add("POST", "/api/tenants/orders/{id}/verify_payment/", RoutePolicy::publicRoute(),
               bind(p, &PaymentsController::verify));
    router.add("POST", "/api/tenants/orders/{id}/receipt/",
               RoutePolicy::publicRoute().bodyUpTo(payments::ReceiptStore::kMaxBytes),
               bind(p, &PaymentsController::uploadReceipt));
    router.add("GET", "/api/tenants/payments/",
               RoutePolicy::tenant(Permission::Read).evenWhenInactive(),
               bind(p, &PaymentsController::list));
    router.add("GET", "/api/tenants/payments/{id}/", member,
               bind(p, &PaymentsController::retrieve));
    router.add("GET", "/api/tenants/payments/{id}/receipt/", member,
               bind(p, &PaymentsController::receipt));
    router.add("POST", "/api/tenants/payments/{id}/verify_bank_transfer/", RoutePolicy::staff(),
               bind(p, &PaymentsController::verifyBankTransfer));
    router.add("GET", "/api/admin/payments/{id}/receipt/", RoutePolicy::staff(),
               bind(p, &PaymentsController::staffReceipt));
    router.add("GET", "/api/tenants/payment-methods/", RoutePolicy::publicRoute(),
               bind(p, &PaymentsController::methods));
    router.add("GET", "/api/admin/payment-methods/", RoutePolicy::staff(),
               bind(p, &PaymentsController::staffMethods));
    router.add("PATCH", "/api/admin/payment-methods/{code}/", RoutePolicy::staff(),
               bind(p, &PaymentsController::updateMethod));
}

// The staff console's organizations (list, page, actions one by one and in bulk) and audit log.
void registerAdminOrganizationRoutes(http::Router& router, Controllers& c)
{
    auto& o = c.adminOrganizations;
    const RoutePolicy staff = RoutePolicy::staff();
    const std::string base = "/api/admin/organizations/";
    using Admin = AdminOrganizationsController;
    router.add("GET", base, staff, bind(o, &Admin::list));
    router.add("POST", base + "bulk/", staff, bind(o, &Admin::bulk));
    router.add("GET", base + "{id}/", staff, bind(o, &Admin::retrieve));
    router.add("POST", base + "{id}/activate/", staff, bind(o, &Admin::activate));
    router.add("POST", base + "{id}/suspend/", staff, bind(o, &Admin::suspend));
    router.add("POST", base + "{id}/reactivate/", staff, bind(o, &Admin::reactivate));
    router.add("POST", base + "{id}/cancel/", staff, bind(o, &Admin::cancel));
    router.add("POST", base + "{id}/extend/", staff, bind(o, &Admin::extend));
    router.add("POST", base + "{id}/change_plan/", staff, bind(o, &Admin::changePlan));
    router.add("GET", "/api/admin/audit-log/", staff, bind(c.auditLog, &AuditLogController::list));
}

void registerClockRoutes(http::Router& router, Controllers& c)
{
    router.add("GET", "/api/admin/clock/", RoutePolicy::staff(),
               bind(c.clock, &ClockController::show));
    router.add("POST", "/api/admin/clock/advance/", RoutePolicy::staff(),
               bind(c.clock, &ClockController::advance));
}

// The staff analytics (read only): the dashboard's figures and charts.
void registerAnalyticsRoutes(http::Router& router, Controllers& c)
{
    auto& a = c.analytics;
    router.add("GET", "/api/admin/analytics/summary/", RoutePolicy::staff(),
               bind(a, &AnalyticsController::summary));
    router.add("GET", "/api/admin/analytics/revenue/", RoutePolicy::staff(),
               bind(a, &AnalyticsController::revenue));
    router.add("GET", "/api/admin/organizations/{id}/usage-series/", RoutePolicy::staff(),
               bind(a, &AnalyticsController::usageSeries));
}

// The staff billing and catalog routes (all staff only).
void registerAdminBillingRoutes(http::Router& router, AdminBillingControllers& c)
{
    const RoutePolicy staff = RoutePolicy::staff();
    router.add("GET", "/api/admin/orders/", staff, bind(c.orders, &AdminOrdersController::list));
    router.add("GET", "/api/admin/payments/", staff,
               bind(c.payments, &AdminPaymentsController::list));
    router.add("GET", "/api/admin/payments/{id}/", staff,
               bind(c.payments, &AdminPaymentsController::retrieve));
    router.add("GET", "/api/admin/invoices/", staff,
               bind(c.invoices, &AdminInvoicesController::list));
    router.add("GET", "/api/admin/invoices/{id}/", staff,
               bind(c.invoices, &AdminInvoicesController::retrieve));
    router.add("POST", "/api/admin/invoices/{id}/void/", staff,
               bind(c.invoices, &AdminInvoicesController::voidInvoice));
    router.add("GET", "/api/admin/coupons/{id}/", staff,
               bind(c.coupons, &AdminCouponsController::retrieve));
    router.add("PATCH", "/api/admin/coupons/{id}/", staff,
               bind(c.coupons, &AdminCouponsController::update));
    router.add("DELETE", "/api/admin/coupons/{id}/", staff,
               bind(c.coupons, &AdminCouponsController::remove));
    router.add("GET", "/api/admin/plans/", staff, bind(c.plans, &AdminPlansController::list));
    router.add("POST", "/api/admin/plans/", staff, bind(c.plans, &AdminPlansController::create));
    router.add("GET", "/api/admin/plans/{id}/", staff,
               bind(c.plans, &AdminPlansController::retrieve));
    router.add("PATCH", "/api/admin/plans/{id}/", staff,
               bind(c.plans, &AdminPlansController::update));
}

} // namespace

void registerRoutes(http::Router& router, Controllers& controllers)
{
    registerPublicRoutes(router, controllers);
    registerAuthRoutes(router, controllers);
    registerOrganizationRoutes(router, controllers);
    registerSubscriptionRoutes(router, controllers);
    registerJobRoutes(router, controllers);
    registerPaymentRoutes(router, controllers);
    registerInventoryRoutes(router, controllers);
    registerBillingRoutes(router, controllers);
    registerNotificationRoutes(router, controllers);
    registerClockRoutes(router, controllers);
    registerAdminOrganizationRoutes(router, controllers);
    registerAnalyticsRoutes(router, controllers);
    registerAdminBillingRoutes(router, controllers.adminBilling);
}

void registerMomoRoutes(http::Router& router, MomoWebhookController& webhook,
                        MomoSimulatorController& simulator)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    router.add("POST", "/webhooks/mtn/", open, bind(webhook, &MomoWebhookController::receive));
    router.add("PUT", "/webhooks/mtn/", open, bind(webhook, &MomoWebhookController::receive));
    const RoutePolicy momo = RoutePolicy::publicRoute().withOwnAuthorization();
    const std::string base = "/simulator/momo";
    router.add("POST", base + "/collection/token/", momo,
               bind(simulator, &MomoSimulatorController::token));
    router.add("POST", base + "/collection/v1_0/requesttopay", momo,
               bind(simulator, &MomoSimulatorController::requestToPay));
    router.add("GET", base + "/collection/v1_0/requesttopay/{reference}", momo,
               bind(simulator, &MomoSimulatorController::status));
    router.add("POST", base + "/_control/", open,
               bind(simulator, &MomoSimulatorController::setFaults));
    router.add("GET", base + "/_control/", open, bind(simulator, &MomoSimulatorController::faults));
}

void registerPayPalRoutes(http::Router& router, PayPalController& paypal,
                          PayPalSimulatorController& simulator)
{
    const RoutePolicy open = RoutePolicy::publicRoute();
    router.add("GET", "/payments/paypal/return/", open,
               bind(paypal, &PayPalController::buyerReturned));
    router.add("GET", "/payments/paypal/cancel/", open,
               bind(paypal, &PayPalController::buyerCancelled));
    router.add("POST", "/webhooks/paypal/", open, bind(paypal, &PayPalController::webhook));
    const RoutePolicy api = RoutePolicy::publicRoute().withOwnAuthorization();
    const std::string base = "/simulator/paypal";
    using Simulator = PayPalSimulatorController;
    router.add("POST", base + "/v1/oauth2/token", api, bind(simulator, &Simulator::token));
    router.add("POST", base + "/v2/checkout/orders", api, bind(simulator, &Simulator::createOrder));
    router.add("GET", base + "/v2/checkout/orders/{id}", api,
               bind(simulator, &Simulator::getOrder));
    router.add("POST", base + "/v2/checkout/orders/{id}/capture", api,
               bind(simulator, &Simulator::capture));
    router.add("GET", base + "/checkoutnow", open, bind(simulator, &Simulator::checkoutPage));
    router.add("POST", base + "/checkoutnow/{id}/{choice}", open,
               bind(simulator, &Simulator::decide));
    router.add("POST", base + "/_control/", open, bind(simulator, &Simulator::control));
    router.add("GET", base + "/_control/", open, bind(simulator, &Simulator::controlState));
}

namespace
{

void registerRegistrationRoutes(http::Router& router, PageControllers& c)
{
    const RoutePolicy page = RoutePolicy::publicPage();
    using Register = web::RegisterPagesController;
    using Checkout = web::CheckoutPagesController;
    router.add("GET", "/register", page, bind(c.registration, &Register::form));
    router.add("POST", "/register", page, bind(c.registration, &Register::submit));
    router.add("POST", "/register/coupon", page, bind(c.registration, &Register::checkCoupon));
    router.add("GET", "/register/payment", page, bind(c.checkout, &Checkout::paymentForm));
    router.add("POST", "/register/payment", page, bind(c.checkout, &Checkout::submitPayment));
    router.add("GET", "/register/complete", page, bind(c.checkout, &Checkout::status));
    router.add("GET", "/register/status", page, bind(c.checkout, &Checkout::statusJson));
    router.add("POST", "/register/receipt",
               RoutePolicy::publicPage().bodyUpTo(payments::ReceiptStore::kMaxBytes + 64 * 1024),
               bind(c.checkout, &Checkout::uploadReceipt));
}

void registerSignInRoutes(http::Router& router, PageControllers& c)
{
    const RoutePolicy page = RoutePolicy::publicPage();
    using SignIn = web::SignInPagesController;
    router.add("GET", "/login", page, bind(c.signIn, &SignIn::loginForm));
    router.add("POST", "/login", page, bind(c.signIn, &SignIn::login));
    router.add("GET", "/logout", page, bind(c.signIn, &SignIn::logoutForm));
    router.add("POST", "/logout", page, bind(c.signIn, &SignIn::logout));
    router.add("GET", "/password-reset", page, bind(c.signIn, &SignIn::resetRequestForm));
    router.add("POST", "/password-reset", page, bind(c.signIn, &SignIn::requestReset));
    for (const std::string path : {"/reset-password", "/set-password"}) {
        router.add("GET", path, page, bind(c.signIn, &SignIn::newPasswordForm));
        router.add("POST", path, page, bind(c.signIn, &SignIn::setNewPassword));
    }
    router.add("GET", "/accept-invitation", page, bind(c.signIn, &SignIn::invitationForm));
    router.add("POST", "/accept-invitation", page, bind(c.signIn, &SignIn::acceptInvitation));
}

// The customer portal: reading needs Read and stays open to a suspended or expired organization
// (so it can pay); writes need the permission of the matching JSON API route.
void registerPortalRoutes(http::Router& router, PageControllers& c)
{
    const auto portal = [](Permission permission) {
        return RoutePolicy::tenant(permission, "organization").organizationFromPath("id").asPage();
    };
    const RoutePolicy read = portal(Permission::Read).evenWhenInactive();
    const RoutePolicy billing = portal(Permission::ManageBilling);
    const RoutePolicy roles = portal(Permission::ChangeRoles);
    auto& overview = c.portal.overview();
    auto& settings = c.portal.settings();
    auto& members = c.portal.members();
    auto& plan = c.portal.plan();
    const std::string base = "/account/{id}/";
    router.add("GET", "/account/", RoutePolicy::authenticated().asPage(),
               bind(overview, &web::PortalOverviewController::organizations));
    router.add("GET", base, read, bind(overview, &web::PortalOverviewController::overview));
    router.add("GET", base + "settings", read,
               bind(settings, &web::PortalSettingsController::show));
    router.add("POST", base + "settings", RoutePolicy(billing).evenWhenInactive(),
               bind(settings, &web::PortalSettingsController::save));
    router.add("GET", base + "members", read, bind(members, &web::PortalMembersController::list));
    router.add("POST", base + "members/invite", portal(Permission::InviteMembers),
               bind(members, &web::PortalMembersController::invite));
    router.add("POST", base + "members/{member_id}/role", roles,
               bind(members, &web::PortalMembersController::changeRole));
    router.add("POST", base + "members/{member_id}/remove", roles,
               bind(members, &web::PortalMembersController::remove));
    router.add("GET", base + "invoices", read,
               bind(c.portal.invoices(), &web::PortalInvoicesController::list));
    router.add("GET", base + "invoices/{invoice_id}/pdf", read,
               bind(c.portal.invoices(), &web::PortalInvoicesController::pdf));
    router.add("GET", base + "payments", read,
               bind(c.portal.payments(), &web::PortalPaymentsController::list));
    router.add("GET", base + "plan", read, bind(plan, &web::PortalPlanController::show));
    router.add("POST", base + "plan", billing, bind(plan, &web::PortalPlanController::changePlan));
    router.add("POST", base + "cancel", billing, bind(plan, &web::PortalPlanController::cancel));
    router.add("POST", base + "resume", billing, bind(plan, &web::PortalPlanController::resume));
    router.add("POST", base + "renew", RoutePolicy(billing).evenWhenInactive(),
               bind(plan, &web::PortalPlanController::renew));
    auto& notifications = c.portal.notifications();
    using Notifications = web::PortalNotificationsController;
    const RoutePolicy mark = portal(Permission::ManageInventory).evenWhenInactive();
    router.add("GET", base + "notifications", read, bind(notifications, &Notifications::list));
    router.add("POST", base + "notifications/read_all", mark,
               bind(notifications, &Notifications::markAllRead));
    router.add("POST", base + "notifications/{notification_id}/read", mark,
               bind(notifications, &Notifications::markRead));
}

} // namespace

void registerPageRoutes(http::Router& router, PageControllers& c)
{
    const RoutePolicy page = RoutePolicy::publicPage();
    router.add("GET", "/static/{name}", RoutePolicy::publicRoute(),
               bind(c.assets, &web::AssetsController::asset));
    router.add("GET", "/", page, bind(c.publicPages, &web::PublicPagesController::landing));
    router.add("GET", "/pricing", page, bind(c.publicPages, &web::PublicPagesController::pricing));
    registerRegistrationRoutes(router, c);
    registerSignInRoutes(router, c);
    registerPortalRoutes(router, c);
}

std::string describeRoutes(const http::Router& router)
{
    Poco::JSON::Array::Ptr routes = new Poco::JSON::Array;
    for (const http::Router::Route& route : router.routes()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("method", route.method);
        entry->set("pattern", route.pattern);
        entry->set("access", accessName(route.policy.access));
        entry->set("permission", std::string(toString(route.policy.permission)));
        entry->set("resource", route.policy.resource);
        entry->set("organization_param", route.policy.organizationParam);
        entry->set("allow_inactive", route.policy.allowInactiveOrganization);
        entry->set("allow_api_key", route.policy.allowApiKey);
        entry->set("page", route.policy.page);
        routes->add(entry);
    }
    std::ostringstream out;
    routes->stringify(out, 2);
    return out.str();
}

} // namespace ebm::api
