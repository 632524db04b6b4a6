#include "http/ApiRequest.h"

#include "http/ApiError.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>
#include <charconv>
#include <stdexcept>

namespace ebm::http
{

ApiRequest::ApiRequest(Parts parts)
    : m_parts(std::move(parts))
{
}

const auth::Principal& ApiRequest::principal() const
{
    if (!m_parts.principal)
        throw ApiError(401, "not_authenticated", "Authentication credentials were not provided.");
    return *m_parts.principal;
}

const tenancy::TenantScope& ApiRequest::tenant() const
{
    if (!m_parts.tenant)
        throw std::logic_error("route " + m_parts.path +
                               " reads a tenant scope but is not declared Tenant");
    return *m_parts.tenant;
}

std::optional<std::string> ApiRequest::query(const std::string& name) const
{
    const auto found = m_parts.query.find(name);
    if (found == m_parts.query.end())
        return std::nullopt;
    return found->second;
}

std::vector<std::string> ApiRequest::queryValues(const std::string& name) const
{
    std::vector<std::string> values;
    for (const auto& [key, value] : m_parts.queryList) {
        if (key == name)
            values.push_back(value);
    }
    return values;
}

std::optional<std::int64_t> ApiRequest::queryId(const std::string& name) const
{
    const auto text = query(name);
    if (!text)
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size() || value <= 0)
        throw ApiError::validation(name, "Must be a positive integer id.");
    return value;
}

std::optional<std::string> ApiRequest::header(const std::string& name) const
{
    if (!m_parts.headers.has(name))
        return std::nullopt;
    return m_parts.headers.get(name);
}

const std::string& ApiRequest::pathParam(const std::string& name) const
{
    return m_parts.pathParams.at(name);
}

std::int64_t ApiRequest::pathId(const std::string& name) const
{
    const std::string& text = pathParam(name);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value <= 0)
        throw ApiError::notFound();
    return value;
}

Poco::JSON::Object::Ptr ApiRequest::jsonBody() const
{
    const std::string contentType = header("Content-Type").value_or("");
    const std::string mediaType =
        Poco::toLower(Poco::trim(contentType.substr(0, contentType.find(';'))));
    if (mediaType != "application/json")
        throw ApiError::unsupportedMediaType(contentType);
    if (Poco::trim(m_parts.body).empty())
        throw ApiError::parseError("the body is empty; send a JSON object.");
    Poco::Dynamic::Var parsed;
    try {
        Poco::JSON::Parser parser;
        parsed = parser.parse(m_parts.body);
    } catch (const Poco::Exception& error) {
        throw ApiError::parseError(error.message().empty() ? error.displayText() : error.message());
    }
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
        throw ApiError::parseError("expected a JSON object at the top level.");
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

} // namespace ebm::http
