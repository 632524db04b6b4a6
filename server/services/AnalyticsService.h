#pragma once

#include "auth/Principal.h"
#include "domain/Analytics.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "store/AnalyticsRepository.h"
#include "store/Database.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ebm::services
{

// Recurring revenue of the subscriptions in one currency at an instant.
struct CurrencyFigures
{
    Money mrr;
    Money arr;
    Money arpa;
    std::int64_t activePaying = 0;
};

// The dashboard's figures at an instant, over the window of days before it.
struct AnalyticsSummary
{
    std::chrono::sys_seconds at;
    int windowDays = 30;
    // pending, active, suspended, expired, cancelled and total.
    std::map<std::string, std::int64_t> organizations;
    std::vector<CurrencyFigures> byCurrency;
    BasisPoints churnRate;
    BasisPoints conversionRate;
    store::OrderCounts orders;
    std::int64_t pendingTransfers = 0;
    std::vector<Money> pendingOutstanding;
};

// One point of a revenue series.
struct RevenuePoint
{
    std::chrono::sys_seconds periodStart;
    Money revenue;
    Money refunds;
    Money net;
    std::int64_t payments = 0;
};

struct RevenueSeries
{
    Currency currency;
    SeriesStep step;
    std::vector<RevenuePoint> points;
};

// A usage metric of the staff charts: its name, unit and plan quota.
enum class UsageMetric
{
    Servers,
    Vms,
    Backups,
    StorageGb,
    Users
};

// "servers", "vms", "backups", "storage_gb", "users"; else DomainError("metric", "invalid_choice").
UsageMetric parseUsageMetric(std::string_view text);
std::string_view toString(UsageMetric metric);

struct UsagePoint
{
    std::chrono::sys_seconds at;
    // A count, or bytes for storage_gb (shown in GB).
    std::int64_t value = 0;
};

struct UsageSeries
{
    std::string organizationId;
    UsageMetric metric;
    // The plan's limit (GB for storage_gb); nullopt when unlimited or without a plan.
    std::optional<std::int64_t> quota;
    std::vector<UsagePoint> points;
};

// The staff analytics: business figures at an instant, revenue per period and one
// organization's usage over time. Read only, except the audit entry of the staff access to an
// organization's usage.
class AnalyticsService final
{
public:
    static constexpr std::size_t kMaxPoints = 1000;

    AnalyticsService(store::Database& database, const Clock& clock);

    // At `at` (default: now on the server clock), over the `windowDays` days before it.
    AnalyticsSummary summary(std::optional<std::chrono::sys_seconds> at, int windowDays);
    RevenueSeries revenue(std::chrono::sys_seconds from, std::chrono::sys_seconds to,
                          SeriesStep step, const Currency& currency);
    // 404 for an unknown organization; the access is audited (staff.tenant_access).
    UsageSeries usageSeries(const auth::Principal& staff, const std::string& organizationId,
                            UsageMetric metric, std::chrono::sys_seconds from,
                            std::chrono::sys_seconds to, SeriesStep step,
                            const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
