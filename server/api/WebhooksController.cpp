#include "api/WebhooksController.h"

#include "api/JsonValues.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"
#include "services/CustomerEvents.h"

#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>
#include <algorithm>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kUrlLength = 500;
constexpr std::size_t kDescriptionLength = 200;

Poco::JSON::Object::Ptr endpointJson(const store::WebhookEndpointRecord& endpoint)
{
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    json->set("id", endpoint.id);
    json->set("url", endpoint.url);
    json->set("description", endpoint.description);
    Poco::JSON::Array::Ptr types = new Poco::JSON::Array;
    for (const std::string& type : endpoint.eventTypes)
        types->add(type);
    if (endpoint.eventTypes.empty())
        types->add("*");
    json->set("event_types", types);
    json->set("is_active", endpoint.active);
    json->set("created_at", endpoint.createdAt);
    json->set("updated_at", endpoint.updatedAt);
    return json;
}

Poco::JSON::Object::Ptr attemptJson(const store::WebhookAttemptRecord& attempt)
{
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    json->set("attempt", attempt.attempt);
    json->set("attempted_at", attempt.attemptedAt);
    json->set("response_code", valueOrNull(attempt.responseCode));
    json->set("error", textOrNull(attempt.error));
    json->set("duration_ms", attempt.durationMs);
    return json;
}

Poco::JSON::Object::Ptr deliveryJson(const store::WebhookDeliveryRecord& delivery)
{
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    json->set("id", delivery.id);
    json->set("endpoint_id", delivery.endpointId);
    json->set("event_id", delivery.eventId);
    json->set("event_type", delivery.eventType);
    json->set("payload", Poco::JSON::Parser().parse(delivery.payloadJson));
    json->set("status", delivery.status);
    json->set("attempts", delivery.attempts);
    const bool waiting = delivery.status == "pending";
    json->set("next_attempt_at",
              waiting ? Poco::Dynamic::Var(delivery.nextAttemptAt) : Poco::Dynamic::Var());
    json->set("first_attempt_at", textOrNull(delivery.firstAttemptAt));
    json->set("last_response_code", valueOrNull(delivery.lastResponseCode));
    json->set("last_error", textOrNull(delivery.lastError));
    json->set("delivered_at", textOrNull(delivery.deliveredAt));
    json->set("created_at", delivery.createdAt);
    json->set("attempt_log", arrayOf(delivery.attemptLog, attemptJson));
    return json;
}

// Why the URL cannot receive webhooks; empty when it can.
std::string urlProblem(const std::string& url, bool allowLocalHttp)
{
    try {
        const Poco::URI uri(url);
        if (uri.getHost().empty() || !uri.getUserInfo().empty())
            return "Enter an absolute URL with a host and no credentials.";
        if (uri.getScheme() == "https")
            return {};
        const bool local = uri.getHost() == "127.0.0.1" || uri.getHost() == "localhost";
        if (uri.getScheme() == "http" && local && allowLocalHttp)
            return {};
    } catch (const Poco::SyntaxException&) {
        return "Enter a valid URL.";
    }
    return allowLocalHttp ? "Use https:// (or http://127.0.0.1 or http://localhost)."
                          : "Use an https:// URL.";
}

// The "event_types" array: known types, or ["*"] (or []) for every event.
std::optional<std::vector<std::string>> eventTypesOf(const Poco::JSON::Object::Ptr& body,
                                                     JsonFields& fields)
{
    if (!body || !body->has("event_types"))
        return std::nullopt;
    const auto array = body->getArray("event_types");
    if (!array) {
        fields.reject("event_types", "Give a list of event types, or [\"*\"] for all.");
        return std::nullopt;
    }
    std::vector<std::string> types;
    const auto& known = services::CustomerEvents::types();
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto value = array->get(static_cast<unsigned>(i));
        const std::string type = value.isString() ? value.toString() : std::string();
        if (type == "*")
            return std::vector<std::string>{};
        if (std::find(known.begin(), known.end(), type) == known.end()) {
            fields.reject("event_types", "Unknown event type \"" + type + "\".");
            return std::nullopt;
        }
        if (std::find(types.begin(), types.end(), type) == types.end())
            types.push_back(type);
    }
    return types;
}

} // namespace

WebhooksController::WebhooksController(services::WebhookService& webhooks,
                                       std::string publicBaseUrl, bool allowLocalHttp)
    : m_webhooks(webhooks)
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_allowLocalHttp(allowLocalHttp)
{
}

