#include "api/SubscriptionsController.h"

#include "api/AccountJson.h"
#include "api/BillingJson.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;
using Effect = services::PlanChangeOutcome::Effect;

namespace
{

const char* const kCycles = "monthly, yearly";

std::string effectName(Effect effect)
{
    switch (effect) {
    case Effect::UpgradeOrdered:
        return "upgrade_ordered";
    case Effect::Upgraded:
        return "upgraded";
    case Effect::DowngradeScheduled:
        return "downgrade_scheduled";
    case Effect::ChangeWithdrawn:
        return "change_withdrawn";
    }
    return {};
}

} // namespace

SubscriptionsController::SubscriptionsController(services::OrganizationService& organizations,
                                                 services::LifecycleService& lifecycle,
                                                 services::PlanChangeService& planChanges)
    : m_organizations(organizations)
    , m_lifecycle(lifecycle)
    , m_planChanges(planChanges)
{
}

ApiResponse SubscriptionsController::memberAnswer(const ApiRequest& request)
{
    return ApiResponse::json(AccountJson::organization(m_organizations.detail(request.tenant())));
}

// POST /api/tenants/organizations/{id}/change_plan/  (owner, admin; active organization)
// body {"plan":id}. A dearer plan: 201 {"change":"upgrade_ordered","effective_at":null,
// "order":{…the upgrade order to pay…},"organization":{…}}, or 200 "upgraded" when nothing is
// left to pay for this period. A cheaper plan: 200 "downgrade_scheduled" with effective_at = the
// end of the paid period. The current plan while a downgrade is scheduled: 200
// "change_withdrawn". Errors: 400 {"plan":[…]} unknown, inactive, the current plan or another
// currency; 409 over_quota {"over_quota":[{metric,unit,current,limit,excess}]};
// 409 subscription_inactive.
ApiResponse SubscriptionsController::changePlan(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto planId = fields.requiredInteger("plan", 1, INT64_MAX);
    fields.done();
    const auto outcome = m_planChanges.changePlan(request.tenant(), request.principal(), planId,
                                                  request.requestId());
    auto json = http::makeObject();
    json->set("change", effectName(outcome.effect));
    json->set("effective_at", outcome.effectiveAt.empty()
                                  ? Poco::Dynamic::Var()
                                  : Poco::Dynamic::Var(outcome.effectiveAt));
    json->set("order", outcome.order ? Poco::Dynamic::Var(BillingJson::order(*outcome.order))
                                     : Poco::Dynamic::Var());
    json->set("organization", AccountJson::organization(m_organizations.detail(request.tenant())));
    return ApiResponse::json(json, outcome.order ? 201 : 200);
}

// POST /api/tenants/organizations/{id}/renew/  (owner, admin; also when suspended or expired)
// body {"billing_cycle"?}. The renewal order for the next period on the plan the organization
// will then be on: 201 when created, 200 with the same order while it is pending. Paid early it
// extends from the current end. Errors: 400 {"billing_cycle":[…]}; 409 renewal_too_early (more
// than one period ahead), cancellation_scheduled, not_renewable (cancelled).
ApiResponse SubscriptionsController::renew(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const auto cycle = fields.has("billing_cycle")
                           ? fields.choice("billing_cycle", parseBillingCycle, kCycles)
                           : std::nullopt;
    fields.done();
    const auto [order, created] = m_planChanges.renew(request.tenant(), request.principal(), cycle);
    return ApiResponse::json(BillingJson::order(order), created ? 201 : 200);
}

// POST /api/tenants/organizations/{id}/cancel/  (owner, admin)
// Cancels at the end of the current period: auto-renew off, cancel_at_period_end true; the
// subscription stays active until subscription_end. Audited; the contact is emailed once.
// Calling it again changes nothing. Answer: the organization.
ApiResponse SubscriptionsController::cancel(const ApiRequest& request)
{
    m_lifecycle.cancelAtPeriodEnd(request.tenant(), request.requestId());
    return memberAnswer(request);
}

// POST /api/tenants/organizations/{id}/resume/  (owner, admin)
// Withdraws a scheduled cancellation: auto-renew on again. Answer: the organization.
ApiResponse SubscriptionsController::resume(const ApiRequest& request)
{
    m_lifecycle.resume(request.tenant(), request.requestId());
    return memberAnswer(request);
}

} // namespace ebm::api
