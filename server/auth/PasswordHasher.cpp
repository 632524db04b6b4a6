#include "auth/PasswordHasher.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/StringTokenizer.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace ebm::auth
{

namespace
{

constexpr const char* kAlgorithm = "pbkdf2_sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::string base64(const std::vector<unsigned char>& bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_NO_PADDING);
    encoder.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
    encoder.close();
    return out.str();
}

std::vector<unsigned char> unbase64(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in, Poco::BASE64_NO_PADDING);
    std::string decoded((std::istreambuf_iterator<char>(decoder)),
                        std::istreambuf_iterator<char>());
    return {decoded.begin(), decoded.end()};
}

std::vector<unsigned char> derive(const std::string& password,
                                  const std::vector<unsigned char>& salt, int iterations,
                                  std::size_t length)
{
    std::vector<unsigned char> key(length);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(),
                          static_cast<int>(key.size()), key.data()) != 1)
        throw std::runtime_error("PBKDF2 failed");
    return key;
}

struct Encoded
{
    int iterations = 0;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> hash;
};

bool decode(const std::string& encoded, Encoded& out)
{
    const Poco::StringTokenizer parts(encoded, "$");
    if (parts.count() != 4 || parts[0] != kAlgorithm)
        return false;
    try {
        out.iterations = std::stoi(parts[1]);
        out.salt = unbase64(parts[2]);
        out.hash = unbase64(parts[3]);
    } catch (const std::exception&) {
        return false;
    }
    return out.iterations > 0 && !out.salt.empty() && !out.hash.empty();
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{
}

std::string PasswordHasher::hash(const std::string& password) const
{
    std::vector<unsigned char> salt(kSaltBytes);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("no randomness available for a password salt");
    const auto key = derive(password, salt, m_iterations, kHashBytes);
    return std::string(kAlgorithm) + "$" + std::to_string(m_iterations) + "$" + base64(salt) + "$" +
           base64(key);
}

bool PasswordHasher::verify(const std::string& password, const std::string& encoded) const
{
    Encoded stored;
    if (!decode(encoded, stored))
        return false;
    const auto key = derive(password, stored.salt, stored.iterations, stored.hash.size());
    return CRYPTO_memcmp(key.data(), stored.hash.data(), key.size()) == 0;
}

bool PasswordHasher::needsRehash(const std::string& encoded) const
{
    Encoded stored;
    return !decode(encoded, stored) || stored.iterations < m_iterations;
}

} // namespace ebm::auth
