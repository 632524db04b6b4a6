#include "quota/QuotaGuard.h"

#include "billing/LocaleFormat.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "mail/EmailComposer.h"
#include "services/CustomerEvents.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/PlanRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Logger.h>
#include <array>
#include <sstream>

namespace ebm::quota
{

namespace
{

constexpr std::array kMetrics{QuotaMetric::Servers, QuotaMetric::VirtualMachines,
                              QuotaMetric::Backups, QuotaMetric::Storage, QuotaMetric::Users};
constexpr std::array kThresholds{80, 100};

Plan planOf(Poco::Data::Session& session, const std::string& organizationId)
{
    const auto organization = store::OrganizationRepository(session).findById(organizationId);
    if (organization && organization->planId) {
        if (auto plan = store::PlanRepository(session).findById(*organization->planId))
            return *plan;
    }
    Plan none; // no plan yet: every quota is zero
    return none;
}

const Quota& quotaOf(const Plan& plan, QuotaMetric metric)
{
    switch (metric) {
    case QuotaMetric::Servers:
        return plan.quotas.servers;
    case QuotaMetric::VirtualMachines:
        return plan.quotas.virtualMachines;
    case QuotaMetric::Backups:
        return plan.quotas.backups;
    case QuotaMetric::Storage:
        return plan.quotas.storageGb;
    case QuotaMetric::Users:
        break;
    }
    return plan.quotas.users;
}

// A quantity as the customer reads it in `locale`: storage in gigabytes or terabytes ("500 GB",
// "1,5 To"), the rest as counts.
std::string quantityText(QuotaMetric metric, std::int64_t value, const std::string& locale)
{
    if (metric != QuotaMetric::Storage)
        return std::to_string(value);
    return billing::formatStorage(value, locale);
}

} // namespace

QuotaGuard::QuotaGuard(Poco::Data::Session& session, const tenancy::TenantScope& scope,
                       std::chrono::sys_seconds at)
    : m_session(session)
    , m_scope(scope)
    , m_at(at)
    , m_plan(planOf(session, scope.organizationId()))
    , m_usage(store::UsageRepository(session, scope).current(at))
{
}

std::string QuotaGuard::metricName(QuotaMetric metric)
{
    switch (metric) {
    case QuotaMetric::Servers:
        return "servers";
    case QuotaMetric::VirtualMachines:
        return "vms";
    case QuotaMetric::Backups:
        return "backups";
    case QuotaMetric::Storage:
        return "storage";
    case QuotaMetric::Users:
        break;
    }
    return "users";
}

std::optional<std::int64_t> QuotaGuard::limitOf(QuotaMetric metric) const
{
    return limitUnder(m_plan, metric);
}

std::optional<std::int64_t> QuotaGuard::limitUnder(const Plan& plan, QuotaMetric metric)
{
    const auto limit = quotaOf(plan, metric).limit();
    if (!limit || metric != QuotaMetric::Storage)
        return limit;
    return *limit * kBytesPerGigabyte;
}

std::int64_t QuotaGuard::usageOf(QuotaMetric metric) const
{
    switch (metric) {
    case QuotaMetric::Servers:
        return m_usage.servers;
    case QuotaMetric::VirtualMachines:
        return m_usage.virtualMachines;
    case QuotaMetric::Backups:
        return m_usage.backupJobs;
    case QuotaMetric::Storage:
        return m_usage.storageBytes;
    case QuotaMetric::Users:
        break;
    }
    return m_usage.userSeats;
}

void QuotaGuard::requireRoom(QuotaMetric metric, std::int64_t adding)
{
    const auto limit = limitOf(metric);
    const std::int64_t current = usageOf(metric);
    if (!limit || current + adding <= *limit)
        return;
    http::ApiError error(403, "quota_exceeded",
                         "Your plan allows " + std::to_string(*limit) + " " + metricName(metric) +
                             " and " + std::to_string(current) +
                             " are in use. Upgrade the plan or free some up first.");
    error.with("metric", metricName(metric)).with("limit", *limit).with("current", current);
    throw error;
}

int QuotaGuard::afterChange()
{
    int newlyCrossed = 0;
    store::UsageRepository usage(m_session, m_scope);
    m_usage = usage.current(m_at);
    Poco::JSON::Array::Ptr violations = new Poco::JSON::Array;
    for (const QuotaMetric metric : kMetrics) {
        const auto limit = limitOf(metric);
        const std::int64_t current = usageOf(metric);
        // Every threshold reached is recorded (so a lower one is not told later), but one change
        // that crosses several at once (0 → 100 %) is told once, for the highest.
        std::optional<int> highestNewlyCrossed;
        for (const int threshold : kThresholds) {
            const bool crossed =
                limit && current * 100 >= *limit * threshold && !(*limit == 0 && current == 0);
            if (!crossed) {
                usage.clearCrossed(metricName(metric), threshold);
                continue;
            }
            if (usage.markCrossed(metricName(metric), threshold, current, *limit, m_at)) {
                ++newlyCrossed;
                highestNewlyCrossed = threshold;
            }
            Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
            entry->set("metric", metricName(metric));
            entry->set("threshold", threshold);
            entry->set("current", current);
            entry->set("limit", *limit);
            violations->add(entry);
        }
        if (highestNewlyCrossed) {
            const int threshold = *highestNewlyCrossed;
            queueWarning(metric, threshold, current, *limit);
            services::EventPublisher(m_session, m_at)
                .publish(services::CustomerEvents::quotaThreshold(
                    m_scope.organizationId(), metricName(metric), threshold, current, *limit));
            Poco::Logger::get("ebm.quota")
                .warning("organization %s reached %d%% of its %s quota (%Ld of %Ld)",
                         m_scope.organizationId(), threshold, metricName(metric), current, *limit);
        }
    }
    std::ostringstream json;
    violations->stringify(json);
    usage.recordToday(m_usage, json.str(), m_at);
    return newlyCrossed;
}

void QuotaGuard::queueWarning(QuotaMetric metric, int threshold, std::int64_t current,
                              std::int64_t limit) const
{
    const auto organization =
        store::OrganizationRepository(m_session).findById(m_scope.organizationId());
    if (!organization)
        return;
    auto email = mail::EmailComposer::quotaWarning(
        organization->locale, organization->contactEmail, organization->name, metricName(metric),
        threshold, quantityText(metric, current, organization->locale),
        quantityText(metric, limit, organization->locale));
    email.organizationId = organization->id;
    email.dedupeKey = "quota:" + organization->id + ":" + metricName(metric) + ":" +
                      std::to_string(threshold) + ":" + formatIso8601(m_at);
    store::OutboxRepository(m_session).enqueue(email, m_at);
}

std::vector<QuotaLine> QuotaGuard::report()
{
    return reportUnder(m_plan);
}

std::vector<QuotaLine> QuotaGuard::reportUnder(const Plan& plan) const
{
    std::vector<QuotaLine> lines;
    for (const QuotaMetric metric : kMetrics) {
        QuotaLine line;
        line.metric = metricName(metric);
        line.unit = metric == QuotaMetric::Storage ? "bytes" : "count";
        line.current = usageOf(metric);
        line.limit = limitUnder(plan, metric);
        if (line.limit)
            line.percent = Quota::limitedTo(*line.limit).usagePercent(line.current);
        lines.push_back(line);
    }
    return lines;
}

std::vector<QuotaLine> QuotaGuard::excessesUnder(const Plan& plan) const
{
    std::vector<QuotaLine> excesses;
    for (QuotaLine& line : reportUnder(plan))
        if (line.limit && line.current > *line.limit)
            excesses.push_back(std::move(line));
    return excesses;
}

} // namespace ebm::quota
