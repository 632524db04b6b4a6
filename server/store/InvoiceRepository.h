#pragma once

#include "domain/Money.h"
#include "domain/Pricing.h"
#include "domain/Statuses.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One line of an invoice.
struct InvoiceLine
{
    std::string description;
    std::int64_t quantity = 1;
    Money unitPrice = Money::zero(Currency::fromCode("EUR"));
};

// An invoice as stored: its number (given at issue), parties (JSON snapshots, so a later change
// of the seller's or buyer's details never alters it), lines and totals.
struct InvoiceRecord
{
    std::int64_t id = 0;
    std::string invoiceNumber;
    std::string organizationId;
    std::optional<std::int64_t> orderId;
    std::optional<std::int64_t> paymentId;
    InvoiceStatus status = InvoiceStatus::Issued;
    PriceQuote totals{
        Money::zero(Currency::fromCode("EUR")), Money::zero(Currency::fromCode("EUR")),
        Money::zero(Currency::fromCode("EUR")), Money::zero(Currency::fromCode("EUR")),
        Money::zero(Currency::fromCode("EUR")), BasisPoints{0}};
    std::string sellerJson;
    std::string buyerJson;
    std::string locale = "fr";
    std::string periodStart;
    std::string periodEnd;
    std::string issuedAt;
    std::string dueAt;
    std::string paidAt;
    std::string voidedAt;
    std::string voidReason;
    std::string updatedAt;
    std::vector<InvoiceLine> lines;
};

// What a staff list of invoices is narrowed to; an absent criterion matches every invoice.
struct InvoiceFilter
{
    std::optional<std::string> status;
    std::optional<std::string> organizationId;
    // Part of the invoice number (case-insensitive).
    std::optional<std::string> number;
    // Invoices changed at or after this instant.
    std::optional<std::string> updatedSince;
};

// Invoices of one organization, and the issuing of new ones with a gap-free number per month.
class InvoiceRepository final
{
public:
    InvoiceRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    // Assigns the next INV-YYYYMM-XXXXX of the issue month and inserts the invoice with its lines.
    // Call inside a write transaction: a rollback gives the number back, so numbers have no gaps.
    InvoiceRecord issue(InvoiceRecord invoice, std::chrono::sys_seconds at);
    std::int64_t count();
    std::vector<InvoiceRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<InvoiceRecord> find(std::int64_t id);
    // The order's invoice that is not void (there is at most one), if any.
    std::optional<InvoiceRecord> findForOrder(std::int64_t orderId);
    // issued → paid by the payment, with the period it paid for; false from any other status.
    bool markPaid(std::int64_t id, std::int64_t paymentId, const std::string& periodStart,
                  const std::string& periodEnd, std::chrono::sys_seconds at);
    // draft or issued → void with the reason; false (nothing written) from any other status.
    bool markVoid(std::int64_t id, const std::string& reason, std::chrono::sys_seconds at);

private:
    std::string nextNumber(std::chrono::sys_seconds at);

    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

// Every organization's invoices, read for the staff queues (routes open to staff only); changes
// go through InvoiceRepository under a StaffAccess scope.
class StaffInvoiceRepository final
{
public:
    explicit StaffInvoiceRepository(Poco::Data::Session& session);

    std::int64_t count(const InvoiceFilter& filter);
    // Newest first.
    std::vector<InvoiceRecord> list(const InvoiceFilter& filter, std::int64_t offset,
                                    std::int64_t limit);
    std::optional<InvoiceRecord> find(std::int64_t id);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
