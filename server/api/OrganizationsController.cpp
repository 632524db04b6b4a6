#include "api/OrganizationsController.h"

#include "api/AccountJson.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

const char* const kRoles = "owner, admin, member, viewer";
// Longer texts are refused by OrganizationService::validateSettings, with the field's own limit.
constexpr std::size_t kUnboundedText = 1 << 20;

} // namespace

OrganizationsController::OrganizationsController(services::OrganizationService& organizations,
                                                 std::string publicBaseUrl)
    : m_organizations(organizations)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/tenants/organizations/  (signed in)
// The caller's organizations:
// {"count","next","previous","results":[{id,name,slug,status,role,is_default}]}.
ApiResponse OrganizationsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto all = m_organizations.mine(request.principal());
    const auto first =
        std::min<std::size_t>(static_cast<std::size_t>(pagination.offset()), all.size());
    const auto last =
        std::min<std::size_t>(first + static_cast<std::size_t>(pagination.pageSize()), all.size());
    const decltype(all) page(all.begin() + static_cast<std::ptrdiff_t>(first),
                             all.begin() + static_cast<std::ptrdiff_t>(last));
    return pagedList(request, pagination, static_cast<std::int64_t>(all.size()), page,
                     AccountJson::membership, m_publicBaseUrl);
}

// GET /api/tenants/organizations/{id}/  (member, any role; served whatever the status)
// {id,name,slug,status,status_reason,plan:{id,slug,name,tier}|null,billing_cycle,subscription_start,
//  subscription_end,auto_renew,contact_email,contact_phone,locale,created_at,role}. Errors: 404.
ApiResponse OrganizationsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(AccountJson::organization(m_organizations.detail(request.tenant())));
}

// PATCH /api/tenants/organizations/{id}/  (owner/admin; whatever the status)
// body {"name"?,"contact_email"?,"contact_phone"?,"locale"?:"fr"|"en"}: an absent field stays as
// it is; "contact_phone":"" clears the phone. Audited with the fields before and after.
// Answer: the organization, as GET. Errors: 400 {"name"|"contact_email"|"contact_phone"|
// "locale":[…]}; 403 permission_denied (member, viewer); 404.
ApiResponse OrganizationsController::updateSettings(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto text = [&fields](const std::string& name) -> std::optional<std::string> {
        if (!fields.has(name))
            return std::nullopt;
        return fields.optionalString(name, kUnboundedText);
    };
    services::OrganizationSettings settings{text("name"), text("contact_email"),
                                            text("contact_phone"), text("locale")};
    for (const auto& problem : services::OrganizationService::validateSettings(settings))
        fields.reject(problem.field, problem.message);
    fields.done();
    return ApiResponse::json(AccountJson::organization(m_organizations.updateSettings(
        request.tenant(), request.principal(), settings, request.requestId())));
}

// GET /api/tenants/organizations/{id}/members/  (member, any role)
// Paginated [{id,user_id,email,name,role,status:"active"|"invited",invited_at,joined_at}].
ApiResponse OrganizationsController::members(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page =
        m_organizations.members(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.members, AccountJson::member,
                     m_publicBaseUrl);
}

// POST /api/tenants/organizations/{id}/invite_member/  (owner/admin)  body {"email","role"}
// Emails a single-use invitation valid 7 days. Answer 201: the member with status "invited".
// Errors: 400 {"email"|"role":[…]} (already a member or invited); 403 permission_denied (an admin
// cannot invite an owner); 403 quota_exceeded (metric "users": members + pending invitations).
ApiResponse OrganizationsController::inviteMember(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string email = fields.requiredEmail("email");
    const auto role = fields.choice("role", parseRole, kRoles);
    fields.done();
    const auto member = m_organizations.invite(request.tenant(), request.principal(), email, *role,
                                               request.requestId());
    return ApiResponse::json(AccountJson::member(member), 201);
}

