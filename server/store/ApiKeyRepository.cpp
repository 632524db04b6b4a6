#include "store/ApiKeyRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

std::string text(Poco::Data::RecordSet& rows, const std::string& column)
{
    return rows.isNull(column) ? std::string() : rows[column].convert<std::string>();
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

std::vector<ApiKeyRecord> ApiKeyRepository::select(const tenancy::TenantScope& scope,
                                                   std::optional<std::int64_t> id,
                                                   std::int64_t offset, std::int64_t limit)
{
    std::string organization = scope.organizationId();
    Poco::Nullable<Poco::Int64> boundId;
    if (id)
        boundId = *id;
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << "SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_keys "
              "WHERE organization_id = ? AND (? IS NULL OR id = ?) ORDER BY id LIMIT ? OFFSET ?",
        use(organization), use(boundId), use(boundId), use(boundLimit), use(boundOffset);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<ApiKeyRecord> keys;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
        keys.push_back({rows["id"].convert<std::int64_t>(), text(rows, "name"),
                        text(rows, "prefix"), text(rows, "created_at"), text(rows, "last_used_at"),
                        text(rows, "revoked_at")});
    }
    return keys;
}

std::int64_t ApiKeyRepository::count(const tenancy::TenantScope& scope)
{
    std::string organization = scope.organizationId();
    Poco::Int64 total = 0;
    m_session << "SELECT COUNT(*) FROM api_keys WHERE organization_id = ?", use(organization),
        into(total), now;
    return total;
}

std::vector<ApiKeyRecord> ApiKeyRepository::list(const tenancy::TenantScope& scope,
                                                 std::int64_t offset, std::int64_t limit)
{
    return select(scope, std::nullopt, offset, limit);
}

std::optional<ApiKeyRecord> ApiKeyRepository::find(const tenancy::TenantScope& scope,
                                                   std::int64_t id)
{
    auto found = select(scope, id, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t ApiKeyRepository::create(const tenancy::TenantScope& scope, const std::string& name,
                                      const std::string& prefix, const std::string& keyHash,
                                      std::chrono::sys_seconds at)
{
    std::string organization = scope.organizationId(), boundName = name, boundPrefix = prefix,
                hash = keyHash, timestamp = formatIso8601(at);
    Poco::Nullable<Poco::Int64> creator;
    if (scope.userId())
        creator = *scope.userId();
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
