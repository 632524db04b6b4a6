#include "api/QueryFilters.h"

#include "domain/Timestamp.h"

#include <algorithm>
#include <sstream>

namespace ebm::api
{

namespace
{

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

bool isOneOf(const std::vector<std::string>& allowed, const std::string& value)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

} // namespace

QueryFilters::QueryFilters(const http::ApiRequest& request)
    : m_request(request)
{
}

void QueryFilters::reject(const std::string& name, const std::string& message)
{
    m_errors[name].push_back(message);
}

std::optional<std::string> QueryFilters::text(const std::string& name, std::size_t maxLength)
{
    const auto value = m_request.query(name);
    if (!value || value->empty())
        return std::nullopt;
    if (value->size() > maxLength) {
        reject(name, "At most " + std::to_string(maxLength) + " characters.");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> QueryFilters::choice(const std::string& name,
                                                const std::vector<std::string>& allowed)
{
    const auto value = text(name);
    if (value && !isOneOf(allowed, *value)) {
        reject(name, "Must be one of: " + joined(allowed) + ".");
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> QueryFilters::choices(const std::string& name,
                                               const std::vector<std::string>& allowed)
{
    std::vector<std::string> values;
    const auto list = text(name);
    if (!list)
        return values;
    std::istringstream items(*list);
    for (std::string item; std::getline(items, item, ',');) {
        if (!isOneOf(allowed, item)) {
            reject(name, "Each must be one of: " + joined(allowed) + ".");
            return {};
        }
        values.push_back(item);
    }
    return values;
}

std::optional<bool> QueryFilters::flag(const std::string& name)
{
    const auto value = text(name);
    if (!value)
        return std::nullopt;
    if (*value == "true" || *value == "false")
        return *value == "true";
    reject(name, "Must be true or false.");
    return std::nullopt;
}

std::optional<std::string> QueryFilters::instant(const std::string& name)
{
    const auto value = text(name, 40);
    if (!value)
        return std::nullopt;
    try {
        return formatIso8601(parseIso8601(*value));
    } catch (const std::exception&) {
        reject(name, "Use an ISO 8601 instant such as 2026-01-31T00:00:00Z.");
        return std::nullopt;
    }
}

void QueryFilters::done() const
{
    if (!m_errors.empty())
        throw http::ApiError::validation(m_errors);
}

} // namespace ebm::api
