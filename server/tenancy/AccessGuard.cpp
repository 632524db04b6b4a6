#include "tenancy/AccessGuard.h"

#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "store/ApiKeyRepository.h"
#include "store/AuthTokenRepository.h"
#include "tenancy/TenantResolver.h"

#include <Poco/Net/MessageHeader.h>
#include <Poco/String.h>

namespace ebm::tenancy
{

using http::ApiError;
using http::RoutePolicy;

namespace
{

const ApiError kInvalidCredentials(401, "authentication_failed", "Invalid or expired credentials.");

std::optional<std::string> headerValue(const http::ApiRequest::Parts& request,
                                       const std::string& name)
{
    if (!request.headers.has(name))
        return std::nullopt;
    return Poco::trim(request.headers.get(name));
}

// A page's caller: the session cookie stands for a Bearer token. An expired or unknown one is
// no identity at all (the page then asks to sign in) rather than an error.
std::optional<std::string> sessionCookie(const http::ApiRequest::Parts& request)
{
    if (!request.headers.has("Cookie"))
        return std::nullopt;
    const std::string& header = request.headers.get("Cookie");
    Poco::Net::NameValueCollection cookies;
    Poco::Net::MessageHeader::splitParameters(header.begin(), header.end(), cookies);
    const std::string token = cookies.get(std::string(auth::kSessionCookie), "");
    if (token.empty())
        return std::nullopt;
    return token;
}

ApiError notAuthenticated()
{
    return {401, "not_authenticated", "Authentication credentials were not provided."};
}

} // namespace

AccessGuard::AccessGuard(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

std::optional<auth::Principal> AccessGuard::authenticate(Poco::Data::Session& session,
                                                         const std::string& authorization) const
{
    const std::size_t space = authorization.find(' ');
    if (space == std::string::npos)
        throw kInvalidCredentials;
    const std::string scheme = Poco::toLower(authorization.substr(0, space));
    const std::string credential = Poco::trim(authorization.substr(space + 1));
    if (credential.empty())
        throw kInvalidCredentials;
    const std::string hash = security::TokenGenerator::hash(credential);
    std::optional<auth::Principal> principal;
    if (scheme == "bearer")
        principal = store::AuthTokenRepository(session).findSession(hash, m_clock.now());
    else if (scheme == "api-key")
        principal = store::ApiKeyRepository(session).authenticate(hash, m_clock.now());
    if (!principal)
        throw kInvalidCredentials;
    return principal;
}

void AccessGuard::authorize(const RoutePolicy& policy, http::ApiRequest::Parts& request) const
{
    if (policy.access == RoutePolicy::Access::Public && policy.ownAuthorization)
        return; // the handler checks its own credentials (provider simulators)
    if (policy.page) {
        authorizePage(policy, request);
        return;
    }
    const auto authorization = headerValue(request, "Authorization");
    if (!authorization && policy.access == RoutePolicy::Access::Public)
        return; // public and anonymous: no database work at all
    Poco::Data::Session session = m_database.session();
    if (authorization)
        request.principal = authenticate(session, *authorization);
    if (policy.access == RoutePolicy::Access::Public)
        return;
    enforce(session, policy, request);
}

void AccessGuard::authorizePage(const RoutePolicy& policy, http::ApiRequest::Parts& request) const
{
    const auto token = sessionCookie(request);
    if (!token && policy.access == RoutePolicy::Access::Public)
        return;
    Poco::Data::Session session = m_database.session();
    if (token)
        request.principal = store::AuthTokenRepository(session).findSession(
            security::TokenGenerator::hash(*token), m_clock.now());
    if (policy.access == RoutePolicy::Access::Public)
        return;
    enforce(session, policy, request);
}

void AccessGuard::enforce(Poco::Data::Session& session, const RoutePolicy& policy,
                          http::ApiRequest::Parts& request) const
{
    if (!request.principal)
        throw notAuthenticated();
    const auth::Principal& principal = *request.principal;
    const bool isUser = principal.kind == auth::Principal::Kind::User;
    if (policy.access == RoutePolicy::Access::Authenticated && !isUser)
        throw ApiError(403, "permission_denied",
                       "Organization API keys cannot call this endpoint.");
    if (policy.access == RoutePolicy::Access::Staff && !(isUser && principal.isStaff))
        throw ApiError(403, "permission_denied", "This endpoint is for staff only.");
    if (policy.access == RoutePolicy::Access::Tenant) {
        request.tenant = TenantResolver(session, m_clock.now())
                             .resolve(policy, principal, headerValue(request, "X-Organization-ID"),
                                      request.pathParams);
    }
}

} // namespace ebm::tenancy
