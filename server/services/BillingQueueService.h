#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "services/OrderService.h"
#include "store/Database.h"
#include "store/InvoiceRepository.h"
#include "store/OrderRepository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ebm::services
{

// The staff queues of orders and invoices across every organization, and staff voiding an
// unpaid invoice (one transaction: the status machine, the audited staff access, the audit entry
// with reason, before and after).
class BillingQueueService final
{
public:
    struct OrderPage
    {
        std::int64_t count;
        std::vector<OrderView> orders;
    };
    struct InvoicePage
    {
        std::int64_t count;
        std::vector<store::InvoiceRecord> invoices;
    };

    BillingQueueService(store::Database& database, const Clock& clock);

    OrderPage orders(const store::OrderFilter& filter, std::int64_t offset, std::int64_t limit);
    InvoicePage invoices(const store::InvoiceFilter& filter, std::int64_t offset,
                         std::int64_t limit);
    store::InvoiceRecord invoice(std::int64_t id);
    // draft or issued → void; 409 illegal_transition for a paid or void invoice; 404 unknown.
    store::InvoiceRecord voidInvoice(std::int64_t id, const std::string& reason,
                                     const auth::Principal& staff, const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::services
