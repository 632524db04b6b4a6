#include "store/ScopedQuery.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

ScopedQuery::ScopedQuery(Poco::Data::Session& session, const tenancy::TenantScope& scope,
                         const ScopedTable& table)
    : m_session(session)
    , m_organization(scope.organizationId())
    , m_table(table)
{
}

std::int64_t ScopedQuery::count(std::optional<std::int64_t> filter)
{
    Poco::Nullable<Poco::Int64> boundFilter = nullable(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement statement(m_session);
    statement << "SELECT COUNT(*) FROM " + std::string(m_table.name) + scopeCondition(),
        use(m_organization);
    if (!m_table.filterColumn.empty())
        statement, use(boundFilter), use(boundFilter);
    statement, into(total), now;
    return total;
}

Poco::Data::Statement ScopedQuery::select(Selection& selection)
{
    const std::string order = m_table.orderBy.empty() ? column("id") : std::string(m_table.orderBy);
    Poco::Data::Statement statement(m_session);
    statement << std::string(m_table.select) + scopeCondition() + " AND (? IS NULL OR " +
                     column("id") + " = ?) ORDER BY " + order + " LIMIT ? OFFSET ?",
        use(m_organization);
    if (!m_table.filterColumn.empty())
        statement, use(selection.filter), use(selection.filter);
    statement, use(selection.id), use(selection.id), use(selection.limit), use(selection.offset);
    return statement;
}

// " WHERE" and the organization (one placeholder), the fixed condition and the filter (two).
std::string ScopedQuery::scopeCondition() const
{
    std::string sql = " WHERE " + column("organization_id") + " = ?";
    if (!m_table.condition.empty())
        sql += " AND " + std::string(m_table.condition);
    if (!m_table.filterColumn.empty())
        sql += " AND (? IS NULL OR " + column(m_table.filterColumn) + " = ?)";
    return sql;
}

std::string ScopedQuery::column(std::string_view name) const
{
    return std::string(m_table.name) + "." + std::string(name);
}

} // namespace ebm::store
