#include "api/StaffOrganizationJson.h"

#include "api/AccountJson.h"
#include "api/BillingJson.h"
#include "api/JsonValues.h"
#include "api/PaymentJson.h"
#include "api/PlanJson.h"
#include "http/ApiResponse.h"

#include <Poco/JSON/Parser.h>

namespace ebm::api
{

using http::makeObject;
using Poco::JSON::Object;

namespace
{

Poco::Dynamic::Var planOrNull(const std::optional<Plan>& plan)
{
    return plan ? Poco::Dynamic::Var(PlanJson::plan(*plan)) : Poco::Dynamic::Var();
}

Object::Ptr subscription(const services::StaffOrganizationRow& listed)
{
    const store::OrganizationRecord& organization = listed.entry.organization;
    Object::Ptr json = makeObject();
    json->set("plan", planOrNull(listed.plan));
    json->set("billing_cycle", textOrNull(organization.billingCycle));
    json->set("subscription_start", textOrNull(organization.subscriptionStart));
    json->set("subscription_end", textOrNull(organization.subscriptionEnd));
    json->set("billing_anchor_day", static_cast<int>(organization.billingAnchorDay));
    json->set("auto_renew", organization.autoRenew);
    json->set("cancel_at_period_end", organization.cancelAtPeriodEnd);
    json->set("scheduled_plan", planOrNull(listed.scheduledPlan));
    json->set("scheduled_change_at", textOrNull(organization.scheduledChangeAt));
    return json;
}

// Stored audit JSON parsed back, or null (or the raw text should it not parse).
Poco::Dynamic::Var parsedOrNull(const std::string& text)
{
    if (text.empty())
        return {};
    try {
        return Poco::JSON::Parser().parse(text);
    } catch (const Poco::Exception&) {
        return text;
    }
}

} // namespace

Object::Ptr StaffOrganizationJson::row(const services::StaffOrganizationRow& listed)
{
    const services::OrganizationView view{listed.entry.organization, listed.plan, std::nullopt,
                                          listed.scheduledPlan};
    Object::Ptr json = AccountJson::organization(view);
    json->set("owner_email", textOrNull(listed.entry.ownerEmail));
    json->set("member_count", listed.entry.memberCount);
    json->set("updated_at", listed.entry.organization.updatedAt);
    return json;
}

Object::Ptr StaffOrganizationJson::dossier(const services::OrganizationDossier& page)
{
    Object::Ptr json = row(page.row);
    json->set("members", arrayOf(page.members, AccountJson::member));
    json->set("subscription", subscription(page.row));
    json->set("payments", arrayOf(page.payments, PaymentJson::payment));
    json->set("invoices", arrayOf(page.invoices, BillingJson::invoice));
    json->set("usage", arrayOf(page.usage, AccountJson::usageLine));
    return json;
}

Object::Ptr StaffOrganizationJson::auditEntry(const store::AuditRecord& record)
{
    const store::AuditEntry& entry = record.entry;
    Object::Ptr json = makeObject();
    json->set("id", record.id);
    json->set("occurred_at", record.occurredAt);
    if (entry.actorUserId) {
        Object::Ptr actor = makeObject();
        actor->set("id", *entry.actorUserId);
        actor->set("email", textOrNull(record.actorEmail));
        json->set("actor", actor);
    } else {
        json->set("actor", Poco::Dynamic::Var());
    }
    json->set("actor_kind", entry.actorKind);
    json->set("organization_id", textOrNull(entry.organizationId));
    json->set("action", entry.action);
    json->set("target_type", textOrNull(entry.targetType));
    json->set("target_id", textOrNull(entry.targetId));
    json->set("reason", textOrNull(entry.reason));
    json->set("before", parsedOrNull(entry.beforeJson));
    json->set("after", parsedOrNull(entry.afterJson));
    json->set("request_id", textOrNull(entry.requestId));
    return json;
}

} // namespace ebm::api
