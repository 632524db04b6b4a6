#include "store/PaymentMethodRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kSelect = "SELECT code, name, kind, is_enabled, sort_order FROM payment_methods ";

PaymentMethodRecord methodFromRow(Poco::Data::RecordSet& rows)
{
    PaymentMethodRecord method;
    method.code = text(rows, "code");
    method.name = text(rows, "name");
    method.kind = text(rows, "kind");
    method.isEnabled = flag(rows, "is_enabled");
    method.sortOrder = static_cast<int>(rows["sort_order"].convert<std::int64_t>());
    return method;
}

} // namespace

PaymentMethodRepository::PaymentMethodRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::vector<PaymentMethodRecord> PaymentMethodRepository::list()
{
    Poco::Data::Statement select(m_session);
    select << kSelect + "ORDER BY sort_order, code";
    return rowsOf(select, methodFromRow);
}

std::optional<PaymentMethodRecord> PaymentMethodRepository::findByCode(const std::string& code)
{
    std::string boundCode = code;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE code = ?", use(boundCode);
    auto found = rowsOf(select, methodFromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

bool PaymentMethodRepository::setEnabled(const std::string& code, bool enabled,
                                         std::chrono::sys_seconds at)
{
    std::string boundCode = code, timestamp = formatIso8601(at);
    int flagValue = enabled;
    Poco::Data::Statement update(m_session);
    update << "UPDATE payment_methods SET is_enabled = ?, updated_at = ? WHERE code = ?",
        use(flagValue), use(timestamp), use(boundCode);
    return update.execute() > 0;
}

} // namespace ebm::store
