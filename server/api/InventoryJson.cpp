#include "api/InventoryJson.h"

#include "api/JsonValues.h"
#include "http/ApiResponse.h"

namespace ebm::api
{

using http::makeObject;
using Poco::JSON::Object;

Object::Ptr InventoryJson::server(const store::EsxiServerRecord& server)
{
    Object::Ptr json = makeObject();
    json->set("id", server.id);
    json->set("name", server.name);
    json->set("host", server.host);
    json->set("port", server.port);
    json->set("username", server.username);
    json->set("has_password", !server.passwordSealed.empty());
    json->set("created_at", server.createdAt);
    json->set("updated_at", server.updatedAt);
    return json;
}

Object::Ptr InventoryJson::virtualMachine(const store::VirtualMachineRecord& vm)
{
    Object::Ptr json = makeObject();
    json->set("id", vm.id);
    json->set("server_id", vm.serverId);
    json->set("name", vm.name);
    json->set("guest_os", vm.guestOs);
    json->set("power_state", vm.powerState);
    json->set("created_at", vm.createdAt);
    json->set("updated_at", vm.updatedAt);
    return json;
}

Object::Ptr InventoryJson::backupJob(const store::BackupJobRecord& job)
{
    Object::Ptr json = makeObject();
    json->set("id", job.id);
    json->set("name", job.name);
    json->set("schedule", job.schedule);
    json->set("retention_days", job.retentionDays);
    json->set("vm_ids", arrayOf(job.vmIds, [](std::int64_t id) { return id; }));
    json->set("replication_enabled", job.replicationEnabled);
    json->set("sure_backup_enabled", job.sureBackupEnabled);
    json->set("is_enabled", job.isEnabled);
    json->set("created_at", job.createdAt);
    json->set("updated_at", job.updatedAt);
    return json;
}

Object::Ptr InventoryJson::backup(const store::BackupRecord& backup)
{
    Object::Ptr json = makeObject();
    json->set("id", backup.id);
    json->set("job_id", backup.jobId);
    json->set("started_at", backup.startedAt);
    json->set("finished_at", textOrNull(backup.finishedAt));
    json->set("status", backup.status);
    json->set("size_bytes", backup.sizeBytes);
    json->set("created_at", backup.createdAt);
    return json;
}

Object::Ptr InventoryJson::apiKey(const store::ApiKeyRecord& key)
{
    Object::Ptr json = makeObject();
    json->set("id", key.id);
    json->set("name", key.name);
    json->set("prefix", key.prefix);
    json->set("created_at", key.createdAt);
    json->set("last_used_at", textOrNull(key.lastUsedAt));
    json->set("revoked_at", textOrNull(key.revokedAt));
    return json;
}

Object::Ptr InventoryJson::issuedApiKey(const store::ApiKeyRecord& key, const std::string& plainKey)
{
    Object::Ptr json = apiKey(key);
    json->set("key", plainKey);
    return json;
}

} // namespace ebm::api
