#include "store/RenewalPaymentRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/Statement.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

RenewalPaymentRepository::RenewalPaymentRepository(Poco::Data::Session& session,
                                                   const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

bool RenewalPaymentRepository::claim(const std::string& periodEnd, std::int64_t orderId,
                                     const std::string& method, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), end = periodEnd, boundMethod = method,
                timestamp = formatIso8601(at);
    Poco::Int64 order = orderId;
    m_session << "INSERT INTO renewal_payments (organization_id, period_end, order_id, method, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (organization_id, period_end) DO UPDATE SET outcome = 'claimed', "
                 "order_id = excluded.order_id, method = excluded.method, "
                 "updated_at = excluded.updated_at WHERE renewal_payments.outcome = "
                 "'invoice_only'",
        use(organization), use(end), use(order), use(boundMethod), use(timestamp), use(timestamp),
        now;
    std::string outcome;
    m_session << "SELECT outcome FROM renewal_payments WHERE organization_id = ? AND "
                 "period_end = ?",
        use(organization), use(end), into(outcome), now;
    return outcome == "claimed";
}

bool RenewalPaymentRepository::leaveToInvoice(const std::string& periodEnd, std::int64_t orderId,
                                              const std::optional<std::string>& method,
                                              std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), end = periodEnd,
                timestamp = formatIso8601(at);
    Poco::Int64 order = orderId;
    auto boundMethod = nullable(method);
    Poco::Data::Statement insert(m_session);
    // A renewal order replaced within the period (an upgrade voided its invoice) is left to the
    // new invoice: recorded, and told as new.
    insert << "INSERT INTO renewal_payments (organization_id, period_end, order_id, method, "
              "outcome, created_at, updated_at) VALUES (?, ?, ?, ?, 'invoice_only', ?, ?) "
              "ON CONFLICT (organization_id, period_end) DO UPDATE SET order_id = "
              "excluded.order_id, method = excluded.method, updated_at = excluded.updated_at "
              "WHERE renewal_payments.outcome = 'invoice_only' AND renewal_payments.order_id <> "
              "excluded.order_id",
        use(organization), use(end), use(order), use(boundMethod), use(timestamp), use(timestamp);
    return insert.execute() > 0;
}

void RenewalPaymentRepository::finish(const std::string& periodEnd, const std::string& outcome,
                                      std::optional<std::int64_t> paymentId,
                                      const std::string& failure, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), end = periodEnd, boundOutcome = outcome,
                timestamp = formatIso8601(at);
    auto payment = nullable(paymentId);
    auto reason = nullable(failure);
    m_session << "UPDATE renewal_payments SET outcome = ?, payment_id = ?, failure = ?, "
                 "updated_at = ? WHERE organization_id = ? AND period_end = ? AND outcome = "
                 "'claimed'",
        use(boundOutcome), use(payment), use(reason), use(timestamp), use(organization), use(end),
        now;
}

} // namespace ebm::store
