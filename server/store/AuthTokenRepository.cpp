#include "store/AuthTokenRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

std::string kindName(AuthTokenRepository::Kind kind)
{
    switch (kind) {
    case AuthTokenRepository::Kind::Session:
        return "session";
    case AuthTokenRepository::Kind::PasswordReset:
        return "password_reset";
    case AuthTokenRepository::Kind::SetPassword:
        return "set_password";
    }
    return "session";
}

} // namespace

AuthTokenRepository::AuthTokenRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

void AuthTokenRepository::create(std::int64_t userId, Kind kind, const std::string& tokenHash,
                                 std::chrono::sys_seconds at, std::chrono::sys_seconds expiresAt)
{
    Poco::Int64 user = userId;
    std::string kindText = kindName(kind), hash = tokenHash, created = formatIso8601(at),
                expires = formatIso8601(expiresAt);
    m_session << "INSERT INTO auth_tokens (user_id, kind, token_hash, created_at, expires_at) "
                 "VALUES (?, ?, ?, ?, ?)",
        use(user), use(kindText), use(hash), use(created), use(expires), now;
}

std::optional<auth::Principal> AuthTokenRepository::findSession(const std::string& tokenHash,
                                                                std::chrono::sys_seconds at)
{
    std::string hash = tokenHash, timestamp = formatIso8601(at);
    Poco::Data::Statement select(m_session);
    select << "SELECT u.id, u.email, u.name, u.locale, u.is_staff FROM auth_tokens t JOIN users u "
              "ON u.id = t.user_id "
              "WHERE t.token_hash = ? AND t.kind = 'session' AND t.revoked_at IS NULL AND "
              "t.expires_at > ? "
              "AND u.is_active = 1",
        use(hash), use(timestamp);
    select.execute();
    Poco::Data::RecordSet rows(select);
    if (!rows.moveFirst())
        return std::nullopt;
    auth::Principal principal;
    principal.kind = auth::Principal::Kind::User;
    principal.userId = rows["id"].convert<std::int64_t>();
    principal.email = rows["email"].convert<std::string>();
    principal.name = rows["name"].convert<std::string>();
    principal.locale = rows["locale"].convert<std::string>();
    principal.isStaff = rows["is_staff"].convert<int>() != 0;
    principal.sessionTokenHash = tokenHash;
    return principal;
}

void AuthTokenRepository::revoke(const std::string& tokenHash, std::chrono::sys_seconds at)
{
    std::string hash = tokenHash, timestamp = formatIso8601(at);
    m_session
        << "UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
        use(timestamp), use(hash), now;
}

void AuthTokenRepository::revokeAllSessions(std::int64_t userId, std::chrono::sys_seconds at)
{
    Poco::Int64 user = userId;
    std::string timestamp = formatIso8601(at);
    m_session << "UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND kind = 'session' AND "
                 "revoked_at IS NULL",
        use(timestamp), use(user), now;
}

std::optional<std::int64_t> AuthTokenRepository::consume(Kind kind, const std::string& tokenHash,
                                                         std::chrono::sys_seconds at)
{
    std::string kindText = kindName(kind), hash = tokenHash, timestamp = formatIso8601(at);
    std::vector<Poco::Int64> users;
    m_session
        << "SELECT user_id FROM auth_tokens WHERE token_hash = ? AND kind = ? AND used_at IS NULL "
           "AND revoked_at IS NULL AND expires_at > ?",
        use(hash), use(kindText), use(timestamp), into(users), now;
    if (users.empty())
        return std::nullopt;
    m_session << "UPDATE auth_tokens SET used_at = ? WHERE token_hash = ?", use(timestamp),
        use(hash), now;
    return users.front();
}

} // namespace ebm::store
