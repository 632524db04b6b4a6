#include "web/Cookies.h"

#include <Poco/Net/MessageHeader.h>

namespace ebm::web
{

std::optional<std::string> requestCookie(const http::ApiRequest& request, const std::string& name)
{
    const auto header = request.header("Cookie");
    if (!header)
        return std::nullopt;
    Poco::Net::NameValueCollection cookies;
    Poco::Net::MessageHeader::splitParameters(header->begin(), header->end(), cookies);
    if (!cookies.has(name))
        return std::nullopt;
    return cookies.get(name);
}

std::string setCookieHeader(const std::string& name, const std::string& value,
                            const CookieOptions& options)
{
    std::string header = name + "=" + value + "; Path=" + options.path;
    if (options.maxAgeSeconds >= 0)
        header += "; Max-Age=" + std::to_string(options.maxAgeSeconds);
    if (options.httpOnly)
        header += "; HttpOnly";
    if (options.secure)
        header += "; Secure";
    return header + "; SameSite=Lax";
}

} // namespace ebm::web
