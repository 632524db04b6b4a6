#pragma once

#include "security/SecretBox.h"

#include <string>
#include <string_view>

namespace ebm::web
{

// CSRF protection of the pages' forms (double submit, signed): the browser keeps a random nonce
// in an HttpOnly cookie, and every form carries the token derived from it under the server's
// key, so neither another site nor a cookie planted by one can produce a matching pair.
class CsrfTokens final
{
public:
    static constexpr std::string_view kCookie = "ebm_csrf";
    static constexpr std::string_view kField = "csrf_token";
    static constexpr std::string_view kHeader = "X-CSRF-Token";

    explicit CsrfTokens(const security::SecretBox& secrets);

    std::string tokenFor(const std::string& nonce) const;
    // Constant-time comparison of a submitted token with the nonce's.
    bool matches(const std::string& nonce, const std::string& token) const;

private:
    const security::SecretBox& m_secrets;
};

} // namespace ebm::web
