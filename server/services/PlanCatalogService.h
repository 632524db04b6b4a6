#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/Plan.h"
#include "services/PlanService.h"
#include "store/Database.h"
#include "store/PlanRepository.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ebm::services
{

// The staff side of the plan catalog: every plan (inactive ones too), creating plans and
// changing them, each write one transaction audited with before and after. A plan is never
// deleted (organizations keep theirs); deactivating it withdraws it from the public catalog,
// whose cache sees every change at once. Prices live on the plan only: orders and invoices keep
// the amounts they were quoted and issued with.
class PlanCatalogService final
{
public:
    struct PlanPage
    {
        std::int64_t count;
        std::vector<store::StoredPlan> plans;
    };
    // Changes a plan in place; throws ApiError (400 naming the field) to refuse.
    using PlanEdit = std::function<void(Plan&)>;

    PlanCatalogService(store::Database& database, const Clock& clock, PlanService& catalog);

    PlanPage list(std::int64_t offset, std::int64_t limit);
    store::StoredPlan get(std::int64_t id);
    // Errors: 400 naming the field validatePlan refuses; 409 conflict (slug taken).
    store::StoredPlan create(const Plan& plan, const auth::Principal& staff,
                             const std::string& requestId);
    // Applies `edit` to the stored plan inside the transaction (so concurrent edits never undo
    // each other); slug, tier and currency stay. Errors: 404; 400 as create.
    store::StoredPlan update(std::int64_t id, const PlanEdit& edit, const auth::Principal& staff,
                             const std::string& requestId);

    // The plan's catalog fields as the audit log compares them.
    static std::string stateJson(const Plan& plan);

private:
    void audit(Poco::Data::Session& session, const std::string& action, std::int64_t planId,
               const std::string& before, const std::string& after, const auth::Principal& staff,
               const std::string& requestId, std::chrono::sys_seconds at);

    store::Database& m_database;
    const Clock& m_clock;
    PlanService& m_catalog;
};

} // namespace ebm::services
