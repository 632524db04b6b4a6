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

// Issues the invoice of a paid order inside the payment's transaction: the seller's and the
// buyer's details as snapshots, one line, the order's totals, the next gap-free number.
class InvoiceIssuer final
{
public:
    explicit InvoiceIssuer(Seller seller);

    store::InvoiceRecord issuePaid(Poco::Data::Session& session, const store::OrderRecord& order,
                                   const std::string& organizationId, std::int64_t paymentId,
                                   const BilledPeriod& billed, std::chrono::sys_seconds at) const;

private:
    Seller m_seller;
};

} // namespace ebm::services
