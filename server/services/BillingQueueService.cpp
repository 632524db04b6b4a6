#include "services/BillingQueueService.h"

#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/PlanRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/StaffAccess.h"

#include <Poco/JSON/Object.h>
#include <map>
#include <sstream>

namespace ebm::services
{

using http::ApiError;

namespace
{

// The invoice fields a void changes, as the audit log compares them.
std::string voidStateJson(const store::InvoiceRecord& invoice)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    json.set("invoice_number", invoice.invoiceNumber);
    json.set("status", std::string(toString(invoice.status)));
    json.set("total_minor", invoice.totals.total.minorUnits());
    json.set("currency", invoice.totals.total.currency().code());
    json.set("voided_at", invoice.voidedAt.empty() ? Poco::Dynamic::Var()
                                                   : Poco::Dynamic::Var(invoice.voidedAt));
    json.set("void_reason", invoice.voidReason.empty() ? Poco::Dynamic::Var()
                                                       : Poco::Dynamic::Var(invoice.voidReason));
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

void requireVoidable(InvoiceStatus status)
{
    if (!canTransition(status, InvoiceStatus::Void))
        throw ApiError(409, "illegal_transition",
                       "An invoice that is " + std::string(toString(status)) +
                           " cannot be voided.");
}

} // namespace

BillingQueueService::BillingQueueService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

BillingQueueService::OrderPage BillingQueueService::orders(const store::OrderFilter& filter,
                                                           std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::OrderRepository orders(session);
    store::PlanRepository plans(session);
    std::map<std::int64_t, Plan> planById;
    OrderPage page{orders.countMatching(filter), {}};
    for (auto& order : orders.listMatching(filter, offset, limit)) {
        if (!planById.contains(order.planId))
            planById[order.planId] = plans.findById(order.planId).value_or(Plan{});
        page.orders.push_back({std::move(order), planById[order.planId], {}});
    }
    return page;
}

BillingQueueService::InvoicePage BillingQueueService::invoices(const store::InvoiceFilter& filter,
                                                               std::int64_t offset,
                                                               std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::StaffInvoiceRepository invoices(session);
    return {invoices.count(filter), invoices.list(filter, offset, limit)};
}

store::InvoiceRecord BillingQueueService::invoice(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return requireFound(store::StaffInvoiceRepository(session).find(id));
}

store::InvoiceRecord BillingQueueService::voidInvoice(std::int64_t id, const std::string& reason,
                                                      const auth::Principal& staff,
                                                      const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const auto before = requireFound(store::StaffInvoiceRepository(session).find(id));
    requireVoidable(before.status);
    store::AuditLogRepository audit(session);
    const auto scope = tenancy::StaffAccess::scopeFor(
        before.organizationId, staff, "invoice.void: " + reason, requestId, audit, at);
    store::InvoiceRepository invoices(session, scope);
    invoices.markVoid(id, reason, at);
    const auto after = requireFound(invoices.find(id));
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.organizationId = before.organizationId;
    entry.action = "invoice.voided";
    entry.targetType = "invoice";
    entry.targetId = std::to_string(id);
    entry.reason = reason;
    entry.beforeJson = voidStateJson(before);
    entry.afterJson = voidStateJson(after);
    entry.requestId = requestId;
    audit.append(entry, at);
    transaction.commit();
    return after;
}

} // namespace ebm::services
