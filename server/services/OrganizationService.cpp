#include "services/OrganizationService.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/AuthTokenRepository.h"
#include "store/MembershipRepository.h"
#include "store/OutboxRepository.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;
using security::TokenGenerator;

namespace
{

store::AuditEntry auditEntry(const tenancy::TenantScope& scope, std::string action,
                             std::string targetId, const std::string& requestId)
{
    store::AuditEntry entry;
    entry.actorKind = "user";
    entry.actorUserId = scope.userId();
    entry.organizationId = scope.organizationId();
    entry.action = std::move(action);
    entry.targetType = "member";
    entry.targetId = std::move(targetId);
    entry.requestId = requestId;
    return entry;
}

void requireAssignable(const tenancy::TenantScope& scope, Role role)
{
    if (!canAssignRole(scope.role(), role))
        throw ApiError(403, "permission_denied",
                       "Your role cannot grant the role \"" + std::string(toString(role)) + "\".");
}

} // namespace

OrganizationService::OrganizationService(store::Database& database, const Clock& clock,
                                         const mail::EmailComposer& composer)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
{
}

std::vector<AccountView::OrganizationMembership>
OrganizationService::mine(const auth::Principal& principal)
{
    Poco::Data::Session session = m_database.session();
    store::UserRecord user;
    user.id = principal.userId;
    return AccountView::load(session, user).organizations;
}

OrganizationView OrganizationService::detail(const tenancy::TenantScope& scope)
{
    Poco::Data::Session session = m_database.session();
    const auto organization =
        store::OrganizationRepository(session).findById(scope.organizationId());
    if (!organization)
        throw ApiError::notFound();
    OrganizationView view{*organization, std::nullopt, scope.role(), std::nullopt};
    store::PlanRepository plans(session);
    if (organization->planId)
        view.plan = plans.findById(*organization->planId);
    if (organization->scheduledPlanId)
        view.scheduledPlan = plans.findById(*organization->scheduledPlanId);
    return view;
}

OrganizationService::MemberPage OrganizationService::members(const tenancy::TenantScope& scope,
                                                             std::int64_t offset,
                                                             std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::MemberRepository members(session, scope);
    return {members.count(), members.list(offset, limit)};
}

store::MemberRecord OrganizationService::invite(const tenancy::TenantScope& scope,
                                                const auth::Principal& inviter,
                                                const std::string& email, Role role,
                                                const std::string& requestId)
{
    requireAssignable(scope, role);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::MemberRepository members(session, scope);
    if (members.isMemberOrInvited(email, at))
        throw ApiError::validation("email",
                                   "This person is already a member or has a pending invitation.");
    quota::QuotaGuard quotas(session, scope, at);
    quotas.requireRoom(quota::QuotaMetric::Users, 1);
    const std::string token = TokenGenerator::newToken();
    const std::int64_t memberId = members.invite(email, role, TokenGenerator::hash(token),
                                                 scope.userId(), at + kInvitationLifetime, at);
    const auto organization =
        store::OrganizationRepository(session).findById(scope.organizationId());
    const std::string inviterName = inviter.name.empty() ? inviter.email : inviter.name;
    store::OutboxRepository(session).enqueue(
        m_composer.invitation(organization->locale, store::UserRepository::normalizeEmail(email),
                              organization->name, inviterName, token),
        at);
    store::AuditLogRepository(session).append(
        auditEntry(scope, "member.invited", std::to_string(memberId), requestId), at);
    quotas.afterChange();
    const auto member = requireFound(members.findById(memberId));
    transaction.commit();
    return member;
}

