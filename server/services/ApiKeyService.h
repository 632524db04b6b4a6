#pragma once

#include "domain/Clock.h"
#include "services/Page.h"
#include "store/ApiKeyRepository.h"
#include "store/Database.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <string>

namespace ebm::services
{

// The organization API keys the backup engine authenticates with: issued only on plans with API
// access, shown in full once at creation, stored hashed, revocable; every change audited.
class ApiKeyService final
{
public:
    // A key just issued: its record and the key itself, which is never shown again.
    struct IssuedKey
    {
        store::ApiKeyRecord record;
        std::string key;
    };

    ApiKeyService(store::Database& database, const Clock& clock);

    Page<store::ApiKeyRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                   std::int64_t limit);
    IssuedKey create(const tenancy::TenantScope& scope, const std::string& name,
                     const std::string& requestId);
    // 404 unless an active key with that id belongs to the scope's organization.
    void revoke(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
