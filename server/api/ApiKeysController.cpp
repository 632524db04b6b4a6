#include "api/ApiKeysController.h"

#include "api/InventoryJson.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kNameLength = 100;

} // namespace

ApiKeysController::ApiKeysController(services::ApiKeyService& keys, std::string publicBaseUrl)
    : m_keys(keys)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/tenants/api-keys/  (owner/admin)
// Paginated [{id,name,prefix,created_at,last_used_at|null,revoked_at|null}], revoked keys
// included, by id. The key itself is never listed.
ApiResponse ApiKeysController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_keys.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.items, InventoryJson::apiKey,
                     m_publicBaseUrl);
}

// POST /api/tenants/api-keys/  (owner/admin)  body {"name"}
// Answer 201: the key's fields plus "key" ("ebm_…"), shown this once only; use it as
// `Authorization: Api-Key <key>`. Errors: 400 {"name":[…]}; 403 feature_not_available with
// "feature":"api_access" on plans without API access; 403 permission_denied.
ApiResponse ApiKeysController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string name = fields.requiredString("name", kNameLength);
    fields.done();
    const auto issued = m_keys.create(request.tenant(), name, request.requestId());
    return ApiResponse::json(InventoryJson::issuedApiKey(issued.record, issued.key), 201);
}

// DELETE /api/tenants/api-keys/{id}/  (owner/admin)
// Revokes the key at once (its requests then get 401); it stays listed with revoked_at.
// Answer 204. Errors: 404 (unknown, already revoked, or another organization's).
ApiResponse ApiKeysController::revoke(const ApiRequest& request)
{
    m_keys.revoke(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
