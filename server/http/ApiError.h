#pragma once

#include <Poco/JSON/Array.h>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace ebm::http
{

// A failure to report to the API client: an HTTP status plus the DRF-style body it maps to
// (`{"detail","code"}`, or `{"field":["message"]}` for validation errors).
class ApiError final : public std::runtime_error
{
public:
    using FieldErrors = std::map<std::string, std::vector<std::string>>;

    ApiError(int status, std::string code, std::string detail);

    static ApiError notFound(std::string detail = "Not found.");
    static ApiError methodNotAllowed(const std::string& method, std::vector<std::string> allowed);
    static ApiError parseError(const std::string& reason);
    static ApiError unsupportedMediaType(const std::string& contentType);
    static ApiError payloadTooLarge(std::size_t limitBytes);
    static ApiError validation(const std::string& field, const std::string& message);
    static ApiError validation(FieldErrors errors);
    static ApiError serviceUnavailable(std::string detail, int retryAfterSeconds);
    static ApiError throttled(std::string detail, int retryAfterSeconds);

    using ExtraValue = std::variant<std::string, std::int64_t, Poco::JSON::Array::Ptr>;
    // Adds a field beside "detail" and "code" (e.g. quota_exceeded's metric, limit, current).
    ApiError& with(const std::string& field, ExtraValue value);
    const std::map<std::string, ExtraValue>& extra() const
    {
        return m_extra;
    }

    int status() const
    {
        return m_status;
    }
    const std::string& code() const
    {
        return m_code;
    }
    const std::string& detail() const
    {
        return m_detail;
    }
    const FieldErrors& fieldErrors() const
    {
        return m_fieldErrors;
    }
    const std::vector<std::string>& allowedMethods() const
    {
        return m_allowed;
    }
    int retryAfterSeconds() const
    {
        return m_retryAfter;
    }

private:
    int m_status;
    std::string m_code;
    std::string m_detail;
    FieldErrors m_fieldErrors;
    std::vector<std::string> m_allowed;
    int m_retryAfter = 0;
    std::map<std::string, ExtraValue> m_extra;
};

} // namespace ebm::http
