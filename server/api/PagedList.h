#pragma once

#include "api/JsonValues.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/Pagination.h"

#include <cstdint>
#include <string>

namespace ebm::api
{

// The DRF list answer {"count","next","previous","results"} for one page of items, each through
// toJson; 404 when the page lies past the last one.
template<typename Items, typename ToJson>
http::ApiResponse pagedList(const http::ApiRequest& request, const http::Pagination& pagination,
                            std::int64_t count, const Items& items, ToJson toJson,
                            const std::string& baseUrl)
{
    return http::ApiResponse::json(
        pagination.envelope(count, arrayOf(items, toJson), baseUrl, request));
}

} // namespace ebm::api
