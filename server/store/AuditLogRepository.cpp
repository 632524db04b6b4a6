#include "store/AuditLogRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <deque>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

// The WHERE clause of a filter and its values (bound by reference: the deque keeps them put).
struct AuditConditions
{
    std::string sql;
    std::deque<std::string> values;

    void add(const std::string& clause, const std::vector<std::string>& bound)
    {
        sql += (sql.empty() ? " WHERE " : " AND ") + clause;
        values.insert(values.end(), bound.begin(), bound.end());
    }

    void bindTo(Poco::Data::Statement& statement)
    {
        for (std::string& value : values)
            statement, use(value);
    }
};

AuditConditions conditionsFor(const AuditFilter& filter)
{
    AuditConditions conditions;
    if (filter.actorUserId)
        conditions.add("a.actor_user_id = ?", {std::to_string(*filter.actorUserId)});
    if (!filter.actorEmail.empty())
        conditions.add("a.actor_user_id IN (SELECT id FROM users WHERE email = ?)",
                       {filter.actorEmail});
    if (!filter.organizationId.empty())
        conditions.add("a.organization_id = ?", {filter.organizationId});
    if (!filter.action.empty())
        conditions.add("a.action = ?", {filter.action});
    if (!filter.actionPrefix.empty())
        conditions.add("substr(a.action, 1, length(?)) = ?",
                       {filter.actionPrefix, filter.actionPrefix});
    if (!filter.since.empty())
        conditions.add("a.occurred_at >= ?", {filter.since});
    if (!filter.until.empty())
        conditions.add("a.occurred_at <= ?", {filter.until});
    return conditions;
}

AuditRecord recordFromRow(Poco::Data::RecordSet& rows)
{
    AuditRecord record;
    record.id = optionalInteger(rows, "id").value_or(0);
    record.occurredAt = text(rows, "occurred_at");
    record.entry.actorKind = text(rows, "actor_kind");
    record.entry.actorUserId = optionalInteger(rows, "actor_user_id");
    record.entry.organizationId = text(rows, "organization_id");
    record.entry.action = text(rows, "action");
    record.entry.targetType = text(rows, "target_type");
    record.entry.targetId = text(rows, "target_id");
    record.entry.reason = text(rows, "reason");
    record.entry.beforeJson = text(rows, "before_json");
    record.entry.afterJson = text(rows, "after_json");
    record.entry.requestId = text(rows, "request_id");
    record.actorEmail = text(rows, "actor_email");
    return record;
}

} // namespace

AuditLogRepository::AuditLogRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

void AuditLogRepository::append(const AuditEntry& entry, std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at), actorKind = entry.actorKind, action = entry.action;
    auto actor = nullable(entry.actorUserId);
    auto organization = nullable(entry.organizationId), targetType = nullable(entry.targetType),
         targetId = nullable(entry.targetId), reason = nullable(entry.reason),
         before = nullable(entry.beforeJson), after = nullable(entry.afterJson),
         requestId = nullable(entry.requestId);
    m_session << "INSERT INTO audit_log (occurred_at, actor_kind, actor_user_id, organization_id, "
                 "action, target_type, "
                 "target_id, reason, before_json, after_json, request_id) VALUES (?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?)",
        use(timestamp), use(actorKind), use(actor), use(organization), use(action), use(targetType),
        use(targetId), use(reason), use(before), use(after), use(requestId), now;
}

std::int64_t AuditLogRepository::count(const AuditFilter& filter)
{
    AuditConditions conditions = conditionsFor(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM audit_log a" + conditions.sql;
    conditions.bindTo(select);
    select, into(total);
    select.execute();
    return total;
}

std::vector<AuditRecord> AuditLogRepository::list(const AuditFilter& filter, std::int64_t offset,
                                                  std::int64_t limit)
{
    AuditConditions conditions = conditionsFor(filter);
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << "SELECT a.id, a.occurred_at, a.actor_kind, a.actor_user_id, a.organization_id, "
              "a.action, a.target_type, a.target_id, a.reason, a.before_json, a.after_json, "
              "a.request_id, u.email AS actor_email FROM audit_log a LEFT JOIN users u ON u.id = "
              "a.actor_user_id" +
                  conditions.sql + " ORDER BY a.id DESC LIMIT ? OFFSET ?";
    conditions.bindTo(select);
    select, use(boundLimit), use(boundOffset);
    return rowsOf(select, recordFromRow);
}

} // namespace ebm::store
