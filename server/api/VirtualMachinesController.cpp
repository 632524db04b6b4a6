#include "api/VirtualMachinesController.h"

#include "api/InventoryJson.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kNameLength = 200;
constexpr std::array<std::string_view, 4> kPowerStates{"powered_on", "powered_off", "suspended",
                                                       "unknown"};
const char* const kPowerStateChoices = "powered_on, powered_off, suspended, unknown";

std::string parsePowerState(std::string_view text)
{
    if (std::find(kPowerStates.begin(), kPowerStates.end(), text) == kPowerStates.end())
        throw std::invalid_argument("power_state");
    return std::string(text);
}

std::optional<std::string> powerState(JsonFields& fields)
{
    if (!fields.has("power_state"))
        return std::nullopt;
    return fields.choice("power_state", parsePowerState, kPowerStateChoices);
}

std::optional<std::int64_t> serverId(JsonFields& fields)
{
    return fields.optionalInteger("server_id", 1, INT64_MAX);
}

} // namespace

VirtualMachinesController::VirtualMachinesController(services::VirtualMachineService& vms,
                                                     std::string publicBaseUrl)
    : m_vms(vms)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/esxi/vms/?server_id=  (member, any role)
// Paginated [{id,server_id,name,guest_os,power_state,created_at,updated_at}], by id; server_id
// keeps one host's VMs. Errors: 400 {"server_id":[…]} when it is not a positive integer.
ApiResponse VirtualMachinesController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_vms.list(request.tenant(), pagination.offset(), pagination.pageSize(),
                                 request.queryId("server_id"));
    return pagedList(request, pagination, page.count, page.items, InventoryJson::virtualMachine,
                     m_publicBaseUrl);
}

// GET /api/esxi/vms/{id}/  (member, any role) — one VM. Errors: 404 (also another
// organization's).
ApiResponse VirtualMachinesController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        InventoryJson::virtualMachine(m_vms.get(request.tenant(), request.pathId("id"))));
}

// POST /api/esxi/vms/  (owner/admin/member)
// body {"server_id","name","guest_os"?,"power_state"?:"powered_on"|"powered_off"|"suspended"|
// "unknown" (unknown)}. Answer 201: the VM. Errors: 400 naming each bad field, {"server_id":
// ["Unknown server."]} for a host that is not the organization's, {"name":[…]} when the host
// already has a VM of that name; 403 quota_exceeded (metric "vms"); 403 permission_denied.
ApiResponse VirtualMachinesController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewVirtualMachine vm;
    vm.serverId = fields.requiredInteger("server_id", 1, INT64_MAX);
    vm.name = fields.requiredString("name", kNameLength);
    vm.guestOs = fields.optionalString("guest_os");
    const auto state = powerState(fields);
    fields.done();
    vm.powerState = state.value_or("unknown");
    const auto created = m_vms.create(request.tenant(), vm, request.requestId());
    return ApiResponse::json(InventoryJson::virtualMachine(created), 201);
}

// PATCH /api/esxi/vms/{id}/  (owner/admin/member)
// body: any of {"server_id","name","guest_os","power_state"}. Answer: the VM.
// Errors: 404; 400 as for POST.
ApiResponse VirtualMachinesController::update(const ApiRequest& request)
{
    const std::int64_t id = request.pathId("id");
    JsonFields fields(request.jsonBody());
    services::VirtualMachineChanges changes;
    changes.serverId = serverId(fields);
    changes.name = fields.changedString("name", kNameLength);
    if (fields.has("guest_os"))
        changes.guestOs = fields.optionalString("guest_os");
    changes.powerState = powerState(fields);
    fields.done();
    const auto updated = m_vms.update(request.tenant(), id, changes, request.requestId());
    return ApiResponse::json(InventoryJson::virtualMachine(updated));
}

// DELETE /api/esxi/vms/{id}/  (owner/admin/member)
// Deletes the VM and removes it from the backup jobs selecting it. Answer 204. Errors: 404.
ApiResponse VirtualMachinesController::remove(const ApiRequest& request)
{
    m_vms.remove(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
