#include "services/PlanService.h"

namespace ebm::services
{

PlanService::PlanService(store::PlanRepository& plans, BasisPoints taxRate)
    : m_plans(plans)
    , m_taxRate(taxRate)
{
}

PlanService::PlanPage PlanService::listActive(std::int64_t offset, std::int64_t limit)
{
    return {m_plans.countActive(), m_plans.listActive(offset, limit)};
}

std::optional<Plan> PlanService::findActive(std::int64_t id)
{
    return m_plans.findActive(id);
}

PriceQuote PlanService::quote(const Plan& plan, BillingCycle cycle) const
{
    return quotePrice(plan, cycle, std::nullopt, m_taxRate);
}

} // namespace ebm::services
