#include "web/PortalPlanController.h"

#include "billing/LocaleFormat.h"
#include "domain/DomainError.h"
#include "domain/PlanChange.h"
#include "domain/Pricing.h"
#include "domain/Timestamp.h"
#include "web/FormData.h"
#include "web/PlanPresenter.h"
#include "web/PortalLabels.h"
#include "web/PortalSubscription.h"

#include <Poco/JSON/Object.h>
#include <charconv>

namespace ebm::web
{

namespace
{

using Effect = services::PlanChangeOutcome::Effect;

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Plan and subscription");
constexpr const char* kPerMonth = QT_TRANSLATE_NOOP("Web", "%1 per month");
constexpr const char* kPerYear = QT_TRANSLATE_NOOP("Web", "%1 per year");
constexpr const char* kCurrent = QT_TRANSLATE_NOOP("Web", "Your current plan.");
constexpr const char* kCurrentUntil = QT_TRANSLATE_NOOP("Web", "Your current plan until %1.");
constexpr const char* kScheduled = QT_TRANSLATE_NOOP("Web", "Scheduled: applies on %1.");
constexpr const char* kUpgradeCharge =
    QT_TRANSLATE_NOOP("Web", "Upgrade now: %1 to pay for the rest of the paid period.");
constexpr const char* kUpgradeFree =
    QT_TRANSLATE_NOOP("Web", "Applies at once: nothing more to pay for this period.");
constexpr const char* kDowngrade =
    QT_TRANSLATE_NOOP("Web", "Applies on %1, at the end of the paid period.");
constexpr const char* kUnavailable =
    QT_TRANSLATE_NOOP("Web", "Not available for your subscription.");
constexpr const char* kUpgradeButton = QT_TRANSLATE_NOOP("Web", "Upgrade");
constexpr const char* kDowngradeButton = QT_TRANSLATE_NOOP("Web", "Downgrade");
constexpr const char* kKeepButton = QT_TRANSLATE_NOOP("Web", "Keep this plan");
constexpr const char* kOverQuota = QT_TRANSLATE_NOOP(
    "Web", "The %1 plan allows less than your organization uses now. Remove the excess first.");
constexpr const char* kExcess =
    QT_TRANSLATE_NOOP("Web", "%1: %2 in use, the plan allows %3 (%4 too many).");

std::optional<std::int64_t> positiveId(const std::string& text)
{
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id < 1)
        return std::nullopt;
    return id;
}

const char* effectNotice(Effect effect)
{
    switch (effect) {
    case Effect::Upgraded:
        return "upgraded";
    case Effect::DowngradeScheduled:
        return "downgrade_scheduled";
    case Effect::ChangeWithdrawn:
    case Effect::UpgradeOrdered:
        break;
    }
    return "change_withdrawn";
}

// The notice of a renewal the service refused, or empty for an error to show as a page.
std::string renewalRefusal(const http::ApiError& error)
{
    for (const char* code : {"renewal_too_early", "cancellation_scheduled", "not_renewable"})
        if (error.code() == code)
            return code;
    return error.status() == 409 ? "not_possible" : "";
}

bool isRenewable(const store::OrganizationRecord& organization)
{
    return organization.planId && !organization.cancelAtPeriodEnd &&
           (organization.status == OrganizationStatus::Active ||
            organization.status == OrganizationStatus::Suspended ||
            organization.status == OrganizationStatus::Expired);
}

} // namespace

PortalPlanController::PortalPlanController(const PortalLayout& layout,
                                           services::OrganizationService& organizations,
                                           services::PlanService& plans,
                                           services::PlanChangeService& planChanges,
                                           services::LifecycleService& lifecycle,
                                           const Clock& clock, BasisPoints taxRate)
    : m_layout(layout)
    , m_organizations(organizations)
    , m_plans(plans)
    , m_planChanges(planChanges)
    , m_lifecycle(lifecycle)
    , m_clock(clock)
    , m_taxRate(taxRate)
{
}

// GET /account/{id}/plan  (member, any role, any status)
// The subscription summary and every plan of the catalog at the subscription's billing cycle,
// each with what changing to it means now. Owners and admins of an active organization get a
// button per plan; they also get cancel or resume, and renew (with its billing cycle) while the
// subscription can be renewed.
http::ApiResponse PortalPlanController::show(const http::ApiRequest& request)
{
    return render(m_layout.request(request), {}, 200);
}

