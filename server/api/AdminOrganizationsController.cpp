#include "api/AdminOrganizationsController.h"

#include "api/PagedList.h"
#include "api/StaffOrganizationJson.h"
#include "domain/Timestamp.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <algorithm>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;
using Order = store::OrganizationFilter::Order;

namespace
{

constexpr std::size_t kMaxReason = 500;
const char* const kStatuses = "pending, active, suspended, cancelled, expired";
const char* const kOrderings = "name, created_at, updated_at, subscription_end, status (each "
                               "with - for descending)";
const char* const kActions = "activate, suspend, reactivate, cancel, extend";
const char* const kDetailReason = "Organization page in the staff console";

std::string trimmed(const std::optional<std::string>& text)
{
    return text ? Poco::trim(*text) : std::string();
}

// ?status=a&status=b,c → {a, b, c}, each checked.
std::vector<std::string> statusesOf(const ApiRequest& request, ApiError::FieldErrors& errors)
{
    std::vector<std::string> statuses;
    for (const std::string& value : request.queryValues("status")) {
        const Poco::StringTokenizer names(
            value, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
        for (const std::string& name : names) {
            try {
                statuses.emplace_back(toString(parseOrganizationStatus(name)));
            } catch (const std::exception&) {
                errors["status"].push_back("Unknown status \"" + name + "\"; one of: " + kStatuses +
                                           ".");
            }
        }
    }
    return statuses;
}

std::optional<Order> orderNamed(const std::string& name)
{
    static const std::vector<std::pair<std::string, Order>> orders{
        {"name", Order::Name},
        {"created_at", Order::CreatedAt},
        {"updated_at", Order::UpdatedAt},
        {"subscription_end", Order::SubscriptionEnd},
        {"status", Order::Status}};
    for (const auto& [known, order] : orders) {
        if (known == name)
            return order;
    }
    return std::nullopt;
}

store::OrganizationFilter filterOf(const ApiRequest& request)
{
    ApiError::FieldErrors errors;
    store::OrganizationFilter filter;
    filter.statuses = statusesOf(request, errors);
    filter.plan = trimmed(request.query("plan"));
    filter.search = trimmed(request.query("q"));
    if (const std::string since = trimmed(request.query("updated_since")); !since.empty()) {
        try {
            filter.updatedSince = formatIso8601(parseIso8601(since));
        } catch (const std::exception&) {
            errors["updated_since"].push_back(
                "Enter an ISO 8601 instant, e.g. 2026-08-02T19:40:00Z.");
        }
    }
    filter.order = filter.updatedSince.empty() ? Order::Name : Order::UpdatedAt;
    if (std::string ordering = trimmed(request.query("ordering")); !ordering.empty()) {
        filter.descending = ordering.front() == '-';
        const auto order = orderNamed(filter.descending ? ordering.substr(1) : ordering);
        if (order)
            filter.order = *order;
        else
            errors["ordering"].push_back(std::string("Must be one of: ") + kOrderings + ".");
    }
    if (!errors.empty())
        throw ApiError::validation(std::move(errors));
    return filter;
}

std::string requiredReason(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    std::string reason = fields.requiredString("reason", kMaxReason);
    fields.done();
    return reason;
}

// The ids of a bulk request: strings, at most kMaxIds as sent, duplicates dropped.
std::vector<std::string> idsOf(const Poco::JSON::Object::Ptr& body, JsonFields& fields)
{
    std::vector<std::string> ids;
    if (!fields.has("ids")) {
        fields.reject("ids", "This field is required.");
        return ids;
    }
    const Poco::JSON::Array::Ptr array = body->getArray("ids");
    if (array.isNull()) {
        fields.reject("ids", "Must be a list of organization ids.");
        return ids;
    }
    if (array->size() == 0 || array->size() > services::OrganizationBulkActions::kMaxIds) {
        fields.reject("ids", "Give between 1 and " +
                                 std::to_string(services::OrganizationBulkActions::kMaxIds) +
                                 " organization ids.");
        return ids;
    }
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var value = array->get(static_cast<unsigned>(i));
        if (!value.isString() || value.extract<std::string>().empty()) {
            fields.reject("ids", "Must be a list of organization ids.");
            return {};
        }
        const std::string id = value.extract<std::string>();
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

} // namespace

AdminOrganizationsController::AdminOrganizationsController(
    services::StaffOrganizationService& organizations,
    services::StaffSubscriptionService& subscriptions, services::LifecycleService& lifecycle,
    services::OrganizationBulkActions& bulk, std::string publicBaseUrl)
    : m_organizations(organizations)
    , m_subscriptions(subscriptions)
    , m_lifecycle(lifecycle)
    , m_bulk(bulk)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

ApiResponse AdminOrganizationsController::rowAnswer(const store::OrganizationRecord& organization)
{
    return ApiResponse::json(StaffOrganizationJson::row(m_organizations.row(organization.id)));
}

// GET /api/admin/organizations/  (staff)
// Query: status (repeatable or comma list), plan (id or slug), q (contains, case-insensitive:
// name, contact email, owner email; or the exact id), updated_since (ISO 8601, updated_at
// strictly after), ordering (name|created_at|updated_at|subscription_end|status, "-" for
// descending; default name, or updated_at with updated_since), page, page_size (≤ 1000).
// DRF page of rows {id,name,slug,status,status_reason,plan:{id,slug,name,tier}|null,billing_cycle,
// subscription_start,subscription_end,auto_renew,cancel_at_period_end,scheduled_plan,
// scheduled_change_at,contact_email,contact_phone,locale,created_at,role:null,owner_email,
// member_count,updated_at}. Errors: 400 {"status"|"updated_since"|"ordering"|"page_size":[…]}.
ApiResponse AdminOrganizationsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request, kMaxPageSize);
    const auto filter = filterOf(request);
    const auto page = m_organizations.list(filter, pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.rows, StaffOrganizationJson::row,
                     m_publicBaseUrl);
}

