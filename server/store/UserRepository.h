#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// One user account row.
struct UserRecord
{
    std::int64_t id = 0;
    std::string email;
    std::string name;
    std::optional<std::string> passwordHash;
    bool isStaff = false;
    bool isActive = true;
    std::string locale = "fr";
};

// User accounts (not tenant-owned: a user may belong to several organizations). Emails are
// stored lower-cased and compared case-insensitively.
class UserRepository final
{
public:
    enum class StaffOutcome
    {
        Created,
        Promoted
    };

    explicit UserRepository(Poco::Data::Session& session);

    std::optional<UserRecord> findByEmail(const std::string& email);
    std::optional<UserRecord> findById(std::int64_t id);
    std::int64_t create(const UserRecord& user, std::chrono::sys_seconds at);
    void setPassword(std::int64_t id, const std::string& passwordHash, std::chrono::sys_seconds at);
    void recordLogin(std::int64_t id, std::chrono::sys_seconds at);
    // Creates a staff user, or makes an existing user staff; a given hash replaces the stored one.
    StaffOutcome upsertStaff(const std::string& email,
                             const std::optional<std::string>& passwordHash,
                             std::chrono::sys_seconds at);

    static std::string normalizeEmail(const std::string& email);

private:
    std::optional<UserRecord> findWhere(const std::string& condition,
                                        const Poco::Data::AbstractBinding::Ptr& value);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
