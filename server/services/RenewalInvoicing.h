#pragma once

#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "services/InvoiceIssuer.h"
#include "services/PlanChangeService.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/OrganizationRepository.h"

#include <chrono>
#include <optional>
#include <string>

namespace ebm::services
{

// What one generate-invoices run did.
struct RenewalInvoicingCounts
{
    int invoices = 0; // renewal invoices issued (each emailed with its PDF)
    int orders = 0;   // renewal orders created for them (the others were already pending)
};

// A renewal order with its invoice, as generate-invoices leaves it.
struct RenewalDue
{
    OrderView order;
    store::InvoiceRecord invoice;
};

// The generate-invoices job: for each active organization renewing at the end of its period
// (no cancellation scheduled) whose end is within the lead days, one transaction each: the
// pending renewal order (the portal's renew path, PlanChangeService::openRenewal: priced on the
// plan and cycle of the renewed period, created when there is none) kept payable until the
// organization would expire, its invoice issued unpaid and due at the period's end, and that
// invoice emailed to the contact with its PDF attached. Keyed on (organization, period end): an
// organization has at most one pending renewal (which renews from the current end), an order at
// most one invoice that is not void, and the email is keyed on the invoice in its transaction, so
// repeated runs issue and send nothing twice. Paying the order marks the invoice paid
// (InvoiceIssuer::settle); a renewal cancelled (an upgrade paid, a downgrade scheduled) voids its
// invoice, and the next run invoices the new renewal.
class RenewalInvoicing final
{
public:
    RenewalInvoicing(store::Database& database, const Clock& clock,
                     const mail::EmailComposer& composer, const PlanChangeService& planChanges,
                     InvoiceIssuer issuer, std::chrono::days leadDays,
                     std::chrono::days expireAfter);

    RenewalInvoicingCounts run(store::JobRunRecord& record, const std::string& requestId);

    // One organization, inside the caller's write transaction: its renewal order and invoice
    // (made when missing), or nullopt when it does not renew within the lead days.
    std::optional<RenewalDue> prepare(Poco::Data::Session& session,
                                      const store::OrganizationRecord& organization,
                                      RenewalInvoicingCounts& counts,
                                      const std::string& requestId) const;

    // Whether the organization renews at the end of its period, within the lead days of `at`.
    bool renewsWithinLead(const store::OrganizationRecord& organization,
                          std::chrono::sys_seconds at) const;

private:
    void invoiceOne(const std::string& organizationId, RenewalInvoicingCounts& counts,
                    const std::string& requestId);
    store::InvoiceRecord issue(Poco::Data::Session& session,
                               const store::OrganizationRecord& organization,
                               const OrderView& renewal, const std::string& requestId) const;
    void email(Poco::Data::Session& session, const store::OrganizationRecord& organization,
               const store::InvoiceRecord& invoice) const;

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
    const PlanChangeService& m_planChanges;
    InvoiceIssuer m_issuer;
    std::chrono::days m_leadDays;
    std::chrono::days m_expireAfter;
};

} // namespace ebm::services
