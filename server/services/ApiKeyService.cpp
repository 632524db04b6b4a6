#include "services/ApiKeyService.h"

#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "services/InventoryWrite.h"

namespace ebm::services
{

using http::ApiError;
using security::TokenGenerator;

namespace
{

const char* const kTargetType = "api_key";

} // namespace

ApiKeyService::ApiKeyService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Page<store::ApiKeyRecord> ApiKeyService::list(const tenancy::TenantScope& scope,
                                              std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::ApiKeyRepository keys(session);
    return {keys.count(scope), keys.list(scope, offset, limit)};
}

ApiKeyService::IssuedKey ApiKeyService::create(const tenancy::TenantScope& scope,
                                               const std::string& name,
                                               const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!write.quotas().plan().features.apiAccess) {
        ApiError error(403, "feature_not_available",
                       "API access is not included in your plan. Upgrade the plan to use it.");
        error.with("feature", "api_access");
        throw error;
    }
    IssuedKey issued;
    issued.key = TokenGenerator::newApiKey();
    store::ApiKeyRepository keys(write.session());
    const std::int64_t id = keys.create(scope, name, TokenGenerator::prefixOf(issued.key),
                                        TokenGenerator::hash(issued.key), write.at());
    issued.record = *keys.find(scope, id);
    write.commit({"api_key.created", kTargetType, std::to_string(id), false});
    return issued;
}

void ApiKeyService::revoke(const tenancy::TenantScope& scope, std::int64_t id,
                           const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!store::ApiKeyRepository(write.session()).revoke(scope, id, write.at()))
        throw ApiError::notFound();
    write.commit({"api_key.revoked", kTargetType, std::to_string(id), false});
}

} // namespace ebm::services
