#include "store/Database.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteSessionPool.h"

#include <Poco/Data/DataException.h>
#include <Poco/File.h>
#include <Poco/Path.h>

namespace ebm::store
{

namespace
{

constexpr int kBusyTimeoutMs = 15000;

const std::string& withParentDirectory(const std::string& path)
{
    Poco::File(Poco::Path(path).makeParent()).createDirectories();
    return path;
}

} // namespace

Database::Database(const std::string& path, std::size_t poolSize)
    : m_path(path)
    , m_pool(std::make_unique<sqlite::SqliteSessionPool>(
          withParentDirectory(path), static_cast<int>(poolSize), kBusyTimeoutMs))
{
    using Poco::Data::Keywords::now;
    Poco::Data::Session first = session();
    first << "PRAGMA journal_mode = WAL", now;
}

Database::~Database() = default;

Poco::Data::Session Database::session()
{
    try {
        return m_pool->get();
    } catch (const Poco::Data::SessionPoolExhaustedException&) {
        throw StoreError(StoreError::Kind::Unavailable, "all database sessions are in use");
    } catch (const Poco::Data::ConnectionFailedException& error) {
        throw StoreError(StoreError::Kind::Unavailable,
                         "cannot open database " + m_path + ": " + error.displayText());
    }
}

Database::PoolStats Database::poolStats() const
{
    return {m_pool->capacity(), m_pool->used(), m_pool->idle(), m_pool->available()};
}

} // namespace ebm::store