// GET /api/admin/organizations/{id}/  (staff)  query reason? (written to the audit log)
// The row plus members [{id,user_id,email,name,role,status,invited_at,joined_at}], subscription
// {plan (with prices),billing_cycle,subscription_start,subscription_end,billing_anchor_day,
// auto_renew,cancel_at_period_end,scheduled_plan,scheduled_change_at}, payments and invoices (the
// latest 20 each, as the tenant API shows them) and usage [{metric,unit,current,limit,unlimited,
// percent}]. Reading it is audited "staff.tenant_access". Errors: 404.
ApiResponse AdminOrganizationsController::retrieve(const ApiRequest& request)
{
    std::string reason = trimmed(request.query("reason"));
    if (reason.empty())
        reason = kDetailReason;
    return ApiResponse::json(StaffOrganizationJson::dossier(
        m_organizations.dossier(request.pathParam("id"), request.principal(),
                                reason.substr(0, kMaxReason), request.requestId())));
}

// POST /api/admin/organizations/{id}/activate/  (staff)  body {"reason"}
// pending → active with a paid period from now on its plan and cycle (customers paying offline,
// without an order); audited organization.activated_by_staff; the contact is emailed the end
// date. Answer: the row. Errors: 400 {"reason":[…]}; 404; 409 illegal_transition, no_plan.
ApiResponse AdminOrganizationsController::activate(const ApiRequest& request)
{
    const std::string reason = requiredReason(request);
    return rowAnswer(m_subscriptions.activate(request.pathParam("id"), reason, request.principal(),
                                              request.requestId()));
}

// POST /api/admin/organizations/{id}/suspend/  (staff)  body {"reason"}
// active → suspended; members then get 403 organization_suspended on the inventory. Audited
// organization.suspended; the contact is emailed the reason. Answer: the row.
// Errors: 400 {"reason":[…]}; 404; 409 illegal_transition.
ApiResponse AdminOrganizationsController::suspend(const ApiRequest& request)
{
    const std::string reason = requiredReason(request);
    return rowAnswer(m_lifecycle.suspend(request.pathParam("id"), reason, request.principal(),
                                         request.requestId()));
}

// POST /api/admin/organizations/{id}/reactivate/  (staff)  body {"reason"?} (or none)
// suspended → active; audited organization.reactivated; the contact is emailed. Answer: the
// row. Errors: 400 {"reason":[…]} too long; 404; 409 illegal_transition.
ApiResponse AdminOrganizationsController::reactivate(const ApiRequest& request)
{
    std::string reason;
    if (!Poco::trim(request.body()).empty()) {
        JsonFields fields(request.jsonBody());
        reason = fields.optionalString("reason", kMaxReason);
        fields.done();
    }
    return rowAnswer(m_lifecycle.reactivate(request.pathParam("id"), request.principal(),
                                            request.requestId(), reason));
}

