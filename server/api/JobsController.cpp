#include "api/JobsController.h"

#include "http/ApiError.h"

#include <initializer_list>
#include <utility>

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

Poco::JSON::Object::Ptr countsJson(std::initializer_list<std::pair<const char*, int>> counts)
{
    auto json = http::makeObject();
    for (const auto& [name, count] : counts)
        json->set(name, count);
    return json;
}

Poco::JSON::Object::Ptr countsJson(const services::PeriodEndCounts& counts)
{
    return countsJson({{"downgraded", counts.downgraded},
                       {"cancelled", counts.cancelled},
                       {"overdue_notices", counts.overdueNotices},
                       {"suspended", counts.suspended},
                       {"expired", counts.expired}});
}

Poco::JSON::Object::Ptr countsJson(const payments::PaymentService::ReconcileCounts& counts)
{
    return countsJson({{"checked", counts.checked},
                       {"completed", counts.completed},
                       {"failed", counts.failed},
                       {"given_up", counts.givenUp},
                       {"orders_expired", counts.ordersExpired}});
}

// A run's record with what it changed.
template<typename Run>
ApiResponse runAnswer(const Run& run)
{
    auto json = runJson(run.record);
    json->set("changes", countsJson(run.counts));
    return ApiResponse::json(json);
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
    if (job == "check-expirations")
        return runAnswer(m_periodEnd.run(request.requestId()));
    if (job == "reconcile-payments")
        return runAnswer(m_payments.reconcile(request.requestId()));
    throw http::ApiError::notFound("No such job.");
}

} // namespace ebm::api
