#include "api/AuditLogController.h"

#include "api/PagedList.h"
#include "api/StaffOrganizationJson.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "http/Pagination.h"

#include <Poco/String.h>
#include <charconv>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;

namespace
{

std::string trimmed(const std::optional<std::string>& text)
{
    return text ? Poco::trim(*text) : std::string();
}

// A canonical instant for `name`, "" when absent; a field error when it is not ISO 8601.
std::string instantOf(const ApiRequest& request, const std::string& name,
                      ApiError::FieldErrors& errors)
{
    const std::string text = trimmed(request.query(name));
    if (text.empty())
        return {};
    try {
        return formatIso8601(parseIso8601(text));
    } catch (const std::exception&) {
        errors[name].push_back("Enter an ISO 8601 instant, e.g. 2026-08-02T19:40:00Z.");
        return {};
    }
}

// actor: a user id (digits) or an email.
void setActor(store::AuditFilter& filter, const std::string& actor)
{
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(actor.data(), actor.data() + actor.size(), id);
    if (!actor.empty() && error == std::errc{} && end == actor.data() + actor.size())
        filter.actorUserId = id;
    else
        filter.actorEmail = actor;
}

store::AuditFilter filterOf(const ApiRequest& request)
{
    ApiError::FieldErrors errors;
    store::AuditFilter filter;
    if (const std::string actor = trimmed(request.query("actor")); !actor.empty())
        setActor(filter, actor);
    filter.organizationId = trimmed(request.query("organization"));
    const std::string action = trimmed(request.query("action"));
    if (!action.empty() && action.back() == '*')
        filter.actionPrefix = action.substr(0, action.size() - 1);
    else
        filter.action = action;
    filter.since = instantOf(request, "since", errors);
    filter.until = instantOf(request, "until", errors);
    if (!errors.empty())
        throw ApiError::validation(std::move(errors));
    return filter;
}

} // namespace

AuditLogController::AuditLogController(services::AuditLogService& audit, std::string publicBaseUrl)
    : m_audit(audit)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/audit-log/  (staff)
// Query: actor (user id or email), organization (id), action (exact, or a prefix ending in "*"),
// since, until (ISO 8601, both inclusive), page, page_size (≤ 1000). DRF page, newest first:
// [{id,occurred_at,actor:{id,email}|null,actor_kind,organization_id,action,target_type,target_id,
// reason,before,after (parsed JSON or null),request_id}]. Errors: 400 {"since"|"until"|
// "page_size":[…]}.
ApiResponse AuditLogController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request, kMaxPageSize);
    const auto filter = filterOf(request);
    const auto page = m_audit.list(filter, pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.entries,
                     StaffOrganizationJson::auditEntry, m_publicBaseUrl);
}

} // namespace ebm::api
