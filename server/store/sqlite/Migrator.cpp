#include "store/sqlite/Migrator.h"

#include "app/EmbeddedFiles.h"
#include "domain/Timestamp.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <Poco/Logger.h>

namespace ebm::store::sqlite
{

using namespace Poco::Data::Keywords;

Migrator::Migrator(Database& database)
    : m_database(database)
{
}

const std::vector<Migrator::Migration>& Migrator::migrations()
{
    static const std::vector<Migration> all{
        {1, "initial", embedded::file__0001_initial()},
        {2, "inventory", embedded::file__0002_inventory()},
        {3, "plan_changes", embedded::file__0003_plan_changes()},
        {4, "payments", embedded::file__0004_payments()},
        {5, "admin_organizations", embedded::file__0005_admin_organizations()},
        {6, "analytics", embedded::file__0006_analytics()},
        {7, "jobs", embedded::file__0007_jobs()},
        {8, "billing_jobs", embedded::file__0008_billing_jobs()},
        {9, "notifications", embedded::file__0009_notifications()},
        {10, "renewal_invoice_only", embedded::file__0010_renewal_invoice_only()},
    };
    return all;
}

int Migrator::latestVersion()
{
    return migrations().back().version;
}

void Migrator::ensureBookkeeping(Poco::Data::Session& session)
{
    session << "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        now;
}

int Migrator::currentVersion()
{
    Poco::Data::Session session = m_database.session();
    int tables = 0;
    session
        << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
        into(tables), now;
    int version = 0;
    if (tables > 0)
        session << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", into(version), now;
    return version;
}

void Migrator::checkNotNewer(int version) const
{
    if (version > latestVersion())
        throw StoreError(StoreError::Kind::Schema,
                         "the database " + m_database.path() + " is at schema version " +
                             std::to_string(version) +
                             " but this ebm-server only knows versions up to " +
                             std::to_string(latestVersion()) +
                             "; run a newer ebm-server (downgrading is not supported)");
}

Migrator::Result Migrator::migrate(std::chrono::sys_seconds time)
{
    const int before = currentVersion();
    checkNotNewer(before);
    for (const Migration& migration : migrations()) {
        if (migration.version > before)
            apply(migration, time);
    }
    return {before, currentVersion()};
}

void Migrator::apply(const Migration& migration, std::chrono::sys_seconds time)
{
    Poco::Data::Session session = m_database.session();
    WriteTransaction transaction(session);
    ensureBookkeeping(session);
    int version = migration.version;
    std::string name = migration.name;
    int applied = 0;
    session << "SELECT COUNT(*) FROM schema_migrations WHERE version = ?", use(version),
        into(applied), Poco::Data::Keywords::now;
    if (applied != 0)
        return; // another process applied it while we waited for the write lock
    session << std::string(migration.sql), Poco::Data::Keywords::now;
    std::string appliedAt = formatIso8601(time);
    session << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        use(version), use(name), use(appliedAt), Poco::Data::Keywords::now;
    transaction.commit();
    Poco::Logger::get("ebm.store")
        .information("applied migration %d (%s)", migration.version, migration.name);
}

} // namespace ebm::store::sqlite
