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
    static ApiResponse render(const ApiError& error);
};

} // namespace ebm::http
