#include "api/AdminPlansController.h"

#include "api/PagedList.h"
#include "api/PlanJson.h"
#include "domain/DomainError.h"
#include "http/JsonFields.h"

#include <limits>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();

const char* const kQuotaFields[] = {"max_servers", "max_vms", "max_backups", "max_storage_gb",
                                    "max_users"};

Poco::JSON::Object::Ptr staffPlan(const store::StoredPlan& stored)
{
    Poco::JSON::Object::Ptr json = PlanJson::plan(stored.plan);
    json->set("is_active", stored.plan.isActive);
    json->set("created_at", stored.createdAt);
    json->set("updated_at", stored.updatedAt);
    return json;
}

Quota& quotaNamed(Plan& plan, const std::string& name)
{
    if (name == "max_servers")
        return plan.quotas.servers;
    if (name == "max_vms")
        return plan.quotas.virtualMachines;
    if (name == "max_backups")
        return plan.quotas.backups;
    if (name == "max_storage_gb")
        return plan.quotas.storageGb;
    return plan.quotas.users;
}

// A decimal price in the plan's currency, when sent.
void readPrice(JsonFields& fields, const std::string& name, Money& price)
{
    if (!fields.has(name) && !fields.isNull(name))
        return;
    const std::string text = fields.requiredString(name, 20);
    if (text.empty())
        return;
    try {
        price = Money::parse(text, price.currency());
    } catch (const DomainError& error) {
        fields.reject(name, error.what());
    }
}

void readFlag(JsonFields& fields, const std::string& name, bool& value)
{
    if (fields.isNull(name))
        fields.reject(name, "Must be true or false.");
    value = fields.optionalBoolean(name).value_or(value);
}

void readNumber(JsonFields& fields, const std::string& name, std::int64_t minimum, int& value)
{
    if (fields.isNull(name))
        fields.reject(name, "Must be an integer.");
    value = static_cast<int>(fields.optionalInteger(name, minimum, kMaxInt).value_or(value));
}

// Every field sent that staff may change on an existing plan: absent fields stay as they are,
// a quota sent as null becomes unlimited.
void applyChanges(JsonFields& fields, Plan& plan)
{
    if (const auto name = fields.changedString("name", 100))
        plan.name = *name;
    if (fields.has("description") || fields.isNull("description"))
        plan.description = fields.optionalString("description", 2000);
    readPrice(fields, "monthly_price", plan.monthlyPrice);
    readPrice(fields, "yearly_price", plan.yearlyPrice);
    for (const std::string name : kQuotaFields) {
        if (fields.isNull(name))
            quotaNamed(plan, name) = Quota::unlimited();
        else if (const auto limit = fields.optionalInteger(name, 0, INT64_MAX))
            quotaNamed(plan, name) = Quota::limitedTo(*limit);
    }
    readFlag(fields, "has_replication", plan.features.replication);
    readFlag(fields, "has_sure_backup", plan.features.sureBackup);
    readFlag(fields, "has_monitoring", plan.features.monitoring);
    readFlag(fields, "has_api_access", plan.features.apiAccess);
    if (fields.has("support_level") || fields.isNull("support_level")) {
        if (const auto level =
                fields.choice("support_level", parseSupportLevel, "email, priority, dedicated"))
            plan.features.supportLevel = *level;
    }
    readNumber(fields, "retention_days", 1, plan.retention.retentionDays);
    readNumber(fields, "max_restore_points", 1, plan.retention.maxRestorePoints);
    readFlag(fields, "custom_retention", plan.retention.customRetention);
    readFlag(fields, "is_active", plan.isActive);
    readFlag(fields, "is_popular", plan.isPopular);
    readNumber(fields, "sort_order", -kMaxInt, plan.sortOrder);
}

