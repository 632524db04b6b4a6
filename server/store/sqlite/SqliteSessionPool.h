#pragma once

#include <Poco/Data/SessionPool.h>
#include <string>

namespace ebm::store::sqlite
{

// A Poco session pool whose every SQLite connection enforces foreign keys, waits on a busy
// database instead of failing at once, and commits durably.
class SqliteSessionPool final : public Poco::Data::SessionPool
{
public:
    SqliteSessionPool(const std::string& databasePath, int maxSessions, int busyTimeoutMs);

protected:
    void customizeSession(Poco::Data::Session& session) override;

private:
    int m_busyTimeoutMs;
};

} // namespace ebm::store::sqlite
