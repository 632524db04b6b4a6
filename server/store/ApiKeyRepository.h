#pragma once

#include "auth/Principal.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One organization API key as listed to its owners (never the key itself).
struct ApiKeyRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string prefix;
    std::string createdAt;
    std::string lastUsedAt;
    std::string revokedAt;
};

// Organization API keys: the authenticator's lookup by hash, and the scoped management list.
class ApiKeyRepository final
{
public:
    explicit ApiKeyRepository(Poco::Data::Session& session);

    // The organization behind an active key, marking it used.
    std::optional<auth::Principal> authenticate(const std::string& keyHash,
                                                std::chrono::sys_seconds at);

    std::int64_t count(const tenancy::TenantScope& scope);
    // Revoked keys included, oldest first.
    std::vector<ApiKeyRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                   std::int64_t limit);
    std::optional<ApiKeyRecord> find(const tenancy::TenantScope& scope, std::int64_t id);
    std::int64_t create(const tenancy::TenantScope& scope, const std::string& name,
                        const std::string& prefix, const std::string& keyHash,
                        std::chrono::sys_seconds at);
    // False when no active key with that id belongs to the scope's organization.
    bool revoke(const tenancy::TenantScope& scope, std::int64_t id, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
