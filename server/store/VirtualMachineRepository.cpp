#include "store/VirtualMachineRepository.h"

#include "domain/Timestamp.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kVms{
    .name = "virtual_machines",
    .select = "SELECT id, server_id, name, guest_os, power_state, created_at, updated_at "
              "FROM virtual_machines",
    .filterColumn = "server_id"};

VirtualMachineRecord vmFromRow(Poco::Data::RecordSet& rows)
{
    VirtualMachineRecord vm;
    vm.id = rows["id"].convert<std::int64_t>();
    vm.serverId = rows["server_id"].convert<std::int64_t>();
    vm.name = rows["name"].convert<std::string>();
    vm.guestOs = rows["guest_os"].convert<std::string>();
    vm.powerState = rows["power_state"].convert<std::string>();
    vm.createdAt = rows["created_at"].convert<std::string>();
    vm.updatedAt = rows["updated_at"].convert<std::string>();
    return vm;
}

} // namespace

VirtualMachineRepository::VirtualMachineRepository(Poco::Data::Session& session,
                                                   const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t VirtualMachineRepository::count(std::optional<std::int64_t> serverId)
{
    return ScopedQuery(m_session, m_scope, kVms).count(serverId);
}

std::vector<VirtualMachineRecord>
VirtualMachineRepository::list(std::int64_t offset, std::int64_t limit,
                               std::optional<std::int64_t> serverId)
{
    return ScopedQuery(m_session, m_scope, kVms).page(vmFromRow, offset, limit, serverId);
}

std::optional<VirtualMachineRecord> VirtualMachineRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kVms).one(vmFromRow, id);
}

std::vector<std::int64_t> VirtualMachineRepository::unknownIds(const std::vector<std::int64_t>& ids)
{
    std::vector<std::int64_t> unknown;
    for (const std::int64_t id : ids) {
        if (!find(id))
            unknown.push_back(id);
    }
    return unknown;
}

bool VirtualMachineRepository::nameTaken(std::int64_t serverId, const std::string& name,
                                         std::int64_t exceptId)
{
    std::string organization = m_scope.organizationId(), boundName = name;
    Poco::Int64 server = serverId, except = exceptId, found = 0;
    m_session << "SELECT COUNT(*) FROM virtual_machines WHERE organization_id = ? AND "
                 "server_id = ? AND name = ? AND id <> ?",
        use(organization), use(server), use(boundName), use(except), into(found), now;
    return found > 0;
}

std::int64_t VirtualMachineRepository::create(const VirtualMachineRecord& vm,
                                              std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = vm.name, guestOs = vm.guestOs,
                powerState = vm.powerState, timestamp = formatIso8601(at);
    Poco::Int64 server = vm.serverId;
    m_session << "INSERT INTO virtual_machines (organization_id, server_id, name, guest_os, "
                 "power_state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        use(organization), use(server), use(name), use(guestOs), use(powerState), use(timestamp),
        use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

void VirtualMachineRepository::update(const VirtualMachineRecord& vm, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = vm.name, guestOs = vm.guestOs,
                powerState = vm.powerState, timestamp = formatIso8601(at);
    Poco::Int64 server = vm.serverId, id = vm.id;
    m_session << "UPDATE virtual_machines SET server_id = ?, name = ?, guest_os = ?, "
                 "power_state = ?, updated_at = ? WHERE organization_id = ? AND id = ?",
        use(server), use(name), use(guestOs), use(powerState), use(timestamp), use(organization),
        use(id), now;
}

bool VirtualMachineRepository::remove(std::int64_t id)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundId = id;
    Poco::Data::Statement statement(m_session);
    statement << "DELETE FROM virtual_machines WHERE organization_id = ? AND id = ?",
        use(organization), use(boundId);
    return statement.execute() > 0;
}

} // namespace ebm::store
