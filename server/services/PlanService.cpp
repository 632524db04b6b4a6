#include "services/PlanService.h"

#include "store/PlanRepository.h"

namespace ebm::services
{

PlanService::PlanService(store::Database& database, BasisPoints taxRate)
    : m_database(database)
    , m_taxRate(taxRate)
{
}

PlanService::PlanPage PlanService::listActive(std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::PlanRepository plans(session);
    return {plans.countActive(), plans.listActive(offset, limit)};
}

std::optional<Plan> PlanService::findActive(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return store::PlanRepository(session).findActive(id);
}

PriceQuote PlanService::quote(const Plan& plan, BillingCycle cycle) const
{
    return quotePrice(plan, cycle, std::nullopt, m_taxRate);
}

} // namespace ebm::services
