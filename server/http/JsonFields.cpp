#include "http/JsonFields.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>
#include <algorithm>
#include <regex>

namespace ebm::http
{

namespace
{

const char* const kRequired = "This field is required.";

} // namespace

JsonFields::JsonFields(Poco::JSON::Object::Ptr body)
    : m_body(std::move(body))
{
}

JsonFields::JsonFields(Poco::JSON::Object::Ptr body, JsonFields* parent, std::string prefix)
    : m_body(std::move(body))
    , m_parent(parent)
    , m_prefix(std::move(prefix))
{
}

JsonFields JsonFields::nested(const std::string& name)
{
    Poco::JSON::Object::Ptr child;
    if (!has(name))
        reject(name, "This field is required.");
    else if (m_body->get(name).type() != typeid(Poco::JSON::Object::Ptr))
        reject(name, "Must be an object.");
    else
        child = m_body->getObject(name);
    if (child.isNull())
        return JsonFields(new Poco::JSON::Object, nullptr, name + ".");
    return JsonFields(child, this, name + ".");
}

bool JsonFields::has(const std::string& name) const
{
    return m_body->has(name) && !m_body->isNull(name);
}

bool JsonFields::isNull(const std::string& name) const
{
    return m_body->has(name) && m_body->isNull(name);
}

bool JsonFields::hasError(const std::string& name) const
{
    if (m_parent != nullptr)
        return m_parent->hasError(m_prefix + name);
    return m_errors.count(m_prefix + name) > 0;
}

void JsonFields::reject(const std::string& name, const std::string& message)
{
    if (m_parent != nullptr)
        m_parent->reject(m_prefix + name, message);
    else
        m_errors[m_prefix + name].push_back(message);
}

std::string JsonFields::optionalString(const std::string& name, std::size_t maxLength)
{
    if (!has(name))
        return {};
    const Poco::Dynamic::Var value = m_body->get(name);
    if (!value.isString()) {
        reject(name, "Must be a string.");
        return {};
    }
    std::string text = Poco::trim(value.extract<std::string>());
    if (text.size() > maxLength) {
        reject(name, "At most " + std::to_string(maxLength) + " characters.");
        return {};
    }
    return text;
}

std::string JsonFields::requiredString(const std::string& name, std::size_t maxLength)
{
    if (!has(name)) {
        reject(name, kRequired);
        return {};
    }
    std::string text = optionalString(name, maxLength);
    if (text.empty() && !hasError(name))
        reject(name, "This field may not be blank.");
    return text;
}

std::optional<std::string> JsonFields::changedString(const std::string& name, std::size_t maxLength)
{
    if (!has(name))
        return std::nullopt;
    return requiredString(name, maxLength);
}

std::string JsonFields::requiredEmail(const std::string& name)
{
    static const std::regex pattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    std::string email = requiredString(name, 254);
    if (!email.empty() && !std::regex_match(email, pattern)) {
        reject(name, "Enter a valid email address.");
        return {};
    }
    return Poco::toLower(email);
}

std::optional<std::int64_t> JsonFields::optionalInteger(const std::string& name,
                                                        std::int64_t minimum, std::int64_t maximum)
{
    if (!has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = m_body->get(name);
    if (!value.isInteger()) {
        reject(name, "Must be an integer.");
        return std::nullopt;
    }
    const auto number = value.convert<std::int64_t>();
    if (number < minimum || number > maximum) {
        reject(name, "Must be between " + std::to_string(minimum) + " and " +
                         std::to_string(maximum) + ".");
        return std::nullopt;
    }
    return number;
}

std::int64_t JsonFields::requiredInteger(const std::string& name, std::int64_t minimum,
                                         std::int64_t maximum)
{
    if (!has(name)) {
        reject(name, kRequired);
        return 0;
    }
    return optionalInteger(name, minimum, maximum).value_or(0);
}

std::optional<bool> JsonFields::optionalBoolean(const std::string& name)
{
    if (!has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = m_body->get(name);
    if (!value.isBoolean()) {
        reject(name, "Must be true or false.");
        return std::nullopt;
    }
    return value.extract<bool>();
}

std::optional<std::vector<std::int64_t>> JsonFields::optionalIdList(const std::string& name)
{
    if (!has(name))
        return std::nullopt;
    const Poco::JSON::Array::Ptr array = m_body->getArray(name);
    if (array.isNull()) {
        reject(name, "Must be a list of ids.");
        return std::nullopt;
    }
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var value = array->get(static_cast<unsigned>(i));
        if (!value.isInteger() || value.convert<std::int64_t>() < 1) {
            reject(name, "Must be a list of ids.");
            return std::nullopt;
        }
        const auto id = value.convert<std::int64_t>();
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

void JsonFields::done() const
{
    if (!m_errors.empty())
        throw ApiError::validation(m_errors);
}

} // namespace ebm::http
