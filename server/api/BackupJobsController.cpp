#include "api/BackupJobsController.h"

#include "api/InventoryJson.h"
#include "api/PagedList.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kNameLength = 200;
constexpr std::int64_t kMaxRetentionDays = 36500;

std::optional<int> retentionDays(JsonFields& fields)
{
    const auto days = fields.optionalInteger("retention_days", 1, kMaxRetentionDays);
    if (!days)
        return std::nullopt;
    return static_cast<int>(*days);
}

} // namespace

BackupJobsController::BackupJobsController(services::BackupJobService& jobs,
                                           std::string publicBaseUrl)
    : m_jobs(jobs)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/esxi/jobs/  (member, any role)
// Paginated [{id,name,schedule,retention_days,vm_ids:[…],replication_enabled,sure_backup_enabled,
// is_enabled,created_at,updated_at}], by id.
ApiResponse BackupJobsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_jobs.list(request.tenant(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.items, InventoryJson::backupJob,
                     m_publicBaseUrl);
}

// GET /api/esxi/jobs/{id}/  (member, any role) — one job. Errors: 404 (also another
// organization's).
ApiResponse BackupJobsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        InventoryJson::backupJob(m_jobs.get(request.tenant(), request.pathId("id"))));
}

// POST /api/esxi/jobs/  (owner/admin/member)
// body {"name","schedule" (e.g. cron text),"retention_days","vm_ids":[…],
//       "replication_enabled"?:false,"sure_backup_enabled"?:false,"is_enabled"?:true}
// Answer 201: the job. Errors: 400 naming each bad field, {"vm_ids":["Unknown virtual
// machine: …"]} for VMs that are not the organization's, {"retention_days":["At most N days on
// your plan."]}, {"name":[…]} taken; 403 feature_not_available with "feature":"replication" or
// "sure_backup"; 403 quota_exceeded (metric "backups"); 403 permission_denied.
ApiResponse BackupJobsController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewBackupJob job;
    job.name = fields.requiredString("name", kNameLength);
    job.schedule = fields.requiredString("schedule");
    if (!fields.has("retention_days"))
        fields.reject("retention_days", "This field is required.");
    job.retentionDays = retentionDays(fields).value_or(0);
    if (!fields.has("vm_ids"))
        fields.reject("vm_ids", "This field is required.");
    job.vmIds = fields.optionalIdList("vm_ids").value_or(std::vector<std::int64_t>{});
    job.replicationEnabled = fields.optionalBoolean("replication_enabled").value_or(false);
    job.sureBackupEnabled = fields.optionalBoolean("sure_backup_enabled").value_or(false);
    job.isEnabled = fields.optionalBoolean("is_enabled").value_or(true);
    fields.done();
    const auto created = m_jobs.create(request.tenant(), job, request.requestId());
    return ApiResponse::json(InventoryJson::backupJob(created), 201);
}

// PATCH /api/esxi/jobs/{id}/  (owner/admin/member)
// body: any of the POST fields; vm_ids replaces the whole selection. Answer: the job.
// Errors: 404; 400 and 403 as for POST (the plan is checked for the fields sent).
ApiResponse BackupJobsController::update(const ApiRequest& request)
{
    const std::int64_t id = request.pathId("id");
    JsonFields fields(request.jsonBody());
    services::BackupJobChanges changes;
    changes.name = fields.changedString("name", kNameLength);
    changes.schedule = fields.changedString("schedule");
    changes.retentionDays = retentionDays(fields);
    changes.vmIds = fields.optionalIdList("vm_ids");
    changes.replicationEnabled = fields.optionalBoolean("replication_enabled");
    changes.sureBackupEnabled = fields.optionalBoolean("sure_backup_enabled");
    changes.isEnabled = fields.optionalBoolean("is_enabled");
    fields.done();
    const auto updated = m_jobs.update(request.tenant(), id, changes, request.requestId());
    return ApiResponse::json(InventoryJson::backupJob(updated));
}

// DELETE /api/esxi/jobs/{id}/  (owner/admin/member)
// Deletes the job and its backups (freeing their storage). Answer 204. Errors: 404.
ApiResponse BackupJobsController::remove(const ApiRequest& request)
{
    m_jobs.remove(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
