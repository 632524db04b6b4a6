#include "store/UserRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kSelect =
    "SELECT id, email, name, password_hash, is_staff, is_active, locale FROM users WHERE ";

UserRecord userFromRow(Poco::Data::RecordSet& rows)
{
    UserRecord user;
    user.id = rows["id"].convert<std::int64_t>();
    user.email = rows["email"].convert<std::string>();
    user.name = rows["name"].convert<std::string>();
    if (!rows.isNull("password_hash"))
        user.passwordHash = rows["password_hash"].convert<std::string>();
    user.isStaff = flag(rows, "is_staff");
    user.isActive = flag(rows, "is_active");
    user.locale = rows["locale"].convert<std::string>();
    return user;
}

} // namespace

UserRepository::UserRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::string UserRepository::normalizeEmail(const std::string& email)
{
    return Poco::toLower(Poco::trim(email));
}

std::optional<UserRecord> UserRepository::findWhere(const std::string& condition,
                                                    const Poco::Data::AbstractBinding::Ptr& value)
{
    Poco::Data::Statement select(m_session);
    select << kSelect + condition, value;
    select.execute();
    Poco::Data::RecordSet rows(select);
    if (!rows.moveFirst())
        return std::nullopt;
    return userFromRow(rows);
}

std::optional<UserRecord> UserRepository::findByEmail(const std::string& email)
{
    return findWhere("email = ?", bind(normalizeEmail(email)));
}

std::optional<UserRecord> UserRepository::findById(std::int64_t id)
{
    return findWhere("id = ?", bind(static_cast<Poco::Int64>(id)));
}

std::int64_t UserRepository::create(const UserRecord& user, std::chrono::sys_seconds at)
{
    std::string email = normalizeEmail(user.email), name = user.name, locale = user.locale;
    std::string timestamp = formatIso8601(at);
    auto hash = nullable(user.passwordHash);
    int staff = user.isStaff, active = user.isActive;
    m_session << "INSERT INTO users (email, name, password_hash, is_staff, is_active, locale, "
                 "created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        use(email), use(name), use(hash), use(staff), use(active), use(locale), use(timestamp),
        use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), Poco::Data::Keywords::now;
    return id;
}

void UserRepository::setPassword(std::int64_t id, const std::string& passwordHash,
                                 std::chrono::sys_seconds at)
{
    std::string hash = passwordHash, timestamp = formatIso8601(at);
    Poco::Int64 boundId = id;
    m_session << "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", use(hash),
        use(timestamp), use(boundId), Poco::Data::Keywords::now;
}

void UserRepository::recordLogin(std::int64_t id, std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at);
    Poco::Int64 boundId = id;
    m_session << "UPDATE users SET last_login_at = ? WHERE id = ?", use(timestamp), use(boundId),
        Poco::Data::Keywords::now;
}

UserRepository::StaffOutcome
UserRepository::upsertStaff(const std::string& email,
                            const std::optional<std::string>& passwordHash,
                            std::chrono::sys_seconds at)
{
    std::string normalized = normalizeEmail(email), timestamp = formatIso8601(at);
    auto hash = nullable(passwordHash);
    Poco::Data::Statement update(m_session);
    update << "UPDATE users SET is_staff = 1, is_active = 1, password_hash = COALESCE(?, "
              "password_hash), "
              "updated_at = ? WHERE email = ?",
        use(hash), use(timestamp), use(normalized);
    if (update.execute() > 0)
        return StaffOutcome::Promoted;
    UserRecord user;
    user.email = normalized;
    user.passwordHash = passwordHash;
    user.isStaff = true;
    create(user, at);
    return StaffOutcome::Created;
}

} // namespace ebm::store
