#pragma once

#include "domain/Clock.h"
#include "services/Page.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "tenancy/TenantScope.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::services
{

// A backup run as the backup engine (or a member) reports it.
struct NewBackup
{
    std::int64_t jobId = 0;
    std::chrono::sys_seconds startedAt{};
    std::optional<std::chrono::sys_seconds> finishedAt;
    std::string status; // running | succeeded | failed
    std::int64_t sizeBytes = 0;
};

// The organization's backups: reported runs of its own jobs, their sizes metered against the
// storage quota, every change audited (by user or by API key).
class BackupService final
{
public:
    BackupService(store::Database& database, const Clock& clock);

    Page<store::BackupRecord> list(const tenancy::TenantScope& scope, std::int64_t offset,
                                   std::int64_t limit, std::optional<std::int64_t> jobId);
    // 404 unless the backup belongs to the scope's organization.
    store::BackupRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    store::BackupRecord create(const tenancy::TenantScope& scope, const NewBackup& request,
                               const std::string& requestId);
    void remove(const tenancy::TenantScope& scope, std::int64_t id, const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
