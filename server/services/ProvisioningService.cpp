#include "services/ProvisioningService.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "quota/QuotaGuard.h"
#include "security/TokenGenerator.h"
#include "services/CustomerEvents.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/AuthTokenRepository.h"
#include "store/CouponRepository.h"
#include "store/InvoiceRepository.h"
#include "store/MembershipRepository.h"
#include "store/MethodOnFileRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/PaymentRepository.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/SystemAccess.h"

namespace ebm::services
{

using http::ApiError;
using security::TokenGenerator;

namespace
{

constexpr std::chrono::hours kSetPasswordLifetime{24 * 7};

void audit(Poco::Data::Session& session, const std::string& organizationId,
           const std::string& action, const std::string& targetType, const std::string& targetId,
           const std::string& requestId, std::chrono::sys_seconds at)
{
    store::AuditEntry entry;
    entry.actorKind = "system";
    entry.organizationId = organizationId;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
}

std::string lineDescription(const i18n::Translator& t, const Plan& plan, BillingCycle cycle)
{
    return i18n::substitute(cycle == BillingCycle::Monthly
                                ? t.translate("Invoice", "%1 plan — monthly subscription")
                                : t.translate("Invoice", "%1 plan — yearly subscription"),
                            {plan.name});
}

void requireOrderPath(OrderStatus from)
{
    requireTransition(from, OrderStatus::Paid);
    requireTransition(OrderStatus::Paid, OrderStatus::Processing);
    requireTransition(OrderStatus::Processing, OrderStatus::Completed);
}

// Whether the order's invoice was issued before the payment (a renewal invoiced ahead): it was
// announced and audited then, and the payment only marks it paid.
bool invoicedAhead(Poco::Data::Session& session, const store::OrderRecord& order)
{
    if (order.organizationId.empty())
        return false;
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(order.organizationId);
    return store::InvoiceRepository(session, scope).findForOrder(order.id).has_value();
}

} // namespace

ProvisioningService::ProvisioningService(store::Database& database, const Clock& clock,
                                         const mail::EmailComposer& composer, Seller seller)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
    , m_invoices(std::move(seller))
    , m_changes(composer)
{
}

ProvisioningResult ProvisioningService::recordOfflinePayment(std::int64_t orderId,
                                                             const Money& received,
                                                             const std::string& reference,
                                                             const auth::Principal& staff,
                                                             const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrderRepository orders(session);
    orders.expireStale(at);
    const auto order = requireFound(orders.findById(orderId));
    if (order.status == OrderStatus::Completed)
        return {order.id, order.organizationId, 0, {}, true};
    if (order.status != OrderStatus::Pending)
        throw ApiError(409, "order_not_payable",
                       "This order is " + std::string(toString(order.status)) +
                           " and can no longer be paid.");
    if (!(received == order.quote.total))
        throw ApiError::validation("amount", "Expected exactly " +
                                                 order.quote.total.toDecimalString() + " " +
                                                 order.quote.total.currency().code() + ".");
    store::PaymentRepository payments(session);
    if (!reference.empty() && payments.referenceUsed("bank_transfer", reference))
        throw ApiError::validation("reference",
                                   "This transfer reference already paid another order.");
    const std::int64_t paymentId =
        payments.insertCompleted(order.id, "bank_transfer", received, reference, staff.userId, at);
    ProvisioningResult result = provision(session, order, paymentId, requestId);
    transaction.commit();
    return result;
}

ProvisioningResult ProvisioningService::provision(Poco::Data::Session& session,
                                                  const store::OrderRecord& order,
                                                  std::int64_t paymentId,
                                                  const std::string& requestId)
{
    requireOrderPath(order.status);
    const auto at = m_clock.now();
    const bool announced = invoicedAhead(session, order);
    std::string organizationId = order.organizationId;
    const BilledPeriod billed = order.kind == "new"
                                    ? provisionNew(session, order, organizationId, requestId, at)
                                    : m_changes.apply(session, order, at, requestId);
    store::PaymentRepository payments(session);
    payments.attachOrganization(paymentId, organizationId);
    const auto payment = requireFound(payments.findById(paymentId));
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(organizationId);
    store::MethodOnFileRepository(session, scope)
        .record(payment.method, payment.payerPhone, paymentId, at);
    const auto invoice = m_invoices.settle(session, order, organizationId, paymentId, billed, at);
    countCouponUse(session, order, organizationId, requestId, at);
    auto receipt = m_composer.receipt(order.locale, order.customerEmail, order.orderNumber,
                                      invoice.invoiceNumber, order.quote.total);
    receipt.organizationId = organizationId;
    receipt.dedupeKey = "receipt:payment:" + std::to_string(paymentId);
    store::OutboxRepository(session).enqueue(receipt, at);
    EventPublisher(session, at)
        .publish(CustomerEvents::paymentCompleted(organizationId, order, invoice, paymentId));
    if (!announced)
        EventPublisher(session, at).publish(CustomerEvents::invoiceIssued(invoice));

    if (!store::OrderRepository(session).markCompleted(order.id, organizationId, at))
        throw std::runtime_error("order " + order.orderNumber +
                                 " changed while it was provisioned");
    audit(session, organizationId, "order.completed", "order", std::to_string(order.id), requestId,
          at);
    audit(session, organizationId, announced ? "invoice.paid" : "invoice.issued", "invoice",
          invoice.invoiceNumber, requestId, at);
    return {order.id, organizationId, invoice.id, invoice.invoiceNumber, false};
}

BilledPeriod ProvisioningService::provisionNew(Poco::Data::Session& session,
                                               const store::OrderRecord& order,
                                               std::string& organizationId,
                                               const std::string& requestId,
                                               std::chrono::sys_seconds at)
{
    const Plan plan = requireFound(store::PlanRepository(session).findById(order.planId));
    organizationId = createOrganization(session, order, at);
    const std::string setPasswordToken = attachOwner(session, order, organizationId, at);
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(organizationId);
    quota::QuotaGuard(session, scope, at).afterChange();
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(organizationId));
    auto welcome = m_composer.welcome(order.locale, order.customerEmail, organization.name,
                                      plan.name, organization.subscriptionEnd, setPasswordToken);
    welcome.organizationId = organizationId;
    welcome.dedupeKey = "welcome:order:" + std::to_string(order.id);
    store::OutboxRepository(session).enqueue(welcome, at);
    EventPublisher(session, at).publish(CustomerEvents::provisioned(organization, plan.name));
    audit(session, organizationId, "organization.provisioned", "organization", organizationId,
          requestId, at);
    const i18n::Translator t(order.locale);
    return {lineDescription(t, plan, order.billingCycle), organization.subscriptionStart,
            organization.subscriptionEnd};
}