// POST /account/{id}/plan  (owner, admin; active organization)  fields plan (id),
// billing_cycle (the subscription's own; another cycle changes at renewal).
// Upgrade to pay: 303 to /register/payment?order=<order id>. Otherwise 303 to plan?notice=
// upgraded | downgrade_scheduled | change_withdrawn | invalid_plan | cycle_at_renewal |
// subscription_inactive. A downgrade while over the smaller plan's quotas: the page again (409)
// with each metric's use, limit and excess beside that plan.
http::ApiResponse PortalPlanController::changePlan(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const FormData form = FormData::parse(request);
    const auto planId = positiveId(form.field("plan"));
    if (!planId)
        return PortalLayout::back(page, "plan", "invalid_plan");
    const std::string cycle = form.field("billing_cycle");
    if (!cycle.empty() &&
        cycle != m_organizations.detail(request.tenant()).organization.billingCycle)
        return PortalLayout::back(page, "plan", "cycle_at_renewal");
    services::PlanChangeOutcome outcome;
    try {
        outcome = m_planChanges.changePlan(request.tenant(), request.principal(), *planId,
                                           request.requestId());
    } catch (const http::ApiError& error) {
        if (error.code() == "over_quota")
            return render(page, {*planId, &error}, 409);
        if (error.code() == "subscription_inactive")
            return PortalLayout::back(page, "plan", "subscription_inactive");
        if (error.status() != 400)
            throw;
        return PortalLayout::back(page, "plan", "invalid_plan");
    } catch (const DomainError&) {
        return PortalLayout::back(page, "plan", "invalid_plan");
    }
    if (outcome.effect == Effect::UpgradeOrdered && outcome.order)
        return toPayment(page, outcome.order->order.id);
    return PortalLayout::back(page, "plan", effectNotice(outcome.effect));
}

// POST /account/{id}/cancel  (owner, admin; active organization)
// Cancels at the end of the paid period: 303 to plan?notice=cancelled (not_possible when the
// status forbids it).
http::ApiResponse PortalPlanController::cancel(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    try {
        m_lifecycle.cancelAtPeriodEnd(request.tenant(), request.requestId());
    } catch (const http::ApiError& error) {
        if (error.status() != 409)
            throw;
        return PortalLayout::back(page, "plan", "not_possible");
    }
    return PortalLayout::back(page, "plan", "cancelled");
}

// POST /account/{id}/resume  (owner, admin; active organization)
// Withdraws a scheduled cancellation: 303 to plan?notice=resumed (not_possible likewise).
http::ApiResponse PortalPlanController::resume(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    try {
        m_lifecycle.resume(request.tenant(), request.requestId());
    } catch (const http::ApiError& error) {
        if (error.status() != 409)
            throw;
        return PortalLayout::back(page, "plan", "not_possible");
    }
    return PortalLayout::back(page, "plan", "resumed");
}

// POST /account/{id}/renew  (owner, admin; also suspended or expired)  field billing_cycle
// (monthly | yearly, optional). The pending renewal order (created when there is none): 303 to
// /register/payment?order=<order id>. Refused: 303 to plan?notice=renewal_too_early |
// cancellation_scheduled | not_renewable | not_possible.
http::ApiResponse PortalPlanController::renew(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const std::string cycleText = FormData::parse(request).field("billing_cycle");
    std::optional<BillingCycle> cycle;
    try {
        if (!cycleText.empty())
            cycle = parseBillingCycle(cycleText);
        const auto renewal = m_planChanges.renew(request.tenant(), request.principal(), cycle);
        return toPayment(page, renewal.first.order.id);
    } catch (const DomainError&) {
        return PortalLayout::back(page, "plan", "not_possible");
    } catch (const http::ApiError& error) {
        const std::string notice = renewalRefusal(error);
        if (notice.empty())
            throw;
        return PortalLayout::back(page, "plan", notice);
    }
}

http::ApiResponse PortalPlanController::toPayment(const PageRequest& page, std::int64_t orderId)
{
    return PageRenderer::redirect(page, "/register/payment?order=" + std::to_string(orderId));
}

http::ApiResponse PortalPlanController::render(const PageRequest& page, const Refusal& refusal,
                                               int status) const
{
    const auto& scope = page.http().tenant();
    const auto view = m_organizations.detail(scope);
    const store::OrganizationRecord& organization = view.organization;
    const bool canManage = scope.allows(Permission::ManageBilling);
    const bool active = organization.status == OrganizationStatus::Active && view.plan;
    std::vector<TemplateContext> cards;
    std::string refusedPlan;
    for (const Plan& plan : *m_plans.catalog().plans) {
        TemplateContext card = planCard(page, view, plan, canManage && active);
        const bool refused = refusal.error && plan.id == refusal.planId;
        card.set("excess",
                 refused ? excesses(page, *refusal.error) : std::vector<TemplateContext>{});
        if (refused)
            refusedPlan = plan.name;
        cards.push_back(std::move(card));
    }
    const PortalLabels labels(page.translator());
    TemplateContext context;
    context
        .set("subscription", m_layout.renderer().fragment(page.locale(), "portal_subscription",
                                                          PortalSubscription::summary(page, view)))
        .set("over_quota",
             refusal.error ? i18n::substitute(page.tr(kOverQuota), {refusedPlan}) : std::string())
        .set("plans", std::move(cards))
        .set("can_cancel", canManage && active && !organization.cancelAtPeriodEnd)
        .set("can_resume", canManage && active && organization.cancelAtPeriodEnd)
        .set("can_renew", canManage && isRenewable(organization))
        .set("cycles", labels.cycleOptions(organization.billingCycle))
        .set("can_manage", canManage);
    return m_layout.page(page, PortalLayout::Section::Plan, "portal_plan", context, page.tr(kTitle),
                         status);
}