services::WebhookService::EndpointChanges WebhooksController::readChanges(const ApiRequest& request,
                                                                          bool creating) const
{
    const auto body = request.jsonBody();
    JsonFields fields(body);
    services::WebhookService::EndpointChanges changes;
    changes.url = creating ? fields.requiredString("url", kUrlLength)
                           : fields.changedString("url", kUrlLength);
    if (changes.url && !changes.url->empty()) {
        const std::string problem = urlProblem(*changes.url, m_allowLocalHttp);
        if (!problem.empty())
            fields.reject("url", problem);
    }
    if (fields.has("description"))
        changes.description = fields.optionalString("description", kDescriptionLength);
    changes.eventTypes = eventTypesOf(body, fields);
    changes.active = fields.optionalBoolean("is_active");
    fields.done();
    return changes;
}

// GET /api/tenants/webhooks/  (owner/admin; plan with API access)
// Paginated [{id,url,description,event_types,is_active,created_at,updated_at}], by id; the secret
// is never listed. Errors: 403 feature_not_available ("feature":"api_access"); 403
// permission_denied.
ApiResponse WebhooksController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_webhooks.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.items, endpointJson, m_publicBaseUrl);
}

// POST /api/tenants/webhooks/  (owner/admin; plan with API access)
// Body {"url", "description"?, "event_types"? (default ["*"]), "is_active"? (default true)}.
// Answer 201: the endpoint plus "secret" ("whsec_…"), shown this once only. Errors: 400
// {"url"|"description"|"event_types"|"is_active":[…]}; 403 feature_not_available.
ApiResponse WebhooksController::create(const ApiRequest& request)
{
    const auto changes = readChanges(request, true);
    store::WebhookEndpointRecord endpoint;
    endpoint.url = *changes.url;
    endpoint.description = changes.description.value_or("");
    endpoint.eventTypes = changes.eventTypes.value_or(std::vector<std::string>{});
    endpoint.active = changes.active.value_or(true);
    const auto created = m_webhooks.create(request.tenant(), endpoint, request.requestId());
    auto json = endpointJson(created.record);
    json->set("secret", created.secret);
    return ApiResponse::json(json, 201);
}

// GET /api/tenants/webhooks/{id}/  (owner/admin; plan with API access)
// The endpoint. Errors: 404 (unknown or another organization's); 403 feature_not_available.
ApiResponse WebhooksController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(endpointJson(m_webhooks.get(request.tenant(), request.pathId("id"))));
}

// PATCH /api/tenants/webhooks/{id}/  (owner/admin; plan with API access)
// Any of {"url","description","event_types","is_active"}; the secret stays. Answer 200: the
// endpoint. Errors: 400 as for POST; 404; 403 feature_not_available.
ApiResponse WebhooksController::update(const ApiRequest& request)
{
    const auto changes = readChanges(request, false);
    return ApiResponse::json(endpointJson(
        m_webhooks.update(request.tenant(), request.pathId("id"), changes, request.requestId())));
}

// DELETE /api/tenants/webhooks/{id}/  (owner/admin; plan with API access)
// Deletes the endpoint with its deliveries (pending ones are not sent). Answer 204. Errors: 404.
ApiResponse WebhooksController::remove(const ApiRequest& request)
{
    m_webhooks.remove(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

// GET /api/tenants/webhooks/{id}/deliveries/  (owner/admin; plan with API access)
// Paginated, newest first: [{id,endpoint_id,event_id,event_type,payload,status,attempts,
// next_attempt_at|null,first_attempt_at|null,last_response_code|null,last_error|null,
// delivered_at|null,created_at,attempt_log:[{attempt,attempted_at,response_code|null,
// error|null,duration_ms}]}]. Errors: 404 (unknown endpoint or another organization's).
ApiResponse WebhooksController::deliveries(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_webhooks.deliveries(request.tenant(), request.pathId("id"),
                                            pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.items, deliveryJson, m_publicBaseUrl);
}

// POST /api/tenants/webhooks/{id}/test/  (owner/admin; plan with API access)
// Queues a "ping" event for this endpoint alone, delivered by the next deliver-webhooks run.
// Answer 202: the delivery. Errors: 404; 403 feature_not_available.
ApiResponse WebhooksController::test(const ApiRequest& request)
{
    return ApiResponse::json(
        deliveryJson(m_webhooks.ping(request.tenant(), request.pathId("id"), request.requestId())),
        202);
}

} // namespace ebm::api
