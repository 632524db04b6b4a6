#pragma once

#include "domain/Clock.h"
#include "services/Page.h"
#include "store/Database.h"
#include "store/VirtualMachineRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ebm::services
{

// What a member sends to record a virtual machine of one of the organization's hosts.
struct NewVirtualMachine
{
    std::int64_t serverId = 0;
    std::string name;
    std::string guestOs;
    std::string powerState = "unknown";
};

// The fields a PATCH changes; the others stay as they are.
struct VirtualMachineChanges
{
    std::optional<std::int64_t> serverId;
    std::optional<std::string> name;
    std::optional<std::string> guestOs;
    std::optional<std::string> powerState;
};

// The organization's virtual machines: metered against the vms quota, always on one of the
// organization's own hosts, every change audited.
class VirtualMachineService final
{
public:
    VirtualMachineService(store::Database& database, const Clock& clock);

    Page<store::VirtualMachineRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                           std::int64_t limit,
                                           std::optional<std::int64_t> serverId);
    // 404 unless the VM belongs to the scope's organization.
    store::VirtualMachineRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    store::VirtualMachineRecord create(const tenancy::TenantScope& scope,
                                       const NewVirtualMachine& request,
                                       const std::string& requestId);
    store::VirtualMachineRecord update(const tenancy::TenantScope& scope, std::int64_t id,
                                       const VirtualMachineChanges& changes,
                                       const std::string& requestId);
    void remove(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