TemplateContext PortalPlanController::planCard(const PageRequest& page,
                                               const services::OrganizationView& view,
                                               const Plan& plan, bool canChange) const
{
    const PlanPresenter presenter(page.translator());
    const std::string cycle =
        view.organization.billingCycle.empty() ? "monthly" : view.organization.billingCycle;
    const BillingCycle billing = parseBillingCycle(cycle);
    auto [explanation, button] = changeText(page, view, plan);
    TemplateContext card;
    card.set("id", std::to_string(plan.id))
        .set("name", plan.name)
        .set("slug", plan.slug)
        .set("description", presenter.description(plan))
        .set("price",
             i18n::substitute(page.tr(billing == BillingCycle::Yearly ? kPerYear : kPerMonth),
                              {presenter.money(plan.priceFor(billing))}))
        .set("features", presenter.features(plan))
        .set("is_current", view.plan && view.plan->id == plan.id)
        .set("explanation", explanation)
        .set("button", canChange ? button : std::string())
        .set("billing_cycle", cycle);
    return card;
}

std::pair<std::string, std::string>
PortalPlanController::changeText(const PageRequest& page, const services::OrganizationView& view,
                                 const Plan& plan) const
{
    const store::OrganizationRecord& organization = view.organization;
    if (!view.plan || organization.status != OrganizationStatus::Active ||
        organization.subscriptionEnd.empty())
        return {};
    const auto day = [&page](const std::string& instant) {
        return billing::formatDay(instant, page.locale());
    };
    const bool hasScheduled = view.scheduledPlan.has_value();
    if (plan.id == view.plan->id)
        return hasScheduled ? std::pair{i18n::substitute(page.tr(kCurrentUntil),
                                                         {day(organization.scheduledChangeAt)}),
                                        page.tr(kKeepButton)}
                            : std::pair{page.tr(kCurrent), std::string()};
    if (hasScheduled && plan.id == view.scheduledPlan->id)
        return {i18n::substitute(page.tr(kScheduled), {day(organization.scheduledChangeAt)}), {}};
    const BillingCycle cycle = parseBillingCycle(organization.billingCycle);
    try {
        if (classifyPlanChange(*view.plan, plan, cycle) == PlanChangeKind::Downgrade)
            return {i18n::substitute(page.tr(kDowngrade),
                                     {day(hasScheduled ? organization.scheduledChangeAt
                                                       : organization.subscriptionEnd)}),
                    page.tr(kDowngradeButton)};
        const Money charge =
            upgradeCharge(*view.plan, plan, cycle, organization.billingAnchorDay, m_clock.now(),
                          parseIso8601(organization.subscriptionEnd));
        if (charge.isZero())
            return {page.tr(kUpgradeFree), page.tr(kUpgradeButton)};
        const Money total = quoteCharge(charge, m_taxRate).total;
        return {
            i18n::substitute(page.tr(kUpgradeCharge), {billing::formatMoney(total, page.locale())}),
            page.tr(kUpgradeButton)};
    } catch (const DomainError&) {
        return {page.tr(kUnavailable), {}};
    }
}

std::vector<TemplateContext> PortalPlanController::excesses(const PageRequest& page,
                                                            const http::ApiError& error)
{
    const auto found = error.extra().find("over_quota");
    if (found == error.extra().end())
        return {};
    const auto* lines = std::get_if<Poco::JSON::Array::Ptr>(&found->second);
    if (lines == nullptr || !*lines)
        return {};
    const PortalLabels labels(page.translator());
    std::vector<TemplateContext> items;
    for (std::size_t i = 0; i < (*lines)->size(); ++i) {
        const auto line = (*lines)->getObject(static_cast<unsigned>(i));
        const std::string unit = line->getValue<std::string>("unit");
        const std::string metric = line->getValue<std::string>("metric");
        items.push_back(
            TemplateContext()
                .set("metric", metric)
                .set("text", i18n::substitute(
                                 page.tr(kExcess),
                                 {labels.metric(metric),
                                  labels.quantity(unit, line->getValue<std::int64_t>("current")),
                                  labels.quantity(unit, line->getValue<std::int64_t>("limit")),
                                  labels.quantity(unit, line->getValue<std::int64_t>("excess"))})));
    }
    return items;
}

} // namespace ebm::web
