#include "services/InvoiceIssuer.h"

#include "domain/Timestamp.h"
#include "tenancy/SystemAccess.h"

#include <Poco/JSON/Object.h>
#include <sstream>
#include <utility>
#include <vector>

namespace ebm::services
{

namespace
{

std::string jsonOf(const std::vector<std::pair<std::string, std::string>>& fields)
{
    Poco::JSON::Object object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [key, value] : fields)
        object.set(key, value);
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

} // namespace

InvoiceIssuer::InvoiceIssuer(Seller seller)
    : m_seller(std::move(seller))
{
}

store::InvoiceRecord InvoiceIssuer::draft(const store::OrderRecord& order,
                                          const BilledPeriod& billed) const
{
    store::InvoiceRecord invoice;
    invoice.orderId = order.id;
    invoice.totals = order.quote;
    invoice.locale = order.locale;
    invoice.sellerJson = jsonOf({{"name", m_seller.name},
                                 {"address", m_seller.address},
                                 {"tax_id", m_seller.taxId},
                                 {"email", m_seller.email}});
    invoice.buyerJson = jsonOf({{"name", order.customerName},
                                {"company", order.customerCompany},
                                {"email", order.customerEmail},
                                {"phone", order.customerPhone}});
    invoice.periodStart = billed.start;
    invoice.periodEnd = billed.end;
    invoice.lines = {{billed.lineDescription, 1, order.quote.subtotal}};
    return invoice;
}

store::InvoiceRecord InvoiceIssuer::issueDue(Poco::Data::Session& session,
                                             const store::OrderRecord& order,
                                             const BilledPeriod& billed, const std::string& dueAt,
                                             std::chrono::sys_seconds at) const
{
    store::InvoiceRecord invoice = draft(order, billed);
    invoice.status = InvoiceStatus::Issued;
    invoice.dueAt = dueAt;
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(order.organizationId);
    return store::InvoiceRepository(session, scope).issue(invoice, at);
}

store::InvoiceRecord InvoiceIssuer::settle(Poco::Data::Session& session,
                                           const store::OrderRecord& order,
                                           const std::string& organizationId,
                                           std::int64_t paymentId, const BilledPeriod& billed,
                                           std::chrono::sys_seconds at) const
{
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(organizationId);
    store::InvoiceRepository invoices(session, scope);
    if (const auto issued = invoices.findForOrder(order.id)) {
        requireTransition(issued->status, InvoiceStatus::Paid);
        invoices.markPaid(issued->id, paymentId, billed.start, billed.end, at);
        return *invoices.find(issued->id);
    }
    store::InvoiceRecord invoice = draft(order, billed);
    invoice.paymentId = paymentId;
    invoice.status = InvoiceStatus::Paid;
    invoice.dueAt = formatIso8601(at);
    invoice.paidAt = formatIso8601(at);
    return invoices.issue(invoice, at);
}

} // namespace ebm::services
