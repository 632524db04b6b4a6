#pragma once

#include "domain/Plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace ebm::catalog
{

// The plan catalog data file (resources/catalog/plans.json): parsed and validated into Plans.
// Errors name the offending entry and field, e.g. "plans[1].monthly_price: ...".
class PlanCatalog final
{
public:
    static std::vector<Plan> parse(std::string_view json);
    // The file at `path`, or the catalog compiled into the binary when `path` is empty.
    static std::vector<Plan> load(const std::string& path);
};

} // namespace ebm::catalog
