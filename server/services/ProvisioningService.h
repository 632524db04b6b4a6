#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "mail/EmailComposer.h"
#include "services/InvoiceIssuer.h"
#include "services/SubscriptionFulfilment.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <string>

namespace ebm::services
{

// What provisioning produced for an order.
struct ProvisioningResult
{
    std::int64_t orderId = 0;
    std::string organizationId;
    std::int64_t invoiceId = 0;
    std::string invoiceNumber;
    bool alreadyProvisioned = false;
};

// Turns a paid order into a working subscription, in ONE transaction with the payment: order
// paid → processing → completed; for a new order the organization created (active, plan, cycle,
// calendar period, auto-renew), the owner's account (with a set-password link when new) and
// membership, usage metrics started and the welcome email; for a renewal or an upgrade the
// existing organization changed (see SubscriptionFulfilment); then the invoice issued with the
// next gap-free number (or its renewal invoice marked paid), the payment's method kept on file
// for the next renewal, the coupon use counted, the receipt queued and audit entries. Any
// failure rolls all of it back. Idempotent: an order already completed is answered as it is,
// never provisioned twice.
class ProvisioningService final
{
public:
    ProvisioningService(store::Database& database, const Clock& clock,
                        const mail::EmailComposer& composer, Seller seller);

    // Staff record a payment received offline (a verified bank transfer) of exactly the order's
    // total.
    ProvisioningResult recordOfflinePayment(std::int64_t orderId, const Money& received,
                                            const std::string& reference,
                                            const auth::Principal& staff,
                                            const std::string& requestId);

    // The core, inside the caller's write transaction, after the payment row is completed.
    ProvisioningResult provision(Poco::Data::Session& session, const store::OrderRecord& order,
                                 std::int64_t paymentId, const std::string& requestId);

private:
    // A new customer's organization, owner and welcome email; what the invoice bills.
    BilledPeriod provisionNew(Poco::Data::Session& session, const store::OrderRecord& order,
                              std::string& organizationId, const std::string& requestId,
                              std::chrono::sys_seconds at);
    std::string createOrganization(Poco::Data::Session& session, const store::OrderRecord& order,
                                   std::chrono::sys_seconds at);
    std::string attachOwner(Poco::Data::Session& session, const store::OrderRecord& order,
                            const std::string& organizationId, std::chrono::sys_seconds at);
    void countCouponUse(Poco::Data::Session& session, const store::OrderRecord& order,
                        const std::string& organizationId, const std::string& requestId,
                        std::chrono::sys_seconds at);

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
    InvoiceIssuer m_invoices;
    SubscriptionFulfilment m_changes;
};

} // namespace ebm::services
