#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

// One stored audit entry as staff read it, with the acting user's email.
struct AuditRecord
{
    std::int64_t id = 0;
    std::string occurredAt;
    AuditEntry entry;
    std::string actorEmail;
};

// What staff narrow the audit log by; empty fields do not filter.
struct AuditFilter
{
    std::optional<std::int64_t> actorUserId;
    std::string actorEmail;
    std::string organizationId;
    std::string action;       // exact
    std::string actionPrefix; // the action starts with it
    std::string since;        // canonical ISO 8601, inclusive
    std::string until;        // canonical ISO 8601, inclusive
};

// The append-only audit log; entries are written in the same transaction as the change.
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Poco::Data::Session& session);

    void append(const AuditEntry& entry, std::chrono::sys_seconds at);

    // Staff reading: the entries matching `filter`, newest (the last written) first.
    std::int64_t count(const AuditFilter& filter);
    std::vector<AuditRecord> list(const AuditFilter& filter, std::int64_t offset,
                                  std::int64_t limit);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