std::string ProvisioningService::createOrganization(Poco::Data::Session& session,
                                                    const store::OrderRecord& order,
                                                    std::chrono::sys_seconds at)
{
    const SubscriptionPeriod period = firstPeriod(at, order.billingCycle);
    store::OrganizationRecord organization;
    organization.name = order.customerCompany.empty() ? order.customerName : order.customerCompany;
    organization.status = OrganizationStatus::Active;
    organization.planId = order.planId;
    organization.billingCycle = std::string(toString(order.billingCycle));
    organization.subscriptionStart = formatIso8601(period.start);
    organization.subscriptionEnd = formatIso8601(period.end);
    organization.autoRenew = true;
    organization.contactEmail = order.customerEmail;
    organization.contactPhone = order.customerPhone;
    organization.locale = order.locale;
    return store::OrganizationRepository(session).create(organization, at);
}

std::string ProvisioningService::attachOwner(Poco::Data::Session& session,
                                             const store::OrderRecord& order,
                                             const std::string& organizationId,
                                             std::chrono::sys_seconds at)
{
    store::UserRepository users(session);
    auto owner = users.findByEmail(order.customerEmail);
    std::string token;
    if (!owner) {
        store::UserRecord created;
        created.email = order.customerEmail;
        created.name = order.customerName;
        created.locale = order.locale;
        created.id = users.create(created, at);
        token = TokenGenerator::newToken();
        store::AuthTokenRepository(session).create(
            created.id, store::AuthTokenRepository::Kind::SetPassword, TokenGenerator::hash(token),
            at, at + kSetPasswordLifetime);
        owner = created;
    }
    store::MembershipRepository(session).addMember(organizationId, owner->id, Role::Owner, at);
    return token;
}

void ProvisioningService::countCouponUse(Poco::Data::Session& session,
                                         const store::OrderRecord& order,
                                         const std::string& organizationId,
                                         const std::string& requestId, std::chrono::sys_seconds at)
{
    if (!order.couponId)
        return;
    if (store::CouponRepository(session).countUse(*order.couponId, order.id, order.customerEmail,
                                                  organizationId, at))
        return;
    // The last use went to another order between this order's quote and its payment: the customer
    // keeps the price paid; staff see the overrun in the audit log.
    audit(session, organizationId, "coupon.use_over_limit", "coupon",
          std::to_string(*order.couponId), requestId, at);
}

} // namespace ebm::services
