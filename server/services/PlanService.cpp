#include "services/PlanService.h"

#include "store/PlanRepository.h"

#include <limits>

namespace ebm::services
{

PlanService::PlanService(store::Database& database, BasisPoints taxRate)
    : m_database(database)
    , m_taxRate(taxRate)
{
}

PlanService::Catalog PlanService::catalog()
{
    Poco::Data::Session session = m_database.session();
    store::PlanRepository plans(session);
    std::string version = plans.catalogVersion();
    const std::lock_guard lock(m_catalogMutex);
    version += "#" + std::to_string(m_changes);
    if (!m_catalog.plans || m_catalog.version != version)
        m_catalog = {version, std::make_shared<const std::vector<Plan>>(
                                  plans.listActive(0, std::numeric_limits<std::int64_t>::max()))};
    return m_catalog;
}

void PlanService::catalogChanged()
{
    const std::lock_guard lock(m_catalogMutex);
    ++m_changes;
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
