#include "web/PortalNotificationsController.h"

#include "billing/LocaleFormat.h"
#include "services/NotificationTexts.h"

namespace ebm::web
{

namespace
{

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Notifications");

} // namespace

PortalNotificationsController::PortalNotificationsController(
    const PortalLayout& layout, services::NotificationService& notifications)
    : m_layout(layout)
    , m_notifications(notifications)
{
}

// GET /account/{id}/notifications?page=  (member, any role, any status)
// Newest first, 25 a page: title, text and date in the page's language, unread ones marked.
// Owners, admins and members also get "Mark as read" on each unread one and "Mark all as read".
http::ApiResponse PortalNotificationsController::list(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const auto paging = PortalLayout::paging(request, kPageSize);
    const auto found = m_notifications.list(request.tenant(), false, paging.offset, paging.limit);
    const bool canMark = request.tenant().allows(Permission::ManageInventory);
    std::vector<TemplateContext> rows;
    for (const store::NotificationRecord& notification : found.items) {
        const auto rendered = services::NotificationTexts::render(notification, page.translator());
        const bool unread = notification.readAt.empty();
        rows.push_back(TemplateContext()
                           .set("id", std::to_string(notification.id))
                           .set("title", rendered.title)
                           .set("text", rendered.text)
                           .set("date", billing::formatDay(notification.createdAt, page.locale()))
                           .set("unread", unread)
                           .set("show_mark", unread && canMark));
    }
    TemplateContext context;
    context.set("has_notifications", !rows.empty())
        .set("notifications", std::move(rows))
        .set("can_mark_all", canMark && found.unreadCount > 0)
        .set("pager", m_layout.pager(page, paging, found.count));
    return m_layout.page(page, PortalLayout::Section::Notifications, "portal_notifications",
                         context, page.tr(kTitle));
}

// POST /account/{id}/notifications/{notification_id}/read  (owner, admin, member)
// 303 back to the notifications page; 404 for another organization's notification.
http::ApiResponse PortalNotificationsController::markRead(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    m_notifications.markRead(request.tenant(), request.pathId("notification_id"));
    return PortalLayout::back(page, "notifications");
}

// POST /account/{id}/notifications/read_all  (owner, admin, member)
// 303 back to the notifications page.
http::ApiResponse PortalNotificationsController::markAllRead(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    m_notifications.markAllRead(request.tenant());
    return PortalLayout::back(page, "notifications");
}

} // namespace ebm::web
