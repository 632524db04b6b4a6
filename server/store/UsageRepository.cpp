#include "store/UsageRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

std::int64_t countOf(Poco::Data::Session& session, const std::string& sql,
                     const std::string& organization)
{
    std::string bound = organization;
    Poco::Int64 count = 0;
    session << sql, use(bound), into(count), now;
    return count;
}

} // namespace

UsageRepository::UsageRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

Usage UsageRepository::current(std::chrono::sys_seconds at)
{
    const std::string& organization = m_scope.organizationId();
    Usage usage;
    usage.servers = countOf(
        m_session, "SELECT COUNT(*) FROM esxi_servers WHERE organization_id = ?", organization);
    usage.virtualMachines = countOf(
        m_session, "SELECT COUNT(*) FROM virtual_machines WHERE organization_id = ?", organization);
    usage.backupJobs = countOf(
        m_session, "SELECT COUNT(*) FROM backup_jobs WHERE organization_id = ?", organization);
    usage.storageBytes = countOf(
        m_session, "SELECT COALESCE(SUM(size_bytes), 0) FROM backups WHERE organization_id = ?",
        organization);
    std::string bound = organization, timestamp = formatIso8601(at);
    m_session
        << "SELECT COUNT(*) FROM organization_members WHERE organization_id = ? AND is_active = 1 "
           "AND (joined_at IS NOT NULL OR invitation_expires_at > ?)",
        use(bound), use(timestamp), into(usage.userSeats), now;
    return usage;
}

void UsageRepository::recordToday(const Usage& usage, const std::string& violationsJson,
                                  std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), timestamp = formatIso8601(at),
                day = timestamp.substr(0, 10), violations = violationsJson;
    Poco::Int64 servers = usage.servers, vms = usage.virtualMachines, jobs = usage.backupJobs,
                storage = usage.storageBytes, users = usage.userSeats;
    m_session
        << "INSERT INTO usage_metrics (organization_id, period_date, servers_count, vms_count, "
           "backups_count, "
           "storage_bytes, users_count, quota_violations, created_at, updated_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organization_id, period_date) DO "
           "UPDATE SET "
           "servers_count = excluded.servers_count, vms_count = excluded.vms_count, "
           "backups_count = excluded.backups_count, storage_bytes = excluded.storage_bytes, "
           "users_count = excluded.users_count, quota_violations = excluded.quota_violations, "
           "updated_at = excluded.updated_at",
        use(organization), use(day), use(servers), use(vms), use(jobs), use(storage), use(users),
        use(violations), use(timestamp), use(timestamp), now;
}

std::int64_t UsageRepository::countDays()
{
    return countOf(m_session, "SELECT COUNT(*) FROM usage_metrics WHERE organization_id = ?",
                   m_scope.organizationId());
}

std::vector<UsageMetricsRecord> UsageRepository::selectDays(std::optional<std::int64_t> id,
                                                            std::int64_t offset, std::int64_t limit)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundId;
    if (id)
        boundId = *id;
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << "SELECT id, period_date, servers_count, vms_count, backups_count, storage_bytes, "
              "users_count, "
              "quota_violations, updated_at FROM usage_metrics WHERE organization_id = ? AND (? IS "
              "NULL OR id = ?) "
              "ORDER BY period_date DESC LIMIT ? OFFSET ?",
        use(organization), use(boundId), use(boundId), use(boundLimit), use(boundOffset);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<UsageMetricsRecord> days;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
        UsageMetricsRecord day;
        day.id = rows["id"].convert<std::int64_t>();
        day.periodDate = rows["period_date"].convert<std::string>();
        day.usage = {rows["servers_count"].convert<std::int64_t>(),
                     rows["vms_count"].convert<std::int64_t>(),
                     rows["backups_count"].convert<std::int64_t>(),
                     rows["storage_bytes"].convert<std::int64_t>(),
                     rows["users_count"].convert<std::int64_t>()};
        day.quotaViolationsJson = rows["quota_violations"].convert<std::string>();
        day.updatedAt = rows["updated_at"].convert<std::string>();
        days.push_back(day);
    }
    return days;
}

std::vector<UsageMetricsRecord> UsageRepository::listDays(std::int64_t offset, std::int64_t limit)
{
    return selectDays(std::nullopt, offset, limit);
}

std::optional<UsageMetricsRecord> UsageRepository::findDay(std::int64_t id)
{
    auto days = selectDays(id, 0, 1);
    if (days.empty())
        return std::nullopt;
    return days.front();
}

bool UsageRepository::markCrossed(const std::string& metric, int threshold, std::int64_t usage,
                                  std::int64_t limit, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), boundMetric = metric,
                timestamp = formatIso8601(at);
    int boundThreshold = threshold;
    Poco::Int64 boundUsage = usage, boundLimit = limit;
    Poco::Data::Statement insert(m_session);
    insert
        << "INSERT INTO quota_events (organization_id, metric, threshold, usage_value, "
           "quota_limit, crossed_at) "
           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (organization_id, metric, threshold) DO NOTHING",
        use(organization), use(boundMetric), use(boundThreshold), use(boundUsage), use(boundLimit),
        use(timestamp);
    return insert.execute() > 0;
}

void UsageRepository::clearCrossed(const std::string& metric, int threshold)
{
    std::string organization = m_scope.organizationId(), boundMetric = metric;
    int boundThreshold = threshold;
    m_session
        << "DELETE FROM quota_events WHERE organization_id = ? AND metric = ? AND threshold = ?",
        use(organization), use(boundMetric), use(boundThreshold), now;
}

} // namespace ebm::store
