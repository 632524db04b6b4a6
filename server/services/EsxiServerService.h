#pragma once

#include "domain/Clock.h"
#include "security/SecretBox.h"
#include "services/Page.h"
#include "store/Database.h"
#include "store/EsxiServerRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ebm::services
{

// What a member sends to register an ESXi host.
struct NewEsxiServer
{
    std::string name;
    std::string host;
    int port = 443;
    std::string username;
    std::string password;
};

// The fields a PATCH changes; the others stay as they are.
struct EsxiServerChanges
{
    std::optional<std::string> name;
    std::optional<std::string> host;
    std::optional<int> port;
    std::optional<std::string> username;
    std::optional<std::string> password;
};

// The organization's ESXi hosts: metered against the servers quota, passwords sealed with the
// master key and bound to the organization and host (never returned, never logged), every change
// audited.
class EsxiServerService final
{
public:
    EsxiServerService(store::Database& database, const Clock& clock,
                      const security::SecretBox& secrets);

    Page<store::EsxiServerRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                       std::int64_t limit);
    // 404 unless the host belongs to the scope's organization.
    store::EsxiServerRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    store::EsxiServerRecord create(const tenancy::TenantScope& scope, const NewEsxiServer& request,
                                   const std::string& requestId);
    store::EsxiServerRecord update(const tenancy::TenantScope& scope, std::int64_t id,
                                   const EsxiServerChanges& changes, const std::string& requestId);
    // Deletes the host with its virtual machines.
    void remove(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);

private:
    std::string seal(const tenancy::TenantScope& scope, const std::string& host,
                     const std::string& password) const;
    std::string reseal(const tenancy::TenantScope& scope, const store::EsxiServerRecord& before,
                       const std::string& newHost) const;

    store::Database& m_database;
    const Clock& m_clock;
    const security::SecretBox& m_secrets;
};

} // namespace ebm::services
