#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ebm::security
{

// Random bearer tokens and API keys, and the hash under which they are stored (never the token).
class TokenGenerator final
{
public:
    static constexpr std::string_view kApiKeyPrefix = "ebm_";
    static constexpr std::size_t kDisplayedPrefixLength = 12;

    // 32 random bytes as base64url without padding: 43 characters of A-Z a-z 0-9 - _.
    static std::string newToken();
    // "ebm_" + newToken(); the prefix lets secret scanners spot leaked keys.
    static std::string newApiKey();
    // The first 12 characters, shown to users to tell their keys apart.
    static std::string prefixOf(std::string_view apiKey);
    // SHA-256 of the token as 64 lower-case hex characters.
    static std::string hash(std::string_view token);
};

} // namespace ebm::security
