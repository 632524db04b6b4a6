#include "store/NotificationRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <sstream>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

constexpr std::string_view kSelect =
    "SELECT id, event_id, event_type, kind, arguments_json, created_at, read_at FROM notifications";

const ScopedTable kAll{
    .name = "notifications", .select = kSelect, .orderBy = "notifications.id DESC"};
const ScopedTable kUnread{.name = "notifications",
                          .select = kSelect,
                          .condition = "notifications.read_at IS NULL",
                          .orderBy = "notifications.id DESC"};

std::vector<std::string> argumentsOf(const std::string& json)
{
    std::vector<std::string> arguments;
    const auto array = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i)
        arguments.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return arguments;
}

std::string argumentsJson(const std::vector<std::string>& arguments)
{
    Poco::JSON::Array array;
    for (const std::string& argument : arguments)
        array.add(argument);
    std::ostringstream out;
    array.stringify(out);
    return out.str();
}

NotificationRecord notificationFromRow(Poco::Data::RecordSet& rows)
{
    NotificationRecord notification;
    notification.id = rows["id"].convert<std::int64_t>();
    notification.eventId = text(rows, "event_id");
    notification.eventType = text(rows, "event_type");
    notification.kind = text(rows, "kind");
    notification.arguments = argumentsOf(text(rows, "arguments_json"));
    notification.createdAt = text(rows, "created_at");
    notification.readAt = text(rows, "read_at");
    return notification;
}

} // namespace

NotificationRepository::NotificationRepository(Poco::Data::Session& session,
                                               const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

void NotificationRepository::insert(const NotificationRecord& notification,
                                    std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), eventId = notification.eventId,
                type = notification.eventType, kind = notification.kind,
                arguments = argumentsJson(notification.arguments), timestamp = formatIso8601(at);
    m_session << "INSERT INTO notifications (organization_id, event_id, event_type, kind, "
                 "arguments_json, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        use(organization), use(eventId), use(type), use(kind), use(arguments), use(timestamp), now;
}

std::int64_t NotificationRepository::count(bool unreadOnly)
{
    return ScopedQuery(m_session, m_scope, unreadOnly ? kUnread : kAll).count();
}

std::vector<NotificationRecord> NotificationRepository::list(bool unreadOnly, std::int64_t offset,
                                                             std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, unreadOnly ? kUnread : kAll)
        .page(notificationFromRow, offset, limit);
}

std::optional<NotificationRecord> NotificationRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kAll).one(notificationFromRow, id);
}

bool NotificationRepository::markRead(std::int64_t id, std::chrono::sys_seconds at)
{
    if (!find(id))
        return false;
    std::string organization = m_scope.organizationId(), timestamp = formatIso8601(at);
    Poco::Int64 boundId = id;
    m_session << "UPDATE notifications SET read_at = ? WHERE organization_id = ? AND id = ? AND "
                 "read_at IS NULL",
        use(timestamp), use(organization), use(boundId), now;
    return true;
}

std::int64_t NotificationRepository::markAllRead(std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE notifications SET read_at = ? WHERE organization_id = ? AND read_at IS NULL",
        use(timestamp), use(organization);
    return static_cast<std::int64_t>(update.execute());
}

} // namespace ebm::store
