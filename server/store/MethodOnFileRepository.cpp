#include "store/MethodOnFileRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

MethodOnFile methodFromRow(Poco::Data::RecordSet& rows)
{
    MethodOnFile method;
    method.method = text(rows, "method");
    method.payerPhone = text(rows, "payer_phone");
    method.paymentId = rows["payment_id"].convert<std::int64_t>();
    method.updatedAt = text(rows, "updated_at");
    return method;
}

} // namespace

MethodOnFileRepository::MethodOnFileRepository(Poco::Data::Session& session,
                                               const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

void MethodOnFileRepository::record(const std::string& method, const std::string& payerPhone,
                                    std::int64_t paymentId, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), boundMethod = method,
                timestamp = formatIso8601(at);
    auto phone = nullable(payerPhone);
    Poco::Int64 payment = paymentId;
    m_session << "INSERT INTO payment_methods_on_file (organization_id, method, payer_phone, "
                 "payment_id, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (organization_id) "
                 "DO UPDATE SET method = excluded.method, payer_phone = excluded.payer_phone, "
                 "payment_id = excluded.payment_id, updated_at = excluded.updated_at",
        use(organization), use(boundMethod), use(phone), use(payment), use(timestamp), now;
}

std::optional<MethodOnFile> MethodOnFileRepository::find()
{
    std::string organization = m_scope.organizationId();
    Poco::Data::Statement select(m_session);
    select << "SELECT method, payer_phone, payment_id, updated_at FROM payment_methods_on_file "
              "WHERE organization_id = ?",
        use(organization);
    auto found = rowsOf(select, methodFromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace ebm::store
