#pragma once

#include "domain/BasisPoints.h"
#include "domain/Plan.h"
#include "domain/Pricing.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ebm::services
{

// The public plan catalog: active plans, one plan, and a price quote for a billing cycle with
// the configured tax rate (coupons join the quote with the order work).
class PlanService final
{
public:
    struct PlanPage
    {
        std::int64_t count;
        std::vector<Plan> plans;
    };

    PlanService(store::Database& database, BasisPoints taxRate);

    PlanPage listActive(std::int64_t offset, std::int64_t limit);
    std::optional<Plan> findActive(std::int64_t id);
    PriceQuote quote(const Plan& plan, BillingCycle cycle) const;

private:
    store::Database& m_database;
    BasisPoints m_taxRate;
};

} // namespace ebm::services
