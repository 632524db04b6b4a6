#include "tenancy/TenantResolver.h"

#include "http/ApiError.h"
#include "store/MembershipRepository.h"
#include "store/OrganizationRepository.h"

namespace ebm::tenancy
{

using http::ApiError;

namespace
{

ApiError statusError(const store::OrganizationRecord& organization)
{
    switch (organization.status) {
    case OrganizationStatus::Pending:
        return {402, "subscription_pending",
                "This organization is not active yet: complete the payment of its order to "
                "activate it."};
    case OrganizationStatus::Suspended:
        return {
            403, "organization_suspended",
            "This organization is suspended" +
                (organization.statusReason.empty() ? std::string()
                                                   : " (" + organization.statusReason + ")") +
                ". Pay the outstanding invoice under Billing or contact support to reactivate it."};
    case OrganizationStatus::Expired:
        return {402, "subscription_expired",
                "This organization's subscription has expired. Renew it under Billing to restore "
                "access."};
    case OrganizationStatus::Cancelled:
        return {403, "organization_cancelled",
                "This organization's subscription was cancelled. Subscribe again under Billing to "
                "restore access."};
    case OrganizationStatus::Active:
        break;
    }
    return {500, "server_error", "Internal server error."};
}

ApiError permissionDenied(Permission permission)
{
    return {403, "permission_denied",
            "Your role in this organization does not allow this action (" +
                std::string(toString(permission)) + ")."};
}

std::optional<std::string> pathOrganization(const http::RoutePolicy& policy,
                                            const std::map<std::string, std::string>& pathParams)
{
    if (policy.organizationParam.empty())
        return std::nullopt;
    return pathParams.at(policy.organizationParam);
}

} // namespace

TenantResolver::TenantResolver(Poco::Data::Session& session, std::chrono::sys_seconds at)
    : m_session(session)
    , m_at(at)
{
}

TenantScope TenantResolver::resolve(const http::RoutePolicy& policy,
                                    const auth::Principal& principal,
                                    const std::optional<std::string>& organizationHeader,
                                    const std::map<std::string, std::string>& pathParams)
{
    TenantScope scope = principal.kind == auth::Principal::Kind::ApiKey
                            ? resolveForApiKey(policy, principal, organizationHeader, pathParams)
                            : resolveForUser(policy, principal, organizationHeader, pathParams);
    if (!policy.allowInactiveOrganization)
        requireUsableStatus(scope.organizationId());
    if (!scope.allows(policy.permission))
        throw permissionDenied(policy.permission);
    return scope;
}

TenantScope TenantResolver::resolveForApiKey(const http::RoutePolicy& policy,
                                             const auth::Principal& principal,
                                             const std::optional<std::string>& organizationHeader,
                                             const std::map<std::string, std::string>& pathParams)
{
    if (!policy.allowApiKey)
        throw ApiError(403, "permission_denied",
                       "Organization API keys cannot call this endpoint.");
    const std::string& organizationId = principal.apiKeyOrganizationId;
    if (organizationHeader && *organizationHeader != organizationId)
        throw ApiError(403, "not_a_member", "This API key belongs to another organization.");
    if (const auto fromPath = pathOrganization(policy, pathParams);
        fromPath && *fromPath != organizationId)
        throw ApiError::notFound();
    return TenantScope(organizationId, std::nullopt, Role::Member);
}

TenantScope TenantResolver::resolveForUser(const http::RoutePolicy& policy,
                                           const auth::Principal& principal,
                                           const std::optional<std::string>& organizationHeader,
                                           const std::map<std::string, std::string>& pathParams)
{
    store::MembershipRepository memberships(m_session);
    if (organizationHeader && !memberships.roleOf(principal.userId, *organizationHeader))
        throw ApiError(403, "not_a_member",
                       "X-Organization-ID names an organization you are not a member of.");
    std::optional<std::string> organizationId = pathOrganization(policy, pathParams);
    if (!organizationId)
        organizationId = organizationHeader ? organizationHeader
                                            : memberships.defaultOrganizationOf(principal.userId);
    if (!organizationId)
        throw ApiError(403, "no_organization", "You are not a member of any organization yet.");
    const auto role = memberships.roleOf(principal.userId, *organizationId);
    if (!role)
        throw ApiError::notFound();
    return TenantScope(*organizationId, principal.userId, *role);
}

void TenantResolver::requireUsableStatus(const std::string& organizationId) const
{
    const auto organization = store::OrganizationRepository(m_session).findById(organizationId);
    if (!organization)
        throw ApiError::notFound();
    if (organization->status != OrganizationStatus::Active)
        throw statusError(*organization);
}

} // namespace ebm::tenancy
