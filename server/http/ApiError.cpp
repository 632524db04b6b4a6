#include "http/ApiError.h"

namespace ebm::http
{

ApiError::ApiError(int status, std::string code, std::string detail)
    : std::runtime_error(detail)
    , m_status(status)
    , m_code(std::move(code))
    , m_detail(std::move(detail))
{
}

ApiError ApiError::notFound(std::string detail)
{
    return {404, "not_found", std::move(detail)};
}

ApiError ApiError::methodNotAllowed(const std::string& method, std::vector<std::string> allowed)
{
    ApiError error(405, "method_not_allowed", "Method \"" + method + "\" not allowed.");
    error.m_allowed = std::move(allowed);
    return error;
}

ApiError ApiError::parseError(const std::string& reason)
{
    return {400, "parse_error", "JSON parse error - " + reason};
}

ApiError ApiError::unsupportedMediaType(const std::string& contentType)
{
    return {415, "unsupported_media_type",
            "Unsupported media type \"" + contentType + "\" in request; send application/json."};
}

ApiError ApiError::payloadTooLarge(std::size_t limitBytes)
{
    return {413, "payload_too_large",
            "Request body is larger than the limit of " + std::to_string(limitBytes) + " bytes."};
}

ApiError ApiError::validation(const std::string& field, const std::string& message)
{
    return validation(FieldErrors{{field, {message}}});
}

ApiError ApiError::validation(FieldErrors errors)
{
    ApiError error(400, "invalid", "Invalid input.");
    error.m_fieldErrors = std::move(errors);
    return error;
}

ApiError ApiError::serviceUnavailable(std::string detail, int retryAfterSeconds)
{
    ApiError error(503, "service_unavailable", std::move(detail));
    error.m_retryAfter = retryAfterSeconds;
    return error;
}

ApiError ApiError::throttled(std::string detail, int retryAfterSeconds)
{
    ApiError error(429, "throttled", std::move(detail));
    error.m_retryAfter = retryAfterSeconds;
    return error;
}

ApiError& ApiError::with(const std::string& field, ExtraValue value)
{
    m_extra[field] = std::move(value);
    return *this;
}

} // namespace ebm::http
