#pragma once

#include "domain/Clock.h"
#include "http/ApiRequest.h"
#include "http/RoutePolicy.h"
#include "store/Database.h"

namespace ebm::tenancy
{

// The request middleware: authenticates the caller (Bearer session token or Api-Key; the
// session cookie on web pages), then
// enforces the route's policy — signed in, staff, or a tenant scope resolved by the
// TenantResolver — before the handler runs. Fills the request's principal and tenant.
class AccessGuard final
{
public:
    AccessGuard(store::Database& database, const Clock& clock);

    void authorize(const http::RoutePolicy& policy, http::ApiRequest::Parts& request) const;

private:
    void authorizePage(const http::RoutePolicy& policy, http::ApiRequest::Parts& request) const;
    void enforce(Poco::Data::Session& session, const http::RoutePolicy& policy,
                 http::ApiRequest::Parts& request) const;
    std::optional<auth::Principal> authenticate(Poco::Data::Session& session,
                                                const std::string& authorization) const;

    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::tenancy
