#include "store/WebhookEndpointRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/StringTokenizer.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kEndpoints{.name = "webhook_endpoints",
                             .select = "SELECT id, url, description, event_types, is_active, "
                                       "created_at, updated_at FROM webhook_endpoints"};

std::vector<std::string> eventTypesOf(const std::string& stored)
{
    std::vector<std::string> types;
    if (stored == "*")
        return types;
    const Poco::StringTokenizer tokens(stored, ",", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    return {tokens.begin(), tokens.end()};
}

WebhookEndpointRecord endpointFromRow(Poco::Data::RecordSet& rows)
{
    WebhookEndpointRecord endpoint;
    endpoint.id = rows["id"].convert<std::int64_t>();
    endpoint.url = text(rows, "url");
    endpoint.description = text(rows, "description");
    endpoint.eventTypes = eventTypesOf(text(rows, "event_types"));
    endpoint.active = flag(rows, "is_active");
    endpoint.createdAt = text(rows, "created_at");
    endpoint.updatedAt = text(rows, "updated_at");
    return endpoint;
}

} // namespace

WebhookEndpointRepository::WebhookEndpointRepository(Poco::Data::Session& session,
                                                     const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::string WebhookEndpointRepository::storedEventTypes(const std::vector<std::string>& eventTypes)
{
    if (eventTypes.empty())
        return "*";
    std::string stored = ",";
    for (const std::string& type : eventTypes)
        stored += type + ",";
    return stored;
}

std::int64_t WebhookEndpointRepository::count()
{
    return ScopedQuery(m_session, m_scope, kEndpoints).count();
}

std::vector<WebhookEndpointRecord> WebhookEndpointRepository::list(std::int64_t offset,
                                                                   std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, kEndpoints).page(endpointFromRow, offset, limit);
}

std::optional<WebhookEndpointRecord> WebhookEndpointRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kEndpoints).one(endpointFromRow, id);
}

std::int64_t WebhookEndpointRepository::create(const WebhookEndpointRecord& endpoint,
                                               std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), url = endpoint.url,
                description = endpoint.description, types = storedEventTypes(endpoint.eventTypes),
                noSecret, timestamp = formatIso8601(at);
    int active = endpoint.active ? 1 : 0;
    auto creator = nullable(m_scope.userId());
    m_session << "INSERT INTO webhook_endpoints (organization_id, url, description, event_types, "
                 "secret_sealed, is_active, created_by, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        use(organization), use(url), use(description), use(types), use(noSecret), use(active),
        use(creator), use(timestamp), use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

void WebhookEndpointRepository::setSecret(std::int64_t id, const std::string& sealedSecret)
{
    std::string organization = m_scope.organizationId(), sealed = sealedSecret;
    Poco::Int64 boundId = id;
    m_session << "UPDATE webhook_endpoints SET secret_sealed = ? WHERE organization_id = ? AND "
                 "id = ?",
        use(sealed), use(organization), use(boundId), now;
}

bool WebhookEndpointRepository::update(const WebhookEndpointRecord& endpoint,
                                       std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), url = endpoint.url,
                description = endpoint.description, types = storedEventTypes(endpoint.eventTypes),
                timestamp = formatIso8601(at);
    int active = endpoint.active ? 1 : 0;
    Poco::Int64 id = endpoint.id;
    Poco::Data::Statement update(m_session);
    update << "UPDATE webhook_endpoints SET url = ?, description = ?, event_types = ?, "
              "is_active = ?, updated_at = ? WHERE organization_id = ? AND id = ?",
        use(url), use(description), use(types), use(active), use(timestamp), use(organization),
        use(id);
    return update.execute() > 0;
}

bool WebhookEndpointRepository::remove(std::int64_t id)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundId = id;
    Poco::Data::Statement remove(m_session);
    remove << "DELETE FROM webhook_endpoints WHERE organization_id = ? AND id = ?",
        use(organization), use(boundId);
    return remove.execute() > 0;
}

} // namespace ebm::store
