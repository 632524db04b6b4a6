#include "web/PortalSubscription.h"

#include "billing/LocaleFormat.h"
#include "web/PortalLabels.h"

namespace ebm::web
{

namespace
{

constexpr const char* kNoPlan = QT_TRANSLATE_NOOP("Web", "No plan");
constexpr const char* kEndsOn = QT_TRANSLATE_NOOP("Web", "Cancelled: the subscription ends on %1.");
constexpr const char* kRenewsOn = QT_TRANSLATE_NOOP("Web", "Renews automatically on %1.");
constexpr const char* kRenewBefore =
    QT_TRANSLATE_NOOP("Web", "Paid until %1: renew before then to keep your service.");
constexpr const char* kScheduled = QT_TRANSLATE_NOOP("Web", "Moves to the %1 plan on %2.");

const char* statusMessage(OrganizationStatus status)
{
    switch (status) {
    case OrganizationStatus::Pending:
        return QT_TRANSLATE_NOOP("Web", "Your organization is waiting for the payment of its "
                                        "order.");
    case OrganizationStatus::Suspended:
        return QT_TRANSLATE_NOOP("Web", "Your organization is suspended. Renew your subscription "
                                        "or pay the outstanding invoice to reactivate it.");
    case OrganizationStatus::Expired:
        return QT_TRANSLATE_NOOP("Web", "Your subscription has expired. Renew it to restore "
                                        "access.");
    case OrganizationStatus::Cancelled:
        return QT_TRANSLATE_NOOP("Web", "Your subscription was cancelled.");
    case OrganizationStatus::Active:
        break;
    }
    return nullptr;
}

std::string renewal(const PageRequest& page, const store::OrganizationRecord& organization,
                    const std::string& periodEnd)
{
    if (organization.subscriptionEnd.empty() ||
        organization.status == OrganizationStatus::Cancelled ||
        organization.status == OrganizationStatus::Pending)
        return {};
    if (organization.cancelAtPeriodEnd)
        return i18n::substitute(page.tr(kEndsOn), {periodEnd});
    return i18n::substitute(page.tr(organization.autoRenew ? kRenewsOn : kRenewBefore),
                            {periodEnd});
}

} // namespace

TemplateContext PortalSubscription::summary(const PageRequest& page,
                                            const services::OrganizationView& view)
{
    const PortalLabels labels(page.translator());
    const store::OrganizationRecord& organization = view.organization;
    const std::string periodEnd = billing::formatDay(organization.subscriptionEnd, page.locale());
    const char* message = statusMessage(organization.status);
    TemplateContext context;
    context.set("status", std::string(toString(organization.status)))
        .set("status_label", labels.status(organization.status))
        .set("plan_name", view.plan ? view.plan->name : page.tr(kNoPlan))
        .set("cycle_label", labels.cycle(organization.billingCycle))
        .set("period_end", periodEnd)
        .set("renewal", renewal(page, organization, periodEnd))
        .set("scheduled", view.scheduledPlan
                              ? i18n::substitute(page.tr(kScheduled),
                                                 {view.scheduledPlan->name,
                                                  billing::formatDay(organization.scheduledChangeAt,
                                                                     page.locale())})
                              : std::string())
        .set("status_message", message ? page.tr(message) : std::string());
    return context;
}

} // namespace ebm::web
