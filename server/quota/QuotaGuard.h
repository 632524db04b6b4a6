#pragma once

#include "domain/BasisPoints.h"
#include "domain/Plan.h"
#include "store/UsageRepository.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::quota
{

enum class QuotaMetric
{
    Servers,
    VirtualMachines,
    Backups,
    Storage,
    Users
};

// One metric of the usage report: current use against the plan's limit.
struct QuotaLine
{
    std::string metric;
    std::string unit;
    std::int64_t current = 0;
    std::optional<std::int64_t> limit; // empty = unlimited
    std::optional<BasisPoints> percent;
};

// Enforces the organization's plan quotas inside the creating transaction (the write lock of
// BEGIN IMMEDIATE serialises concurrent creations, so none can overshoot) and, after a change,
// records the 80 % and 100 % thresholds crossed (once each, told by a quota_warning email and a
// quota event; a change that crosses both at once tells only the 100 %) and refreshes today's
// UsageMetrics.
class QuotaGuard final
{
public:
    static constexpr std::int64_t kBytesPerGigabyte = 1'000'000'000;

    QuotaGuard(Poco::Data::Session& session, const tenancy::TenantScope& scope,
               std::chrono::sys_seconds at);

    const Plan& plan() const
    {
        return m_plan;
    }
    // 403 {"code":"quota_exceeded","metric","limit","current"} when `adding` more would exceed it.
    void requireRoom(QuotaMetric metric, std::int64_t adding);
    // Recounts the usage, records today's UsageMetrics row and the thresholds crossed; answers
    // how many thresholds were newly crossed.
    int afterChange();
    std::vector<QuotaLine> report();
    // The metrics whose current use exceeds `plan`'s limits (what blocks a downgrade to it).
    std::vector<QuotaLine> excessesUnder(const Plan& plan) const;

    static std::string metricName(QuotaMetric metric);

private:
    std::optional<std::int64_t> limitOf(QuotaMetric metric) const;
    static std::optional<std::int64_t> limitUnder(const Plan& plan, QuotaMetric metric);
    std::vector<QuotaLine> reportUnder(const Plan& plan) const;
    std::int64_t usageOf(QuotaMetric metric) const;
    // Emails the organization's contact a newly crossed threshold, once per crossing, the amounts
    // in the contact's language.
    void queueWarning(QuotaMetric metric, int threshold, std::int64_t current,
                      std::int64_t limit) const;

    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
    std::chrono::sys_seconds m_at;
    Plan m_plan;
    store::Usage m_usage;
};

} // namespace ebm::quota
