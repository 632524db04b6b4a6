#pragma once

#include "http/ApiError.h"
#include "http/ApiRequest.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ebm::api
{

// Reads the optional filters of a staff list's query string (an empty value is no filter),
// collecting every bad one as `{"<parameter>": ["message"]}`; done() throws them (400).
class QueryFilters final
{
public:
    explicit QueryFilters(const http::ApiRequest& request);

    std::optional<std::string> text(const std::string& name, std::size_t maxLength = 200);
    // One of `allowed`.
    std::optional<std::string> choice(const std::string& name,
                                      const std::vector<std::string>& allowed);
    // A comma-separated list, each one of `allowed`; empty when absent.
    std::vector<std::string> choices(const std::string& name,
                                     const std::vector<std::string>& allowed);
    // "true" or "false".
    std::optional<bool> flag(const std::string& name);
    // An ISO 8601 instant, answered in the stored form ("2026-11-25T10:00:00Z").
    std::optional<std::string> instant(const std::string& name);
    void done() const;

private:
    void reject(const std::string& name, const std::string& message);

    const http::ApiRequest& m_request;
    http::ApiError::FieldErrors m_errors;
};

} // namespace ebm::api
