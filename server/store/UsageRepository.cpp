#include "store/UsageRepository.h"

#include "domain/Timestamp.h"
#include "store/BackupJobRepository.h"
#include "store/EsxiServerRepository.h"
#include "store/MemberRepository.h"
#include "store/ScopedQuery.h"
#include "store/VirtualMachineRepository.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kDays{.name = "usage_metrics",
                        .select = "SELECT id, period_date, servers_count, vms_count, "
                                  "backups_count, storage_bytes, users_count, quota_violations, "
                                  "updated_at FROM usage_metrics",
                        .orderBy = "period_date DESC"};

UsageMetricsRecord dayFromRow(Poco::Data::RecordSet& rows)
{
    UsageMetricsRecord day;
    day.id = rows["id"].convert<std::int64_t>();
    day.periodDate = rows["period_date"].convert<std::string>();
    day.usage = {
        rows["servers_count"].convert<std::int64_t>(), rows["vms_count"].convert<std::int64_t>(),
        rows["backups_count"].convert<std::int64_t>(),
        rows["storage_bytes"].convert<std::int64_t>(), rows["users_count"].convert<std::int64_t>()};
    day.quotaViolationsJson = rows["quota_violations"].convert<std::string>();
    day.updatedAt = rows["updated_at"].convert<std::string>();
    return day;
}

} // namespace

UsageRepository::UsageRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

Usage UsageRepository::current(std::chrono::sys_seconds at)
{
    Usage usage;
    usage.servers = EsxiServerRepository(m_session, m_scope).count();
    usage.virtualMachines = VirtualMachineRepository(m_session, m_scope).count();
    usage.backupJobs = BackupJobRepository(m_session, m_scope).count();
    std::string organization = m_scope.organizationId();
    m_session << "SELECT COALESCE(SUM(size_bytes), 0) FROM backups WHERE organization_id = ?",
        use(organization), into(usage.storageBytes), now;
    usage.userSeats = MemberRepository(m_session, m_scope).userSeats(at);
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
    return ScopedQuery(m_session, m_scope, kDays).count();
}

std::vector<UsageMetricsRecord> UsageRepository::listDays(std::int64_t offset, std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, kDays).page(dayFromRow, offset, limit);
}

std::optional<UsageMetricsRecord> UsageRepository::findDay(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kDays).one(dayFromRow, id);
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
