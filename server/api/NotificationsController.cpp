#include "api/NotificationsController.h"

#include "api/JsonValues.h"
#include "api/QueryFilters.h"
#include "http/Pagination.h"
#include "i18n/Translator.h"
#include "services/NotificationTexts.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

Poco::JSON::Object::Ptr notificationJson(const store::NotificationRecord& notification,
                                         const i18n::Translator& t)
{
    const auto rendered = services::NotificationTexts::render(notification, t);
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    json->set("id", notification.id);
    json->set("event_id", notification.eventId);
    json->set("type", notification.eventType);
    json->set("kind", notification.kind);
    json->set("title", rendered.title);
    json->set("text", rendered.text);
    json->set("created_at", notification.createdAt);
    json->set("read", !notification.readAt.empty());
    json->set("read_at", textOrNull(notification.readAt));
    return json;
}

} // namespace

NotificationsController::NotificationsController(services::NotificationService& notifications,
                                                 std::string publicBaseUrl)
    : m_notifications(notifications)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/tenants/notifications/?unread=true|false&page=&page_size=  (member, any role)
// Paginated, newest first: [{id,event_id,type,kind,title,text,created_at,read,read_at|null}]
// with title and text in the organization's language, plus "unread_count" (of all pages).
// Errors: 400 {"unread":[…]} when not true/false.
ApiResponse NotificationsController::list(const ApiRequest& request)
{
    QueryFilters filters(request);
    const bool unreadOnly = filters.flag("unread").value_or(false);
    filters.done();
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_notifications.list(request.tenant(), unreadOnly, pagination.offset(),
                                           pagination.pageSize());
    const i18n::Translator t(page.locale);
    auto body = pagination.envelope(
        page.count,
        arrayOf(page.items,
                [&t](const store::NotificationRecord& item) { return notificationJson(item, t); }),
        m_publicBaseUrl, request);
    body->set("unread_count", page.unreadCount);
    return ApiResponse::json(body);
}

// POST /api/tenants/notifications/{id}/read/  (owner, admin, member)
// Marks it read (again is fine). Answer 204. Errors: 404 (unknown or another organization's).
ApiResponse NotificationsController::markRead(const ApiRequest& request)
{
    m_notifications.markRead(request.tenant(), request.pathId("id"));
    return ApiResponse::noContent();
}

// POST /api/tenants/notifications/read_all/  (owner, admin, member)
// Answer 200 {"marked": <how many were unread>, "unread_count": 0}.
ApiResponse NotificationsController::markAllRead(const ApiRequest& request)
{
    const auto marked = m_notifications.markAllRead(request.tenant());
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("marked", marked);
    body->set("unread_count", 0);
    return ApiResponse::json(body);
}

} // namespace ebm::api
