#pragma once

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>
#include <Poco/Types.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// Row reads and bound values shared by the repositories: SQL NULL in and out of plain fields.

// The column's text, "" when it is NULL.
std::string text(Poco::Data::RecordSet& rows, const std::string& column);
// The column's integer, nullopt when it is NULL.
std::optional<std::int64_t> optionalInteger(Poco::Data::RecordSet& rows, const std::string& column);
// A 0/1 integer column.
bool flag(Poco::Data::RecordSet& rows, const std::string& column);

// NULL for an empty string.
Poco::Nullable<std::string> nullable(const std::string& value);
// NULL for no value (an empty string stays "").
Poco::Nullable<std::string> nullable(const std::optional<std::string>& value);
// NULL for no value.
Poco::Nullable<Poco::Int64> nullable(std::optional<std::int64_t> value);

// Executes the statement and maps each row of its result, in order.
template<typename Record>
std::vector<Record> rowsOf(Poco::Data::Statement& statement,
                           Record (*fromRow)(Poco::Data::RecordSet& rows))
{
    statement.execute();
    Poco::Data::RecordSet rows(statement);
    std::vector<Record> records;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        records.push_back(fromRow(rows));
    return records;
}

} // namespace ebm::store
