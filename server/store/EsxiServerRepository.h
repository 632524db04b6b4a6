#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One ESXi host of an organization; its password is only ever held sealed (SecretBox).
struct EsxiServerRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string host;
    int port = 443;
    std::string username;
    std::string passwordSealed;
    std::string createdAt;
    std::string updatedAt;
};

// The ESXi hosts of the scope's organization; every query is bound to the tenant scope.
class EsxiServerRepository final
{
public:
    EsxiServerRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count();
    std::vector<EsxiServerRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<EsxiServerRecord> find(std::int64_t id);
    // Whether another host of the organization (not `exceptId`) already answers at host:port.
    bool hostTaken(const std::string& host, int port, std::int64_t exceptId);
    std::int64_t create(const EsxiServerRecord& server, std::chrono::sys_seconds at);
    void update(const EsxiServerRecord& server, std::chrono::sys_seconds at);
    // False when no host with that id belongs to the organization. Its VMs go with it.
    bool remove(std::int64_t id);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
