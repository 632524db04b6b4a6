#include "services/LifecycleService.h"

#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/OutboxRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;
using Notice = mail::EmailComposer::Notice;

namespace
{

std::string statusJson(const store::OrganizationRecord& organization)
{
    return "{\"status\":\"" + std::string(toString(organization.status)) +
           "\",\"auto_renew\":" + (organization.autoRenew ? "true" : "false") +
           ",\"cancel_at_period_end\":" + (organization.cancelAtPeriodEnd ? "true" : "false") + "}";
}

void requireStatusChange(OrganizationStatus from, OrganizationStatus to)
{
    if (!canTransition(from, to))
        throw ApiError(409, "illegal_transition",
                       "An organization that is " + std::string(toString(from)) +
                           " cannot become " + std::string(toString(to)) + ".");
}

} // namespace

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
    return changeStatus(organizationId, OrganizationStatus::Suspended, reason, staff, requestId);
}

store::OrganizationRecord LifecycleService::reactivate(const std::string& organizationId,
                                                       const auth::Principal& staff,
                                                       const std::string& requestId)
{
    return changeStatus(organizationId, OrganizationStatus::Active, "", staff, requestId);
}

store::OrganizationRecord LifecycleService::changeStatus(const std::string& organizationId,
                                                         OrganizationStatus target,
                                                         const std::string& reason,
                                                         const auth::Principal& staff,
                                                         const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(organizationId));
    requireStatusChange(before.status, target);
    organizations.setStatus(organizationId, target, reason, at);
    const auto after = requireFound(organizations.findById(organizationId));
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.organizationId = organizationId;
    entry.action = target == OrganizationStatus::Suspended ? "organization.suspended"
                                                           : "organization.reactivated";
    entry.targetType = "organization";
    entry.targetId = organizationId;
    entry.reason = reason;
    entry.beforeJson = statusJson(before);
    entry.afterJson = statusJson(after);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    auto email = m_composer.subscriptionNotice(
        target == OrganizationStatus::Suspended ? Notice::Suspended : Notice::Reactivated,
        after.locale, after.contactEmail, after.name, reason);
    email.organizationId = organizationId;
    store::OutboxRepository(session).enqueue(email, at);
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
    store::AuditEntry entry;
    entry.actorKind = "user";
    entry.actorUserId = scope.userId();
    entry.organizationId = scope.organizationId();
    entry.action = cancel ? "subscription.cancel_scheduled" : "subscription.resumed";
    entry.targetType = "organization";
    entry.targetId = scope.organizationId();
    entry.beforeJson = statusJson(before);
    entry.afterJson = statusJson(after);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    auto email = m_composer.subscriptionNotice(
        cancel ? Notice::CancellationScheduled : Notice::CancellationWithdrawn, after.locale,
        after.contactEmail, after.name, after.subscriptionEnd);
    email.organizationId = scope.organizationId();
    store::OutboxRepository(session).enqueue(email, at);
    transaction.commit();
    return after;
}

} // namespace ebm::services
