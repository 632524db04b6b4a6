#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ebm::auth
{

// The cookie that carries a browser's session token on the web pages (the API uses Bearer).
inline constexpr std::string_view kSessionCookie = "ebm_session";

// Who is calling: a signed-in user (bearer session token) or an organization API key.
struct Principal
{
    enum class Kind
    {
        User,
        ApiKey
    };

    Kind kind = Kind::User;
    std::int64_t userId = 0;
    std::string email;
    std::string name;
    std::string locale;
    bool isStaff = false;
    std::string sessionTokenHash;     // User: the token this request came with
    std::int64_t apiKeyId = 0;        // ApiKey
    std::string apiKeyOrganizationId; // ApiKey: the only organization it may act in
};

} // namespace ebm::auth
