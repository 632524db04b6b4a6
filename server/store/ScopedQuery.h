#pragma once

#include "store/RowValues.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ebm::store
{

// The constant SQL text of a tenant-owned table's shared queries; never a value.
struct ScopedTable
{
    // The table; its organization_id, id and filter columns scope the rows.
    std::string_view name;
    // "SELECT <columns> FROM <name> [joins]".
    std::string_view select;
    // A further fixed condition on every row, e.g. "<name>.is_active = 1", or empty.
    std::string_view condition = {};
    // A column of the table narrowed by an optional second value (a parent id), or empty.
    std::string_view filterColumn = {};
    // The order of a page; empty for the table's id.
    std::string_view orderBy = {};
};

// Runs the tenant-scoped "one page, or the one row with this id" select and the count that the
// repositories share; the organization, ids and page bounds are always bound parameters.
class ScopedQuery final
{
public:
    ScopedQuery(Poco::Data::Session& session, const tenancy::TenantScope& scope,
                const ScopedTable& table);

    // The organization's rows, narrowed by `filter` when the table has a filter column.
    std::int64_t count(std::optional<std::int64_t> filter = std::nullopt);

    template<typename Record>
    std::vector<Record> page(Record (*fromRow)(Poco::Data::RecordSet& rows), std::int64_t offset,
                             std::int64_t limit, std::optional<std::int64_t> filter = std::nullopt)
    {
        Selection selection{{}, nullable(filter), offset, limit};
        Poco::Data::Statement statement = select(selection);
        return rowsOf(statement, fromRow);
    }

    // Nullopt unless the row with that id is the organization's.
    template<typename Record>
    std::optional<Record> one(Record (*fromRow)(Poco::Data::RecordSet& rows), std::int64_t id)
    {
        Selection selection{Poco::Int64{id}, {}, 0, 1};
        Poco::Data::Statement statement = select(selection);
        auto found = rowsOf(statement, fromRow);
        if (found.empty())
            return std::nullopt;
        return found.front();
    }

private:
    // The bound values of one select; they live as long as its statement.
    struct Selection
    {
        Poco::Nullable<Poco::Int64> id;
        Poco::Nullable<Poco::Int64> filter;
        Poco::Int64 offset = 0;
        Poco::Int64 limit = 0;
    };

    Poco::Data::Statement select(Selection& selection);
    std::string scopeCondition() const;
    std::string column(std::string_view name) const;

    Poco::Data::Session& m_session;
    std::string m_organization;
    ScopedTable m_table;
};

} // namespace ebm::store
