#include "services/VirtualMachineService.h"

#include "http/ApiError.h"
#include "services/InventoryWrite.h"
#include "services/RequireFound.h"
#include "store/EsxiServerRepository.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

const char* const kTargetType = "vm";

// The host must be the organization's own and the name free on it: 400 naming the field.
void requirePlacement(Poco::Data::Session& session, const tenancy::TenantScope& scope,
                      const store::VirtualMachineRecord& vm)
{
    if (!store::EsxiServerRepository(session, scope).find(vm.serverId))
        throw ApiError::validation("server_id", "Unknown server.");
    if (store::VirtualMachineRepository(session, scope).nameTaken(vm.serverId, vm.name, vm.id))
        throw ApiError::validation(
            "name", "A virtual machine with this name already exists on this server.");
}

} // namespace

VirtualMachineService::VirtualMachineService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Page<store::VirtualMachineRecord> VirtualMachineService::list(const tenancy::TenantScope& scope,
                                                              std::int64_t offset,
                                                              std::int64_t limit,
                                                              std::optional<std::int64_t> serverId)
{
    Poco::Data::Session session = m_database.session();
    store::VirtualMachineRepository vms(session, scope);
    return {vms.count(serverId), vms.list(offset, limit, serverId)};
}

store::VirtualMachineRecord VirtualMachineService::get(const tenancy::TenantScope& scope,
                                                       std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    store::VirtualMachineRepository vms(session, scope);
    return requireFound(vms.find(id));
}

store::VirtualMachineRecord VirtualMachineService::create(const tenancy::TenantScope& scope,
                                                          const NewVirtualMachine& request,
                                                          const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    write.quotas().requireRoom(quota::QuotaMetric::VirtualMachines, 1);
    store::VirtualMachineRecord vm;
    vm.serverId = request.serverId;
    vm.name = request.name;
    vm.guestOs = request.guestOs;
    vm.powerState = request.powerState;
    requirePlacement(write.session(), scope, vm);
    store::VirtualMachineRepository vms(write.session(), scope);
    const std::int64_t id = vms.create(vm, write.at());
    const auto created = requireFound(vms.find(id));
    write.commit({"vm.created", kTargetType, std::to_string(id)});
    return created;
}

store::VirtualMachineRecord VirtualMachineService::update(const tenancy::TenantScope& scope,
                                                          std::int64_t id,
                                                          const VirtualMachineChanges& changes,
                                                          const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    store::VirtualMachineRepository vms(write.session(), scope);
    store::VirtualMachineRecord vm = requireFound(vms.find(id));
    vm.serverId = changes.serverId.value_or(vm.serverId);
    vm.name = changes.name.value_or(vm.name);
    vm.guestOs = changes.guestOs.value_or(vm.guestOs);
    vm.powerState = changes.powerState.value_or(vm.powerState);
    requirePlacement(write.session(), scope, vm);
    vms.update(vm, write.at());
    const auto updated = requireFound(vms.find(id));
    write.commit({"vm.updated", kTargetType, std::to_string(id), false});
    return updated;
}

void VirtualMachineService::remove(const tenancy::TenantScope& scope, std::int64_t id,
                                   const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!store::VirtualMachineRepository(write.session(), scope).remove(id))
        throw ApiError::notFound();
    write.commit({"vm.deleted", kTargetType, std::to_string(id)});
}

} // namespace ebm::services
