#pragma once

#include "domain/Plan.h"
#include "store/Database.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// The plan catalog table: public reads of active plans and the idempotent seeding of missing ones.
class PlanRepository final
{
public:
    explicit PlanRepository(Database& database);

    std::int64_t countActive();
    std::vector<Plan> listActive(std::int64_t offset, std::int64_t limit);
    std::optional<Plan> findActive(std::int64_t id);
    // Inserts the plans whose slug is not present yet, in one transaction; returns how many.
    int insertMissing(const std::vector<Plan>& plans, std::chrono::sys_seconds now);

private:
    Database& m_database;
};

} // namespace ebm::store
