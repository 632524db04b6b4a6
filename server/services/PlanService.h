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
    // Staff changed the catalog: the next catalog() reads it again even when the change fell in
    // the same second as the last one (the version's updated_at has whole seconds).
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
