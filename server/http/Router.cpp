#include "http/Router.h"

#include <algorithm>
#include <stdexcept>

namespace ebm::http
{

namespace
{

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string::npos ? path.size() : slash;
        segments.push_back(path.substr(start, end - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    return segments;
}

bool isParameter(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matchSegments(const Router::Route& route, const std::vector<std::string>& segments,
                   std::map<std::string, std::string>& params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& expected = route.segments[i];
        if (isParameter(expected)) {
            if (segments[i].empty())
                return false;
            params[expected.substr(1, expected.size() - 2)] = segments[i];
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(std::string method, std::string pattern, RoutePolicy policy, Handler handler)
{
    if (pattern.empty() || pattern.front() != '/')
        throw std::invalid_argument("route pattern must start with '/': " + pattern);
    auto segments = splitPath(pattern);
    m_routes.push_back({std::move(method), std::move(pattern), std::move(policy),
                        std::move(handler), std::move(segments)});
}

Router::Match Router::match(const std::string& method, const std::string& path) const
{
    const auto segments = splitPath(path);
    Match result;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> params;
        if (!matchSegments(route, segments, params))
            continue;
        const bool methodMatches =
            route.method == method || (method == "HEAD" && route.method == "GET");
        if (methodMatches && result.route == nullptr) {
            result.route = &route;
            result.params = std::move(params);
        }
        if (std::find(result.allowedMethods.begin(), result.allowedMethods.end(), route.method) ==
            result.allowedMethods.end())
            result.allowedMethods.push_back(route.method);
    }
    return result;
}

} // namespace ebm::http