store::MemberRecord OrganizationService::changeRole(const tenancy::TenantScope& scope,
                                                    std::int64_t memberId, Role role,
                                                    const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::MemberRepository members(session, scope);
    const auto member = requireFound(members.findById(memberId));
    requireAssignable(scope, role);
    requireAssignable(scope, member.role);
    if (member.role == Role::Owner && role != Role::Owner && !member.invited &&
        members.ownerCount() <= 1)
        throw ApiError::validation("role", "An organization always keeps at least one owner.");
    members.changeRole(memberId, role);
    auto entry = auditEntry(scope, "member.role_changed", std::to_string(memberId), requestId);
    entry.beforeJson = "{\"role\":\"" + std::string(toString(member.role)) + "\"}";
    entry.afterJson = "{\"role\":\"" + std::string(toString(role)) + "\"}";
    store::AuditLogRepository(session).append(entry, m_clock.now());
    const auto updated = requireFound(members.findById(memberId));
    transaction.commit();
    return updated;
}

void OrganizationService::removeMember(const tenancy::TenantScope& scope, std::int64_t memberId,
                                       const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::MemberRepository members(session, scope);
    const auto member = requireFound(members.findById(memberId));
    requireAssignable(scope, member.role);
    if (member.role == Role::Owner && !member.invited && members.ownerCount() <= 1)
        throw ApiError::validation("member", "An organization always keeps at least one owner.");
    members.remove(memberId);
    const auto at = m_clock.now();
    store::AuditLogRepository(session).append(
        auditEntry(scope, "member.removed", std::to_string(memberId), requestId), at);
    quota::QuotaGuard(session, scope, at).afterChange();
    transaction.commit();
}

std::vector<quota::QuotaLine> OrganizationService::usage(const tenancy::TenantScope& scope)
{
    Poco::Data::Session session = m_database.session();
    return quota::QuotaGuard(session, scope, m_clock.now()).report();
}

OrganizationService::UsagePage OrganizationService::usageHistory(const tenancy::TenantScope& scope,
                                                                 std::int64_t offset,
                                                                 std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::UsageRepository usage(session, scope);
    return {usage.countDays(), usage.listDays(offset, limit)};
}

std::optional<store::UsageMetricsRecord>
OrganizationService::usageDay(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return store::UsageRepository(session, scope).findDay(id);
}

OrganizationView OrganizationService::createByStaff(const auth::Principal& staff,
                                                    const NewOrganization& request,
                                                    const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const auto plan = store::PlanRepository(session).findById(request.planId);
    if (!plan || !plan->isActive)
        throw ApiError::validation("plan", "Unknown or inactive plan.");
    const SubscriptionPeriod period = firstPeriod(at, request.billingCycle);
    store::OrganizationRecord organization;
    organization.name = request.name;
    organization.status = OrganizationStatus::Active;
    organization.planId = plan->id;
    organization.billingCycle = std::string(toString(request.billingCycle));
    organization.subscriptionStart = formatIso8601(period.start);
    organization.subscriptionEnd = formatIso8601(period.end);
    organization.autoRenew = false;
    organization.contactEmail = store::UserRepository::normalizeEmail(request.contactEmail);
    organization.contactPhone = request.contactPhone;
    organization.locale = request.locale;
    const std::string organizationId =
        store::OrganizationRepository(session).create(organization, at);

    store::UserRepository users(session);
    auto owner = users.findByEmail(request.ownerEmail);
    if (!owner) {
        store::UserRecord created;
        created.email = request.ownerEmail;
        created.name = request.ownerName;
        created.locale = request.locale;
        created.id = users.create(created, at);
        const std::string token = TokenGenerator::newToken();
        store::AuthTokenRepository(session).create(
            created.id, store::AuthTokenRepository::Kind::SetPassword, TokenGenerator::hash(token),
            at, at + kInvitationLifetime);
        store::OutboxRepository(session).enqueue(
            m_composer.setPassword(request.locale,
                                   store::UserRepository::normalizeEmail(request.ownerEmail),
                                   request.name, token),
            at);
        owner = users.findById(created.id);
    }
    store::MembershipRepository(session).addMember(organizationId, owner->id, Role::Owner, at);
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.organizationId = organizationId;
    entry.action = "organization.created_by_staff";
    entry.targetType = "organization";
    entry.targetId = organizationId;
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    OrganizationView view{*store::OrganizationRepository(session).findById(organizationId), plan,
                          std::nullopt, std::nullopt};
    transaction.commit();
    return view;
}

} // namespace ebm::services
