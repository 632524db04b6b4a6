#include "store/PaymentRepository.h"

#include "domain/Timestamp.h"
#include "security/TokenGenerator.h"
#include "store/RowValues.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

PaymentRepository::PaymentRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::int64_t PaymentRepository::insertCompleted(std::int64_t orderId, const std::string& methodCode,
                                                const Money& amount,
                                                const std::string& providerReference,
                                                std::optional<std::int64_t> verifiedBy,
                                                std::chrono::sys_seconds at)
{
    std::string transaction = "TXN-" + security::TokenGenerator::newToken().substr(0, 20);
    std::string method = methodCode, currency = amount.currency().code(),
                timestamp = formatIso8601(at);
    Poco::Int64 order = orderId, minor = amount.minorUnits();
    auto reference = nullable(providerReference);
    auto verifier = nullable(verifiedBy);
    auto verifiedAt = nullable(verifiedBy ? timestamp : std::string());
    m_session << "INSERT INTO payments (transaction_id, order_id, payment_method_id, status, "
                 "currency, amount_minor, "
                 "received_minor, provider_reference, verified_by, verified_at, completed_at, "
                 "created_at, updated_at) "
                 "SELECT ?, ?, id, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ? FROM payment_methods "
                 "WHERE code = ?",
        use(transaction), use(order), use(currency), use(minor), use(minor), use(reference),
        use(verifier), use(verifiedAt), use(timestamp), use(timestamp), use(timestamp), use(method),
        now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

bool PaymentRepository::referenceUsed(const std::string& methodCode,
                                      const std::string& providerReference)
{
    std::string method = methodCode, reference = providerReference;
    int found = 0;
    m_session
        << "SELECT COUNT(*) FROM payments p JOIN payment_methods m ON m.id = p.payment_method_id "
           "WHERE m.code = ? AND p.provider_reference = ?",
        use(method), use(reference), into(found), now;
    return found > 0;
}

void PaymentRepository::attachOrganization(std::int64_t paymentId,
                                           const std::string& organizationId)
{
    Poco::Int64 id = paymentId;
    std::string organization = organizationId;
    m_session << "UPDATE payments SET organization_id = ? WHERE id = ?", use(organization), use(id),
        now;
}

} // namespace ebm::store
