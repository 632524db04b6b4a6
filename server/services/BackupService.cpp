#include "services/BackupService.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "services/InventoryWrite.h"
#include "services/RequireFound.h"
#include "store/BackupJobRepository.h"

namespace ebm::services
{

using http::ApiError;

namespace
{

const char* const kTargetType = "backup";

} // namespace

BackupService::BackupService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Page<store::BackupRecord> BackupService::list(const tenancy::TenantScope& scope,
                                              std::int64_t offset, std::int64_t limit,
                                              std::optional<std::int64_t> jobId)
{
    Poco::Data::Session session = m_database.session();
    store::BackupRepository backups(session, scope);
    return {backups.count(jobId), backups.list(offset, limit, jobId)};
}

store::BackupRecord BackupService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    store::BackupRepository backups(session, scope);
    return requireFound(backups.find(id));
}

store::BackupRecord BackupService::create(const tenancy::TenantScope& scope,
                                          const NewBackup& request, const std::string& requestId)
{
    if (request.finishedAt && *request.finishedAt < request.startedAt)
        throw ApiError::validation("finished_at", "Must not be before started_at.");
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (request.sizeBytes > 0)
        write.quotas().requireRoom(quota::QuotaMetric::Storage, request.sizeBytes);
    if (!store::BackupJobRepository(write.session(), scope).find(request.jobId))
        throw ApiError::validation("job_id", "Unknown backup job.");
    store::BackupRecord backup;
    backup.jobId = request.jobId;
    backup.startedAt = formatIso8601(request.startedAt);
    if (request.finishedAt)
        backup.finishedAt = formatIso8601(*request.finishedAt);
    backup.status = request.status;
    backup.sizeBytes = request.sizeBytes;
    store::BackupRepository backups(write.session(), scope);
    const std::int64_t id = backups.create(backup, write.at());
    const auto created = requireFound(backups.find(id));
    write.commit({"backup.created", kTargetType, std::to_string(id)});
    return created;
}

void BackupService::remove(const tenancy::TenantScope& scope, std::int64_t id,
                           const std::string& requestId)
{
    InventoryWrite write(m_database, scope, m_clock.now(), requestId);
    if (!store::BackupRepository(write.session(), scope).remove(id))
        throw ApiError::notFound();
    write.commit({"backup.deleted", kTargetType, std::to_string(id)});
}

} // namespace ebm::services
