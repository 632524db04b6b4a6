#pragma once

#include "http/ApiResponse.h"

#include <exception>
#include <string>

namespace ebm::http
{

class ApiError;

// The one place where failures become HTTP answers: typed API errors, domain rule violations
// (400 naming the field), storage conflicts and outages, and anything unexpected (500, logged).
class ErrorMapper final
{
public:
    ApiResponse toResponse(std::exception_ptr error, const std::string& requestId) const;
    // The typed error a failure stands for (logging the unexpected ones).
    ApiError toError(std::exception_ptr error, const std::string& requestId) const;
    // The JSON answer of a typed error.
    static ApiResponse render(const ApiError& error);
};

} // namespace ebm::http
