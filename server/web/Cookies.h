#pragma once

#include "http/ApiRequest.h"

#include <optional>
#include <string>

namespace ebm::web
{

// The attributes of a cookie a page sets: always SameSite=Lax; HttpOnly unless a script needs it.
struct CookieOptions
{
    int maxAgeSeconds = -1; // -1: until the browser closes; 0: delete it now
    bool secure = false;    // sent over HTTPS only (set when the site is served over HTTPS)
    bool httpOnly = true;
    std::string path = "/";
};

// The value of one cookie the browser sent, if any.
std::optional<std::string> requestCookie(const http::ApiRequest& request, const std::string& name);

// The value of a Set-Cookie header ("name=value; Path=/; Max-Age=…; HttpOnly; SameSite=Lax").
std::string setCookieHeader(const std::string& name, const std::string& value,
                            const CookieOptions& options);

} // namespace ebm::web
