#include "api/AccountJson.h"

#include "api/JsonValues.h"
#include "domain/Timestamp.h"
#include "http/ApiResponse.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace ebm::api
{

using http::makeObject;
using Poco::JSON::Object;

Object::Ptr AccountJson::user(const store::UserRecord& user)
{
    Object::Ptr json = makeObject();
    json->set("id", user.id);
    json->set("email", user.email);
    json->set("name", user.name);
    json->set("is_staff", user.isStaff);
    json->set("locale", user.locale);
    return json;
}

Object::Ptr AccountJson::membership(const services::AccountView::OrganizationMembership& entry)
{
    Object::Ptr json = makeObject();
    json->set("id", entry.organization.id);
    json->set("name", entry.organization.name);
    json->set("slug", entry.organization.slug);
    json->set("status", std::string(toString(entry.organization.status)));
    json->set("role", std::string(toString(entry.membership.role)));
    json->set("is_default", entry.membership.isDefault);
    return json;
}

Object::Ptr AccountJson::account(const services::AccountView& account)
{
    Object::Ptr json = makeObject();
    if (!account.token.empty()) {
        json->set("token", account.token);
        json->set("expires_at", formatIso8601(account.tokenExpiresAt));
    }
    json->set("user", user(account.user));
    json->set("organizations", arrayOf(account.organizations, membership));
    return json;
}

namespace
{

Poco::Dynamic::Var planSummary(const std::optional<Plan>& plan)
{
    if (!plan)
        return {};
    Object::Ptr json = makeObject();
    json->set("id", plan->id);
    json->set("slug", plan->slug);
    json->set("name", plan->name);
    json->set("tier", std::string(toString(plan->tier)));
    return json;
}

} // namespace

Object::Ptr AccountJson::organization(const services::OrganizationView& view)
{
    const store::OrganizationRecord& organization = view.organization;
    Object::Ptr json = makeObject();
    json->set("id", organization.id);
    json->set("name", organization.name);
    json->set("slug", organization.slug);
    json->set("status", std::string(toString(organization.status)));
    json->set("status_reason", textOrNull(organization.statusReason));
    json->set("plan", planSummary(view.plan));
    json->set("billing_cycle", textOrNull(organization.billingCycle));
    json->set("subscription_start", textOrNull(organization.subscriptionStart));
    json->set("subscription_end", textOrNull(organization.subscriptionEnd));
    json->set("auto_renew", organization.autoRenew);
    json->set("cancel_at_period_end", organization.cancelAtPeriodEnd);
    json->set("scheduled_plan", planSummary(view.scheduledPlan));
    json->set("scheduled_change_at", textOrNull(organization.scheduledChangeAt));
    json->set("contact_email", organization.contactEmail);
    json->set("contact_phone", textOrNull(organization.contactPhone));
    json->set("locale", organization.locale);
    json->set("created_at", organization.createdAt);
    json->set("role", view.role ? Poco::Dynamic::Var(std::string(toString(*view.role)))
                                : Poco::Dynamic::Var());
    return json;
}

Object::Ptr AccountJson::member(const store::MemberRecord& member)
{
    Object::Ptr json = makeObject();
    json->set("id", member.id);
    json->set("user_id", valueOrNull(member.userId));
    json->set("email", member.email);
    json->set("name", member.name);
    json->set("role", std::string(toString(member.role)));
    json->set("status", member.invited ? "invited" : "active");
    json->set("invited_at", textOrNull(member.invitedAt));
    json->set("joined_at", textOrNull(member.joinedAt));
    return json;
}

Object::Ptr AccountJson::usageLine(const quota::QuotaLine& line)
{
    Object::Ptr json = makeObject();
    json->set("metric", line.metric);
    json->set("unit", line.unit);
    json->set("current", line.current);
    json->set("limit", valueOrNull(line.limit));
    json->set("unlimited", !line.limit.has_value());
    json->set("percent", line.percent ? Poco::Dynamic::Var(line.percent->toPercentString())
                                      : Poco::Dynamic::Var());
    return json;
}

Object::Ptr AccountJson::usageDay(const store::UsageMetricsRecord& day)
{
    Object::Ptr json = makeObject();
    json->set("id", day.id);
    json->set("period_date", day.periodDate);
    json->set("servers_count", day.usage.servers);
    json->set("vms_count", day.usage.virtualMachines);
    json->set("backups_count", day.usage.backupJobs);
    json->set("storage_bytes", day.usage.storageBytes);
    json->set("users_count", day.usage.userSeats);
    json->set("quota_violations", Poco::JSON::Parser().parse(day.quotaViolationsJson));
    json->set("updated_at", day.updatedAt);
    return json;
}

} // namespace ebm::api
