#include "web/PortalPaymentsController.h"

#include "billing/LocaleFormat.h"
#include "payments/FailureMessages.h"
#include "web/PortalLabels.h"

namespace ebm::web
{

namespace
{

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Payments");

} // namespace

PortalPaymentsController::PortalPaymentsController(const PortalLayout& layout,
                                                   payments::PaymentService& payments)
    : m_layout(layout)
    , m_payments(payments)
{
}

// GET /account/{id}/payments?page=  (member, any role, any status)
// Newest first, 25 a page: date, order number, method, status badge, amount in the page's
// language, and for a failed payment the customer's explanation of its failure code.
http::ApiResponse PortalPaymentsController::list(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const PortalLabels labels(page.translator());
    const auto paging = PortalLayout::paging(request, kPageSize);
    const auto found = m_payments.list(request.tenant(), paging.offset, paging.limit);
    std::vector<TemplateContext> rows;
    for (const payments::PaymentView& view : found.payments) {
        const store::PaymentRecord& payment = view.payment;
        const bool failed = payment.status == PaymentStatus::Failed;
        rows.push_back(TemplateContext()
                           .set("date", billing::formatDay(payment.createdAt, page.locale()))
                           .set("order", view.orderNumber)
                           .set("method", labels.method(payment.method))
                           .set("status", std::string(toString(payment.status)))
                           .set("status_label", labels.status(payment.status))
                           .set("amount", billing::formatMoney(payment.amount, page.locale()))
                           .set("failure", failed ? payments::customerFailureMessage(
                                                        payment.failureCode, page.translator())
                                                  : std::string()));
    }
    TemplateContext context;
    context.set("has_payments", !rows.empty())
        .set("payments", std::move(rows))
        .set("pager", m_layout.pager(page, paging, found.count));
    return m_layout.page(page, PortalLayout::Section::Payments, "portal_payments", context,
                         page.tr(kTitle));
}

} // namespace ebm::web