// A new plan: slug, tier and currency (fixed from now on) and every catalog field; a quota must
// be sent, null meaning unlimited.
Plan newPlan(JsonFields& fields)
{
    Plan plan;
    plan.slug = fields.requiredString("slug", 50);
    plan.name = fields.requiredString("name", 100);
    if (const auto tier = fields.choice("tier", parsePlanTier, "bronze, silver, gold"))
        plan.tier = *tier;
    const std::string currency = fields.requiredString("currency", 3);
    if (!currency.empty() && !Currency::isKnown(currency))
        fields.reject("currency", "Unknown ISO 4217 currency code.");
    else if (!currency.empty())
        plan.monthlyPrice = plan.yearlyPrice = Money::zero(Currency::fromCode(currency));
    for (const char* name : {"monthly_price", "yearly_price", "support_level", "retention_days",
                             "max_restore_points"}) {
        if (!fields.has(name))
            fields.reject(name, "This field is required.");
    }
    for (const char* name : kQuotaFields) {
        if (!fields.has(name) && !fields.isNull(name))
            fields.reject(name, "This field is required (null for unlimited).");
    }
    applyChanges(fields, plan);
    return plan;
}

} // namespace

AdminPlansController::AdminPlansController(services::PlanCatalogService& plans,
                                           std::string publicBaseUrl)
    : m_plans(plans)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/plans/  (staff)
// Query: page, page_size. Answer: {"count","next","previous","results":[plan]}: every plan,
// inactive ones too, by sort_order; the public plan fields plus "is_active","created_at",
// "updated_at". Errors: 404 invalid page.
ApiResponse AdminPlansController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_plans.list(pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.plans, staffPlan, m_publicBaseUrl);
}

// GET /api/admin/plans/{id}/  (staff) — one plan, active or not. Errors: 404.
ApiResponse AdminPlansController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(staffPlan(m_plans.get(request.pathId("id"))));
}

// POST /api/admin/plans/  (staff)
// body {"slug" ([a-z0-9-]),"name","tier":"bronze"|"silver"|"gold","description"?,"currency",
// "monthly_price","yearly_price" (decimal strings in the currency),"max_servers","max_vms",
// "max_backups","max_storage_gb","max_users" (integers ≥ 0, null = unlimited; required),
// "has_replication"?,"has_sure_backup"?,"has_monitoring"?,"has_api_access"?,
// "support_level":"email"|"priority"|"dedicated","retention_days" (≥ 1),"max_restore_points"
// (≥ 1),"custom_retention"?,"is_active"? (true),"is_popular"? (false),"sort_order"? (0)}.
// Checked with validatePlan; audited plan.created. Answer 201: the plan as in the list.
// Errors: 400 naming each bad field; 409 conflict (the slug exists).
ApiResponse AdminPlansController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const Plan plan = newPlan(fields);
    fields.done();
    return ApiResponse::json(
        staffPlan(m_plans.create(plan, request.principal(), request.requestId())), 201);
}

// PATCH /api/admin/plans/{id}/  (staff)
// body, any of: "name","description","monthly_price","yearly_price" (in the plan's currency),
// the quotas (null = unlimited), the has_* features,"support_level","retention_days",
// "max_restore_points","custom_retention","is_popular","sort_order","is_active" (false withdraws
// it from the public catalog; subscribers keep it). slug, tier and currency never change.
// Orders, payments and invoices keep the amounts they were quoted and issued with; the public
// catalog (GET /api/tenants/plans/, /pricing) shows the change at once. One transaction,
// audited plan.updated with before and after. Answer: the plan as in the list.
// Errors: 400 naming each bad field; 404.
ApiResponse AdminPlansController::update(const ApiRequest& request)
{
    const Poco::JSON::Object::Ptr body = request.jsonBody();
    const auto edit = [&body](Plan& plan) {
        JsonFields fields(body);
        applyChanges(fields, plan);
        fields.done();
    };
    return ApiResponse::json(staffPlan(
        m_plans.update(request.pathId("id"), edit, request.principal(), request.requestId())));
}

} // namespace ebm::api
