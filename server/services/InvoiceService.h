#pragma once

#include "store/Database.h"
#include "store/InvoiceRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ebm::services
{

// The invoices an organization's members may read, as JSON records or as printable PDFs.
class InvoiceService final
{
public:
    struct InvoicePage
    {
        std::int64_t count;
        std::vector<store::InvoiceRecord> invoices;
    };

    struct InvoiceFile
    {
        std::string fileName; // "INV-202611-00001.pdf"
        std::string pdf;
    };

    explicit InvoiceService(store::Database& database);

    InvoicePage list(const tenancy::TenantScope& scope, std::int64_t offset, std::int64_t limit);
    store::InvoiceRecord get(const tenancy::TenantScope& scope, std::int64_t id);
    // The invoice printed in the organization's current language; 404 like get().
    InvoiceFile pdf(const tenancy::TenantScope& scope, std::int64_t id);

private:
    store::Database& m_database;
};

} // namespace ebm::services
