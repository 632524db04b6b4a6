#include "store/UserRepository.h"

#include "domain/Timestamp.h"
#include "store/WriteTransaction.h"

#include <Poco/Nullable.h>
#include <Poco/String.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

UserRepository::UserRepository(Database& database)
    : m_database(database)
{
}

UserRepository::StaffOutcome
UserRepository::upsertStaff(const std::string& email,
                            const std::optional<std::string>& passwordHash,
                            std::chrono::sys_seconds time)
{
    std::string normalized = Poco::toLower(Poco::trim(email));
    std::string timestamp = formatIso8601(time);
    Poco::Nullable<std::string> hash;
    if (passwordHash)
        hash = *passwordHash;
    Poco::Data::Session session = m_database.session();
    WriteTransaction transaction(session);
    Poco::Data::Statement update(session);
    update << "UPDATE users SET is_staff = 1, is_active = 1, password_hash = COALESCE(?, "
              "password_hash), "
              "updated_at = ? WHERE email = ?",
        use(hash), use(timestamp), use(normalized);
    StaffOutcome outcome = StaffOutcome::Promoted;
    if (update.execute() == 0) {
        session << "INSERT INTO users (email, password_hash, is_staff, is_active, created_at, "
                   "updated_at) "
                   "VALUES (?, ?, 1, 1, ?, ?)",
            use(normalized), use(hash), use(timestamp), use(timestamp), now;
        outcome = StaffOutcome::Created;
    }
    transaction.commit();
    return outcome;
}

bool UserRepository::isStaff(const std::string& email)
{
    std::string normalized = Poco::toLower(Poco::trim(email));
    Poco::Data::Session session = m_database.session();
    int staff = 0;
    session << "SELECT COUNT(*) FROM users WHERE email = ? AND is_staff = 1", use(normalized),
        into(staff), now;
    return staff > 0;
}

} // namespace ebm::store
