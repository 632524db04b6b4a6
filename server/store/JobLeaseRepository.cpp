#include "store/JobLeaseRepository.h"

#include "store/RowValues.h"

#include <Poco/Data/Statement.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

JobLease leaseFromRow(Poco::Data::RecordSet& rows)
{
    JobLease lease;
    lease.job = text(rows, "job");
    lease.runId = optionalInteger(rows, "run_id").value_or(0);
    lease.holder = text(rows, "holder");
    lease.acquiredAt = text(rows, "acquired_at");
    lease.expiresAt = text(rows, "expires_at");
    return lease;
}

} // namespace

JobLeaseRepository::JobLeaseRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::optional<JobLease> JobLeaseRepository::find(const std::string& job)
{
    std::string name = job;
    Poco::Data::Statement select(m_session);
    select << "SELECT job, run_id, holder, acquired_at, expires_at FROM job_leases WHERE job = ?",
        use(name);
    auto leases = rowsOf(select, leaseFromRow);
    if (leases.empty())
        return std::nullopt;
    return leases.front();
}

void JobLeaseRepository::put(const JobLease& lease)
{
    JobLease bound = lease;
    Poco::Int64 runId = bound.runId;
    m_session << "INSERT INTO job_leases (job, run_id, holder, acquired_at, expires_at) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (job) DO UPDATE SET run_id = excluded.run_id, "
                 "holder = excluded.holder, acquired_at = excluded.acquired_at, "
                 "expires_at = excluded.expires_at",
        use(bound.job), use(runId), use(bound.holder), use(bound.acquiredAt), use(bound.expiresAt),
        now;
}

bool JobLeaseRepository::renew(const std::string& job, std::int64_t runId,
                               const std::string& holder, const std::string& expiresAt)
{
    std::string name = job, boundHolder = holder, expires = expiresAt;
    Poco::Int64 boundRunId = runId;
    Poco::Data::Statement update(m_session);
    update << "UPDATE job_leases SET expires_at = ? WHERE job = ? AND run_id = ? AND holder = ?",
        use(expires), use(name), use(boundRunId), use(boundHolder);
    return update.execute() > 0;
}

void JobLeaseRepository::release(const std::string& job, std::int64_t runId)
{
    std::string name = job;
    Poco::Int64 boundRunId = runId;
    m_session << "DELETE FROM job_leases WHERE job = ? AND run_id = ?", use(name), use(boundRunId),
        now;
}

} // namespace ebm::store
