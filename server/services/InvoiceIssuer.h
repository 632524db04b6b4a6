#pragma once

#include "store/InvoiceRepository.h"
#include "store/OrderRepository.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <string>

namespace ebm::services
{

// The seller details printed on every invoice (from configuration).
struct Seller
{
    std::string name;
    std::string address;
    std::string taxId;
    std::string email;
};

// What one invoice line bills and for which stretch of the subscription.
struct BilledPeriod
{
    std::string lineDescription;
    std::string start;
    std::string end;
};

// The one issuing path of invoices, inside the caller's transaction: the seller's and the
// buyer's details as snapshots, one line, the order's totals, the next gap-free number. An
// order has at most one invoice that is not void: issued unpaid ahead of its payment (renewals,
// by generate-invoices), then marked paid by the payment; or issued paid when it is paid.
class InvoiceIssuer final
{
public:
    explicit InvoiceIssuer(Seller seller);

    // The order's invoice to pay by `dueAt` (status issued).
    store::InvoiceRecord issueDue(Poco::Data::Session& session, const store::OrderRecord& order,
                                  const BilledPeriod& billed, const std::string& dueAt,
                                  std::chrono::sys_seconds at) const;
    // The paid order's invoice: its issued invoice marked paid, or a paid one issued now.
    store::InvoiceRecord settle(Poco::Data::Session& session, const store::OrderRecord& order,
                                const std::string& organizationId, std::int64_t paymentId,
                                const BilledPeriod& billed, std::chrono::sys_seconds at) const;

private:
    store::InvoiceRecord draft(const store::OrderRecord& order, const BilledPeriod& billed) const;

    Seller m_seller;
};

} // namespace ebm::services
