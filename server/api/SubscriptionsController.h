#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/LifecycleService.h"
#include "services/OrganizationService.h"
#include "services/PlanChangeService.h"

namespace ebm::api
{

// An organization's subscription: owners and admins change plan, renew, cancel at the period's
// end and resume (staff actions are in AdminOrganizationsController).
class SubscriptionsController final
{
public:
    SubscriptionsController(services::OrganizationService& organizations,
                            services::LifecycleService& lifecycle,
                            services::PlanChangeService& planChanges);

    http::ApiResponse changePlan(const http::ApiRequest& request);
    http::ApiResponse renew(const http::ApiRequest& request);
    http::ApiResponse cancel(const http::ApiRequest& request);
    http::ApiResponse resume(const http::ApiRequest& request);

private:
    http::ApiResponse memberAnswer(const http::ApiRequest& request);

    services::OrganizationService& m_organizations;
    services::LifecycleService& m_lifecycle;
    services::PlanChangeService& m_planChanges;
};

} // namespace ebm::api
