#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One backup run of a job, as the backup engine reported it; its size counts against storage.
struct BackupRecord
{
    std::int64_t id = 0;
    std::int64_t jobId = 0;
    std::string startedAt;
    std::string finishedAt; // empty while running
    std::string status;
    std::int64_t sizeBytes = 0;
    std::string createdAt;
};

// The backups of the scope's organization, optionally those of one job; every query is bound to
// the tenant scope.
class BackupRepository final
{
public:
    BackupRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count(std::optional<std::int64_t> jobId = std::nullopt);
    std::vector<BackupRecord> list(std::int64_t offset, std::int64_t limit,
                                   std::optional<std::int64_t> jobId = std::nullopt);
    std::optional<BackupRecord> find(std::int64_t id);
    // The job must belong to the organization.
    std::int64_t create(const BackupRecord& backup, std::chrono::sys_seconds at);
    // False when no backup with that id belongs to the organization.
    bool remove(std::int64_t id);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
