#pragma once

#include <string>

namespace ebm::auth
{

// Slow salted password hashing with PBKDF2-HMAC-SHA256 (OpenSSL). The encoded form keeps its
// parameters beside the hash — "pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>" — so the
// iteration count can be raised later and old hashes still verify.
class PasswordHasher final
{
public:
    static constexpr int kDefaultIterations = 600'000;

    explicit PasswordHasher(int iterations = kDefaultIterations);

    std::string hash(const std::string& password) const;
    bool verify(const std::string& password, const std::string& encoded) const;
    // True when the stored hash uses weaker parameters than this hasher and should be redone.
    bool needsRehash(const std::string& encoded) const;

private:
    int m_iterations;
};

} // namespace ebm::auth
