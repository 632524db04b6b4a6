#include "api/EsxiServersController.h"

#include "api/InventoryJson.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

#include <Poco/String.h>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kNameLength = 200;
constexpr std::size_t kHostLength = 253;
constexpr std::size_t kPasswordLength = 1024;
constexpr int kDefaultPort = 443;

std::optional<int> port(JsonFields& fields)
{
    const auto value = fields.optionalInteger("port", 1, 65535);
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}

std::optional<std::string> lowerCase(std::optional<std::string> text)
{
    if (text)
        Poco::toLowerInPlace(*text);
    return text;
}

} // namespace

EsxiServersController::EsxiServersController(services::EsxiServerService& servers,
                                             std::string publicBaseUrl)
    : m_servers(servers)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/esxi/servers/  (member, any role)
// Paginated [{id,name,host,port,username,has_password,created_at,updated_at}], by id. The
// password is never returned.
ApiResponse EsxiServersController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_servers.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.items, InventoryJson::server,
                     m_publicBaseUrl);
}

// GET /api/esxi/servers/{id}/  (member, any role) — one host. Errors: 404 (also for another
// organization's host).
ApiResponse EsxiServersController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        InventoryJson::server(m_servers.get(request.tenant(), request.pathId("id"))));
}

// POST /api/esxi/servers/  (owner/admin/member)
// body {"name","host","port"?:1..65535 (443),"username","password"}; the host is lower-cased, the
// password sealed (AES-256-GCM) and never returned. Answer 201: the host with "has_password".
// Errors: 400 naming each bad field, {"host":[…]} when host:port is already registered;
// 403 quota_exceeded (metric "servers", limit, current); 403 permission_denied (viewer).
ApiResponse EsxiServersController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewEsxiServer server;
    server.name = fields.requiredString("name", kNameLength);
    server.host = Poco::toLower(fields.requiredString("host", kHostLength));
    server.port = port(fields).value_or(kDefaultPort);
    server.username = fields.requiredString("username");
    server.password = fields.requiredString("password", kPasswordLength);
    fields.done();
    const auto created = m_servers.create(request.tenant(), server, request.requestId());
    return ApiResponse::json(InventoryJson::server(created), 201);
}

// PATCH /api/esxi/servers/{id}/  (owner/admin/member)
// body: any of {"name","host","port","username","password"}; a new host re-binds the sealed
// password to it. Answer: the host. Errors: 404; 400 as for POST.
ApiResponse EsxiServersController::update(const ApiRequest& request)
{
    const std::int64_t id = request.pathId("id");
    JsonFields fields(request.jsonBody());
    services::EsxiServerChanges changes;
    changes.name = fields.changedString("name", kNameLength);
    changes.host = lowerCase(fields.changedString("host", kHostLength));
    changes.port = port(fields);
    changes.username = fields.changedString("username");
    changes.password = fields.changedString("password", kPasswordLength);
    fields.done();
    const auto updated = m_servers.update(request.tenant(), id, changes, request.requestId());
    return ApiResponse::json(InventoryJson::server(updated));
}

// DELETE /api/esxi/servers/{id}/  (owner/admin/member)
// Deletes the host and its virtual machines (and their place in backup jobs). Answer 204.
// Errors: 404.
ApiResponse EsxiServersController::remove(const ApiRequest& request)
{
    m_servers.remove(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
