#pragma once

#include "domain/BasisPoints.h"
#include "domain/Clock.h"
#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/LifecycleService.h"
#include "services/OrganizationService.h"
#include "services/PlanChangeService.h"
#include "services/PlanService.h"
#include "web/PortalLayout.h"

#include <optional>

namespace ebm::web
{

// The plan and subscription page: every plan with what choosing it means now (the prorated
// amount of an upgrade, the date a downgrade applies), and the subscription's own actions:
// change plan, cancel at the period's end, resume, renew.
class PortalPlanController final
{
public:
    PortalPlanController(const PortalLayout& layout, services::OrganizationService& organizations,
                         services::PlanService& plans, services::PlanChangeService& planChanges,
                         services::LifecycleService& lifecycle, const Clock& clock,
                         BasisPoints taxRate);

    http::ApiResponse show(const http::ApiRequest& request);
    http::ApiResponse changePlan(const http::ApiRequest& request);
    http::ApiResponse cancel(const http::ApiRequest& request);
    http::ApiResponse resume(const http::ApiRequest& request);
    http::ApiResponse renew(const http::ApiRequest& request);

private:
    // A refused downgrade: the plan asked for and the service's 409 over_quota.
    struct Refusal
    {
        std::int64_t planId = 0;
        const http::ApiError* error = nullptr;
    };

    http::ApiResponse render(const PageRequest& page, const Refusal& refusal, int status) const;
    TemplateContext planCard(const PageRequest& page, const services::OrganizationView& view,
                             const Plan& plan, bool canChange) const;
    // What choosing `plan` means now, and the label of its button (empty: no button).
    std::pair<std::string, std::string> changeText(const PageRequest& page,
                                                   const services::OrganizationView& view,
                                                   const Plan& plan) const;
    static std::vector<TemplateContext> excesses(const PageRequest& page,
                                                 const http::ApiError& error);
    static http::ApiResponse toPayment(const PageRequest& page, std::int64_t orderId);

    const PortalLayout& m_layout;
    services::OrganizationService& m_organizations;
    services::PlanService& m_plans;
    services::PlanChangeService& m_planChanges;
    services::LifecycleService& m_lifecycle;
    const Clock& m_clock;
    BasisPoints m_taxRate;
};

} // namespace ebm::web
