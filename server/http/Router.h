#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/RoutePolicy.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ebm::http
{

// The one table of routes: method + path pattern ("/api/tenants/plans/{id}/") → handler.
// Patterns match whole segments; "{name}" captures one non-empty segment.
class Router final
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;

    struct Route
    {
        std::string method;
        std::string pattern;
        RoutePolicy policy;
        Handler handler;
        std::vector<std::string> segments;
    };

    struct Match
    {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowedMethods; // filled when the path exists under other methods
    };

    void add(std::string method, std::string pattern, RoutePolicy policy, Handler handler);
    Match match(const std::string& method, const std::string& path) const;
    const std::vector<Route>& routes() const
    {
        return m_routes;
    }

private:
    std::vector<Route> m_routes;
};

} // namespace ebm::http
