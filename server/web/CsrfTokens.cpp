#include "web/CsrfTokens.h"

#include <openssl/crypto.h>

namespace ebm::web
{

CsrfTokens::CsrfTokens(const security::SecretBox& secrets)
    : m_secrets(secrets)
{
}

std::string CsrfTokens::tokenFor(const std::string& nonce) const
{
    return m_secrets.authenticate(nonce, "web csrf");
}

bool CsrfTokens::matches(const std::string& nonce, const std::string& token) const
{
    if (nonce.empty())
        return false;
    const std::string expected = tokenFor(nonce);
    return token.size() == expected.size() &&
           CRYPTO_memcmp(token.data(), expected.data(), expected.size()) == 0;
}

} // namespace ebm::web
