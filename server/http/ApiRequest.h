#pragma once

#include "auth/Principal.h"
#include "tenancy/TenantScope.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/NameValueCollection.h>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ebm::http
{

// One parsed HTTP request as handlers see it: method, path and query, the route's path
// parameters, headers, the already size-checked body and the request id.
class ApiRequest final
{
public:
    struct Parts
    {
        std::string method;
        std::string path;
        std::map<std::string, std::string> query;
        std::map<std::string, std::string> pathParams;
        Poco::Net::NameValueCollection headers;
        std::string body;
        std::string requestId;
        std::string clientAddress;
        std::optional<auth::Principal> principal;   // set by the AccessGuard
        std::optional<tenancy::TenantScope> tenant; // set by the AccessGuard on tenant routes
        // Every query parameter in order, repeats kept (`query` keeps the first of each name).
        std::vector<std::pair<std::string, std::string>> queryList;
    };

    explicit ApiRequest(Parts parts);

    const std::string& method() const
    {
        return m_parts.method;
    }
    const std::string& path() const
    {
        return m_parts.path;
    }
    const std::string& body() const
    {
        return m_parts.body;
    }
    const std::string& requestId() const
    {
        return m_parts.requestId;
    }
    const std::string& clientAddress() const
    {
        return m_parts.clientAddress;
    }

    // The authenticated caller; 401 when the request carries no valid credentials.
    const auth::Principal& principal() const;
    bool isAuthenticated() const
    {
        return m_parts.principal.has_value();
    }
    // The organization scope the AccessGuard resolved for a tenant route.
    const tenancy::TenantScope& tenant() const;

    std::optional<std::string> query(const std::string& name) const;
    const std::map<std::string, std::string>& queryParameters() const
    {
        return m_parts.query;
    }
    const std::vector<std::pair<std::string, std::string>>& queryList() const
    {
        return m_parts.queryList;
    }
    // Every value of a repeatable query parameter, in order (`?status=a&status=b`).
    std::vector<std::string> queryValues(const std::string& name) const;
    // A query parameter that must be a positive integer id when present; 400 naming it if not.
    std::optional<std::int64_t> queryId(const std::string& name) const;
    std::optional<std::string> header(const std::string& name) const;
    // Every header as received (names in their original case, repeats kept).
    const Poco::Net::NameValueCollection& headers() const
    {
        return m_parts.headers;
    }
    const std::string& pathParam(const std::string& name) const;
    // A path parameter that must be a positive integer id; anything else is 404.
    std::int64_t pathId(const std::string& name) const;
    // The body as a JSON object: 415 unless sent as application/json, 400 when malformed.
    Poco::JSON::Object::Ptr jsonBody() const;

private:
    Parts m_parts;
};

} // namespace ebm::http
