#include "services/AnalyticsService.h"

#include "domain/DomainError.h"
#include "domain/Statuses.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "store/AuditLogRepository.h"
#include "store/OrganizationRepository.h"
#include "store/PlanRepository.h"
#include "store/UsageSeriesRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/StaffAccess.h"

#include <Poco/JSON/Array.h>
#include <sstream>

namespace ebm::services
{

using namespace std::chrono;

namespace
{

constexpr std::int64_t kMonthsPerYear = 12;

// A deferred read transaction: every query of a summary sees the same snapshot.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Poco::Data::Session& session)
        : m_session(session)
    {
        m_session << "BEGIN", Poco::Data::Keywords::now;
    }
    ~ReadSnapshot()
    {
        try {
            m_session << "COMMIT", Poco::Data::Keywords::now;
        } catch (...) {
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Poco::Data::Session& m_session;
};

// The spans of a series as the repositories bind them: [["start","end"], …].
std::string spansJson(const std::vector<SeriesBucket>& buckets)
{
    Poco::JSON::Array spans;
    for (const SeriesBucket& bucket : buckets) {
        Poco::JSON::Array::Ptr span = new Poco::JSON::Array;
        span->add(formatIso8601(bucket.start));
        span->add(formatIso8601(bucket.end));
        spans.add(span);
    }
    std::ostringstream out;
    spans.stringify(out);
    return out.str();
}

std::vector<CurrencyFigures>
recurringRevenue(const std::vector<store::SubscriptionPriceGroup>& groups)
{
    std::vector<CurrencyFigures> figures;
    for (const auto& group : groups) {
        const Currency currency = Currency::fromCode(group.currency);
        if (figures.empty() || !(figures.back().mrr.currency() == currency))
            figures.push_back(
                {Money::zero(currency), Money::zero(currency), Money::zero(currency), 0});
        const Money monthly = monthlyValue(Money(group.priceMinor, currency), group.yearly);
        if (monthly.minorUnits() <= 0)
            continue;
        figures.back().mrr += monthly.times(group.organizations);
        figures.back().activePaying += group.organizations;
    }
    for (CurrencyFigures& figure : figures) {
        figure.arr = figure.mrr.times(kMonthsPerYear);
        if (figure.activePaying > 0)
            figure.arpa = Money(divideRounded(figure.mrr.minorUnits(), figure.activePaying),
                                figure.mrr.currency());
    }
    std::erase_if(figures, [](const CurrencyFigures& figure) { return figure.activePaying == 0; });
    return figures;
}

std::map<std::string, std::int64_t> withEveryStatus(std::map<std::string, std::int64_t> counts)
{
    std::int64_t total = 0;
    for (const char* status : {"pending", "active", "suspended", "expired", "cancelled"})
        total += counts[status];
    counts["total"] = total;
    return counts;
}

store::UsageColumn columnOf(UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Servers:
        return store::UsageColumn::Servers;
    case UsageMetric::Vms:
        return store::UsageColumn::VirtualMachines;
    case UsageMetric::Backups:
        return store::UsageColumn::BackupJobs;
    case UsageMetric::StorageGb:
        return store::UsageColumn::StorageBytes;
    case UsageMetric::Users:
        break;
    }
    return store::UsageColumn::Users;
}

const Quota& quotaOf(const Plan& plan, UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Servers:
        return plan.quotas.servers;
    case UsageMetric::Vms:
        return plan.quotas.virtualMachines;
    case UsageMetric::Backups:
        return plan.quotas.backups;
    case UsageMetric::StorageGb:
        return plan.quotas.storageGb;
    case UsageMetric::Users:
        break;
    }
    return plan.quotas.users;
}

} // namespace

UsageMetric parseUsageMetric(std::string_view text)
{
    for (const UsageMetric metric : {UsageMetric::Servers, UsageMetric::Vms, UsageMetric::Backups,
                                     UsageMetric::StorageGb, UsageMetric::Users}) {
        if (toString(metric) == text)
            return metric;
    }
    throw DomainError("metric", "invalid_choice",
                      "Must be one of: servers, vms, backups, storage_gb, users.");
}

std::string_view toString(UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Servers:
        return "servers";
    case UsageMetric::Vms:
        return "vms";
    case UsageMetric::Backups:
        return "backups";
    case UsageMetric::StorageGb:
        return "storage_gb";
    case UsageMetric::Users:
        break;
    }
    return "users";
}

AnalyticsService::AnalyticsService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

AnalyticsSummary AnalyticsService::summary(std::optional<sys_seconds> at, int windowDays)
{
    AnalyticsSummary summary;
    summary.at = at.value_or(m_clock.now());
    summary.windowDays = windowDays;
    const std::string until = formatIso8601(summary.at);
    const std::string after = formatIso8601(summary.at - days{windowDays});
    Poco::Data::Session session = m_database.session();
    ReadSnapshot snapshot(session);
    store::AnalyticsRepository analytics(session);
    summary.organizations = withEveryStatus(analytics.statusCounts(until));
    summary.byCurrency = recurringRevenue(analytics.activeSubscriptions(until));
    summary.churnRate =
        percentOf(analytics.churned(after, until), analytics.activeOrganizations(after));
    summary.orders = analytics.orders(after, until);
    summary.conversionRate = percentOf(summary.orders.completed, summary.orders.created);
    for (const auto& transfers : analytics.pendingBankTransfers()) {
        summary.pendingTransfers += transfers.payments;
        summary.pendingOutstanding.emplace_back(transfers.outstandingMinor,
                                                Currency::fromCode(transfers.currency));
    }
    return summary;
}

RevenueSeries AnalyticsService::revenue(sys_seconds from, sys_seconds to, SeriesStep step,
                                        const Currency& currency)
{
    const auto buckets = seriesBuckets(from, to, step, kMaxPoints);
    Poco::Data::Session session = m_database.session();
    const auto totals =
        store::AnalyticsRepository(session).revenue(currency.code(), spansJson(buckets));
    RevenueSeries series{currency, step, {}};
    for (std::size_t i = 0; i < buckets.size() && i < totals.size(); ++i) {
        const Money revenue(totals[i].revenueMinor, currency),
            refunds(totals[i].refundsMinor, currency);
        series.points.push_back(
            {buckets[i].start, revenue, refunds, revenue - refunds, totals[i].payments});
    }
    return series;
}

UsageSeries AnalyticsService::usageSeries(const auth::Principal& staff,
                                          const std::string& organizationId, UsageMetric metric,
                                          sys_seconds from, sys_seconds to, SeriesStep step,
                                          const std::string& requestId)
{
    const auto buckets = seriesBuckets(from, to, step, kMaxPoints);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto organization = store::OrganizationRepository(session).findById(organizationId);
    if (!organization)
        throw http::ApiError::notFound();
    store::AuditLogRepository audit(session);
    const tenancy::TenantScope scope = tenancy::StaffAccess::scopeFor(
        organizationId, staff, "analytics.usage_series " + std::string(toString(metric)), requestId,
        audit, m_clock.now());
    const auto values =
        store::UsageSeriesRepository(session, scope).series(columnOf(metric), spansJson(buckets));
    UsageSeries series{organizationId, metric, std::nullopt, {}};
    if (organization->planId) {
        if (const auto plan = store::PlanRepository(session).findById(*organization->planId))
            series.quota = quotaOf(*plan, metric).limit();
    }
    for (std::size_t i = 0; i < buckets.size() && i < values.size(); ++i)
        series.points.push_back({buckets[i].start, values[i]});
    transaction.commit();
    return series;
}

} // namespace ebm::services
