#include "services/OrganizationService.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "services/CustomerEvents.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/AuthTokenRepository.h"
#include "store/MembershipRepository.h"
#include "store/OutboxRepository.h"
#include "store/PlanRepository.h"
#include "store/RowValues.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/JSON/Object.h>
#include <Poco/String.h>
#include <regex>
#include <sstream>

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

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxEmailLength = 254;
constexpr std::size_t kMaxPhoneLength = 32;

// Characters, not bytes: a UTF-8 lead byte starts each one.
std::size_t characterCount(const std::string& text)
{
    std::size_t count = 0;
    for (const unsigned char c : text)
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

OrganizationSettings trimmed(OrganizationSettings settings)
{
    for (auto* field :
         {&settings.name, &settings.contactEmail, &settings.contactPhone, &settings.locale})
        if (*field)
            Poco::trimInPlace(**field);
    return settings;
}

// The settings columns of an organization as audit JSON.
std::string settingsJson(const store::OrganizationRecord& organization)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    json.set("name", organization.name);
    json.set("contact_email", organization.contactEmail);
    json.set("contact_phone", organization.contactPhone);
    json.set("locale", organization.locale);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

ApiError invalidSettings(const std::vector<SettingsProblem>& problems)
{
    ApiError::FieldErrors errors;
    for (const SettingsProblem& problem : problems)
        errors[problem.field].push_back(problem.message);
    return ApiError::validation(std::move(errors));
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
    EventPublisher(session, at)
        .publish(CustomerEvents::memberInvited(scope.organizationId(),
                                               store::UserRepository::normalizeEmail(email),
                                               std::string(toString(role))));
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
    const auto at = m_clock.now();
    members.changeRole(memberId, role, at);
    auto entry = auditEntry(scope, "member.role_changed", std::to_string(memberId), requestId);
    entry.beforeJson = "{\"role\":\"" + std::string(toString(member.role)) + "\"}";
    entry.afterJson = "{\"role\":\"" + std::string(toString(role)) + "\"}";
    store::AuditLogRepository(session).append(entry, at);
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
    const auto at = m_clock.now();
    members.remove(memberId, at);
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

std::vector<SettingsProblem>
OrganizationService::validateSettings(const OrganizationSettings& requested)
{
    static const std::regex emailPattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    static const std::regex phonePattern(R"([0-9 +().-]*)");
    const OrganizationSettings settings = trimmed(requested);
    std::vector<SettingsProblem> problems;
    if (settings.name && settings.name->empty())
        problems.push_back({"name", "required", "This field may not be blank."});
    else if (settings.name && characterCount(*settings.name) > kMaxNameLength)
        problems.push_back({"name", "too_long", "At most 200 characters."});
    if (settings.contactEmail && settings.contactEmail->empty())
        problems.push_back({"contact_email", "required", "This field may not be blank."});
    else if (settings.contactEmail && (settings.contactEmail->size() > kMaxEmailLength ||
                                       !std::regex_match(*settings.contactEmail, emailPattern)))
        problems.push_back({"contact_email", "invalid_email", "Enter a valid email address."});
    if (settings.contactPhone && settings.contactPhone->size() > kMaxPhoneLength)
        problems.push_back({"contact_phone", "too_long", "At most 32 characters."});
    else if (settings.contactPhone && !std::regex_match(*settings.contactPhone, phonePattern))
        problems.push_back({"contact_phone", "invalid_phone", "Enter a valid phone number."});
    if (settings.locale && *settings.locale != "fr" && *settings.locale != "en")
        problems.push_back({"locale", "invalid_choice", "Must be one of: fr, en."});
    return problems;
}

OrganizationView OrganizationService::updateSettings(const tenancy::TenantScope& scope,
                                                     const auth::Principal& caller,
                                                     const OrganizationSettings& requested,
                                                     const std::string& requestId)
{
    if (!scope.allows(Permission::ManageBilling))
        throw ApiError(403, "permission_denied",
                       "Your role in this organization does not allow this action.");
    if (const auto problems = validateSettings(requested); !problems.empty())
        throw invalidSettings(problems);
    const OrganizationSettings settings = trimmed(requested);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto before = requireFound(organizations.findById(scope.organizationId()));
    store::OrganizationRecord after = before;
    after.name = settings.name.value_or(before.name);
    after.contactEmail = settings.contactEmail
                             ? store::UserRepository::normalizeEmail(*settings.contactEmail)
                             : before.contactEmail;
    after.contactPhone = settings.contactPhone.value_or(before.contactPhone);
    after.locale = settings.locale.value_or(before.locale);
    store::OrganizationRepository(session).updateSettings(after, at);
    store::AuditEntry entry =
        auditEntry(scope, "organization.settings_updated", scope.organizationId(), requestId);
    entry.actorUserId = caller.userId;
    entry.targetType = "organization";
    entry.beforeJson = settingsJson(before);
    entry.afterJson = settingsJson(after);
    store::AuditLogRepository(session).append(entry, at);
    transaction.commit();
    return detail(scope);
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
