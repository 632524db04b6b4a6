#include "services/SubscriptionFulfilment.h"

#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "quota/QuotaGuard.h"
#include "services/LifecycleService.h"
#include "services/RequireFound.h"
#include "services/SubscriptionJournal.h"
#include "store/OrganizationRepository.h"
#include "store/PlanRepository.h"
#include "tenancy/SystemAccess.h"

namespace ebm::services
{

using Notice = mail::EmailComposer::Notice;

namespace
{

store::OrganizationRecord payableOrganization(Poco::Data::Session& session,
                                              const store::OrderRecord& order)
{
    auto organization =
        requireFound(store::OrganizationRepository(session).findById(order.organizationId));
    if (organization.status == OrganizationStatus::Cancelled)
        throw http::ApiError(409, "subscription_cancelled",
                             "The organization of order " + order.orderNumber +
                                 " is cancelled; its order can no longer be fulfilled.");
    return organization;
}

} // namespace

std::string renewalLine(const std::string& locale, const Plan& plan, BillingCycle cycle)
{
    const i18n::Translator t(locale);
    return i18n::substitute(cycle == BillingCycle::Monthly
                                ? t.translate("Invoice", "%1 plan — monthly renewal")
                                : t.translate("Invoice", "%1 plan — yearly renewal"),
                            {plan.name});
}

namespace
{

std::string upgradeLine(const std::string& locale, const Plan& from, const Plan& to)
{
    const i18n::Translator t(locale);
    return i18n::substitute(
        t.translate("Invoice", "Upgrade from the %1 plan to the %2 plan, prorated to the end "
                               "of the paid period"),
        {from.name, to.name});
}

} // namespace

SubscriptionFulfilment::SubscriptionFulfilment(const mail::EmailComposer& composer)
    : m_composer(composer)
{
}

BilledPeriod SubscriptionFulfilment::apply(Poco::Data::Session& session,
                                           const store::OrderRecord& order,
                                           std::chrono::sys_seconds at,
                                           const std::string& requestId) const
{
    if (order.kind == "renewal")
        return renew(session, order, at, requestId);
    if (order.kind == "upgrade")
        return upgrade(session, order, at, requestId);
    throw std::logic_error("order " + order.orderNumber + " of kind " + order.kind +
                           " does not change a subscription");
}

BilledPeriod SubscriptionFulfilment::renew(Poco::Data::Session& session,
                                           const store::OrderRecord& order,
                                           std::chrono::sys_seconds at,
                                           const std::string& requestId) const
{
    const auto before = payableOrganization(session, order);
    const bool lapsed = hasLapsed(before);
    const SubscriptionPeriod period = lapsed
                                          ? firstPeriod(at, order.billingCycle)
                                          : nextPeriod({parseIso8601(before.subscriptionStart),
                                                        parseIso8601(before.subscriptionEnd)},
                                                       order.billingCycle, before.billingAnchorDay);
    store::OrganizationRepository organizations(session);
    if (lapsed) {
        requireStatusChange(before.status, OrganizationStatus::Active);
        organizations.setStatus(before.id, OrganizationStatus::Active, {}, at);
        organizations.changePlan(before.id, order.planId, at);
    }
    const unsigned anchorDay = lapsed ? anchorDayOf(period.start) : before.billingAnchorDay;
    organizations.setPeriod(before.id, std::string(toString(order.billingCycle)),
                            lapsed ? formatIso8601(period.start) : before.subscriptionStart,
                            formatIso8601(period.end), anchorDay, at);
    const auto after = requireFound(organizations.findById(before.id));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.renewed",
                 Actor::system(),
                 order.orderNumber,
                 Notice::Renewed,
                 {after.subscriptionEnd.substr(0, 10)},
                 "renewed:order:" + std::to_string(order.id)},
                before, after);
    const Plan plan = requireFound(store::PlanRepository(session).findById(order.planId));
    return {renewalLine(order.locale, plan, order.billingCycle), formatIso8601(period.start),
            formatIso8601(period.end)};
}

BilledPeriod SubscriptionFulfilment::upgrade(Poco::Data::Session& session,
                                             const store::OrderRecord& order,
                                             std::chrono::sys_seconds at,
                                             const std::string& requestId) const
{
    const auto before = payableOrganization(session, order);
    store::PlanRepository plans(session);
    const Plan from = requireFound(plans.findById(before.planId.value_or(order.planId)));
    const Plan to = requireFound(plans.findById(order.planId));
    store::OrganizationRepository organizations(session);
    organizations.changePlan(before.id, to.id, at);
    store::OrderRepository(session).cancelPendingChanges(before.id, "renewal", at);
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(before.id);
    quota::QuotaGuard(session, scope, at).afterChange();
    const auto after = requireFound(organizations.findById(before.id));
    SubscriptionJournal(session, m_composer, requestId, at)
        .record({"subscription.upgraded",
                 Actor::system(),
                 order.orderNumber,
                 Notice::PlanChanged,
                 {to.name},
                 "upgraded:order:" + std::to_string(order.id)},
                before, after);
    return {upgradeLine(order.locale, from, to), formatIso8601(at), before.subscriptionEnd};
}

} // namespace ebm::services
