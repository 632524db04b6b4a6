#pragma once

#include "store/Database.h"

#include <chrono>
#include <optional>
#include <string>

namespace ebm::store
{

// User accounts. For now: creating or promoting staff accounts from the command line.
class UserRepository final
{
public:
    enum class StaffOutcome
    {
        Created,
        Promoted
    };

    explicit UserRepository(Database& database);

    // Creates a staff user, or makes an existing user (same email, any case) staff; a given
    // password hash replaces the stored one. One transaction.
    StaffOutcome upsertStaff(const std::string& email,
                             const std::optional<std::string>& passwordHash,
                             std::chrono::sys_seconds time);
    bool isStaff(const std::string& email);

private:
    Database& m_database;
};

} // namespace ebm::store
