#include "api/AdminOrdersController.h"

#include "api/BillingJson.h"
#include "api/PagedList.h"
#include "api/QueryFilters.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

Poco::JSON::Object::Ptr staffOrder(const services::OrderView& view)
{
    Poco::JSON::Object::Ptr json = BillingJson::order(view);
    json->set("updated_at", view.order.updatedAt);
    return json;
}

std::vector<std::string> orderStatuses()
{
    std::vector<std::string> names;
    for (const auto name : orderStatusNames())
        names.emplace_back(name);
    return names;
}

} // namespace

AdminOrdersController::AdminOrdersController(services::BillingQueueService& queues,
                                             std::string publicBaseUrl)
    : m_queues(queues)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// GET /api/admin/orders/  (staff)
// Query (all optional): status (pending|paid|processing|completed|failed|cancelled|refunded;
// pending is the queue), kind (new|renewal|upgrade), organization (organization id), q (part of
// the order number, the customer's email or name, case-insensitive), updated_since (ISO 8601:
// changed at or after), page, page_size.
// Answer: {"count","next","previous","results":[order + "updated_at"]}, newest first; the order
// as /api/tenants/orders/{id}/ answers it (without order_token).
// Errors: 400 {"status"|"kind"|"updated_since"|"q":[…]}; 404 invalid page; 401/403 not staff.
ApiResponse AdminOrdersController::list(const ApiRequest& request)
{
    QueryFilters query(request);
    store::OrderFilter filter;
    filter.status = query.choice("status", orderStatuses());
    filter.kind = query.choice("kind", {"new", "renewal", "upgrade"});
    filter.organizationId = query.text("organization", 64);
    filter.search = query.text("q", 200);
    filter.updatedSince = query.instant("updated_since");
    query.done();
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_queues.orders(filter, pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.orders, staffOrder, m_publicBaseUrl);
}

} // namespace ebm::api
