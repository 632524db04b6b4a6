#include "api/PlansController.h"

#include "api/PagedList.h"
#include "api/PlanJson.h"
#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "http/Pagination.h"

#include <algorithm>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;

PlansController::PlansController(services::PlanService& plans, std::string publicBaseUrl)
    : m_plans(plans)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

Plan PlansController::requirePlan(const ApiRequest& request)
{
    auto plan = m_plans.findActive(request.pathId("id"));
    if (!plan)
        throw ApiError::notFound();
    return *plan;
}

// GET /api/tenants/plans/
// Query: page (≥ 1, default 1), page_size (1–100, default 20).
// Answer: {"count","next","previous","results":[plan]} — active plans by sort_order.
// Errors: 404 invalid page; 400 {"page_size":[…]}.
ApiResponse PlansController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto catalog = m_plans.catalog();
    const auto& all = *catalog.plans;
    const auto first =
        std::min<std::size_t>(static_cast<std::size_t>(pagination.offset()), all.size());
    const auto last =
        std::min<std::size_t>(first + static_cast<std::size_t>(pagination.pageSize()), all.size());
    const std::vector<Plan> page(all.begin() + static_cast<std::ptrdiff_t>(first),
                                 all.begin() + static_cast<std::ptrdiff_t>(last));
    return pagedList(request, pagination, static_cast<std::int64_t>(all.size()), page,
                     PlanJson::plan, m_publicBaseUrl);
}

// GET /api/tenants/plans/{id}/
// Answer: plan. Errors: 404 unknown or inactive plan.
ApiResponse PlansController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(PlanJson::plan(requirePlan(request)));
}

// GET /api/tenants/plans/{id}/features/
// Answer: {"plan","tier","features":[{key,included}],"quotas":[{key,limit,unlimited}],
//          "retention":{…},"support_level"}. Errors: 404.
ApiResponse PlansController::features(const ApiRequest& request)
{
    return ApiResponse::json(PlanJson::features(requirePlan(request)));
}

// POST /api/tenants/plans/{id}/quote/   body {"billing_cycle":"monthly"|"yearly"}
// Answer: {"plan","billing_cycle","currency","subtotal","discount","tax_rate","tax","total",
//          "annual_savings_percent"} computed by the server with the configured tax rate.
// Errors: 404; 415 not JSON; 400 malformed JSON; 400 {"billing_cycle":[…]}.
ApiResponse PlansController::quote(const ApiRequest& request)
{
    const Plan plan = requirePlan(request);
    const Poco::JSON::Object::Ptr body = request.jsonBody();
    if (!body->has("billing_cycle") || body->isNull("billing_cycle"))
        throw ApiError::validation("billing_cycle", "This field is required.");
    const Poco::Dynamic::Var cycleValue = body->get("billing_cycle");
    if (!cycleValue.isString())
        throw ApiError::validation("billing_cycle", "Must be \"monthly\" or \"yearly\".");
    BillingCycle cycle;
    try {
        cycle = parseBillingCycle(cycleValue.extract<std::string>());
    } catch (const DomainError&) {
        throw ApiError::validation("billing_cycle", "Must be \"monthly\" or \"yearly\".");
    }
    return ApiResponse::json(PlanJson::quote(plan, cycle, m_plans.quote(plan, cycle)));
}

} // namespace ebm::api
