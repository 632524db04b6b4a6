#pragma once

#include <Poco/Data/Session.h>
#include <cstddef>
#include <memory>
#include <string>

namespace ebm::store
{

namespace sqlite
{
class SqliteSessionPool;
}

// The database: a file opened in WAL mode behind a pool of sessions that repositories borrow.
class Database final
{
public:
    struct PoolStats
    {
        int capacity;
        int used;
        int idle;
        int available;
    };

    Database(const std::string& path, std::size_t poolSize);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A pooled session; throws StoreError(Unavailable) when the pool is exhausted.
    Poco::Data::Session session();
    PoolStats poolStats() const;
    const std::string& path() const
    {
        return m_path;
    }

private:
    std::string m_path;
    std::unique_ptr<sqlite::SqliteSessionPool> m_pool;
};

} // namespace ebm::store
