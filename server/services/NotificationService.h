#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/NotificationRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ebm::services
{

// An organization's in-portal notifications: the list (all or unread), the unread count, and
// marking them read (one, or all at once).
class NotificationService final
{
public:
    // One page, the count it is taken from, the unread count and the organization's language.
    struct NotificationPage
    {
        std::int64_t count = 0;
        std::int64_t unreadCount = 0;
        std::vector<store::NotificationRecord> items;
        std::string locale;
    };

    NotificationService(store::Database& database, const Clock& clock);

    NotificationPage list(const tenancy::TenantScope& scope, bool unreadOnly, std::int64_t offset,
                          std::int64_t limit);
    std::int64_t unreadCount(const tenancy::TenantScope& scope);
    // 404 unless the notification is the organization's; reading it twice is fine.
    void markRead(const tenancy::TenantScope& scope, std::int64_t id);
    // How many were unread.
    std::int64_t markAllRead(const tenancy::TenantScope& scope);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
