#pragma once

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ebm::security
{

// A sealed secret that cannot be opened: wrong format, wrong key, tampered or wrong context.
// Its message never contains the secret or the key.
class SecretBoxError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Encrypts secrets at rest (ESXi host passwords) with AES-256-GCM. The sealed form is
// "v1:" + base64(12-byte random nonce || ciphertext || 16-byte tag); the associated data (for
// example "esxi_host:42:password") is authenticated but not stored, so a sealed value copied to
// another row does not open there.
class SecretBox final
{
public:
    static constexpr std::size_t kKeyBytes = 32;

    explicit SecretBox(std::array<unsigned char, kKeyBytes> key);
    ~SecretBox();
    SecretBox(const SecretBox&) = default;
    SecretBox& operator=(const SecretBox&) = default;

    std::string seal(std::string_view plaintext, std::string_view associatedData) const;
    // Throws SecretBoxError.
    std::string open(std::string_view sealed, std::string_view associatedData) const;
    // HMAC-SHA256 of `message` under a key derived from the master key for `purpose`, as 64
    // lower-case hex characters: values only this server can produce (CSRF tokens).
    std::string authenticate(std::string_view message, std::string_view purpose) const;

private:
    std::array<unsigned char, kKeyBytes> m_key;
};

} // namespace ebm::security
