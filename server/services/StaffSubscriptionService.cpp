#include "services/StaffSubscriptionService.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "quota/QuotaGuard.h"
#include "services/LifecycleService.h"
#include "services/PlanChangeService.h"
#include "services/RequireFound.h"
#include "services/SubscriptionJournal.h"
#include "store/AuditLogRepository.h"
#include "store/OrderRepository.h"
#include "store/PlanRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/StaffAccess.h"

namespace ebm::services
{

using http::ApiError;
using Notice = mail::EmailComposer::Notice;

namespace
{

std::string day(const std::string& timestamp)
{
    return timestamp.substr(0, 10);
}

void requireExtendable(const store::OrganizationRecord& organization)
{
    const bool running = organization.status == OrganizationStatus::Active ||
                         organization.status == OrganizationStatus::Suspended ||
                         organization.status == OrganizationStatus::Expired;
    if (!running || organization.subscriptionEnd.empty())
        throw ApiError(409, "not_extendable",
                       "An organization that is " + std::string(toString(organization.status)) +
                           " has no subscription period to extend.");
}

} // namespace

StaffSubscriptionService::StaffSubscriptionService(store::Database& database, const Clock& clock,
                                                   const mail::EmailComposer& composer)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
{
}

store::OrganizationRecord StaffSubscriptionService::activate(const std::string& organizationId,
                                                             const std::string& reason,
                                                             const auth::Principal& staff,
                                                             const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(organizationId));
    if (before.status != OrganizationStatus::Pending)
        throw ApiError(409, "illegal_transition",
                       "Only a pending organization can be activated; this one is " +
                           std::string(toString(before.status)) + ".");
    if (!before.planId)
        throw ApiError(409, "no_plan",
                       "The organization has no plan; choose one with change_plan first.");
    const BillingCycle cycle = before.billingCycle.empty() ? BillingCycle::Monthly
                                                           : parseBillingCycle(before.billingCycle);
    const SubscriptionPeriod period = firstPeriod(at, cycle);
    organizations.setPeriod(organizationId, std::string(toString(cycle)),
                            formatIso8601(period.start), formatIso8601(period.end),
                            anchorDayOf(period.start), at);
    organizations.setStatus(organizationId, OrganizationStatus::Active, {}, at);
    const auto after = requireFound(organizations.findById(organizationId));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"organization.activated_by_staff",
                 Actor::staff(staff.userId),
                 reason,
                 Notice::Renewed,
                 {day(after.subscriptionEnd)},
                 {}},
                before, after);
    transaction.commit();
    return after;
}

store::OrganizationRecord StaffSubscriptionService::extend(const std::string& organizationId,
                                                           int days, const std::string& reason,
                                                           const auth::Principal& staff,
                                                           const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(organizationId));
    requireExtendable(before);
    const auto end = parseIso8601(before.subscriptionEnd) + std::chrono::days(days);
    organizations.setPeriod(organizationId, before.billingCycle, before.subscriptionStart,
                            formatIso8601(end), before.billingAnchorDay, at);
    if (hasLapsed(before) && end > at) {
        requireStatusChange(before.status, OrganizationStatus::Active);
        organizations.setStatus(organizationId, OrganizationStatus::Active, {}, at);
    }
    const auto after = requireFound(organizations.findById(organizationId));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.extended_by_staff",
                 Actor::staff(staff.userId),
                 reason,
                 Notice::Renewed,
                 {day(after.subscriptionEnd)},
                 {}},
                before, after);
    transaction.commit();
    return after;
}

store::OrganizationRecord StaffSubscriptionService::changePlan(const std::string& organizationId,
                                                               std::int64_t planId, bool force,
                                                               const std::string& reason,
                                                               const auth::Principal& staff,
                                                               const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(organizationId));
    if (before.status == OrganizationStatus::Cancelled)
        throw ApiError(409, "subscription_cancelled",
                       "A cancelled organization cannot change plan.");
    const auto target = store::PlanRepository(session).findActive(planId);
    if (!target)
        throw ApiError::validation("plan", "Unknown or inactive plan.");
    if (before.planId == target->id && !before.scheduledPlanId)
        throw ApiError::validation("plan", "This is already the organization's plan.");
    store::AuditLogRepository audit(session);
    const tenancy::TenantScope scope =
        tenancy::StaffAccess::scopeFor(organizationId, staff, reason, requestId, audit, at);
    if (!force) {
        const auto excesses = quota::QuotaGuard(session, scope, at).excessesUnder(*target);
        if (!excesses.empty())
            throw overQuota(*target, excesses);
    }
    store::OrderRepository orders(session);
    orders.cancelPendingChanges(organizationId, "upgrade", at);
    orders.cancelPendingChanges(organizationId, "renewal", at); // priced on the old plan
    organizations.changePlan(organizationId, target->id, at);
    quota::QuotaGuard(session, scope, at).afterChange();
    const auto after = requireFound(organizations.findById(organizationId));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.plan_changed_by_staff",
                 Actor::staff(staff.userId),
                 reason,
                 Notice::PlanChanged,
                 {target->name},
                 {}},
                before, after);
    transaction.commit();
    return after;
}

} // namespace ebm::services
