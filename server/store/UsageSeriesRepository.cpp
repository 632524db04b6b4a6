#include "store/UsageSeriesRepository.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

// The column's name: constant SQL text chosen from the enum, never from input.
std::string columnName(UsageColumn column)
{
    switch (column) {
    case UsageColumn::Servers:
        return "servers_count";
    case UsageColumn::VirtualMachines:
        return "vms_count";
    case UsageColumn::BackupJobs:
        return "backups_count";
    case UsageColumn::StorageBytes:
        return "storage_bytes";
    case UsageColumn::Users:
        break;
    }
    return "users_count";
}

} // namespace

UsageSeriesRepository::UsageSeriesRepository(Poco::Data::Session& session,
                                             const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::vector<std::int64_t> UsageSeriesRepository::series(UsageColumn column,
                                                        const std::string& spansJson)
{
    const std::string value = "u." + columnName(column);
    const std::string day = "(u.period_date || 'T00:00:00Z')";
    std::string spans = spansJson, inSpan = m_scope.organizationId(),
                before = m_scope.organizationId();
    Poco::Data::Statement select(m_session);
    select << "WITH spans AS (SELECT CAST(key AS INTEGER) AS position, "
              "json_extract(value, '$[0]') AS start, json_extract(value, '$[1]') AS finish "
              "FROM json_each(?)) "
              "SELECT COALESCE((SELECT MAX(" +
                  value + ") FROM usage_metrics u WHERE u.organization_id = ? AND " + day +
                  " >= s.start AND " + day + " < s.finish), (SELECT " + value +
                  " FROM usage_metrics u WHERE u.organization_id = ? AND " + day +
                  " < s.start ORDER BY u.period_date DESC LIMIT 1), 0) AS value "
                  "FROM spans s ORDER BY s.position",
        use(spans), use(inSpan), use(before);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<std::int64_t> values;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        values.push_back(rows["value"].convert<std::int64_t>());
    return values;
}

} // namespace ebm::store
