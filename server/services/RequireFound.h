#pragma once

#include "http/ApiError.h"

#include <optional>
#include <utility>

namespace ebm::services
{

// The record a tenant-scoped lookup found; 404 when there is none (also for another
// organization's id, which the scoped repositories never find).
template<typename Record>
Record requireFound(std::optional<Record> record)
{
    if (!record)
        throw http::ApiError::notFound();
    return std::move(*record);
}

} // namespace ebm::services
