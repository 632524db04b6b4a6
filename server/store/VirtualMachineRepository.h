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

// One virtual machine of an organization's ESXi host.
struct VirtualMachineRecord
{
    std::int64_t id = 0;
    std::int64_t serverId = 0;
    std::string name;
    std::string guestOs;
    std::string powerState = "unknown";
    std::string createdAt;
    std::string updatedAt;
};

// The virtual machines of the scope's organization, optionally those of one host; every query is
// bound to the tenant scope.
class VirtualMachineRepository final
{
public:
    VirtualMachineRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count(std::optional<std::int64_t> serverId = std::nullopt);
    std::vector<VirtualMachineRecord> list(std::int64_t offset, std::int64_t limit,
                                           std::optional<std::int64_t> serverId = std::nullopt);
    std::optional<VirtualMachineRecord> find(std::int64_t id);
    // The ids among `ids` that name no virtual machine of the organization.
    std::vector<std::int64_t> unknownIds(const std::vector<std::int64_t>& ids);
    // Whether another VM (not `exceptId`) of the same host already has that name.
    bool nameTaken(std::int64_t serverId, const std::string& name, std::int64_t exceptId);
    std::int64_t create(const VirtualMachineRecord& vm, std::chrono::sys_seconds at);
    void update(const VirtualMachineRecord& vm, std::chrono::sys_seconds at);
    // False when no VM with that id belongs to the organization.
    bool remove(std::int64_t id);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
