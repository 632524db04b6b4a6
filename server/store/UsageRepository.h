#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// What an organization uses now, counted from its inventory and members.
struct Usage
{
    std::int64_t servers = 0;
    std::int64_t virtualMachines = 0;
    std::int64_t backupJobs = 0;
    std::int64_t storageBytes = 0;
    std::int64_t userSeats = 0;
};

// One day's usage row (UsageMetrics).
struct UsageMetricsRecord
{
    std::int64_t id = 0;
    std::string periodDate;
    Usage usage;
    std::string quotaViolationsJson;
    std::string updatedAt;
};

// Usage counts, the daily UsageMetrics rows and the quota thresholds crossed, for one
// organization (the tenant scope's).
class UsageRepository final
{
public:
    UsageRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    Usage current(std::chrono::sys_seconds at);
    // Creates or refreshes today's row with the current usage and the thresholds crossed.
    void recordToday(const Usage& usage, const std::string& violationsJson,
                     std::chrono::sys_seconds at);
    std::int64_t countDays();
    std::vector<UsageMetricsRecord> listDays(std::int64_t offset, std::int64_t limit);
    std::optional<UsageMetricsRecord> findDay(std::int64_t id);

    // Records a crossed threshold; false when it was already recorded (so it is logged once).
    bool markCrossed(const std::string& metric, int threshold, std::int64_t usage,
                     std::int64_t limit, std::chrono::sys_seconds at);
    // Forgets a threshold once usage falls back below it, so a later crossing is reported again.
    void clearCrossed(const std::string& metric, int threshold);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
