#include "services/PlanChangeService.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "quota/QuotaGuard.h"
#include "services/OrderNumbering.h"
#include "services/RequireFound.h"
#include "services/SubscriptionJournal.h"
#include "store/OrganizationRepository.h"
#include "store/PlanRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/JSON/Object.h>

namespace ebm::services
{

using http::ApiError;
using Notice = mail::EmailComposer::Notice;
using Effect = PlanChangeOutcome::Effect;

namespace
{

std::string day(const std::string& timestamp)
{
    return timestamp.substr(0, 10);
}

void requireActive(const store::OrganizationRecord& organization)
{
    if (organization.status != OrganizationStatus::Active || !organization.planId)
        throw ApiError(409, "subscription_inactive",
                       "Only an active subscription can change plan; renew it first.");
}

void requireRenewable(const store::OrganizationRecord& organization, std::chrono::sys_seconds at)
{
    if (organization.status == OrganizationStatus::Cancelled ||
        organization.status == OrganizationStatus::Pending || !organization.planId ||
        organization.subscriptionEnd.empty())
        throw ApiError(409, "not_renewable",
                       "This subscription cannot be renewed; place a new order instead.");
    if (organization.cancelAtPeriodEnd)
        throw ApiError(409, "cancellation_scheduled",
                       "The subscription is cancelled at the end of its period; resume it before "
                       "renewing.");
    const BillingCycle cycle = parseBillingCycle(organization.billingCycle);
    const auto end = parseIso8601(organization.subscriptionEnd);
    const auto opensAt = addBillingCycles(end, cycle, organization.billingAnchorDay, -1);
    if (at < opensAt)
        throw ApiError(409, "renewal_too_early",
                       "The subscription is paid until " + day(organization.subscriptionEnd) +
                           "; it can be renewed from " + day(formatIso8601(opensAt)) + ".");
}

} // namespace

ApiError overQuota(const Plan& target, const std::vector<quota::QuotaLine>& excesses)
{
    Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
    for (const quota::QuotaLine& line : excesses) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("metric", line.metric);
        item->set("unit", line.unit);
        item->set("current", line.current);
        item->set("limit", *line.limit);
        item->set("excess", line.current - *line.limit);
        lines->add(item);
    }
    ApiError error(409, "over_quota",
                   "The " + target.name +
                       " plan allows less than the organization uses now; remove the excess "
                       "listed in over_quota first.");
    error.with("over_quota", lines);
    return error;
}

PlanChangeService::PlanChangeService(store::Database& database, const Clock& clock,
                                     const mail::EmailComposer& composer,
                                     const CouponService& pricing,
                                     std::chrono::hours pendingLifetime)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
    , m_pricing(pricing)
    , m_pendingLifetime(pendingLifetime)
{
}

PlanChangeOutcome PlanChangeService::changePlan(const tenancy::TenantScope& scope,
                                                const auth::Principal& caller, std::int64_t planId,
                                                const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(scope.organizationId()));
    requireActive(organization);
    store::PlanRepository plans(session);
    const Plan current = requireFound(plans.findById(*organization.planId));
    const auto target = plans.findActive(planId);
    if (!target)
        throw ApiError::validation("plan", "Unknown or inactive plan.");
    PlanChangeOutcome outcome;
    if (target->id == current.id && organization.scheduledPlanId)
        outcome = withdrawChange(session, scope, organization, current, requestId);
    else if (target->id == current.id)
        throw ApiError::validation("plan", "This is already the organization's plan.");
    else if (classifyPlanChange(current, *target, parseBillingCycle(organization.billingCycle)) ==
             PlanChangeKind::Upgrade)
        outcome = orderUpgrade(session, scope, organization, current, *target, caller, requestId);
    else
        outcome = scheduleDowngrade(session, scope, organization, *target, requestId);
    transaction.commit();
    return outcome;
}

PlanChangeOutcome PlanChangeService::orderUpgrade(Poco::Data::Session& session,
                                                  const tenancy::TenantScope& scope,
                                                  const store::OrganizationRecord& organization,
                                                  const Plan& current, const Plan& target,
                                                  const auth::Principal& caller,
                                                  const std::string& requestId)
{
    const auto at = m_clock.now();
    const BillingCycle cycle = parseBillingCycle(organization.billingCycle);
    const Money charge = upgradeCharge(current, target, cycle, organization.billingAnchorDay, at,
                                       parseIso8601(organization.subscriptionEnd));
    store::OrderRepository orders(session);
    orders.cancelPendingChanges(organization.id, "upgrade", at); // the newest request replaces it
    if (charge.isZero()) {
        store::OrganizationRepository organizations(session);
        organizations.changePlan(organization.id, target.id, at);
        orders.cancelPendingChanges(organization.id, "renewal", at); // priced on the old plan
        quota::QuotaGuard(session, scope, at).afterChange();
        const auto after = requireFound(organizations.findById(organization.id));
        SubscriptionJournal(session, m_composer, requestId, at)
            .record({"subscription.upgraded",
                     Actor{"user", scope.userId()},
                     {},
                     Notice::PlanChanged,
                     {target.name},
                     {}},
                    organization, after);
        return {Effect::Upgraded, std::nullopt, formatIso8601(at)};
    }
    store::OrderRecord order = draftFor(organization, caller, "upgrade");
    order.planId = target.id;
    order.billingCycle = cycle;
    order.quote = quoteCharge(charge, m_pricing.taxRate());
    return {Effect::UpgradeOrdered, placeChangeOrder(session, std::move(order), target), {}};
}

