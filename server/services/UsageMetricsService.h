#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"

namespace ebm::services
{

// What one update-metrics run did.
struct UsageMetricsCounts
{
    int organizations = 0;
    int thresholdsCrossed = 0;
};

// The update-metrics job: for each active or suspended organization, one transaction each,
// recounts the usage from the inventory and members, refreshes today's UsageMetrics row with the
// quota violations, and records the 80 % and 100 % thresholds newly crossed (once per crossing:
// a threshold left is forgotten, so crossing it again is recorded again). Idempotent.
class UsageMetricsService final
{
public:
    UsageMetricsService(store::Database& database, const Clock& clock);

    UsageMetricsCounts run(store::JobRunRecord& record);

private:
    int refresh(const std::string& organizationId);

    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
