#include "store/VirtualMachineRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

Poco::Nullable<Poco::Int64> nullable(std::optional<std::int64_t> value)
{
    if (!value)
        return {};
    return Poco::Int64{*value};
}

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

std::vector<VirtualMachineRecord>
VirtualMachineRepository::select(std::optional<std::int64_t> id,
                                 std::optional<std::int64_t> serverId, std::int64_t offset,
                                 std::int64_t limit)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundId = nullable(id), boundServer = nullable(serverId);
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement statement(m_session);
    statement << "SELECT id, server_id, name, guest_os, power_state, created_at, updated_at "
                 "FROM virtual_machines WHERE organization_id = ? AND (? IS NULL OR id = ?) "
                 "AND (? IS NULL OR server_id = ?) ORDER BY id LIMIT ? OFFSET ?",
        use(organization), use(boundId), use(boundId), use(boundServer), use(boundServer),
        use(boundLimit), use(boundOffset);
    statement.execute();
    Poco::Data::RecordSet rows(statement);
    std::vector<VirtualMachineRecord> vms;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        vms.push_back(vmFromRow(rows));
    return vms;
}

std::int64_t VirtualMachineRepository::count(std::optional<std::int64_t> serverId)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundServer = nullable(serverId);
    Poco::Int64 total = 0;
    m_session << "SELECT COUNT(*) FROM virtual_machines WHERE organization_id = ? AND "
                 "(? IS NULL OR server_id = ?)",
        use(organization), use(boundServer), use(boundServer), into(total), now;
    return total;
}

std::vector<VirtualMachineRecord>
VirtualMachineRepository::list(std::int64_t offset, std::int64_t limit,
                               std::optional<std::int64_t> serverId)
{
    return select(std::nullopt, serverId, offset, limit);
}

std::optional<VirtualMachineRecord> VirtualMachineRepository::find(std::int64_t id)
{
    auto found = select(id, std::nullopt, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
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