// PATCH /api/tenants/organizations/{id}/members/{member_id}/  (owner/admin)  body {"role"}
// Answer: the member. Errors: 404; 400 {"role":[…]} (the last owner keeps the owner role);
// 403 permission_denied (only an owner grants or takes away the owner role).
ApiResponse OrganizationsController::updateMember(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto role = fields.choice("role", parseRole, kRoles);
    fields.done();
    const auto member = m_organizations.changeRole(request.tenant(), request.pathId("member_id"),
                                                   *role, request.requestId());
    return ApiResponse::json(AccountJson::member(member));
}

// DELETE /api/tenants/organizations/{id}/members/{member_id}/  (owner/admin)
// Removes a member or withdraws an invitation. Answer 204. Errors: 404; 400 last owner; 403.
ApiResponse OrganizationsController::removeMember(const ApiRequest& request)
{
    m_organizations.removeMember(request.tenant(), request.pathId("member_id"),
                                 request.requestId());
    return ApiResponse::noContent();
}

// GET /api/tenants/organizations/{id}/usage/  (member, any role; whatever the status)
// {"organization","plan","metrics":[{metric,unit,current,limit,unlimited,percent}]} for servers,
// vms, backups (backup jobs), storage (bytes; 1 GB = 10^9 bytes) and users (members + invitations).
ApiResponse OrganizationsController::usage(const ApiRequest& request)
{
    const auto& scope = request.tenant();
    const auto view = m_organizations.detail(scope);
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("organization", scope.organizationId());
    body->set("plan", view.plan ? Poco::Dynamic::Var(view.plan->slug) : Poco::Dynamic::Var());
    body->set("metrics", arrayOf(m_organizations.usage(scope), AccountJson::usageLine));
    return ApiResponse::json(body);
}

// GET /api/tenants/usage-metrics/  (member of the current organization; whatever the status)
// Paginated daily rows, newest first: [{id,period_date,servers_count,vms_count,backups_count,
// storage_bytes,users_count,quota_violations:[{metric,threshold,current,limit}],updated_at}].
ApiResponse OrganizationsController::usageMetrics(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page =
        m_organizations.usageHistory(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.days, AccountJson::usageDay,
                     m_publicBaseUrl);
}

// GET /api/tenants/usage-metrics/{id}/ — one day's row. Errors: 404 (also for another
// organization's row).
ApiResponse OrganizationsController::usageMetric(const ApiRequest& request)
{
    const auto day = m_organizations.usageDay(request.tenant(), request.pathId("id"));
    if (!day)
        throw ApiError::notFound();
    return ApiResponse::json(AccountJson::usageDay(*day));
}

// POST /api/admin/organizations/  (staff)
// body {"name","contact_email","contact_phone"?,"locale"?:"fr"|"en","plan":id,
//       "billing_cycle":"monthly"|"yearly","owner_email","owner_name"?}
// Creates an active organization for a customer who pays offline, its period from today, the
// owner's account when new (a set-password link is emailed) and the owner membership; audited.
// Answer 201: the organization. Errors: 400 naming each bad field; 403 not staff.
ApiResponse OrganizationsController::createByStaff(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewOrganization organization;
    organization.name = fields.requiredString("name", 200);
    organization.contactEmail = fields.requiredEmail("contact_email");
    organization.contactPhone = fields.optionalString("contact_phone", 32);
    organization.locale = fields.has("locale") ? fields.optionalString("locale", 2) : "fr";
    if (organization.locale != "fr" && organization.locale != "en")
        fields.reject("locale", "Must be one of: fr, en.");
    organization.planId = fields.requiredInteger("plan", 1, INT64_MAX);
    const auto cycle = fields.choice("billing_cycle", parseBillingCycle, "monthly, yearly");
    organization.ownerEmail = fields.requiredEmail("owner_email");
    organization.ownerName = fields.optionalString("owner_name", 150);
    fields.done();
    organization.billingCycle = *cycle;
    const auto view =
        m_organizations.createByStaff(request.principal(), organization, request.requestId());
    return ApiResponse::json(AccountJson::organization(view), 201);
}

} // namespace ebm::api