// POST /api/admin/organizations/{id}/cancel/  (staff)  body {"reason"}
// Ends the subscription at once (any status but cancelled); pending renewal and upgrade orders
// are cancelled. Audited subscription.cancelled; the contact is emailed. Answer: the row.
// Errors: 400 {"reason":[…]}; 404; 409 illegal_transition.
ApiResponse AdminOrganizationsController::cancel(const ApiRequest& request)
{
    const std::string reason = requiredReason(request);
    return rowAnswer(m_lifecycle.cancelNow(request.pathParam("id"), reason, request.principal(),
                                           request.requestId()));
}

// POST /api/admin/organizations/{id}/extend/  (staff)  body {"days":1..366,"reason"}
// subscription_end moves `days` later. Expired, or suspended with status_reason payment_overdue,
// and the new end in the future → active again; a suspension by staff stays. Audited
// subscription.extended_by_staff; the contact is emailed the new end. Answer: the row.
// Errors: 400 {"days"|"reason":[…]}; 404; 409 not_extendable (pending, cancelled).
ApiResponse AdminOrganizationsController::extend(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto days =
        fields.requiredInteger("days", 1, services::StaffSubscriptionService::kMaxExtensionDays);
    const std::string reason = fields.requiredString("reason", kMaxReason);
    fields.done();
    return rowAnswer(m_subscriptions.extend(request.pathParam("id"), static_cast<int>(days), reason,
                                            request.principal(), request.requestId()));
}

// POST /api/admin/organizations/{id}/change_plan/  (staff)  body {"plan":id,"reason","force"?}
// Switches plan at once without a charge; scheduled changes and pending renewal/upgrade orders
// are dropped. Audited subscription.plan_changed_by_staff (and staff.tenant_access, the usage
// read); the contact is emailed. Answer: the row. Errors: 400 {"plan"|"reason"|"force":[…]};
// 404; 409 over_quota {"over_quota":[{metric,unit,current,limit,excess}]} unless "force":true;
// 409 subscription_cancelled.
ApiResponse AdminOrganizationsController::changePlan(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto planId = fields.requiredInteger("plan", 1, INT64_MAX);
    const std::string reason = fields.requiredString("reason", kMaxReason);
    const bool force = fields.optionalBoolean("force").value_or(false);
    fields.done();
    return rowAnswer(m_subscriptions.changePlan(request.pathParam("id"), planId, force, reason,
                                                request.principal(), request.requestId()));
}

// POST /api/admin/organizations/bulk/  (staff)
// body {"action":"activate"|"suspend"|"reactivate"|"cancel"|"extend","ids":[…1..500],"reason",
// "days"? (extend: 1..366)}. Each id (duplicates dropped) in its own transaction, as its single
// action: 200 {"results":[{"id","ok":true,"organization":{row}} | {"id","ok":false,"status",
// "code","detail"}]} in the order given. Errors: 400 {"action"|"ids"|"reason"|"days":[…]}.
ApiResponse AdminOrganizationsController::bulk(const ApiRequest& request)
{
    const auto body = request.jsonBody();
    JsonFields fields(body);
    services::BulkAction action;
    action.action = fields.requiredString("action", 32);
    if (!action.action.empty() && !services::OrganizationBulkActions::isAction(action.action))
        fields.reject("action", std::string("Must be one of: ") + kActions + ".");
    action.ids = idsOf(body, fields);
    action.reason = fields.requiredString("reason", kMaxReason);
    if (action.action == "extend")
        action.days = static_cast<int>(fields.requiredInteger(
            "days", 1, services::StaffSubscriptionService::kMaxExtensionDays));
    fields.done();
    Poco::JSON::Array::Ptr results = new Poco::JSON::Array;
    for (const auto& outcome : m_bulk.run(action, request.principal(), request.requestId())) {
        Poco::JSON::Object::Ptr item = http::makeObject();
        item->set("id", outcome.id);
        item->set("ok", outcome.organization.has_value());
        if (outcome.organization) {
            item->set("organization",
                      StaffOrganizationJson::row(m_organizations.row(outcome.organization->id)));
        } else {
            item->set("status", outcome.status);
            item->set("code", outcome.code);
            item->set("detail", outcome.detail);
        }
        results->add(item);
    }
    Poco::JSON::Object::Ptr answer = http::makeObject();
    answer->set("results", results);
    return ApiResponse::json(answer);
}

} // namespace ebm::api
