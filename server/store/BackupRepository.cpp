#include "store/BackupRepository.h"

#include "domain/Timestamp.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

Poco::Nullable<Poco::Int64> nullable(std::optional<std::int64_t> value)
{
    if (!value)
        return {};
    return Poco::Int64{*value};
}

BackupRecord backupFromRow(Poco::Data::RecordSet& rows)
{
    BackupRecord backup;
    backup.id = rows["id"].convert<std::int64_t>();
    backup.jobId = rows["job_id"].convert<std::int64_t>();
    backup.startedAt = rows["started_at"].convert<std::string>();
    if (!rows.isNull("finished_at"))
        backup.finishedAt = rows["finished_at"].convert<std::string>();
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

std::vector<BackupRecord> BackupRepository::select(std::optional<std::int64_t> id,
                                                   std::optional<std::int64_t> jobId,
                                                   std::int64_t offset, std::int64_t limit)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundId = nullable(id), boundJob = nullable(jobId);
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement statement(m_session);
    statement << "SELECT id, job_id, started_at, finished_at, status, size_bytes, created_at "
                 "FROM backups WHERE organization_id = ? AND (? IS NULL OR id = ?) "
                 "AND (? IS NULL OR job_id = ?) ORDER BY id LIMIT ? OFFSET ?",
        use(organization), use(boundId), use(boundId), use(boundJob), use(boundJob),
        use(boundLimit), use(boundOffset);
    statement.execute();
    Poco::Data::RecordSet rows(statement);
    std::vector<BackupRecord> backups;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        backups.push_back(backupFromRow(rows));
    return backups;
}

std::int64_t BackupRepository::count(std::optional<std::int64_t> jobId)
{
    std::string organization = m_scope.organizationId();
    Poco::Nullable<Poco::Int64> boundJob = nullable(jobId);
    Poco::Int64 total = 0;
    m_session << "SELECT COUNT(*) FROM backups WHERE organization_id = ? AND "
                 "(? IS NULL OR job_id = ?)",
        use(organization), use(boundJob), use(boundJob), into(total), now;
    return total;
}

std::vector<BackupRecord> BackupRepository::list(std::int64_t offset, std::int64_t limit,
                                                 std::optional<std::int64_t> jobId)
{
    return select(std::nullopt, jobId, offset, limit);
}

std::optional<BackupRecord> BackupRepository::find(std::int64_t id)
{
    auto found = select(id, std::nullopt, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t BackupRepository::create(const BackupRecord& backup, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), startedAt = backup.startedAt,
                status = backup.status, timestamp = formatIso8601(at);
    Poco::Nullable<std::string> finishedAt;
    if (!backup.finishedAt.empty())
        finishedAt = backup.finishedAt;
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
