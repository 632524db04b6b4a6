#include "api/ClockController.h"

#include "domain/Timestamp.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

constexpr std::int64_t kMaxDays = services::ClockService::kMaxAdvance.count();
constexpr std::int64_t kMaxHours = kMaxDays * 24;
constexpr std::int64_t kMaxSeconds = kMaxHours * 3600;

} // namespace

ClockController::ClockController(services::ClockService& clock)
    : m_clock(clock)
{
}

// GET /api/admin/clock/  (staff)
// Answer 200 {"now":"2024-08-02T19:40:00Z","adjustable":true}; adjustable is false in production,
// where the clock is the real time.
ApiResponse ClockController::show(const ApiRequest&)
{
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("now", formatIso8601(m_clock.now()));
    body->set("adjustable", m_clock.adjustable());
    return ApiResponse::json(body);
}

// POST /api/admin/clock/advance/  (staff, outside production)
// Body {"days"?: int, "hours"?: int, "seconds"?: int}: at least one, each ≥ 0, in total more than
// zero and at most ten years (3653 days). Moves the server clock forward for every component
// (sessions, invitations, subscriptions, jobs); audited as "clock.advanced".
// Answer 200 {"now":"<the new instant>"}.
// Errors: 403 clock_fixed in production; 400 {"days"|"hours"|"seconds":[…]} not an integer
// in range; 400 {"non_field_errors":[…]} none given, or a total of zero or over ten years.
ApiResponse ClockController::advance(const ApiRequest& request)
{
    m_clock.requireAdjustable();
    JsonFields fields(request.jsonBody());
    const auto days = fields.optionalInteger("days", 0, kMaxDays).value_or(0);
    const auto hours = fields.optionalInteger("hours", 0, kMaxHours).value_or(0);
    const auto seconds = fields.optionalInteger("seconds", 0, kMaxSeconds).value_or(0);
    if (!fields.has("days") && !fields.has("hours") && !fields.has("seconds"))
        fields.reject("non_field_errors", "Give at least one of days, hours, seconds.");
    fields.done();
    const std::chrono::seconds delta =
        std::chrono::days(days) + std::chrono::hours(hours) + std::chrono::seconds(seconds);
    const auto now = m_clock.advance(request.principal(), delta, request.requestId());
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("now", formatIso8601(now));
    return ApiResponse::json(body);
}

} // namespace ebm::api
