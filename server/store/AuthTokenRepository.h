#pragma once

#include "auth/Principal.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// Hashed bearer and single-use tokens (sessions, password resets, set-password links).
// Only SHA-256 hashes are stored; the tokens themselves exist only in the client's hands.
class AuthTokenRepository final
{
public:
    enum class Kind
    {
        Session,
        PasswordReset,
        SetPassword
    };

    explicit AuthTokenRepository(Poco::Data::Session& session);

    void create(std::int64_t userId, Kind kind, const std::string& tokenHash,
                std::chrono::sys_seconds at, std::chrono::sys_seconds expiresAt);
    // The active user behind an unexpired, unrevoked session token.
    std::optional<auth::Principal> findSession(const std::string& tokenHash,
                                               std::chrono::sys_seconds at);
    void revoke(const std::string& tokenHash, std::chrono::sys_seconds at);
    void revokeAllSessions(std::int64_t userId, std::chrono::sys_seconds at);
    // Marks an unexpired, unused single-use token used and returns its user; call inside a
    // write transaction so the token cannot be used twice.
    std::optional<std::int64_t> consume(Kind kind, const std::string& tokenHash,
                                        std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
