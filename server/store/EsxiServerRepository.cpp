#include "store/EsxiServerRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

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

std::vector<EsxiServerRecord> EsxiServerRepository::select(std::optional<std::int64_t> id,
                                                           std::int64_t offset, std::int64_t limit)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundId;
    if (id)
        boundId = *id;
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement statement(m_session);
    statement << "SELECT id, name, host, port, username, password_sealed, created_at, updated_at "
                 "FROM esxi_servers WHERE organization_id = ? AND (? IS NULL OR id = ?) "
                 "ORDER BY id LIMIT ? OFFSET ?",
        use(organization), use(boundId), use(boundId), use(boundLimit), use(boundOffset);
    statement.execute();
    Poco::Data::RecordSet rows(statement);
    std::vector<EsxiServerRecord> servers;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        servers.push_back(serverFromRow(rows));
    return servers;
}

std::int64_t EsxiServerRepository::count()
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 total = 0;
    m_session << "SELECT COUNT(*) FROM esxi_servers WHERE organization_id = ?", use(organization),
        into(total), now;
    return total;
}

std::vector<EsxiServerRecord> EsxiServerRepository::list(std::int64_t offset, std::int64_t limit)
{
    return select(std::nullopt, offset, limit);
}

std::optional<EsxiServerRecord> EsxiServerRepository::find(std::int64_t id)
{
    auto found = select(id, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
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
