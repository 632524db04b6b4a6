#include "services/EsxiServerService.h"

#include "http/ApiError.h"
#include "services/InventoryWrite.h"
#include "services/RequireFound.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

const char* const kTargetType = "esxi_server";

std::string associatedData(const tenancy::TenantScope& scope, const std::string& host)
{
    return scope.organizationId() + ":" + host;
}

void requireFreeHost(store::EsxiServerRepository& servers, const std::string& host, int port,
                     std::int64_t exceptId)
{
    if (servers.hostTaken(host, port, exceptId))
        throw ApiError::validation("host",
                                   "An ESXi server with this host and port already exists.");
}

} // namespace

EsxiServerService::EsxiServerService(store::Database& database, const Clock& clock,
                                     const security::SecretBox& secrets)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{
}

std::string EsxiServerService::seal(const tenancy::TenantScope& scope, const std::string& host,
                                    const std::string& password) const
{
    return m_secrets.seal(password, associatedData(scope, host));
}

std::string EsxiServerService::reseal(const tenancy::TenantScope& scope,
                                      const store::EsxiServerRecord& before,
                                      const std::string& newHost) const
{
    const std::string password =
        m_secrets.open(before.passwordSealed, associatedData(scope, before.host));
    return seal(scope, newHost, password);
}

Page<store::EsxiServerRecord> EsxiServerService::list(const tenancy::TenantScope& scope,
                                                      std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::EsxiServerRepository servers(session, scope);
    return {servers.count(), servers.list(offset, limit)};
}

store::EsxiServerRecord EsxiServerService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    store::EsxiServerRepository servers(session, scope);
    return requireFound(servers.find(id));
}

store::EsxiServerRecord EsxiServerService::create(const tenancy::TenantScope& scope,
                                                  const NewEsxiServer& request,
                                                  const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    write.quotas().requireRoom(quota::QuotaMetric::Servers, 1);
    store::EsxiServerRepository servers(write.session(), scope);
    requireFreeHost(servers, request.host, request.port, 0);
    store::EsxiServerRecord server;
    server.name = request.name;
    server.host = request.host;
    server.port = request.port;
    server.username = request.username;
    server.passwordSealed = seal(scope, request.host, request.password);
    const std::int64_t id = servers.create(server, write.at());
    const auto created = requireFound(servers.find(id));
    write.commit({"esxi_server.created", kTargetType, std::to_string(id)});
    return created;
}

store::EsxiServerRecord EsxiServerService::update(const tenancy::TenantScope& scope,
                                                  std::int64_t id, const EsxiServerChanges& changes,
                                                  const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    store::EsxiServerRepository servers(write.session(), scope);
    const auto before = requireFound(servers.find(id));
    store::EsxiServerRecord after = before;
    after.name = changes.name.value_or(before.name);
    after.host = changes.host.value_or(before.host);
    after.port = changes.port.value_or(before.port);
    after.username = changes.username.value_or(before.username);
    requireFreeHost(servers, after.host, after.port, id);
    if (changes.password)
        after.passwordSealed = seal(scope, after.host, *changes.password);
    else if (after.host != before.host)
        after.passwordSealed = reseal(scope, before, after.host);
    servers.update(after, write.at());
    const auto updated = requireFound(servers.find(id));
    write.commit({"esxi_server.updated", kTargetType, std::to_string(id), false});
    return updated;
}

void EsxiServerService::remove(const tenancy::TenantScope& scope, std::int64_t id,
                               const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!store::EsxiServerRepository(write.session(), scope).remove(id))
        throw ApiError::notFound();
    write.commit({"esxi_server.deleted", kTargetType, std::to_string(id)});
}

} // namespace ebm::services
