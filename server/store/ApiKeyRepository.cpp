#include "store/ApiKeyRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kKeys{
    .name = "api_keys",
    .select = "SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_keys"};

ApiKeyRecord keyFromRow(Poco::Data::RecordSet& rows)
{
    ApiKeyRecord key;
    key.id = rows["id"].convert<std::int64_t>();
    key.name = text(rows, "name");
    key.prefix = text(rows, "prefix");
    key.createdAt = text(rows, "created_at");
    key.lastUsedAt = text(rows, "last_used_at");
    key.revokedAt = text(rows, "revoked_at");
    return key;
}

} // namespace

ApiKeyRepository::ApiKeyRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::optional<auth::Principal> ApiKeyRepository::authenticate(const std::string& keyHash,
                                                              std::chrono::sys_seconds at)
{
    std::string hash = keyHash, timestamp = formatIso8601(at);
    std::vector<Poco::Int64> ids;
    std::vector<std::string> organizations;
    m_session
        << "SELECT id, organization_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
        use(hash), into(ids), into(organizations), now;
    if (ids.empty())
        return std::nullopt;
    m_session << "UPDATE api_keys SET last_used_at = ? WHERE id = ?", use(timestamp),
        use(ids.front()), now;
    auth::Principal principal;
    principal.kind = auth::Principal::Kind::ApiKey;
    principal.apiKeyId = ids.front();
    principal.apiKeyOrganizationId = organizations.front();
    return principal;
}

std::int64_t ApiKeyRepository::count(const tenancy::TenantScope& scope)
{
    return ScopedQuery(m_session, scope, kKeys).count();
}

std::vector<ApiKeyRecord> ApiKeyRepository::list(const tenancy::TenantScope& scope,
                                                 std::int64_t offset, std::int64_t limit)
{
    return ScopedQuery(m_session, scope, kKeys).page(keyFromRow, offset, limit);
}

std::optional<ApiKeyRecord> ApiKeyRepository::find(const tenancy::TenantScope& scope,
                                                   std::int64_t id)
{
    return ScopedQuery(m_session, scope, kKeys).one(keyFromRow, id);
}

std::int64_t ApiKeyRepository::create(const tenancy::TenantScope& scope, const std::string& name,
                                      const std::string& prefix, const std::string& keyHash,
                                      std::chrono::sys_seconds at)
{
    std::string organization = scope.organizationId(), boundName = name, boundPrefix = prefix,
                hash = keyHash, timestamp = formatIso8601(at);
    auto creator = nullable(scope.userId());
    m_session
        << "INSERT INTO api_keys (organization_id, name, prefix, key_hash, created_by, created_at) "
           "VALUES (?, ?, ?, ?, ?, ?)",
        use(organization), use(boundName), use(boundPrefix), use(hash), use(creator),
        use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

bool ApiKeyRepository::revoke(const tenancy::TenantScope& scope, std::int64_t id,
                              std::chrono::sys_seconds at)
{
    std::string organization = scope.organizationId(), timestamp = formatIso8601(at);
    Poco::Int64 boundId = id;
    Poco::Data::Statement update(m_session);
    update << "UPDATE api_keys SET revoked_at = ? WHERE organization_id = ? AND id = ? AND "
              "revoked_at IS NULL",
        use(timestamp), use(organization), use(boundId);
    return update.execute() > 0;
}

} // namespace ebm::store
