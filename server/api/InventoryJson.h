#pragma once

#include "store/ApiKeyRepository.h"
#include "store/BackupJobRepository.h"
#include "store/BackupRepository.h"
#include "store/EsxiServerRepository.h"
#include "store/VirtualMachineRepository.h"

#include <Poco/JSON/Object.h>
#include <string>

namespace ebm::api
{

// JSON shapes of the ESXi inventory and API keys. Never includes a host password (sealed or
// not) — only "has_password" — nor an API key's hash; the key itself only in issuedApiKey.
class InventoryJson final
{
public:
    static Poco::JSON::Object::Ptr server(const store::EsxiServerRecord& server);
    static Poco::JSON::Object::Ptr virtualMachine(const store::VirtualMachineRecord& vm);
    static Poco::JSON::Object::Ptr backupJob(const store::BackupJobRecord& job);
    static Poco::JSON::Object::Ptr backup(const store::BackupRecord& backup);
    static Poco::JSON::Object::Ptr apiKey(const store::ApiKeyRecord& key);
    static Poco::JSON::Object::Ptr issuedApiKey(const store::ApiKeyRecord& key,
                                                const std::string& plainKey);
};

} // namespace ebm::api
