#include "store/sqlite/SqliteSessionPool.h"

#include <Poco/Data/SQLite/Connector.h>

namespace ebm::store::sqlite
{

namespace
{

constexpr int kMinSessions = 1;
constexpr int kIdleSeconds = 300;

const std::string& registeredConnector()
{
    static const std::string name = [] {
        Poco::Data::SQLite::Connector::registerConnector();
        return std::string(Poco::Data::SQLite::Connector::KEY);
    }();
    return name;
}

} // namespace

SqliteSessionPool::SqliteSessionPool(const std::string& databasePath, int maxSessions,
                                     int busyTimeoutMs)
    : Poco::Data::SessionPool(registeredConnector(), databasePath, kMinSessions, maxSessions,
                              kIdleSeconds)
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

void SqliteSessionPool::customizeSession(Poco::Data::Session& session)
{
    using Poco::Data::Keywords::now;
    session << "PRAGMA foreign_keys = ON", now;
    session << "PRAGMA busy_timeout = " + std::to_string(m_busyTimeoutMs), now;
    session << "PRAGMA synchronous = FULL", now;
}

} // namespace ebm::store::sqlite
