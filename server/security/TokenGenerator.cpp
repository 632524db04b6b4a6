#include "security/TokenGenerator.h"

#include <algorithm>
#include <array>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stdexcept>

namespace ebm::security
{

namespace
{

constexpr std::size_t kTokenBytes = 32;

std::string base64Url(const std::array<unsigned char, kTokenBytes>& bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3), '\0');
    EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes.data(),
                    static_cast<int>(bytes.size()));
    std::replace(text.begin(), text.end(), '+', '-');
    std::replace(text.begin(), text.end(), '/', '_');
    text.erase(text.find_last_not_of('=') + 1);
    return text;
}

} // namespace

std::string TokenGenerator::newToken()
{
    std::array<unsigned char, kTokenBytes> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("no randomness available for a token");
    return base64Url(bytes);
}

std::string TokenGenerator::newApiKey()
{
    return std::string(kApiKeyPrefix) + newToken();
}

std::string TokenGenerator::prefixOf(std::string_view apiKey)
{
    return std::string(apiKey.substr(0, kDisplayedPrefixLength));
}

std::string TokenGenerator::hash(std::string_view token)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    if (EVP_Digest(token.data(), token.size(), digest.data(), nullptr, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    constexpr std::string_view kHex = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * digest.size());
    for (const unsigned char byte : digest) {
        hex.push_back(kHex[byte >> 4]);
        hex.push_back(kHex[byte & 0x0f]);
    }
    return hex;
}

} // namespace ebm::security
