#include "services/BackupJobService.h"

#include "http/ApiError.h"
#include "services/InventoryWrite.h"
#include "services/RequireFound.h"
#include "store/VirtualMachineRepository.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

const char* const kTargetType = "backup_job";

ApiError featureNotAvailable(const std::string& feature, const std::string& what)
{
    ApiError error(403, "feature_not_available",
                   what + " is not included in your plan. Upgrade the plan to use it.");
    error.with("feature", feature);
    return error;
}

std::string joinIds(const std::vector<std::int64_t>& ids)
{
    std::string text;
    for (const std::int64_t id : ids)
        text += (text.empty() ? "" : ", ") + std::to_string(id);
    return text;
}

BackupJobChanges asChanges(const NewBackupJob& request)
{
    return {request.name,     request.schedule,           request.retentionDays,
            request.vmIds,    request.replicationEnabled, request.sureBackupEnabled,
            request.isEnabled};
}

} // namespace

BackupJobService::BackupJobService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

void BackupJobService::requireAllowedByPlan(const Plan& plan, const BackupJobChanges& requested)
{
    if (requested.replicationEnabled.value_or(false) && !plan.features.replication)
        throw featureNotAvailable("replication", "Replication");
    if (requested.sureBackupEnabled.value_or(false) && !plan.features.sureBackup)
        throw featureNotAvailable("sure_backup", "SureBackup verification");
    const int allowed = plan.retention.retentionDays;
    if (requested.retentionDays && *requested.retentionDays > allowed)
        throw ApiError::validation("retention_days",
                                   "At most " + std::to_string(allowed) + " days on your plan.");
}

void BackupJobService::requireValidSelection(Poco::Data::Session& session,
                                             const tenancy::TenantScope& scope,
                                             const store::BackupJobRecord& job)
{
    const auto unknown = store::VirtualMachineRepository(session, scope).unknownIds(job.vmIds);
    if (!unknown.empty())
        throw ApiError::validation("vm_ids", "Unknown virtual machine: " + joinIds(unknown) + ".");
    if (store::BackupJobRepository(session, scope).nameTaken(job.name, job.id))
        throw ApiError::validation("name", "A backup job with this name already exists.");
}

Page<store::BackupJobRecord> BackupJobService::list(const tenancy::TenantScope& scope,
                                                    std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::BackupJobRepository jobs(session, scope);
    return {jobs.count(), jobs.list(offset, limit)};
}

store::BackupJobRecord BackupJobService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    store::BackupJobRepository jobs(session, scope);
    return requireFound(jobs.find(id));
}

store::BackupJobRecord BackupJobService::create(const tenancy::TenantScope& scope,
                                                const NewBackupJob& request,
                                                const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    write.quotas().requireRoom(quota::QuotaMetric::Backups, 1);
    requireAllowedByPlan(write.quotas().plan(), asChanges(request));
    store::BackupJobRecord job;
    job.name = request.name;
    job.schedule = request.schedule;
    job.retentionDays = request.retentionDays;
    job.vmIds = request.vmIds;
    job.replicationEnabled = request.replicationEnabled;
    job.sureBackupEnabled = request.sureBackupEnabled;
    job.isEnabled = request.isEnabled;
    requireValidSelection(write.session(), scope, job);
    store::BackupJobRepository jobs(write.session(), scope);
    const std::int64_t id = jobs.create(job, write.at());
    const auto created = requireFound(jobs.find(id));
    write.commit({"backup_job.created", kTargetType, std::to_string(id)});
    return created;
}

store::BackupJobRecord BackupJobService::update(const tenancy::TenantScope& scope, std::int64_t id,
                                                const BackupJobChanges& changes,
                                                const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    store::BackupJobRepository jobs(write.session(), scope);
    store::BackupJobRecord job = requireFound(jobs.find(id));
    requireAllowedByPlan(write.quotas().plan(), changes);
    job.name = changes.name.value_or(job.name);
    job.schedule = changes.schedule.value_or(job.schedule);
    job.retentionDays = changes.retentionDays.value_or(job.retentionDays);
    job.vmIds = changes.vmIds.value_or(job.vmIds);
    job.replicationEnabled = changes.replicationEnabled.value_or(job.replicationEnabled);
    job.sureBackupEnabled = changes.sureBackupEnabled.value_or(job.sureBackupEnabled);
    job.isEnabled = changes.isEnabled.value_or(job.isEnabled);
    requireValidSelection(write.session(), scope, job);
    jobs.update(job, write.at());
    const auto updated = requireFound(jobs.find(id));
    write.commit({"backup_job.updated", kTargetType, std::to_string(id), false});
    return updated;
}

void BackupJobService::remove(const tenancy::TenantScope& scope, std::int64_t id,
                              const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!store::BackupJobRepository(write.session(), scope).remove(id))
        throw ApiError::notFound();
    write.commit({"backup_job.deleted", kTargetType, std::to_string(id)});
}

} // namespace ebm::services
