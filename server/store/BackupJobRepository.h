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

// One backup job of an organization with the virtual machines it backs up.
struct BackupJobRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string schedule;
    int retentionDays = 0;
    std::vector<std::int64_t> vmIds;
    bool replicationEnabled = false;
    bool sureBackupEnabled = false;
    bool isEnabled = true;
    std::string createdAt;
    std::string updatedAt;
};

// The backup jobs of the scope's organization and their VM selection (backup_job_vms); every
// query is bound to the tenant scope.
class BackupJobRepository final
{
public:
    BackupJobRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count();
    std::vector<BackupJobRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<BackupJobRecord> find(std::int64_t id);
    // Whether another job (not `exceptId`) of the organization already has that name.
    bool nameTaken(const std::string& name, std::int64_t exceptId);
    // Inserts the job and its VM selection; the VMs must belong to the organization.
    std::int64_t create(const BackupJobRecord& job, std::chrono::sys_seconds at);
    // Rewrites the job's fields and replaces its VM selection.
    void update(const BackupJobRecord& job, std::chrono::sys_seconds at);
    // False when no job with that id belongs to the organization. Its backups go with it.
    bool remove(std::int64_t id);

private:
    std::vector<std::int64_t> vmIdsOf(std::int64_t jobId);
    void replaceVms(std::int64_t jobId, const std::vector<std::int64_t>& vmIds);

    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
