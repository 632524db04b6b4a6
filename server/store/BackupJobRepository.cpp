#include "store/BackupJobRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kJobs{
    .name = "backup_jobs",
    .select = "SELECT id, name, schedule, retention_days, replication_enabled, "
              "sure_backup_enabled, is_enabled, created_at, updated_at FROM backup_jobs"};

BackupJobRecord jobFromRow(Poco::Data::RecordSet& rows)
{
    BackupJobRecord job;
    job.id = rows["id"].convert<std::int64_t>();
    job.name = rows["name"].convert<std::string>();
    job.schedule = rows["schedule"].convert<std::string>();
    job.retentionDays = rows["retention_days"].convert<int>();
    job.replicationEnabled = flag(rows, "replication_enabled");
    job.sureBackupEnabled = flag(rows, "sure_backup_enabled");
    job.isEnabled = flag(rows, "is_enabled");
    job.createdAt = rows["created_at"].convert<std::string>();
    job.updatedAt = rows["updated_at"].convert<std::string>();
    return job;
}

} // namespace

BackupJobRepository::BackupJobRepository(Poco::Data::Session& session,
                                         const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::vector<std::int64_t> BackupJobRepository::vmIdsOf(std::int64_t jobId)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 job = jobId;
    std::vector<Poco::Int64> ids;
    m_session << "SELECT vm_id FROM backup_job_vms WHERE organization_id = ? AND job_id = ? "
                 "ORDER BY vm_id",
        use(organization), use(job), into(ids), now;
    return {ids.begin(), ids.end()};
}

void BackupJobRepository::replaceVms(std::int64_t jobId, const std::vector<std::int64_t>& vmIds)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 job = jobId;
    m_session << "DELETE FROM backup_job_vms WHERE organization_id = ? AND job_id = ?",
        use(organization), use(job), now;
    for (const std::int64_t vmId : vmIds) {
        Poco::Int64 vm = vmId;
        m_session << "INSERT OR IGNORE INTO backup_job_vms (organization_id, job_id, vm_id) "
                     "VALUES (?, ?, ?)",
            use(organization), use(job), use(vm), now;
    }
}

std::int64_t BackupJobRepository::count()
{
    return ScopedQuery(m_session, m_scope, kJobs).count();
}

std::vector<BackupJobRecord> BackupJobRepository::list(std::int64_t offset, std::int64_t limit)
{
    auto jobs = ScopedQuery(m_session, m_scope, kJobs).page(jobFromRow, offset, limit);
    for (BackupJobRecord& job : jobs)
        job.vmIds = vmIdsOf(job.id);
    return jobs;
}

std::optional<BackupJobRecord> BackupJobRepository::find(std::int64_t id)
{
    auto job = ScopedQuery(m_session, m_scope, kJobs).one(jobFromRow, id);
    if (job)
        job->vmIds = vmIdsOf(job->id);
    return job;
}

bool BackupJobRepository::nameTaken(const std::string& name, std::int64_t exceptId)
{
    std::string organization = m_scope.organizationId(), boundName = name;
    Poco::Int64 except = exceptId, found = 0;
    m_session << "SELECT COUNT(*) FROM backup_jobs WHERE organization_id = ? AND name = ? AND "
                 "id <> ?",
        use(organization), use(boundName), use(except), into(found), now;
    return found > 0;
}

std::int64_t BackupJobRepository::create(const BackupJobRecord& job, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = job.name, schedule = job.schedule,
                timestamp = formatIso8601(at);
    int retention = job.retentionDays, replication = job.replicationEnabled ? 1 : 0,
        sureBackup = job.sureBackupEnabled ? 1 : 0, enabled = job.isEnabled ? 1 : 0;
    m_session << "INSERT INTO backup_jobs (organization_id, name, schedule, retention_days, "
                 "replication_enabled, sure_backup_enabled, is_enabled, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        use(organization), use(name), use(schedule), use(retention), use(replication),
        use(sureBackup), use(enabled), use(timestamp), use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    replaceVms(id, job.vmIds);
    return id;
}

void BackupJobRepository::update(const BackupJobRecord& job, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), name = job.name, schedule = job.schedule,
                timestamp = formatIso8601(at);
    int retention = job.retentionDays, replication = job.replicationEnabled ? 1 : 0,
        sureBackup = job.sureBackupEnabled ? 1 : 0, enabled = job.isEnabled ? 1 : 0;
    Poco::Int64 id = job.id;
    m_session << "UPDATE backup_jobs SET name = ?, schedule = ?, retention_days = ?, "
                 "replication_enabled = ?, sure_backup_enabled = ?, is_enabled = ?, "
                 "updated_at = ? WHERE organization_id = ? AND id = ?",
        use(name), use(schedule), use(retention), use(replication), use(sureBackup), use(enabled),
        use(timestamp), use(organization), use(id), now;
    replaceVms(job.id, job.vmIds);
}

bool BackupJobRepository::remove(std::int64_t id)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundId = id;
    Poco::Data::Statement statement(m_session);
    statement << "DELETE FROM backup_jobs WHERE organization_id = ? AND id = ?", use(organization),
        use(boundId);
    return statement.execute() > 0;
}

} // namespace ebm::store
