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

// One in-portal notification: what happened (kind and the arguments of its text) and when it
// was read, if it was.
struct NotificationRecord
{
    std::int64_t id = 0;
    std::string eventId;
    std::string eventType;
    std::string kind;
    std::vector<std::string> arguments;
    std::string createdAt;
    std::string readAt;
};

// An organization's in-portal notifications, newest first; read state is the organization's.
class NotificationRepository final
{
public:
    NotificationRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    void insert(const NotificationRecord& notification, std::chrono::sys_seconds at);
    std::int64_t count(bool unreadOnly);
    std::vector<NotificationRecord> list(bool unreadOnly, std::int64_t offset, std::int64_t limit);
    std::optional<NotificationRecord> find(std::int64_t id);
    // False when no notification with that id is the organization's (already read is fine).
    bool markRead(std::int64_t id, std::chrono::sys_seconds at);
    // How many were unread.
    std::int64_t markAllRead(std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
