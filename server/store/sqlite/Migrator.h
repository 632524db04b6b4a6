#pragma once

#include "store/Database.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace ebm::store::sqlite
{

// Applies the embedded, numbered schema migrations in order, each in its own write transaction,
// recording them in schema_migrations; refuses a database newer than this binary.
class Migrator final
{
public:
    struct Migration
    {
        int version;
        std::string name;
        std::string_view sql;
    };

    struct Result
    {
        int fromVersion;
        int toVersion;
    };

    explicit Migrator(Database& database);

    Result migrate(std::chrono::sys_seconds time);
    int currentVersion();
    static int latestVersion();
    static const std::vector<Migration>& migrations();

private:
    void ensureBookkeeping(Poco::Data::Session& session);
    void checkNotNewer(int version) const;
    void apply(const Migration& migration, std::chrono::sys_seconds time);

    Database& m_database;
};

} // namespace ebm::store::sqlite
