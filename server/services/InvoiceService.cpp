#include "services/InvoiceService.h"

#include "billing/InvoiceDocumentBuilder.h"
#include "billing/InvoicePdf.h"
#include "services/RequireFound.h"
#include "store/OrganizationRepository.h"

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

InvoiceService::InvoiceFile InvoiceService::pdf(const tenancy::TenantScope& scope, std::int64_t id)
{
    billing::InvoiceDocument document;
    std::string fileName;
    {
        Poco::Data::Session session = m_database.session();
        const store::InvoiceRecord invoice =
            requireFound(store::InvoiceRepository(session, scope).find(id));
        const auto organization =
            store::OrganizationRepository(session).findById(scope.organizationId());
        document =
            billing::InvoiceDocumentBuilder(organization ? organization->locale : invoice.locale)
                .build(invoice);
        fileName = invoice.invoiceNumber + ".pdf";
    }
    // The database session goes back to the pool before the (serialized) rendering.
    return {fileName, billing::InvoicePdf::render(document)};
}

} // namespace ebm::services
