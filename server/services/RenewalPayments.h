#pragma once

#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "payments/PaymentService.h"
#include "services/RenewalInvoicing.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ebm::services
{

// What one process-renewals run did.
struct RenewalPaymentCounts
{
    int started = 0;     // renewal payments started with the method on file
    int invoiceOnly = 0; // periods newly left to their invoice (bank transfer, nothing on file,
                         // auto_renew off): each counted by the first run that handles it
    int failed = 0;      // starts the provider or the method refused (emailed)
};

// The process-renewals job (the seed's process_recurring_payments): for each organization
// renewing within the lead days, its renewal order and invoice (RenewalInvoicing::prepare), then,
// when it renews automatically (auto_renew) and its last completed payment was by MTN MoMo or
// PayPal, the renewal payment started with that method through PaymentService: a MoMo
// request-to-pay to the stored number (emailed as a request to approve on the phone), or a
// PayPal order whose approval link is emailed. Bank transfer, nothing on file or auto_renew off:
// the invoice is all (recorded invoice_only, so only the first run counts it). Keyed on
// (organization, period end) in renewal_payments, claimed in a transaction before the provider is
// called: a payment is started once per period; a run killed after the claim is completed by the
// next (the open payment is reused, reconcile-payments starts it at the provider if it never got
// there). A refusal is recorded, counted and emailed (payment_failed).
class RenewalPayments final
{
public:
    RenewalPayments(store::Database& database, const Clock& clock,
                    const mail::EmailComposer& composer, const RenewalInvoicing& invoicing,
                    payments::PaymentService& payments, std::chrono::days leadDays);

    RenewalPaymentCounts run(store::JobRunRecord& record, const std::string& requestId);

private:
    // What a claimed renewal payment is started with.
    struct Claim
    {
        store::OrganizationRecord organization;
        store::OrderRecord order;
        std::string method;
        std::string phone;
    };

    void processOne(const std::string& organizationId, RenewalPaymentCounts& counts,
                    const std::string& requestId);
    std::optional<Claim> claim(const std::string& organizationId, RenewalPaymentCounts& counts,
                               const std::string& requestId);
    void recordStarted(const Claim& claim, const payments::PaymentView& started);
    // The refusal recorded; emailed (payment_failed) when `tell`.
    void recordFailed(const Claim& claim, const std::string& reason, bool tell);
    std::size_t paymentsOf(std::int64_t orderId);

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
    const RenewalInvoicing& m_invoicing;
    payments::PaymentService& m_payments;
    std::chrono::days m_leadDays;
};

} // namespace ebm::services
