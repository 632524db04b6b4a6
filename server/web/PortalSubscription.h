#pragma once

#include "services/OrganizationService.h"
#include "web/PageRequest.h"
#include "web/Template.h"

namespace ebm::web
{

// What the overview and plan pages say about a subscription, in the page's language: status
// badge, plan and billing cycle, end of the paid period, renewal or cancellation, a scheduled
// downgrade, and what an inactive organization should do.
class PortalSubscription final
{
public:
    // status, status_label, plan_name, cycle_label, period_end, renewal, scheduled,
    // status_message (the last two empty when there is nothing to say).
    static TemplateContext summary(const PageRequest& page, const services::OrganizationView& view);
};

} // namespace ebm::web
