#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// One audit entry: who did what to which object, why, with the state before and after (JSON).
struct AuditEntry
{
    std::string actorKind = "user"; // user | staff | system | api_key
    std::optional<std::int64_t> actorUserId;
    std::string organizationId;
    std::string action;
    std::string targetType;
    std::string targetId;
    std::string reason;
    std::string beforeJson;
    std::string afterJson;
    std::string requestId;
};

// The append-only audit log; entries are written in the same transaction as the change.
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Poco::Data::Session& session);

    void append(const AuditEntry& entry, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
