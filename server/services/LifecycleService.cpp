#include "services/LifecycleService.h"

#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/OrderRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;
using Notice = mail::EmailComposer::Notice;

bool hasLapsed(const store::OrganizationRecord& organization)
{
    return organization.status == OrganizationStatus::Expired ||
           (organization.status == OrganizationStatus::Suspended &&
            organization.statusReason == kUnpaidSuspensionReason);
}

void requireStatusChange(OrganizationStatus from, OrganizationStatus to)
{
    if (!canTransition(from, to))
        throw ApiError(409, "illegal_transition",
                       "An organization that is " + std::string(toString(from)) +
                           " cannot become " + std::string(toString(to)) + ".");
}

LifecycleService::LifecycleService(store::Database& database, const Clock& clock,
                                   const mail::EmailComposer& composer)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
{
}

store::OrganizationRecord LifecycleService::suspend(const std::string& organizationId,
                                                    const std::string& reason,
                                                    const auth::Principal& staff,
                                                    const std::string& requestId)
{
    return changeStatus(organizationId, OrganizationStatus::Suspended,
                        {"organization.suspended",
                         Actor::staff(staff.userId),
                         reason,
                         Notice::Suspended,
                         {reason},
                         {}},
                        requestId);
}

store::OrganizationRecord LifecycleService::reactivate(const std::string& organizationId,
                                                       const auth::Principal& staff,
                                                       const std::string& requestId,
                                                       const std::string& reason)
{
    return changeStatus(organizationId, OrganizationStatus::Active,
                        {"organization.reactivated",
                         Actor::staff(staff.userId),
                         reason,
                         Notice::Reactivated,
                         {},
                         {}},
                        requestId);
}

store::OrganizationRecord LifecycleService::cancelNow(const std::string& organizationId,
                                                      const std::string& reason,
                                                      const auth::Principal& staff,
                                                      const std::string& requestId)
{
    return changeStatus(organizationId, OrganizationStatus::Cancelled,
                        {"subscription.cancelled",
                         Actor::staff(staff.userId),
                         reason,
                         Notice::CancelledByStaff,
                         {reason},
                         {}},
                        requestId);
}

store::OrganizationRecord LifecycleService::changeStatus(const std::string& organizationId,
                                                         OrganizationStatus target,
                                                         SubscriptionStep step,
                                                         const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(organizationId));
    requireStatusChange(before.status, target);
    organizations.setStatus(organizationId, target, step.reason, at);
    if (target == OrganizationStatus::Cancelled) {
        organizations.setRenewal(organizationId, false, false, at);
        store::OrderRepository orders(session);
        orders.cancelPendingChanges(organizationId, "renewal", at);
        orders.cancelPendingChanges(organizationId, "upgrade", at);
    }
    const auto after = requireFound(organizations.findById(organizationId));
    SubscriptionJournal(session, m_composer, requestId, at).record(step, before, after);
    transaction.commit();
    return after;
}

store::OrganizationRecord LifecycleService::cancelAtPeriodEnd(const tenancy::TenantScope& scope,
                                                              const std::string& requestId)
{
    return changeRenewal(scope, true, requestId);
}

store::OrganizationRecord LifecycleService::resume(const tenancy::TenantScope& scope,
                                                   const std::string& requestId)
{
    return changeRenewal(scope, false, requestId);
}

store::OrganizationRecord LifecycleService::changeRenewal(const tenancy::TenantScope& scope,
                                                          bool cancel, const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(scope.organizationId()));
    if (before.cancelAtPeriodEnd == cancel)
        return before; // already so: nothing changes, nothing is sent twice
    organizations.setRenewal(scope.organizationId(), !cancel, cancel, at);
    const auto after = requireFound(organizations.findById(scope.organizationId()));
    const SubscriptionStep step{cancel ? "subscription.cancel_scheduled" : "subscription.resumed",
                                Actor{"user", scope.userId()},
                                {},
                                cancel ? Notice::CancellationScheduled
                                       : Notice::CancellationWithdrawn,
                                {after.subscriptionEnd.substr(0, 10)},
                                {}};
    SubscriptionJournal(session, m_composer, requestId, at).record(step, before, after);
    transaction.commit();
    return after;
}

} // namespace ebm::services
