#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/ClockService.h"

namespace ebm::api
{

// /api/admin/clock/…: the server's current time, and the staff test clock outside production.
class ClockController final
{
public:
    explicit ClockController(services::ClockService& clock);

    http::ApiResponse show(const http::ApiRequest& request);
    http::ApiResponse advance(const http::ApiRequest& request);

private:
    services::ClockService& m_clock;
};

} // namespace ebm::api
