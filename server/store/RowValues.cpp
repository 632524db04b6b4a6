#include "store/RowValues.h"

namespace ebm::store
{

std::string text(Poco::Data::RecordSet& rows, const std::string& column)
{
    return rows.isNull(column) ? std::string() : rows[column].convert<std::string>();
}

std::optional<std::int64_t> optionalInteger(Poco::Data::RecordSet& rows, const std::string& column)
{
    if (rows.isNull(column))
        return std::nullopt;
    return rows[column].convert<std::int64_t>();
}

bool flag(Poco::Data::RecordSet& rows, const std::string& column)
{
    return rows[column].convert<int>() != 0;
}

Poco::Nullable<std::string> nullable(const std::string& value)
{
    if (value.empty())
        return {};
    return value;
}

Poco::Nullable<std::string> nullable(const std::optional<std::string>& value)
{
    if (!value)
        return {};
    return *value;
}

Poco::Nullable<Poco::Int64> nullable(std::optional<std::int64_t> value)
{
    if (!value)
        return {};
    return Poco::Int64{*value};
}

} // namespace ebm::store
