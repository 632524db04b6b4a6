#include "store/EsxiServerRepository.h"

#include "domain/Timestamp.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kServers{
    .name = "esxi_servers",
    .select = "SELECT id, name, host, port, username, password_sealed, created_at, updated_at "
              "FROM esxi_servers"};

EsxiServerRecord serverFromRow(Poco::Data::RecordSet& rows)
{
    EsxiServerRecord server;
    server.id = rows["id"].convert<std::int64_t>();
    server.name = rows["name"].convert<std::string>();
    server.host = rows["host"].convert<std::string>();
    server.port = rows["port"].convert<int>();
    server.username = rows["username"].convert<std::string>();
    server.passwordSealed = rows["password_sealed"].convert<std::string>();
    server.createdAt = rows["created_at"].convert<std::string>();
    server.updatedAt = rows["updated_at"].convert<std::string>();
    return server;
}

} // namespace

EsxiServerRepository::EsxiServerRepository(Poco::Data::Session& session,
                                           const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t EsxiServerRepository::count()
{
    return ScopedQuery(m_session, m_scope, kServers).count();
}

std::vector<EsxiServerRecord> EsxiServerRepository::list(std::int64_t offset, std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, kServers).page(serverFromRow, offset, limit);
}

std::optional<EsxiServerRecord> EsxiServerRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kServers).one(serverFromRow, id);
}

bool EsxiServerRepository::hostTaken(const std::string& host, int port, std::int64_t exceptId)
{
    std::string organization = m_scope.organizationId(), boundHost = host;
    int boundPort = port;
    Poco::Int64 except = exceptId, found = 0;
    m_session << "SELECT COUNT(*) FROM esxi_servers WHERE organization_id = ? AND host = ? AND "
                 "port = ? AND id <> ?",
        use(organization), use(boundHost), use(boundPort), use(except), into(found), now;
    return found > 0;
}

std::int64_t EsxiServerRepository::create(const EsxiServerRecord& server,
                                          std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = server.name, host = server.host,
                username = server.username, sealed = server.passwordSealed,
                timestamp = formatIso8601(at);
    int port = server.port;
    m_session << "INSERT INTO esxi_servers (organization_id, name, host, port, username, "
                 "password_sealed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        use(organization), use(name), use(host), use(port), use(username), use(sealed),
        use(timestamp), use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

void EsxiServerRepository::update(const EsxiServerRecord& server, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = server.name, host = server.host,
                username = server.username, sealed = server.passwordSealed,
                timestamp = formatIso8601(at);
    int port = server.port;
    Poco::Int64 id = server.id;
    m_session << "UPDATE esxi_servers SET name = ?, host = ?, port = ?, username = ?, "
                 "password_sealed = ?, updated_at = ? WHERE organization_id = ? AND id = ?",
        use(name), use(host), use(port), use(username), use(sealed), use(timestamp),
        use(organization), use(id), now;
}

bool EsxiServerRepository::remove(std::int64_t id)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundId = id;
    Poco::Data::Statement statement(m_session);
    statement << "DELETE FROM esxi_servers WHERE organization_id = ? AND id = ?", use(organization),
        use(boundId);
    return statement.execute() > 0;
}

} // namespace ebm::store
