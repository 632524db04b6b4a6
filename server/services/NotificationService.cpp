#include "services/NotificationService.h"

#include "http/ApiError.h"
#include "store/OrganizationRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

NotificationService::NotificationService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

NotificationService::NotificationPage NotificationService::list(const tenancy::TenantScope& scope,
                                                                bool unreadOnly,
                                                                std::int64_t offset,
                                                                std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::NotificationRepository notifications(session, scope);
    NotificationPage page;
    page.count = notifications.count(unreadOnly);
    page.unreadCount = unreadOnly ? page.count : notifications.count(true);
    page.items = notifications.list(unreadOnly, offset, limit);
    const auto organization =
        store::OrganizationRepository(session).findById(scope.organizationId());
    page.locale = organization ? organization->locale : "en";
    return page;
}

std::int64_t NotificationService::unreadCount(const tenancy::TenantScope& scope)
{
    Poco::Data::Session session = m_database.session();
    return store::NotificationRepository(session, scope).count(true);
}

void NotificationService::markRead(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    if (!store::NotificationRepository(session, scope).markRead(id, m_clock.now()))
        throw http::ApiError::notFound();
    transaction.commit();
}

std::int64_t NotificationService::markAllRead(const tenancy::TenantScope& scope)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto marked = store::NotificationRepository(session, scope).markAllRead(m_clock.now());
    transaction.commit();
    return marked;
}

} // namespace ebm::services
