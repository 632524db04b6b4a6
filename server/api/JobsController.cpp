#include "api/JobsController.h"

#include "http/ApiError.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

Poco::Dynamic::Var textOrNull(const std::string& text)
{
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

Poco::JSON::Object::Ptr runJson(const store::JobRunRecord& run)
{
    auto json = http::makeObject();
    json->set("id", run.id);
    json->set("job", run.job);
    json->set("outcome", run.outcome);
    json->set("started_at", run.startedAt);
    json->set("finished_at", textOrNull(run.finishedAt));
    json->set("items_processed", run.itemsProcessed);
    json->set("items_failed", run.itemsFailed);
    json->set("message", textOrNull(run.message));
    return json;
}

Poco::JSON::Object::Ptr countsJson(const services::PeriodEndCounts& counts)
{
    auto json = http::makeObject();
    json->set("downgraded", counts.downgraded);
    json->set("cancelled", counts.cancelled);
    json->set("overdue_notices", counts.overdueNotices);
    json->set("suspended", counts.suspended);
    json->set("expired", counts.expired);
    return json;
}

Poco::JSON::Object::Ptr countsJson(const payments::PaymentService::ReconcileCounts& counts)
{
    auto json = http::makeObject();
    json->set("checked", counts.checked);
    json->set("completed", counts.completed);
    json->set("failed", counts.failed);
    json->set("given_up", counts.givenUp);
    json->set("orders_expired", counts.ordersExpired);
    return json;
}

} // namespace

JobsController::JobsController(services::PeriodEndService& periodEnd,
                               payments::PaymentService& payments)
    : m_periodEnd(periodEnd)
    , m_payments(payments)
{
}

// POST /api/admin/jobs/{job}/run/  (staff)
// Runs the job once now and answers its record: {id,job,outcome,started_at,finished_at,
// items_processed,items_failed,message,changes:{…}}. Jobs: check-expirations (changes:
// downgraded, cancelled, overdue_notices, suspended, expired); reconcile-payments (checked,
// completed, failed, given_up, orders_expired). Errors: 404 unknown job.
ApiResponse JobsController::run(const ApiRequest& request)
{
    const std::string& job = request.pathParam("job");
    if (job == "check-expirations") {
        const auto run = m_periodEnd.run(request.requestId());
        auto json = runJson(run.record);
        json->set("changes", countsJson(run.counts));
        return ApiResponse::json(json);
    }
    if (job == "reconcile-payments") {
        const auto run = m_payments.reconcile(request.requestId());
        auto json = runJson(run.record);
        json->set("changes", countsJson(run.counts));
        return ApiResponse::json(json);
    }
    throw http::ApiError::notFound("No such job.");
}

} // namespace ebm::api
