#pragma once

#include "domain/Clock.h"
#include "domain/Plan.h"
#include "services/Page.h"
#include "store/BackupJobRepository.h"
#include "store/Database.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// What a member sends to define a backup job.
struct NewBackupJob
{
    std::string name;
    std::string schedule;
    int retentionDays = 0;
    std::vector<std::int64_t> vmIds;
    bool replicationEnabled = false;
    bool sureBackupEnabled = false;
    bool isEnabled = true;
};

// The fields a PATCH changes; the others stay as they are (vm_ids replaces the whole selection).
struct BackupJobChanges
{
    std::optional<std::string> name;
    std::optional<std::string> schedule;
    std::optional<int> retentionDays;
    std::optional<std::vector<std::int64_t>> vmIds;
    std::optional<bool> replicationEnabled;
    std::optional<bool> sureBackupEnabled;
    std::optional<bool> isEnabled;
};

// The organization's backup jobs: metered against the backups quota, gated by the plan's
// features (replication, SureBackup) and retention, selecting only the organization's own VMs,
// every change audited.
class BackupJobService final
{
public:
    BackupJobService(store::Database& database, const Clock& clock);

    Page<store::BackupJobRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                      std::int64_t limit);
    // 404 unless the job belongs to the scope's organization.
    store::BackupJobRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    store::BackupJobRecord create(const tenancy::TenantScope& scope, const NewBackupJob& request,
                                  const std::string& requestId);
    store::BackupJobRecord update(const tenancy::TenantScope& scope, std::int64_t id,
                                  const BackupJobChanges& changes, const std::string& requestId);
    // Deletes the job with its backups.
    void remove(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);

private:
    // 403 feature_not_available / 400 retention_days for what the plan does not include.
    static void requireAllowedByPlan(const Plan& plan, const BackupJobChanges& requested);
    // 400 naming vm_ids or name when a VM is another organization's or the name is taken.
    static void requireValidSelection(Poco::Data::Session& session,
                                      const tenancy::TenantScope& scope,
                                      const store::BackupJobRecord& job);

    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
