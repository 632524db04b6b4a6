#pragma once

#include "domain/Plan.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// A catalog plan with its bookkeeping instants, as staff see it.
struct StoredPlan
{
    Plan plan;
    std::string createdAt;
    std::string updatedAt;
};

// The plan catalog table: public reads of active plans and the idempotent seeding of missing ones.
class PlanRepository final
{
public:
    explicit PlanRepository(Poco::Data::Session& session);

    std::int64_t countActive();
    // Changes whenever a plan is added or updated: the plan count and the latest update time.
    std::string catalogVersion();
    std::vector<Plan> listActive(std::int64_t offset, std::int64_t limit);
    std::optional<Plan> findActive(std::int64_t id);
    // Any plan, active or not (an organization keeps a plan that was withdrawn from sale).
    std::optional<Plan> findById(std::int64_t id);
    // Inserts the plans whose slug is not present yet; returns how many. Call inside a write
    // transaction.
    int insertMissing(const std::vector<Plan>& plans, std::chrono::sys_seconds now);

    // Staff: every plan, inactive ones too, in catalog order.
    std::int64_t countAll();
    std::vector<StoredPlan> listAll(std::int64_t offset, std::int64_t limit);
    std::optional<StoredPlan> findStored(std::int64_t id);
    // Inserts a new plan and answers its id; 409 conflict when the slug is taken.
    std::int64_t insert(const Plan& plan, std::chrono::sys_seconds at);
    // Writes every field of plan.id but its slug, tier and currency, which never change.
    void update(const Plan& plan, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
