#include "api/BackupsController.h"

#include "api/InventoryJson.h"
#include "api/PagedList.h"
#include "domain/DomainError.h"
#include "domain/Timestamp.h"
#include "http/JsonFields.h"
#include "http/Pagination.h"

#include <stdexcept>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::size_t kTimestampLength = 64;
const char* const kStatuses = "running, succeeded, failed";

std::string parseStatus(std::string_view text)
{
    if (text != "running" && text != "succeeded" && text != "failed")
        throw std::invalid_argument("status");
    return std::string(text);
}

std::optional<std::chrono::sys_seconds> instant(JsonFields& fields, const std::string& name,
                                                bool required)
{
    const std::string text = required ? fields.requiredString(name, kTimestampLength)
                                      : fields.optionalString(name, kTimestampLength);
    if (text.empty())
        return std::nullopt;
    try {
        return parseIso8601(text);
    } catch (const DomainError&) {
        fields.reject(name, "Enter an ISO 8601 date-time, e.g. 2026-08-02T19:40:00Z.");
        return std::nullopt;
    }
}

} // namespace

BackupsController::BackupsController(services::BackupService& backups, std::string publicBaseUrl)
    : m_backups(backups)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/esxi/backups/?job_id=  (member, any role, or an organization API key)
// Paginated [{id,job_id,started_at,finished_at|null,status,size_bytes,created_at}], by id; job_id
// keeps one job's backups. Errors: 400 {"job_id":[…]} when it is not a positive integer.
ApiResponse BackupsController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_backups.list(request.tenant(), pagination.offset(), pagination.pageSize(),
                                     request.queryId("job_id"));
    return pagedList(request, pagination, page.count, page.items, InventoryJson::backup,
                     m_publicBaseUrl);
}

// GET /api/esxi/backups/{id}/  (member, any role) — one backup. Errors: 404 (also another
// organization's).
ApiResponse BackupsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(
        InventoryJson::backup(m_backups.get(request.tenant(), request.pathId("id"))));
}

// POST /api/esxi/backups/  (owner/admin/member, or an organization API key:
// `Authorization: Api-Key <key>`)
// body {"job_id","started_at" (ISO 8601, stored in UTC),"finished_at"?,"status":"running"|
// "succeeded"|"failed","size_bytes":≥0}. Answer 201: the backup.
// Errors: 400 naming each bad field, {"job_id":["Unknown backup job."]} for a job that is not the
// organization's, {"finished_at":[…]} before started_at; 403 quota_exceeded (metric "storage",
// in bytes, 1 GB = 10^9 bytes) when size_bytes > 0 would exceed the plan's storage.
ApiResponse BackupsController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewBackup backup;
    backup.jobId = fields.requiredInteger("job_id", 1, INT64_MAX);
    const auto startedAt = instant(fields, "started_at", true);
    backup.finishedAt = instant(fields, "finished_at", false);
    const auto status = fields.choice("status", parseStatus, kStatuses);
    backup.sizeBytes = fields.requiredInteger("size_bytes", 0, INT64_MAX);
    fields.done();
    backup.startedAt = *startedAt;
    backup.status = *status;
    const auto created = m_backups.create(request.tenant(), backup, request.requestId());
    return ApiResponse::json(InventoryJson::backup(created), 201);
}

// DELETE /api/esxi/backups/{id}/  (owner/admin/member)
// Forgets the backup and frees its storage. Answer 204. Errors: 404.
ApiResponse BackupsController::remove(const ApiRequest& request)
{
    m_backups.remove(request.tenant(), request.pathId("id"), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
