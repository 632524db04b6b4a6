#include "store/BackupRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kBackups{
    .name = "backups",
    .select = "SELECT id, job_id, started_at, finished_at, status, size_bytes, created_at "
              "FROM backups",
    .filterColumn = "job_id"};

BackupRecord backupFromRow(Poco::Data::RecordSet& rows)
{
    BackupRecord backup;
    backup.id = rows["id"].convert<std::int64_t>();
    backup.jobId = rows["job_id"].convert<std::int64_t>();
    backup.startedAt = rows["started_at"].convert<std::string>();
    backup.finishedAt = text(rows, "finished_at");
    backup.status = rows["status"].convert<std::string>();
    backup.sizeBytes = rows["size_bytes"].convert<std::int64_t>();
    backup.createdAt = rows["created_at"].convert<std::string>();
    return backup;
}

} // namespace

BackupRepository::BackupRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t BackupRepository::count(std::optional<std::int64_t> jobId)
{
    return ScopedQuery(m_session, m_scope, kBackups).count(jobId);
}

std::vector<BackupRecord> BackupRepository::list(std::int64_t offset, std::int64_t limit,
                                                 std::optional<std::int64_t> jobId)
{
    return ScopedQuery(m_session, m_scope, kBackups).page(backupFromRow, offset, limit, jobId);
}

std::optional<BackupRecord> BackupRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kBackups).one(backupFromRow, id);
}

std::int64_t BackupRepository::create(const BackupRecord& backup, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), startedAt = backup.startedAt,
                status = backup.status, timestamp = formatIso8601(at);
    auto finishedAt = nullable(backup.finishedAt);
    Poco::Int64 job = backup.jobId, size = backup.sizeBytes;
    m_session << "INSERT INTO backups (organization_id, job_id, started_at, finished_at, status, "
                 "size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        use(organization), use(job), use(startedAt), use(finishedAt), use(status), use(size),
        use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

bool BackupRepository::remove(std::int64_t id)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundId = id;
    Poco::Data::Statement statement(m_session);
    statement << "DELETE FROM backups WHERE organization_id = ? AND id = ?", use(organization),
        use(boundId);
    return statement.execute() > 0;
}

} // namespace ebm::store
