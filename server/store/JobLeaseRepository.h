#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// Who holds a job's lease: the run in progress and the process running it.
struct JobLease
{
    std::string job;
    std::int64_t runId = 0;
    std::string holder; // "<host>:<pid>"
    std::string acquiredAt;
    std::string expiresAt;
};

// The job_leases table: at most one row per job, the run that may do the job's work now. Read
// and written inside the caller's write transaction (BEGIN IMMEDIATE), so taking a lease is
// atomic across threads and processes.
class JobLeaseRepository final
{
public:
    explicit JobLeaseRepository(Poco::Data::Session& session);

    std::optional<JobLease> find(const std::string& job);
    // Inserts or replaces the job's lease.
    void put(const JobLease& lease);
    // Moves the lease's expiry to `expiresAt` only when `runId` of `holder` still holds it;
    // false when it does not (released, or taken over).
    bool renew(const std::string& job, std::int64_t runId, const std::string& holder,
               const std::string& expiresAt);
    // Removes the lease only when `runId` still holds it.
    void release(const std::string& job, std::int64_t runId);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
