#include "store/OrganizationDirectory.h"

#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <deque>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

// Joined members and the first owner who joined, computed for the rows of one page only.
const std::string& entrySelect()
{
    static const std::string select =
        "SELECT " + OrganizationRepository::columns() +
        ", (SELECT COUNT(*) FROM organization_members m WHERE m.organization_id = organizations.id "
        "AND m.is_active = 1 AND m.joined_at IS NOT NULL) AS member_count"
        ", (SELECT u.email FROM organization_members m JOIN users u ON u.id = m.user_id "
        "WHERE m.organization_id = organizations.id AND m.role = 'owner' AND m.is_active = 1 "
        "AND m.joined_at IS NOT NULL ORDER BY m.id LIMIT 1) AS owner_email "
        "FROM organizations";
    return select;
}

// The WHERE clause of a listing and its values, built together so each value is a parameter.
class Conditions final
{
public:
    void add(std::string clause, std::vector<std::string> values)
    {
        m_clauses.push_back(std::move(clause));
        for (std::string& value : values)
            m_values.push_back(std::move(value));
    }

    std::string sql() const
    {
        std::string where;
        for (const std::string& clause : m_clauses)
            where += (where.empty() ? " WHERE " : " AND ") + clause;
        return where;
    }

    void bindTo(Poco::Data::Statement& statement)
    {
        for (std::string& value : m_values)
            statement, use(value);
    }

private:
    std::vector<std::string> m_clauses;
    std::deque<std::string> m_values; // stable addresses: bound by reference
};

// "a%b_c" → "a\%b\_c", for LIKE … ESCAPE '\'.
std::string likeContains(const std::string& text)
{
    std::string escaped = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return escaped + "%";
}

Conditions conditionsFor(const OrganizationFilter& filter)
{
    Conditions conditions;
    if (!filter.statuses.empty()) {
        std::string marks;
        for (std::size_t i = 0; i < filter.statuses.size(); ++i)
            marks += i == 0 ? "?" : ", ?";
        conditions.add("status IN (" + marks + ")", filter.statuses);
    }
    if (!filter.plan.empty())
        conditions.add("plan_id IN (SELECT id FROM plans WHERE slug = ? OR CAST(id AS TEXT) = ?)",
                       {filter.plan, filter.plan});
    if (!filter.search.empty()) {
        const std::string pattern = likeContains(filter.search);
        conditions.add("(id = ? OR name LIKE ? ESCAPE '\\' OR contact_email LIKE ? ESCAPE '\\' "
                       "OR id IN (SELECT m.organization_id FROM organization_members m JOIN users "
                       "u ON u.id = m.user_id WHERE m.role = 'owner' AND m.is_active = 1 AND "
                       "u.email LIKE ? ESCAPE '\\'))",
                       {filter.search, pattern, pattern, pattern});
    }
    if (!filter.updatedSince.empty())
        conditions.add("updated_at > ?", {filter.updatedSince});
    return conditions;
}

std::string orderBy(const OrganizationFilter& filter)
{
    using Order = OrganizationFilter::Order;
    std::string column = "name COLLATE NOCASE";
    switch (filter.order) {
    case Order::Name:
        break;
    case Order::CreatedAt:
        column = "created_at";
        break;
    case Order::UpdatedAt:
        column = "updated_at";
        break;
    case Order::SubscriptionEnd:
        column = "subscription_end";
        break;
    case Order::Status:
        column = "status";
        break;
    }
    const std::string direction = filter.descending ? " DESC" : "";
    return " ORDER BY " + column + direction + ", id" + direction;
}

DirectoryEntry entryFromRow(Poco::Data::RecordSet& rows)
{
    return {OrganizationRepository::fromRow(rows), text(rows, "owner_email"),
            optionalInteger(rows, "member_count").value_or(0)};
}

} // namespace

OrganizationDirectory::OrganizationDirectory(Poco::Data::Session& session)
    : m_session(session)
{
}

std::int64_t OrganizationDirectory::count(const OrganizationFilter& filter)
{
    Conditions conditions = conditionsFor(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM organizations" + conditions.sql();
    conditions.bindTo(select);
    select, into(total);
    select.execute();
    return total;
}

std::vector<DirectoryEntry> OrganizationDirectory::list(const OrganizationFilter& filter,
                                                        std::int64_t offset, std::int64_t limit)
{
    Conditions conditions = conditionsFor(filter);
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << entrySelect() + conditions.sql() + orderBy(filter) + " LIMIT ? OFFSET ?";
    conditions.bindTo(select);
    select, use(boundLimit), use(boundOffset);
    return rowsOf(select, entryFromRow);
}

std::optional<DirectoryEntry> OrganizationDirectory::find(const std::string& organizationId)
{
    std::string id = organizationId;
    Poco::Data::Statement select(m_session);
    select << entrySelect() + " WHERE id = ?", use(id);
    auto found = rowsOf(select, entryFromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace ebm::store
