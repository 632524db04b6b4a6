#pragma once

#include "domain/BasisPoints.h"
#include "domain/Plan.h"
#include "domain/Pricing.h"
#include "store/Database.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// The public plan catalog: active plans (cached until one changes), one plan, and a price quote
// for a billing cycle with the configured tax rate (coupons join the quote with the order work).
class PlanService final
{
public:
    struct PlanPage
    {
        std::int64_t count;
        std::vector<Plan> plans;
    };

    // Every active plan in catalog order, with the version it was read at; shared by readers
    // until a plan changes (checked with one small query per call).
    struct Catalog
    {
        std::string version;
        std::shared_ptr<const std::vector<Plan>> plans;
    };

    PlanService(store::Database& database, BasisPoints taxRate);

    Catalog catalog();
    // Staff changed the catalog: the next catalog() reads it again even when the plans' count and
    // latest updated_at did not move (a change within the same second, whole seconds only; or a
    // server clock behind the rows' updated_at, as a test clock started in the past is).
    void catalogChanged();
    PlanPage listActive(std::int64_t offset, std::int64_t limit);
    std::optional<Plan> findActive(std::int64_t id);
    PriceQuote quote(const Plan& plan, BillingCycle cycle) const;

private:
    store::Database& m_database;
    BasisPoints m_taxRate;
    std::mutex m_catalogMutex;
    Catalog m_catalog;
    std::uint64_t m_changes = 0; // catalogChanged() calls, part of the version
};

} // namespace ebm::services