PlanChangeOutcome PlanChangeService::scheduleDowngrade(
    Poco::Data::Session& session, const tenancy::TenantScope& scope,
    const store::OrganizationRecord& organization, const Plan& target, const std::string& requestId)
{
    const auto at = m_clock.now();
    const auto excesses = quota::QuotaGuard(session, scope, at).excessesUnder(target);
    if (!excesses.empty())
        throw overQuota(target, excesses);
    store::OrderRepository orders(session);
    orders.cancelPendingChanges(organization.id, "upgrade", at);
    orders.cancelPendingChanges(organization.id, "renewal", at); // priced on the current plan
    const std::string effectiveAt = organization.scheduledChangeAt.empty()
                                        ? organization.subscriptionEnd
                                        : organization.scheduledChangeAt;
    store::OrganizationRepository organizations(session);
    organizations.scheduleChange(organization.id, target.id, effectiveAt, at);
    const auto after = requireFound(organizations.findById(organization.id));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.downgrade_scheduled",
                 Actor{"user", scope.userId()},
                 {},
                 Notice::DowngradeScheduled,
                 {target.name, day(effectiveAt)},
                 {}},
                organization, after);
    return {Effect::DowngradeScheduled, std::nullopt, effectiveAt};
}

PlanChangeOutcome PlanChangeService::withdrawChange(Poco::Data::Session& session,
                                                    const tenancy::TenantScope& scope,
                                                    const store::OrganizationRecord& organization,
                                                    const Plan& current,
                                                    const std::string& requestId)
{
    const auto at = m_clock.now();
    store::OrderRepository(session).cancelPendingChanges(organization.id, "renewal", at);
    store::OrganizationRepository organizations(session);
    organizations.scheduleChange(organization.id, std::nullopt, {}, at);
    const auto after = requireFound(organizations.findById(organization.id));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.downgrade_withdrawn",
                 Actor{"user", scope.userId()},
                 {},
                 Notice::DowngradeWithdrawn,
                 {current.name},
                 {}},
                organization, after);
    return {Effect::ChangeWithdrawn, std::nullopt, {}};
}

std::pair<OrderView, bool> PlanChangeService::renew(const tenancy::TenantScope& scope,
                                                    const auth::Principal& caller,
                                                    std::optional<BillingCycle> cycle)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::OrderRepository orders(session);
    orders.expireStale(at);
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(scope.organizationId()));
    requireRenewable(organization, at);
    auto renewal = openRenewal(session, organization, caller,
                               cycle.value_or(parseBillingCycle(organization.billingCycle)));
    transaction.commit();
    return renewal;
}

std::pair<OrderView, bool> PlanChangeService::openRenewal(
    Poco::Data::Session& session, const store::OrganizationRecord& organization,
    const std::optional<auth::Principal>& buyer, BillingCycle cycle) const
{
    store::OrderRepository orders(session);
    store::PlanRepository plans(session);
    if (auto pending = orders.findPendingChange(organization.id, "renewal")) {
        if (pending->billingCycle == cycle)
            return {OrderView{*pending, requireFound(plans.findById(pending->planId)), {}}, false};
        orders.cancelPendingChanges(organization.id, "renewal", m_clock.now());
    }
    // The renewed period is on the plan the organization will then be on.
    const Plan plan =
        requireFound(plans.findById(organization.scheduledPlanId.value_or(*organization.planId)));
    store::OrderRecord order = draftFor(organization, buyer, "renewal");
    order.planId = plan.id;
    order.billingCycle = cycle;
    order.quote = m_pricing.priceWithout(plan, cycle);
    return {placeChangeOrder(session, std::move(order), plan), true};
}

OrderView PlanChangeService::placeChangeOrder(Poco::Data::Session& session,
                                              store::OrderRecord order, const Plan& plan) const
{
    const auto at = m_clock.now();
    order.expiresAt = formatIso8601(at + m_pendingLifetime);
    store::OrderRepository orders(session);
    insertWithOrderNumber(orders, order, at);
    return {std::move(order), plan, {}};
}

store::OrderRecord PlanChangeService::draftFor(const store::OrganizationRecord& organization,
                                               const std::optional<auth::Principal>& buyer,
                                               const std::string& kind) const
{
    store::OrderRecord order;
    order.kind = kind;
    order.organizationId = organization.id;
    if (buyer)
        order.userId = buyer->userId;
    order.customerName = buyer && !buyer->name.empty() ? buyer->name : organization.name;
    order.customerCompany = organization.name;
    order.customerEmail = organization.contactEmail;
    order.customerPhone = organization.contactPhone;
    order.locale = organization.locale;
    return order;
}

} // namespace ebm::services
