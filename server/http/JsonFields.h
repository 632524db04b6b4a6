#pragma once

#include "http/ApiError.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::http
{

// Reads and validates the fields of a JSON request body, collecting every problem as
// `{"field": ["message"]}` so the client sees all of them at once; done() throws them (400).
class JsonFields final
{
public:
    explicit JsonFields(Poco::JSON::Object::Ptr body);

    // The fields of a required nested object, reported as "<name>.<field>" in this body's errors;
    // an absent or non-object value is reported as "<name>" and its fields read as empty.
    JsonFields nested(const std::string& name);

    std::string requiredString(const std::string& name, std::size_t maxLength = 255);
    std::string optionalString(const std::string& name, std::size_t maxLength = 255);
    std::string requiredEmail(const std::string& name);
    // For PATCH: nullopt when absent, otherwise read as requiredString (so never blank).
    std::optional<std::string> changedString(const std::string& name, std::size_t maxLength = 255);
    std::optional<std::int64_t> optionalInteger(const std::string& name, std::int64_t minimum,
                                                std::int64_t maximum);
    std::int64_t requiredInteger(const std::string& name, std::int64_t minimum,
                                 std::int64_t maximum);
    std::optional<bool> optionalBoolean(const std::string& name);
    // A JSON array of positive integer ids, duplicates dropped, in the order given.
    std::optional<std::vector<std::int64_t>> optionalIdList(const std::string& name);
    bool has(const std::string& name) const;
    // Sent as JSON null (has() is false for it): for PATCH, "clear this value".
    bool isNull(const std::string& name) const;
    void reject(const std::string& name, const std::string& message);
    // Parses a string field through a domain parser (e.g. parseRole); its DomainError becomes a
    // field error.
    template<typename Parser>
    auto choice(const std::string& name, Parser parse, const std::string& allowed)
        -> std::optional<decltype(parse(""))>
    {
        const std::string text = requiredString(name);
        if (text.empty())
            return std::nullopt;
        try {
            return parse(text);
        } catch (const std::exception&) {
            reject(name, "Must be one of: " + allowed + ".");
            return std::nullopt;
        }
    }
    void done() const;

private:
    JsonFields(Poco::JSON::Object::Ptr body, JsonFields* parent, std::string prefix);
    bool hasError(const std::string& name) const;

    Poco::JSON::Object::Ptr m_body;
    ApiError::FieldErrors m_errors;
    JsonFields* m_parent = nullptr;
    std::string m_prefix;
};

} // namespace ebm::http
