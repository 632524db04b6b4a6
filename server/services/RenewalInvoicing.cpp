#include "services/RenewalInvoicing.h"

#include "billing/InvoiceDocumentBuilder.h"
#include "billing/InvoicePdf.h"
#include "domain/SubscriptionPeriod.h"
#include "domain/Timestamp.h"
#include "services/CustomerEvents.h"
#include "services/EventPublisher.h"
#include "services/RequireFound.h"
#include "services/SubscriptionFulfilment.h"
#include "store/AuditLogRepository.h"
#include "store/OutboxRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/SystemAccess.h"

#include <Poco/Logger.h>

namespace ebm::services
{

RenewalInvoicing::RenewalInvoicing(store::Database& database, const Clock& clock,
                                   const mail::EmailComposer& composer,
                                   const PlanChangeService& planChanges, InvoiceIssuer issuer,
                                   std::chrono::days leadDays, std::chrono::days expireAfter)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
    , m_planChanges(planChanges)
    , m_issuer(std::move(issuer))
    , m_leadDays(leadDays)
    , m_expireAfter(expireAfter)
{
}

RenewalInvoicingCounts RenewalInvoicing::run(store::JobRunRecord& record,
                                             const std::string& requestId)
{
    RenewalInvoicingCounts counts;
    Poco::Data::Session session = m_database.session();
    const auto at = m_clock.now();
    for (const std::string& id :
         store::OrganizationRepository(session).findEndingWithin(at, at + m_leadDays)) {
        try {
            invoiceOne(id, counts, requestId);
            ++record.itemsProcessed;
        } catch (const std::exception& error) {
            ++record.itemsFailed;
            record.message = "organization " + id + ": " + error.what();
            Poco::Logger::get("ebm.jobs").error("generate-invoices: %s", record.message);
        }
    }
    return counts;
}

void RenewalInvoicing::invoiceOne(const std::string& organizationId, RenewalInvoicingCounts& counts,
                                  const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(organizationId));
    prepare(session, organization, counts, requestId);
    transaction.commit();
}

bool RenewalInvoicing::renewsWithinLead(const store::OrganizationRecord& organization,
                                        std::chrono::sys_seconds at) const
{
    if (organization.status != OrganizationStatus::Active || organization.cancelAtPeriodEnd ||
        !organization.planId || organization.subscriptionEnd.empty())
        return false;
    const auto end = parseIso8601(organization.subscriptionEnd);
    return end > at && end <= at + m_leadDays;
}

std::optional<RenewalDue> RenewalInvoicing::prepare(Poco::Data::Session& session,
                                                    const store::OrganizationRecord& organization,
                                                    RenewalInvoicingCounts& counts,
                                                    const std::string& requestId) const
{
    const auto at = m_clock.now();
    if (!renewsWithinLead(organization, at))
        return std::nullopt;
    auto [renewal, created] = m_planChanges.openRenewal(
        session, organization, std::nullopt, parseBillingCycle(organization.billingCycle));
    counts.orders += created;
    // Payable as long as the organization can come back by paying it.
    const std::string payableUntil =
        formatIso8601(parseIso8601(organization.subscriptionEnd) + m_expireAfter);
    store::OrderRepository(session).extendExpiry(renewal.order.id, payableUntil, at);
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(organization.id);
    if (auto invoice = store::InvoiceRepository(session, scope).findForOrder(renewal.order.id))
        return RenewalDue{std::move(renewal), std::move(*invoice)};
    auto invoice = issue(session, organization, renewal, requestId);
    ++counts.invoices;
    email(session, organization, invoice);
    return RenewalDue{std::move(renewal), std::move(invoice)};
}

store::InvoiceRecord RenewalInvoicing::issue(Poco::Data::Session& session,
                                             const store::OrganizationRecord& organization,
                                             const OrderView& renewal,
                                             const std::string& requestId) const
{
    const auto at = m_clock.now();
    const SubscriptionPeriod next = nextPeriod(
        {parseIso8601(organization.subscriptionStart), parseIso8601(organization.subscriptionEnd)},
        renewal.order.billingCycle, organization.billingAnchorDay);
    const BilledPeriod billed{
        renewalLine(renewal.order.locale, renewal.plan, renewal.order.billingCycle),
        formatIso8601(next.start), formatIso8601(next.end)};
    auto invoice =
        m_issuer.issueDue(session, renewal.order, billed, organization.subscriptionEnd, at);
    store::AuditEntry entry;
    entry.actorKind = "system";
    entry.organizationId = organization.id;
    entry.action = "invoice.issued";
    entry.targetType = "invoice";
    entry.targetId = invoice.invoiceNumber;
    entry.reason = "renewal order " + renewal.order.orderNumber;
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    EventPublisher(session, at).publish(CustomerEvents::invoiceIssued(invoice));
    return invoice;
}

void RenewalInvoicing::email(Poco::Data::Session& session,
                             const store::OrganizationRecord& organization,
                             const store::InvoiceRecord& invoice) const
{
    const std::string pdf = billing::InvoicePdf::render(
        billing::InvoiceDocumentBuilder(organization.locale).build(invoice));
    auto message =
        m_composer.invoiceIssued(organization.locale, organization.contactEmail, organization.name,
                                 invoice.invoiceNumber, invoice.totals.total, invoice.dueAt,
                                 {invoice.invoiceNumber + ".pdf", "application/pdf", pdf});
    message.organizationId = organization.id;
    message.dedupeKey = "invoice:" + invoice.invoiceNumber;
    store::OutboxRepository(session).enqueue(message, m_clock.now());
}

} // namespace ebm::services
