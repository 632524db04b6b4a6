#include "services/InvoiceService.h"

#include "services/RequireFound.h"

namespace ebm::services
{

InvoiceService::InvoiceService(store::Database& database)
    : m_database(database)
{
}

InvoiceService::InvoicePage InvoiceService::list(const tenancy::TenantScope& scope,
                                                 std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::InvoiceRepository invoices(session, scope);
    return {invoices.count(), invoices.list(offset, limit)};
}

store::InvoiceRecord InvoiceService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return requireFound(store::InvoiceRepository(session, scope).find(id));
}

} // namespace ebm::services
